"""Export of a search tree: the JSON that `runs/<run>/trees/` keeps and `workbench tree`
renders (`workbench/tree_files.py` reads it, `treeview.py` draws it). Format `workbench-tree/1`:

    problem, variant, template, cell, action ("token" | "line"), params (the search's)
    nodes     [{id, parent (null for the root), text (the action's text), prior, visits,
                value (max public reward below), terminal, pruned (null or the reason),
                program (index of the program its rollout reached), order (the rollout
                that first reached it)}]                   ids are 0..n-1, parents first
    programs  [{index, node, code, reward, rollout, sample, logprob}]
    answer    index of the best program (public reward, then likelihood), or null
    stats     rollouts, programs, nodes, pruned nodes, saved evaluations, cache hits,
              seconds, why it stopped, forward tokens (token level)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from workbench.search.base import Task
    from workbench.search.mcts import Tree

TREE_FORMAT = "workbench-tree/1"


def export(
    tree: Tree, task: Task, cell: str, action: str, params: dict[str, Any]
) -> dict[str, Any]:
    best = max(tree.programs, key=lambda p: p.rank(), default=None)
    return {
        "format": TREE_FORMAT,
        "problem": task.problem,
        "variant": task.variant,
        "template": task.template,
        "cell": cell,
        "action": action,
        "params": params,
        "nodes": [
            {
                "id": n.id,
                "parent": n.parent,
                "text": n.text,
                "prior": round(n.prior, 6),
                "visits": n.visits,
                "value": round(n.value, 6),
                "terminal": n.terminal,
                "pruned": n.pruned,
                "program": n.program,
                "order": n.order,
            }
            for n in tree.nodes
        ],
        "programs": [
            {
                "index": p.index,
                "node": p.node,
                "code": p.code,
                "reward": p.reward,
                "rollout": p.rollout,
                "sample": p.index,
                "logprob": None if p.logprob is None else round(p.logprob, 4),
            }
            for p in tree.programs
        ],
        "answer": best.index if best else None,
        "stats": tree.stats,
    }
