"""LocalModel on tiny models built offline (tests/tiny_model.py): loading, greedy and seeded
decoding in batches, stop strings, chat prompts, context limits, token-level calls, beam."""

from __future__ import annotations

import json
import math
import shutil
from pathlib import Path

import pytest
import torch
from tiny_model import CONTEXT, SCRIPT, make_scripted_model, make_tiny_model

from workbench.models import (
    ContextLengthError,
    Generation,
    ModelError,
    Request,
    load_model,
)
from workbench.models.local import LocalModel, load_hf

# Prompts of different lengths (left padding gives each a different amount of padding).
PROMPTS = [
    Request("def add(a, b):"),
    Request("x"),
    Request("for i in range(10):\n    print(i)\nclass Stack:\n    def push(self, x):"),
    Request([{"role": "user", "content": "Write a function."}], prefill="```python\n"),
]
# Ends in a token outside the scripted model's script: it answers SCRIPT from the start.
PLAIN = Request("def add(a, b):\n    return a + b\n#")


@pytest.fixture(scope="session")
def tiny_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_tiny_model(tmp_path_factory.mktemp("tiny"))


@pytest.fixture(scope="session")
def tiny(tiny_dir: Path) -> LocalModel:
    model = load_model("hf:" + str(tiny_dir), dtype="float32")
    assert isinstance(model, LocalModel)
    return model


@pytest.fixture(scope="session")
def scripted(tmp_path_factory: pytest.TempPathFactory) -> LocalModel:
    model = load_model(
        "hf:" + str(make_scripted_model(tmp_path_factory.mktemp("scripted"))), dtype="float32"
    )
    assert isinstance(model, LocalModel)
    return model


def ids_of(gens: list[list[Generation]]) -> list[list[tuple[int, ...] | None]]:
    return [[g.token_ids for g in row] for row in gens]


# -- loading ---------------------------------------------------------------------------
def test_load_describes_the_model(tiny: LocalModel, tiny_dir: Path) -> None:
    assert tiny.id == f"hf:{tiny_dir}"
    assert tiny.context_length == CONTEXT
    assert tiny.capabilities.token_level and tiny.capabilities.beam
    assert tiny.capabilities.logprobs
    assert tiny.eos_token_ids == frozenset(
        tiny.tokenizer.convert_tokens_to_ids(["<|im_end|>", "<|endoftext|>"])
    )
    info = tiny.info()
    assert (info.id, info.context_length) == (tiny.id, CONTEXT)
    # embeddings + head, 2 x (q, k, v with biases, o, gate/up/down, 2 norms), final norm
    vocab, hidden, kv, inter = len(tiny.tokenizer), 32, 16, 64
    layer = (hidden + 1) * hidden + 2 * (hidden + 1) * kv + hidden * hidden
    layer += 3 * hidden * inter + 2 * hidden
    assert info.extra["parameters"] == 2 * vocab * hidden + 2 * layer + hidden
    assert info.weights_hash is not None and len(info.weights_hash) == 64
    assert load_model("hf:" + str(tiny_dir), dtype="float32") is tiny  # loaded once per process


def test_weights_hash_is_stable_and_follows_the_weights(tiny_dir: Path, tmp_path: Path) -> None:
    from safetensors.torch import load_file, save_file

    same = shutil.copytree(tiny_dir, tmp_path / "same")
    changed = shutil.copytree(tiny_dir, tmp_path / "changed")
    weights = load_file(str(changed / "model.safetensors"))
    weights["lm_head.weight"][0, 0] += 1.0
    save_file(weights, str(changed / "model.safetensors"), metadata={"format": "pt"})
    first, again = load_hf(str(tiny_dir)), load_hf(str(same))
    assert first.weights_hash == again.weights_hash
    other = load_hf(str(changed))
    assert other.weights_hash != first.weights_hash
    assert not torch.equal(other.model.lm_head.weight, first.model.lm_head.weight)


def test_missing_folder_is_a_clean_model_error(monkeypatch: pytest.MonkeyPatch) -> None:
    import huggingface_hub.constants

    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setattr(huggingface_hub.constants, "HF_HUB_OFFLINE", True)
    with pytest.raises(ModelError, match="cannot load hf:/no/such/folder") as err:
        load_model("hf:/no/such/folder")
    assert "\n" not in str(err.value)
    with pytest.raises(ModelError, match="no-such-org/no-such-model"):
        load_model("hf:no-such-org/no-such-model")
    for spec in ("nonsense", "hf:"):
        with pytest.raises(ModelError, match="unknown model"):
            load_model(spec)


# -- greedy ----------------------------------------------------------------------------
def test_greedy_copies_are_identical_and_repeatable(tiny: LocalModel) -> None:
    first = tiny.generate(PROMPTS[:2], n=3, max_new_tokens=12)
    assert [len(row) for row in first] == [3, 3]
    for row in first:
        assert row[0].token_ids == row[1].token_ids == row[2].token_ids
    assert first[0][0].token_ids != first[1][0].token_ids  # different prompts, different text
    assert ids_of(tiny.generate(PROMPTS[:2], n=3, max_new_tokens=12)) == ids_of(first)


def test_greedy_batch_equals_each_prompt_alone(tiny: LocalModel) -> None:
    """Left padding, position ids and dropping finished rows from the cache must not change
    any row: a stop string ends the second prompt early, the others go on without it."""
    alone = [tiny.generate([r], max_new_tokens=16)[0][0] for r in PROMPTS]
    assert all(g.finish_reason == "length" and g.tokens == 16 for g in alone)
    early = alone[1].token_ids
    assert early is not None
    stop = [tiny.decode(early[3:5])]
    alone = [tiny.generate([r], max_new_tokens=16, stop=stop)[0][0] for r in PROMPTS]
    assert alone[1].finish_reason == "stop" and alone[1].tokens <= 5
    assert any(g.finish_reason == "length" for g in alone)
    together = tiny.generate(PROMPTS, max_new_tokens=16, stop=stop)
    for single, row in zip(alone, together, strict=True):
        assert (row[0].text, row[0].token_ids) == (single.text, single.token_ids)
        assert row[0].finish_reason == single.finish_reason
        assert row[0].logprob == pytest.approx(single.logprob, abs=1e-4)


def test_refill_gives_each_row_what_it_gets_alone(
    tiny: LocalModel, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With 2 slots and rows that end at different steps, waiting rows join a running
    batch (their caches left-padded to its length) and must decode as if alone."""
    alone = [tiny.generate([r], max_new_tokens=14)[0][0] for r in PROMPTS]
    early = alone[0].token_ids
    assert early is not None
    stop = [tiny.decode(early[2:4])]  # ends the first row after a few tokens
    alone = [tiny.generate([r], max_new_tokens=14, stop=stop)[0][0] for r in PROMPTS]
    assert len({g.tokens for g in alone}) > 1  # rows really end at different steps
    monkeypatch.setattr(tiny, "batch_size", 2)
    rows = PROMPTS + PROMPTS[::-1]
    together = tiny.generate(rows, max_new_tokens=14, stop=stop)
    expected = alone + alone[::-1]
    for single, row in zip(expected, together, strict=True):
        assert row[0].token_ids == single.token_ids
        assert row[0].logprob == pytest.approx(single.logprob, abs=1e-4)


# -- seeded sampling ---------------------------------------------------------------------
def test_seeded_samples_repeat_and_differ_by_seed(tiny: LocalModel) -> None:
    a = tiny.generate([PROMPTS[0]], n=4, temperature=1.0, max_new_tokens=10, seed=7)[0]
    b = tiny.generate([PROMPTS[0]], n=4, temperature=1.0, max_new_tokens=10, seed=7)[0]
    c = tiny.generate([PROMPTS[0]], n=4, temperature=1.0, max_new_tokens=10, seed=8)[0]
    assert [g.token_ids for g in a] == [g.token_ids for g in b]
    assert len({g.token_ids for g in a}) == 4  # the samples of one prompt differ
    assert [g.token_ids for g in a] != [g.token_ids for g in c]
    assert all(g.logprob is not None and g.logprob <= 0 for g in a)


def test_sample_j_does_not_depend_on_its_batch(
    tiny: LocalModel, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What the run store's resume relies on: sample j of a prompt is the same whatever
    shares its batch and however the rows are split into batches."""
    target = PROMPTS[2]

    def run(requests: list[Request]) -> list[list[Generation]]:
        return tiny.generate(requests, n=3, temperature=0.8, max_new_tokens=10, seed=11)

    monkeypatch.setattr(tiny, "batch_size", 8)
    alone = run([target])[0]
    monkeypatch.setattr(tiny, "batch_size", 2)
    mixed = run([PROMPTS[0], target, PROMPTS[3], target])
    assert [g.token_ids for g in mixed[1]] == [g.token_ids for g in alone]
    assert [g.token_ids for g in mixed[3]] == [g.token_ids for g in alone]
    assert [g.token_ids for g in mixed[0]] != [g.token_ids for g in alone]


# -- stop strings, length, token accounting (scripted model: it says SCRIPT, then eos) ----
def test_scripted_model_says_its_script_then_stops(scripted: LocalModel) -> None:
    g = scripted.generate([PLAIN], max_new_tokens=20)[0][0]
    assert g.text == SCRIPT and g.finish_reason == "stop"
    assert g.token_ids is not None and g.token_ids[-1] in scripted.eos_token_ids
    assert g.tokens == len(g.token_ids) == len(scripted.tokenizer(SCRIPT).input_ids) + 1


@pytest.mark.parametrize(
    ("stop", "text", "tokens"),
    [
        (["```"], "print(1)\n", 6),
        (["(1"], "print", 3),  # a stop string across two tokens
        (["zzz", "\n", "```"], "print(1)", 5),  # the earliest stop string wins
    ],
)
def test_stop_strings_cut_the_text(
    scripted: LocalModel, stop: list[str], text: str, tokens: int
) -> None:
    g = scripted.generate([PLAIN], max_new_tokens=20, stop=stop)[0][0]
    assert g.text == text and g.finish_reason == "stop"
    assert g.token_ids is not None and g.tokens == len(g.token_ids)
    assert not set(g.token_ids) & scripted.eos_token_ids  # ended by the stop string, not eos
    decoded = scripted.decode(g.token_ids)
    assert decoded.startswith(text) and any(s in decoded for s in stop)
    assert g.tokens == tokens  # stopped at the token that completed the stop string
    assert g.logprob is not None and math.isfinite(g.logprob) and g.logprob <= 0


def test_max_new_tokens_ends_with_length(scripted: LocalModel, tiny: LocalModel) -> None:
    g = scripted.generate([PLAIN], max_new_tokens=3, stop=["zzz"])[0][0]
    assert (g.text, g.tokens, g.finish_reason) == ("print(1", 3, "length")
    for row in tiny.generate(PROMPTS, max_new_tokens=7):
        g = row[0]
        assert g.tokens == 7 and g.finish_reason == "length"
        assert g.token_ids is not None and tiny.decode(g.token_ids).startswith(g.text)
        assert g.logprob is not None and math.isfinite(g.logprob) and g.logprob < 0
        assert g.seconds > 0


# -- prompts -------------------------------------------------------------------------------
def test_chat_request_uses_template_and_prefill(scripted: LocalModel) -> None:
    chat = [
        {"role": "system", "content": "You write code."},
        {"role": "user", "content": "Print one."},
    ]
    request = Request(chat, prefill="print(")
    expected = (
        "<|im_start|>system\nYou write code.<|im_end|>\n"
        "<|im_start|>user\nPrint one.<|im_end|>\n<|im_start|>assistant\nprint("
    )
    assert scripted.prompt_text(request) == expected
    ids = scripted.encode(request)
    assert ids == scripted.tokenizer(expected, add_special_tokens=False).input_ids
    assert scripted.count_tokens(request) == len(ids)
    assert ids[0] == scripted.tokenizer.convert_tokens_to_ids("<|im_start|>")
    # The answer continues after the prefill, and its text leaves the prefill out.
    g = scripted.generate([request], max_new_tokens=20)[0][0]
    assert g.text == SCRIPT.removeprefix("print(")
    text = scripted.generate([Request("print(")], max_new_tokens=20)[0][0]
    assert text.text == g.text
    assert scripted.prompt_text(Request("abc", prefill="def")) == "abcdef"


def test_model_without_chat_template_refuses_chat(tiny_dir: Path, tmp_path: Path) -> None:
    folder = shutil.copytree(tiny_dir, tmp_path / "plain")
    (folder / "chat_template.jinja").unlink(missing_ok=True)
    config = json.loads((folder / "tokenizer_config.json").read_text())
    config.pop("chat_template", None)
    (folder / "tokenizer_config.json").write_text(json.dumps(config))
    model = load_hf(str(folder))
    assert not model.tokenizer.chat_template
    with pytest.raises(ModelError, match="no chat template"):
        model.generate([PROMPTS[3]], max_new_tokens=2)
    assert model.generate([PROMPTS[0]], max_new_tokens=2)[0][0].tokens == 2


def test_prompt_longer_than_the_context(tiny: LocalModel) -> None:
    assert tiny.count_tokens(Request("@" * 10)) == 10  # one token per character
    fits = tiny.generate([Request("@" * (CONTEXT - 1))], max_new_tokens=50)[0][0]
    assert fits.tokens == 1  # room for exactly one new token
    with pytest.raises(ContextLengthError, match=f"{CONTEXT} tokens; .* takes {CONTEXT}"):
        tiny.generate([PROMPTS[0], Request("@" * CONTEXT)], max_new_tokens=5)
    with pytest.raises(ContextLengthError):
        tiny.beam(Request("@" * 300), num_beams=2, max_new_tokens=5)


# -- token level -----------------------------------------------------------------------------
def test_next_token_topk_and_score_agree_with_generate(tiny: LocalModel) -> None:
    for request in (PROMPTS[0], PROMPTS[3]):
        prompt = tiny.encode(request)
        top = tiny.next_token_topk(prompt, 5)
        assert len(top) == 5
        probs = [p for _, p in top]
        assert probs == sorted(probs, reverse=True) and 0 < sum(probs) <= 1 + 1e-6
        g = tiny.generate([request], max_new_tokens=12)[0][0]
        assert g.token_ids is not None and g.logprob is not None
        assert top[0][0] == g.token_ids[0]
        scores = tiny.score(prompt + list(g.token_ids), len(prompt))
        assert len(scores) == len(g.token_ids)
        assert scores[0] == pytest.approx(math.log(top[0][1]), abs=1e-4)
        assert sum(scores) == pytest.approx(g.logprob, abs=1e-3)
    with pytest.raises(ValueError):
        tiny.score([1, 2, 3], 0)


# -- beam --------------------------------------------------------------------------------------
def test_beam_returns_every_beam_best_first(tiny: LocalModel) -> None:
    request = PROMPTS[0]
    prompt = tiny.encode(request)
    greedy = tiny.generate([request], max_new_tokens=10)[0][0]
    one = tiny.beam(request, num_beams=1, max_new_tokens=10)
    assert len(one) == 1 and one[0].token_ids == greedy.token_ids
    assert one[0].logprob == pytest.approx(greedy.logprob, abs=1e-3)
    beams = tiny.beam(request, num_beams=3, max_new_tokens=10)
    assert len(beams) == 3 and len({b.token_ids for b in beams}) == 3
    logprobs = [b.logprob for b in beams if b.logprob is not None]
    assert len(logprobs) == 3 and logprobs == sorted(logprobs, reverse=True)
    for b in beams:
        assert b.token_ids is not None and b.tokens == len(b.token_ids)
        assert sum(tiny.score(prompt + list(b.token_ids), len(prompt))) == pytest.approx(
            b.logprob, abs=1e-3
        )
    # Not a theorem for beam search, but for this fixed model (all beams run to the length
    # limit, so the length penalty plays no part) the best beam beats greedy decoding.
    assert all(b.finish_reason == "length" for b in beams)
    assert beams[0].logprob is not None and greedy.logprob is not None
    assert beams[0].logprob >= greedy.logprob - 1e-4


def test_beams_that_end_early_are_cut_at_their_eos(scripted: LocalModel) -> None:
    """Finished beams come back padded; the pad (<|endoftext|>) is also an eos id here, as
    in Qwen's own configuration: the padding must not count as tokens or log-probability."""
    greedy = scripted.generate([PLAIN], max_new_tokens=16)[0][0]
    beams = scripted.beam(PLAIN, num_beams=3, max_new_tokens=16)
    assert len(beams) == 3
    best = beams[0]
    assert (best.text, best.tokens, best.token_ids) == (SCRIPT, greedy.tokens, greedy.token_ids)
    assert best.logprob == pytest.approx(greedy.logprob, abs=1e-4)
    for b in beams:
        assert b.token_ids is not None and b.tokens == len(b.token_ids)
        eos_at = [k for k, t in enumerate(b.token_ids) if t in scripted.eos_token_ids]
        assert eos_at in ([], [len(b.token_ids) - 1])
    stopped = scripted.beam(PLAIN, num_beams=2, max_new_tokens=16, stop=["```"])
    assert (stopped[0].text, stopped[0].finish_reason) == ("print(1)\n", "stop")
