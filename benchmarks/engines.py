"""The embedded model on its two engines, llama.cpp and transformers: load time, tokens per
second at 1, 4 and 16 rows, and the main job's sampling work.

- load: a warm load (the GGUF assembled and verified; transformers from its dequantized
  safetensors copy), each engine `--repeats` times, alternated.
- rows: the HumanEval/0 chat prompt, 1 row greedy, 4 and 16 rows sampled at 0.8, up to
  `--max-new-tokens` tokens; the engines alternate within each repeat.
- main job: the sampling calls `scripts/main.sh` makes on the original statements of its
  default set (`fresh-quick`, chat template, 2 samples at 0.2, 384 tokens, all rows in one
  call), on `--main-problems` of its problems.

transformers runs in the dtype `--dtype auto` picks on this CPU (bfloat16 where the CPU
multiplies it natively, else float32: the faster of the two here); `--torch-dtype` sets
another. Tokens per second count every generated token (rows stop at the end of sequence
or the closing fence, as in a run).

    .venv/bin/python benchmarks/engines.py [--repeats 2] [--max-new-tokens 64]
        [--main-problems 4] [--torch-dtype auto]

The last line, `speedup: X.XX`, is the auto engine's tokens/s over transformers' on the
main job's sampling work (the median over repeats of the per-repeat ratio).
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from workbench.corpus import load_corpus, load_set  # noqa: E402
from workbench.models.base import Request  # noqa: E402
from workbench.models.engines import resolve  # noqa: E402
from workbench.models.llama_load import load_embedded_llama  # noqa: E402
from workbench.models.local import load_embedded  # noqa: E402
from workbench.prompting import render  # noqa: E402

MAIN_SET, MAIN_SAMPLES, MAIN_TEMPERATURE, MAIN_TOKENS = "fresh-quick", 2, 0.2, 384


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    t0 = time.perf_counter()
    out = fn()
    return time.perf_counter() - t0, out


def tokens_per_second(model: Any, requests: list[Request], n: int, temp: float, **kw: Any) -> float:
    seconds, gens = timed(lambda: model.generate(requests, n=n, temperature=temp, seed=11, **kw))
    tokens = sum(g.tokens for row in gens for g in (row if temp > 0 else row[:1]))
    return tokens / seconds


def spread(values: list[float], unit: str = "") -> str:
    return f"{min(values):.2f}-{max(values):.2f}{unit} (median {statistics.median(values):.2f})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=2)
    parser.add_argument("--max-new-tokens", type=int, default=64)
    parser.add_argument("--main-problems", type=int, default=4)
    parser.add_argument("--torch-dtype", default="auto")
    args = parser.parse_args()
    auto = resolve("embedded", "auto")
    print(f"auto engine for the embedded model here: {auto}")

    # Warm both caches first (assembling, the dequantized copy): loads below are warm.
    loaders = {
        "torch": lambda: load_embedded(batch_size=16, dtype=args.torch_dtype),
        "llama": lambda: load_embedded_llama("0.5b", batch_size=16),
    }
    models = {name: load() for name, load in loaders.items()}
    print(f"torch dtype: {models['torch'].info().extra['dtype']}")
    loads: dict[str, list[float]] = {"torch": [], "llama": []}
    for _ in range(args.repeats):
        for name, load in loaders.items():
            gc.collect()
            seconds, _ = timed(load)
            loads[name].append(seconds)
    for name, values in loads.items():
        print(f"load {name}: {spread(values, ' s')}")

    first = render("chat", load_corpus("humaneval").problems[0])
    request = Request(first.prompt, first.prefill)
    for rows in (1, 4, 16):
        rates: dict[str, list[float]] = {"torch": [], "llama": []}
        for rep in range(args.repeats):
            order = ("torch", "llama") if rep % 2 == 0 else ("llama", "torch")
            for name in order:
                temp = 0.0 if rows == 1 else 0.8
                rates[name].append(
                    tokens_per_second(
                        models[name], [request], rows, temp, max_new_tokens=args.max_new_tokens
                    )
                )
        ratios = [a / b for a, b in zip(rates["llama"], rates["torch"], strict=True)]
        print(
            f"{rows:>2} rows: torch {spread(rates['torch'])} tokens/s, "
            f"llama {spread(rates['llama'])} tokens/s, llama/torch {spread(ratios)}"
        )

    problems = load_set(MAIN_SET).problems()[: args.main_problems]
    main_requests = [Request(p.prompt, p.prefill) for p in (render("chat", q) for q in problems)]
    stop = list(render("chat", problems[0]).stop)
    main_rates: dict[str, list[float]] = {"torch": [], "llama": []}
    for rep in range(args.repeats):
        order = ("torch", "llama") if rep % 2 == 0 else ("llama", "torch")
        for name in order:
            main_rates[name].append(
                tokens_per_second(
                    models[name],
                    main_requests,
                    MAIN_SAMPLES,
                    MAIN_TEMPERATURE,
                    max_new_tokens=MAIN_TOKENS,
                    stop=stop,
                )
            )
    ratios = [a / b for a, b in zip(main_rates[auto], main_rates["torch"], strict=True)]
    rows = len(problems) * MAIN_SAMPLES
    print(
        f"main job ({len(problems)} {MAIN_SET} problems x {MAIN_SAMPLES} samples = {rows} rows): "
        f"torch {spread(main_rates['torch'])} tokens/s, llama {spread(main_rates['llama'])} "
        f"tokens/s; auto ({auto}) / torch {spread(ratios)}"
    )
    print(f"speedup: {statistics.median(ratios):.2f}")


if __name__ == "__main__":
    main()
