"""The `callbased` rewriter and `workbench.drivers`: a scripted LLM (AnswerModel) writes
`solve` and the driver by hand for two real fresh problems (t test cases: fresh/001;
one case: fresh/006). A correct answer is accepted with calls traced from really running
it; a wrong function, a chatty driver, missing blocks and hostile drivers are rejected
with the check that caught them."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from answer_model import AnswerModel

from rewriters.callbased import Callbased, split_answer
from workbench.corpus import load_corpus
from workbench.drivers import (
    calls_from_output,
    compose,
    split_program,
    traced,
    with_definitions,
    with_imports,
)
from workbench.execution import Executor, Limits
from workbench.problems import Outcome, Problem
from workbench.rewrite_result import RewriteResult
from workbench.rewriting import Rejected, Tools, rewrite_all

pytestmark = pytest.mark.timeout(120)
PREFILL = "Function:\n```python\ndef solve("

LANTERNS_SOLVE = '''def solve(a: list[int]) -> int:
    """Count the lanterns brighter than both neighbours.

    a: the brightness of each lantern, in order around the pond.
    Returns: the number of lanterns strictly brighter than both neighbours.
    """
    n = len(a)
    return sum(1 for i in range(n) if a[i] > a[i - 1] and a[i] > a[(i + 1) % n])
'''
LANTERNS_DRIVER = """data = sys.stdin.buffer.read().split()
t = int(data[0])
pos = 1
for _ in range(t):
    n = int(data[pos])
    a = [int(x) for x in data[pos + 1 : pos + 1 + n]]
    pos += 1 + n
    print(solve(a))
"""
COINS_SOLVE = '''def solve(
    s: str, flips: list[tuple[int, int]], asks: list[tuple[int, int]]
) -> list[int]:
    """Answer every question about the coins after all flips.

    s: the coins, H or T each.
    flips: (l, r) of each friend, in order.
    asks: (a, b) of each question.
    Returns: the number of heads among coins a..b, per question.
    """
    n = len(s)
    diff = [0] * (n + 3)
    for l, r in flips:
        diff[l] ^= 1
        diff[l + 2 * ((r - l) // 2) + 2] ^= 1
    flip = [0] * (n + 1)
    pref = [0] * (n + 1)
    for i in range(1, n + 1):
        flip[i] = diff[i] ^ (flip[i - 2] if i >= 2 else 0)
        pref[i] = pref[i - 1] + ((s[i - 1] == "H") ^ flip[i])
    return [pref[b] - pref[a - 1] for a, b in asks]
'''
COINS_DRIVER = """import sys

data = sys.stdin.read().split()
n, m, q = int(data[0]), int(data[1]), int(data[2])
nums = [int(x) for x in data[4:]]
flips = [(nums[2 * j], nums[2 * j + 1]) for j in range(m)]
questions = [(nums[2 * (m + k)], nums[2 * (m + k) + 1]) for k in range(q)]
print("\\n".join(map(str, solve(data[3], flips, questions))))
"""


def answer(function: str, driver: str, prose: str = "") -> str:
    """What the model writes after the prefill: the rest of both blocks."""
    full = f"Function:\n```python\n{function}```\nDriver:\n```python\n{driver}```\n{prose}"
    assert full.startswith(PREFILL)
    return full[len(PREFILL) :]


@pytest.fixture(scope="module")
def fresh() -> dict[str, Problem]:
    corpus = load_corpus("fresh")
    return {pid: corpus.get(pid) for pid in ("fresh/001", "fresh/006")}


@pytest.fixture(scope="module")
def executor() -> Iterator[Executor]:
    ex = Executor(workers=2, limits=Limits(timeout_s=1.0))
    yield ex
    ex.close()


def rewrite(
    problem: Problem, executor: Executor, *scripts: str, attempts: int = 1
) -> RewriteResult:
    """rewrite_all with a model that says scripts[0] greedily and scripts[1] when sampling."""
    model = AnswerModel(lambda text, temperature, seed: scripts[temperature > 0])
    [out] = rewrite_all(Callbased(), [problem], model, Tools(executor=executor), attempts=attempts)
    return out


def failed_check(out: RewriteResult) -> str:
    assert out.status == "rejected", out
    return out.failures[-1].split(": ")[1]


# --- accepted -------------------------------------------------------------------------------


def test_correct_answer_with_test_cases_is_accepted(fresh, executor) -> None:
    p = fresh["fresh/001"]
    out = rewrite(p, executor, answer(LANTERNS_SOLVE, LANTERNS_DRIVER, "This splits it."))
    assert out.status == "accepted", out.reason
    v = out.variant
    assert v is not None and v.entry_point == "solve" and v.driver is not None
    # Calls traced from the examples' inputs: 3 of example 1, 2 of example 2 (it has 2).
    assert ">>> solve([3, 1, 4, 1, 5])\n2\n>>> solve([7])\n0\n>>> solve([6, 2])\n1\n" in (
        v.statement
    )
    assert ">>> solve([1, 9, 1, 9, 1, 9])\n3\n```" in v.statement
    assert v.provenance["example_calls"] == 5
    assert v.provenance["reference"] == LANTERNS_SOLVE
    assert "gets one test case" in v.statement
    assert v.statement.startswith("Polycarp looks after the lanterns")
    assert v.starter_code is not None and v.starter_code.rstrip().endswith('neighbours.\n    """')
    assert "return" not in v.starter_code
    # The driver reads str, not bytes (the reference's sys.stdin.buffer is normalised).
    assert "sys.stdin.read()" in v.driver and v.driver.startswith("import sys\n")
    results = executor.run(compose(LANTERNS_SOLVE, v.driver), p)
    assert [r.outcome for r in results] == [Outcome.PASSED] * len(p.tests)


def test_correct_single_case_answer_is_accepted(fresh, executor) -> None:
    p = fresh["fresh/006"]
    out = rewrite(p, executor, answer(COINS_SOLVE, COINS_DRIVER))
    assert out.status == "accepted", out.reason
    v = out.variant
    assert v is not None and v.driver is not None
    assert ">>> solve('HTHTHTH', [(2, 5), (1, 7)], [(1, 7), (2, 4), (3, 3)])\n[2, 2, 0]\n" in (
        v.statement
    )
    assert v.provenance["example_calls"] == 2
    assert "gets the whole input" in v.statement
    assert v.starter_code == COINS_SOLVE[: COINS_SOLVE.index('"""\n    n =') + 3] + "\n"
    assert Callbased().checks(p, v, Tools(executor=executor)) == {
        "legend kept": None,
        "starter code": None,
        "calls shown": None,
        "reference through the driver": None,
    }
    results = executor.run(compose(COINS_SOLVE, v.driver), p)
    assert all(r.passed for r in results) and len(results) == len(p.tests) == 26


def test_wrong_then_right_is_accepted_on_the_retry(fresh, executor) -> None:
    wrong = LANTERNS_SOLVE.replace("return sum(", "return 1 + sum(")
    out = rewrite(
        fresh["fresh/001"],
        executor,
        answer(wrong, LANTERNS_DRIVER),
        answer(LANTERNS_SOLVE, LANTERNS_DRIVER),
        attempts=3,
    )
    assert out.status == "accepted" and out.attempts == 2
    assert out.variant is not None and out.variant.provenance["attempt"] == 2
    assert out.failures[0].startswith("attempt 1: reference through the driver: fails test 0")


# --- rejected -------------------------------------------------------------------------------


def test_an_off_by_one_function_is_rejected(fresh, executor) -> None:
    wrong = LANTERNS_SOLVE.replace("return sum(", "return 1 + sum(")
    out = rewrite(fresh["fresh/001"], executor, answer(wrong, LANTERNS_DRIVER))
    assert failed_check(out) == "reference through the driver"
    assert "wrong_answer" in out.reason


def test_a_driver_that_prints_extra_text_is_rejected(fresh, executor) -> None:
    chatty = LANTERNS_DRIVER.replace("print(solve(a))", 'print("answer:", solve(a))')
    out = rewrite(fresh["fresh/001"], executor, answer(LANTERNS_SOLVE, chatty))
    assert failed_check(out) == "reference through the driver"


def test_a_driver_that_ignores_solve_is_rejected(fresh, executor) -> None:
    own = LANTERNS_DRIVER.replace("print(solve(a))", "solve(a)\n    print(sum(a) * 0 + 7)")
    bad = rewrite(fresh["fresh/001"], executor, answer(LANTERNS_SOLVE, own))
    assert failed_check(bad) == "reference through the driver"
    # Printing the right answers without solve's results: the None stand-in passes too.
    inline = LANTERNS_DRIVER.replace(
        "print(solve(a))",
        "solve(a)\n    print(sum(1 for i in range(n) if a[i - 1] < a[i] > a[(i + 1) % n]))",
    )
    out = rewrite(fresh["fresh/001"], executor, answer(LANTERNS_SOLVE, inline))
    assert failed_check(out) == "driver"
    assert "does not depend" in out.reason


def test_missing_code_blocks_are_rejected_as_form(fresh, executor) -> None:
    out = rewrite(fresh["fresh/001"], executor, "a):\nI would count the lanterns.")
    assert failed_check(out) == "form"
    # solve alone, no driver anywhere
    out = rewrite(fresh["fresh/001"], executor, LANTERNS_SOLVE[len("def solve(") :])
    assert failed_check(out) == "form"


def test_a_function_doing_io_is_rejected(fresh, executor) -> None:
    noisy = LANTERNS_SOLVE.replace("    n = len(a)", "    print(a)\n    n = len(a)")
    out = rewrite(fresh["fresh/001"], executor, answer(noisy, LANTERNS_DRIVER))
    assert failed_check(out) == "function"
    assert "print()" in out.reason


def test_a_call_problem_is_not_applicable() -> None:
    problem = load_corpus("humaneval").get("humaneval/0")
    model = AnswerModel(lambda text, temperature, seed: "unused")
    [out] = rewrite_all(Callbased(), [problem], model, Tools())
    assert out.status == "not_applicable"
    assert out.reason == "callbased applies to stdio problems; humaneval/0 is call"
    assert model.calls == []


# --- attacks in the LLM's driver ------------------------------------------------------------

ATTACKS = {
    "shell": "import os\nos.system('touch {mark}')\nopen('{mark}2', 'w').write('x')\n",
    "fork bomb": "import os\nwhile True:\n    os.fork()\n",
    "infinite loop": "while True:\n    pass\n",
}


@pytest.mark.parametrize("attack", sorted(ATTACKS))
def test_an_attack_in_the_driver_is_contained_and_rejected(
    attack: str, fresh, executor, tmp_path: Path
) -> None:
    mark = tmp_path / "escaped"
    hostile = ATTACKS[attack].format(mark=mark) + LANTERNS_DRIVER
    out = rewrite(fresh["fresh/001"], executor, answer(LANTERNS_SOLVE, hostile))
    assert failed_check(out) == "reference through the driver"
    assert not mark.exists() and not Path(f"{mark}2").exists()
    # The executor still works after it.
    ok = rewrite(fresh["fresh/001"], executor, answer(LANTERNS_SOLVE, LANTERNS_DRIVER))
    assert ok.status == "accepted"


# --- drivers --------------------------------------------------------------------------------


def test_traced_calls_come_back_and_the_output_stays_exact(executor) -> None:
    function = "def solve(xs, k=0):\n    xs.append(k)\n    return sum(xs)\n"
    driver = (
        "for line in open(0).read().splitlines():\n    print(solve([1, 2], k=int(line)), end=' ')\n"
    )
    [(outcome, stdout, _, _)] = executor.outputs(traced(function, driver, "solve"), ["3\n4\n"])
    assert outcome is Outcome.PASSED
    clean, calls = calls_from_output(stdout)
    assert clean == "6 7 "  # exactly what compose() prints
    # The arguments as they were passed, before solve appended to the list.
    assert calls == [("[1, 2], k=3", "6"), ("[1, 2], k=4", "7")]
    [(_, plain, _, _)] = executor.outputs(compose(function, driver), ["3\n4\n"])
    assert plain == clean


def test_compose_keeps_the_two_namespaces_apart(executor) -> None:
    function = (
        "def helper():\n    return 1\n\ndef solve():\n    return helper()\n\n"
        "if __name__ == '__main__':\n    print('test code')\n"
    )
    driver = "def helper():\n    return 100\n\nprint(solve())\n"
    [(_, stdout, _, _)] = executor.outputs(compose(function, driver), [""])
    assert stdout == "1\n"
    [(outcome, _, detail, _)] = executor.outputs(compose("def solve(:\n", driver), [""])
    assert outcome is Outcome.SYNTAX_ERROR
    [(outcome, _, detail, _)] = executor.outputs(compose("def other():\n    pass\n", driver), [""])
    assert outcome is Outcome.RUNTIME_ERROR and "defines no function solve" in detail


def test_one_block_is_split_into_function_and_driver() -> None:
    code = (
        "import sys\nVOWELS = set('aeiou')\n\ndef is_vowel(c):\n    return c in VOWELS\n\n"
        "def solve(s: str) -> int:\n    return sum(map(is_vowel, s))\n\n"
        "def main():\n    for w in sys.stdin.read().split():\n        print(solve(w))\n\nmain()\n"
    )
    function, driver = split_program(code)
    assert "def main" not in function and "VOWELS = " in function and "def is_vowel" in function
    assert "def solve" not in driver and driver.endswith("main()\n")
    # The answer splitter does the same when the model wrote one block, and adds imports.
    one = "```python\n" + code.replace("import sys\n", "") + "```\n"
    f, d = split_answer(one, PREFILL)
    assert re.search(r"^def solve\(s: str\)", f, re.M) and d.startswith("import sys\n")
    # Two blocks, the first with a main of its own: solve is taken without it.
    two = one.replace("```\n", "```\n```python\nmain()\n```\n")
    f2, d2 = split_answer(two, PREFILL)
    assert f2 == f and "def main" not in f2 and d2 == "main()\n"
    assert with_imports("x = math.pi\n") == "import math\n\nx = math.pi\n"
    assert with_imports("def f(a: List[int]) -> Tuple[int]: ...\n").startswith(
        "from typing import List, Tuple\n\n"
    )
    assert with_imports("import math as m\nx = m.pi\n") == "import math as m\nx = m.pi\n"


def test_constants_the_function_lacks_come_from_the_reference() -> None:
    reference = (
        "import sys\nVOWELS = set('aeiou')\nLIMIT = len(VOWELS) + 1\nUNUSED = 3\n\n"
        "def solve():\n    return input()\n"
    )
    body = "def solve(s: str) -> int:\n    return sum(c in VOWELS for c in s) % LIMIT\n"
    assert with_definitions("import math\n\n" + body, reference) == (
        "import math\n\nVOWELS = set('aeiou')\n\nLIMIT = len(VOWELS) + 1\n\n" + body
    )
    assert with_definitions("def solve():\n    return 1\n", reference) == (
        "def solve():\n    return 1\n"
    )


def test_an_answer_without_the_prefill_is_read_whole() -> None:
    full = PREFILL + answer(LANTERNS_SOLVE, LANTERNS_DRIVER)
    function, driver = split_answer(full, PREFILL)
    assert function == LANTERNS_SOLVE
    spaced = " " + answer(LANTERNS_SOLVE, LANTERNS_DRIVER)
    assert split_answer(spaced, PREFILL)[0] == LANTERNS_SOLVE
    # An unclosed last block (the answer ran out of tokens at the end) still counts.
    function, driver = split_answer(full.rstrip().removesuffix("```"), PREFILL)
    assert driver.rstrip().endswith("print(solve(a))")
    with pytest.raises(Rejected) as err:
        split_answer("```python\ndef solve(:\n```\n```python\nsolve()\n```", PREFILL)
    assert err.value.check == "form"


def test_solve_gets_str_not_bytes(executor) -> None:
    p = load_corpus("fresh").get("fresh/003")
    function = (
        'def solve(s: bytes, r: bytes) -> str:\n    """Can s become r.\n\n    s: a word.\n'
        '    r: a word.\n    Returns: YES or NO.\n    """\n'
        "    vowels = set(b'aeiou')\n"
        "    ok = len(s) == len(r) and sorted(s) == sorted(r)\n"
        "    ok = ok and all((a in vowels) == (b in vowels) for a, b in zip(s, r))\n"
        "    return 'YES' if ok else 'NO'\n"
    )
    driver = (
        "import sys\ndata = sys.stdin.buffer.read().split()\n"
        "for i in range(int(data[0])):\n    print(solve(data[1 + 2 * i], data[2 + 2 * i]))\n"
    )
    # The driver is normalised to read str, which this bytes-minded function gets wrong.
    out = rewrite(p, executor, answer(function, driver))
    assert failed_check(out) == "reference through the driver"
    # Bytes made on purpose pass the tests, but a statement must not show them.
    encoded = driver.replace("buffer.", "").replace("2 * i]", "2 * i].encode()")
    out = rewrite(p, executor, answer(function, encoded))
    assert failed_check(out) == "examples"
    assert "gets bytes" in out.reason
