"""Rewriting: the engine every rewriter runs in.

A rewriter (one module in `rewriters/`, registered by name) restates a problem. It says
whether it applies to a problem, which LLM calls it needs (`asks`: prompts rendered from
`prompts/rewrite/<name>.jinja`, one per section it rewrites), builds the variant from the
answers (the other sections verbatim, so formats and examples survive by construction),
and checks it mechanically. `rewrite_all` runs a rewriter over many problems in rounds:
round 0 decodes greedily, every later round samples with a new seed, and only problems
whose variant failed a check take part in the next round. After `attempts` rounds a
problem's variant is rejected, with the failed checks as the reason: never used silently.

Deterministic rewriters (examples, renamed) ask nothing and need no model.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import importlib
import pkgutil
from abc import ABC, abstractmethod
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal

from workbench.execution import Executor
from workbench.models.base import Model, Request
from workbench.problems import Problem, Variant
from workbench.prompting import Prompt, template_hash

Status = Literal["accepted", "rejected", "not_applicable"]
RETRY_TEMPERATURE = 0.7
BUCKETS = (128, 256, 384, 512, 768, 1024)  # answer budgets that are batched together


class NotApplicable(Exception):
    """The rewriter does not apply to this problem; the message says why."""


class Rejected(Exception):
    """A variant failed a check while it was built; `check` names it."""

    def __init__(self, check: str, why: str) -> None:
        super().__init__(f"{check}: {why}")
        self.check = check
        self.why = why


@dataclass(frozen=True)
class Ask:
    """One LLM call a rewriter needs for a problem (one section, one example, ...)."""

    key: str
    prompt: Prompt
    max_new_tokens: int = 384


@dataclass
class Tools:
    """What building or checking a variant may use besides the model's answers."""

    executor: Executor | None = None


class Rewriter(ABC):
    """Base of every rewriter. Subclasses set `name`, build variants, and override what
    else they need."""

    name: ClassVar[str] = ""
    uses_model: ClassVar[bool] = True
    # Only call problems / only stdio problems; None = both.
    io: ClassVar[str | None] = None

    def applicable(self, problem: Problem) -> str | None:
        """None when the rewriter applies to `problem`, else why it does not."""
        if self.io is not None and problem.io != self.io:
            return f"{self.name} applies to {self.io} problems; {problem.id} is {problem.io}"
        return None

    def asks(self, problem: Problem) -> list[Ask]:
        """The LLM calls this problem needs (none for deterministic rewriters)."""
        return []

    @abstractmethod
    def build(self, problem: Problem, answers: dict[str, str], tools: Tools) -> Variant:
        """The variant from the model's answers (by ask key); raises Rejected or
        NotApplicable."""

    def checks(self, problem: Problem, variant: Variant, tools: Tools) -> dict[str, str | None]:
        """Mechanical checks: name -> None when passed, else what failed."""
        return {}

    def prompt_hash(self) -> str | None:
        """sha256 of the rewriter's instructions, where it has any."""
        try:
            return template_hash(f"rewrite/{self.name}")
        except ValueError:
            return None


# --- registry -------------------------------------------------------------------------------


def registry() -> dict[str, type[Rewriter]]:
    """Every rewriter in the `rewriters` package, by name (a module defines one subclass)."""
    import rewriters

    found: dict[str, type[Rewriter]] = {}
    for info in pkgutil.iter_modules(rewriters.__path__):
        module = importlib.import_module(f"rewriters.{info.name}")
        for obj in vars(module).values():
            if (
                isinstance(obj, type)
                and issubclass(obj, Rewriter)
                and obj.name
                and obj.__module__ == module.__name__
            ):
                found[obj.name] = obj
    return dict(sorted(found.items()))


def get(name: str) -> Rewriter:
    known = registry()
    if name not in known:
        raise KeyError(f"unknown rewriter {name!r} (known: {', '.join(known)})")
    return known[name]()


# --- running a rewriter ---------------------------------------------------------------------


@dataclass
class Outcome:
    """What became of one problem under one rewriter."""

    problem_id: str
    status: Status
    variant: Variant | None = None
    reason: str = ""
    attempts: int = 0
    failures: list[str] = field(default_factory=list)  # every failed check, per attempt
    last_rejected: str | None = None  # the statement of the last rejected attempt, to read

    def to_dict(self) -> dict[str, Any]:
        return {
            "problem_id": self.problem_id,
            "status": self.status,
            "reason": self.reason,
            "attempts": self.attempts,
            "failures": self.failures,
            **({"last_rejected": self.last_rejected} if self.status == "rejected" else {}),
        }


Report = Callable[[int, str], None]  # (problems finished, what)


def rewrite_all(
    rewriter: Rewriter,
    problems: Sequence[Problem],
    model: Model | None,
    tools: Tools,
    seed: int = 0,
    attempts: int = 3,
    model_id: str | None = None,
    weights_hash: str | None = None,
    progress: Report | None = None,
) -> list[Outcome]:
    """Rewrite every problem: greedy first, then up to `attempts - 1` sampled retries for
    the ones whose variant failed a check."""
    report = progress or (lambda n, what: None)
    outcomes: dict[str, Outcome] = {}
    pending: list[Problem] = []
    for p in problems:
        why = rewriter.applicable(p)
        if why:
            outcomes[p.id] = Outcome(p.id, "not_applicable", reason=why)
            report(1, f"{p.id}: not applicable")
        else:
            outcomes[p.id] = Outcome(p.id, "rejected")
            pending.append(p)
    base = {
        "rewriter": rewriter.name,
        "model": model_id if rewriter.uses_model else None,
        "weights_hash": weights_hash if rewriter.uses_model else None,
        "prompt_hash": rewriter.prompt_hash(),
    }
    for attempt in range(attempts if rewriter.uses_model else 1):
        if not pending:
            break
        round_seed = seed + attempt
        answers = _answer(rewriter, pending, model, attempt, round_seed)
        still = []
        for p in pending:
            out = outcomes[p.id]
            out.attempts = attempt + 1
            try:
                variant = rewriter.build(p, answers[p.id], tools)
                results = rewriter.checks(p, variant, tools)
                failed = {k: v for k, v in results.items() if v}
                passed = sorted(results)
            except NotApplicable as exc:
                out.status, out.reason = "not_applicable", str(exc)
                report(1, f"{p.id}: not applicable")
                continue
            except Rejected as exc:
                failed, variant, passed = {exc.check: exc.why}, None, []
            except (ValueError, SyntaxError) as exc:
                # A model's text that breaks the statement's shape (e.g. a docstring whose
                # prose now opens like an example): a failed check, not a crash.
                failed, variant, passed = {"well-formed": str(exc)}, None, []
            if failed:
                out.last_rejected = variant.statement if variant is not None else None
                out.failures += [f"attempt {attempt + 1}: {k}: {v}" for k, v in failed.items()]
                out.reason = "; ".join(f"{k}: {v}" for k, v in failed.items())
                still.append(p)
                continue
            assert variant is not None
            provenance = base | {
                "seed": round_seed,
                "temperature": 0.0 if attempt == 0 else RETRY_TEMPERATURE,
                "attempt": attempt + 1,
                "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
                "checks": passed,
                **variant.provenance,
            }
            out.status, out.reason = "accepted", ""
            out.variant = Variant(
                problem_id=variant.problem_id,
                variant=variant.variant,
                statement=variant.statement,
                starter_code=variant.starter_code,
                entry_point=variant.entry_point,
                driver=variant.driver,
                provenance=provenance,
            )
            report(1, f"{p.id}: accepted")
        pending = still
    for p in pending:
        report(1, f"{p.id}: rejected")
    return [outcomes[p.id] for p in problems]


def _answer(
    rewriter: Rewriter,
    problems: Sequence[Problem],
    model: Model | None,
    attempt: int,
    seed: int,
) -> dict[str, dict[str, str]]:
    """The model's answer to every ask of every problem, batched by answer length."""
    answers: dict[str, dict[str, str]] = {p.id: {} for p in problems}
    asks = [(p.id, a) for p in problems for a in rewriter.asks(p)]
    if not asks:
        return answers
    if model is None:
        raise ValueError(f"rewriter {rewriter.name} needs a model")
    temperature = 0.0 if attempt == 0 else RETRY_TEMPERATURE
    # One generate call per length bucket, so that asks batch together (a row stops at its
    # end of text; the bucket's budget only bounds the ones that ramble).
    by_length: dict[int, list[tuple[str, Ask]]] = {}
    for pid, a in asks:
        bucket = next((b for b in BUCKETS if a.max_new_tokens <= b), a.max_new_tokens)
        by_length.setdefault(bucket, []).append((pid, a))
    for max_new, group in by_length.items():
        requests = [
            Request(a.prompt.prompt, a.prompt.prefill, seed=_ask_seed(seed, pid, a.key))
            for pid, a in group
        ]
        stops = sorted({s for _, a in group for s in a.prompt.stop})
        gens = model.generate(
            requests, n=1, temperature=temperature, max_new_tokens=max_new, stop=stops
        )
        for (pid, a), g in zip(group, gens, strict=True):
            answers[pid][a.key] = g[0].text
    return answers


def _ask_seed(seed: int, problem_id: str, key: str) -> int:
    """A seed per (round, problem, ask), stable across runs and batch compositions."""
    digest = hashlib.sha256(f"{seed}|{problem_id}|{key}".encode()).digest()
    return int.from_bytes(digest[:4], "big")


def acceptance(outcomes: Sequence[Outcome]) -> dict[str, Any]:
    """Counts per status and the acceptance rate among applicable problems."""
    counts = {s: sum(o.status == s for o in outcomes) for s in ("accepted", "rejected")}
    counts["not_applicable"] = sum(o.status == "not_applicable" for o in outcomes)
    applicable = counts["accepted"] + counts["rejected"]
    return counts | {
        "applicable": applicable,
        "acceptance_rate": counts["accepted"] / applicable if applicable else None,
        "attempts": sum(o.attempts for o in outcomes),
    }
