"""A small, scripted OpenAI-compatible HTTP server for tests (stdlib only).

It speaks the wire format of POST /v1/chat/completions, POST /v1/completions,
GET /v1/models and GET /v1/models/{name} (with vLLM's `max_model_len`). Replies are
deterministic: choice i of a request is `reply(body, i)` (by default a fenced
`print(i)`), cut to `max_tokens` tokens and at the stop strings, with a log-probability
of LOGPROB per token. Faults queued with `fail(...)` answer the next POST requests
(429, 5xx, 400, 401, or a delay longer than the client's timeout); `ignore_n`,
`ignore_stop` and `reject_logprobs` imitate servers that do less than OpenAI's.
Every POST is recorded in `requests`, faulted ones included.
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

MODEL = "fake-coder"
MAX_MODEL_LEN = 4096
LOGPROB = -0.5  # every token's log-probability

Reply = Callable[[dict[str, Any], int], str]


def tokenize(text: str) -> list[str]:
    """The server's tokens: words, runs of spaces, single other characters; they join
    back to the text."""
    return re.findall(r"\w+|[^\S\n]+|\n|[^\w\s]", text)


def default_reply(body: dict[str, Any], i: int) -> str:
    return f"```python\nprint({i})\n```"


@dataclass
class Fault:
    """How to answer one POST: an HTTP error status, or a delay before a normal answer."""

    status: int = 0
    delay: float = 0.0
    message: str = ""
    code: str | None = None
    headers: dict[str, str] = field(default_factory=dict)


def rate_limited() -> Fault:
    return Fault(429, message="Rate limit reached", headers={"retry-after-ms": "1"})


def server_error(status: int = 500) -> Fault:
    return Fault(status, message=f"scripted failure {status}", headers={"retry-after-ms": "1"})


def context_too_long() -> Fault:
    return Fault(
        400,
        message="This model's maximum context length is 4096 tokens. However, you requested "
        "9000 tokens. Please reduce the length of the messages.",
        code="context_length_exceeded",
    )


def unauthorized() -> Fault:
    return Fault(401, message="Incorrect API key provided: te**t.", code="invalid_api_key")


def slow(seconds: float) -> Fault:
    return Fault(delay=seconds)


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True  # a handler still sleeping (a delay fault) must not block shutdown
    request_queue_size = 64  # the default 5 drops concurrent connects (then a 1 s SYN retry)


class FakeOpenAIServer:
    """Start with `with FakeOpenAIServer() as server:`; the client's base URL is `server.url`."""

    def __init__(self, model: str = MODEL, max_model_len: int = MAX_MODEL_LEN) -> None:
        self.model = model
        self.max_model_len = max_model_len
        self.reply: Reply = default_reply
        self.ignore_n = False
        self.ignore_stop = False
        self.reject_logprobs = False
        self.requests: list[dict[str, Any]] = []  # {"path", "body", "headers"}
        self._faults: deque[Fault] = deque()
        self._lock = threading.Lock()
        self._httpd = _HTTPServer(("127.0.0.1", 0), _handler_for(self))
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._httpd.server_address[1]}/v1"

    def fail(self, *faults: Fault) -> None:
        """Answer the next len(faults) POST requests with these faults, in order."""
        with self._lock:
            self._faults.extend(faults)

    def posts(self, path_end: str = "") -> list[dict[str, Any]]:
        """The request bodies received at paths ending with `path_end`."""
        with self._lock:
            return [r["body"] for r in self.requests if r["path"].endswith(path_end)]

    def __enter__(self) -> FakeOpenAIServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)

    # ------------------------------------------------------------ answering

    def next_fault(self) -> Fault | None:
        with self._lock:
            return self._faults.popleft() if self._faults else None

    def record(self, path: str, body: dict[str, Any], headers: dict[str, str]) -> None:
        with self._lock:
            self.requests.append({"path": path, "body": body, "headers": headers})

    def complete(self, body: dict[str, Any], chat: bool) -> tuple[int, dict[str, Any]]:
        """The status and JSON answer to a (fault-free) completion request."""
        if body.get("model") != self.model:
            return 404, _error(f"The model `{body.get('model')}` does not exist.", "NotFoundError")
        if self.reject_logprobs and body.get("logprobs"):
            return 400, _error("logprobs is not supported by this server", param="logprobs")
        n = 1 if self.ignore_n else int(body.get("n") or 1)
        stop = [] if self.ignore_stop else _as_list(body.get("stop"))
        max_tokens = body.get("max_tokens")
        choices, completion_tokens = [], 0
        for i in range(n):
            tokens, reason = self._sample(body, i, stop, max_tokens)
            completion_tokens += len(tokens)
            text = "".join(tokens)
            if chat:
                choice: dict[str, Any] = {
                    "index": i,
                    "message": {"role": "assistant", "content": text},
                    "finish_reason": reason,
                    "logprobs": {"content": [_chat_entry(t) for t in tokens], "refusal": None}
                    if body.get("logprobs")
                    else None,
                }
            else:
                choice = {
                    "index": i,
                    "text": text,
                    "finish_reason": reason,
                    "logprobs": _completion_logprobs(tokens) if body.get("logprobs") else None,
                }
            choices.append(choice)
        prompt = body.get("messages") if chat else body.get("prompt")
        prompt_tokens = len(json.dumps(prompt)) // 4
        return 200, {
            "id": f"cmpl-{len(self.requests)}",
            "object": "chat.completion" if chat else "text_completion",
            "created": int(time.time()),
            "model": self.model,
            "choices": choices,
            "usage": {
                "prompt_tokens": prompt_tokens,
                "completion_tokens": completion_tokens,
                "total_tokens": prompt_tokens + completion_tokens,
            },
        }

    def _sample(
        self, body: dict[str, Any], i: int, stop: list[str], max_tokens: int | None
    ) -> tuple[list[str], str]:
        text, reason = self.reply(body, i), "stop"
        cuts = [text.find(s) for s in stop if s and s in text]
        if cuts:
            text = text[: min(cuts)]
        tokens = tokenize(text)
        if max_tokens is not None and len(tokens) > max_tokens:
            tokens, reason = tokens[:max_tokens], "length"
        return tokens, reason

    def model_card(self, name: str) -> tuple[int, dict[str, Any]]:
        if name != self.model:
            return 404, _error(f"The model `{name}` does not exist.", "NotFoundError")
        return 200, {
            "id": self.model,
            "object": "model",
            "created": 0,
            "owned_by": "tests",
            "max_model_len": self.max_model_len,
        }


def _handler_for(server: FakeOpenAIServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:  # quiet
            pass

        def do_GET(self) -> None:
            path = self.path.split("?")[0].rstrip("/")
            if path == "/v1/models":
                _, card = server.model_card(server.model)
                self._send(200, {"object": "list", "data": [card]})
            elif path.startswith("/v1/models/"):
                self._send(*server.model_card(path.removeprefix("/v1/models/")))
            else:
                self._send(404, _error(f"no route {path}", "NotFoundError"))

        def do_POST(self) -> None:
            length = int(self.headers.get("content-length") or 0)
            body = json.loads(self.rfile.read(length) or b"{}")
            path = self.path.split("?")[0].rstrip("/")
            server.record(path, body, {k.lower(): v for k, v in self.headers.items()})
            fault = server.next_fault()
            if fault is not None and fault.delay:
                time.sleep(fault.delay)
            if fault is not None and fault.status:
                error = _error(fault.message, "scripted", code=fault.code)
                self._send(fault.status, error, fault.headers)
            elif path == "/v1/chat/completions":
                self._send(*server.complete(body, chat=True))
            elif path == "/v1/completions":
                self._send(*server.complete(body, chat=False))
            else:
                self._send(404, _error(f"no route {path}", "NotFoundError"))

        def _send(
            self, status: int, payload: dict[str, Any], headers: dict[str, str] | None = None
        ) -> None:
            data = json.dumps(payload).encode()
            try:
                self.send_response(status)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(data)))
                for key, value in (headers or {}).items():
                    self.send_header(key, value)
                self.end_headers()
                self.wfile.write(data)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (a timeout fault): nothing to answer

    return Handler


def _error(
    message: str,
    type_: str = "invalid_request_error",
    code: str | None = None,
    param: str | None = None,
) -> dict[str, Any]:
    return {"error": {"message": message, "type": type_, "param": param, "code": code}}


def _as_list(stop: Any) -> list[str]:
    if stop is None:
        return []
    return [stop] if isinstance(stop, str) else list(stop)


def _chat_entry(token: str) -> dict[str, Any]:
    raw = list(token.encode())
    top = [{"token": token, "logprob": LOGPROB, "bytes": raw}]
    return {"token": token, "logprob": LOGPROB, "bytes": raw, "top_logprobs": top}


def _completion_logprobs(tokens: list[str]) -> dict[str, Any]:
    offsets, pos = [], 0
    for t in tokens:
        offsets.append(pos)
        pos += len(t)
    return {
        "tokens": tokens,
        "token_logprobs": [LOGPROB] * len(tokens),
        "top_logprobs": [{t: LOGPROB} for t in tokens],
        "text_offset": offsets,
    }
