"""OpenAIModel over real HTTP: the real `openai` client against the scripted server in
openai_server.py (sampling, stop strings, prefill, logprobs, retries, errors)."""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator
from typing import Any

import pytest
from openai_server import (
    LOGPROB,
    MAX_MODEL_LEN,
    MODEL,
    FakeOpenAIServer,
    Fault,
    context_too_long,
    rate_limited,
    server_error,
    slow,
    tokenize,
    unauthorized,
)

from workbench.models.base import (
    ContextLengthError,
    Model,
    ModelCapabilityError,
    ModelError,
    Request,
)
from workbench.models.openai import DEFAULT_CONTEXT_LENGTH, OpenAIModel
from workbench.models.openai_wire import _kept_logprob

CHAT = Request(prompt=[{"role": "user", "content": "Print a number."}])


@pytest.fixture()
def server() -> Iterator[FakeOpenAIServer]:
    with FakeOpenAIServer() as s:
        yield s


def make(server: FakeOpenAIServer, **kwargs: Any) -> OpenAIModel:
    kwargs.setdefault("timeout", 5.0)
    kwargs.setdefault("max_retries", 2)
    return OpenAIModel(MODEL, base_url=server.url, api_key="test-key", **kwargs)


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


# ------------------------------------------------------------------ sampling


def test_greedy_chat(server: FakeOpenAIServer) -> None:
    [[gen]] = make(server).generate([CHAT])
    text = "```python\nprint(0)\n```"
    assert gen.text == text
    assert gen.finish_reason == "stop"
    assert gen.tokens == len(tokenize(text))
    assert gen.logprob == pytest.approx(LOGPROB * len(tokenize(text)))
    assert gen.prefilled and gen.seconds > 0
    [sent] = server.posts("/chat/completions")
    assert sent["messages"] == CHAT.prompt
    assert (sent["n"], sent["temperature"], sent["max_tokens"]) == (1, 0.0, 512)
    assert sent["logprobs"] is True
    assert "stop" not in sent and "seed" not in sent


def test_n_samples_in_order_with_seed(server: FakeOpenAIServer) -> None:
    [gens] = make(server).generate([CHAT], n=3, temperature=0.8, max_new_tokens=64, seed=7)
    assert [g.text for g in gens] == [f"```python\nprint({i})\n```" for i in range(3)]
    [sent] = server.posts()
    assert (sent["n"], sent["temperature"], sent["max_tokens"], sent["seed"]) == (3, 0.8, 64, 7)


def test_many_requests_keep_their_order(server: FakeOpenAIServer) -> None:
    server.reply = lambda body, i: f"answer to {_prompt_of(body)} #{i}"
    requests = [
        Request(prompt=[{"role": "user", "content": f"q{k}"}]) if k % 2 else Request(f"t{k}")
        for k in range(12)
    ]
    out = make(server).generate(requests, n=2)
    for k, gens in enumerate(out):
        assert [g.text for g in gens] == [
            f"answer to {'q' if k % 2 else 't'}{k} #{i}" for i in (0, 1)
        ]
    assert len(server.posts("/chat/completions")) == len(server.posts("/v1/completions")) == 6


def _prompt_of(body: dict[str, Any]) -> str:
    return body["messages"][-1]["content"] if "messages" in body else body["prompt"]


def test_text_prompt_appends_prefill(server: FakeOpenAIServer) -> None:
    server.reply = lambda body, i: "a + b\n"
    [[gen]] = make(server).generate([Request("def add(a, b):\n", prefill="    return ")])
    assert (gen.text, gen.prefilled, gen.finish_reason) == ("a + b\n", True, "stop")
    assert gen.logprob == pytest.approx(LOGPROB * len(tokenize("a + b\n")))
    [sent] = server.posts("/v1/completions")
    assert sent["prompt"] == "def add(a, b):\n    return "
    assert sent["logprobs"] == 1


def test_max_tokens_gives_length(server: FakeOpenAIServer) -> None:
    [[gen]] = make(server).generate([CHAT], max_new_tokens=3)
    assert (gen.text, gen.finish_reason, gen.tokens) == ("```", "length", 3)


# ------------------------------------------------------------------ stop strings


@pytest.mark.parametrize("ignore_stop", [False, True])
def test_stop_strings(server: FakeOpenAIServer, ignore_stop: bool) -> None:
    server.ignore_stop = ignore_stop
    [[gen]] = make(server).generate([CHAT], stop=["\n```"])
    assert (gen.text, gen.finish_reason) == ("```python\nprint(0)", "stop")
    kept = len(tokenize("```python\nprint(0)"))
    assert gen.logprob == pytest.approx(LOGPROB * kept)


def test_more_than_four_stops_cut_client_side(server: FakeOpenAIServer) -> None:
    stops = ["AAA", "BBB", "CCC", "DDD", "print("]
    [[gen]] = make(server).generate([CHAT], stop=stops)
    assert (gen.text, gen.finish_reason) == ("```python\n", "stop")
    assert server.posts()[0]["stop"] == stops[:4]


# ------------------------------------------------------------------ chat prefill


def test_chat_prefill_is_stripped(server: FakeOpenAIServer) -> None:
    [[gen]] = make(server).generate([Request(CHAT.prompt, prefill="```python\n")])
    assert (gen.text, gen.prefilled) == ("print(0)\n```", True)
    assert gen.logprob == pytest.approx(LOGPROB * len(tokenize("print(0)\n```")))
    assert server.posts()[0]["messages"] == CHAT.prompt  # the prefill is not sent


def test_chat_prefill_after_leading_whitespace(server: FakeOpenAIServer) -> None:
    server.reply = lambda body, i: "\n```python\nx = 1\n```"
    [[gen]] = make(server).generate([Request(CHAT.prompt, prefill="```python\n")])
    assert (gen.text, gen.prefilled) == ("x = 1\n```", True)


def test_chat_reply_without_prefill_is_kept_whole(server: FakeOpenAIServer) -> None:
    [[gen]] = make(server).generate([Request(CHAT.prompt, prefill="def solve():")])
    assert (gen.text, gen.prefilled) == ("```python\nprint(0)\n```", False)


def test_stop_strings_inside_the_prefill_stay_off_the_wire(server: FakeOpenAIServer) -> None:
    """The chat template's stop is the closing fence; the endpoint writes the opening
    fence itself, so a server-side "```" would end the answer before its code."""
    request = Request(CHAT.prompt, prefill="```python\n")
    [[gen]] = make(server).generate([request], stop=["```", "\nEND"])
    assert server.posts()[0]["stop"] == ["\nEND"]
    assert (gen.text, gen.prefilled, gen.finish_reason) == ("print(0)\n", True, "stop")
    server.reply = lambda body, i: "Sure:\n```python\nx = 1\n```\nBye."
    [[gen]] = make(server).generate([request], stop=["```"])
    assert (gen.text, gen.prefilled) == ("Sure:\n```python\nx = 1\n```\nBye.", False)


# ------------------------------------------------------------------ logprobs


def test_server_rejecting_logprobs_is_remembered(server: FakeOpenAIServer) -> None:
    server.reject_logprobs = True
    model = make(server)
    [[gen]] = model.generate([CHAT])
    assert gen.text.startswith("```python") and gen.logprob is None
    model.generate([CHAT])
    assert [p.get("logprobs") for p in server.posts()] == [True, None, None]


def test_logprob_of_non_ascii_text(server: FakeOpenAIServer) -> None:
    server.reply = lambda body, i: "```python\nprint('héllo → wörld')\n```"
    [[gen]] = make(server).generate([Request(CHAT.prompt, prefill="```python\n")], stop=["\n```"])
    assert gen.text == "print('héllo → wörld')"
    assert gen.logprob == pytest.approx(LOGPROB * len(tokenize(gen.text)))


def test_logprob_alignment_by_bytes() -> None:
    # A tokenizer may split one character over two tokens: align by bytes, not characters.
    pieces = [(b"\xc3", -1.0), (b"\xa9", -2.0), (b"x", -4.0)]
    assert _kept_logprob("éx", 1, 2, pieces) == -4.0
    assert _kept_logprob("éx", 0, 1, pieces) == -3.0
    assert _kept_logprob("éy", 1, 2, [(b"zz", -1.0)]) is None  # tokens do not spell the text
    assert _kept_logprob("éx", 0, 2, None) is None


# ------------------------------------------------------------------ servers ignoring n


def test_server_ignoring_n_is_asked_again(server: FakeOpenAIServer) -> None:
    server.ignore_n = True
    [gens] = make(server).generate([CHAT], n=3, temperature=1.0, seed=7)
    assert len(gens) == 3
    assert [(p["n"], p["seed"]) for p in server.posts()] == [(3, 7), (2, 8), (1, 9)]


# ------------------------------------------------------------------ retries


def test_retries_after_two_rate_limits(server: FakeOpenAIServer) -> None:
    server.fail(rate_limited(), rate_limited())
    [[gen]] = make(server).generate([CHAT])
    assert gen.text.startswith("```python")
    retry_counts = [r["headers"].get("x-stainless-retry-count") for r in server.requests]
    assert retry_counts == ["0", "1", "2"]


def test_retries_after_503(server: FakeOpenAIServer) -> None:
    server.fail(server_error(503))
    [[gen]] = make(server).generate([CHAT])
    assert gen.text.startswith("```python") and len(server.posts()) == 2


def test_retries_after_timeout(server: FakeOpenAIServer) -> None:
    server.fail(slow(1.0))
    [[gen]] = make(server, timeout=0.3).generate([CHAT])
    assert gen.text.startswith("```python") and len(server.posts()) == 2


def test_gives_up_after_max_retries(server: FakeOpenAIServer) -> None:
    server.fail(*[server_error(500)] * 3)
    with pytest.raises(ModelError, match="500 after 2 retries"):
        make(server, max_retries=2).generate([CHAT])
    assert len(server.posts()) == 3


def test_timeout_after_retries(server: FakeOpenAIServer) -> None:
    server.fail(slow(1.0))
    with pytest.raises(ModelError, match=r"did not answer within 0\.2 s \(no retries\)"):
        make(server, timeout=0.2, max_retries=0).generate([CHAT])


# ------------------------------------------------------------------ errors


def test_unreachable_endpoint_is_one_clear_error() -> None:
    url = f"http://127.0.0.1:{closed_port()}/v1"
    model = OpenAIModel(MODEL, base_url=url, timeout=1.0, max_retries=0)
    start = time.perf_counter()
    with pytest.raises(ModelError) as info:
        model.generate([CHAT])
    assert time.perf_counter() - start < 3
    message = str(info.value)
    assert f"cannot reach the OpenAI-compatible endpoint at {url}" in message
    assert "is the server running" in message and "OPENAI_BASE_URL" in message
    assert "\n" not in message
    assert model.context_length == DEFAULT_CONTEXT_LENGTH  # never fails


def test_bad_api_key(server: FakeOpenAIServer) -> None:
    server.fail(unauthorized())
    with pytest.raises(ModelError, match="OPENAI_API_KEY or --api-key"):
        make(server).generate([CHAT])
    assert len(server.posts()) == 1  # a 401 is not retried


def test_context_length_error(server: FakeOpenAIServer) -> None:
    server.fail(context_too_long())
    with pytest.raises(ContextLengthError, match="maximum context length is 4096"):
        make(server).generate([CHAT])


def test_context_length_error_by_message_only(server: FakeOpenAIServer) -> None:
    server.fail(Fault(400, message="Input is too long for requested model."))
    with pytest.raises(ContextLengthError):
        make(server).generate([Request("x" * 100)])


def test_unknown_model(server: FakeOpenAIServer) -> None:
    model = OpenAIModel("no-such-model", base_url=server.url, max_retries=0)
    with pytest.raises(ModelError, match="model 'no-such-model' not found"):
        model.generate([CHAT])


def test_wrong_base_url(server: FakeOpenAIServer) -> None:
    model = OpenAIModel(MODEL, base_url=server.url.removesuffix("/v1"), max_retries=0)
    with pytest.raises(ModelError, match=r"has no /chat/completions .*ends in /v1"):
        model.generate([CHAT])


def test_other_client_error_carries_the_server_message(server: FakeOpenAIServer) -> None:
    server.fail(Fault(422, message="temperature must be at most 2"))
    with pytest.raises(ModelError, match=r"422: temperature must be at most 2") as info:
        make(server).generate([CHAT], temperature=3.0)
    assert type(info.value) is ModelError


# ------------------------------------------------------------------ description


def test_token_level_methods_are_refused(server: FakeOpenAIServer) -> None:
    model = make(server, context_length=100)
    assert isinstance(model, Model)
    assert not model.capabilities.token_level and model.capabilities.logprobs
    calls = [
        lambda: model.encode(CHAT),
        lambda: model.decode([1, 2]),
        lambda: model.next_token_topk([1, 2], 5),
        lambda: model.score([1, 2], 1),
        lambda: model.beam(CHAT, 4),
    ]
    for call in calls:
        with pytest.raises(ModelCapabilityError, match=r"--model embedded or hf:\.\.\."):
            call()
    assert model.eos_token_ids == frozenset()


def test_context_length_from_the_server(server: FakeOpenAIServer) -> None:
    model = make(server)
    assert model.context_length == MAX_MODEL_LEN
    assert make(server, context_length=1000).context_length == 1000
    model.generate([CHAT])
    info = model.info()
    assert (info.id, info.weights_hash, info.context_length) == (f"openai:{MODEL}", None, 4096)
    assert info.extra == {"base_url": server.url, "served_model": MODEL}
    assert not server.posts("/models")  # GETs only


def test_count_tokens_estimate(server: FakeOpenAIServer) -> None:
    model = make(server)
    assert model.count_tokens(Request("abcde")) == 2
    chat = Request([{"role": "system", "content": "abc"}, {"role": "user", "content": "de"}], "fgh")
    assert model.count_tokens(chat) == 2


def test_environment_gives_url_and_key(
    server: FakeOpenAIServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENAI_BASE_URL", server.url)
    monkeypatch.setenv("OPENAI_API_KEY", "sk-from-env")
    OpenAIModel(MODEL).generate([CHAT])
    monkeypatch.delenv("OPENAI_API_KEY")
    OpenAIModel(MODEL).generate([CHAT])
    auth = [r["headers"]["authorization"] for r in server.requests]
    assert auth == ["Bearer sk-from-env", "Bearer none"]
