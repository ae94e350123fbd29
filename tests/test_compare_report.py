"""The comparison of variants on synthetic trials with hand-computed answers, its plots
(valid PNG files, also in degenerate cases) and its report (Markdown tables; one
self-contained, escaped HTML file)."""

from __future__ import annotations

import json
import math
from dataclasses import replace
from pathlib import Path
from typing import Any

import matplotlib.image
import pytest

from workbench.compare import Comparison, PairedRow, ProblemPair, analyze
from workbench.plots import all_plots, paired_dots
from workbench.report import write_report
from workbench.stats import mcnemar_exact, paired_bootstrap
from workbench.trials import Trial

CODES = {
    "P": "passed",
    "W": "wrong_answer",
    "R": "runtime_error",
    "T": "timeout",
    "S": "syntax_error",
    "M": "memory_limit",
    "O": "output_limit",
    "X": "sandbox_error",
}
PNG = b"\x89PNG\r\n\x1a\n"


def cand(
    problem: str,
    variant: str,
    tests: str,
    sample: int = 0,
    cell: str = "T=0.8",
    logprob: float = -1.0,
    template: str = "chat",
) -> Trial:
    """One candidate's trial; `tests` spells its outcomes, public ones before the bar:
    "PW|PM" passed and failed its two public tests, then passed one private test and hit
    the memory limit on the other."""
    public, private = tests.split("|")
    letters = public + private
    line = {
        "problem": problem,
        "variant": variant,
        "template": template,
        "search": "sample",
        "cell": cell,
        "temperature": 0.8 if cell.startswith("T=") else None,
        "sample": sample,
        "code": "print(42)",
        "logprob": logprob,
        "public_pass_rate": public.count("P") / len(public) if public else None,
        "private_pass_rate": private.count("P") / len(private) if private else None,
        "passed_all": set(letters) == {"P"},
        "outcomes": [
            {"test": i, "public": i < len(public), "outcome": CODES[ch], "detail": ""}
            for i, ch in enumerate(letters)
        ],
    }
    return Trial.from_json(line)


def cands(problem: str, variant: str, *tests: str, **kw: Any) -> list[Trial]:
    return [cand(problem, variant, t, sample=i, **kw) for i, t in enumerate(tests)]


def refused(problem: str, variant: str, cell: str = "T=0.8") -> Trial:
    return Trial(
        problem=problem,
        variant=variant,
        template="chat",
        search="sample",
        cell=cell,
        refused="prompt longer than the context",
        sample=None,
    )


PROBLEMS = ["t/1", "t/2", "t/3", "t/4"]
APPLICABLE = {"original": PROBLEMS, "short": PROBLEMS, "callbased": ["t/1", "t/2"]}


def study() -> list[Trial]:
    """Four problems; callbased applies to t/1 and t/2 only. The hand-computed results are
    in the tests below."""
    return [
        # original, T=0.8: t/1 solved by its answer; t/2's answer is sample 1 (same public
        # rate as sample 0, higher likelihood), private 0; t/3 unsolved; t/4 refused.
        *cands("t/1", "original", "PP|PP", "PW|WW"),
        cand("t/2", "original", "PW|PW", sample=0, logprob=-1.0),
        cand("t/2", "original", "PW|WW", sample=1, logprob=-0.5),
        *cands("t/3", "original", "WW|WW", "RR|RR"),
        refused("t/4", "original"),
        # short, T=0.8
        *cands("t/1", "short", "PP|PP", "PP|PP"),
        *cands("t/2", "short", "PP|PP", "WW|WW"),
        *cands("t/3", "short", "PP|PW", "TT|TT"),
        *cands("t/4", "short", "PP|PP", "SS|SS"),
        # callbased, T=0.8: t/2's samples tie on public rate and likelihood, so sample 0
        # (private 1/2) is the answer although sample 1 passes everything.
        *cands("t/1", "callbased", "PW|WW", "WW|WW"),
        *cands("t/2", "callbased", "PP|PM", "PP|PP"),
        # Not applicable, or a variant not compared: must be left out altogether.
        cand("t/3", "callbased", "PP|PP"),
        refused("t/4", "callbased"),
        cand("t/1", "explained", "PP|PP", cell="T=0.2"),
        # greedy: one candidate each for t/1; callbased never ran there.
        cand("t/1", "original", "PP|PP", cell="greedy"),
        cand("t/1", "short", "PP|WW", cell="greedy"),
    ]


@pytest.fixture(scope="module")
def comparison() -> Comparison:
    return analyze(study(), APPLICABLE, seed=0)


def row(c: Comparison, variant: str, cell: str = "T=0.8") -> Any:
    return next(r for r in c.rows if (r.variant, r.cell) == (variant, cell))


def paired(c: Comparison, variant: str, cell: str = "T=0.8") -> PairedRow:
    return next(p for p in c.paired if (p.variant, p.cell) == (variant, cell))


def test_variants_templates_and_cells_are_ordered(comparison: Comparison) -> None:
    assert comparison.variants == ["original", "short", "callbased"]
    assert comparison.templates == ["chat"]
    assert comparison.cells == [("chat", "greedy"), ("chat", "T=0.8")]
    assert [(r.variant, r.cell) for r in comparison.rows][:2] == [
        ("original", "greedy"),
        ("original", "T=0.8"),
    ]


def test_per_variant_rows_by_hand(comparison: Comparison) -> None:
    o, s, cb = row(comparison, "original"), row(comparison, "short"), row(comparison, "callbased")
    assert (o.problems, o.candidates, o.refused, o.k) == (4, 6, 1, 2)
    assert (s.problems, s.candidates, s.refused, s.k) == (4, 8, 0, 2)
    assert (cb.problems, cb.candidates, cb.refused, cb.k) == (2, 4, 0, 2)  # t/3 left out
    # pass@1: mean of c/n per problem, a refused problem counting 0.
    assert o.pass_at_1 == pytest.approx(0.5 / 4)
    assert s.pass_at_1 == pytest.approx((1 + 0.5 + 0 + 0.5) / 4)
    assert cb.pass_at_1 == pytest.approx((0 + 0.5) / 2)
    # pass@2 with two samples: solved when any sample passes everything.
    assert o.pass_at_k == pytest.approx(1 / 4)
    assert s.pass_at_k == pytest.approx(3 / 4)
    assert cb.pass_at_k == pytest.approx(1 / 2)
    assert (o.strict_accuracy, s.strict_accuracy, cb.strict_accuracy) == (0.25, 0.75, 0.0)
    assert o.private_pass_rate == pytest.approx(0.25)
    assert s.private_pass_rate == pytest.approx((1 + 1 + 0.5 + 1) / 4)
    assert cb.private_pass_rate == pytest.approx(0.25)
    assert o.strict_ci[0] <= o.strict_accuracy <= o.strict_ci[1]


def test_outcome_shares_by_hand(comparison: Comparison) -> None:
    o, s, cb = row(comparison, "original"), row(comparison, "short"), row(comparison, "callbased")
    assert o.tests == 24
    assert o.outcome_shares == pytest.approx(
        {
            "passed": 8 / 24,
            "wrong_answer": 12 / 24,
            "runtime_error": 4 / 24,
            "timeout": 0.0,
            "syntax_error": 0.0,
            "other": 0.0,
        }
    )
    assert s.tests == 32
    assert (s.outcome_shares["passed"], s.outcome_shares["timeout"]) == (19 / 32, 4 / 32)
    assert (s.outcome_shares["syntax_error"], s.outcome_shares["wrong_answer"]) == (4 / 32, 5 / 32)
    assert cb.outcome_shares["other"] == 1 / 16  # the memory limit
    for r in (o, s, cb):
        assert sum(r.outcome_shares.values()) == pytest.approx(1.0)
    # callbased never ran greedy: two applicable problems, unsolved, no tests at all.
    g = row(comparison, "callbased", "greedy")
    assert (g.problems, g.candidates, g.k, g.strict_accuracy, g.tests) == (2, 0, 1, 0.0, 0)
    assert all(math.isnan(x) for x in g.outcome_shares.values())


def test_explicit_k() -> None:
    c = analyze(study(), APPLICABLE, k=1, seed=0)
    s = row(c, "short")
    assert s.k == 1 and s.pass_at_k == s.pass_at_1


def test_paired_rows_by_hand(comparison: Comparison) -> None:
    s = paired(comparison, "short")
    assert s.n == 4
    assert (s.baseline_private, s.variant_private) == pytest.approx((0.25, 0.875))
    assert s.diff == pytest.approx(0.625)
    expected = paired_bootstrap([1, 0, 0, 0], [1, 1, 0.5, 1], seed=0)
    assert s.diff_ci == pytest.approx((expected.lo, expected.hi))
    assert s.diff_ci[0] <= s.diff <= s.diff_ci[1]
    assert (s.baseline_strict, s.variant_strict) == (1, 3)
    assert (s.baseline_only, s.variant_only) == (0, 2)
    assert s.p_value == pytest.approx(0.5) == mcnemar_exact(0, 2)
    assert s.wins == {"variant": 3, "baseline": 0, "tie": 1}
    assert [(q.problem, q.winner) for q in s.problems] == [
        ("t/1", "tie"),
        ("t/2", "variant"),
        ("t/3", "variant"),
        ("t/4", "variant"),
    ]


def test_pairing_leaves_out_problems_a_variant_does_not_apply_to(
    comparison: Comparison,
) -> None:
    cb = paired(comparison, "callbased")
    assert [q.problem for q in cb.problems] == ["t/1", "t/2"]
    assert (cb.baseline_private, cb.variant_private, cb.diff) == pytest.approx((0.5, 0.25, -0.25))
    assert (cb.baseline_strict, cb.variant_strict, cb.baseline_only, cb.variant_only) == (
        1,
        0,
        1,
        0,
    )
    assert cb.p_value == 1.0
    assert cb.wins == {"variant": 1, "baseline": 1, "tie": 0}
    # greedy: callbased has no candidate, so the baseline's solved t/1 wins.
    g = paired(comparison, "callbased", "greedy")
    assert (g.n, g.baseline_only, g.wins["baseline"], g.wins["tie"]) == (2, 1, 1, 1)


def test_per_problem_frame(comparison: Comparison) -> None:
    f = comparison.per_problem
    assert {"problem", "variant", "template", "cell", "strict", "private"} <= set(f.columns)
    assert len(f) == (4 + 4 + 2) * 2  # applicable problems x cells
    assert not ((f.variant == "callbased") & (f.problem == "t/3")).any()
    one = f[(f.variant == "original") & (f.cell == "T=0.8")].set_index("problem")
    assert list(one.private) == [1.0, 0.0, 0.0, 0.0]
    assert list(one.strict) == [True, False, False, False]
    assert list(one.refused) == [False, False, False, True]


def test_to_dict_is_json_and_tables_are_formatted(comparison: Comparison) -> None:
    data = json.loads(json.dumps(comparison.to_dict(), allow_nan=False))
    assert data["baseline"] == "original"
    assert len(data["rows"]) == 6 and len(data["paired"]) == 4
    greedy_cb = next(
        r for r in data["rows"] if (r["variant"], r["cell"]) == ("callbased", "greedy")
    )
    assert greedy_cb["outcome_shares"]["passed"] is None  # NaN as null
    assert data["paired"][1]["p_value"] == 0.5
    table = comparison.table_rows()
    assert table[1]["pass@k"] == "25.0 (k=2)" and table[1]["refused"] == "1"
    short = comparison.paired_table_rows()[1]
    assert short["diff [95% CI]"].startswith("+62.5 [")
    assert (short["only base/var"], short["McNemar p"], short["wins var/base/tie"]) == (
        "0/2",
        "0.5",
        "3/0/1",
    )


def test_baseline_must_be_applicable() -> None:
    with pytest.raises(ValueError, match="baseline"):
        analyze(study(), {"short": PROBLEMS}, seed=0)


def assert_png(path: Path) -> None:
    data = path.read_bytes()
    assert data[:8] == PNG, path
    assert len(data) < 300_000, path
    image = matplotlib.image.imread(path)
    assert image.ndim == 3 and image.shape[0] > 100 and image.shape[1] > 100


@pytest.fixture(scope="module")
def rendered(comparison: Comparison, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("report")
    plots = all_plots(comparison, study(), folder)
    context = {"runs": "r1, r2", "model": "tiny", "set": "<script>alert(1)</script>"}
    write_report(comparison, plots, folder, context)
    return folder


def test_plots_are_valid_pngs(rendered: Path) -> None:
    names = sorted(p.name for p in rendered.glob("*.png"))
    assert names == ["heatmap-chat.png", "outcomes.png", "paired.png"]
    for p in rendered.glob("*.png"):
        assert_png(p)


def test_plots_survive_degenerate_comparisons(tmp_path: Path) -> None:
    """One problem, a variant applicable nowhere, a cell where every prompt was refused."""
    trials = [
        cand("t/1", "original", "P|W"),
        cand("t/1", "short", "P|P"),
        refused("t/1", "original", cell="beam"),
        refused("t/1", "short", cell="beam"),
    ]
    c = analyze(trials, {"original": ["t/1"], "short": ["t/1"], "storyfree": []}, seed=0)
    nowhere = row(c, "storyfree")
    assert (nowhere.problems, nowhere.candidates) == (0, 0)
    assert math.isnan(nowhere.strict_accuracy) and math.isnan(nowhere.pass_at_1)
    empty = paired(c, "storyfree")
    assert empty.n == 0 and math.isnan(empty.diff) and empty.p_value == 1.0
    beam = row(c, "short", "beam")
    assert (beam.refused, beam.candidates, beam.strict_accuracy) == (1, 0, 0.0)
    plots = all_plots(c, trials, tmp_path)
    assert len(plots) == 3
    for p in plots.values():
        assert_png(p)
    md, page = write_report(c, plots, tmp_path, {})
    assert "storyfree: no problem applicable to both." in md.read_text()
    # Nothing but the baseline: the paired figure says so instead of failing.
    alone = analyze(trials, {"original": ["t/1"]}, seed=0)
    assert_png(paired_dots(alone, tmp_path / "alone.png"))


def test_paired_dots_skip_undefined_rates(comparison: Comparison, tmp_path: Path) -> None:
    s = paired(comparison, "short")
    nan = float("nan")
    odd = (*s.problems, ProblemPair("t/9", nan, 0.5, False, False, "tie"))
    c = replace(comparison, paired=[replace(s, problems=odd)])
    assert_png(paired_dots(c, tmp_path / "nan.png"))


def test_report_markdown_has_the_tables(rendered: Path) -> None:
    md = (rendered / "report.md").read_text()
    assert "| variant | template | cell | problems | candidates | refused |" in md
    assert "| short | chat | T=0.8 | 4 | 8 | 0 | 50.0 | 75.0 (k=2) |" in md
    assert "| short | chat | T=0.8 | 4 | 25.0 | 87.5 | +62.5 [" in md
    assert "| 0/2 | 0.5 | 3/0/1 |" in md
    assert "| t/2 | 0.0 → 0.0 = | 0.0 → 100.0 ▲ |" in md  # greedy: neither has a candidate
    assert "| t/1 | 100.0 → 0.0 ▼ | 100.0 → 0.0 ▼ |" in md  # callbased loses t/1
    for name in ("heatmap-chat.png", "outcomes.png", "paired.png"):
        assert f"]({name})" in md
    assert "cannot decide" in md
    assert "<script>" not in md


def test_report_html_is_self_contained_and_escaped(tmp_path: Path) -> None:
    trials = [cand("t/<script>x</script>", v, "P|P") for v in ("original", "short")]
    ids = ["t/<script>x</script>"]
    c = analyze(trials, {"original": ids, "short": ids}, seed=0)
    plots = all_plots(c, trials, tmp_path)
    _, page = write_report(c, plots, tmp_path, {"model": "<script>alert('x')</script>"})
    text = page.read_text()
    assert "<script" not in text.lower()
    assert "t/&lt;script&gt;x&lt;/script&gt;" in text
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in text
    assert "http" not in text  # no external image, stylesheet or font
    assert text.count('src="data:image/png;base64,') == len(plots) == 3
