"""Rewriting: the engine every rewriter runs in.

A rewriter (one module in `rewriters/`, registered by name) restates a problem. It says
whether it applies to a problem, which LLM calls it needs (`asks`: prompts rendered from
`prompts/rewrite/<name>.jinja`, one per section it rewrites), builds the variant from the
answers (the other sections verbatim, so formats and examples survive by construction),
and checks it mechanically. `rewrite_all` runs a rewriter over many problems in rounds:
round 0 decodes greedily, every later round samples with a new seed, and only problems
whose variant failed a check take part in the next round. After `attempts` rounds a
problem's variant is rejected, with the failed checks as the reason: never used silently.
What became of each problem is a `RewriteResult` (`rewrite_result.py`).

Deterministic rewriters (examples, renamed) ask nothing and need no model. The registry
(`REWRITERS`, a `workbench.registry.Registry`) finds every rewriter of the `rewriters`
package: a module there that defines a subclass with a `name` is its registration; a
notebook or test adds its own with `REWRITERS.add(name, cls)`.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import importlib
import pkgutil
from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

from workbench.errors import WorkbenchError
from workbench.execution import Executor
from workbench.models.base import Model, Request
from workbench.problems import Problem, Variant
from workbench.progress import Reporter, Silent
from workbench.prompting import Prompt, TemplateError, template_hash
from workbench.registry import Registry
from workbench.rewrite_result import RewriteResult

RETRY_TEMPERATURE = 0.7
BUCKETS = (128, 256, 384, 512, 768, 1024)  # answer budgets that are batched together


class RewriteError(WorkbenchError, ValueError):
    """A rewrite asked for what cannot be done (no problems, no attempts, a rewriter with
    nothing to author, a review without a reason); the message says what to change."""


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
        except TemplateError:
            return None


# --- registry -------------------------------------------------------------------------------


REWRITERS: Registry[type[Rewriter]] = Registry("rewriter")


def registry() -> Registry[type[Rewriter]]:
    """Every rewriter by name: those of the `rewriters` package, in name order, then any
    added with `REWRITERS.add`."""
    _discover()
    return REWRITERS


@functools.cache
def _discover() -> None:
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
    for name, cls in sorted(found.items()):
        REWRITERS.add(name, cls)


def get(name: str) -> Rewriter:
    """A new instance of the rewriter `name`; UnknownName (with "did you mean") when there
    is none."""
    return registry().get(name)()


# --- running a rewriter ---------------------------------------------------------------------


def rewrite_all(
    rewriter: Rewriter,
    problems: Sequence[Problem],
    model: Model | None,
    tools: Tools,
    seed: int = 0,
    attempts: int = 3,
    model_id: str | None = None,
    weights_hash: str | None = None,
    reporter: Reporter | None = None,
    job: str = "rewrite",
) -> list[RewriteResult]:
    """Rewrite every problem: greedy first, then up to `attempts - 1` sampled retries for
    the ones whose variant failed a check. Each problem with a verdict advances `job` of
    `reporter` by one."""
    progress = reporter or Silent()

    def report(n: int, what: str) -> None:
        progress.advance(job, n, what)

    verdicts: dict[str, RewriteResult] = {}
    pending: list[Problem] = []
    for p in problems:
        why = rewriter.applicable(p)
        if why:
            verdicts[p.id] = RewriteResult(p.id, "not_applicable", reason=why)
            report(1, f"{p.id}: not applicable")
        else:
            verdicts[p.id] = RewriteResult(p.id, "rejected")
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
            out = verdicts[p.id]
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
    return [verdicts[p.id] for p in problems]


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
