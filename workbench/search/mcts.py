"""PG-TD: Monte Carlo tree search over a model's output, rewarded by public tests.

Planning-Guided Transformer Decoding (Zhang et al., "Planning with Large Language Models
for Code Generation", ICLR 2023). A state is the prompt plus the answer so far; an action
is the next token (`action="token"`, local models) or the next line (`action="line"`, any
model: see `expand.py`). Each rollout:

1. select: from the root, follow the child with the best P-UCT score while the node is
   expanded, until an unexpanded, terminal or pruned node;
2. expand: the node's children are the expander's top-k actions, priors attached; a
   child whose partial program already has a syntax error no continuation can repair
   (tree-sitter, `syntax.dead_end`) is marked pruned;
3. evaluate: complete the node's state (greedy by default) into a program and run it on
   the public tests: the reward is the public pass rate. A pruned node scores 0 without
   a rollout or a run (counted as a saved evaluation);
4. back up: every node on the path gets a visit, and its value becomes the max of the
   returns seen below it (PG-TD's choice: one good program is what we look for).

Budgets: rollouts, distinct programs evaluated, wall seconds; with `stop_on_pass` the
search ends at the first program that passes every public test. The answer is the best
program by public pass rate (the run's summary picks it like any other search's).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar

from workbench.extraction import extract_program
from workbench.models.base import ContextLengthError, Generation, Model
from workbench.search.base import Candidate, Clock, Ledger, Task, solved
from workbench.search.expand import (
    Caches,
    Expander,
    State,
    answer_code_start,
    cannot_expand,
    make_expander,
    partial_code,
)
from workbench.search.puct import POLICIES, p_uct, var_p_uct
from workbench.search.registry import param, recorded_params
from workbench.search.syntax import dead_end
from workbench.search.tree import export

ROLLOUTS = ("greedy", "beam", "sample")


@dataclass
class Node:
    id: int
    parent: int | None
    state: State
    text: str
    prior: float
    terminal: bool
    logprior: float  # sum of log priors from the root (token level: the state's log-prob)
    visits: int = 0
    value: float = 0.0
    children: list[int] | None = None  # None until expanded
    pruned: str | None = None
    program: int | None = None  # the program whose rollout started here
    order: int | None = None  # the rollout that first reached it (and expanded it)


@dataclass
class Program:
    index: int
    node: int
    code: str
    reward: float
    rollout: int
    text: str
    logprob: float | None = None  # of the whole answer, where the model gives it

    def rank(self) -> tuple[float, float, int]:
        """Best first by public reward, then likelihood, then discovery: the run summary's
        rule for a problem's answer."""
        lp = self.logprob if self.logprob is not None else float("-inf")
        return (self.reward, lp, -self.index)


@dataclass
class Tree:
    nodes: list[Node]
    programs: list[Program] = field(default_factory=list)
    by_code: dict[str, int] = field(default_factory=dict)
    stats: dict[str, Any] = field(default_factory=dict)

    def add(self, parent: Node | None, state: State, text: str, prior: float, term: bool) -> Node:
        lp = (parent.logprior if parent else 0.0) + math.log(max(prior, 1e-45))
        node = Node(len(self.nodes), parent.id if parent else None, state, text, prior, term, lp)
        self.nodes.append(node)
        return node

    def select(self, node: Node, policy: str, c: float, c_base: float) -> Node:
        """The child with the best score; ties go to the earlier child (higher prior)."""
        assert node.children
        kids = [self.nodes[i] for i in node.children]
        if policy == "p_uct":
            scores = [p_uct(k.value, k.prior, k.visits, node.visits, c) for k in kids]
        else:
            scores = [var_p_uct(k.value, k.prior, k.visits, node.visits, c, c_base) for k in kids]
        return kids[max(range(len(kids)), key=lambda i: (scores[i], -i))]


def backup(tree: Tree, path: Sequence[Node], reward: float) -> None:
    for node in path:
        node.visits += 1
        node.value = max(node.value, reward)


# Scores a new program (index, node, completion, code): its public reward.
Score = Callable[[int, Node, Any, str], float]
# Runs a program seen before again (reward cache off): (program, node, completion).
Rescore = Callable[[Program, Node, Any], float]


@dataclass(frozen=True)
class TreeRules:
    """How one tree chooses (its policy and exploration weights) and what ends it."""

    rollouts: int
    policy: str = "var_p_uct"
    c: float = 4.0
    c_base: float = 10.0
    max_programs: int | None = None
    max_seconds: float | None = None
    stop_on_pass: bool = True
    reward_cache: bool = True  # a program seen before keeps its reward (else: rescore)


@dataclass
class Scoring:
    """What the tree asks of its task: `score` runs a new program, `rescore` one seen
    before when the reward cache is off, `to_code` turns an answer into its program,
    `prune` says why a partial answer is a dead end, `step` hears of every rollout."""

    score: Score
    to_code: Callable[[str], str]
    rescore: Rescore | None = None
    prune: Callable[[State], str | None] | None = None
    step: Callable[[int, Tree], None] | None = None


def search(expander: Expander, rules: TreeRules, scoring: Scoring) -> Tree:
    """One task's MCTS."""
    clock = Clock()
    tree = Tree([])
    root = tree.add(None, (), "", 1.0, False)
    saved = done_rollouts = 0

    def why_stop() -> str | None:
        if rules.stop_on_pass and any(solved(p.reward) for p in tree.programs):
            return "solved"
        if rules.max_programs is not None and len(tree.programs) >= rules.max_programs:
            return "programs"
        if rules.max_seconds is not None and clock() >= rules.max_seconds:
            return "seconds"
        return None

    for it in range(rules.rollouts):
        if why_stop():
            break
        node, path = root, [root]
        while node.children and not node.terminal and not node.pruned:
            node = tree.select(node, rules.policy, rules.c, rules.c_base)
            path.append(node)
        if node.pruned:
            reward = 0.0
            saved += 1
        else:
            if node.order is None:
                node.order = it
            if node.children is None and not node.terminal:
                node.children = []
                for kid in expander.children(node.state):
                    child = tree.add(
                        node, (*node.state, kid.action), kid.text, kid.prior, kid.terminal
                    )
                    child.pruned = scoring.prune(child.state) if scoring.prune else None
                    node.children.append(child.id)
            reward = _evaluate(tree, node, it, expander, scoring, rules.reward_cache)
        backup(tree, path, reward)
        done_rollouts = it + 1
        if scoring.step:
            scoring.step(done_rollouts, tree)
    stopped = why_stop() or "rollouts"
    tree.stats = {
        "rollouts": done_rollouts,
        "programs": len(tree.programs),
        "nodes": len(tree.nodes),
        "pruned_nodes": sum(1 for n in tree.nodes if n.pruned),
        "saved_evaluations": saved,
        "cache_hits": dict(expander.hits),
        "seconds": round(clock(), 3),
        "stopped": stopped,
        **expander.stats(),
    }
    return tree


def _evaluate(
    tree: Tree, node: Node, it: int, expander: Expander, scoring: Scoring, reward_cache: bool
) -> float:
    comp = expander.complete(node.state, node.terminal)
    code = scoring.to_code(comp.text)
    seen = tree.by_code.get(code)
    if seen is None:
        seen = len(tree.programs)
        reward = scoring.score(seen, node, comp, code)
        lp = None if comp.logprob is None else node.logprior + comp.logprob
        tree.programs.append(Program(seen, node.id, code, reward, it, comp.text, lp))
        tree.by_code[code] = seen
    elif reward_cache or scoring.rescore is None:
        expander.hits["reward"] += 1
        reward = tree.programs[seen].reward
    else:
        reward = scoring.rescore(tree.programs[seen], node, comp)
    if node.program is None:
        node.program = seen
    return reward


@dataclass
class MCTSSearch:
    """PG-TD: a tree over the answer, rollouts scored on the public tests."""

    rollouts: int = param(16, "Rollouts per problem.")
    width: int = param(3, "Children per node (the expander's top-k).")
    action: str = param("token", "What a step adds: token (local models) or line (any).")
    policy: str = param("var_p_uct", "Tree policy: var_p_uct or p_uct.")
    c: float = param(4.0, "Exploration weight of the tree policy.")
    c_base: float = param(10.0, "var_p_uct: the visit count at which exploration grows.")
    rollout: str = param("greedy", "How a node is completed: greedy, beam or sample.")
    rollout_beams: int = param(2, "Beams of a beam rollout.")
    rollout_temperature: float = param(0.8, "Temperature of a sampled rollout.")
    line_temperature: float = param(0.8, "Temperature of line actions.")
    line_tokens: int = param(48, "Most tokens of one line action.")
    max_programs: int | None = param(None, "Stop after this many distinct programs.")
    max_seconds: float | None = param(None, "Wall seconds per problem (not repeatable).")
    max_new_tokens: int = param(512, "Tokens per program.")
    stop_on_pass: bool = param(True, "Stop at the first program that passes (PG-TD's rule).")
    prune: bool = param(True, "Prune partial programs whose syntax cannot be repaired.")
    caches: str = param("all", "Caches: all, none, or some of topk,sequence,kv,reward.")
    parallel: int = param(1, "Problems searched at once (llama.cpp; see parallel_trees.py).")
    seed: int = 0
    name: ClassVar[str] = "mcts"
    seeded: ClassVar[bool] = True

    def __post_init__(self) -> None:
        counts = ("rollouts", "width", "max_new_tokens", "rollout_beams", "line_tokens", "parallel")
        for what in (*counts, "max_programs"):
            value = getattr(self, what)
            if value is not None and value < 1:
                raise ValueError(f"{what} must be at least 1, not {value}")
        for what, allowed in (
            ("action", ("token", "line")),
            ("policy", POLICIES),
            ("rollout", ROLLOUTS),
        ):
            if getattr(self, what) not in allowed:
                choices = ", ".join(allowed)
                raise ValueError(f"{what} must be one of {choices}, not {getattr(self, what)!r}")
        self._caches = Caches.parse(self.caches)

    @property
    def uses_beams(self) -> bool:
        """Whether it asks the model for beam search (a local model then decodes on torch)."""
        return self.rollout == "beam"

    @property
    def stops_early(self) -> bool:
        return True  # budgets of programs and seconds end a tree before its rollouts

    def cells(self) -> list[str]:
        return [f"{self.action} r={self.rollouts} w={self.width}"]

    def per_task(self, cell: str) -> int:
        return min(self.rollouts, self.max_programs or self.rollouts)

    def planned(self, tasks: int) -> int:
        return tasks * self.per_task(self.cells()[0])

    def run(self, model: Model, tasks: Sequence[Task], ledger: Ledger) -> None:
        if hasattr(model, "thread_view"):  # llama.cpp: a context per tree, see parallel_trees
            from workbench.search.parallel_trees import run_parallel

            run_parallel(self, model, tasks, ledger)
            return
        for task in tasks:
            self.run_one(model, task, ledger)

    def run_one(self, model: Model, task: Task, ledger: Ledger) -> None:
        """One task's search with its bookkeeping: skipped when finished, refused when its
        prompt does not fit, its tree saved."""
        cell = self.cells()[0]
        recorded = sum(1 for k in ledger.done if k[0] == task.key and k[1] == cell)
        if ledger.finished(task, cell):
            ledger.skip(max(0, self.per_task(cell) - recorded))
            return
        try:
            tree = self.run_task(model, task, ledger)
        except ContextLengthError as exc:
            ledger.refuse(task, cell, str(exc))
            return
        ledger.skip(max(0, self.per_task(cell) - max(recorded, len(tree.programs))))
        ledger.save_tree(task, cell, self.tree_record(task, cell, tree))

    def unsupported(self, model: Model, chat: bool) -> str | None:
        """Why this search cannot run on `model` (with chat prompts), or None: asked before
        a run is made."""
        return cannot_expand(self.action, self.rollout, model, chat)

    def tree_record(self, task: Task, cell: str, tree: Tree) -> dict[str, Any]:
        params = {**recorded_params(self), "name": self.name}
        return export(tree, task, cell, self.action, params)

    def run_task(self, model: Model, task: Task, ledger: Ledger) -> Tree:
        """Search one task; every new program goes through the ledger's `evaluate` (or is
        taken from its `done` when a resumed run recorded it)."""
        done = ledger.done
        cell = self.cells()[0]
        clock = Clock()
        expander = make_expander(self.action, model, task, self.__dict__, self._caches)
        start = answer_code_start(task.prompt.prefill) if self.prune else None

        def prune(state: State) -> str | None:
            if start is None:
                return None
            return dead_end(partial_code(task.prompt.prefill, expander.text(state), start))

        def candidate(index: int, node: Node, comp: Any, code: str, repeat: bool) -> Candidate:
            gen = Generation(
                comp.text,
                comp.tokens,
                comp.finish_reason,
                None if comp.logprob is None else node.logprior + comp.logprob,
                comp.token_ids,
                clock(),
            )
            extra = {"rollout": node.order, "node": node.id, "depth": len(node.state)}
            extra |= {"repeat": True} if repeat else {}
            return Candidate(task, cell, index, code, gen, clock(), None, extra)

        def score(index: int, node: Node, comp: Any, code: str) -> float:
            key = (task.key, cell, index)
            if key in done:
                return done[key]
            return ledger.evaluate([candidate(index, node, comp, code, False)])[0]

        def rescore(program: Program, node: Node, comp: Any) -> float:
            return ledger.evaluate([candidate(program.index, node, comp, program.code, True)])[0]

        def step(n: int, tree: Tree) -> None:
            best = max((p.reward for p in tree.programs), default=0.0)
            what = f"{len(tree.programs)} programs, best public {best:.2f}"
            ledger.progress(task, cell, n, self.rollouts, what)

        rules = TreeRules(
            self.rollouts, self.policy, self.c, self.c_base, self.max_programs,
            self.max_seconds, self.stop_on_pass, self._caches.reward,
        )  # fmt: skip
        to_code = lambda text: extract_program(task.prompt, text)  # noqa: E731
        return search(expander, rules, Scoring(score, to_code, rescore, prune, step))
