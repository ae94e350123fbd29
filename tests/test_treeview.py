"""MCTS tree views: every tree shape renders (HTML well formed and escaped, PNG written),
broken tree files are clear TreeErrors, and `workbench tree` finds, renders and lists."""

from __future__ import annotations

import copy
import json
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import workbench.cli.tree  # noqa: F401  registers `workbench tree` on the app
from workbench.cli import app
from workbench.runs import Run
from workbench.tree_files import TreeError, list_trees, load_tree, summary, tree_path
from workbench.treeview import MAX_NEST, render_html, render_png

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
CODE = "import sys\nprint('</pre><script>x</script>')\n"


def node(i: int, parent: int | None, text: str = "", **extra: Any) -> dict[str, Any]:
    base = {"id": i, "parent": parent, "text": text, "prior": 0.5, "visits": 1, "value": 0.0}
    return base | {"terminal": False, "pruned": None, "program": None, "order": i} | extra


def make(nodes: list[dict[str, Any]], programs: Any = (), answer: Any = None) -> dict[str, Any]:
    return {
        "format": "workbench-tree/1",
        "problem": "fresh/017",
        "variant": "original",
        "template": "chat",
        "cell": "mcts",
        "action": "token",
        "params": {"width": 3, "rollouts": 16, "policy": "var_p_uct"},
        "stats": {"rollouts": 16, "programs": 2, "pruned": 1, "seconds": 1.5, "stopped": "budget"},
        "nodes": nodes,
        "programs": list(programs),
        "answer": answer,
        "unknown extra key": {"is": "ignored"},
    }


def realistic() -> dict[str, Any]:
    """A root with a chain `import sys⏎`, a branch, a pruned and a terminal node."""
    nodes = [
        node(0, None, visits=16, value=0.75, prior=1.0),
        node(1, 0, "import", visits=10, value=0.75, prior=0.61, program=0),
        node(2, 1, " sys", visits=10, value=0.75, prior=0.9),
        node(3, 2, "\n", visits=9, value=0.75, prior=0.8),
        node(4, 3, "print", visits=6, value=0.75, prior=0.5, program=1),
        node(5, 3, "<script>alert(1)</script>", visits=3, value=0.0, prior=0.3, terminal=True),
        node(6, 0, "def", visits=0, prior=0.2, pruned="line 2: unmatched ')'", order=None),
        node(7, 0, "日本語 ✓\t", visits=2, value=0.25, prior=0.1),
        node(8, 7, "é", visits=1, value=0.25, prior=0.1),
        node(9, 7, "\u200b", visits=1, value=0.0, prior=0.1),
    ]
    programs = [
        {"index": 0, "node": 1, "code": "import os\n", "reward": 0.25, "rollout": 1, "sample": 0},
        {"index": 1, "node": 4, "code": CODE, "reward": 0.75, "rollout": 2, "private": 1.0},
    ]
    return make(nodes, programs, answer=1)


def root_only() -> dict[str, Any]:
    return make([node(0, None, visits=0)])


def deep_chain(depth: int = 2000) -> dict[str, Any]:
    nodes = [node(0, None, visits=5)] + [
        node(i, i - 1, f"t{i}", visits=5) for i in range(1, depth + 1)
    ]
    return make(nodes, [{"index": 0, "node": depth, "code": "x = 1\n", "reward": 1.0}], answer=0)


def wide(width: int = 5000) -> dict[str, Any]:
    kids = [node(i, 0, f" w{i}", visits=i % 5, value=(i % 10) / 10) for i in range(1, width + 1)]
    return make([node(0, None, visits=width), *kids])


def comb(depth: int = 1000) -> dict[str, Any]:
    """A side branch at every step: no chains to collapse, so only the nesting cap helps."""
    nodes = [node(0, None, visits=3)]
    for d in range(1, depth + 1):
        spine = 0 if d == 1 else 2 * d - 3
        nodes += [node(2 * d - 1, spine, "a", visits=3), node(2 * d, spine, "b", visits=0)]
    return make(nodes)


def sparse() -> dict[str, Any]:
    """Only ids and parents: every optional key of nodes and programs is missing."""
    tree = make([{"id": 0, "parent": None}, {"id": 1, "parent": 0}, {"id": 2, "parent": 1}])
    tree["programs"] = [{"code": "pass\n"}]
    for key in ("action", "params", "stats", "answer", "cell"):
        del tree[key]
    return tree


SHAPES = {
    "realistic": realistic,
    "root_only": root_only,
    "deep_chain": deep_chain,
    "wide": wide,
    "comb": comb,
    "sparse": sparse,
}


class Details(HTMLParser):
    """Counts <details> opened and closed, and the deepest nesting."""

    def __init__(self) -> None:
        super().__init__()
        self.opened = self.closed = self.depth = self.deepest = 0
        self.tags: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        if tag == "details":
            self.opened += 1
            self.depth += 1
            self.deepest = max(self.deepest, self.depth)

    def handle_endtag(self, tag: str) -> None:
        if tag == "details":
            self.closed += 1
            self.depth -= 1
            assert self.depth >= 0, "</details> without <details>"


def parse(page: str) -> Details:
    parser = Details()
    parser.feed(page)
    parser.close()
    assert parser.opened == parser.closed and parser.depth == 0
    return parser


# -- HTML -----------------------------------------------------------------------------------
@pytest.mark.parametrize("shape", SHAPES)
def test_every_shape_renders_a_self_contained_well_formed_page(shape: str) -> None:
    tree = SHAPES[shape]()
    before = copy.deepcopy(tree)
    page = render_html(tree)
    assert tree == before  # the views never change the tree
    parsed = parse(page)
    assert page.startswith("<!DOCTYPE html>") and "fresh/017" in page
    assert "http" not in page and "src=" not in page and "<link" not in page
    assert not parsed.tags & {"script", "img", "iframe", "link"}
    assert parsed.deepest <= MAX_NEST


def test_chains_collapse_and_deep_trees_do_not_nest_deeply() -> None:
    page = render_html(deep_chain())
    # The root and one chain of 2,000 tokens: nothing left to fold inside the chain.
    assert parse(page).deepest == 1
    assert "2000 tokens" in page and 'id="n2000"' in page and "t1</span>" in page
    comb_page = render_html(comb())
    assert parse(comb_page).deepest == MAX_NEST and f"[depth {MAX_NEST}]" in comb_page
    assert parse(render_html(wide())).opened == 1  # the root folds; 5,000 leaves do not


def test_text_is_escaped_whitespace_visible_and_the_answer_shown() -> None:
    page = render_html(realistic())
    assert "<script>alert" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;/pre&gt;&lt;script&gt;x&lt;/script&gt;" in page  # program code, escaped
    assert '<i class="ws">·</i>sys' in page and '<i class="ws">⏎</i>' in page
    assert '<i class="ws">⇥</i>' in page and "\\u200b" in page and "日本語" in page
    # The answer: program 1, reward 0.75, in the header and marked in the tree and list.
    assert page.count("import sys") >= 2 and "★ answer" in page
    assert '<section id="p1" class=ans>' in page and 'href="#p1"' in page
    assert "reward 0.75" in page and "private 1" in page
    assert "✂ pruned: line 2: unmatched &#x27;)&#x27;" in page and "■ end" in page
    # The chain import·sys⏎ is one row; its programs link both ways.
    assert "3 tokens" in page and 'href="#n1"' in page and 'href="#p0"' in page
    # Visited branches open, the pruned and unvisited one closed; the answer path lit.
    assert page.count("<details open>") == 3 and '<summary class="on">' in page
    assert '<div class="row cold dead">' in page
    for key in ("width", "var_p_uct", "stopped", "budget", "max depth"):
        assert key in page


def test_line_actions_keep_spaces_and_line_breaks() -> None:
    tree = realistic()
    tree["action"] = "line"
    page = render_html(tree)
    assert "import sys<i" not in page and "import</span><span" in page
    assert '<i class="ws">⏎</i>\n' in page and "3 lines" in page


def test_summary_counts() -> None:
    assert summary(realistic()) == {
        "nodes": 10,
        "visited": 9,
        "pruned": 1,
        "terminal": 1,
        "max depth": 4,
        "programs": 2,
        "best reward": 0.75,
    }
    assert summary(root_only())["best reward"] is None
    assert summary(sparse())["nodes"] == 3 and summary(sparse())["visited"] == 0


# -- PNG ------------------------------------------------------------------------------------
@pytest.mark.parametrize("shape", SHAPES)
def test_every_shape_draws_a_png(shape: str, tmp_path: Path) -> None:
    out = render_png(SHAPES[shape](), tmp_path / f"{shape}.png", max_nodes=200)
    assert out == tmp_path / f"{shape}.png"
    assert out.read_bytes().startswith(PNG_MAGIC)


# -- broken trees -----------------------------------------------------------------------------
def broken(kind: str) -> Any:
    tree: Any = realistic()
    if kind == "dangling parent":
        tree["nodes"][4]["parent"] = 99
    elif kind == "duplicate id":
        tree["nodes"][5]["id"] = 4
    elif kind == "cycle":
        tree["nodes"][2]["parent"] = 3  # 2 -> 3 -> 2, never reaching the root
    elif kind == "two roots":
        tree["nodes"][7]["parent"] = None
    elif kind == "bad answer":
        tree["answer"] = 5
    elif kind == "wrong format":
        tree["format"] = "workbench-tree/0"
    elif kind == "not a tree":
        tree = [1, 2, 3]
    return tree


EXPECTED = {
    "dangling parent": "node 4 has parent 99, which is not a node",
    "duplicate id": "duplicate node id 4",
    "cycle": "cycle in the parents: nodes [2, 3, 4, 5]",
    "two roots": "2 root nodes",
    "bad answer": "answer 5 is not the index of a program",
    "wrong format": "format is 'workbench-tree/0', expected 'workbench-tree/1'",
    "not a tree": "format is 'list'",
}


@pytest.mark.parametrize("kind", EXPECTED)
def test_broken_trees_are_tree_errors_naming_file_and_fault(kind: str, tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(broken(kind)), encoding="utf-8")
    with pytest.raises(TreeError) as caught:
        load_tree(path)
    assert str(path) in str(caught.value) and EXPECTED[kind] in str(caught.value)
    if kind not in ("wrong format", "not a tree"):  # the views check structure too
        with pytest.raises(TreeError, match=EXPECTED[kind].split(",")[0].replace("[", r"\[")):
            render_html(broken(kind))


def test_unreadable_files_are_tree_errors(tmp_path: Path) -> None:
    path = tmp_path / "t.json"
    for data, why in ((b'{"format": ', "not JSON"), (b"\xff\xfe", "not JSON")):
        path.write_bytes(data)
        with pytest.raises(TreeError, match=why) as caught:
            load_tree(path)
        assert str(path) in str(caught.value)
    with pytest.raises(TreeError, match="cannot be read"):
        load_tree(tmp_path / "missing.json")


def test_a_good_file_loads_as_written(tmp_path: Path) -> None:
    path = tmp_path / "t.json"
    path.write_text(json.dumps(realistic()), encoding="utf-8")
    assert load_tree(path) == realistic()


# -- finding trees and the command ------------------------------------------------------------
def make_run(tmp_path: Path, *trees: tuple[str, str, str, dict[str, Any]]) -> Run:
    run = Run.create({"model": {"id": "m"}, "problems": ["fresh/017"], "seed": 1}, tmp_path)
    for problem, variant, template, tree in trees:
        path = tree_path(run.path, problem, variant, template)
        path.parent.mkdir(exist_ok=True)
        path.write_text(json.dumps(tree), encoding="utf-8")
    return run


def test_tree_path_and_list(tmp_path: Path) -> None:
    assert tree_path("r", "fresh/017") == Path("r/trees/fresh_017__original__chat.json")
    assert list_trees(tmp_path) == []
    run = make_run(tmp_path, ("b/2", "short", "chat", root_only()), ("a/1", "original", "x", {}))
    assert [p.name for p in list_trees(run.path)] == [
        "a_1__original__x.json",
        "b_2__short__chat.json",
    ]


runner = CliRunner()


def test_cli_renders_html_and_png_next_to_the_json(tmp_path: Path) -> None:
    run = make_run(tmp_path / "runs", ("fresh/017", "original", "chat", realistic()))
    r = runner.invoke(app, ["tree", run.name[:12], "fresh/017", "--runs-dir", str(run.path.parent)])
    assert r.exit_code == 0, r.output
    stem = run.path / "trees" / "fresh_017__original__chat"
    html_file, png_file = stem.with_suffix(".html"), stem.with_suffix(".png")
    assert str(html_file) in r.stdout and str(png_file) in r.stdout
    assert "fresh/017 original/chat: 10 nodes (9 visited, 1 pruned), 2 programs" in r.stdout
    assert "best reward 0.75" in r.stdout
    assert "★ answer" in html_file.read_text(encoding="utf-8")
    assert png_file.read_bytes().startswith(PNG_MAGIC)


def test_cli_out_folder_and_switches(tmp_path: Path) -> None:
    run = make_run(tmp_path, ("fresh/017", "short", "completion", deep_chain(50)))
    out = tmp_path / "views" / "here"
    args = ["tree", str(run.path), "fresh_017", "--variant", "short", "--template", "completion"]
    r = runner.invoke(app, [*args, "--out", str(out), "--no-png"])
    assert r.exit_code == 0, r.output
    assert sorted(p.name for p in out.iterdir()) == ["fresh_017__short__completion.html"]
    r = runner.invoke(app, [*args, "--out", str(out), "--no-html"])
    assert r.exit_code == 0 and (out / "fresh_017__short__completion.png").exists()
    assert "51 nodes" in r.stdout and "best reward 1" in r.stdout


def test_cli_lists_the_trees_of_a_run(tmp_path: Path) -> None:
    run = make_run(tmp_path, ("fresh/017", "original", "chat", realistic()))
    r = runner.invoke(app, ["tree", str(run.path)])
    assert r.exit_code == 0 and "fresh_017  original  chat" in r.stdout
    empty = make_run(tmp_path)
    r = runner.invoke(app, ["tree", str(empty.path)])
    assert r.exit_code == 0 and "has no trees" in r.output


def test_cli_errors_are_one_line_exit_2(tmp_path: Path) -> None:
    run = make_run(tmp_path, ("fresh/017", "original", "chat", realistic()))
    r = runner.invoke(app, ["tree", "nope", "fresh/017", "--runs-dir", str(tmp_path)])
    assert r.exit_code == 2 and "no run 'nope'" in r.output
    r = runner.invoke(app, ["tree", str(run.path), "fresh/018"])
    assert r.exit_code == 2 and "no tree for fresh/018 original/chat" in r.output
    assert "fresh_017__original__chat" in r.output  # what there is
    r = runner.invoke(app, ["tree", str(run.path), "fresh/017", "--variant", "short"])
    assert r.exit_code == 2 and "no tree for fresh/017 short/chat" in r.output
    tree_path(run.path, "fresh/017").write_text(json.dumps(broken("cycle")), encoding="utf-8")
    r = runner.invoke(app, ["tree", str(run.path), "fresh/017"])
    assert r.exit_code == 2 and "cycle in the parents" in r.output
    assert "Traceback" not in r.output and not list((run.path / "trees").glob("*.html"))
