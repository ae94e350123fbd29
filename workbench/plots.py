"""The comparison's figures as PNG files: outcome heatmaps, outcome-share bars and paired
dots. Reads trials and a `Comparison`, never writes runs.

Figures are built on `matplotlib.figure.Figure` (the Agg renderer, no pyplot), so nothing
here touches global state or opens a window, and a figure is freed when it goes out of
scope. Sizes are capped and the DPI fixed so that a file stays small whatever the number
of problems; panels with nothing to show say why instead of failing.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path

import numpy as np
import seaborn as sns
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.colors import ListedColormap, to_rgb
from matplotlib.figure import Figure
from matplotlib.patches import Patch
from matplotlib.ticker import MaxNLocator, PercentFormatter

from workbench.compare import WINNERS, Comparison, ProblemPair, signed_pct, with_interval
from workbench.summary import OUTCOME_CLASSES, outcome_class
from workbench.trials import Trial

DPI = 110
MAX_WIDTH, MAX_HEIGHT = 18.0, 14.0  # inches: 1980 x 1540 pixels at most
CLASS_COLOURS = {
    "passed": "#2ca02c",
    "wrong_answer": "#d62728",
    "runtime_error": "#ff7f0e",
    "timeout": "#9467bd",
    "syntax_error": "#8c564b",
    "other": "#17becf",
}
NO_CANDIDATE = "#7f7f7f"
WINNER_COLOURS = {"variant": "#2ca02c", "baseline": "#d62728", "tie": "#7f7f7f"}
# Problem names label a heatmap's rows only while they stay readable.
_MAX_ROW_LABELS = 25


def all_plots(comparison: Comparison, trials: Iterable[Trial], folder: Path) -> dict[str, Path]:
    """Every figure of the report, by name, written into `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    written = {
        f"heatmap {path.stem.removeprefix('heatmap-')}": path
        for path in heatmaps(comparison, trials, folder)
    }
    written["outcome shares"] = outcome_bars(comparison, folder / "outcomes.png")
    written["paired"] = paired_dots(comparison, folder / "paired.png")
    return written


def _lighter(colour: str) -> tuple[float, float, float]:
    r, g, b = to_rgb(colour)
    return (r + (1 - r) * 0.55, g + (1 - g) * 0.55, b + (1 - b) * 0.55)


def _file_name(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.=-]+", "_", name) or "_"


def save_png(fig: Figure, path: Path) -> Path:
    """Write a figure as a PNG file (the Agg renderer, fixed DPI, tight bounding box),
    making its folder; returns `path`."""
    path.parent.mkdir(parents=True, exist_ok=True)
    FigureCanvasAgg(fig)  # the Agg renderer, whatever backend pyplot may have elsewhere
    # "tight" keeps a legend wider than the panels (a narrow figure) inside the image.
    fig.savefig(path, dpi=DPI, format="png", bbox_inches="tight", pad_inches=0.1)
    return path


def note_empty(ax: Axes, text: str) -> None:
    """Turn `ax` into an empty panel that says why it is empty (centred grey text, no
    ticks), for a figure that has nothing to show there."""
    ax.text(0.5, 0.5, text, ha="center", va="center", transform=ax.transAxes, color="#555555")
    ax.set_xticks([])
    ax.set_yticks([])


# Heatmap colour codes: class i is 2i on a private test and 2i + 1 (lighter) on a public
# one; a problem without any candidate gets one row of NO_CANDIDATE; no such test is NaN.
_HEAT_COLOURS = [
    c for name in OUTCOME_CLASSES for c in (CLASS_COLOURS[name], _lighter(CLASS_COLOURS[name]))
]
_NO_CANDIDATE_CODE = len(_HEAT_COLOURS)
_HEAT_MAP = ListedColormap([*_HEAT_COLOURS, NO_CANDIDATE]).with_extremes(bad="white")


def heatmaps(comparison: Comparison, trials: Iterable[Trial], folder: Path) -> list[Path]:
    """One `heatmap-<template>.png` per template: rows of panels are variants, columns are
    cells; a panel has one row per candidate program (grouped by problem, thin lines
    between problems) and one column per test, coloured by outcome, lighter on public
    tests."""
    grouped: dict[tuple[str, str, str, str], list[Trial]] = defaultdict(list)
    for t in trials:
        if not t.refused:
            grouped[(t.variant, t.template, t.cell, t.problem)].append(t)
    paths = []
    for template in comparison.templates:
        cells = [c for tmpl, c in comparison.cells if tmpl == template]
        nrows, ncols = len(comparison.variants), len(cells)
        width = min(MAX_WIDTH, 1.6 + 3.4 * ncols)
        height = min(MAX_HEIGHT, 1.4 + 2.8 * nrows)
        panel_px = (height - 1.4) / nrows * DPI
        with sns.axes_style("white"):
            fig = Figure(figsize=(width, height), layout="constrained")
            axes = fig.subplots(nrows, ncols, squeeze=False)
        for i, variant in enumerate(comparison.variants):
            for j, cell in enumerate(cells):
                ax = axes[i][j]
                problems = comparison.applicable[variant]
                blocks = [
                    sorted(grouped[(variant, template, cell, p)], key=_sample) for p in problems
                ]
                _heat_panel(ax, problems, blocks, panel_px)
                if i == 0:
                    ax.set_title(cell, fontsize=11)
                if j == 0:
                    ax.set_ylabel(f"{variant}\nprograms by problem", fontsize=10)
                if i == nrows - 1:
                    ax.set_xlabel("test index", fontsize=9)
        fig.suptitle(f"Test outcomes per program - template {template}", fontsize=12)
        ncol = max(2, min(5, int(width / 1.7)))  # a narrow figure wraps its legend
        fig.legend(handles=_heat_legend(), loc="outside lower center", ncol=ncol, fontsize=8)
        paths.append(save_png(fig, folder / f"heatmap-{_file_name(template)}.png"))
    return paths


def _sample(t: Trial) -> int:
    return t.sample or 0


def _heat_panel(ax: Axes, problems: list[str], blocks: list[list[Trial]], panel_px: float) -> None:
    """One panel; `panel_px` is its approximate height in pixels."""
    if not problems:
        note_empty(ax, "not applicable\nto any problem")
        return
    if not any(blocks):
        note_empty(ax, "no candidate\n(every prompt refused, or none ran)")
        return
    width = 1 + max(
        (o.test for block in blocks for t in block for o in t.outcomes),
        default=0,
    )
    rows: list[np.ndarray] = []
    starts = []
    for block in blocks:
        starts.append(len(rows))
        if not block:
            rows.append(np.full(width, float(_NO_CANDIDATE_CODE)))
        for t in block:
            row = np.full(width, np.nan)
            for o in t.outcomes:
                code = 2 * OUTCOME_CLASSES.index(outcome_class(o.outcome))
                row[o.test] = code + (1 if o.public else 0)
            rows.append(row)
    matrix = np.vstack(rows)
    ax.imshow(
        np.ma.masked_invalid(matrix),
        cmap=_HEAT_MAP,
        vmin=-0.5,
        vmax=_NO_CANDIDATE_CODE + 0.5,
        interpolation="nearest",
        aspect="auto",
    )
    # Separators only where a problem's block is tall enough for a line not to hide it;
    # hundreds of one-row problems read better without any.
    block_px = panel_px * min(e - s for s, e in zip(starts, [*starts[1:], len(rows)], strict=True))
    block_px /= len(rows)
    if block_px >= 4:
        separator = 0.8 if block_px >= 10 else 0.35
        for start in starts[1:]:
            ax.axhline(start - 0.5, color="#222222", linewidth=separator)
    ends = [*starts[1:], len(rows)]
    if len(problems) <= _MAX_ROW_LABELS:
        ax.set_yticks([(s + e - 1) / 2 for s, e in zip(starts, ends, strict=True)])
        ax.set_yticklabels(problems, fontsize=7)
    else:
        ax.set_yticks([])
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.tick_params(axis="x", labelsize=7)


def _heat_legend() -> list[Patch]:
    handles = [
        Patch(facecolor=CLASS_COLOURS[name], label=name.replace("_", " "))
        for name in OUTCOME_CLASSES
    ]
    handles.append(Patch(facecolor=_lighter("#555555"), label="lighter shade: public test"))
    handles.append(Patch(facecolor=NO_CANDIDATE, label="no candidate (refused or none)"))
    handles.append(Patch(facecolor="white", edgecolor="#999999", label="no such test"))
    return handles


def outcome_bars(comparison: Comparison, path: Path) -> Path:
    """Stacked horizontal bars: the share of each outcome class over all tests of all
    candidates, one bar per (variant, cell), one panel per template."""
    templates = comparison.templates or ["(no trials)"]
    most = max(
        (sum(r.template == t for r in comparison.rows) for t in comparison.templates), default=1
    )
    width = min(MAX_WIDTH, 1.5 + 5.5 * len(templates))
    height = min(MAX_HEIGHT, 1.8 + 0.32 * max(most, 3))
    with sns.axes_style("whitegrid"):
        fig = Figure(figsize=(width, height), layout="constrained")
        axes = fig.subplots(1, len(templates), squeeze=False)[0]
    for ax, template in zip(axes, templates, strict=True):
        rows = [r for r in comparison.rows if r.template == template]
        if not rows:
            note_empty(ax, "no trials")
            continue
        labels = [f"{r.variant} · {r.cell}" for r in rows]
        y = np.arange(len(rows))
        left = np.zeros(len(rows))
        for name in OUTCOME_CLASSES:
            share = np.array([r.outcome_shares[name] for r in rows], dtype=float)
            share = np.nan_to_num(share)  # a row without tests gets no bar, and a note below
            ax.barh(y, share, left=left, color=CLASS_COLOURS[name], label=name, height=0.75)
            left += share
        for yi, r in zip(y, rows, strict=True):
            if r.tests == 0:
                ax.text(0.01, yi, "no tests run", va="center", fontsize=8, color="#555555")
        ax.set_yticks(y)
        ax.set_yticklabels(labels, fontsize=8)
        ax.invert_yaxis()
        ax.set_xlim(0, 1)
        ax.xaxis.set_major_formatter(PercentFormatter(1.0))
        ax.set_xlabel("share of test outcomes")
        ax.set_title(f"template {template}", fontsize=11)
    handles = [
        Patch(facecolor=CLASS_COLOURS[n], label=n.replace("_", " ")) for n in OUTCOME_CLASSES
    ]
    fig.legend(handles=handles, loc="outside lower center", ncol=6, fontsize=8)
    fig.suptitle("Outcome classes over every test of every candidate", fontsize=12)
    return save_png(fig, path)


def paired_dots(comparison: Comparison, path: Path) -> Path:
    """Per non-baseline variant (rows) and (template, cell) (columns): each problem's private
    pass rate under the baseline (x) against the variant (y); above the diagonal the
    variant wins. Coincident problems share one dot, sized and labelled by their count."""
    others = comparison.variants[1:]
    if not others or not comparison.cells:
        with sns.axes_style("white"):
            fig = Figure(figsize=(5, 3), layout="constrained")
            note_empty(fig.subplots(), "no variant to pair with the baseline")
        return save_png(fig, path)
    nrows, ncols = len(others), len(comparison.cells)
    # Square panels: when the grid is capped in one direction, shrink the other to match
    # instead of leaving wide gaps.
    side = min(3.4, (MAX_WIDTH - 0.8) / ncols, (MAX_HEIGHT - 1.2) / (1.2 * nrows))
    width, height = 0.8 + side * ncols, 1.2 + 1.2 * side * nrows
    with sns.axes_style("whitegrid"):
        fig = Figure(figsize=(width, height), layout="constrained")
        axes = fig.subplots(nrows, ncols, squeeze=False)
    paired = {(p.variant, p.template, p.cell): p for p in comparison.paired}
    for i, variant in enumerate(others):
        for j, (template, cell) in enumerate(comparison.cells):
            ax = axes[i][j]
            row = paired.get((variant, template, cell))
            title = f"{variant} · {template} · {cell}"
            if row is None or row.n == 0:
                ax.set_title(title, fontsize=9)
                note_empty(ax, "no problem\napplicable to both")
                continue
            p = "-" if math.isnan(row.p_value) else f"{row.p_value:.2g}"
            diff = with_interval(row.diff, row.diff_ci, signed_pct)
            stats = f"n={row.n}  diff {diff}\nMcNemar p={p}"
            ax.set_title(f"{title}\n{stats}", fontsize=8)
            _dots_panel(ax, row.problems)
            if i == nrows - 1:
                ax.set_xlabel(f"{comparison.baseline} (private %)", fontsize=8)
            if j == 0:
                ax.set_ylabel(f"{variant} (private %)", fontsize=8)
    handles = [
        Patch(facecolor=WINNER_COLOURS[w], label=f"{w} wins" if w != "tie" else "tie")
        for w in WINNERS
    ]
    fig.legend(handles=handles, loc="outside lower center", ncol=3, fontsize=8)
    fig.suptitle(
        f"Answer's private pass rate per problem: {comparison.baseline} vs variant", fontsize=11
    )
    return save_png(fig, path)


def _dots_panel(ax: Axes, problems: Iterable[ProblemPair]) -> None:
    counts: Counter[tuple[float, float, str]] = Counter()
    for q in problems:
        x, y = q.baseline_private, q.variant_private
        if math.isnan(x) or math.isnan(y):
            continue  # an undefined rate has no place on the square
        counts[(round(x, 6), round(y, 6), q.winner)] += 1
    ax.plot([0, 1], [0, 1], linestyle="--", color="#999999", linewidth=0.8)
    for (x, y, winner), n in counts.items():
        ax.scatter([x], [y], s=28 + 22 * math.sqrt(n), color=WINNER_COLOURS[winner], alpha=0.8)
        if n > 1:
            ax.annotate(str(n), (x, y), textcoords="offset points", xytext=(6, 4), fontsize=7)
    ax.set_xlim(-0.06, 1.06)
    ax.set_ylim(-0.06, 1.06)
    ax.set_aspect("equal")
    ticks = [0, 0.25, 0.5, 0.75, 1]
    ax.set_xticks(ticks, [f"{100 * t:.0f}" for t in ticks], fontsize=7)
    ax.set_yticks(ticks, [f"{100 * t:.0f}" for t in ticks], fontsize=7)
