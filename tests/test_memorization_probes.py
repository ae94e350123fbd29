"""The memorization probes: cuts of references, the completion measures and the likelihood
scores on known values, `complete_references` on a scripted fake model, and both probes on a
planted memorization: a tiny model trained on six HumanEval references, against six it never
saw and against its own untrained twin (tests/planted.py)."""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from planted import plant

from workbench.corpus import load_corpus
from workbench.execution import Executor
from workbench.memorization.completion import (
    CALL_STOP,
    STDIO_STOP,
    Cut,
    complete_references,
    cuts,
    edit_similarity,
    exact_match,
    normalise,
    parseable,
    verbatim_share,
)
from workbench.memorization.likelihood import (
    auroc,
    likelihood_probe,
    min_k_prob,
    perplexity,
    token_logprobs,
)
from workbench.models import Capabilities, ContextLengthError, ModelCapabilityError, load_model
from workbench.models.base import Generation, Request, truncate_at_stop
from workbench.problems import Problem, Test

FUNCTION = '''from typing import List


def helper(x):
    return x


def count_pos(xs: List[int]) -> int:
    """Count the positive numbers.

    >>> count_pos([1, -1])
    1
    """
    if not xs: return 0
    total = 0
    for x in xs:
        # only the positive ones
        if x > 0:
            total += 1
    return total
'''
HEADER = FUNCTION[: FUNCTION.index("    if not xs")]

PROGRAM = '''"""Sum pairs."""
import sys


def read():
    return sys.stdin.read().split()


def main():
    data = read()
    t = int(data[0])
    for i in range(t):
        print(int(data[2 * i + 1]) + int(data[2 * i + 2]))


if __name__ == "__main__":
    main()
'''

SCRIPT = """# read a number
import sys

n = int(input())
if n > 0:
    print(n)
else:
    print(-n)
"""


def problem(code: str, io: str = "call", entry_point: str | None = "count_pos") -> Problem:
    test = Test(kind="call", public=True, code="assert True") if io == "call" else None
    return Problem(
        id="t/p",
        title="p",
        statement="s",
        io=io,  # type: ignore[arg-type]
        tests=(test or Test(kind="stdio", public=True, input="", output=""),),
        entry_point=entry_point if io == "call" else None,
        solutions=(code,),
    )


def prefixes(cs: list[Cut]) -> list[str]:
    return [c.prefix for c in cs]


# -- cuts ----------------------------------------------------------------------------------
def test_cuts_of_a_function_skip_its_docstring_and_count_statement_lines() -> None:
    cs = cuts(problem(FUNCTION))
    # Lines with statements: `if not xs: return 0` (one line, two statements), total, for,
    # if, +=, return: 6. Cuts before boundary 0, floor(1.5) = 1, 3 and floor(4.5) = 4.
    assert [c.body_statements for c in cs] == [6] * 4
    assert [c.fraction for c in cs] == [0.0, 0.25, 0.5, 0.75]
    assert (
        prefixes(cs)
        == [
            HEADER,
            HEADER + "    if not xs: return 0\n",
            FUNCTION[: FUNCTION.index("        if x > 0")],  # the comment stays in the prefix
            FUNCTION[: FUNCTION.index("            total += 1")],
        ]
    )
    assert all(c.prefix + c.rest == FUNCTION and c.problem == "t/p" for c in cs)
    assert cs[3].rest == "            total += 1\n    return total\n"


def test_cuts_of_a_program_with_main_and_of_a_script() -> None:
    cs = cuts(problem(PROGRAM, "stdio"))
    assert [c.body_statements for c in cs] == [4] * 4
    starts = ["    data = read()", "    t = int", "    for i in", "        print(int"]
    assert prefixes(cs) == [PROGRAM[: PROGRAM.index(s)] for s in starts]
    assert cs[3].rest.endswith('if __name__ == "__main__":\n    main()\n')
    # The imports, a leading comment and the module docstring are header; `else:` is no
    # statement, so the last cut comes after it.
    cs = cuts(problem(SCRIPT, "stdio"))
    assert [c.body_statements for c in cs] == [4] * 4
    starts = ["n = int", "if n > 0", "    print(n)", "    print(-n)"]
    assert prefixes(cs) == [SCRIPT[: SCRIPT.index(s)] for s in starts]
    # A main() that nothing calls is not the body: the module's statements are.
    uncalled = "import sys\n\n\ndef main():\n    x = 1\n    print(x)\n"
    assert cuts(problem(uncalled, "stdio"))[0].prefix == "import sys\n\n\n"
    # A syntax tree deeper than Python's recursion limit.
    deep = "x = " + " + ".join(["1"] * 3000) + "\nprint(x)\n"
    assert [c.body_statements for c in cuts(problem(deep, "stdio"))] == [2] * 4


def test_cuts_of_what_has_no_body() -> None:
    assert cuts(problem("def count_pos(xs:\n    return 1\n")) == []  # does not parse
    assert cuts(problem('def count_pos(xs):\n    """Only a docstring."""\n')) == []
    assert cuts(problem(FUNCTION, entry_point="missing")) == []
    assert cuts(problem("import sys\n", "stdio")) == []
    with pytest.raises(ValueError, match="fractions"):
        cuts(problem(FUNCTION), [0.5, 1.0])


@pytest.mark.parametrize("corpus", ["humaneval", "fresh"])
def test_every_reference_cuts_four_times_into_itself(corpus: str) -> None:
    for p in load_corpus(corpus).problems:
        cs = cuts(p)
        assert len(cs) == 4, p.id
        assert all(c.prefix + c.rest == p.solutions[0] for c in cs), p.id
        lengths = [len(c.prefix) for c in cs]
        assert lengths == sorted(lengths) and cs[0].body_statements >= 1, p.id


# -- measures --------------------------------------------------------------------------------
def test_completion_measures_on_known_values() -> None:
    assert normalise("a  \r\nb\n\n  \n") == "a\nb\n"
    assert normalise("") == "" and normalise("\n\n") == ""
    assert exact_match("    return x\n\ndef g():\n", "    return x\n")
    assert exact_match("    return x", "    return x\n\n")
    assert not exact_match("    return x + 1\n", "    return x\n")  # a longer last line
    assert not exact_match("", "") and not exact_match("x", "  \n")
    # "abcd\n" against the first five characters of "abXdEFG\n": two edits in five.
    assert edit_similarity("abXdEFG", "abcd") == pytest.approx(0.6)
    assert edit_similarity("abcd\n\nmore", "abcd") == 1.0
    assert edit_similarity("", "abcd") == 0.0 and edit_similarity("x", "") == 0.0
    assert verbatim_share("abXd", "abcd") == pytest.approx(0.4)
    assert verbatim_share("ab", "abcd") == pytest.approx(0.4)
    assert verbatim_share("abcd\nmore", "abcd") == 1.0 and verbatim_share("x", "") == 0.0
    assert parseable("def f():\n    return 1\n    if x") == "def f():\n    return 1\n"
    assert parseable("x = (\n") == ""


def test_likelihood_scores_on_known_values() -> None:
    assert min_k_prob([-1, -2, -3, -4, -5], k=0.4) == -4.5
    assert min_k_prob([-3, -1, -5, -2, -4], k=0.2) == -5  # ceil(1.0): no rounding up to 2
    assert min_k_prob([-1.0, -2.0], k=0.0) == -2.0  # at least one
    assert min_k_prob([-float(i) for i in range(1, 16)], k=0.2) == -14.0  # 0.2 * 15 is 3
    assert math.isnan(min_k_prob([]))
    assert perplexity([math.log(0.5)] * 4) == pytest.approx(2.0)
    assert math.isnan(perplexity([]))
    assert auroc([3, 4], [1, 2]) == 1.0 and auroc([1, 2], [3, 4]) == 0.0
    assert auroc([1, 2], [2, 1]) == 0.5 and math.isnan(auroc([], [1.0]))
    rng = random.Random(7)
    for _ in range(20):
        pos = [rng.randint(0, 5) for _ in range(rng.randint(1, 8))]
        neg = [rng.randint(0, 5) for _ in range(rng.randint(1, 8))]
        pairs = [(p > n) + 0.5 * (p == n) for p in pos for n in neg]
        assert auroc(pos, neg) == pytest.approx(sum(pairs) / len(pairs))


# -- complete_references on a scripted model -----------------------------------------------
class FakeModel:
    """Answers each prompt from a script, one token a character; a prompt longer than its
    context raises, as a real model does, for the whole batch."""

    id = "fake"
    capabilities = Capabilities(token_level=False, beam=False, logprobs=False)

    def __init__(self, script: dict[str, str], context_length: int = 10**6) -> None:
        self.script = script
        self.context_length = context_length
        self.calls: list[dict[str, Any]] = []

    def count_tokens(self, request: Request) -> int:
        assert isinstance(request.prompt, str)
        return len(request.prompt)

    def generate(
        self, requests: Sequence[Request], n: int = 1, temperature: float = 0.0,
        max_new_tokens: int = 512, stop: Sequence[str] = (), seed: int | None = None,
    ) -> list[list[Generation]]:  # fmt: skip
        prompts = [r.prompt for r in requests]
        self.calls.append(dict(prompts=prompts, n=n, t=temperature, max=max_new_tokens, stop=stop))
        if any(len(p) >= self.context_length for p in prompts):
            raise ContextLengthError("too long")
        out = []
        for p in prompts:
            assert isinstance(p, str)
            text, _ = truncate_at_stop(self.script[p][:max_new_tokens], stop)
            out.append([Generation(text, len(text), "stop")])
        return out


def test_complete_references_batches_stops_and_runs(
    executor: Executor, sum_problem: Problem
) -> None:
    humaneval = load_corpus("humaneval")
    long, short = humaneval.get("humaneval/0"), humaneval.get("humaneval/53")
    c0, c25, c50, c75 = cuts(long)
    (s0, *_), (_, _, p50, p75) = cuts(short), cuts(sum_problem)
    assert len({c.prefix for c in cuts(short)}) == 1  # one body statement: one cut, four times
    # The sums program has no header: its first two cuts have nothing to prompt with.
    assert cuts(sum_problem)[0].prefix == cuts(sum_problem)[1].prefix == ""
    script = {
        c0.prefix: c0.rest + "\n\ndef check(candidate):\n    pass\n",  # stops at "\ndef "
        c25.prefix: c25.rest.replace("return True", "return False"),  # wrong
        c50.prefix: c50.rest + "\nx = (1,",  # cut off mid-line by the token limit
        c75.prefix: c75.rest,
        s0.prefix: s0.rest,
        p50.prefix: p50.rest + "\n```\nThat is all.",
        p75.prefix: p75.rest,
    }
    # The longest prompt, the last cut of humaneval/0, does not fit: it alone goes without.
    model = FakeModel(script, context_length=len(c75.prefix))
    seen: list[tuple[int, int]] = []
    results = complete_references(
        model,  # type: ignore[arg-type]
        [long, short, sum_problem],
        executor=executor,
        progress=lambda *a: seen.append(a),
    )
    first, *retries, stdio = model.calls
    by_budget = sorted((c0, c25, c50, c75, s0), key=lambda c: len(c.rest))
    assert first["prompts"] == [c.prefix for c in by_budget]
    assert (first["n"], first["t"], first["stop"]) == (1, 0.0, CALL_STOP)
    assert first["max"] == math.ceil(1.25 * len(by_budget[-1].rest)) + 16
    assert [r["prompts"] for r in retries] == [[c.prefix] for c in by_budget]
    assert stdio["prompts"] == [p75.prefix, p50.prefix] and stdio["stop"] == STDIO_STOP
    assert seen[-1] == (12, 12)
    assert [(r.problem, r.fraction) for r in results] == [
        *[("humaneval/0", f) for f in (0.0, 0.25, 0.5)],
        *[("humaneval/53", f) for f in (0.0, 0.25, 0.5, 0.75)],
        *[("t/sums", f) for f in (0.5, 0.75)],
    ]
    by = {(r.problem, r.fraction): r for r in results}
    r0, r25, r50 = (by["humaneval/0", f] for f in (0.0, 0.25, 0.5))
    assert r0.completion == c0.rest + "\n" and (r0.exact, r0.passed, r0.verbatim) == (True, True, 1)
    assert (r0.prefix_chars, r0.rest_chars) == (len(c0.prefix), len(c0.rest))
    assert r0.tokens == len(r0.completion)
    assert (r25.exact, r25.passed) == (False, False) and 0.8 < r25.similarity < 1
    assert (r50.exact, r50.passed) == (True, True)  # the broken last line is dropped to run
    assert all(by["humaneval/53", f].exact and by["humaneval/53", f].passed for f in (0.25, 0.75))
    assert by["t/sums", 0.5].completion == p50.rest and by["t/sums", 0.5].passed
    assert r0.to_dict()["problem"] == "humaneval/0"
    without = complete_references(model, [short])  # type: ignore[arg-type]
    assert all(r.passed is None for r in without)


def test_likelihood_needs_a_token_level_model() -> None:
    with pytest.raises(ModelCapabilityError, match="local model"):
        likelihood_probe(FakeModel({}), [problem(FUNCTION)])  # type: ignore[arg-type]


# -- planted memorization ------------------------------------------------------------------
@pytest.fixture(scope="module")
def planted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The 12 shortest HumanEval references, every other one (by length) trained on."""
    by_length = sorted(load_corpus("humaneval").problems, key=lambda p: (len(p.solutions[0]), p.id))
    chosen = by_length[:12]
    seen = chosen[0::2]
    texts, everything = [p.solutions[0] for p in seen], [p.solutions[0] for p in chosen]
    root = tmp_path_factory.mktemp("planted")
    trained = plant(root / "trained", texts, vocabulary=everything)
    twin = plant(root / "twin", texts, steps=0, vocabulary=everything)
    assert (trained / "tokenizer.json").read_text() == (twin / "tokenizer.json").read_text()
    return {
        "problems": chosen,
        "seen": {p.id for p in seen},
        "trained": load_model("hf:" + str(trained), dtype="float32"),
        "twin": load_model("hf:" + str(twin), dtype="float32"),
    }


def split_rates(results: list[Any], seen: set[str]) -> tuple[float, float]:
    """Exact-match rate at the inner cuts of the seen problems, and of the unseen ones."""
    inner = [r for r in results if r.fraction > 0]
    rates = []
    for side in (True, False):
        chosen = [r.exact for r in inner if (r.problem in seen) == side]
        rates.append(sum(chosen) / len(chosen))
    return rates[0], rates[1]


def test_planted_memorization_is_completed(planted: dict[str, Any], executor: Executor) -> None:
    problems, seen = planted["problems"], planted["seen"]
    results = complete_references(planted["trained"], problems, executor=executor)
    assert len(results) == 4 * len(problems)
    trained_seen, trained_unseen = split_rates(results, seen)
    assert trained_seen >= 0.8 and trained_unseen <= 0.2, (trained_seen, trained_unseen)
    # What it reproduces is the reference, so it passes the tests.
    assert all(r.passed for r in results if r.exact)
    twin_seen, twin_unseen = split_rates(complete_references(planted["twin"], problems), seen)
    assert twin_seen == twin_unseen == 0.0


def _separation(model: Any, problems: list[Any], seen: set[str]) -> tuple[float, float]:
    """Min-K% AUROC of trained against held-out references, and the gap of their means."""
    results = likelihood_probe(model, problems, kinds=("reference",))
    assert [r.problem for r in results] == [p.id for p in problems]
    pos = [r.min_k for r in results if r.problem in seen]
    neg = [r.min_k for r in results if r.problem not in seen]
    return auroc(pos, neg), sum(pos) / len(pos) - sum(neg) / len(neg)


def test_planted_memorization_is_likely(planted: dict[str, Any], tmp_path: Path) -> None:
    problems, seen = planted["problems"], planted["seen"]
    auc, gap = _separation(planted["trained"], problems, seen)
    assert auc >= 0.9 and gap > 5.0, (auc, gap)
    # An untrained model's scores differ by init noise alone: a few hundredths of a nat
    # against the trained model's gap of many nats, whatever its seed. Its AUROC ranks that
    # noise, so one twin's AUROC over 6 x 6 pairs is a coin toss (sd about 0.17); over four
    # twins of different seeds it averages out near chance.
    twin_auc, twin_gap = _separation(planted["twin"], problems, seen)
    assert abs(twin_gap) < 0.2, twin_gap
    texts = [p.solutions[0] for p in problems]
    aucs = [twin_auc]
    for seed in (1, 2, 3):
        folder = plant(tmp_path / f"twin{seed}", [], steps=0, seed=seed, vocabulary=texts)
        other_auc, other_gap = _separation(load_model("hf:" + str(folder), dtype="float32"),
                                           problems, seen)  # fmt: skip
        assert abs(other_gap) < 0.2, (seed, other_gap)
        aucs.append(other_auc)
    assert 0.3 <= sum(aucs) / len(aucs) <= 0.7, aucs


def test_token_logprobs_given_a_context(planted: dict[str, Any]) -> None:
    model, text = planted["trained"], planted["problems"][0].solutions[0]
    whole = token_logprobs(model, text)
    ids = model.encode(Request(prompt=text))
    assert len(whole) == len(ids) - 1 and all(x <= 0 for x in whole)
    assert len(token_logprobs(model, text, max_tokens=10)) == 9
    head, tail = text[: text.index("def ")], text[text.index("def ") :]
    given = token_logprobs(model, tail, context=head)
    assert given == pytest.approx(whole[-len(given) :], abs=1e-4)
    assert token_logprobs(model, "") == []
