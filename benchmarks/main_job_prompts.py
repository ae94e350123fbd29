"""Where the main job's time goes on llama.cpp: reading its long prompts, and decoding with
8 against 16 rows in flight.

The main job (`scripts/main.sh`) sends the 40 `fresh-easy` statements, each in three forms,
through greedy decoding. These prompts are long (a story, formats, examples with notes:
about 550 tokens), so two costs matter:

- prefill: the prompt read once per prompt (`LlamaEngine.extend`), in tokens/s;
- rows in flight: every prompt's cache cells sit in llama.cpp's one unified cache, and a
  decode step attends over all cells in use, so more rows in flight is not always faster.
  The same `--problems` prompts are generated greedily (`--max-new-tokens`) with
  `batch_size` 8 and 16, alternated, `--repeats` times; tokens/s count generated tokens
  over the whole call (prefill included, as in a run).

    .venv/bin/python benchmarks/main_job_prompts.py [--problems 16] [--repeats 2]
        [--max-new-tokens 128]

The last line, `speedup: X.XX`, is the median over repeats of (tokens/s with 8 rows) /
(tokens/s with 16 rows).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from workbench.corpus import load_set  # noqa: E402
from workbench.models.base import Request  # noqa: E402
from workbench.models.llama_load import load_embedded_llama  # noqa: E402
from workbench.prompting import render  # noqa: E402

SET = "fresh-easy"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--problems", type=int, default=16)
    ap.add_argument("--repeats", type=int, default=2)
    ap.add_argument("--max-new-tokens", type=int, default=128)
    args = ap.parse_args()
    model = load_embedded_llama("0.5b")
    problems = load_set(SET).problems()[: args.problems]
    requests = []
    for p in problems:
        prompt = render("chat", p)
        requests.append(Request(prompt.prompt, prompt.prefill))
    lengths = [len(model.encode(r)) for r in requests]
    print(f"{len(requests)} {SET} prompts, {statistics.mean(lengths):.0f} tokens on average")

    rates = []
    for r in requests[: min(4, len(requests))]:
        ids = model.encode(r)
        seq = model.pool.take()
        t0 = time.perf_counter()
        model.engine.extend(seq, ids, 0)
        rates.append(len(ids) / (time.perf_counter() - t0))
        model.pool.give(seq)
    print(f"prefill: {min(rates):.0f}-{max(rates):.0f} tokens/s ({len(rates)} prompts)")

    by: dict[int, list[float]] = {8: [], 16: []}
    for rep in range(args.repeats):
        for rows in (8, 16) if rep % 2 == 0 else (16, 8):
            model.batch_size = rows
            t0 = time.perf_counter()
            gens = model.generate(
                requests, n=1, temperature=0.0, max_new_tokens=args.max_new_tokens
            )
            seconds = time.perf_counter() - t0
            tokens = sum(g[0].tokens for g in gens)
            by[rows].append(tokens / seconds)
            print(
                f"repeat {rep + 1}, {rows:2d} rows in flight: {tokens} tokens in "
                f"{seconds:.1f} s = {tokens / seconds:.1f} tokens/s"
            )
    for rows, xs in by.items():
        print(f"{rows} rows: {min(xs):.1f}-{max(xs):.1f} tokens/s")
    ratios = [a / b for a, b in zip(by[8], by[16], strict=True)]
    print(f"speedup: {statistics.median(ratios):.2f}")


if __name__ == "__main__":
    main()
