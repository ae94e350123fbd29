"""A comparison's paired result said in one plain sentence per variant (and cell).

The sentence leads with what a reader asks first: does the variant solve more problems
than the baseline, by how many of how many, and does the test decide it (McNemar's exact
test on the problems solved by one statement only, at the 5% level). The difference in
private pass rate with its 95% paired-bootstrap interval follows, as a second, finer view.
"""

from __future__ import annotations

import math

from workbench.compare import Comparison, PairedRow

ALPHA = 0.05


def statement_name(name: str) -> str:
    return "the original statement" if name == "original" else name


def sentence(row: PairedRow, baseline: str) -> str:
    """What one paired row shows, or why it cannot decide."""
    base = statement_name(baseline)
    if row.n == 0:
        return f"cannot decide: {row.variant} and {base} have no problem in common."
    rate = f"private pass rate {100 * row.diff:+.1f} points" + (
        ""
        if any(math.isnan(b) for b in row.diff_ci)
        else f" [{100 * row.diff_ci[0]:+.1f}, {100 * row.diff_ci[1]:+.1f}]"
    )
    if row.baseline_strict == 0 and row.variant_strict == 0:
        return (
            f"cannot decide: neither {base} nor {row.variant} solves any of the "
            f"{row.n} problems ({rate})."
        )
    more = row.variant_strict - row.baseline_strict
    p = f"McNemar p = {row.p_value:.2g}"
    if row.p_value < ALPHA and more != 0:
        word = "more" if more > 0 else "fewer"
        return (
            f"{row.variant} solves {abs(more)} {word} of {row.n} problems than {base} "
            f"({row.variant_strict} against {row.baseline_strict}), {p}; {rate}."
        )
    return (
        f"cannot decide: {row.variant} solves {row.variant_strict} of {row.n} problems, "
        f"{base} {row.baseline_strict} ({more:+d}; {row.variant_only} solved by the variant "
        f"only, {row.baseline_only} by the baseline only), {p}; {rate}."
    )


def sentences(comparison: Comparison) -> list[str]:
    """One sentence per paired row; the template and cell are named when there are several."""
    several = len(comparison.cells) > 1
    out = []
    for row in comparison.paired:
        where = f"[{row.template}, {row.cell}] " if several else ""
        out.append(where + sentence(row, comparison.baseline))
    return out
