"""The comparison report: `report.md` (Markdown, images linked by relative file name) and
`report.html` (one self-contained file: inline CSS, images embedded as data URIs, no
external URL, every text HTML-escaped).

Both are rendered from the same list of sections, so they always say the same thing.
Reads a `Comparison` and the figures' files, never writes runs.
"""

from __future__ import annotations

import base64
import html
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

from workbench.compare import WINNERS, Comparison, pct
from workbench.findings import sentences

HOW_TO_READ = [
    "Every variant went through the very same search as the original statement; a row is "
    "one (variant, template, cell). Rates are percentages of the problems the variant "
    "applies to; a problem without any candidate counts as unsolved.",
    "The answer of a problem is its best candidate by public pass rate (ties by likelihood, "
    "then sample index); strict = the answer passes every private test; private = the "
    "answer's mean private pass rate.",
    "The paired table compares a variant with the baseline on the problems both apply to: "
    "diff is variant minus baseline in percentage points, with a 95% paired-bootstrap "
    "interval over problems; McNemar's exact p-value tests the strict solves that changed "
    "(only base/var: solved by the baseline only / by the variant only).",
    "A confidence interval that crosses 0, or p >= 0.05, means these data cannot decide "
    "whether the variant helps or hurts: a larger problem set may.",
]
WINNER_MARKS = {"variant": "▲", "baseline": "▼", "tie": "="}


@dataclass
class Section:
    """A heading and its blocks: paragraphs, one bullet list, tables and images."""

    title: str
    paragraphs: list[str] = field(default_factory=list)
    bullets: list[str] = field(default_factory=list)
    tables: list[tuple[str, list[str], list[list[str]]]] = field(default_factory=list)
    images: list[tuple[str, Path]] = field(default_factory=list)


def write_report(
    comparison: Comparison, plots: dict[str, Path], folder: Path, context: dict[str, Any]
) -> tuple[Path, Path]:
    """Write `report.md` and `report.html` into `folder`; `context` holds what the reader
    needs to place the numbers (run ids, model, corpus and set, search, date), shown as is."""
    folder.mkdir(parents=True, exist_ok=True)
    title = f"Variants against the {comparison.baseline} statement"
    sections = build_sections(comparison, plots, context)
    md = folder / "report.md"
    md.write_text(render_markdown(title, sections, folder), encoding="utf-8")
    page = folder / "report.html"
    page.write_text(render_html(title, sections), encoding="utf-8")
    return md, page


def context_value(value: Any) -> str:
    if isinstance(value, str):
        return value
    return json.dumps(value, sort_keys=True, default=str)


def build_sections(
    comparison: Comparison, plots: dict[str, Path], context: dict[str, Any]
) -> list[Section]:
    sections = [
        Section("Context", bullets=[f"{k}: {context_value(v)}" for k, v in context.items()]),
        Section("How to read this", bullets=list(HOW_TO_READ)),
    ]
    # The paired result first: it is the answer; the per-variant rates are its detail.
    paired_rows = comparison.paired_table_rows()
    paired = Section(f"Paired against {comparison.baseline}", paragraphs=sentences(comparison))
    if paired_rows:
        paired.tables.append(("", list(paired_rows[0]), [list(r.values()) for r in paired_rows]))
    else:
        paired.paragraphs.append("No variant to pair with the baseline.")
    sections.append(paired)
    rows = comparison.table_rows()
    per_variant = Section("Per variant")
    if rows:
        per_variant.tables.append(("", list(rows[0]), [list(r.values()) for r in rows]))
    else:
        per_variant.paragraphs.append("No trials of these variants.")
    sections.append(per_variant)
    sections.append(_winners_section(comparison))
    if plots:
        sections.append(Section("Figures", images=list(plots.items())))
    return sections


def _winners_section(comparison: Comparison) -> Section:
    """Per variant, one table: problems down, (template, cell) across, each entry the
    baseline's and the variant's private pass rates and who wins."""
    marks = ", ".join(f"{mark} {who}" for who, mark in WINNER_MARKS.items())
    section = Section(
        "Per-problem winners",
        paragraphs=[
            f"Private pass rate of the answer, {comparison.baseline} → variant; {marks} "
            "(better private pass rate)."
        ],
    )
    for variant in comparison.variants[1:]:
        rows = [p for p in comparison.paired if p.variant == variant]
        order = [p.problem for row in rows[:1] for p in row.problems]
        entries = {(row.template, row.cell, p.problem): p for row in rows for p in row.problems}
        header = ["problem", *(f"{r.template} · {r.cell}" for r in rows)]
        body = []
        for pid in order:
            line = [pid]
            for r in rows:
                q = entries.get((r.template, r.cell, pid))
                line.append(
                    "-"
                    if q is None
                    else f"{pct(q.baseline_private)} → {pct(q.variant_private)} "
                    f"{WINNER_MARKS[q.winner]}"
                )
            body.append(line)
        body.append(
            ["wins var/base/tie", *("/".join(str(r.wins[w]) for w in WINNERS) for r in rows)]
        )
        if order:
            section.tables.append((variant, header, body))
        else:
            section.paragraphs.append(f"{variant}: no problem applicable to both.")
    if not comparison.variants[1:]:
        section.paragraphs.append("No variant to pair with the baseline.")
    return section


def _md_cell(text: str) -> str:
    # Escaped so that a problem id cannot inject markup nor break the table's columns.
    return html.escape(text, quote=False).replace("|", "\\|").replace("\n", " ")


def render_markdown(title: str, sections: list[Section], folder: Path) -> str:
    out = [f"# {_md_cell(title)}", ""]
    for s in sections:
        out += [f"## {_md_cell(s.title)}", ""]
        for p in s.paragraphs:
            out += [_md_cell(p), ""]
        if s.bullets:
            out += [f"- {_md_cell(b)}" for b in s.bullets] + [""]
        for caption, header, body in s.tables:
            if caption:
                out += [f"### {_md_cell(caption)}", ""]
            out.append("| " + " | ".join(_md_cell(h) for h in header) + " |")
            out.append("|" + "|".join("---" for _ in header) + "|")
            out += ["| " + " | ".join(_md_cell(c) for c in row) + " |" for row in body]
            out.append("")
        for name, path in s.images:
            target = Path(os.path.relpath(path.resolve(), folder.resolve())).as_posix()
            alt = _md_cell(name).replace("[", "(").replace("]", ")")
            out += [f"### {_md_cell(name)}", "", f"![{alt}]({quote(target)})", ""]
    return "\n".join(out)


CSS = """
body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; margin: 2em auto;
       max-width: 1400px; padding: 0 1em; color: #222; line-height: 1.45; }
h1 { font-size: 1.6em; } h2 { border-bottom: 1px solid #ddd; padding-bottom: .2em; }
table { border-collapse: collapse; margin: .6em 0 1.4em; font-size: .88em; }
th, td { border: 1px solid #ccc; padding: .25em .55em; text-align: right; white-space: nowrap; }
th { background: #f3f3f3; } td:first-child, th:first-child { text-align: left; }
tr:nth-child(even) td { background: #fafafa; }
.scroll { overflow-x: auto; }
td.wrap { white-space: normal; min-width: 9em; max-width: 15em; text-align: left; }
img { max-width: 100%; height: auto; border: 1px solid #eee; }
"""


def _h(text: str) -> str:
    return html.escape(text, quote=True)


# A cell longer than this (a sentence, not a number) may wrap, so the table stays readable.
_WRAP = 32


def _cell(text: str) -> str:
    return f'<td class="wrap">{_h(text)}</td>' if len(text) > _WRAP else f"<td>{_h(text)}</td>"


def render_html(title: str, sections: list[Section]) -> str:
    out = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_h(title)}</title><style>{CSS}</style></head><body>",
        f"<h1>{_h(title)}</h1>",
    ]
    for s in sections:
        out.append(f"<h2>{_h(s.title)}</h2>")
        out += [f"<p>{_h(p)}</p>" for p in s.paragraphs]
        if s.bullets:
            out.append("<ul>" + "".join(f"<li>{_h(b)}</li>" for b in s.bullets) + "</ul>")
        for caption, header, body in s.tables:
            if caption:
                out.append(f"<h3>{_h(caption)}</h3>")
            out.append('<div class="scroll"><table><thead><tr>')
            out.append("".join(f"<th>{_h(c)}</th>" for c in header) + "</tr></thead><tbody>")
            for row in body:
                out.append("<tr>" + "".join(_cell(c) for c in row) + "</tr>")
            out.append("</tbody></table></div>")
        for name, path in s.images:
            data = base64.b64encode(path.read_bytes()).decode("ascii")
            out.append(f"<h3>{_h(name)}</h3>")
            out.append(f'<img alt="{_h(name)}" src="data:image/png;base64,{data}">')
    out.append("</body></html>")
    return "\n".join(out)
