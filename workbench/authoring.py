"""Authored corpora: per-problem sources and seeded generators, built into `problems.jsonl`.

A corpus whose card has `"authoring": {"src": "src", "generators": "generators"}` keeps
each problem NNN as `src/NNN/` (statement.md, meta.json, reference.py, brute.py,
wrong/*.py) plus `generators/NNN.py` (a `SEED` and `generate(rng) -> list[str]`); see
`corpora/fresh/README.md`. `build` turns them into problem lines: the examples of the
statement become the public tests, the generator's inputs the private tests, and the
reference solution, run in the sandbox, gives their expected outputs.
"""

from __future__ import annotations

import fcntl
import json
import os
import re
import subprocess
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from workbench.corpus import CorpusError, corpora_dir, load_card
from workbench.errors import WorkbenchError
from workbench.execution import Executor, Limits
from workbench.problems import Example, Outcome, Problem, Test
from workbench.statement_markdown import Statement, StatementError, parse_statement

DIFFICULTIES = ("easy", "medium", "hard")
INDEPENDENT = ("brute", "alternative")


class AuthoringError(WorkbenchError, ValueError):
    """An authored problem's sources are incomplete or malformed; the message says which."""


@dataclass(frozen=True)
class Source:
    """One authored problem, as read from its files."""

    problem_id: str
    statement: Statement
    meta: dict[str, Any]
    reference: str
    independent: str
    wrong: dict[str, str]  # file stem -> program
    generator: Path


@dataclass(frozen=True)
class Layout:
    name: str
    root: Path
    src: Path
    generators: Path
    card: dict[str, Any]

    @property
    def problems_file(self) -> Path:
        return self.root / self.card["source"].get("path", "problems.jsonl")

    def numbers(self) -> list[str]:
        if not self.src.is_dir():
            return []
        return sorted(p.name for p in self.src.iterdir() if p.is_dir())

    def limits(self) -> Limits:
        return card_limits(self.card)


def card_limits(card: dict[str, Any]) -> Limits:
    """The corpus's per-test limits (the card's `limits`), defaulting to the sandbox's."""
    given = card.get("limits") or {}
    defaults = Limits()
    return Limits(
        timeout_s=float(given.get("timeout_s", defaults.timeout_s)),
        memory_mb=int(given.get("memory_mb", defaults.memory_mb)),
    )


def layout(name: str) -> Layout | None:
    """The authoring layout of corpus `name`, or None when it is not authored."""
    card = load_card(name)
    spec = card.get("authoring")
    if not isinstance(spec, dict):
        return None
    root = corpora_dir() / name
    return Layout(
        name=name,
        root=root,
        src=root / spec.get("src", "src"),
        generators=root / spec.get("generators", "generators"),
        card=card,
    )


def require_layout(name: str) -> Layout:
    lay = layout(name)
    if lay is None:
        raise CorpusError(f"corpus {name} is not authored (its card has no 'authoring' entry)")
    return lay


def chosen_numbers(lay: Layout, spec: str | None) -> list[str]:
    """`001,7,fresh/012` -> ['001', '007', '012'], `041-043` -> ['041', '042', '043'] (the
    numbers, not positions); all sources when `spec` is empty."""
    known = lay.numbers()
    if not spec:
        return known
    width = max((len(n) for n in known), default=3)
    chosen = []
    for part in (p.strip() for p in spec.split(",")):
        if not part:
            continue
        low, sep, high = part.partition("-")
        if sep and low.strip().isdigit() and high.strip().isdigit():
            span = range(int(low), int(high) + 1)
            inside = [n for n in known if n.isdigit() and int(n) in span]
            if not inside:
                raise CorpusError(f"corpus {lay.name} has no authored problem in {part!r}")
            chosen += inside
            continue
        number = part.split("/", 1)[1] if part.startswith(lay.name + "/") else part
        if number.isdigit():
            number = number.zfill(width)
        if number not in known:
            raise CorpusError(f"corpus {lay.name} has no authored problem {part!r}")
        chosen.append(number)
    return list(dict.fromkeys(chosen))


def read_source(lay: Layout, number: str) -> Source:
    folder = lay.src / number
    pid = f"{lay.name}/{number}"

    def text(rel: str) -> str:
        path = folder / rel
        try:
            return path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise AuthoringError(f"{pid}: missing {path.relative_to(lay.root)}") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise AuthoringError(f"{pid}: cannot read {rel}: {exc}") from None

    try:
        statement = parse_statement(text("statement.md"))
    except StatementError as exc:
        raise AuthoringError(f"{pid}: statement.md {exc}") from None
    try:
        meta = json.loads(text("meta.json"))
    except json.JSONDecodeError as exc:
        raise AuthoringError(f"{pid}: meta.json is not valid JSON: {exc}") from None
    _check_meta(pid, meta)
    wrong_dir = folder / "wrong"
    wrong = {
        p.stem: text(f"wrong/{p.name}")
        for p in sorted(wrong_dir.glob("*.py") if wrong_dir.is_dir() else [])
    }
    generator = lay.generators / f"{number}.py"
    if not generator.is_file():
        raise AuthoringError(f"{pid}: missing generator {generator.relative_to(lay.root)}")
    return Source(
        problem_id=pid,
        statement=statement,
        meta=meta,
        reference=text("reference.py"),
        independent=text("brute.py"),
        wrong=wrong,
        generator=generator,
    )


def _check_meta(pid: str, meta: Any) -> None:
    if not isinstance(meta, dict):
        raise AuthoringError(f"{pid}: meta.json must be an object")
    if meta.get("difficulty") not in DIFFICULTIES:
        raise AuthoringError(f"{pid}: meta.json 'difficulty' must be one of {DIFFICULTIES}")
    if meta.get("independent") not in INDEPENDENT:
        raise AuthoringError(f"{pid}: meta.json 'independent' must be one of {INDEPENDENT}")
    tags = meta.get("tags")
    if not isinstance(tags, list) or not tags or not all(isinstance(t, str) for t in tags):
        raise AuthoringError(f"{pid}: meta.json 'tags' must be a non-empty list of strings")
    limit = meta.get("brute_max_input_bytes")
    if meta["independent"] == "brute" and not (isinstance(limit, int) and limit > 0):
        raise AuthoringError(f"{pid}: a brute force needs a positive 'brute_max_input_bytes'")
    release = meta.get("release_date")
    if release is not None and not (
        isinstance(release, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", release)
    ):
        raise AuthoringError(f"{pid}: meta.json 'release_date' must be YYYY-MM-DD")
    unknown = set(meta) - {
        "difficulty",
        "tags",
        "independent",
        "brute_max_input_bytes",
        "release_date",
    }
    if unknown:
        raise AuthoringError(f"{pid}: meta.json has unknown field(s) {sorted(unknown)}")


_RUN_GENERATOR = """
import json, random, runpy, sys
module = runpy.run_path(sys.argv[1])
seed = module["SEED"]
inputs = module["generate"](random.Random(seed))
json.dump({"seed": seed, "inputs": inputs}, sys.stdout)
"""


def run_generator(path: Path, timeout_s: float = 120.0) -> tuple[int, list[str]]:
    """(SEED, inputs) of a generator, run in a fresh interpreter with a fixed hash seed."""
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    try:
        proc = subprocess.run(
            [sys.executable, "-I", "-c", _RUN_GENERATOR, str(path)],
            capture_output=True,
            text=True,
            timeout=timeout_s,
            env=env,
        )
    except subprocess.TimeoutExpired:
        raise AuthoringError(f"generator {path.name} ran past {timeout_s:.0f} s") from None
    if proc.returncode != 0:
        last = (proc.stderr.strip().splitlines() or ["no message"])[-1]
        raise AuthoringError(f"generator {path.name} failed: {last}")
    try:
        data = json.loads(proc.stdout)
    except ValueError:
        raise AuthoringError(
            f"generator {path.name} printed to stdout; return inputs instead"
        ) from None
    seed, inputs = data["seed"], data["inputs"]
    if not isinstance(seed, int) or isinstance(seed, bool):
        raise AuthoringError(f"generator {path.name}: SEED must be an integer")
    if not isinstance(inputs, list) or not all(isinstance(s, str) for s in inputs):
        raise AuthoringError(f"generator {path.name}: generate() must return a list of str")
    bad = [i for i, s in enumerate(inputs) if not s.endswith("\n")]
    if bad:
        raise AuthoringError(f"generator {path.name}: input {bad[0]} does not end in a newline")
    return seed, inputs


def assemble(lay: Layout, src: Source, seed: int, private: Iterable[tuple[str, str]]) -> Problem:
    """The problem line for `src`, given its private tests as (input, expected output)."""
    s = src.statement
    tests = [Test(kind="stdio", public=True, input=e.input, output=e.output) for e in s.examples]
    tests += [Test(kind="stdio", public=False, input=i, output=o) for i, o in private]
    number = src.problem_id.split("/", 1)[1]
    meta: dict[str, Any] = {
        "source": lay.card.get("title", lay.name),
        "licence": lay.card.get("licence"),
        "difficulty": src.meta["difficulty"],
        # A problem written after the corpus's first release says when it was.
        "release_date": src.meta.get("release_date") or lay.card.get("release_date"),
        "tags": list(src.meta["tags"]),
        "independent": src.meta["independent"],
        "generator": str(src.generator.relative_to(lay.root)),
        "seed": seed,
    }
    if src.meta["independent"] == "brute":
        meta["brute_max_input_bytes"] = src.meta["brute_max_input_bytes"]
    return Problem(
        id=f"{lay.name}/{number}",
        title=s.title,
        statement=s.body,
        io="stdio",
        tests=tuple(tests),
        examples=tuple(Example(e.input, e.output, e.note) for e in s.examples),
        solutions=(src.reference, src.independent),
        meta=meta,
    )


def build_one(lay: Layout, number: str, executor: Executor) -> Problem:
    """Read, generate, and run the reference for the expected outputs."""
    src = read_source(lay, number)
    seed, inputs = run_generator(src.generator)
    runs = executor.outputs(src.reference, inputs)
    for i, (outcome, _, detail, _) in enumerate(runs):
        if outcome is not Outcome.PASSED:
            raise AuthoringError(
                f"{src.problem_id}: the reference fails on generated input {i}: "
                f"{outcome.value} {detail}".rstrip()
            )
    return assemble(lay, src, seed, zip(inputs, (out for _, out, _, _ in runs), strict=True))


def build(
    name: str,
    numbers: list[str] | None = None,
    progress: Callable[[str], None] | None = None,
) -> tuple[list[Problem], list[str]]:
    """Build the chosen problems (all when None) into the corpus file, replacing their
    lines and keeping the others; returns (built, errors). Problems that fail to build
    keep their old line."""
    lay = require_layout(name)
    chosen = lay.numbers() if numbers is None else numbers
    built: list[Problem] = []
    errors: list[str] = []
    with Executor(limits=lay.limits()) as executor:
        for number in chosen:
            try:
                built.append(build_one(lay, number, executor))
            except AuthoringError as exc:
                errors.append(str(exc))
            if progress:
                progress(number)
    write_problems(lay, built, drop_missing=numbers is None)
    return built, errors


def write_problems(lay: Layout, problems: list[Problem], drop_missing: bool) -> None:
    """Replace these problems' lines in the corpus file, atomically and under a lock, so
    that builds of different problems can run at the same time."""
    path = lay.problems_file
    with open(path.with_name(path.name + ".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        lines: dict[str, str] = {}
        if path.is_file():
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    lines[str(json.loads(line).get("id"))] = line
        if drop_missing:
            present = {f"{lay.name}/{n}" for n in lay.numbers()}
            lines = {k: v for k, v in lines.items() if k in present}
        for p in problems:
            lines[p.id] = json.dumps(p.to_dict(), ensure_ascii=False, sort_keys=True)
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text("".join(lines[k] + "\n" for k in sorted(lines)), encoding="utf-8")
        os.replace(tmp, path)
