"""The rewriter engine and the LLM prose rewriters, with a scripted model: sections round
trip, checks catch what they name, a failed check is retried with a new seed and then
rejected (never used), acceptance is counted, and frozen files are versioned, not
overwritten."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

import pytest
from answer_model import AnswerModel

from workbench import freezing, rewriting, variants
from workbench.corpus import find_problem, load_corpus
from workbench.execution import Executor
from workbench.registry import UnknownName
from workbench.rewritable import (
    call_statement,
    numbers,
    proper_nouns,
    stdio_statement,
    variables,
    words,
)
from workbench.rewrite_result import acceptance
from workbench.rewriting import Tools, rewrite_all

FRESH = "fresh/003"  # Timur's fridge magnets: q test cases, words s and r


def test_registry_has_every_rewriter() -> None:
    names = set(rewriting.registry())
    assert {"short", "storyfree", "paraphrase", "explained", "feedback"} <= names
    with pytest.raises(UnknownName, match="unknown rewriter 'nope'"):
        rewriting.get("nope")


def test_call_sections_round_trip_on_humaneval() -> None:
    """Every HumanEval docstring but one (115: its string follows an import) splits into
    prose and the rest, and renders back to the same code (up to blank-line spaces)."""
    failed = []
    for p in load_corpus("humaneval").problems:
        try:
            cs = call_statement(p)
        except ValueError:
            failed.append(p.id)
            continue
        strip = [ln.rstrip() for ln in (p.starter_code or "").splitlines()]
        assert [ln.rstrip() for ln in cs.render().splitlines()] == strip, p.id
        assert ">>>" not in cs.prose
    assert failed == ["humaneval/115"]
    cs = call_statement(find_problem("humaneval/81"))
    assert cs.prose.endswith("using the following table:")  # the table stays verbatim
    assert "A+" in cs.after and "grade_equation" in cs.after


def test_fact_extractors() -> None:
    text = "Given n (1 ≤ n ≤ 10^5) and a_i, print s. Timur and Dasha play; Polycarp waits."
    assert numbers(text) == {"1", "10", "5"}
    assert {"n", "a_i", "s"} <= variables(text)
    assert proper_nouns(text) == {"Dasha", "Polycarp"}  # Timur opens one sentence, once
    assert proper_nouns("Ann likes English words. Then Ann reads.") == {"Ann"}
    # A name that only ever opens sentences (Polycarp's usual place) is still a name; an
    # opener that is a common word, or occurs in lower case too, is not.
    story = "Polycarp has n coins. Polycarp wants k. Help him. Count them. Each coin counts."
    assert proper_nouns(story) == {"Polycarp"}
    assert words("two words") == 2


def test_short_is_accepted_when_short_and_complete() -> None:
    p = find_problem(FRESH)
    legend = stdio_statement(p).legend
    good = (
        "Magnets show letters; vowels a, e, i, o and u are red, others (y too) blue. "
        "One may swap two same-colour magnets any number of times. Can word s become r?"
    )
    model = AnswerModel(lambda text, t, s: good if legend in text else "?")
    (out,) = rewrite_all(rewriting.get("short"), [p], model, Tools(), model_id="scripted")
    assert out.status == "accepted", out.reason
    v = out.variant
    assert v is not None and v.variant == "short"
    new = stdio_statement(replace(p, statement=v.statement))
    old = stdio_statement(p)
    assert new.legend == good
    assert (new.input, new.output, new.examples) == (old.input, old.output, old.examples)
    assert v.provenance["rewriter"] == "short" and v.provenance["model"] == "scripted"
    assert v.provenance["attempt"] == 1 and v.provenance["temperature"] == 0.0
    assert "at most 60% of the words" in v.provenance["checks"]
    assert re.fullmatch(r"[0-9a-f]{64}", v.provenance["prompt_hash"])


def test_a_failed_check_is_retried_with_a_new_seed_then_rejected() -> None:
    p = find_problem(FRESH)
    legend = stdio_statement(p).legend
    # Greedy copies the legend (too long); a sampled retry drops a variable; never fixed.
    replies = {0.0: legend, 0.7: "Magnets have colours. Can the first word become the other?"}
    model = AnswerModel(lambda text, t, s: replies[t])
    (out,) = rewrite_all(rewriting.get("short"), [p], model, Tools(), attempts=3, seed=5)
    assert out.status == "rejected" and out.variant is None and out.attempts == 3
    assert any("at most 60% of the words" in f for f in out.failures)
    assert any("kept variable names" in f for f in out.failures)
    seeds = [t for _, t in model.calls]
    assert seeds == [0.0, 0.7, 0.7]
    summary = acceptance([out])
    assert summary.accepted == 0 and summary.rejected == 1
    assert summary.acceptance_rate == 0.0


def test_retry_succeeds_on_the_second_attempt() -> None:
    p = find_problem(FRESH)
    good = (
        "Letters a, e, i, o, u are red, the rest (y too) blue; swap equal colours. Can s become r?"
    )
    model = AnswerModel(lambda text, t, s: "Timur" if t == 0 else good)
    (out,) = rewrite_all(rewriting.get("short"), [p], model, Tools(), attempts=3, seed=2)
    assert out.status == "accepted" and out.attempts == 2
    assert out.variant is not None and out.variant.provenance["seed"] == 3


def test_storyfree_rejects_the_story_names() -> None:
    p = find_problem(FRESH)
    with_name = (
        "Timur has magnets with letters; vowels a, e, i, o, u are red, the others (y too) "
        "blue. Swapping two magnets of one colour any number of times, can the word s "
        "become the word r?"
    )
    without = with_name.replace("Timur has magnets", "There are magnets")
    output = "For each test case, print YES if s can be turned into r, and NO otherwise."

    def answer(text: str, t: float, s: int | None) -> str:
        if "print YES if Timur can" in text:  # the Output section names him too
            return output
        return with_name if t == 0 else without

    model = AnswerModel(answer)
    (out,) = rewrite_all(rewriting.get("storyfree"), [p], model, Tools(), attempts=2)
    assert out.status == "accepted" and out.attempts == 2
    assert "no names of the story: still names Timur" in out.failures[0]
    new = stdio_statement(replace(p, statement=out.variant.statement))  # type: ignore[union-attr]
    assert new.output == output and new.legend == without
    assert new.examples == stdio_statement(p).examples
    assert new.input == stdio_statement(p).input  # names no one: kept verbatim
    # The instructions name what to remove.
    assert "Timur" in model.calls[0][0].split("Example.")[0]


def test_paraphrase_rejects_a_copy_and_call_problems_keep_their_code() -> None:
    p = find_problem("humaneval/0")
    prose = call_statement(p).prose
    other = (
        "Decide whether the list numbers holds two values whose distance is below the "
        "given threshold."
    )
    answers = iter([prose, other])
    model = AnswerModel(lambda text, t, s: next(answers))
    (out,) = rewrite_all(rewriting.get("paraphrase"), [p], model, Tools(), attempts=2)
    assert out.status == "accepted", out.failures
    assert "reworded" in out.failures[0]
    v = out.variant
    assert v is not None and v.starter_code == v.statement and v.entry_point == p.entry_point
    assert other in v.statement and ">>> has_close_elements([1.0, 2.0, 3.0], 0.5)" in v.statement
    compile(v.statement, "variant", "exec")


def test_model_code_or_nothing_is_rejected() -> None:
    p = find_problem(FRESH)
    model = AnswerModel(lambda text, t, s: "```python\nprint(1)\n```" if t == 0 else "")
    (out,) = rewrite_all(rewriting.get("short"), [p], model, Tools(), attempts=2)
    assert out.status == "rejected"
    assert "answer: the model wrote code" in out.failures[0] and "no text" in out.failures[1]


def test_explained_adds_explanations_that_reach_the_output() -> None:
    p = find_problem(FRESH)
    outputs = [e.output for e in stdio_statement(p).examples]

    def answer(text: str, t: float, s: int | None) -> str:
        out = text.split("Expected output:\n", 1)[1].split("\n", 1)[0]
        return f"Compare the colours letter by letter. So the first answer is {out}."

    model = AnswerModel(answer)
    (out,) = rewrite_all(rewriting.get("explained"), [p], model, Tools())
    assert out.status == "accepted", out.reason
    st = stdio_statement(replace(p, statement=out.variant.statement))  # type: ignore[union-attr]
    assert [e.output for e in st.examples] == outputs
    assert all("Step by step: Compare the colours" in e.note for e in st.examples)
    wrong = AnswerModel(lambda text, t, s: "Compare the colours.")
    (bad,) = rewrite_all(rewriting.get("explained"), [p], wrong, Tools(), attempts=1)
    assert bad.status == "rejected" and "arrives at the output" in bad.reason


def test_explained_on_a_call_problem_keeps_the_docstring() -> None:
    p = find_problem("humaneval/12")
    model = AnswerModel(lambda text, t, s: "The longest is 'ccc', so it is ccc. None if empty.")
    (out,) = rewrite_all(rewriting.get("explained"), [p], model, Tools(), attempts=1)
    # 'a' is never said: the example with output 'a' fails, honestly.
    assert out.status == "rejected" and "arrives at the output" in out.reason
    model = AnswerModel(
        lambda text, t, s: "It returns " + text.split("Expected output:\n")[1].split("\n")[0]
    )
    (out,) = rewrite_all(rewriting.get("explained"), [p], model, Tools(), attempts=1)
    assert out.status == "accepted", out.reason
    code = out.variant.starter_code  # type: ignore[union-attr]
    compile(code or "", "variant", "exec")
    assert "Why the examples are right:" in (code or "")
    assert (code or "").startswith((p.starter_code or "").split('    """\n')[0])


def test_feedback_shows_public_failures_only(executor: Executor) -> None:
    p = find_problem("fresh/001")
    model = AnswerModel(lambda text, t, s: "print('NO')\n```")
    (out,) = rewrite_all(rewriting.get("feedback"), [p], model, Tools(executor=executor))
    assert out.status == "accepted", out.reason
    v = out.variant
    assert v is not None and v.statement.startswith(p.statement.rstrip("\n"))
    assert "## A previous attempt" in v.statement and "print('NO')" in v.statement
    first = v.provenance["first_round"]
    assert all(p.tests[i].public for i in first["shown"])
    for t in p.tests:
        if not t.public and len(t.input or "") > 20:
            assert (t.input or "").strip() not in v.statement
    solved = AnswerModel(lambda text, t, s: p.solutions[0] + "\n```")
    (same,) = rewrite_all(rewriting.get("feedback"), [p], solved, Tools(executor=executor))
    assert same.status == "not_applicable" and "passes every public test" in same.reason


def test_freeze_appends_records_and_refresh_keeps_old_versions(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WORKBENCH_VARIANTS", str(tmp_path))
    p, q = find_problem(FRESH), find_problem("humaneval/115")
    good = (
        "Letters a, e, i, o, u are red, the rest (y too) blue; swap equal colours. Can s become r?"
    )
    model = AnswerModel(lambda text, t, s: good)
    outs = rewrite_all(rewriting.get("short"), [p, q], model, Tools(), model_id="m1")
    assert [o.status for o in outs] == ["accepted", "not_applicable"]
    path, meta_path = freezing.freeze("fresh", "short", outs[:1], "m1", "h1")
    freezing.freeze("humaneval", "short", outs[1:], "m1", "h1")
    assert variants.load_frozen("fresh", "short")[FRESH].statement == outs[0].variant.statement  # type: ignore[union-attr]
    meta = json.loads(meta_path.read_text())
    assert meta["acceptance"]["m1"]["accepted"] == 1
    assert freezing.recorded("fresh", "short") == {FRESH}
    hmeta = variants.load_meta("humaneval", "short")
    assert hmeta["problems"]["humaneval/115"]["status"] == "not_applicable"
    before = path.read_text()
    assert freezing.archive("fresh", "short") == 1
    assert not path.exists() and (tmp_path / "fresh" / "short.v1.jsonl").read_text() == before
    freezing.freeze("fresh", "short", outs[:1], "m2", "h2")
    assert freezing.archive("fresh", "short") == 2
    assert (tmp_path / "fresh" / "short.v1.jsonl").read_text() == before
    assert variants.frozen_rewriters("fresh") == []


def test_a_text_that_breaks_the_shape_is_a_failed_check() -> None:
    p = find_problem("humaneval/19")
    # Prose that opens like an example leaves the docstring without prose: rejected.
    model = AnswerModel(lambda text, t, s: "Input: words zero..nine; return numbers sorted.")
    (out,) = rewrite_all(rewriting.get("short"), [p], model, Tools(), attempts=1)
    assert out.status == "rejected" and "well-formed" in out.reason


def test_refresh_of_some_problems_carries_the_others_over(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WORKBENCH_VARIANTS", str(tmp_path))
    ps = [find_problem("humaneval/0"), find_problem("humaneval/2")]
    outs = rewrite_all(rewriting.get("renamed"), ps, None, Tools())
    freezing.freeze("humaneval", "renamed", outs, None, None)
    assert freezing.archive("humaneval", "renamed", {"humaneval/2"}) == 1
    assert set(variants.load_frozen("humaneval", "renamed")) == {"humaneval/0"}
    assert freezing.recorded("humaneval", "renamed") == {"humaneval/0"}
    assert set(json.loads((tmp_path / "humaneval" / "renamed.v1.meta.json").read_text())[
        "problems"]) == {"humaneval/0", "humaneval/2"}  # fmt: skip


def test_storyfree_needs_a_story() -> None:
    assert rewriting.get("storyfree").applicable(find_problem("humaneval/0")) == (
        "no story: the text names no character"
    )
    assert rewriting.get("storyfree").applicable(find_problem("fresh/001")) is None
