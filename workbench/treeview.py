"""Views of an MCTS search tree (a file of `tree_files.py`): a self-contained HTML page of
folding rows (`render_html`), a matplotlib drawing (`render_png`), and `write_views`, the
`workbench tree` pipeline that writes both for one tree of a run. Both views collapse each
run of single-child nodes into one "chain": a token tree is mostly such runs, and a
2,000-deep chain must not become 2,000 nested elements.
"""

from __future__ import annotations

import html
import json
import math
import re
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from workbench.tree_files import CheckedTree, TreeError, list_trees, load_tree, tree_path

# Deeply nested folds slow a browser and indent off screen; a comb (a side branch at every
# step) has no chains to collapse, so past this depth its rows go on flat, depth labelled.
MAX_NEST = 100
LABELS = 30  # the drawing labels the most visited chains only: more would overlap


def _fmt(x: Any) -> str:
    """A value for people, not yet escaped."""
    if x is None:
        return "–"
    if isinstance(x, float):
        return str(int(x)) if x.is_integer() else f"{x:.3g}"
    return str(x) if isinstance(x, bool | int | str) else json.dumps(x, ensure_ascii=False)


# -- HTML ---------------------------------------------------------------------------------
# Spaces, newlines, tabs and invisible characters, each shown as a dim glyph.
_INVISIBLE = re.compile("([\x00-\x20\x7f\u00a0\u200b\u2028\u2029\ufeff])")
_GLYPH = {" ": "·", "\n": "⏎", "\t": "⇥"}
_HEADER = ("variant", "template", "cell", "action")
_CSS = """
body{font:14px/1.45 system-ui,sans-serif;margin:1.5em;color:#222} .ws{color:#aaa;font-style:normal}
table{border-collapse:collapse;margin:.3em 1.5em .8em 0;display:inline-table;vertical-align:top}
td,th{border:1px solid #ccc;padding:1px 6px;text-align:left} .deep{color:#999;font-size:11px}
pre{background:#f6f6f6;padding:.6em;overflow-x:auto;border:1px solid #ddd}
.tree{font-family:ui-monospace,monospace;font-size:13px} .row{margin-left:1.05em}
.kids{margin-left:1.4em;border-left:1px dotted #bbb;padding-left:.3em}
summary,.row{padding:1px 3px;white-space:pre-wrap;word-break:break-all}
.tok:nth-child(even){background:#eef3ff} .num{color:#666;font-size:12px;margin-left:.8em}
.on{background:#fff1a8} .cold{color:#999} .dead{color:#b33} .term{color:#070} .pruned{color:#b33}
.ans{color:#b60;font-weight:bold} section.ans pre{border:2px solid #e0a000}
"""


def _show(text: str, lines: bool) -> str:
    """Escaped text with whitespace visible; line actions keep spaces and real line breaks."""
    out = []
    for piece in _INVISIBLE.split(text):
        if len(piece) != 1 or not _INVISIBLE.match(piece) or (lines and piece == " "):
            out.append(html.escape(piece))
        else:
            glyph = _GLYPH.get(piece, f"\\u{ord(piece):04x}")
            out.append(f'<i class="ws">{glyph}</i>' + ("\n" if lines and piece == "\n" else ""))
    return "".join(out)


def _row(t: CheckedTree, chain: list[int]) -> str:
    """A chain's texts (each node its own span, anchor and tooltip), numbers and marks."""
    top, last = t.nodes[chain[0]], t.nodes[chain[-1]]
    texts, marks = [], []
    for i in chain:
        n = t.nodes[i]
        tip = f"node {i}: visits {n['visits']}, value {_fmt(n['value'])}, prior {_fmt(n['prior'])}"
        body = "<b>root</b>" if i == t.root else _show(n["text"], t.lines) or "∅"
        texts.append(f'<span id="n{i}" class="tok" title="{tip}">{body}</span>')
        k = n["program"]
        if k is not None and k in t.programs:
            reward = html.escape(_fmt(t.programs[k].get("reward")))
            marks.append(f'<a href="#p{k}">▶ program {k} (reward {reward})</a>')
            marks.append('<span class="ans">★ answer</span>' if k == t.answer else "")
        marks.append('<span class="term">■ end</span>' if n["terminal"] else "")
        if n["pruned"]:
            marks.append(f'<span class="pruned">✂ pruned: {html.escape(n["pruned"])}</span>')
    stats = f"visits {top['visits']} · value {_fmt(top['value'])} · prior {_fmt(top['prior'])}"
    if len(chain) > 1:
        stats += f" · {len(chain)} {'lines' if t.lines else 'tokens'}"
        stats += f" (last visits {last['visits']})" if last["visits"] != top["visits"] else ""
    return "".join(texts) + f'<span class="num">{stats}</span> ' + " ".join(filter(None, marks))


def _walk(t: CheckedTree, kids: dict[int, list[int]]) -> Iterator[tuple[list[int], int, int]]:
    """Chains depth first, most visited child first: (chain, parent's place, depth), from an
    explicit stack, not recursion: a comb can be thousands of chains deep."""
    stack, place = [([t.root], -1, 0)], 0
    while stack:
        chain, up, depth = stack.pop()
        yield chain, up, depth
        stack.extend((t.chain(c, kids), place, depth + 1) for c in reversed(kids[chain[-1]]))
        place += 1


def _tree_html(t: CheckedTree) -> str:
    parts: list[str] = []
    folds = 0  # open <details>: one per ancestor of the next row, up to MAX_NEST
    for chain, _, depth in _walk(t, t.children):
        parts.append("</div></details>\n" * max(0, folds - depth))
        folds = min(folds, depth)
        dead = any(t.nodes[i]["pruned"] for i in chain)
        cold = t.nodes[chain[0]]["visits"] == 0
        marks = (("on", chain[0] in t.path), ("cold", cold), ("dead", dead))
        cls = " ".join(name for name, on in marks if on)
        if t.children[chain[-1]] and depth < MAX_NEST:
            opened = "" if cold or dead else " open"  # fold away what the search gave up on
            parts.append(f'<details{opened}><summary class="{cls}">{_row(t, chain)}')
            parts.append('</summary><div class="kids">\n')
            folds += 1
        else:
            deep = f'<span class="deep">[depth {depth}] </span>' if depth >= MAX_NEST else ""
            parts.append(f'<div class="row {cls}">{deep}{_row(t, chain)}</div>\n')
    return "".join(parts) + "</div></details>\n" * folds


def _table(title: str, values: Any) -> str:
    if not isinstance(values, dict) or not values:
        return ""
    rows = "".join(
        f"<tr><td>{html.escape(str(k))}</td><td>{html.escape(_fmt(v))}</td></tr>"
        for k, v in values.items()
    )
    return f"<table><tr><th colspan=2>{html.escape(title)}</th></tr>{rows}</table>"


def _program(t: CheckedTree, k: int, tag: str) -> str:
    """A program's facts in a `tag` element, then its code."""
    p, names = t.programs[k], ("reward", "private", "rollout", "sample")
    facts = "".join(f" · {name} {html.escape(_fmt(p.get(name)))}" for name in names)
    if p.get("node") in t.nodes:
        facts += f' · from <a href="#n{p["node"]}">node {p["node"]}</a>'
    code = html.escape(str(p.get("code") or ""))
    return f'<{tag}><a href="#p{k}">program {k}</a>{facts}</{tag}><pre>{code}</pre>'


def render_html(tree: dict[str, Any]) -> str:
    """One self-contained page: header, folding tree, programs. Needs no network."""
    t = CheckedTree(tree)
    title = html.escape(f"MCTS tree · {_fmt(t.raw.get('problem'))}")
    meta = " · ".join(f"{k} <b>{html.escape(_fmt(t.raw.get(k)))}</b>" for k in _HEADER)
    answer = "<p>None: no program.</p>" if t.answer is None else _program(t, t.answer, "p")
    programs = "".join(
        f'<section id="p{k}"{" class=ans" if k == t.answer else ""}>{_program(t, k, "h3")}'
        "</section>\n"
        for k in t.programs
    )
    legend = (
        "A row is a chain of single-child nodes; its numbers are its first node's (hover a "
        "token for its own). Lit: the path to the answer. ■ terminal; ✂ pruned; grey: unvisited; "
        '<i class="ws">·</i> space, <i class="ws">⏎</i> newline, <i class="ws">⇥</i> tab.'
    )
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{title}</title><style>{_CSS}</style></head><body>\n"
        f"<h1>{title}</h1><p>{meta}</p>\n"
        f"{_table('params', t.raw.get('params'))}{_table('stats', t.raw.get('stats'))}"
        f"{_table('tree', t.counts())}\n<h2>Answer</h2>{answer}\n"
        f'<h2>Tree</h2><p>{legend}</p>\n<div class="tree">\n{_tree_html(t)}</div>\n'
        f"<h2>Programs ({len(t.programs)})</h2>\n{programs}</body></html>\n"
    )


# -- PNG -----------------------------------------------------------------------------------
def _most_visited(t: CheckedTree, max_nodes: int) -> set[int]:
    """The most visited nodes with their ancestors (and the answer path), about max_nodes."""
    keep = {t.root} | t.path
    # Shallow first among equals, so a long even chain keeps its top, connected.
    for i in sorted(t.nodes, key=lambda i: (-t.nodes[i]["visits"], t.depth[i], i)):
        if len(keep) >= max_nodes:
            break
        if i in keep or t.depth[i] >= max_nodes:  # too deep to fit with its ancestors
            continue
        missing = []
        while i not in keep:
            missing.append(i)
            i = t.nodes[i]["parent"]
        if len(keep) + len(missing) <= max_nodes:
            keep.update(missing)
    return keep


def _layout(
    t: CheckedTree, keep: set[int]
) -> tuple[list[list[int]], list[int], list[int], list[float]]:
    """The kept nodes' chains with each one's parent's place (-1 for the root), depth and x:
    a tidy layout, where leaves take consecutive x and a parent is centred over its children."""
    kids = {i: [c for c in t.children[i] if c in keep] for i in keep}
    walked = list(_walk(t, kids))
    rows, parent, depth = [w[0] for w in walked], [w[1] for w in walked], [w[2] for w in walked]
    x, first, last = [0.0] * len(rows), dict[int, int](), dict[int, int]()
    for b, up in enumerate(parent):
        first.setdefault(up, b)
        last[up] = b
    for n, b in enumerate(b for b in range(len(rows)) if b not in first):
        x[b] = float(n)
    for b in sorted(first.keys() - {-1}, reverse=True):  # children come after their parent
        x[b] = (x[first[b]] + x[last[b]]) / 2
    return rows, parent, depth, x


def render_png(tree: dict[str, Any], path: str | Path, max_nodes: int = 300) -> Path:
    """Draw the tree top-down: dots sized by visits, coloured by value; answer path red."""
    from matplotlib.collections import LineCollection
    from matplotlib.figure import Figure
    from matplotlib.ticker import MaxNLocator

    t = CheckedTree(tree)
    keep = _most_visited(t, max(1, max_nodes))
    rows, parent, y, x = _layout(t, keep)
    on = [c[0] in t.path for c in rows]
    visits = [t.nodes[c[0]]["visits"] for c in rows]
    top = max(1, *visits)
    values = [t.nodes[c[0]]["value"] for c in rows]
    leaves = len(rows) - len(set(parent)) + 1  # rows that are no row's parent
    size = (min(30.0, max(8.0, 0.1 * leaves + 3)), min(20.0, max(5.0, 0.4 * max(y) + 3)))
    fig = Figure(figsize=size, dpi=100, layout="constrained")
    ax = fig.add_subplot()
    edges = [[(x[parent[b]], y[parent[b]]), (x[b], y[b])] for b in range(1, len(rows))]
    colours = ["red" if h else "#999999" for h in on[1:]]
    widths = [2.2 if h else 0.6 for h in on[1:]]
    ax.add_collection(LineCollection(edges, colors=colours, linewidths=widths, zorder=1))
    area = [10 + 230 * math.sqrt(v / top) for v in visits]
    ring = ["red" if h else "none" for h in on]
    scale: dict[str, Any] = {"cmap": "viridis", "vmin": 0.0, "vmax": max(1.0, *values)}
    dots = ax.scatter(x, y, s=area, c=values, edgecolors=ring, linewidths=1.8, zorder=3, **scale)
    for mark, test in (("x", "pruned"), ("s", "terminal")):
        hit = [b for b, c in enumerate(rows) if t.nodes[c[-1]][test]]
        face = "black" if mark == "x" else "none"
        ax.plot([x[b] for b in hit], [y[b] for b in hit], mark, mfc=face, mec="k", ms=8, zorder=4)
    fig.colorbar(dots, ax=ax, shrink=0.8, pad=0.01, label="value (best public reward below)")
    what = [_fmt(t.raw.get(k)) for k in ("problem", "variant", "template", "action")]
    title = f"{what[0]} {what[1]}/{what[2]} ({what[3]} actions): {len(t.nodes)} nodes, "
    title += f"{len(t.programs)} programs, best reward {_fmt(t.reward)}"
    if len(keep) < len(t.nodes):
        title += f"\nshowing the {len(keep)} most visited of {len(t.nodes)} nodes (ancestors kept)"
    ax.set_title(title, fontsize=10, parse_math=False)
    ax.set_xlabel("dot: chain, sized by visits; red: path to answer; x: pruned; □: end", fontsize=8)
    ax.set_ylabel("depth (in chains)")
    ax.set_xticks([])
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.margins(x=0.03, y=0.1)
    ax.invert_yaxis()
    tag: dict[str, Any] = {"textcoords": "offset points", "ha": "center", "fontsize": 7}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # glyphs the default font lacks are drawn as boxes
        for b in sorted(range(len(rows)), key=lambda b: -visits[b])[:LABELS]:
            text = "".join(t.nodes[i]["text"] for i in rows[b]) if b else "root"
            text = text.replace(" ", "·").replace("\n", "↵").replace("\t", "→")
            text = text if len(text) <= 14 else text[:13] + "…"
            ax.annotate(text, (x[b], y[b]), xytext=(0, 7), parse_math=False, **tag)
        fig.savefig(Path(path), format="png")
    return Path(path)


# -- the `workbench tree` pipeline ---------------------------------------------------------
@dataclass(frozen=True)
class TreeViews:
    """What `write_views` wrote for one tree, and the tree's counts (`summary`'s)."""

    source: Path  # the tree's JSON file
    written: list[Path]
    counts: dict[str, Any]


def write_views(
    run_path: Path,
    problem: str,
    variant: str = "original",
    template: str = "chat",
    out_dir: Path | None = None,
    page: bool = True,
    drawing: bool = True,
) -> TreeViews:
    """Write `<stem>.html` (with `page`) and `<stem>.png` (with `drawing`) for the tree of
    one (problem, variant, template) of a run, next to its JSON unless `out_dir`. A
    TreeError says when the run has no such tree (naming those it has), the file is
    broken, or the views cannot be written."""
    source = tree_path(run_path, problem, variant, template)
    if not source.exists():
        trees = list_trees(run_path)
        have = f"its trees: {_stems(trees)}" if trees else "it has no trees (not an MCTS run?)"
        raise TreeError(
            f"run {run_path.name} has no tree for {problem} {variant}/{template}; {have}"
        )
    tree = load_tree(source)
    folder = out_dir or source.parent
    written = []
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if page:
            written.append(folder / f"{source.stem}.html")
            written[-1].write_text(render_html(tree), encoding="utf-8")
        if drawing:
            written.append(render_png(tree, folder / f"{source.stem}.png"))
    except OSError as exc:
        raise TreeError(f"cannot write under {folder}: {exc.strerror or exc}") from None
    except ImportError:
        # matplotlib is an optional dependency; the page needs nothing beyond the stdlib.
        raise TreeError(
            "--png needs matplotlib: `pip install matplotlib`, or pass --no-png"
        ) from None
    return TreeViews(source, written, CheckedTree(tree).counts())


def _stems(paths: list[Path]) -> str:
    """The first ten files' stems, and how many more."""
    stems = ", ".join(p.stem for p in paths[:10])
    return stems + (f" and {len(paths) - 10} more" if len(paths) > 10 else "")
