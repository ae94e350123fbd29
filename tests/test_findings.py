"""The paired result in one sentence: decided when McNemar's p < 0.05 and the solve counts
differ, else "cannot decide" with the counts and why; the baseline named as such."""

from __future__ import annotations

from workbench.compare import PairedRow
from workbench.findings import sentence


def _row(base: int, var: int, base_only: int, var_only: int, p: float, n: int = 40) -> PairedRow:
    return PairedRow(
        variant="callbased@authored",
        template="chat",
        cell="T=0",
        n=n,
        baseline_private=0.3,
        variant_private=0.45,
        diff=0.15,
        diff_ci=(0.05, 0.26),
        baseline_strict=base,
        variant_strict=var,
        baseline_only=base_only,
        variant_only=var_only,
        p_value=p,
        wins={"variant": 10, "baseline": 2, "tie": 28},
        problems=(),
    )


def test_a_decided_difference() -> None:
    line = sentence(_row(8, 17, 0, 9, 0.0039), "original")
    assert line == (
        "callbased@authored solves 9 more of 40 problems than the original statement "
        "(17 against 8), McNemar p = 0.0039; private pass rate +15.0 points [+5.0, +26.0]."
    )
    assert "9 fewer" in sentence(_row(17, 8, 9, 0, 0.0039), "short@authored")


def test_cannot_decide() -> None:
    line = sentence(_row(8, 10, 3, 5, 0.73), "original")
    assert line.startswith("cannot decide: callbased@authored solves 10 of 40 problems, ")
    assert "the original statement 8 (+2; 5 solved by the variant only, 3 by the baseline" in line
    none = sentence(_row(0, 0, 0, 0, 1.0), "original")
    assert none.startswith("cannot decide: neither the original statement nor")
    assert "no problem in common" in sentence(_row(0, 0, 0, 0, float("nan"), n=0), "original")
