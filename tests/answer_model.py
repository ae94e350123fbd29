"""A stand-in model for rewriter tests: it answers each request with a Python function of
the request's text, so a test scripts exactly what the "LLM" says (and can say something
wrong on the first, greedy round and right on a sampled retry)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from workbench.models.base import Capabilities, Generation, ModelInfo, Request

# (the request's whole text: messages joined, then the prefill; temperature; seed) -> answer
Answer = Callable[[str, float, int | None], str]


def request_text(request: Request) -> str:
    prompt = request.prompt
    text = prompt if isinstance(prompt, str) else "\n".join(m["content"] for m in prompt)
    return text + "\n" + request.prefill


@dataclass
class AnswerModel:
    answer: Answer
    id: str = "scripted:answers"
    context_length: int = 32768
    capabilities: Capabilities = field(
        default_factory=lambda: Capabilities(token_level=False, beam=False, logprobs=False)
    )
    calls: list[tuple[str, float]] = field(default_factory=list)

    def info(self) -> ModelInfo:
        return ModelInfo(self.id, "0" * 64, self.context_length)

    def count_tokens(self, request: Request) -> int:
        return len(request_text(request).split())

    def generate(
        self,
        requests: Sequence[Request],
        n: int = 1,
        temperature: float = 0.0,
        max_new_tokens: int = 512,
        stop: Sequence[str] = (),
        seed: int | None = None,
    ) -> list[list[Generation]]:
        out = []
        for r in requests:
            text = request_text(r)
            self.calls.append((text, temperature))
            reply = self.answer(text, temperature, r.seed if r.seed is not None else seed)
            for s in stop:
                if s and s in reply:
                    reply = reply[: reply.index(s)]
            out.append([Generation(reply, len(reply.split()), "stop")] * n)
        return out
