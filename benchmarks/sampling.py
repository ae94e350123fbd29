"""Tokens per second of batched generation vs one sample at a time, embedded model.

Work: `--prompts` HumanEval chat prompts x `--samples` samples at temperature 0.8, each up
to `--max-new-tokens` tokens, ending at the closing code fence as in a real run. The
baseline generates the same rows one at a time (batch size 1); then the same rows
batched (`--batch-size`, with refill: a finished row's slot is given to a waiting row).
Every row has its own seed, so both passes sample the same way.

    .venv/bin/python benchmarks/sampling.py [--prompts 8] [--samples 4] [--batch-size 16]

The last line, `speedup: X.XX`, is batched tokens/s over one-at-a-time tokens/s.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from workbench.corpus import load_corpus  # noqa: E402
from workbench.models import load_model  # noqa: E402
from workbench.models.base import Request  # noqa: E402
from workbench.prompting import render  # noqa: E402
from workbench.search.sample import sample_seed  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--prompts", type=int, default=8)
    parser.add_argument("--samples", type=int, default=4)
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--max-new-tokens", type=int, default=160)
    parser.add_argument("--dtype", default="auto")
    args = parser.parse_args()

    model = load_model("embedded", batch_size=1, dtype=args.dtype)
    problems = load_corpus("humaneval").problems[: args.prompts]
    prompts = [render("chat", p) for p in problems]
    requests = [
        Request(p.prompt, p.prefill, seed=sample_seed(0, s))
        for p in prompts
        for s in range(args.samples)
    ]
    stop = list(prompts[0].stop)
    print(
        f"{model.id} ({model.info().extra.get('dtype')}), {len(requests)} rows "
        f"({args.prompts} prompts x {args.samples} samples), T=0.8, "
        f"max {args.max_new_tokens} tokens",
        flush=True,
    )

    def measure(batch_size: int) -> float:
        model.batch_size = batch_size  # type: ignore[attr-defined]
        t0 = time.perf_counter()
        outs = model.generate(requests, 1, 0.8, args.max_new_tokens, stop)
        seconds = time.perf_counter() - t0
        tokens = sum(o[0].tokens for o in outs)
        print(
            f"batch {batch_size:>2}: {tokens} tokens in {seconds:.1f} s = "
            f"{tokens / seconds:.1f} tokens/s",
            flush=True,
        )
        return tokens / seconds

    model.generate(requests[:1], 1, 0.8, 8, stop)  # warm-up
    one = measure(1)
    batched = measure(args.batch_size)
    print(f"speedup: {batched / one:.2f}")


if __name__ == "__main__":
    main()
