"""Cost of one decoding step of the embedded model: batch size, dtype, attention path.

For each setting, a left-padded batch (half its rows padded by a third) is prefilled to
`width` positions, then `--steps` single-token steps are timed, as our decoding loop does
them (attention mask + position ids + growing cache). Settings:

- float32 vs bfloat16 weights and activations;
- attention with transformers' repeat_kv copies of the key/value heads (its default when
  a padding mask is present, and what the workbench uses) vs torch's grouped-query
  attention taking the mask (`TRANSFORMERS_SDPA_FORCE_GQA=1`): measured, no faster here.

    .venv/bin/python benchmarks/decode_step.py [--steps 4]

The last line, `speedup: X.XX`, is float32's step time over that of the dtype the
workbench picks on this CPU (`--dtype auto`), at batch 16 and 200 positions, default
attention.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import torch  # noqa: E402

from workbench.models import load_model  # noqa: E402
from workbench.models.local import choose_dtype  # noqa: E402


def step_seconds(model: torch.nn.Module, batch: int, width: int, steps: int) -> float:
    ids = torch.randint(0, 1000, (batch, width))
    mask = torch.ones((batch, width), dtype=torch.long)
    mask[: batch // 2, : width // 3] = 0
    with torch.inference_mode():
        out = model(ids, attention_mask=mask, position_ids=(mask.cumsum(-1) - 1).clamp(min=0))
        cache, last = out.past_key_values, ids[:, -1:]
        t0 = time.perf_counter()
        for _ in range(steps):
            mask = torch.cat([mask, torch.ones((batch, 1), dtype=torch.long)], dim=1)
            out = model(
                input_ids=last,
                attention_mask=mask,
                position_ids=mask.sum(-1, keepdim=True) - 1,
                past_key_values=cache,
                use_cache=True,
            )
            cache = out.past_key_values
        return (time.perf_counter() - t0) / steps


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=4)
    args = parser.parse_args()
    llm = load_model("embedded", dtype="float32")
    net = llm.model  # type: ignore[attr-defined]
    ours = choose_dtype("auto")
    print(f"torch threads: {torch.get_num_threads()}; this CPU's auto dtype: {ours}")
    print(f"{'dtype':>9} {'attention':>10} {'batch':>5} {'width':>5} {'s/step':>7} {'tokens/s':>8}")
    times: dict[tuple[str, str, int, int], float] = {}
    for dtype in (torch.float32, torch.bfloat16):
        net.to(dtype)
        for gqa in ("0", "1"):
            os.environ["TRANSFORMERS_SDPA_FORCE_GQA"] = gqa
            for batch, width in ((1, 200), (16, 200), (16, 900)):
                s = step_seconds(net, batch, width, args.steps)
                name = "gqa" if gqa == "1" else "repeat_kv"
                times[(str(dtype), name, batch, width)] = s
                print(f"{str(dtype)[6:]:>9} {name:>10} {batch:>5} {width:>5} {s:7.3f} "
                      f"{batch / s:8.1f}", flush=True)  # fmt: skip
    os.environ.pop("TRANSFORMERS_SDPA_FORCE_GQA", None)
    base = times[("torch.float32", "repeat_kv", 16, 200)]
    best = times[(str(ours), "repeat_kv", 16, 200)]
    print(f"speedup: {base / best:.2f}")


if __name__ == "__main__":
    main()
