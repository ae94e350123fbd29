"""The executor on honest and clumsy programs: outcomes, details, recovery."""

from workbench.execution import Executor
from workbench.problems import Outcome, Problem, Test


def outcomes(results: list) -> list[Outcome]:
    return [r.outcome for r in results]


def test_honest_programs_pass(
    executor: Executor, add_problem: Problem, sum_problem: Problem
) -> None:
    assert outcomes(executor.run(add_problem.solutions[0], add_problem)) == [Outcome.PASSED] * 3
    assert outcomes(executor.run(sum_problem.solutions[0], sum_problem)) == [Outcome.PASSED] * 2


def test_public_flags_and_subsets(executor: Executor, add_problem: Problem) -> None:
    results = executor.run(add_problem.solutions[0], add_problem, [2])
    assert [(r.test, r.public) for r in results] == [(2, False)]
    assert executor.run(add_problem.solutions[0], add_problem, []) == []


def test_stdio_runtime_error_names_the_exception(executor: Executor, sum_problem: Problem) -> None:
    results = executor.run("x = int(input())\nprint(1 // (x - x))\n", sum_problem)
    assert outcomes(results) == [Outcome.RUNTIME_ERROR] * 2
    assert results[0].detail.startswith(
        "ZeroDivisionError: integer division or modulo by zero (line 2)"
    )


def test_stdio_exit_codes(executor: Executor, sum_problem: Problem) -> None:
    ok_then_exit = "import sys\nprint(3)\nprint(7)\nsys.exit(0)\nprint('never')\n"
    assert outcomes(executor.run(ok_then_exit, sum_problem, [0])) == [Outcome.PASSED]
    results = executor.run("import sys\nsys.exit('bad input')\n", sum_problem, [0])
    assert outcomes(results) == [Outcome.RUNTIME_ERROR] and "bad input" in results[0].detail
    results = executor.run("import os\nos._exit(3)\n", sum_problem, [0])
    assert outcomes(results) == [Outcome.RUNTIME_ERROR] and "exit code 3" in results[0].detail


def test_stdio_reads_every_way_and_large_inputs(executor: Executor) -> None:
    n = 50_000
    big = Problem(
        id="t/big",
        title="big",
        statement="sum",
        io="stdio",
        tests=(
            Test(
                kind="stdio",
                public=True,
                input=f"{n}\n" + " ".join(["1"] * n) + "\n",
                output=f"{n}\n",
            ),
        ),
    )
    for prog in (
        "import sys\nd = sys.stdin.read().split()\nprint(sum(map(int, d[1:])))\n",
        "import sys\nd = sys.stdin.buffer.read().split()\nprint(sum(map(int, d[1:])))\n",
        "input()\nprint(sum(map(int, input().split())))\n",
        "import os\nd = b''\nwhile (c := os.read(0, 4096)):\n    d += c\n"
        "print(sum(map(int, d.split()[1:])))\n",
    ):
        assert outcomes(executor.run(prog, big)) == [Outcome.PASSED], prog


def test_unicode_output(executor: Executor) -> None:
    p = Problem(
        id="t/u",
        title="u",
        statement="echo",
        io="stdio",
        tests=(Test(kind="stdio", public=True, input="héllo wörld\n", output="héllo wörld\n"),),
    )
    assert outcomes(executor.run("print(input())", p)) == [Outcome.PASSED]


def test_a_timeout_does_not_poison_the_next_tests(executor: Executor, add_problem: Problem) -> None:
    prog = "def add(a, b):\n    while a == 1:\n        pass\n    return a + b\n"
    assert outcomes(executor.run(prog, add_problem)) == [
        Outcome.TIMEOUT,
        Outcome.PASSED,
        Outcome.PASSED,
    ]


def test_call_failures_are_named(executor: Executor, add_problem: Problem) -> None:
    results = executor.run("def add(a, b):\n    return {}[a]\n", add_problem, [0])
    assert outcomes(results) == [Outcome.RUNTIME_ERROR]
    assert results[0].detail.startswith("KeyError: 1 (line 2)")
    results = executor.run("def plus(a, b):\n    return a + b\n", add_problem, [0])
    assert outcomes(results) == [Outcome.RUNTIME_ERROR] and "no function 'add'" in results[0].detail
    results = executor.run("x = input()\ndef add(a, b):\n    return a + b\n", add_problem, [0, 1])
    assert outcomes(results) == [Outcome.RUNTIME_ERROR] * 2
    assert "EOFError" in results[0].detail and "while loading the program" in results[0].detail
    results = executor.run("def add(a, b):\n    return object()\n", add_problem, [0])
    assert outcomes(results) == [Outcome.WRONG_ANSWER] and "not plain data" in results[0].detail


def test_main_block_of_a_call_program_does_not_run(
    executor: Executor, add_problem: Problem
) -> None:
    prog = (
        "def add(a, b):\n    return a + b\n\n"
        "if __name__ == '__main__':\n    print(add(int(input()), 1))\n"
    )
    assert outcomes(executor.run(prog, add_problem)) == [Outcome.PASSED] * 3


def test_args_form_tests(executor: Executor) -> None:
    p = Problem(
        id="t/args",
        title="args",
        statement="s",
        io="call",
        entry_point="f",
        tests=(
            Test(kind="call", public=True, args=(2, 3), kwargs={}, expected=5),
            Test(kind="call", public=False, args=([1, 2],), kwargs={"scale": 2}, expected=[[2, 4]]),
            Test(kind="call", public=False, args=(1, 1), kwargs={}, expected=3),
        ),
    )
    prog = (
        "def f(a, b=None, scale=1):\n"
        "    return a + b if b is not None else [x * scale for x in a]\n"
    )
    assert outcomes(executor.run(prog, p)) == [Outcome.PASSED, Outcome.PASSED, Outcome.WRONG_ANSWER]
    assert executor.run(prog, p)[2].detail == "expected 3, got 2"


def test_run_many_keeps_the_order(
    executor: Executor, add_problem: Problem, sum_problem: Problem
) -> None:
    jobs = [(add_problem.solutions[0], add_problem, None), ("print(0)", sum_problem, None)] * 5
    results = executor.run_many(jobs)
    assert [outcomes(r)[0] for r in results] == [Outcome.PASSED, Outcome.WRONG_ANSWER] * 5


def test_helpers_of_the_problem_are_trusted_in_the_grader(executor: Executor) -> None:
    # The program redefines the problem's helper; the grader still uses the original.
    p = Problem(
        id="t/h",
        title="h",
        statement="s",
        io="call",
        entry_point="decode",
        starter_code="def encode(s):\n    return s[::-1]\n\ndef decode(s):\n    pass\n",
        tests=(
            Test(
                kind="call",
                public=True,
                code="for w in ['ab', 'xyz']:\n    assert candidate(encode(w)) == w",
            ),
        ),
    )
    honest = "def encode(s):\n    return s[::-1]\n\ndef decode(s):\n    return s[::-1]\n"
    cheat = "def encode(s):\n    return s\n\ndef decode(s):\n    return s\n"
    assert outcomes(executor.run(honest, p)) == [Outcome.PASSED]
    assert outcomes(executor.run(cheat, p)) == [Outcome.WRONG_ANSWER]


def test_leetcode_style_solution_class(executor: Executor) -> None:
    p = Problem(
        id="t/lc",
        title="lc",
        statement="s",
        io="call",
        entry_point="twoSum",
        starter_code="class Solution:\n    def twoSum(self, a: int, b: int) -> int:\n",
        tests=(Test(kind="call", public=True, args=(2, 3), kwargs={}, expected=5),),
    )
    prog = "class Solution:\n    def twoSum(self, a, b):\n        return a + b\n"
    assert outcomes(executor.run(prog, p)) == [Outcome.PASSED]


def test_programs_using_random_do_not_shift_the_tests_random_inputs(executor: Executor) -> None:
    from workbench.corpus import find_problem

    p = find_problem("humaneval/53")  # five fixed asserts, then 100 random (x, y)
    prog = "import random\n\ndef add(x, y):\n    random.random()\n    return x + y\n"
    assert outcomes(executor.run(prog, p)) == [Outcome.PASSED] * len(p.tests)
