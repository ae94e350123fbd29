"""The memorization report: `report.md` and a self-contained `report.html`, rendered by
`workbench.report` from one list of sections, so both say the same. It leads with the
verdict table and says plainly which measures these data cannot decide.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from workbench.compare import pct, signed_pct
from workbench.memorization.drop import ALL, EVOEVAL_RELATIVE_DROP
from workbench.memorization.study import Memorization
from workbench.memorization.verdict import NO_DATA, POINTS_AGAINST, POINTS_TO, VerdictRow
from workbench.report import Section, context_value, render_html, render_markdown
from workbench.stats import mean

TITLE = "Memorization: {seen} against {unseen}"


def _num(x: float) -> str:
    return "-" if math.isnan(x) else f"{x:.3f}"


def _interval(lo: float, hi: float, fmt: Callable[[float], str]) -> str:
    return "-" if math.isnan(lo) or math.isnan(hi) else f"[{fmt(lo)}, {fmt(hi)}]"


def verdict_table(m: Memorization) -> tuple[list[str], list[list[str]]]:
    header = [
        "signal",
        "measure",
        m.seen,
        m.unseen,
        "difference",
        "95% interval",
        f"n {m.seen}/{m.unseen}",
        "reading",
        "may also reflect",
    ]
    body = []
    for r in m.verdict:
        fmt = pct if r.unit == "pp" else _num
        diff = signed_pct if r.unit == "pp" else _num
        body.append(
            [
                r.signal,
                r.measure + (" (pp)" if r.unit == "pp" else ""),
                fmt(r.seen),
                fmt(r.unseen),
                diff(r.difference),
                _interval(r.lo, r.hi, diff),
                f"{r.n_seen}/{r.n_unseen}",
                r.reading,
                r.caveat,
            ]
        )
    return header, body


def summary_sentence(rows: list[VerdictRow]) -> str:
    to = [r.measure for r in rows if r.reading == POINTS_TO]
    against = [r.measure for r in rows if r.reading == POINTS_AGAINST]
    undecided = [r for r in rows if r.reading.startswith("undecided")]
    empty = [r for r in rows if r.reading == NO_DATA]
    parts = [
        f"Of {len(rows)} measures, {len(to)} point to memorization"
        + (f" ({'; '.join(to)})" if to else ""),
        f"{len(against)} point against it" + (f" ({'; '.join(against)})" if against else ""),
        f"these data cannot decide {len(undecided)} (their intervals cross the null value)",
        f"and {len(empty)} {'has' if len(empty) == 1 else 'have'} no data",
    ]
    return ", ".join(parts) + "."


HOW_TO_READ = [
    "difference = {seen} minus {unseen}; the reading says 'points to memorization' only when "
    "the whole 95% interval lies on the side memorization predicts: a larger drop, a higher "
    "exact-match rate or Min-K% Prob, a lower perplexity, a higher pass rate before the "
    "cutoff; for an AUROC the null value is 0.5, else 0.",
    "Intervals resample problems: paired within a problem for the drop (its difference in "
    "differences resamples each corpus's problems), independent between the corpora "
    "otherwise (10,000 bootstrap resamples). Small sets give wide intervals.",
    "The corpora differ in more than exposure: HumanEval is function completion with a "
    "docstring, fresh is stdin/stdout with a story, and fresh is harder for this model. "
    "Likelihood and release-date gaps therefore mix style and difficulty with exposure; "
    "the variant drop and the completion probe compare each corpus with itself and are "
    "the cleaner signals.",
    "A floor effect: where the original statements are almost never solved, no variant "
    "can drop further, so a drop on that corpus is 0 by construction.",
]


def drop_section(m: Memorization) -> Section:
    s = Section("Signal 1: variant drop")
    header = ["corpus", "variant", "problems", "original pass@1", "variant pass@1"]
    header += ["drop (pp) [95% CI]", "relative drop"]
    body = []
    for e in m.drop_estimates:
        name = "all variants (per-problem mean)" if e.variant == ALL else e.variant
        body.append(
            [
                e.corpus,
                name,
                str(e.n),
                pct(e.original),
                pct(e.rewritten),
                f"{signed_pct(e.drop)} {_interval(e.lo, e.hi, signed_pct)}" if e.n else "-",
                pct(e.relative) + ("%" if not math.isnan(e.relative) else ""),
            ]
        )
    if body:
        s.tables.append(("drop per corpus and variant", header, body))
    seen_all = next((e for e in m.drop_estimates if e.corpus == m.seen and e.variant == ALL), None)
    if seen_all is not None and seen_all.n and not math.isnan(seen_all.relative):
        change = "lower" if seen_all.relative >= 0 else "higher"
        s.paragraphs.append(
            f"On {m.seen} the model's pass@1 is {pct(abs(seen_all.relative))}% {change} on the "
            f"rewritten statements than on the originals (relative, over {seen_all.n} "
            f"problems); EvoEval reports an average relative drop of "
            f"{100 * EVOEVAL_RELATIVE_DROP:.1f}% over 51 models on its rewritten HumanEval "
            "problems (different rewrites: a reference point, not a like-for-like comparison)."
        )
    did_body = [
        [
            "all variants" if d.variant == ALL else d.variant,
            f"{d.n_seen}/{d.n_unseen}",
            signed_pct(d.drop_seen),
            signed_pct(d.drop_unseen),
            signed_pct(d.value),
            _interval(d.lo, d.hi, signed_pct),
        ]
        for d in m.did
    ]
    did_header = ["variant", f"n {m.seen}/{m.unseen}", f"drop {m.seen}", f"drop {m.unseen}"]
    did_header += ["difference in differences (pp)", "95% interval"]
    s.tables.append(("difference in differences", did_header, did_body))
    if not m.drops:
        s.paragraphs.append("No problem has both an original run and a variant run.")
    return s


def completion_section(m: Memorization) -> Section:
    s = Section("Signal 2: canonical completion")
    s.paragraphs.append(
        "Each reference solution is cut at statement boundaries (tree-sitter): after the "
        "signature and docstring (0%), then after 25%, 50% and 75% of the body's statements; "
        "the model completes the prefix greedily. exact = the completion reproduces the rest "
        "verbatim (trailing spaces aside); next line = its first line is the reference's next "
        "line (a measure of one line in both corpora, where a long rest is rarely matched by "
        "anyone); similarity = 1 - normalised edit distance to the "
        "rest; verbatim = the share of the rest reproduced before the first difference; "
        "passes = prefix + completion passes every test."
    )
    groups: dict[tuple[str, float], list[Any]] = defaultdict(list)
    for r in m.completion:
        groups[(m.corpus_of.get(r.problem, "?"), r.fraction)].append(r)
    header = ["corpus", "cut", "cuts", "exact", "next line", "similarity", "verbatim", "passes"]
    body = []
    for (corpus, fraction), rs in sorted(groups.items()):
        passed = [float(r.passed) for r in rs if r.passed is not None]
        nexts = [float(m.next_line[k]) for r in rs if (k := (r.problem, r.fraction)) in m.next_line]
        body.append(
            [
                corpus,
                f"{100 * fraction:.0f}%",
                str(len(rs)),
                pct(mean([float(r.exact) for r in rs])),
                pct(mean(nexts)) if nexts else "-",
                _num(mean([r.similarity for r in rs])),
                pct(mean([r.verbatim for r in rs])),
                pct(mean(passed)) if passed else "-",
            ]
        )
    s.tables.append(("by cut (rates in %)", header, body))
    exact = sorted({f"{r.problem} at {100 * r.fraction:.0f}%" for r in m.completion if r.exact})
    s.paragraphs.append("Reproduced verbatim: " + (", ".join(exact) if exact else "none") + ".")
    return s


def likelihood_section(m: Memorization) -> Section:
    s = Section("Signal 3: likelihood")
    s.paragraphs.append(
        "Per-token log-probabilities of each text alone under the model: perplexity and "
        "Min-K% Prob (k = 20%, Shi et al. 2023: the mean of the lowest 20% of the token "
        "log-probabilities; a seen text has few surprising tokens). The AUROC is the chance "
        f"that a random {m.seen} text scores higher than a random {m.unseen} one."
    )
    groups: dict[tuple[str, str], list[Any]] = defaultdict(list)
    for r in m.likelihood:
        groups[(m.corpus_of.get(r.problem, "?"), r.kind)].append(r)
    header = ["corpus", "text", "texts", "mean tokens", "median perplexity", "mean Min-K%"]
    body = []
    for (corpus, kind), rs in sorted(groups.items()):
        ppl = sorted(r.perplexity for r in rs)
        body.append(
            [
                corpus,
                kind,
                str(len(rs)),
                f"{mean([r.tokens for r in rs]):.0f}",
                f"{ppl[len(ppl) // 2]:.2f}",
                _num(mean([r.min_k for r in rs])),
            ]
        )
    s.tables.append(("per corpus", header, body))
    return s


def release_section(m: Memorization) -> Section:
    s = Section("Signal 4: release dates")
    r = m.release
    if r is None:
        s.paragraphs.append("Not measured: give --cutoff (the model's training cutoff).")
        return s
    s.paragraphs.append(
        f"pass@1 on the original statements by release date against the cutoff {r.cutoff} "
        "(the model's release date, an upper bound of its training cutoff, unless given). "
        f"Problems without a date: {r.undated}."
    )
    header = ["bucket", "first", "last", "problems", "pass@1 [95% CI]"]
    body = [
        [b.label, b.start, b.end, str(b.n), f"{pct(b.pass_rate)} {_interval(b.lo, b.hi, pct)}"]
        for b in (r.before, r.after, *r.by_year)
    ]
    s.tables.append(("buckets", header, body))
    return s


def build_sections(
    m: Memorization, figures: dict[str, Path], context: dict[str, Any], left_out: list[str]
) -> list[Section]:
    header, body = verdict_table(m)
    verdict = Section("Verdict", paragraphs=[summary_sentence(m.verdict)])
    verdict.tables.append(("", header, body))
    sections = [
        verdict,
        Section("Context", bullets=[f"{k}: {context_value(v)}" for k, v in context.items()]),
        Section(
            "How to read this",
            bullets=[b.format(seen=m.seen, unseen=m.unseen) for b in HOW_TO_READ],
        ),
    ]
    signal_sections = [("variant drop", drop_section(m))]
    if m.completion:
        signal_sections.append(("canonical completion", completion_section(m)))
    if m.likelihood:
        signal_sections.append(("likelihood", likelihood_section(m)))
    signal_sections.append(("release date", release_section(m)))
    for key, section in signal_sections:
        if key in figures:
            section.images.append((key, figures[key]))
        sections.append(section)
    if left_out:
        sections.append(Section("Left out", bullets=left_out))
    return sections


def write_report(
    m: Memorization,
    figures: dict[str, Path],
    folder: Path,
    context: dict[str, Any],
    left_out: list[str],
) -> tuple[Path, Path]:
    title = TITLE.format(seen=m.seen, unseen=m.unseen)
    sections = build_sections(m, figures, context, left_out)
    md = folder / "report.md"
    md.write_text(render_markdown(title, sections, folder), encoding="utf-8")
    page = folder / "report.html"
    page.write_text(render_html(title, sections), encoding="utf-8")
    return md, page
