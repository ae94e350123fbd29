"""A run's MCTS tree files (`runs/<run>/trees/*.json`, format workbench-tree/1): where they
are (`tree_path`, `list_trees`), reading and checking one (`load_tree`, `TreeError`), and
`CheckedTree`, a checked tree indexed for the views in `treeview.py`. The MCTS search
writes the files (`workbench/search/tree.py`).
"""

from __future__ import annotations

import json
from collections import deque
from pathlib import Path
from typing import Any

from workbench.errors import WorkbenchError

FORMAT = "workbench-tree/1"
TREES = "trees"


class TreeError(WorkbenchError, ValueError):
    """A tree file cannot be read or is not a tree: the message names the file and why."""


def tree_path(
    run_path: str | Path, problem: str, variant: str = "original", template: str = "chat"
) -> Path:
    """Where the search writes the tree of one (problem, variant, template) of a run."""
    return Path(run_path) / TREES / f"{problem.replace('/', '_')}__{variant}__{template}.json"


def list_trees(run_path: str | Path) -> list[Path]:
    """The tree files of a run, sorted by name; none when the run has no trees folder."""
    return sorted((Path(run_path) / TREES).glob("*.json"))


def load_tree(path: str | Path) -> dict[str, Any]:
    """A tree file, checked: a TreeError names the file and what is wrong with it."""
    path = Path(path)
    try:
        tree = json.loads(path.read_text(encoding="utf-8"))
        got = tree.get("format") if isinstance(tree, dict) else type(tree).__name__
        if got != FORMAT:
            raise TreeError(f"format is {got!r}, expected {FORMAT!r}")
        CheckedTree(tree)
    except OSError as exc:
        raise TreeError(f"{path}: cannot be read: {exc.strerror or exc}") from None
    except TreeError as exc:  # caught before ValueError, which it is
        raise TreeError(f"{path}: {exc}") from None
    except (ValueError, RecursionError) as exc:  # UnicodeDecodeError is a ValueError
        raise TreeError(f"{path}: not JSON: {exc}") from None
    return tree


# -- checking and indexing -----------------------------------------------------------------
def _is_int(x: Any) -> bool:
    return isinstance(x, int) and not isinstance(x, bool)


def _num(x: Any) -> float:
    return float(x) if isinstance(x, int | float) and not isinstance(x, bool) else 0.0


def _normal(n: dict[str, Any]) -> dict[str, Any]:
    """Missing or odd optional keys read as null/0, so a sparse writer still renders."""
    text, pruned, program = n.get("text"), n.get("pruned"), n.get("program")
    return {
        "id": n["id"],
        "parent": n.get("parent"),
        "text": "" if text is None else str(text),
        "prior": _num(n.get("prior")),
        "visits": int(_num(n.get("visits"))),
        "value": _num(n.get("value")),
        "terminal": bool(n.get("terminal")),
        "pruned": None if pruned in (None, False, "") else str(pruned),
        "program": program if _is_int(program) else None,
    }


class CheckedTree:
    """A checked tree, indexed: nodes normalised by id, children most visited first, each
    node's depth, programs by index, and `path`, the answer's node and all above it."""

    def __init__(self, tree: Any) -> None:
        if not isinstance(tree, dict) or not isinstance(tree.get("nodes"), list):
            raise TreeError("not a tree: no 'nodes' list")
        nodes: dict[int, dict[str, Any]] = {}
        for k, n in enumerate(tree["nodes"]):
            if not isinstance(n, dict) or not _is_int(n.get("id")):
                raise TreeError(f"nodes[{k}] has no integer 'id'")
            if n["id"] in nodes:
                raise TreeError(f"duplicate node id {n['id']}")
            if n.get("parent") is not None and not _is_int(n["parent"]):
                raise TreeError(f"node {n['id']} has parent {n['parent']!r}, not a node id")
            nodes[n["id"]] = _normal(n)
        roots = [i for i, n in nodes.items() if n["parent"] is None]
        if len(roots) != 1:
            raise TreeError(f"{len(roots)} root nodes (parent null), expected 1: {roots[:9]}")
        children: dict[int, list[int]] = {i: [] for i in nodes}
        for i, n in nodes.items():
            if n["parent"] is not None and n["parent"] not in nodes:
                raise TreeError(f"node {i} has parent {n['parent']}, which is not a node")
            if n["parent"] is not None:
                children[n["parent"]].append(i)
        for kids in children.values():
            kids.sort(key=lambda i: (-nodes[i]["visits"], -nodes[i]["prior"], i))
        depth, queue = {roots[0]: 0}, deque(roots)
        while queue:  # breadth first: no recursion limit, and each node is met at most once
            i = queue.popleft()
            for c in children[i]:
                depth[c] = depth[i] + 1
                queue.append(c)
        if len(depth) < len(nodes):
            # Every parent exists and there is one root: an unreached node hangs off a cycle.
            lost = sorted(set(nodes) - set(depth))
            raise TreeError(f"cycle in the parents: nodes {lost[:9]} do not lead to the root")
        listed = tree.get("programs") or []
        if not isinstance(listed, list) or not all(isinstance(p, dict) for p in listed):
            raise TreeError("'programs' is not a list of objects")
        programs = {p["index"] if _is_int(p.get("index")) else k: p for k, p in enumerate(listed)}
        answer = tree.get("answer")
        if answer is not None and (not _is_int(answer) or answer not in programs):
            raise TreeError(f"answer {answer!r} is not the index of a program")
        path: set[int] = set()
        node = None if answer is None else programs[answer].get("node")
        while _is_int(node) and node in nodes and node not in path:
            path.add(node)
            node = nodes[node]["parent"]
        self.raw, self.nodes, self.children, self.depth = tree, nodes, children, depth
        self.root, self.programs, self.answer, self.path = roots[0], programs, answer, path
        self.lines = tree.get("action") == "line"  # else token actions
        # The best public reward: the answer's, which the search chose by it.
        self.reward = None if answer is None else programs[answer].get("reward")

    def chain(self, start: int, kids: dict[int, list[int]]) -> list[int]:
        """`start` and its single-child descendants; the root always stands alone."""
        chain = [start]
        while start != self.root and len(kids[chain[-1]]) == 1:
            chain.append(kids[chain[-1]][0])
        return chain

    def counts(self) -> dict[str, Any]:
        nodes = self.nodes.values()
        return {
            "nodes": len(nodes),
            "visited": sum(n["visits"] > 0 for n in nodes),
            "pruned": sum(bool(n["pruned"]) for n in nodes),
            "terminal": sum(n["terminal"] for n in nodes),
            "max depth": max(self.depth.values()),
            "programs": len(self.programs),
            "best reward": self.reward,
        }


def summary(tree: dict[str, Any]) -> dict[str, Any]:
    """How big the tree is, and the answer's public reward (None without an answer)."""
    return CheckedTree(tree).counts()
