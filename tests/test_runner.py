"""The orchestrator through its Python API, on tiny offline models (tests/tiny_model.py):
the complete config, the trial lines, greedy and sampled counts, resuming to the very same
trials, early stop, refused prompts, what makes a run not resumable, beam search, and the
summary's numbers."""

from __future__ import annotations

import json
import math
import re
import shutil
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from tiny_model import CONTEXT, make_scripted_model, make_tiny_model

from workbench import runner
from workbench.configs import SearchSpec
from workbench.corpus import load_corpus
from workbench.execution import Executor
from workbench.models import load_model
from workbench.models.base import Model
from workbench.models.local import load_hf
from workbench.plan import ModelSpec, RunSpec, load_problems, resolve
from workbench.problems import Problem, Test
from workbench.progress import Silent
from workbench.prompting import TemplateError, template_hash
from workbench.runs import Run, RunError
from workbench.summary import answer, summarize
from workbench.trials import Trial

# A short completion template: the chat template's system message alone would not leave
# room for an answer in the tiny models' 256-token context. The prompt ends in a token
# outside the scripted model's script, so that model answers `print(1)` to it.
TEMPLATE = """\
{% block prompt %}
{{ statement.strip() }}
{% if io == "call" %}
{{ starter_code.rstrip() }}
{% endif %}
# answer:{% endblock %}
{% block stop %}
```
{% endblock %}
"""

PROBLEMS = [
    Problem(
        id="t/add",
        title="add",
        statement="Return a + b.",
        io="call",
        entry_point="add",
        starter_code="def add(a, b):\n",
        tests=(
            Test(kind="call", public=True, code="assert candidate(1, 2) == 3"),
            Test(kind="call", public=True, code="assert candidate(-1, 1) == 0"),
            Test(kind="call", public=False, code="assert candidate(10, 5) == 15"),
        ),
        solutions=("def add(a, b):\n    return a + b\n",),
    ),
    Problem(
        id="t/sums",
        title="sums",
        statement="Print a + b for each of t pairs.",
        io="stdio",
        tests=(
            Test(kind="stdio", public=True, input="2\n1 2\n3 4\n", output="3\n7\n"),
            Test(kind="stdio", public=False, input="1\n5 5\n", output="10\n"),
        ),
    ),
    # The scripted model's answer, print(1), passes this one.
    Problem(
        id="t/one",
        title="one",
        statement="Print the number one.",
        io="stdio",
        tests=(
            Test(kind="stdio", public=True, input="", output="1\n"),
            Test(kind="stdio", public=False, input="x\n", output="1\n"),
        ),
    ),
    # Far longer than the tiny models' context.
    Problem(
        id="t/long",
        title="long",
        statement="Print the sum. " + "This sentence only makes the statement long. " * 60,
        io="stdio",
        tests=(Test(kind="stdio", public=True, input="1 2\n", output="3\n"),),
    ),
]


# -- fixtures ----------------------------------------------------------------------------------
@pytest.fixture(scope="session")
def tiny_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_tiny_model(tmp_path_factory.mktemp("runner-tiny"))


@pytest.fixture(scope="session")
def tiny(tiny_dir: Path) -> Model:
    return load_model("hf:" + str(tiny_dir), dtype="float32")


@pytest.fixture(scope="session")
def other_tiny(tmp_path_factory: pytest.TempPathFactory) -> Model:
    folder = make_tiny_model(tmp_path_factory.mktemp("runner-other"), seed=1)
    return load_model("hf:" + str(folder), dtype="float32")


@pytest.fixture(scope="session")
def scripted(tmp_path_factory: pytest.TempPathFactory) -> Model:
    folder = make_scripted_model(tmp_path_factory.mktemp("runner-scripted"))
    return load_model("hf:" + str(folder), dtype="float32")


@pytest.fixture()
def corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Corpus `t` (the problems above) in a corpora folder of its own; its problems file."""
    root = tmp_path / "corpora"
    (root / "t").mkdir(parents=True)
    card = {"name": "t", "title": "t", "source": {"type": "jsonl"}, "licence": "MIT"}
    (root / "t" / "card.json").write_text(json.dumps(card | {"io": "stdio", "version": "1"}))
    path = root / "t" / "problems.jsonl"
    path.write_text("".join(json.dumps(p.to_dict()) + "\n" for p in PROBLEMS))
    monkeypatch.setenv("WORKBENCH_CORPORA", str(root))
    load_corpus.cache_clear()
    yield path
    load_corpus.cache_clear()


@pytest.fixture()
def template(tmp_path: Path) -> str:
    path = tmp_path / "short.jinja"
    path.write_text(TEMPLATE)
    return str(path)


def request(model: Model, template: str, problems: str, **params: Any) -> RunSpec:
    search = params.pop("search", "sample")
    seed = params.pop("seed", 3)
    defaults: dict[str, Any] = (
        {"samples": 2, "temperatures": [0.8], "chunk": 64, "max_new_tokens": 12}
        if search == "sample"
        else {"num_beams": 3, "max_new_tokens": 8}
    )
    return RunSpec(
        model=ModelSpec(model.id, dtype="float32"),
        corpus="t",
        problems=problems,
        templates=(template,),
        search=SearchSpec(search, defaults | params),
        seed=seed,
    )


def plan_config(req: RunSpec, model: Model) -> dict[str, Any]:
    """The config.json of a run made from `req` with `model`."""
    return resolve(req, model).config.to_json()


def new_run(tmp_path: Path, req: RunSpec, model: Model) -> Run:
    return Run.create(plan_config(req, model), tmp_path / "runs")


class Counted(Silent):
    """A reporter that keeps every count a run advances by."""

    def __init__(self) -> None:
        self.seen: list[int] = []

    def advance(self, name: str, n: int, now: str = "") -> None:
        self.seen.append(n)


def lines(run: Run) -> list[str]:
    return (run.path / "trials.jsonl").read_text(encoding="utf-8").splitlines(keepends=True)


def keys(run: Run) -> set[tuple[Any, ...]]:
    """What a run produced: (problem, cell, sample, code) of every candidate."""
    trials = [t for t in run.trials() if not t.get("refused")]
    ids = [(t["problem"], t["cell"], t["sample"]) for t in trials]
    assert len(ids) == len(set(ids)), Counter(ids).most_common(3)  # no duplicates
    return {(t["problem"], t["cell"], t["sample"], t["code"]) for t in trials}


# -- plan ----------------------------------------------------------------------------------------
def test_plan_records_everything_needed_to_repeat_the_run(
    tiny: Model, corpus: Path, template: str, tmp_path: Path
) -> None:
    req = request(tiny, template, "0-1", samples=4, temperatures=[0.2, 0.8])
    req = replace(req, templates=("chat", template))
    config = plan_config(req, tiny)
    info = tiny.info()
    assert config["model"] == {
        "spec": tiny.id,
        "id": tiny.id,
        "weights_hash": info.weights_hash,
        "context_length": CONTEXT,
        "dtype": "float32",
        "engine": "torch",  # who decoded: a resumed run must decode the same way
        "options": {"batch_size": 16, "dtype": "float32", "engine": "torch"},
    }
    assert re.fullmatch(r"[0-9a-f]{64}", config["model"]["weights_hash"])
    assert config["corpus"] == "t" and config["set"] is None
    assert config["problems"] == ["t/add", "t/sums"]
    assert config["problem_hashes"] == {p.id: p.content_hash() for p in PROBLEMS[:2]}
    assert config["variants"] == {"original": None}
    assert config["templates"] == {"chat": template_hash("chat"), template: template_hash(template)}
    assert len(set(config["templates"].values())) == 2
    assert config["search"] == {
        "name": "sample",
        "params": {
            "samples": 4,
            "temperatures": [0.2, 0.8],
            "chunk": 64,
            "max_new_tokens": 12,
            "stop_on_pass": False,  # every parameter, defaults included
            "seed": 3,
        },
    }
    assert config["seed"] == 3
    assert config["limits"] == {"timeout_s": 3.0, "memory_mb": 1024}
    assert {"python", "torch", "transformers"} <= set(config["versions"])
    assert "git_commit" in config
    commit = config["git_commit"]
    assert commit is None or re.fullmatch(r"[0-9a-f]{40}(-dirty)?", commit)
    # It is plain JSON, stored as it is.
    run = Run.create(config, tmp_path / "runs")
    stored = run.config
    assert {k: v for k, v in stored.items() if k not in ("schema", "created")} == json.loads(
        json.dumps(config)
    )
    # Beam search has no seed among its parameters; the run still records one.
    beam = plan_config(request(tiny, template, "t/one", search="beam"), tiny)
    assert beam["search"] == {
        "name": "beam",
        "params": {"num_beams": 3, "max_new_tokens": 8, "stop_on_pass": False},
    }
    assert beam["problems"] == ["t/one"] and beam["seed"] == 3


def test_plan_refuses_what_cannot_run(
    tiny: Model, corpus: Path, template: str, tmp_path: Path
) -> None:
    with pytest.raises(RunError, match="--corpus"):
        plan_config(RunSpec(model=ModelSpec(tiny.id)), tiny)
    with pytest.raises(ValueError, match="unknown search 'nosuch'"):
        plan_config(request(tiny, template, "0", search="nosuch"), tiny)
    with pytest.raises(ValueError, match="outside 0-3"):
        plan_config(request(tiny, template, "7"), tiny)
    # Parameters that could never finish: a chunk below 1 would loop forever.
    for params in ({"chunk": 0}, {"chunk": -1}, {"samples": 0}, {"max_new_tokens": 0}):
        with pytest.raises(ValueError, match="must be at least 1"):
            plan_config(request(tiny, template, "0", **params), tiny)
    with pytest.raises(ValueError, match="num_beams must be at least 1"):
        plan_config(request(tiny, template, "0", search="beam", num_beams=0), tiny)
    # A template that cannot render fails the plan, before any run folder exists.
    bad = tmp_path / "bad.jinja"
    bad.write_text("{% block prompt %}{{ statement }} {{ nosuchvar }}{% endblock %}\n")
    with pytest.raises(TemplateError, match="'nosuchvar' is undefined"):
        plan_config(request(tiny, str(bad), "0"), tiny)


def test_tasks_with_different_stop_strings_each_get_their_samples(
    tiny: Model, corpus: Path, template: str, tmp_path: Path, executor: Executor
) -> None:
    """Two templates with different stop strings alternate in the work list (problem by
    problem); chunks group same-stop work, and no candidate is lost or made twice."""
    other = tmp_path / "other.jinja"
    other.write_text(TEMPLATE.replace("# answer:", "# code:").replace("```", "\\nQUESTION:"))
    for chunk in (64, 3):
        req = request(tiny, template, "0-2", samples=2, chunk=chunk)
        req = replace(req, templates=(template, str(other)))
        run = new_run(tmp_path, req, tiny)
        runner.execute(run, tiny, executor)
        got = Counter((t["problem"], t["template"], t["sample"]) for t in run.trials())
        assert got == {
            (p, tname, s): 1
            for p in ("t/add", "t/sums", "t/one")
            for tname in (template, str(other))
            for s in (0, 1)
        }


# -- execute ---------------------------------------------------------------------------------------
def test_execute_writes_one_trial_line_per_candidate(
    tiny: Model, corpus: Path, template: str, tmp_path: Path, executor: Executor
) -> None:
    run = new_run(tmp_path, request(tiny, template, "0-1", samples=2, temperatures=[0, 0.7]), tiny)
    counted = Counted()
    runner.execute(run, tiny, executor, reporter=counted)
    seen = counted.seen
    trials = run.trials()
    # Greedy: one candidate per task whatever `samples` says; T=0.7: two per task.
    assert Counter((t["problem"], t["cell"]) for t in trials) == {
        ("t/add", "T=0"): 1,
        ("t/sums", "T=0"): 1,
        ("t/add", "T=0.7"): 2,
        ("t/sums", "T=0.7"): 2,
    }
    assert sum(seen) == len(trials) == 6
    by_id = {p.id: p for p in PROBLEMS}
    for t in trials:
        for key in (
            "problem",
            "variant",
            "template",
            "search",
            "temperature",
            "sample",
            "code",
            "tokens",
            "seconds",
            "public_pass_rate",
            "private_pass_rate",
            "outcomes",
        ):
            assert key in t, key
        assert (t["variant"], t["template"], t["search"]) == ("original", template, "sample")
        assert t["temperature"] == (0 if t["cell"] == "T=0" else 0.7)
        assert t["sample"] in ((0,) if t["cell"] == "T=0" else (0, 1))
        assert isinstance(t["code"], str) and 0 < t["tokens"] <= 12
        assert t["seconds"] >= 0 and "refused" not in t
        problem = by_id[t["problem"]]
        outcomes = t["outcomes"]
        assert [o["test"] for o in outcomes] == list(range(len(problem.tests)))
        assert [o["public"] for o in outcomes] == [x.public for x in problem.tests]
        for o in outcomes:
            assert set(o) == {"test", "public", "outcome", "detail"}
            assert o["outcome"] in {
                "passed",
                "wrong_answer",
                "runtime_error",
                "timeout",
                "memory_limit",
                "output_limit",
                "syntax_error",
                "sandbox_error",
            }
        public = [o["outcome"] == "passed" for o in outcomes if o["public"]]
        private = [o["outcome"] == "passed" for o in outcomes if not o["public"]]
        assert t["public_pass_rate"] == sum(public) / len(public)
        assert t["private_pass_rate"] == sum(private) / len(private)
        assert t["passed_all"] == all(public + private)
    greedy = [t for t in trials if t["cell"] == "T=0"]
    assert all(t["finish_reason"] in ("stop", "length") for t in greedy)
    # A complete run: executing again writes nothing.
    before = (run.path / "trials.jsonl").read_bytes()
    runner.execute(run, tiny, executor)
    assert (run.path / "trials.jsonl").read_bytes() == before


def test_greedy_gives_one_candidate_whatever_samples_says(
    tiny: Model, corpus: Path, template: str, tmp_path: Path, executor: Executor
) -> None:
    run = new_run(tmp_path, request(tiny, template, "0-2", samples=5, temperatures=[0]), tiny)
    runner.execute(run, tiny, executor)
    trials = run.trials()
    assert sorted((t["problem"], t["sample"]) for t in trials) == [
        ("t/add", 0),
        ("t/one", 0),
        ("t/sums", 0),
    ]
    assert {t["cell"] for t in trials} == {"T=0"}


def test_resume_redoes_exactly_the_missing_candidates(
    tiny: Model, corpus: Path, template: str, tmp_path: Path, executor: Executor
) -> None:
    """A killed run, resumed, has the very trials of a run never interrupted: whichever
    lines are missing, with or without a torn last line, and with chunks smaller than the
    work so that a resume starts in the middle of a chunk."""
    req = request(tiny, template, "0-2", samples=3, temperatures=[0, 0.8], chunk=2)
    a = new_run(tmp_path, req, tiny)
    runner.execute(a, tiny, executor)
    want = keys(a)
    assert len(want) == 3 * (1 + 3)
    assert len({code for *_, code in want}) > 3  # samples differ: a real test of seeding
    b = new_run(tmp_path, req, tiny)
    assert b.path != a.path
    runner.execute(b, tiny, executor)
    assert keys(b) == want  # the same config gives the same trials

    def cut(keep: list[str], torn: str = "") -> None:
        (b.path / "trials.jsonl").write_text("".join(keep) + torn, encoding="utf-8")

    full = lines(b)
    cut(full[:-5])  # the last 5 lines: across chunk boundaries
    runner.execute(b, tiny, executor)
    assert keys(b) == want and len(lines(b)) == len(full)
    full = lines(b)
    cut(full[:-3], torn=full[-3][: len(full[-3]) // 2])  # a torn half line as well
    runner.execute(b, tiny, executor)
    assert keys(b) == want and len(lines(b)) == len(full)
    assert all(line.endswith("\n") for line in lines(b))
    full = lines(b)
    cut(full[:2] + full[3:4] + full[6:])  # holes in the middle
    runner.execute(b, tiny, executor)
    assert keys(b) == want and len(lines(b)) == len(full)
    # Another seed gives other samples (but the same greedy answers).
    req4 = request(tiny, template, "0-2", samples=3, temperatures=[0, 0.8], chunk=2, seed=4)
    c = new_run(tmp_path, req4, tiny)
    runner.execute(c, tiny, executor)
    other = keys(c)
    assert {k for k in other if k[1] == "T=0"} == {k for k in want if k[1] == "T=0"}
    assert {k for k in other if k[1] == "T=0.8"} != {k for k in want if k[1] == "T=0.8"}


def test_stop_on_pass_stops_after_the_first_passing_candidate(
    scripted: Model, corpus: Path, template: str, tmp_path: Path, executor: Executor
) -> None:
    req = request(scripted, template, "t/one,t/sums", samples=4, chunk=1, stop_on_pass=True)
    run = new_run(tmp_path, req, scripted)
    runner.execute(run, scripted, executor)
    trials = run.trials()
    one = [t for t in trials if t["problem"] == "t/one"]
    assert len(one) == 1
    assert one[0]["code"] == "print(1)\n" and one[0]["passed_all"]
    assert one[0]["public_pass_rate"] == 1.0
    # The problem it cannot solve gets every sample.
    assert sorted(t["sample"] for t in trials if t["problem"] == "t/sums") == [0, 1, 2, 3]
    before = (run.path / "trials.jsonl").read_bytes()
    runner.execute(run, scripted, executor)  # resuming a finished run adds nothing
    assert (run.path / "trials.jsonl").read_bytes() == before
    # Without stop_on_pass every sample is made; a chunk is the unit of early stop.
    for params, count in (({"stop_on_pass": False}, 4), ({"stop_on_pass": True, "chunk": 4}, 4)):
        full = new_run(
            tmp_path, request(scripted, template, "t/one", samples=4, **params), scripted
        )
        runner.execute(full, scripted, executor)
        assert len(full.trials()) == count
        assert all(t["passed_all"] for t in full.trials())


def test_stop_on_pass_is_per_temperature(
    scripted: Model, corpus: Path, template: str, tmp_path: Path, executor: Executor
) -> None:
    """A problem solved greedily still gets its samples at the next temperature, stopping
    there too at its first pass: every summary row sees every problem."""
    req = request(scripted, template, "t/one", samples=3, temperatures=[0, 0.7], chunk=1,
                  stop_on_pass=True)  # fmt: skip
    run = new_run(tmp_path, req, scripted)
    runner.execute(run, scripted, executor)
    assert Counter(t["cell"] for t in run.trials()) == {"T=0": 1, "T=0.7": 1}
    rows = {r.cell: r for r in summarize(run.typed_trials(), run.config["problems"], seed=0)}
    assert rows["T=0"].pass_at_1 == rows["T=0.7"].pass_at_1 == 1.0


def test_progress_counts_every_planned_candidate_refused_ones_too(
    tiny: Model, corpus: Path, template: str, tmp_path: Path, executor: Executor
) -> None:
    req = request(tiny, template, "t/long,t/add", samples=2, temperatures=[0, 0.8])
    run = new_run(tmp_path, req, tiny)
    counted = Counted()
    runner.execute(run, tiny, executor, reporter=counted)
    seen = counted.seen
    assert sum(seen) == 2 * (1 + 2)  # two problems, each 1 greedy + 2 samples planned


def test_prompt_longer_than_the_context_is_a_refused_trial(
    tiny: Model, corpus: Path, template: str, tmp_path: Path, executor: Executor
) -> None:
    req = request(tiny, template, "t/long,t/add", samples=2, temperatures=[0, 0.8])
    run = new_run(tmp_path, req, tiny)
    runner.execute(run, tiny, executor)
    trials = run.trials()
    refused = [t for t in trials if t.get("refused")]
    assert sorted(t["cell"] for t in refused) == ["T=0", "T=0.8"]
    for t in refused:
        assert t["problem"] == "t/long" and t["sample"] is None
        assert (t["variant"], t["template"], t["search"]) == ("original", template, "sample")
        assert re.search(rf"prompt of \d+ tokens \+ 12 for the answer .* {CONTEXT}", t["refused"])
        assert "code" not in t
    assert Counter(t["cell"] for t in trials if not t.get("refused")) == {"T=0": 1, "T=0.8": 2}
    rows = {r.cell: r for r in summarize(run.typed_trials(), run.config["problems"], seed=0)}
    assert set(rows) == {"T=0", "T=0.8"}
    for r in rows.values():
        assert (r.problems, r.refused) == (2, 1)
    assert rows["T=0"].candidates == 1 and rows["T=0.8"].candidates == 2
    # Resuming neither duplicates the refusals nor redoes anything.
    before = (run.path / "trials.jsonl").read_bytes()
    runner.execute(run, tiny, executor)
    assert (run.path / "trials.jsonl").read_bytes() == before
    # Every prompt refused: the cells still have rows, with nothing solved.
    alone = new_run(tmp_path, request(tiny, template, "t/long", temperatures=[0.8]), tiny)
    runner.execute(alone, tiny, executor)
    (row,) = summarize(alone.typed_trials(), ["t/long"], seed=0)
    assert (row.cell, row.candidates, row.refused, row.pass_at_1) == ("T=0.8", 0, 1, 0.0)


def test_check_resumable_refuses_a_changed_template_or_model(
    tiny: Model,
    other_tiny: Model,
    tiny_dir: Path,
    corpus: Path,
    template: str,
    tmp_path: Path,
) -> None:
    config = plan_config(request(tiny, template, "0"), tiny)
    runner.check_resumable(config, tiny)  # nothing changed
    with pytest.raises(RunError, match="start a new run") as err:
        runner.check_resumable(config, other_tiny)
    assert config["model"]["weights_hash"] in str(err.value)
    # The same model id with other weights.
    copy = shutil.copytree(tiny_dir, tmp_path / "copy")
    before = load_hf(str(copy), dtype="float32")
    config = plan_config(request(before, template, "0"), before)
    runner.check_resumable(config, before)
    from safetensors.torch import load_file, save_file

    weights = load_file(str(copy / "model.safetensors"))
    weights["lm_head.weight"][0, 0] += 1.0
    save_file(weights, str(copy / "model.safetensors"), metadata={"format": "pt"})
    after = load_hf(str(copy), dtype="float32")
    assert after.id == before.id
    with pytest.raises(RunError, match="weights"):
        runner.check_resumable(config, after)
    # Another dtype computes other numbers.
    config = plan_config(request(tiny, template, "0"), tiny)
    with pytest.raises(RunError, match="computed in float32, the model now in bfloat16"):
        runner.check_resumable(config, load_hf(str(tiny_dir), dtype="bfloat16"))
    # An edited template.
    Path(template).write_text(TEMPLATE.replace("# answer:", "# solution:"))
    with pytest.raises(RunError, match=r"template .*short\.jinja changed"):
        runner.check_resumable(config, tiny)


def test_a_changed_problem_stops_a_resume(
    tiny: Model, corpus: Path, template: str, tmp_path: Path, executor: Executor
) -> None:
    run = new_run(tmp_path, request(tiny, template, "t/add,t/one", temperatures=[0]), tiny)
    text = corpus.read_text()
    corpus.write_text(text.replace("Print the number one.", "Print the number 1."))
    load_corpus.cache_clear()
    with pytest.raises(RunError, match=r"1 problem\(s\) changed .*t/one"):
        load_problems(run.run_config)
    with pytest.raises(RunError, match="start a new run"):
        runner.execute(run, tiny, executor)
    assert run.trials() == []
    assert [p.id for p in load_problems(run.run_config, check=False)] == ["t/add", "t/one"]
    corpus.write_text(text)
    load_corpus.cache_clear()
    runner.execute(run, tiny, executor)
    assert len(run.trials()) == 2


def test_beam_search_gives_num_beams_candidates_per_task(
    tiny: Model, corpus: Path, template: str, tmp_path: Path, executor: Executor
) -> None:
    run = new_run(tmp_path, request(tiny, template, "0-1", search="beam"), tiny)
    runner.execute(run, tiny, executor)
    trials = run.trials()
    assert len(trials) == 6
    for pid in ("t/add", "t/sums"):
        mine = [t for t in trials if t["problem"] == pid]
        assert sorted(t["sample"] for t in mine) == [0, 1, 2]
        assert {t["cell"] for t in mine} == {"beams=3"}
        assert all(t["search"] == "beam" and t["temperature"] is None for t in mine)
        logprobs = [t["logprob"] for t in sorted(mine, key=lambda t: t["sample"])]
        assert logprobs == sorted(logprobs, reverse=True)  # best beam first
        assert all(0 < t["tokens"] <= 8 for t in mine)
    want = keys(run)
    full = lines(run)
    (run.path / "trials.jsonl").write_text("".join(full[:-2]), encoding="utf-8")
    runner.execute(run, tiny, executor)
    assert keys(run) == want and len(lines(run)) == 6


# -- summary -------------------------------------------------------------------------------------
def t(
    problem: str,
    sample: int,
    public: float | None,
    private: float | None,
    passed: bool,
    logprob: float | None = -1.0,
    cell: str = "T=0.8",
) -> Trial:
    return Trial.from_json(
        {
            "problem": problem,
            "variant": "original",
            "template": "chat",
            "cell": cell,
            "sample": sample,
            "public_pass_rate": public,
            "private_pass_rate": private,
            "passed_all": passed,
            "logprob": logprob,
            "outcomes": [{"outcome": "passed" if passed else "wrong_answer"}],
        }
    )


def test_answer_is_best_by_public_rate_then_likelihood_then_sample() -> None:
    a = t("p", 0, 0.5, 1.0, False, logprob=-0.1)
    b = t("p", 1, 1.0, 0.0, False, logprob=-9.0)
    c = t("p", 2, 1.0, 1.0, True, logprob=-2.0)
    d = t("p", 3, 1.0, 0.0, False, logprob=-2.0)
    e = t("p", 4, 1.0, 0.0, False, logprob=None)
    assert answer([a, b, c, d, e]) is c  # the higher public rate, then the likelier
    assert answer([d, c]) is c  # equal likelihood: the lower sample index
    assert answer([e, b]) is b  # no likelihood ranks below any
    assert answer([t("p", 1, 0.0, 0.0, False, None), t("p", 0, 0.0, 0.0, False, None)]).sample == 0
    none = t("p", 5, None, None, False)
    assert answer([none, t("p", 6, 0.0, 0.0, False, logprob=-50.0)]).sample == 5


def test_summary_numbers_on_hand_made_trials() -> None:
    trials = [
        # p1: 4 candidates, 1 correct. The answer (public 1.0, likeliest) passes private.
        t("p1", 0, 0.5, 0.0, False),
        t("p1", 1, 1.0, 1.0, True, logprob=-0.5),
        t("p1", 2, 1.0, 0.5, False, logprob=-3.0),
        t("p1", 3, 0.0, 0.0, False),
        # p2: 2 candidates (stopped early), both correct.
        t("p2", 0, 1.0, 1.0, True),
        t("p2", 1, 1.0, 1.0, True),
        # p3: the tie on public rate and likelihood goes to sample 0, which fails private.
        t("p3", 1, 1.0, 1.0, True, logprob=-1.0),
        t("p3", 0, 1.0, 0.5, False, logprob=-1.0),
        # p5: no private tests; the answer passes all its tests.
        t("p5", 0, 1.0, None, True),
        # p4 has no candidates at all.
        # Another cell: greedy, one candidate for p1, refused for p2.
        t("p1", 0, 1.0, None, False, cell="T=0"),
        Trial(problem="p2", variant="original", template="chat", cell="T=0",
              refused="too long", sample=None),
    ]  # fmt: skip
    rows = summarize(trials, ["p1", "p2", "p3", "p4", "p5"], seed=0)
    assert [r.cell for r in rows] == ["T=0", "T=0.8"]
    greedy, sampled = rows
    assert (sampled.problems, sampled.candidates, sampled.refused, sampled.k) == (5, 9, 0, 4)
    p1 = 1 / 4
    assert sampled.pass_at_1 == pytest.approx((p1 + 1 + 0.5 + 0 + 1) / 5)
    # pass@4: p1 1.0; p2 (n=2 < k: clipped) 1.0; p3 1.0; p4 0; p5 (n=1) 1.0
    assert sampled.pass_at_k == pytest.approx(4 / 5)
    # strict: p1 yes, p2 yes, p3 no (tie -> sample 0), p4 no, p5 yes (passed_all)
    assert sampled.strict_accuracy == pytest.approx(3 / 5)
    lo, hi = sampled.strict_ci
    assert lo <= 3 / 5 <= hi
    # private: p1 1.0, p2 1.0, p3 0.5, p4 0, p5 (no private tests: its public rate) 1.0
    assert sampled.private_pass_rate == pytest.approx(3.5 / 5)
    assert sampled.outcomes == {"passed": 5, "wrong_answer": 4}
    assert (greedy.candidates, greedy.refused, greedy.k) == (1, 1, 1)
    assert greedy.pass_at_1 == greedy.pass_at_k == 0.0
    # p1's greedy candidate has no private tests and fails one: strict uses passed_all.
    assert greedy.strict_accuracy == 0.0
    assert greedy.private_pass_rate == pytest.approx(1.0 / 5)
    d = sampled.to_dict()
    assert d["pass@1"] == sampled.pass_at_1 and d["pass@4"] == sampled.pass_at_k
    assert d["strict_accuracy_ci95"] == list(sampled.strict_ci)
    # No trials at all: no rows.
    assert summarize([], ["p1"], seed=0) == []
    # A cell without any problem solved.
    (row,) = summarize([t("p1", 0, 0.0, 0.0, False)], ["p1"], seed=0)
    assert (row.pass_at_1, row.strict_accuracy, row.strict_ci) == (0.0, 0.0, (0.0, 0.0))
    assert not math.isnan(row.private_pass_rate)
