"""What an MCTS action is: a token (local models) or a line (any model), and how a state
is completed into a whole answer. `mcts.py` holds the one search algorithm; it asks an
expander for a state's children (with priors) and for a rollout from a state.

- `TokenExpander`: children are the model's top-k next tokens with their probabilities;
  rollouts decode greedily (or by beam search, or by sampling) from the state's tokens.
  Caches: top-k of every prefix a rollout passed through; greedy completions reused for
  any later state on their path; the attention cache kept across calls (`Continuer`).
- `LineExpander`: children are k sampled continuations cut at their first newline, with
  their share of the samples as prior (an endpoint gives no next-token probabilities);
  rollouts are one `generate` call from the state's text. Caches: greedy completions.

A state is the tuple of actions from the root; its text is the answer after the prefill.
Sequence reuse is exact for greedy rollouts: a greedy completion from a state passes
through every later state on its path and continues from each the same way. It is never
used for sampled or beam rollouts, whose result from a state would differ.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass
from typing import Any, Protocol

from workbench.models.base import (
    STOP_WINDOW,
    Model,
    ModelCapabilityError,
    Request,
    truncate_at_stop,
)
from workbench.search.base import Task

State = tuple[Any, ...]


@dataclass(frozen=True)
class Caches:
    topk: bool = True
    sequence: bool = True
    kv: bool = True
    reward: bool = True

    @classmethod
    def parse(cls, spec: str) -> Caches:
        """`all`, `none`, or a comma list of topk, sequence, kv, reward."""
        names = {x.strip() for x in spec.split(",") if x.strip()}
        if names == {"all"}:
            return cls()
        if names in ({"none"}, set()):
            return cls(False, False, False, False)
        unknown = names - {"topk", "sequence", "kv", "reward"}
        if unknown:
            raise ValueError(
                f"unknown cache {', '.join(sorted(unknown))}: use all, none, or a comma list "
                "of topk, sequence, kv, reward"
            )
        return cls(*(n in names for n in ("topk", "sequence", "kv", "reward")))


@dataclass(frozen=True)
class Child:
    action: Any
    text: str
    prior: float
    terminal: bool


@dataclass(frozen=True)
class Completion:
    """A whole answer reached from a state: its text after the prefill (cut before a stop
    string), with what the model says about it."""

    text: str
    tokens: int
    finish_reason: str
    logprob: float | None
    token_ids: tuple[int, ...] | None


class Expander(Protocol):
    kind: str
    hits: Counter[str]

    def children(self, state: State) -> list[Child]: ...

    def text(self, state: State) -> str: ...

    def complete(self, state: State, terminal: bool) -> Completion: ...

    def stats(self) -> dict[str, Any]: ...


def state_seed(seed: int, key: str) -> int:
    digest = hashlib.sha256(f"{seed}|{key}".encode()).digest()
    return int.from_bytes(digest[:8], "little") >> 1


class TokenExpander:
    kind = "token"

    def __init__(
        self,
        model: Any,
        task: Task,
        width: int,
        max_new_tokens: int,
        caches: Caches,
        rollout: str = "greedy",
        beams: int = 2,
        temperature: float = 0.8,
        seed: int = 0,
    ) -> None:
        self.model, self.task, self.width, self.budget = model, task, width, max_new_tokens
        self.caches, self.rollout_kind, self.beams = caches, rollout, beams
        self.temperature, self.seed = temperature, seed
        self.stop = tuple(task.prompt.stop)
        self.prompt = tuple(model.encode(task.request))
        # The model's own continuer: attention caches as its engine keeps them.
        self.continuer = model.continuer(reuse_kv=caches.kv)
        self.topk: dict[State, list[tuple[int, float]]] = {}
        self.sequences: list[tuple[State, int, str, float]] = []  # (tokens, start, reason, lp)
        self.hits: Counter[str] = Counter()

    def _ends(self, state: State) -> bool:
        if state and state[-1] in self.model.eos_token_ids:
            return True
        if len(state) >= self.budget:
            return True
        tail = self.model.decode(state[-STOP_WINDOW:])
        return any(s and s in tail for s in self.stop)

    def text(self, state: State) -> str:
        return truncate_at_stop(self.model.decode(state), self.stop)[0]

    def children(self, state: State) -> list[Child]:
        pairs = self.topk.get(state) if self.caches.topk else None
        if pairs is None:
            pairs = self.continuer.topk(self.prompt + state, self.width)
            if self.caches.topk:
                self.topk[state] = pairs
        else:
            self.hits["topk"] += 1
        return [
            Child(tok, self.model.decode([tok]), p, self._ends((*state, tok))) for tok, p in pairs
        ]

    def _record(self, prefix: tuple[int, ...], probs: Any) -> None:
        from workbench.models.continuation import topk_of

        key = prefix[len(self.prompt) :]
        if key not in self.topk:
            self.topk[key] = topk_of(probs, self.width)

    def complete(self, state: State, terminal: bool) -> Completion:
        if terminal:
            return self._completion(state, "stop" if self._ends(state) else "length", 0.0)
        greedy = self.rollout_kind == "greedy"
        if greedy and self.caches.sequence:
            n = len(state)
            for seq, start, reason, lp in self.sequences:
                if start <= n < len(seq) and seq[:n] == state:
                    self.hits["sequence"] += 1
                    return self._completion(seq, reason, lp)
        budget = self.budget - len(state)
        if self.rollout_kind == "beam":
            done = self.continuer.beam_rollout(
                self.prompt + state, self.beams, budget, self.stop, self.model.tokenizer
            )
        else:
            done = self.continuer.rollout(
                self.prompt + state,
                budget,
                lambda new: self._ends((*state, *new)),
                temperature=0.0 if greedy else self.temperature,
                seed=state_seed(self.seed, repr(state)),
                on_step=self._record if self.caches.topk else None,
            )
        seq = (*state, *done.tokens)
        if greedy and self.caches.sequence:
            self.sequences.append((seq, len(state), done.reason, done.logprob))
        return self._completion(seq, done.reason, done.logprob)

    def _completion(self, seq: State, reason: str, lp: float) -> Completion:
        ids = tuple(int(t) for t in seq)
        body = ids[:-1] if ids and ids[-1] in self.model.eos_token_ids else ids
        return Completion(self.text(body), len(ids), reason, lp, ids)

    def stats(self) -> dict[str, Any]:
        c = self.continuer
        return {
            "forward_tokens": c.forward_tokens,
            "forward_calls": c.forward_calls,
            "reused_kv_tokens": c.reused_tokens,
            "prompt_tokens": len(self.prompt),
        }


class LineExpander:
    kind = "line"

    def __init__(
        self,
        model: Model,
        task: Task,
        width: int,
        max_new_tokens: int,
        caches: Caches,
        rollout: str = "greedy",
        temperature: float = 0.8,
        line_temperature: float = 0.8,
        line_tokens: int = 48,
        seed: int = 0,
    ) -> None:
        self.model, self.task, self.width, self.budget = model, task, width, max_new_tokens
        self.caches, self.rollout_kind = caches, rollout
        self.temperature, self.line_temperature = temperature, line_temperature
        self.line_tokens, self.seed = line_tokens, seed
        self.stop = list(task.prompt.stop)
        self.sequences: list[tuple[str, int, str]] = []  # (text, start, reason)
        self.hits: Counter[str] = Counter()
        self.generated_tokens = 0
        self.calls = 0

    def text(self, state: State) -> str:
        return "".join(state)

    def _request(self, text: str, key: str) -> Request:
        p = self.task.prompt
        return Request(p.prompt, p.prefill + text, seed=state_seed(self.seed, key + text))

    def _used(self, text: str) -> int:
        return self.model.count_tokens(Request("", text)) if text else 0

    def _check(self, prefilled: bool) -> None:
        if not prefilled:
            raise ModelCapabilityError(
                f"{self.model.id} does not continue a given answer start (prefill), so "
                "line-level MCTS cannot build on a state; use a completion template or "
                "--search sample"
            )

    def children(self, state: State) -> list[Child]:
        text = self.text(state)
        room = self.budget - self._used(text)
        if room <= 0:
            return []
        gens = self.model.generate(
            [self._request(text, "expand|")],
            n=self.width,
            temperature=self.line_temperature,
            max_new_tokens=min(self.line_tokens, room),
            stop=self.stop,
        )[0]
        self.calls += 1
        counts: Counter[str] = Counter()
        ends: dict[str, bool] = {}
        for g in gens:
            self._check(g.prefilled)
            self.generated_tokens += g.tokens
            if "\n" in g.text:
                piece, end = g.text[: g.text.index("\n") + 1], False
            else:
                piece, end = g.text, g.finish_reason == "stop"
            counts[piece] += 1
            ends[piece] = ends.get(piece, False) or end
        kids = []
        for piece, k in counts.items():  # first appearance order; sorted by prior below
            full = self._used(text + piece) >= self.budget
            kids.append(Child(piece, piece, k / len(gens), ends[piece] or full))
        return sorted(kids, key=lambda c: -c.prior)

    def complete(self, state: State, terminal: bool) -> Completion:
        text = self.text(state)
        if terminal:
            return Completion(text, self._used(text), "stop", None, None)
        greedy = self.rollout_kind == "greedy"
        if greedy and self.caches.sequence:
            for full, start, reason in self.sequences:
                if start <= len(text) < len(full) and full.startswith(text):
                    self.hits["sequence"] += 1
                    return Completion(full, self._used(full), reason, None, None)
        room = max(1, self.budget - self._used(text))
        request = self._request(text, "rollout|")
        if self.rollout_kind == "beam":
            gen = self.model.beam(request, 2, room, self.stop)[0]
        else:
            gen = self.model.generate(
                [request],
                temperature=0.0 if greedy else self.temperature,
                max_new_tokens=room,
                stop=self.stop,
            )[0][0]
        self._check(gen.prefilled)
        self.calls += 1
        self.generated_tokens += gen.tokens
        full = text + gen.text
        if greedy and self.caches.sequence:
            self.sequences.append((full, len(text), gen.finish_reason))
        return Completion(full, self._used(full), gen.finish_reason, None, None)

    def stats(self) -> dict[str, Any]:
        return {"generated_tokens": self.generated_tokens, "model_calls": self.calls}


def cannot_expand(action: str, rollout: str, model: Model, chat: bool) -> str | None:
    """Why an MCTS of this kind cannot run on `model` (with chat prompts), or None."""
    if action == "token" and not (model.capabilities.token_level and hasattr(model, "continuer")):
        return (
            f"{model.id} gives no next-token probabilities, so token-level MCTS cannot run "
            "on it; use --action line"
        )
    if action == "line" and chat and not model.capabilities.chat_prefill:
        return (
            f"{model.id} cannot continue a partial answer in a chat (its API takes no "
            "prefill), so line-level MCTS cannot build on a state; use --template completion"
        )
    if rollout == "beam" and not model.capabilities.beam:
        engine = (
            " (on llama.cpp: --engine torch has beam search)" if hasattr(model, "engine") else ""
        )
        return f"{model.id} cannot do beam search{engine}: use --rollout greedy or sample"
    return None


def make_expander(
    action: str, model: Model, task: Task, params: dict[str, Any], caches: Caches
) -> Expander:
    common = dict(
        width=params["width"],
        max_new_tokens=params["max_new_tokens"],
        caches=caches,
        rollout=params["rollout"],
        temperature=params["rollout_temperature"],
        seed=params["seed"],
    )
    why = cannot_expand(action, params["rollout"], model, task.prompt.kind == "chat")
    if why:
        raise ModelCapabilityError(why)
    if action == "token":
        return TokenExpander(model, task, beams=params["rollout_beams"], **common)
    return LineExpander(
        model,
        task,
        line_temperature=params["line_temperature"],
        line_tokens=params["line_tokens"],
        **common,
    )


def answer_code_start(prefill: str) -> int | None:
    """Where the code begins in `prefill + text` when the prefill opens a code fence (the
    answer is then code from its first token), else None: no syntax check applies."""
    lines = prefill.splitlines(keepends=True)
    offset = 0
    for line in lines:
        offset += len(line)
        if line.strip().startswith("```") and line.endswith("\n"):
            return offset
    return None


def partial_code(prefill: str, text: str, start: int) -> str:
    return (prefill + text)[start:]
