"""Parent-side grading: output comparison, the value codec, and the stripped test code
that the sandbox sees (no expected values in it)."""

import math

import pytest

from workbench.execution.calltests import child_code
from workbench.execution.codec import Unserializable, decode, encode
from workbench.execution.grading import compare_output
from workbench.execution.values import values_equal


@pytest.mark.parametrize(
    "got, expected, ok",
    [
        ("3\n7\n", "3\n7\n", True),
        ("3 \n7   \n\n", "3\n7", True),  # trailing whitespace and blank lines
        ("3 7", "3\n7\n", True),  # token-wise
        ("0.3333333", "0.333333333", True),  # within 1e-6
        ("1e6", "1000000.0000001", True),
        ("0.5", "0.6", False),
        ("123456789012345678", "123456789012345679", False),  # integers exactly
        ("10", "10.0", True),
        ("YES", "yes", False),
        ("3", "3\n7", False),
        ("", "1", False),
        ("nan", "nan", True),
        ("inf", "1e999", False),
    ],
)
def test_compare_output(got: str, expected: str, ok: bool) -> None:
    assert compare_output(got, expected)[0] is ok


def test_compare_output_names_the_first_difference() -> None:
    ok, detail = compare_output("1 2 4", "1 2 3")
    assert not ok and detail == "token 3: expected '3', got '4'"
    assert "no output" in compare_output("", "1")[1]


@pytest.mark.parametrize(
    "value",
    [
        None,
        True,
        0,
        -5,
        2**100,
        1.5,
        -0.0,
        "héllo",
        [1, [2, (3, 4)]],
        (1,),
        {1, 2},
        frozenset({"a"}),
        {"a": 1, 2: [3], (1, 2): None},
        1 + 2j,
        b"\x00\xff",
        [],
        {},
    ],
)
def test_codec_round_trips_plain_data(value: object) -> None:
    assert decode(encode(value)) == value
    assert type(decode(encode(value))) is type(value)


def test_codec_round_trips_non_finite_floats() -> None:
    assert math.isnan(decode(encode(float("nan"))))
    assert decode(encode(float("-inf"))) == float("-inf")


def test_codec_refuses_what_could_fake_equality() -> None:
    class Liar:
        def __eq__(self, other: object) -> bool:
            return True

    class SneakyInt(int):
        def __eq__(self, other: object) -> bool:
            return True

    for bad in (Liar(), SneakyInt(3), [SneakyInt(1)], (x for x in []), print):
        with pytest.raises(Unserializable):
            encode(bad)
    deep: list = []
    for _ in range(100):
        deep = [deep]
    with pytest.raises(Unserializable, match="nested"):
        encode(deep)


def test_decode_refuses_malformed_data() -> None:
    for bad in ({"x": 1}, {"~t": 3}, {"~d": [[1]]}, {"~f": "1.0"}):
        with pytest.raises(ValueError):
            decode(bad)


def test_child_code_keeps_calls_and_drops_expectations() -> None:
    code = "assert candidate([1, 2, 3]) == [3, 2, 1], 'reversed 123456'"
    stripped = child_code(code, "rev")
    assert "candidate([1, 2, 3])" in stripped
    assert "3, 2, 1" not in stripped and "123456" not in stripped


def test_child_code_drops_setup_that_only_fed_the_assert() -> None:
    code = (
        "lst = list(range(-99, 100, 2))\n"
        "odd_sum = sum([i ** 2 for i in lst if i % 2 != 0 and i > 0])\n"
        "assert candidate(lst) == odd_sum\n"
    )
    stripped = child_code(code, "f")
    assert "lst = list(range(-99, 100, 2))" in stripped
    assert "odd_sum" not in stripped


def test_child_code_keeps_setup_with_side_effects() -> None:
    code = "import random\nx = random.random()\nassert candidate(1) == 2\n"
    assert "random.random()" in child_code(code, "f")


def test_child_code_treats_the_entry_point_name_as_the_candidate() -> None:
    code = "assert tuple(candidate([1])) == tuple(sort_third([1]))"
    stripped = child_code(code, "sort_third")
    assert "candidate([1])" in stripped and "sort_third([1])" in stripped


def test_values_equal_for_args_form_tests() -> None:
    assert values_equal([1, 2], (1, 2))
    assert values_equal(0.1 + 0.2, 0.3)
    assert not values_equal(1, True) or values_equal(1, 1)
    assert not values_equal("1", 1)
    assert not values_equal([1, 2], [1, 2, 3])
    assert values_equal({"a": [1.0]}, {"a": [1.0000000001]})


def test_the_sandbox_source_is_one_self_contained_program() -> None:
    import ast

    from workbench.execution.worker import harness_source

    source = harness_source()
    tree = ast.parse(source)
    imported = {
        alias.name.split(".")[0]
        for node in ast.walk(tree)
        if isinstance(node, ast.Import | ast.ImportFrom)
        for alias in (
            node.names if isinstance(node, ast.Import) else [ast.alias(node.module or "")]
        )
    }
    assert "workbench" not in imported  # nothing of ours to import inside the sandbox
    defined = {n.name for n in tree.body if isinstance(n, ast.FunctionDef | ast.ClassDef)}
    assert {"encode", "decode", "kill_descendants", "stdio_main", "call_main", "Server"} <= defined
