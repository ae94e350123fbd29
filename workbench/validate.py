"""`workbench corpus validate`: every check a corpus must pass, one defect per line.

For every corpus: the card and each problem line parse (schema), ids are unique and
carry the corpus name, problem sets name existing problems, examples appear in the
statement (and, where the card's rules say so, are exactly the public tests), the
reference solution passes every test in the sandbox within the card's limits, and every
further solution agrees with it. For authored corpora also: the sources parse, the built
file matches them, generators reproduce the private tests byte for byte, and every wrong
solution in `src/NNN/wrong/` fails a private test.
"""

from __future__ import annotations

import json
import threading
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from workbench.authoring import (
    AuthoringError,
    Layout,
    assemble,
    card_limits,
    chosen_numbers,
    layout,
    read_source,
    run_generator,
)
from workbench.corpus import (
    CorpusError,
    corpora_dir,
    load_card,
    load_corpus,
    load_set,
    parse_ref,
    set_names,
)
from workbench.execution import Executor
from workbench.execution.prelude import unrunnable
from workbench.problems import Outcome, Problem, ProblemFormatError, TestResult
from workbench.statement_markdown import StatementError, parse_statement


@dataclass(frozen=True)
class Defect:
    where: str  # a problem id, or the corpus name
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


@dataclass
class ValidationReport:
    """What `validate` found in one corpus: its defects, and the facts the summary line
    prints (slowest reference, how the wrong solutions were caught)."""

    corpus: str
    problems: int = 0
    defects: list[Defect] = field(default_factory=list)
    slowest: dict[str, float] = field(default_factory=dict)  # reference, per problem
    wrong_total: int = 0
    wrong_passing_examples: int = 0
    wrong_caught_by: Counter[str] = field(default_factory=Counter)  # first failing outcome
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def add(self, where: str, message: str) -> None:
        with self._lock:
            self.defects.append(Defect(where, message))

    @property
    def wrong_caught(self) -> int:
        return sum(self.wrong_caught_by.values())

    def count_wrong(self, caught_by: Outcome | None, passes_examples: bool) -> None:
        with self._lock:
            self.wrong_total += 1
            self.wrong_passing_examples += passes_examples
            if caught_by is not None:
                self.wrong_caught_by[caught_by.value] += 1

    def summary_line(self) -> str:
        """Problems, defects, the slowest reference test and how wrong solutions were caught."""
        slow = max(self.slowest.items(), key=lambda kv: kv[1], default=None)
        line = f"{self.corpus}: {self.problems} problems, {len(self.defects)} defects"
        if slow:
            line += f"; slowest reference test {slow[1]:.2f} s ({slow[0]})"
        if self.wrong_total:
            line += (
                f"; wrong solutions caught {self.wrong_caught}/{self.wrong_total} "
                f"({self.wrong_passing_examples} of them pass the examples; first failure: "
                + ", ".join(f"{k} {v}" for k, v in self.wrong_caught_by.most_common())
                + ")"
            )
        return line

    def to_dict(self) -> dict[str, Any]:
        return {
            "corpus": self.corpus,
            "problems": self.problems,
            "defects": [str(d) for d in self.defects],
            "slowest_reference_s": self.slowest,
            "wrong_solutions": {
                "total": self.wrong_total,
                "caught": self.wrong_caught,
                "caught_by": dict(self.wrong_caught_by),
                "passing_the_examples": self.wrong_passing_examples,
            },
        }


def chosen_ids(ref: str, spec: str | None) -> list[str] | None:
    """The problem ids `--problems` names in corpus `ref` (None: all). Authored ids are
    zero-padded numbers, so 7 names fresh/007; elsewhere a bare name gets the corpus prefix."""
    if not spec:
        return None
    name, location, _ = parse_ref(ref)
    lay = layout(name) if location is None else None
    if lay is not None:
        return [f"{name}/{n}" for n in chosen_numbers(lay, spec)]
    parts = [p.strip() for p in spec.split(",") if p.strip()]
    return [p if "/" in p else f"{name}/{p}" for p in parts]


def validate(
    ref: str, only: list[str] | None = None, progress: Callable[[int, int], None] | None = None
) -> ValidationReport:
    """Validate corpus `ref` (NAME or NAME:LOCATION[@SPLIT], as everywhere), only the
    problems whose ids are in `only` when given."""
    report = ValidationReport(corpus=ref)
    name, location, _ = parse_ref(ref)
    try:
        card = load_card(name)
    except CorpusError as exc:
        report.add(name, str(exc))
        return report
    problems = _load(ref, card, report)
    if problems is None:
        return report
    _check_ids_and_sets(name, problems, report)
    lay = layout(name) if location is None else None
    chosen = [p for p in problems if only is None or p.id in only]
    known = {p.id for p in problems}
    for pid in only or ():
        if pid not in known:
            report.add(pid, f"no such problem in corpus {name}")
    report.problems = len(chosen)
    if lay is not None:
        _check_sources_present(lay, problems, report, only)
    rules = card.get("rules") or {}
    for p in chosen:
        _check_statement(p, rules, authored=lay is not None, report=report)
    # Named before anything runs; running them would only give sandbox errors.
    unrunnable_ids = {p.id for p in chosen if _check_runnable(p, report)}
    chosen = [p for p in chosen if p.id not in unrunnable_ids]
    executor = Executor(limits=card_limits(card))
    with executor, ThreadPoolExecutor(executor.size) as pool:
        futures = [pool.submit(_check_solutions, p, executor, rules, report) for p in chosen]
        if lay is not None:
            futures += [pool.submit(_check_authored, lay, p, executor, report) for p in chosen]
        for n, future in enumerate(futures, 1):
            future.result()
            if progress:
                progress(n, len(futures))
    order = {p.id: i for i, p in enumerate(problems)}
    report.defects.sort(key=lambda d: order.get(d.where, -1))
    return report


def _load(ref: str, card: dict[str, Any], report: ValidationReport) -> list[Problem] | None:
    """The problems, reporting each malformed line of our own files (not just the first)."""
    name, location, _ = parse_ref(ref)
    if card["source"].get("type") != "jsonl" or location is not None:
        try:
            return list(load_corpus(ref).problems)
        except (CorpusError, ProblemFormatError, ValueError) as exc:
            report.add(name, f"cannot load: {exc}")
            return None
    path = corpora_dir() / name / card["source"].get("path", "problems.jsonl")
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        report.add(name, f"cannot read {path}: {exc}")
        return None
    problems = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            problems.append(Problem.from_dict(json.loads(line)))
        except ValueError as exc:
            report.add(name, f"{path.name}:{n}: {exc}")
    return problems


def _check_ids_and_sets(name: str, problems: list[Problem], report: ValidationReport) -> None:
    seen: set[str] = set()
    for p in problems:
        if not p.id.startswith(name + "/"):
            report.add(p.id, f"id must start with '{name}/'")
        if p.id in seen:
            report.add(p.id, "duplicate id")
        seen.add(p.id)
    for set_name in set_names():
        try:
            ids = load_set(set_name).ids
        except CorpusError as exc:
            report.add(name, str(exc))
            continue
        for pid in ids:
            if pid.startswith(name + "/") and pid not in seen:
                report.add(name, f"set {set_name} names {pid}, which the corpus does not have")


def _check_sources_present(
    lay: Layout, problems: list[Problem], report: ValidationReport, only: list[str] | None
) -> None:
    built = {p.id for p in problems}
    sources = {f"{lay.name}/{n}" for n in lay.numbers()}
    for pid in sorted(sources - built):
        if only is None or pid in only:
            report.add(pid, f"has sources but is not built (workbench corpus build {lay.name})")
    for pid in sorted(built - sources):
        if only is None or pid in only:
            report.add(pid, f"is built but has no sources in {lay.src.name}/")


def _check_statement(
    p: Problem, rules: dict[str, Any], authored: bool, report: ValidationReport
) -> None:
    if not p.statement.strip():
        report.add(p.id, "empty statement")
    squashed = " ".join(p.statement.split())
    for k, ex in enumerate(p.examples, 1):
        for part, text in (("input", ex.input), ("output", ex.output)):
            if " ".join(text.split()) not in squashed:
                report.add(p.id, f"example {k}: its {part} does not appear in the statement")
    public = [p.tests[i] for i in p.public_tests]
    if p.io == "stdio":
        for k, ex in enumerate(p.examples, 1):
            if not any(_same_io(ex.input, ex.output, t.input, t.output) for t in public):
                report.add(p.id, f"example {k} is not a public test")
        if rules.get("public_equals_examples") and len(public) != len(p.examples):
            report.add(p.id, f"{len(public)} public tests but {len(p.examples)} examples")
        inputs = [t.input for t in p.tests]
        dupes = len(inputs) - len(set(inputs))
        if dupes:
            report.add(p.id, f"{dupes} test input(s) repeat an earlier test")
    if not public:
        report.add(p.id, "no public test")
    lo, hi = rules.get("min_examples"), rules.get("max_examples")
    if lo is not None and len(p.examples) < lo or hi is not None and len(p.examples) > hi:
        report.add(p.id, f"{len(p.examples)} examples; the card asks for {lo}-{hi}")
    if len(p.private_tests) < rules.get("min_private", 0):
        report.add(
            p.id,
            f"{len(p.private_tests)} private tests; the card asks for at least "
            f"{rules['min_private']}",
        )
    allowed = rules.get("difficulties")
    if allowed and p.meta.get("difficulty") not in allowed:
        report.add(p.id, f"difficulty {p.meta.get('difficulty')!r} is not one of {allowed}")
    if authored:
        try:
            parse_statement(f"# {p.title}\n\n{p.statement}")
        except StatementError as exc:
            report.add(p.id, f"statement: {exc}")


def _check_runnable(p: Problem, report: ValidationReport) -> bool:
    """Report the problem if it cannot run at all; True when it cannot."""
    reason = unrunnable(p)
    if reason is not None:
        report.add(p.id, reason)
    return reason is not None


def _same_io(a_in: str, a_out: str, b_in: str | None, b_out: str | None) -> bool:
    return a_in.split() == (b_in or "").split() and a_out.split() == (b_out or "").split()


def _check_solutions(
    p: Problem, executor: Executor, rules: dict[str, Any], report: ValidationReport
) -> None:
    if not p.solutions:
        report.add(p.id, "no reference solution")
        return
    results = executor.run(p.solutions[0], p)
    for r in results:
        if not r.passed:
            kind = "public" if r.public else "private"
            report.add(p.id, f"reference fails {kind} test {r.test}: {r.outcome.value} {r.detail}")
    report.slowest[p.id] = round(max((r.seconds for r in results), default=0.0), 3)
    for k, program in enumerate(p.solutions[1:], 2):
        indices = _independent_tests(p)
        if p.meta.get("independent") == "brute":
            covered = sum(1 for i in indices if not p.tests[i].public)
            least = rules.get("min_brute_private", 0)
            if not set(p.public_tests) <= set(indices) or covered < least:
                report.add(
                    p.id,
                    f"the brute force runs on {covered} private tests and "
                    f"{len(set(indices) & set(p.public_tests))}/{len(p.public_tests)} public ones "
                    f"(raise brute_max_input_bytes or add small tests: it needs every public "
                    f"test and {least} private ones)",
                )
        for r in executor.run(program, p, indices):
            if not r.passed:
                report.add(
                    p.id,
                    f"solution {k} disagrees on test {r.test}: {r.outcome.value} {r.detail}",
                )


def _independent_tests(p: Problem) -> list[int]:
    limit = p.meta.get("brute_max_input_bytes")
    if p.meta.get("independent") != "brute" or not isinstance(limit, int):
        return list(range(len(p.tests)))
    return [i for i, t in enumerate(p.tests) if len((t.input or "").encode()) <= limit]


def _check_authored(lay: Layout, p: Problem, executor: Executor, report: ValidationReport) -> None:
    number = p.id.split("/", 1)[1]
    if not (lay.src / number).is_dir():
        return  # reported by _check_sources_present
    try:
        src = read_source(lay, number)
        seed, inputs = run_generator(src.generator)
    except AuthoringError as exc:
        report.add(p.id, str(exc).removeprefix(f"{p.id}: "))
        return
    private = [p.tests[i] for i in p.private_tests]
    stored = [t.input or "" for t in private]
    if inputs != stored:
        first = next(
            (i for i, (a, b) in enumerate(zip(inputs, stored, strict=False)) if a != b), None
        )
        where = f"first difference at generated input {first}" if first is not None else ""
        report.add(
            p.id,
            f"the generator gives {len(inputs)} inputs, the corpus stores {len(stored)}"
            f"{'; ' + where if where else ''} (rebuild: workbench corpus build {lay.name} "
            f"--problems {number})",
        )
    expected = assemble(lay, src, seed, [(t.input or "", t.output or "") for t in private])
    want, have = expected.to_dict(), p.to_dict()
    for key in ("title", "statement", "examples", "solutions", "meta"):
        if want[key] != have[key]:
            report.add(
                p.id,
                f"{key} differs from the sources (workbench corpus build {lay.name} "
                f"--problems {number})",
            )
    if not src.wrong:
        report.add(p.id, f"no wrong solutions in src/{number}/wrong/")
    by_size = sorted(p.private_tests, key=lambda i: (len(p.tests[i].input or ""), i))
    for stem, program in src.wrong.items():
        examples = all(r.passed for r in executor.run(program, p, p.public_tests))
        failure = _first_failure(executor, program, p, by_size)
        if failure is None:
            report.add(p.id, f"wrong solution {stem}.py passes every private test")
        report.count_wrong(failure.outcome if failure else None, examples)


def _first_failure(
    executor: Executor, program: str, p: Problem, order: list[int]
) -> TestResult | None:
    """The first test (in `order`) the program fails; tests run one at a time, so a slow
    wrong solution costs one time limit, not one per test."""
    for i in order:
        result = executor.run(program, p, [i])[0]
        if not result.passed:
            return result
    return None
