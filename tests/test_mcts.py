"""MCTS (PG-TD): the tree policy's arithmetic, selection and max backup, budgets, pruning and
the reward cache on a toy expander whose every number is known; then on a tiny transformer,
that the caches change neither the tree nor the programs (only the work), that a seed
fixes everything, and that the attention-cache store gives the model's own numbers."""

from __future__ import annotations

import math
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import torch

from workbench.models import load_model
from workbench.models.base import Request
from workbench.models.continuation import Continuer, shared_length
from workbench.models.local import LocalModel
from workbench.prompting import Prompt
from workbench.search.base import Candidate, MemoryLedger, Task
from workbench.search.expand import Caches, Child, Completion, State
from workbench.search.mcts import MCTSSearch, Scoring, Tree, TreeRules, backup, search
from workbench.search.puct import exploration_weight, p_uct, var_p_uct

sys.path.insert(0, str(Path(__file__).parent))
from tiny_model import make_tiny_model  # noqa: E402


# -- the tree policy ---------------------------------------------------------------------------
def test_exploration_weight_and_scores_by_hand() -> None:
    assert exploration_weight(0, 4.0, 10.0) == pytest.approx(math.log(11 / 10) + 4)
    assert exploration_weight(9, 4.0, 10.0) == pytest.approx(math.log(2.0) + 4)
    # Q + beta(N) * P * sqrt(N) / (1 + n)
    assert var_p_uct(0.5, 0.2, 1, 9, 4.0, 10.0) == pytest.approx(0.5 + (math.log(2) + 4) * 0.3)
    assert var_p_uct(0.0, 0.7, 0, 0, 4.0, 10.0) == 0.0  # no visits, no exploration
    # Q + c * P * sqrt(log N) / (1 + n)
    assert p_uct(0.25, 0.5, 3, 8, 4.0) == pytest.approx(0.25 + 4 * 0.5 * math.sqrt(math.log(8)) / 4)
    assert p_uct(0.0, 0.9, 0, 1, 4.0) == 0.0  # log 1 = 0
    assert p_uct(0.0, 0.9, 0, 0, 4.0) == 0.0  # an unvisited parent does not crash


def test_select_follows_the_scores_and_breaks_ties_by_order() -> None:
    tree = Tree([])
    root = tree.add(None, (), "", 1.0, False)
    a = tree.add(root, (0,), "a", 0.6, False)
    b = tree.add(root, (1,), "b", 0.3, False)
    c = tree.add(root, (2,), "c", 0.1, False)
    root.children = [a.id, b.id, c.id]
    root.visits = 4
    a.visits, a.value = 3, 0.2
    # a: 0.2 + beta*0.6*2/4; b: beta*0.3*2/1 -> b explores
    beta = exploration_weight(4, 4.0, 10.0)
    assert 0.2 + beta * 0.6 * 0.5 < beta * 0.3 * 2
    assert tree.select(root, "var_p_uct", 4.0, 10.0) is b
    b.value, b.visits = 0.0, 0
    c.prior = b.prior  # equal scores: the earlier child wins
    assert tree.select(root, "var_p_uct", 4.0, 10.0) is b
    a.value = 5.0  # a value that high wins whatever the exploration
    assert tree.select(root, "p_uct", 4.0, 10.0) is a


def test_backup_counts_visits_and_keeps_the_max() -> None:
    tree = Tree([])
    root = tree.add(None, (), "", 1.0, False)
    kid = tree.add(root, (0,), "x", 0.5, False)
    backup(tree, [root, kid], 0.5)
    backup(tree, [root, kid], 0.25)
    backup(tree, [root], 1.0)
    assert (root.visits, root.value) == (3, 1.0)
    assert (kid.visits, kid.value) == (2, 0.5)


# -- a toy expander: known priors, greedy = always action 0, depth 4 --------------------------
class Toy:
    """States are digit tuples; children 0, 1, 2 with priors 0.6, 0.3, 0.1; the greedy
    completion appends zeros to depth 4; reward: the digits' sum over 8 (target 2200 -> .5)."""

    kind = "token"

    def __init__(self) -> None:
        self.hits: Counter[str] = Counter()
        self.rolled: list[State] = []
        self.expanded: list[State] = []

    def children(self, state: State) -> list[Child]:
        self.expanded.append(state)
        return [Child(a, str(a), p, len(state) + 1 >= 4) for a, p in ((0, 0.6), (1, 0.3), (2, 0.1))]

    def text(self, state: State) -> str:
        return "".join(map(str, state))

    def complete(self, state: State, terminal: bool) -> Completion:
        if not terminal:
            self.rolled.append(state)
        full = self.text(state).ljust(4, "0")
        return Completion(full, 4, "stop", None, None)

    def stats(self) -> dict[str, Any]:
        return {}


def toy_search(**kw: Any) -> tuple[Tree, Toy, list[str]]:
    toy, scored = Toy(), []

    def score(index: int, node: Any, comp: Completion, code: str) -> float:
        scored.append(comp.text)
        return sum(map(int, comp.text)) / 8

    kw.setdefault("rollouts", 30)
    kw.setdefault("stop_on_pass", False)
    hooks = {k: kw.pop(k) for k in ("prune", "rescore") if k in kw}
    return search(toy, TreeRules(**kw), Scoring(score, lambda text: text, **hooks)), toy, scored


def test_search_starts_greedy_explores_and_records_every_distinct_program() -> None:
    tree, toy, scored = toy_search(rollouts=40)
    assert scored[0] == "0000"  # the first rollout is greedy decoding from the prompt
    assert toy.expanded[0] == () and toy.rolled[0] == ()
    assert len(scored) == len(set(scored)) == len(tree.programs)  # each program runs once
    assert tree.nodes[0].visits == 40
    assert tree.stats["rollouts"] == 40 and tree.stats["stopped"] == "rollouts"
    assert tree.stats["cache_hits"]["reward"] == 40 - len(scored)
    # Max backup: the root's value is the best reward found, every node's the best below it.
    assert tree.nodes[0].value == max(p.reward for p in tree.programs)
    for n in tree.nodes:
        own = sum(n.state) / 8  # its own rollout appends zeros
        kids = [tree.nodes[i].value for i in n.children or []]
        assert n.value == (max([own, *kids]) if n.visits else 0.0)
        assert n.visits >= sum(tree.nodes[i].visits for i in n.children or [])
    assert sum(tree.nodes[i].visits for i in tree.nodes[0].children or []) == 39


def test_budgets_end_the_search() -> None:
    tree, _, scored = toy_search(rollouts=100, max_programs=3)
    assert len(scored) == 3 and tree.stats["stopped"] == "programs"
    # A program that passes every public test ends the search (reward 1: digits 2222).
    toy, found = Toy(), []

    def score(index: int, node: Any, comp: Completion, code: str) -> float:
        found.append(comp.text)
        return 1.0 if comp.text.startswith("1") else 0.1

    tree = search(toy, TreeRules(rollouts=100, stop_on_pass=True), Scoring(score, lambda t: t))
    assert found[-1].startswith("1") and tree.stats["stopped"] == "solved"
    assert tree.stats["rollouts"] < 100
    tree, _, _ = toy_search(rollouts=100, max_seconds=0.0)
    assert tree.stats["rollouts"] == 0 and tree.stats["stopped"] == "seconds"


def test_pruned_nodes_score_zero_without_a_rollout() -> None:
    tree, toy, scored = toy_search(rollouts=60, prune=lambda s: "dead" if s[:1] == (2,) else None)
    pruned = [n for n in tree.nodes if n.pruned]
    assert [n.state for n in pruned] == [(2,)]
    assert pruned[0].children is None  # never expanded
    assert not any(s[:1] == (2,) for s in toy.rolled)  # never rolled out
    assert not any(p.startswith("2") for p in scored)  # never run
    assert tree.stats["saved_evaluations"] == pruned[0].visits > 0
    assert pruned[0].value == 0.0


def test_without_the_reward_cache_repeats_are_run_again() -> None:
    again: list[int] = []
    tree, _, scored = toy_search(
        rollouts=20,
        reward_cache=False,
        rescore=lambda prog, node, comp: again.append(prog.index) or prog.reward,
    )
    cached, _, _ = toy_search(rollouts=20)
    assert len(again) == 20 - len(scored) > 0
    assert [n.visits for n in tree.nodes] == [n.visits for n in cached.nodes]


# -- on a tiny transformer ---------------------------------------------------------------------
@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> LocalModel:
    model = load_model(
        "hf:" + str(make_tiny_model(tmp_path_factory.mktemp("mcts"))), dtype="float32"
    )
    assert isinstance(model, LocalModel)
    return model


def toy_task() -> Task:
    messages = [{"role": "user", "content": "Write a function that returns the sum."}]
    prompt = Prompt("chat", "h", "chat", messages, "```python\n", ("```",), "stdio", None, None)
    return Task("toy/1", "original", "chat", prompt)


def run_tiny(model: LocalModel, **params: Any) -> tuple[dict[str, Any], list[Candidate]]:
    seen: list[Candidate] = []

    def evaluate(cands: Any) -> list[float]:
        seen.extend(cands)
        return [(sum(map(ord, c.code)) % 5) / 4 for c in cands]

    params = {"rollouts": 14, "width": 3, "max_new_tokens": 24, "stop_on_pass": False} | params
    s = MCTSSearch(**params)
    tree = s.run_task(model, toy_task(), MemoryLedger(evaluate))
    return s.tree_record(toy_task(), s.cells()[0], tree), seen


def shape(record: dict[str, Any]) -> tuple[Any, ...]:
    """The tree and its programs; priors to 4 decimals (the same probability computed from
    a stored attention cache or from the first token differs in the 7th digit)."""
    nodes = [n | {"prior": round(n["prior"], 4)} for n in record["nodes"]]
    return (nodes, record["programs"], record["answer"])


@pytest.mark.parametrize("caches", ["none", "topk", "sequence", "kv", "reward", "topk,sequence"])
def test_caches_change_neither_the_tree_nor_the_programs(tiny: LocalModel, caches: str) -> None:
    full, full_seen = run_tiny(tiny, caches="all")
    other, other_seen = run_tiny(tiny, caches=caches)
    assert shape(full) == shape(other)
    firsts = [(c.sample, c.code) for c in other_seen if not c.extra.get("repeat")]
    assert firsts == [(c.sample, c.code) for c in full_seen]
    if caches == "none":
        assert other["stats"]["forward_tokens"] > 3 * full["stats"]["forward_tokens"]
        assert any(c.extra.get("repeat") for c in other_seen)  # reward cache off: run again


@pytest.mark.parametrize("rollout", ["greedy", "sample", "beam"])
def test_a_seed_fixes_the_tree(tiny: LocalModel, rollout: str) -> None:
    a, _ = run_tiny(tiny, rollout=rollout, seed=3, rollouts=8)
    b, _ = run_tiny(tiny, rollout=rollout, seed=3, rollouts=8, caches="none")
    assert shape(a) == shape(b)
    assert len(a["programs"]) >= 1


def test_line_level_is_the_same_algorithm_with_lines(tiny: LocalModel) -> None:
    a, seen = run_tiny(tiny, action="line", rollouts=8, width=2)
    b, _ = run_tiny(tiny, action="line", rollouts=8, width=2, caches="none")
    assert shape(a) == shape(b)
    kids = [n for n in a["nodes"] if n["parent"] == 0]
    assert kids and all(0 < n["prior"] <= 1 for n in kids)
    assert abs(sum(n["prior"] for n in kids) - 1) < 1e-6
    assert all(n["text"].count("\n") <= 1 for n in a["nodes"])


def test_the_continuer_gives_the_models_own_numbers(tiny: LocalModel) -> None:
    req = Request([{"role": "user", "content": "print the sum"}], "```python\n")
    ids = tiny.encode(req)
    fresh = tiny.next_token_topk(ids, 4)
    kv = Continuer(tiny, reuse_kv=True)
    greedy = kv.rollout(ids, 20, lambda new: False)
    plain = tiny.generate([req], max_new_tokens=20)[0][0]
    assert list(plain.token_ids or ())[: len(greedy.tokens)] == greedy.tokens
    # After the rollout, a prefix of it is served from the stored cache: one new position.
    before = kv.forward_tokens
    mid = ids + greedy.tokens[:5]
    got = kv.topk(mid, 4)
    assert kv.forward_tokens - before == 1
    want = tiny.next_token_topk(mid, 4)
    assert [t for t, _ in got] == [t for t, _ in want]
    assert [p for _, p in got] == pytest.approx([p for _, p in want], abs=1e-5)
    assert [t for t, _ in Continuer(tiny, reuse_kv=False).topk(ids, 4)] == [t for t, _ in fresh]
    assert shared_length((1, 2, 3, 4), (1, 2, 9)) == 2
    assert shared_length((), (1,)) == 0 and shared_length((5, 6), (5, 6)) == 2
    with torch.inference_mode():
        assert kv.probs(ids).sum().item() == pytest.approx(1.0, abs=1e-4)


def test_bad_settings_are_refused() -> None:
    for bad in (
        {"rollouts": 0},
        {"width": 0},
        {"action": "word"},
        {"policy": "uct"},
        {"rollout": "random"},
        {"caches": "topk,lru"},
        {"max_programs": 0},
    ):
        with pytest.raises(ValueError):
            MCTSSearch(**bad)
    assert Caches.parse("none") == Caches(False, False, False, False)
    assert Caches.parse("kv,reward") == Caches(False, False, True, True)
