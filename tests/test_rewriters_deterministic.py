"""The deterministic rewriters `examples` and `renamed` on real HumanEval and fresh
problems: exact texts, what is not applicable and why, checks that catch tampering,
idempotence, determinism, and the renamed reference run in the sandbox."""

from __future__ import annotations

import collections
from dataclasses import replace
from typing import Any

import pytest

from rewriters.examples import NOTE, Examples, call_pair
from rewriters.renamed import Renamed, reference_fails, rename_solution, rename_text
from workbench.corpus import load_corpus
from workbench.execution import Executor
from workbench.problems import Problem, Test, Variant
from workbench.rewritable import stdio_statement
from workbench.rewrite_result import RewriteResult
from workbench.rewriting import Rewriter, Tools, rewrite_all

HE0_EXAMPLES = '''from typing import List


def has_close_elements(numbers: List[float], threshold: float) -> bool:
    """ Check if in given list of numbers, are any two numbers closer to each other than
    given threshold.
    >>> has_close_elements([1.0, 2.0, 3.0], 0.5)
    False
    >>> has_close_elements([1.0, 2.8, 3.0, 4.0, 5.0, 2.0], 0.3)
    True
    >>> has_close_elements([1.0, 2.0, 3.9, 4.0, 5.0, 2.2], 0.3)
    True
    >>> has_close_elements([1.0, 2.0, 3.9, 4.0, 5.0, 2.2], 0.05)
    False
    >>> has_close_elements([1.0, 2.0, 5.9, 4.0, 5.0], 0.95)
    True
    """
'''

HE0_RENAMED = '''from typing import List


def f(a: List[float], b: float) -> bool:
    """ Check if in given list of numbers, are any two numbers closer to each other than
    given threshold.
    >>> f([1.0, 2.0, 3.0], 0.5)
    False
    >>> f([1.0, 2.8, 3.0, 4.0, 5.0, 2.0], 0.3)
    True
    """
'''

HE10_RENAMED = '''

def is_palindrome(a: str) -> bool:
    """ Test if given string is a palindrome """
    return a == a[::-1]


def f(a: str) -> str:
    """ Find the shortest palindrome that begins with a supplied string.
    Algorithm idea is simple:
    - Find the longest postfix of supplied string that is a palindrome.
    - Append to the end of the string reverse of a string prefix that comes before the palindromic suffix.
    >>> f('')
    ''
    >>> f('cat')
    'catac'
    >>> f('cata')
    'catac'
    """
'''  # noqa: E501 (HumanEval's own line)


HE = dict[str, Problem]  # HumanEval by id


@pytest.fixture(scope="module")
def humaneval() -> HE:
    return {p.id: p for p in load_corpus("humaneval").problems}


@pytest.fixture(scope="module")
def fresh() -> list[Problem]:
    return list(load_corpus("fresh").problems)


def he(problems: dict[str, Problem], n: int) -> Problem:
    return problems[f"humaneval/{n}"]


def run(
    rewriter: Rewriter, problems: list[Problem], ex: Executor | None = None
) -> list[RewriteResult]:
    return rewrite_all(rewriter, problems, None, Tools(executor=ex))


def one(rewriter: Rewriter, problem: Problem, executor: Executor | None = None) -> RewriteResult:
    return run(rewriter, [problem], executor)[0]


def variant(outcome: RewriteResult) -> Variant:
    assert outcome.status == "accepted", outcome.reason
    assert outcome.variant is not None
    return outcome.variant


def as_problem(problem: Problem, v: Variant, **more: Any) -> Problem:
    """The problem restated by its variant (to rewrite a rewritten problem)."""
    shown = {"statement": v.statement, "starter_code": v.starter_code}
    return replace(problem, entry_point=v.entry_point, **shown, **more)


def failures(rewriter: Rewriter, problem: Problem, v: Variant, code: str | None = None) -> set[str]:
    """The checks a variant fails (with `code` as its statement and starter code, if given)."""
    if code is not None:
        v = replace(v, statement=code, starter_code=code)
    return {k for k, why in rewriter.checks(problem, v, Tools()).items() if why}


def no_date(v: Variant) -> Variant:
    return replace(v, provenance={k: x for k, x in v.provenance.items() if k != "date"})


# --- examples: call problems ----------------------------------------------------------------


def test_examples_appends_the_public_tests_to_humaneval_0(humaneval: dict[str, Problem]) -> None:
    v = variant(one(Examples(), he(humaneval, 0)))
    assert v.starter_code == v.statement == HE0_EXAMPLES
    assert v.entry_point == "has_close_elements"
    assert v.provenance["k"] == 3 and v.provenance["tests"] == [0, 1, 2]
    assert v.provenance["model"] is None
    assert "only public tests shown" in v.provenance["checks"]


def test_examples_skips_what_the_docstring_shows(humaneval: dict[str, Problem]) -> None:
    # 10: test 0 (make_palindrome('')) is a docstring example; the helper stays verbatim.
    v = variant(one(Examples(), he(humaneval, 10)))
    original = he(humaneval, 10).starter_code or ""
    assert v.provenance["tests"] == [1]
    assert v.starter_code == original.replace(
        '    \'catac\'\n    """', "    'catac'\n    >>> make_palindrome('x')\n    'x'\n    \"\"\""
    )
    # 81: the docstring shows test 0 under another name (grade_equation(...) ==> ...).
    v = variant(one(Examples(), he(humaneval, 81)))
    assert v.provenance["tests"] == [1, 2]
    assert v.statement.endswith(
        "    grade_equation([4.0, 3, 1.7, 2, 3.5]) ==> ['A+', 'B', 'C-', 'C', 'A-']\n"
        "    >>> numerical_letter_grade([1.2])\n    ['D+']\n"
        "    >>> numerical_letter_grade([0.5])\n    ['D-']\n"
        '    """\n'
    )
    # 140: `fix_spaces("Example") == "Example"` lines count as shown, the message is dropped.
    v = variant(one(Examples(), he(humaneval, 140)))
    assert v.provenance["tests"] == [1]
    assert v.statement.endswith(
        '    fix_spaces(" Example   3") == "_Example-3"\n'
        "    >>> fix_spaces('Mudasir Hanif ')\n    'Mudasir_Hanif_'\n"
        '    """\n'
    )


def test_examples_forms_of_assert(humaneval: dict[str, Problem]) -> None:
    def shown(code: str) -> tuple[str, str] | None:
        return call_pair(Test(kind="call", public=True, code=code), "g")

    assert shown("assert candidate(1, 'x') == [1, 'x']") == ("g(1, 'x')", "[1, 'x']")
    assert shown("assert candidate([3], 5) is True") == ("g([3], 5)", "True")
    assert shown("assert not candidate('><<>')") == ("g('><<>')", "False")
    assert shown("assert candidate('()')") == ("g('()')", "True")
    assert shown("import random\nassert candidate(0, 1) == 1") == ("g(0, 1)", "1")
    assert shown("assert abs(candidate([1.0]) - 2.0 / 3.0) < 1e-06") is None
    assert shown("assert tuple(candidate([1])) == tuple(sort_third([1]))") is None
    assert shown("x = 3\nassert candidate(x) == 3") is None
    # HumanEval 52 mixes bare and negated asserts; its third public test is new.
    v = variant(one(Examples(), he(humaneval, 52)))
    assert v.provenance["tests"] == [2]
    assert ">>> below_threshold([1, 20, 4, 10], 21)\n    True\n" in v.statement


def test_examples_one_line_docstring_moves_the_quotes(add_problem: Problem) -> None:
    v = variant(one(Examples(), add_problem))
    assert v.starter_code == (
        'def add(a, b):\n    """Return a + b.\n    >>> add(1, 2)\n    3\n'
        '    >>> add(-1, 1)\n    0\n    """\n'
    )
    assert v.provenance["tests"] == [0, 1]


def test_examples_not_applicable(humaneval: dict[str, Problem]) -> None:
    outcomes = {o.problem_id: o for o in run(Examples(), [he(humaneval, n) for n in (12, 38, 115)])}
    assert {o.status for o in outcomes.values()} == {"not_applicable"}
    assert outcomes["humaneval/12"].reason == (
        "humaneval/12: no public test left to show "
        "(1 public: 1 shown already, 0 not of a form an example can show)"
    )
    assert "0 shown already, 1 not of a form" in outcomes["humaneval/38"].reason
    # 115's docstring comes after `import math`: Python sees no docstring at all.
    why = "humaneval/115: the entry point max_fill has no docstring"
    assert outcomes["humaneval/115"].reason == why


def test_examples_never_shows_a_private_test(humaneval: dict[str, Problem]) -> None:
    problems = list(humaneval.values())
    for problem, out in zip(problems, run(Examples(), problems), strict=True):
        if out.variant is None:
            continue
        entry, original = problem.entry_point or "", problem.starter_code or ""
        shown = set(out.variant.statement.splitlines()) - set(original.splitlines())
        assert shown  # something was added
        public = {call_pair(problem.tests[i], entry) for i in problem.public_tests}
        for i in problem.private_tests:
            pair = call_pair(problem.tests[i], entry)
            if pair is not None and pair not in public:
                assert f"    >>> {pair[0]}" not in shown, (problem.id, i)
        assert all(problem.tests[i].public for i in out.variant.provenance["tests"])


def test_examples_checks_catch_a_private_test(humaneval: dict[str, Problem]) -> None:
    problem = he(humaneval, 0)
    v = variant(one(Examples(), problem))
    leaked = v.statement.replace(
        '    True\n    """',
        '    True\n    >>> has_close_elements([1.0, 2.0, 5.9, 4.0, 5.0], 0.8)\n    False\n    """',
    )
    assert failures(Examples(), problem, v, leaked) == {"shown examples are the listed tests"}
    listed = replace(v, provenance={"k": 3, "tests": [0, 1, 2, 3]})
    assert failures(Examples(), problem, listed, leaked) == {"only public tests shown"}
    broken = v.statement.replace("threshold: float", "threshold: int")
    # Not the original with lines inserted: the added lines cannot be told apart either.
    assert failures(Examples(), problem, v, broken) == {
        "signature and docstring text kept",
        "code outside the docstring unchanged",
        "shown examples are the listed tests",
    }


def test_examples_idempotent_and_deterministic(humaneval: dict[str, Problem]) -> None:
    problems = [he(humaneval, n) for n in (0, 10, 81, 140)]
    first, second = run(Examples(), problems), run(Examples(), problems)
    assert [no_date(variant(o)) for o in first] == [no_date(variant(o)) for o in second]
    # The rewritten problem shows every public test: nothing is left to add.
    again = [as_problem(p, variant(o)) for p, o in zip(problems, first, strict=True)]
    assert {o.status for o in run(Examples(), again)} == {"not_applicable"}


# --- examples: stdio problems ---------------------------------------------------------------


def test_examples_on_fresh(fresh: list[Problem]) -> None:
    problem = fresh[0]
    # Fresh problems show exactly their public tests already.
    out = one(Examples(), problem)
    assert out.status == "not_applicable"
    assert out.reason == (
        "fresh/001: no public test left to show "
        "(2 public: 2 shown already, 0 not of a form an example can show)"
    )
    # Made public, the first private test becomes Example 3 (the private ones stay hidden).
    tests = tuple(replace(t, public=t.public or i == 2) for i, t in enumerate(problem.tests))
    opened = replace(problem, tests=tests)
    v = variant(one(Examples(), opened))
    assert v.provenance["tests"] == [2]
    assert v.statement == problem.statement + (
        "\n### Example 3\n\nInput:\n\n```\n1\n1\n1\n```\n\nOutput:\n\n```\n0\n```\n\n"
        f"Note: {NOTE}\n"
    )
    new = stdio_statement(replace(problem, statement=v.statement))
    assert [(e.input, e.output) for e in new.examples][2] == ("1\n1\n1\n", "0\n")
    for i in opened.private_tests:
        assert f"```\n{opened.tests[i].input}```" not in v.statement
    # Checked against the original problem, where test 2 is private:
    assert failures(Examples(), problem, v) == {"only public tests shown"}


# --- renamed --------------------------------------------------------------------------------


def test_renamed_exact_texts(humaneval: dict[str, Problem]) -> None:
    # Words of the prose stay ("numbers", "string"); code and example calls are renamed.
    v = variant(one(Renamed(), he(humaneval, 0)))
    assert v.statement == v.starter_code == HE0_RENAMED and v.entry_point == "f"
    assert v.provenance["names"] == {"has_close_elements": "f", "numbers": "a", "threshold": "b"}
    # 10: the helper keeps its name; its parameter `string` goes too (no old name is left).
    v = variant(one(Renamed(), he(humaneval, 10)))
    assert v.statement == HE10_RENAMED
    assert v.provenance["names"] == {"make_palindrome": "f", "string": "a"}


def test_renamed_helpers_and_example_lines(humaneval: HE) -> None:
    def renamed(n: int) -> str:
        return variant(one(Renamed(), he(humaneval, n))).statement

    v = variant(one(Renamed(), he(humaneval, 38)))
    assert v.provenance["names"] == {"decode_cyclic": "f", "s": "a"}
    assert "def encode_cyclic(a: str):" in v.statement and "def f(a: str):" in v.statement
    assert "encoded with encode_cyclic function" in v.statement
    assert renamed(81).startswith('\ndef f(a):\n    """It is the last week')
    assert "grade_equation([4.0, 3, 1.7, 2, 3.5]) ==>" in renamed(81)  # not the entry point
    assert '    f(" Example   3") == "_Example-3"\n' in renamed(140)
    assert "Given a string text, replace" in renamed(140)  # a word of the prose stays
    assert "    f(a) = 1 + a / 2, if a is even.\n" in renamed(130)  # a line that starts f(


def test_renamed_prose_rules() -> None:
    # Words (and `g` in "g.") and maths stay; code goes, not a doctest's strings or output.
    text = (
        "Given numbers and n: `numbers`, 'n', numbers[0], n.bit_length(), max_len, g.\n"
        "g(numbers, n) ==> numbers\nh(n) = n! for n numbers, (n), g(n + 1, numbers), len(numbers)\n"
        ">>> g([1], n=2)  # n numbers, numbers[0]\n'numbers'\n>>> g('numbers', n)\n"
    )
    assert rename_text(text, {"numbers": "a", "n": "b", "max_len": "c", "g": "f"}) == (
        "Given numbers and n: `a`, 'b', a[0], b.bit_length(), c, g.\n"
        "f(a, b) ==> a\nh(n) = n! for n numbers, (n), f(b + 1, a), len(numbers)\n"
        ">>> f([1], b=2)  # n numbers, a[0]\n'numbers'\n>>> f('numbers', b)\n"
    )


def test_renamed_not_applicable(humaneval: HE, fresh: list[Problem], add_problem: Problem) -> None:
    by_keyword = Test(kind="call", public=False, code="assert candidate(a=1, b=2) == 3")
    keyword = replace(add_problem, tests=(*add_problem.tests, by_keyword))
    outcomes = run(Renamed(), [he(humaneval, 33), he(humaneval, 39), fresh[0], keyword])
    assert [o.status for o in outcomes] == ["not_applicable"] * 4
    assert [o.reason for o in outcomes] == [
        "humaneval/33: test 0 calls the entry point by its name sort_third",
        "humaneval/39: the code already uses the name f",
        "renamed applies to call problems; fresh/001 is stdio",
        "t/add: test 3 passes a parameter by keyword (a, b)",
    ]


def test_renamed_reference_passes_in_the_sandbox(humaneval: HE, executor: Executor) -> None:
    problems = [he(humaneval, n) for n in (0, 10, 12, 38, 81, 140)]
    for out in run(Renamed(), problems, executor):
        assert "renamed reference passes" in variant(out).provenance["checks"]
    problem = he(humaneval, 38)
    names = {"decode_cyclic": "f", "s": "a"}
    assert "return encode_cyclic(encode_cyclic(a))" in rename_solution(problem, names)
    assert reference_fails(problem, names, executor) is None
    # Named otherwise, the reference defines no `f`: every test fails, and the check says so.
    why = reference_fails(problem, {"decode_cyclic": "g", "s": "a"}, executor)
    assert why is not None and why.startswith("solution 0: test 0")


def test_renamed_checks_catch_tampering(humaneval: dict[str, Problem]) -> None:
    problem = he(humaneval, 0)
    v = variant(one(Renamed(), problem))

    def failed(old: str, new: str) -> set[str]:
        return failures(Renamed(), problem, v, v.statement.replace(old, new))

    # An old name put back as code is caught twice; a plain word renamed, once.
    both = {"no old name left", "structure unchanged"}
    assert failed(">>> f([1.0, 2.0, 3.0]", ">>> has_close_elements([1.0, 2.0, 3.0]") == both
    assert failed("given threshold.", "given `threshold`.") == both
    assert failed("list of numbers", "list of a") == {"structure unchanged"}
    assert failed("b: float", "b: int") == {"structure unchanged"}
    assert failed("def f(", "def f(:") == {"the code parses"}


def test_renamed_idempotent_and_deterministic(humaneval: HE, executor: Executor) -> None:
    problems = [he(humaneval, n) for n in (0, 10, 38, 81, 140)]
    first, second = run(Renamed(), problems), run(Renamed(), problems)
    assert [no_date(variant(o)) for o in first] == [no_date(variant(o)) for o in second]
    for p, o in zip(problems, first, strict=True):
        v = variant(o)
        renamed = as_problem(p, v, solutions=(rename_solution(p, v.provenance["names"]),))
        again = variant(one(Renamed(), renamed, executor))
        assert again.statement == v.statement
        assert again.provenance["names"] == {n: n for n in v.provenance["names"].values()}


# --- both, over whole corpora ---------------------------------------------------------------


def test_no_docstring_and_stdio_are_not_applicable(
    add_problem: Problem, sum_problem: Problem
) -> None:
    bare = replace(add_problem, starter_code="def add(a, b):\n    pass\n")
    outcomes = [one(Examples(), bare), one(Renamed(), sum_problem), one(Examples(), sum_problem)]
    assert [o.status for o in outcomes] == ["not_applicable"] * 3
    assert outcomes[0].reason == "t/add: the entry point add has no docstring"
    assert outcomes[1].reason == "renamed applies to call problems; t/sums is stdio"
    assert "the statement has no sections" in outcomes[2].reason  # nowhere to add an example


def counts(outcomes: list[RewriteResult]) -> dict[str, int]:
    return dict(collections.Counter(o.status for o in outcomes))


def test_whole_corpora(humaneval: HE, fresh: list[Problem], executor: Executor) -> None:
    problems = list(humaneval.values())
    assert counts(run(Examples(), problems)) == {"accepted": 121, "not_applicable": 43}
    assert counts(run(Examples(), fresh)) == {"not_applicable": 80}
    renamed = run(Renamed(), problems)
    assert counts(renamed) == {"accepted": 161, "not_applicable": 3}
    not_applicable = [o.problem_id for o in renamed if o.status == "not_applicable"]
    assert not_applicable == ["humaneval/33", "humaneval/39", "humaneval/115"]
    assert counts(run(Renamed(), fresh)) == {"not_applicable": 80}
    assert counts(run(Renamed(), problems[40:60], executor)) == {"accepted": 20}
