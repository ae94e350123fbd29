import pytest

from workbench.problems import Outcome, Problem, ProblemFormatError, Test, TestResult, pass_rate


def test_round_trip_keeps_everything(add_problem: Problem, sum_problem: Problem) -> None:
    for p in (add_problem, sum_problem):
        again = Problem.from_dict(p.to_dict())
        assert again == p
        assert again.content_hash() == p.content_hash()


def test_hash_changes_with_a_test(sum_problem: Problem) -> None:
    d = sum_problem.to_dict()
    d["tests"][1]["output"] = "11\n"
    assert Problem.from_dict(d).content_hash() != sum_problem.content_hash()


def test_args_form_round_trip() -> None:
    t = Test(kind="call", public=False, args=(1, [2, 3]), kwargs={"k": 1}, expected=[4])
    assert Test.from_dict(t.to_dict()) == t


@pytest.mark.parametrize(
    "change, message",
    [
        ({"io": "web"}, "io must be"),
        ({"tests": []}, "at least one test"),
        ({"id": "noslash"}, "corpus/name"),
        ({"entry_point": None}, "needs an entry_point"),
    ],
)
def test_bad_problems_are_named(add_problem: Problem, change: dict, message: str) -> None:
    d = add_problem.to_dict() | change
    with pytest.raises(ProblemFormatError, match=message):
        Problem.from_dict(d)


def test_bad_tests_are_named() -> None:
    with pytest.raises(ProblemFormatError, match="needs 'input' and 'output'"):
        Test.from_dict({"kind": "stdio", "public": True, "input": "1"})
    with pytest.raises(ProblemFormatError, match="public"):
        Test.from_dict({"kind": "stdio", "input": "1", "output": "2"})
    with pytest.raises(ProblemFormatError, match="unknown test field"):
        Test.from_dict({"kind": "stdio", "public": True, "input": "", "output": "", "x": 1})


def test_stdio_test_in_call_problem_is_refused(add_problem: Problem) -> None:
    d = add_problem.to_dict()
    d["tests"].append({"kind": "stdio", "public": False, "input": "", "output": ""})
    with pytest.raises(ProblemFormatError, match="a stdio test in a call problem"):
        Problem.from_dict(d)


def test_pass_rate_splits_public_and_private() -> None:
    rs = [
        TestResult(0, True, Outcome.PASSED),
        TestResult(1, True, Outcome.WRONG_ANSWER),
        TestResult(2, False, Outcome.PASSED),
    ]
    assert pass_rate(rs, public=True) == 0.5
    assert pass_rate(rs, public=False) == 1.0
    assert pass_rate(rs[:2], public=False) is None
