"""The memorization study's figures as PNG files, one per signal: the variant drop per
corpus, the completion probe by cut, the likelihood distributions, and pass rate by
release year. Built like `workbench.plots` (a `Figure` on the Agg renderer, fixed DPI); a
panel with nothing to show says why.
"""

from __future__ import annotations

import datetime as dt
import math
import warnings
from pathlib import Path

import numpy as np
import pandas as pd
import seaborn as sns
from matplotlib.figure import Figure
from matplotlib.ticker import PercentFormatter

from workbench.memorization.drop import ALL
from workbench.memorization.study import Memorization
from workbench.plots import note_empty, save_png

SEEN_COLOUR, UNSEEN_COLOUR = "#1f77b4", "#ff7f0e"


def all_figures(m: Memorization, folder: Path) -> dict[str, Path]:
    """Every figure, by the report section it belongs to."""
    folder.mkdir(parents=True, exist_ok=True)
    out = {"variant drop": drop_figure(m, folder / "drop.png")}
    if m.completion:
        out["canonical completion"] = completion_figure(m, folder / "completion.png")
    if m.likelihood:
        out["likelihood"] = likelihood_figure(m, folder / "likelihood.png")
    if m.release is not None:
        out["release date"] = release_figure(m, folder / "release.png")
    return out


def _colours(m: Memorization) -> dict[str, str]:
    return {m.seen: SEEN_COLOUR, m.unseen: UNSEEN_COLOUR}


def drop_figure(m: Memorization, path: Path) -> Path:
    """Mean pass@1 drop (original - variant) per variant, a bar per corpus, 95% intervals."""
    variants = [*dict.fromkeys(e.variant for e in m.drop_estimates if e.variant != ALL), ALL]
    fig = Figure(figsize=(max(5.0, 1.6 * len(variants) + 2), 4.0))
    ax = fig.add_subplot()
    if not m.drops:
        note_empty(ax, "no problem has both an original and a variant run")
        return save_png(fig, path)
    width = 0.38
    for i, corpus in enumerate((m.seen, m.unseen)):
        est = {e.variant: e for e in m.drop_estimates if e.corpus == corpus}
        xs, ys, lo, hi = [], [], [], []
        for j, v in enumerate(variants):
            e = est.get(v)
            if e is None or e.n == 0:
                continue
            xs.append(j + (i - 0.5) * width)
            ys.append(100 * e.drop)
            lo.append(100 * (e.drop - e.lo))
            hi.append(100 * (e.hi - e.drop))
        if not xs:
            continue
        ax.bar(xs, ys, width, color=_colours(m)[corpus], label=corpus)
        ax.errorbar(xs, ys, yerr=[lo, hi], fmt="none", ecolor="#333333", capsize=3)
        for x, v in zip(xs, [v for v in variants if est.get(v) and est[v].n], strict=True):
            ax.text(x, 0, f"n={est[v].n}", ha="center", va="bottom", fontsize=7, rotation=90)
    ax.axhline(0, color="#555555", lw=0.8)
    ax.set_xticks(range(len(variants)), ["all variants" if v == ALL else v for v in variants])
    ax.set_ylabel("pass@1 drop, original - variant (pp)")
    ax.set_title("Variant drop per corpus (95% paired-bootstrap intervals)")
    ax.legend(frameon=False)
    return save_png(fig, path)


def completion_figure(m: Memorization, path: Path) -> Path:
    """Exact match, next-line match, edit similarity and passing programs by cut
    fraction, per corpus."""
    frame = pd.DataFrame(
        [
            {
                "corpus": m.corpus_of.get(r.problem, "?"),
                "fraction": r.fraction,
                "exact": float(r.exact),
                "similarity": r.similarity,
                "passed": np.nan if r.passed is None else float(r.passed),
                "next": float(m.next_line[(r.problem, r.fraction)])
                if (r.problem, r.fraction) in m.next_line
                else np.nan,
            }
            for r in m.completion
        ]
    )
    measures = [("exact", "exact match of the rest")]
    if frame["next"].notna().any():
        measures.append(("next", "next line exact"))
    measures.append(("similarity", "edit similarity"))
    if frame["passed"].notna().any():
        measures.append(("passed", "completed program passes"))
    fig = Figure(figsize=(4.2 * len(measures), 3.8))
    for i, (col, title) in enumerate(measures):
        ax = fig.add_subplot(1, len(measures), i + 1)
        for corpus in (m.seen, m.unseen):
            mine = frame[frame["corpus"] == corpus]
            if mine.empty:
                continue
            means = mine.groupby("fraction")[col].mean()
            ax.plot(
                [100 * f for f in means.index],
                means.values,
                marker="o",
                color=_colours(m)[corpus],
                label=f"{corpus} ({mine['fraction'].size // max(1, means.size)} problems)",
            )
        ax.set_ylim(-0.03, 1.03)
        ax.yaxis.set_major_formatter(PercentFormatter(1.0))
        ax.set_xlabel("cut after % of the body's statements")
        ax.set_title(title)
        if i == 0:
            ax.legend(frameon=False, fontsize=8)
    return save_png(fig, path)


def likelihood_figure(m: Memorization, path: Path) -> Path:
    """Min-K% Prob per problem, per corpus and text kind, with each kind's AUROC."""
    kinds = list(dict.fromkeys(r.kind for r in m.likelihood))
    fig = Figure(figsize=(4.6 * len(kinds), 4.0))
    aurocs = {r.measure.rsplit(", ", 1)[1]: r for r in m.verdict if "AUROC" in r.measure}
    order = [m.seen, m.unseen]
    palette = _colours(m)
    for i, kind in enumerate(kinds):
        ax = fig.add_subplot(1, len(kinds), i + 1)
        frame = pd.DataFrame(
            [
                {"corpus": m.corpus_of.get(r.problem, "?"), "min_k": r.min_k}
                for r in m.likelihood
                if r.kind == kind and not math.isnan(r.min_k)
            ]
        )
        if frame.empty:
            note_empty(ax, f"no {kind} scored")
            continue
        with warnings.catch_warnings():  # seaborn's own use of a deprecated matplotlib flag
            warnings.simplefilter("ignore", DeprecationWarning)
            sns.boxplot(
                data=frame,
                x="corpus",
                y="min_k",
                order=order,
                hue="corpus",
                palette=palette,
                ax=ax,
                fliersize=0,
                boxprops={"alpha": 0.35},
                legend=False,
            )
            sns.stripplot(
                data=frame,
                x="corpus",
                y="min_k",
                order=order,
                hue="corpus",
                palette=palette,
                ax=ax,
                size=4,
                jitter=0.15,
                legend=False,
            )
        row = aurocs.get(f"{kind}s")
        auc = "" if row is None else f"\nAUROC {row.difference:.2f} [{row.lo:.2f}, {row.hi:.2f}]"
        ax.set_title(f"{kind}s{auc}", fontsize=10)
        ax.set_xlabel("")
        ax.set_ylabel("Min-20% Prob (higher = more familiar)" if i == 0 else "")
    return save_png(fig, path)


def release_figure(m: Memorization, path: Path) -> Path:
    """pass@1 on the original statements by release year, the cutoff marked."""
    signal = m.release
    fig = Figure(figsize=(6.0, 3.8))
    ax = fig.add_subplot()
    if signal is None or not signal.by_year:
        note_empty(ax, "no problem carries a release date")
        return save_png(fig, path)
    cutoff = dt.date.fromisoformat(signal.cutoff)
    years = list(signal.by_year)
    # A year is "before" only if all its problems are (the cutoff's own year may be mixed).
    colours = [
        SEEN_COLOUR if dt.date.fromisoformat(b.end) <= cutoff else UNSEEN_COLOUR for b in years
    ]
    xs = list(range(len(years)))
    ys = [b.pass_rate for b in years]
    err = [[b.pass_rate - b.lo for b in years], [b.hi - b.pass_rate for b in years]]
    ax.bar(xs, ys, color=colours)
    ax.errorbar(xs, ys, yerr=err, fmt="none", ecolor="#333333", capsize=3)
    for x, b in zip(xs, years, strict=True):
        ax.text(x, 0.01, f"n={b.n}", ha="center", va="bottom", fontsize=8)
    ax.set_xticks(xs, [b.label for b in years])
    ax.set_ylim(0, 1.05)
    ax.yaxis.set_major_formatter(PercentFormatter(1.0))
    ax.set_ylabel("pass@1, original statements")
    ax.set_title(f"By release year; blue: on or before the cutoff {signal.cutoff}")
    return save_png(fig, path)
