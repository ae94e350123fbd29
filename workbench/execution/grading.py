"""Verdicts, decided in the parent from what the sandbox reported.

`job_for` builds the job the sandbox sees (inputs only, never expected outputs);
`verdicts` turns the sandbox's reply into one `TestResult` per test.
"""

from __future__ import annotations

import json
import math
import re
import signal
from typing import Any

from workbench.execution.callplan import planned_calls
from workbench.execution.calltests import child_code, grade_call, raised_outcome, test_seed
from workbench.execution.codec import encode
from workbench.execution.prelude import prelude_for
from workbench.problems import Outcome, Problem, Test, TestResult

# ASCII only, spelled out: `\d` and `str.split()` would also take Arabic-Indic or
# full-width digits and NBSP/U+3000 separators, which no contest judge accepts.
_SEPARATORS = re.compile(r"[ \t\n\r\v\f]+")
_INTEGER = re.compile(r"[+-]?[0-9]+")
_NUMBER = re.compile(r"[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?")
FLOAT_TOLERANCE = 1e-6


def job_for(
    program: str, problem: Problem, indices: list[int], limits: dict[str, Any]
) -> dict[str, Any]:
    tests: list[dict[str, Any]] = []
    for i in indices:
        t = problem.tests[i]
        if t.kind == "stdio":
            tests.append({"input": t.input})
        elif t.code is not None:
            plan = planned_calls(t.code, i, problem.starter_code, problem.entry_point)
            if plan is not None:  # the sandbox makes the calls and sees no test code
                tests.append({"calls": list(plan), "seed": None})
            else:
                entry = problem.entry_point or "candidate"
                tests.append({"code": child_code(t.code, entry), "seed": test_seed(i, t.code)})
        else:
            tests.append(
                {
                    "args": encode(list(t.args or ())),
                    "kwargs": encode(dict(t.kwargs or {})),
                    "seed": None,
                }
            )
    return {
        "io": problem.io,
        "program": program,
        "entry_point": problem.entry_point,
        # The problem's helpers, for tests written as code; raises StarterError when
        # the starter cannot be made to compile (see `prelude.py`).
        "prelude": (
            prelude_for(problem.starter_code, problem.entry_point)
            if any("code" in t for t in tests)
            else None
        ),
        "tests": tests,
        "limits": limits,
    }


def compare_output(got: str, expected: str) -> tuple[bool, str]:
    """Token-wise comparison, as a contest judge does it.

    - Tokens are separated by ASCII whitespace only (space, \\t, \\n, \\r, \\v, \\f), so
      trailing whitespace and blank lines never matter; any other character (NBSP,
      U+3000, ...) is part of a token: `1\\u00a02` is one token and does not match `1 2`.
    - An expected integer token (ASCII `[+-]?[0-9]+`) matches only the identical text:
      `3` refuses `3.0`, `+3`, `03`, `3e0`, `٣` and `３`; `007` matches only `007`.
    - An expected non-integer number (ASCII, with `.` or an exponent) matches any ASCII
      number, in any decimal or exponent form, within 1e-6 absolute or relative.
    - Any other token (`nan`, `inf`, `YES`, ...) matches only the identical text.
    """
    got_tokens, expected_tokens = tokens(got), tokens(expected)
    for n, (g, e) in enumerate(zip(got_tokens, expected_tokens, strict=False)):
        if g != e and not _numbers_match(g, e):
            return False, f"token {n + 1}: expected {_clip(e)!r}, got {_clip(g)!r}"
    if len(got_tokens) != len(expected_tokens):
        return False, (
            f"expected {len(expected_tokens)} tokens, got {len(got_tokens)}"
            + (" (no output)" if not got_tokens else "")
        )
    return True, ""


def tokens(text: str) -> list[str]:
    """The tokens of an output: split on ASCII whitespace only."""
    return [t for t in _SEPARATORS.split(text) if t]


def _numbers_match(g: str, e: str) -> bool:
    """Whether two different texts are equal numbers under the float tolerance: only when
    the expected token is a non-integer number (integers match as identical text only)."""
    if _INTEGER.fullmatch(e) or not _NUMBER.fullmatch(e) or not _NUMBER.fullmatch(g):
        return False
    a, b = float(g), float(e)
    if not (math.isfinite(a) and math.isfinite(b)):  # `1e999`: inf would match anything
        return False
    return abs(a - b) <= FLOAT_TOLERANCE or abs(a - b) <= FLOAT_TOLERANCE * abs(b)


def _clip(token: str) -> str:
    return token if len(token) <= 40 else token[:37] + "..."


def verdicts(problem: Problem, indices: list[int], reply: dict[str, Any]) -> list[TestResult]:
    raw = reply.get("results")
    if not isinstance(raw, list) or len(raw) != len(indices):
        detail = str(reply.get("error") or "the sandbox gave no result")
        return [_result(problem, i, Outcome.SANDBOX_ERROR, detail, 0.0) for i in indices]
    out = []
    for i, rep in zip(indices, raw, strict=True):
        try:
            outcome, detail = _verdict(problem, problem.tests[i], i, rep)
        except Exception as exc:  # malformed data from the sandbox never crashes the parent
            outcome, detail = Outcome.SANDBOX_ERROR, f"unreadable result: {exc!r}"[:300]
        out.append(_result(problem, i, outcome, detail, float(rep.get("seconds") or 0.0)))
    return out


def not_run(problem: Problem, indices: list[int], detail: str) -> list[TestResult]:
    """Results for tests that could not be run at all (an unrunnable problem)."""
    return [_result(problem, i, Outcome.SANDBOX_ERROR, detail, 0.0) for i in indices]


def _result(problem: Problem, i: int, outcome: Outcome, detail: str, seconds: float) -> TestResult:
    return TestResult(
        test=i, public=problem.tests[i].public, outcome=outcome, detail=detail, seconds=seconds
    )


def _verdict(problem: Problem, test: Test, index: int, rep: dict[str, Any]) -> tuple[Outcome, str]:
    status = rep.get("status")
    if status == "syntax_error":
        return Outcome.SYNTAX_ERROR, str(rep.get("detail", ""))
    if status == "sandbox_error":
        return Outcome.SANDBOX_ERROR, str(rep.get("detail", ""))
    frame = _frame(rep)
    if status == "ok":  # a call test that reported its calls
        return grade_call(problem, test, index, frame)
    failure = _process_failure(rep, frame)
    if failure is not None:
        return failure
    if test.kind == "stdio":
        ok, detail = compare_output(str(rep.get("stdout", "")), test.output or "")
        return (Outcome.PASSED, "") if ok else (Outcome.WRONG_ANSWER, detail)
    return Outcome.RUNTIME_ERROR, _exit_detail(rep)


def stdio_job(program: str, inputs: list[str], limits: dict[str, Any]) -> dict[str, Any]:
    """A job that runs a stdin/stdout program on bare inputs (no expected outputs)."""
    return {
        "io": "stdio",
        "program": program,
        "entry_point": None,
        "prelude": None,
        "tests": [{"input": text} for text in inputs],
        "limits": limits,
    }


def captured(reply: dict[str, Any], count: int) -> list[tuple[Outcome, str, str, float]]:
    """(outcome, stdout, detail, seconds) per input of a `stdio_job`: PASSED means the
    program ran to a clean exit, and its stdout is the output; otherwise stdout is ''."""
    raw = reply.get("results")
    if not isinstance(raw, list) or len(raw) != count:
        detail = str(reply.get("error") or "the sandbox gave no result")
        return [(Outcome.SANDBOX_ERROR, "", detail, 0.0)] * count
    out = []
    for rep in raw:
        seconds = float(rep.get("seconds") or 0.0)
        status = rep.get("status")
        if status in ("syntax_error", "sandbox_error"):
            out.append((Outcome(status), "", str(rep.get("detail", "")), seconds))
            continue
        failure = _process_failure(rep, _frame(rep))
        if failure is not None:
            out.append((failure[0], "", failure[1], seconds))
        else:
            out.append((Outcome.PASSED, str(rep.get("stdout", "")), "", seconds))
    return out


def _frame(rep: dict[str, Any]) -> dict[str, Any]:
    text = rep.get("frame")
    if not text:
        return {}
    try:
        frame = json.loads(text)
    except (ValueError, RecursionError):
        return {}
    return frame if isinstance(frame, dict) else {}


def _process_failure(rep: dict[str, Any], frame: dict[str, Any]) -> tuple[Outcome, str] | None:
    """How a process ended badly, if it did: limits first, then crashes and exit codes."""
    phase = " while loading the program" if rep.get("phase") == "load" else ""
    if rep.get("output_limit"):
        return Outcome.OUTPUT_LIMIT, "output beyond the limit" + phase
    if rep.get("timed_out"):
        return Outcome.TIMEOUT, "wall-clock limit reached" + phase
    if rep.get("oom_killed"):  # set by the parent from its control group's counter
        return Outcome.MEMORY_LIMIT, "killed for memory (the worker's memory group)" + phase
    sig = rep.get("signal")
    if sig == signal.SIGXCPU:
        return Outcome.TIMEOUT, "CPU-time limit reached" + phase
    load_error = frame.get("load_error")
    if isinstance(load_error, dict):
        outcome, detail = raised_outcome(load_error)
        return outcome, detail + " while loading the program"
    if frame.get("exc") == "MemoryError" or frame.get("memory") is True:
        return Outcome.MEMORY_LIMIT, raised_outcome(frame)[1] + phase
    if sig is not None:
        try:
            name = signal.Signals(sig).name
        except ValueError:
            name = f"signal {sig}"
        hint = " (stack overflow from deep recursion?)" if sig == signal.SIGSEGV else ""
        return Outcome.RUNTIME_ERROR, f"killed by {name}{hint}" + phase
    code = rep.get("exit_code")
    if code not in (0, None) or rep.get("phase"):
        if frame.get("exc"):  # the exception the program raised, as the child saw it
            outcome, detail = raised_outcome(frame)
            return outcome, detail + phase
        return Outcome.RUNTIME_ERROR, _exit_detail(rep) + phase
    return None


def _exit_detail(rep: dict[str, Any]) -> str:
    lines = [ln for ln in str(rep.get("stderr", "")).splitlines() if ln.strip()]
    last = lines[-1].strip()[:300] if lines else ""
    code = rep.get("exit_code")
    if code == 0:
        return "the program exited during the test" + (f": {last}" if last else "")
    return f"exit code {code}" + (f": {last}" if last else "")
