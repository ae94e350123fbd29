"""The llama.cpp engine: choosing it, falling back from it, and (marked `model`) the embedded
model on it against the transformers engine: the same prompt text and tokens, the same
greedy answer, seeded samples that do not depend on their batch, scores, search calls."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest
from test_cli_run import one_error_line, run_folders, trials_of, wb

from workbench import runner
from workbench.models import ModelCapabilityError, ModelError, Request, engines, load_model
from workbench.models.embedded import spec_for
from workbench.models.llama_engine import available
from workbench.runs import RunError
from workbench.search import make_search

needs_llama = pytest.mark.skipif(
    available() is not None, reason=f"llama.cpp engine not installed: {available()}"
)


# -- choosing the engine (no model needed) ----------------------------------------------------
def test_auto_picks_llama_for_gguf_weights_and_torch_for_beam_and_hf(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("workbench.models.llama_engine.available", lambda: None)
    assert engines.resolve("embedded", "auto") == "llama"
    assert engines.resolve("embedded:1.5b", None) == "llama"
    assert engines.resolve("gguf:/m.gguf", "auto") == "llama"
    assert engines.resolve("embedded", "auto", needs_beam=True) == "torch"
    assert engines.resolve("hf:/some/folder", "auto") == "torch"
    assert engines.resolve("embedded", "torch") == "torch"
    assert engines.resolve("openai:gpt", "llama") is None  # endpoints bring their own
    with pytest.raises(ModelError, match="needs GGUF weights"):
        engines.resolve("hf:/some/folder", "llama")
    with pytest.raises(ModelError, match="beam search needs --engine torch"):
        engines.resolve("embedded", "llama", needs_beam=True)
    with pytest.raises(ModelError, match="runs on llama.cpp only"):
        engines.resolve("gguf:/m.gguf", "torch")
    with pytest.raises(ModelError, match="unknown engine"):
        engines.resolve("embedded", "vllm")
    assert make_search("beam", {}).uses_beams
    assert make_search("mcts", {"rollout": "beam"}).uses_beams
    assert not make_search("mcts", {"rollout": "greedy"}).uses_beams


def test_without_llama_cpp_auto_falls_back_to_torch_with_one_warning(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("WORKBENCH_LLAMA", "0")
    monkeypatch.setattr(engines, "_warned", set())
    assert engines.resolve("embedded", "auto") == "torch"
    assert engines.resolve("embedded:1.5b", "auto") == "torch"
    warning = capsys.readouterr().err.strip().splitlines()
    assert len(warning) == 1 and "decoding on transformers instead" in warning[0]
    with pytest.raises(ModelError, match="WORKBENCH_LLAMA=0"):
        engines.resolve("embedded", "llama")
    with pytest.raises(ModelError, match="gguf:PATH needs llama.cpp"):
        engines.resolve("gguf:/m.gguf", "auto")


def test_old_runs_count_as_decoded_by_transformers() -> None:
    assert engines.recorded({"id": "embedded:0.5b"}) == "torch"
    assert engines.recorded({"id": "hf:/x"}) == "torch"
    assert engines.recorded({"id": "openai:gpt"}) is None
    assert engines.recorded({"id": "embedded:0.5b", "engine": "llama"}) == "llama"


def test_cli_refuses_llama_where_it_cannot_run(tmp_path: Path) -> None:
    base = ["run", "--corpus", "humaneval", "--problems", "0", "--runs-dir", str(tmp_path)]
    one_error_line(wb(*base, "--engine", "llama", "--search", "beam"), "needs --engine torch")
    one_error_line(wb(*base, "--engine", "cuda"), "unknown engine 'cuda'")
    assert not run_folders(tmp_path)


@needs_llama
def test_cli_refuses_a_gguf_path_that_is_not_a_model(tmp_path: Path) -> None:
    base = ["run", "--corpus", "humaneval", "--problems", "0", "--runs-dir", str(tmp_path)]
    one_error_line(wb(*base, "--model", "gguf:/no/such.gguf"), "gguf:/no/such.gguf: no such")
    not_gguf = tmp_path / "x.gguf"
    not_gguf.write_text("hello")
    one_error_line(wb(*base, "--model", f"gguf:{not_gguf}"), "not a GGUF file")
    assert not [p for p in run_folders(tmp_path) if p.name != "x.gguf"]


# -- the embedded model on llama.cpp -------------------------------------------------------------
@pytest.fixture(scope="module")
def llama() -> Any:
    return load_model("embedded", engine="llama")


def chat(text: str, prefill: str = "```python\n") -> Request:
    return Request([{"role": "user", "content": text}], prefill=prefill)


ADD = chat("Write a Python function add(a, b) that returns a + b. Code only.")
SORT = chat("Write a Python function that sorts a list of words by length, then alphabetically.")


@needs_llama
@pytest.mark.model
def test_prompt_text_and_tokens_match_transformers(llama: Any) -> None:
    from transformers import AutoTokenizer

    gguf = Path(llama.info().extra["gguf"])
    tok = AutoTokenizer.from_pretrained(str(gguf.parent), gguf_file=gguf.name)
    messages = [
        [{"role": "user", "content": "hi"}],
        [
            {"role": "system", "content": "You write code."},
            {"role": "user", "content": "ünïcode 日本\ttabs  and   spaces\n\n```x```"},
            {"role": "assistant", "content": "ok"},
            {"role": "user", "content": "again"},
        ],
    ]
    for m in messages:
        text = tok.apply_chat_template(m, tokenize=False, add_generation_prompt=True)
        request = Request(m, prefill="```python\n")
        assert llama.prompt_text(request) == text + "```python\n"
        assert (
            llama.encode(request) == tok(text + "```python\n", add_special_tokens=False).input_ids
        )
    ids = tok("def f(x):\n    return x  # é <|im_end|>", add_special_tokens=False).input_ids
    assert llama.decode(ids) == tok.decode(ids, skip_special_tokens=True)
    assert llama.eos_token_ids == frozenset({tok.convert_tokens_to_ids("<|im_end|>")})


@needs_llama
@pytest.mark.model
def test_greedy_answer_stops_and_is_scored_consistently(llama: Any) -> None:
    (g,) = llama.generate([ADD], max_new_tokens=64, stop=["```"])[0]
    assert "def add" in g.text and "```" not in g.text and g.finish_reason == "stop"
    prompt = llama.encode(ADD)
    scores = llama.score(prompt + list(g.token_ids), len(prompt))
    assert len(scores) == g.tokens and all(s <= 0 for s in scores)
    assert math.isclose(sum(scores), g.logprob, abs_tol=0.05 * g.tokens)
    # The greedy token is the most likely one, wherever it is asked from.
    top = llama.next_token_topk(prompt, 3)
    assert top[0][0] == g.token_ids[0] and top[0][1] >= top[1][1] >= top[2][1]
    assert 0.99 < sum(p for _, p in llama.next_token_topk(prompt, 50_000)) < 1.01


@needs_llama
@pytest.mark.model
def test_seeded_samples_do_not_depend_on_their_batch(llama: Any) -> None:
    kw: dict[str, Any] = dict(temperature=0.8, max_new_tokens=20, seed=5)
    together = llama.generate([ADD, SORT], n=3, **kw)
    alone = llama.generate([SORT], n=3, **kw)
    assert [g.text for g in together[1]] == [g.text for g in alone[0]]
    assert len({g.text for g in together[1]}) > 1  # samples differ from one another
    again = llama.generate([ADD, SORT], n=3, **kw)
    assert [[g.text for g in gs] for gs in again] == [[g.text for g in gs] for gs in together]
    # Greedy samples of one prompt are one computation, n copies.
    greedy = llama.generate([ADD], n=3, max_new_tokens=8)[0]
    assert len({g.text for g in greedy}) == 1
    # Every sequence went back to the pool.
    assert len(llama.pool.free) + len(llama._scratch_continuer()._entries) == (
        llama.engine.sequences
    )


@needs_llama
@pytest.mark.model
def test_search_calls_reuse_the_cache_and_agree_with_generate(llama: Any) -> None:
    prompt = llama.encode(SORT)
    (g,) = llama.generate([SORT], max_new_tokens=24)[0]
    kv = llama.continuer(reuse_kv=True)
    done = kv.rollout(prompt, 24, lambda new: False)
    assert tuple(done.tokens) == g.token_ids[: len(done.tokens)] and len(done.tokens) == 24
    cold = kv.forward_tokens
    # A prefix the rollout passed through is served from its sequence: one position.
    assert kv.topk(prompt + done.tokens[:10], 4)[0][0] == done.tokens[10]
    assert kv.forward_tokens - cold == 1 and kv.reused_tokens >= len(prompt) + 9
    fresh = llama.continuer(reuse_kv=False)
    # Computed from the first token in one batch: the same distribution, up to rounding.
    assert {t for t, _ in fresh.topk(prompt + done.tokens[:10], 3)} == {
        t for t, _ in kv.topk(prompt + done.tokens[:10], 3)
    }
    assert fresh.forward_tokens == len(prompt) + 10
    with pytest.raises(ModelCapabilityError, match="torch"):
        llama.beam(SORT, 2)


@needs_llama
@pytest.mark.model
def test_a_run_records_its_engine_and_resume_refuses_another(tmp_path: Path, llama: Any) -> None:
    runs = tmp_path / "runs"
    base = ["run", "--corpus", "humaneval", "--problems", "0", "--max-new-tokens", "48"]
    r = wb(*base, "--runs-dir", str(runs), timeout=600)
    assert r.returncode == 0, r.stderr
    (folder,) = run_folders(runs)
    config = json.loads((folder / "config.json").read_text())
    assert config["model"]["engine"] == "llama"
    assert config["model"]["options"]["engine"] == "llama"
    assert config["versions"]["llama-cpp-python"]
    (trial,) = trials_of(folder)
    assert trial["tokens"] <= 48
    runner.check_resumable(config, llama)
    config["model"]["engine"] = "torch"
    with pytest.raises(RunError, match="decoded on the torch engine"):
        runner.check_resumable(config, llama)


@needs_llama
@pytest.mark.model
def test_any_gguf_file_by_path(llama: Any) -> None:
    path = llama.info().extra["gguf"]
    other = load_model(f"gguf:{path}")
    info = other.info()
    assert info.id == f"gguf:{path}" and info.weights_hash == spec_for("0.5b").sha256
    assert other.generate([ADD], max_new_tokens=12)[0][0].text == (
        llama.generate([ADD], max_new_tokens=12)[0][0].text
    )


@needs_llama
@pytest.mark.model
def test_parallel_trees_are_the_sequential_trees(llama: Any, executor: Any) -> None:
    from workbench.corpus import find_problem
    from workbench.problems import pass_rate
    from workbench.prompting import render
    from workbench.search.base import MemoryLedger, Task
    from workbench.search.mcts import MCTSSearch

    ids = ["humaneval/50", "humaneval/139"]
    tasks = [Task(p, "original", "chat", render("chat", find_problem(p))) for p in ids]

    def evaluate(cands: Any) -> list[float]:
        runs = [(c.code, find_problem(c.task.problem), None) for c in cands]
        return [pass_rate(r, public=True) or 0.0 for r in executor.run_many(runs)]

    def trees(parallel: int, order: list[Task]) -> dict[str, Any]:
        search = MCTSSearch(
            rollouts=3, width=2, max_new_tokens=32, stop_on_pass=False, seed=7, parallel=parallel
        )
        ledger = MemoryLedger(evaluate)
        search.run(llama, order, ledger)
        return {key.split("|")[0]: tree for key, tree in ledger.trees.items()}

    def shape(record: dict[str, Any]) -> Any:
        nodes = [n | {"prior": round(n["prior"], 4)} for n in record["nodes"]]
        return nodes, [(p["code"], p["reward"]) for p in record["programs"]]

    # Each tree gets a fresh llama.cpp context: a tree does not depend on the order of the
    # problems or on what the model computed before.
    llama.generate([ADD], n=3, temperature=0.8, max_new_tokens=16)  # an occupied cache
    one, back = trees(1, tasks), trees(1, tasks[::-1])
    assert sorted(one) == sorted(back) == sorted(ids)
    assert all(shape(one[p]) == shape(back[p]) for p in ids)
    # Two at once: every tree searched in full (each with half the threads, so llama.cpp's
    # sums may split differently: the same trees are promised per --parallel value).
    two = trees(2, tasks)
    assert sorted(two) == sorted(ids)
    assert all(two[p]["nodes"][0]["visits"] == 3 and two[p]["programs"] for p in ids)
    two_back = trees(2, tasks[::-1])
    assert all(shape(two_back[p]) == shape(two[p]) for p in ids)
    for p in ids:
        a, b = shape(one[p]), shape(two[p])
        assert a[1] == b[1], p
        for n, m in zip(a[0], b[0], strict=True):
            assert n == m, (p, n, m)


@pytest.mark.model
def test_cli_without_llama_cpp_decodes_on_transformers(tmp_path: Path) -> None:
    import os
    import subprocess

    from test_cli_run import REPO, WORKBENCH, environment

    env = environment() | {"WORKBENCH_LLAMA": "0"}

    def call(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*WORKBENCH, *args], capture_output=True, text=True, cwd=REPO, env=env, timeout=600
        )

    one_error_line(call("model", "info", "--engine", "llama"), "WORKBENCH_LLAMA=0")
    r = call("model", "info", "--json")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["engine"] == "torch"
    warnings = [line for line in r.stderr.splitlines() if line.startswith("warning:")]
    assert len(warnings) == 1 and "decoding on transformers instead" in warnings[0]
    assert os.environ.get("WORKBENCH_LLAMA") != "0"  # the test's own process is untouched
