"""How often a comparison resolves its request: calls of `render` (a prompt), `select` (a
problem selection) and `make_search` (a search built from parameters) during one
`workbench compare` of two statements with a stub model.

    .venv/bin/python benchmarks/resolve_counts.py [--problems 0-2]

Every prompt needs one render and a comparison needs one selection and one search per
statement; anything above that is the same request resolved again. The command runs the
real CLI in this process (typer's runner), with `load_model` answering a stub that
writes one fixed program, in a temporary runs folder. It prints the counts and the
number of distinct prompts; run it on two commits to compare them.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import sys
import tempfile
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from typer.testing import CliRunner

from workbench.models.base import Capabilities, Generation, ModelInfo, Request

COUNTED = {  # what is counted -> where it may live (the first that exists is wrapped)
    "render": ("workbench.prompting",),
    "select": ("workbench.plan", "workbench.runner"),
    "make_search": ("workbench.search.registry", "workbench.search"),
}


@dataclass
class StubModel:
    """Answers every request with the same program, instantly."""

    id: str = "stub:fixed"
    context_length: int = 32768
    capabilities: Capabilities = Capabilities(token_level=False, beam=False, logprobs=False)

    def info(self) -> ModelInfo:
        return ModelInfo(self.id, "0" * 64, self.context_length)

    def count_tokens(self, request: Request) -> int:
        text = request.prompt if isinstance(request.prompt, str) else str(request.prompt)
        return len(text.split())

    def generate(self, requests: Sequence[Request], n: int = 1, **_: Any) -> list[list[Generation]]:
        program = "```python\ndef f(*a):\n    return 0\n```"
        return [[Generation(program, 8, "stop")] * n for _ in requests]


def wrap_everywhere(name: str, original: Callable[..., Any], calls: Counter[str]) -> None:
    """Replace `original` by a counting wrapper in every workbench module that holds it."""

    def counting(*args: Any, **kwargs: Any) -> Any:
        calls[name] += 1
        seen.add(repr(args) + repr(kwargs))
        return original(*args, **kwargs)

    seen: set[str] = set()
    distinct[name] = seen
    for module in list(sys.modules.values()):
        if getattr(module, "__name__", "").startswith("workbench"):
            for attr, value in list(vars(module).items()):
                if value is original:
                    setattr(module, attr, counting)


distinct: dict[str, set[str]] = {}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--problems", default="0-2")
    args = parser.parse_args()
    import workbench.cli  # noqa: F401 - every module the command uses is imported
    import workbench.models as models

    for module_name in ("workbench.plan", "workbench.study", "workbench.pipelines"):
        with contextlib.suppress(ImportError):  # the modules of the commit being measured
            importlib.import_module(module_name)
    calls: Counter[str] = Counter()
    for name, homes in COUNTED.items():
        for home in homes:
            if home in sys.modules and hasattr(sys.modules[home], name):
                wrap_everywhere(name, getattr(sys.modules[home], name), calls)
                break
    stub = StubModel()
    for module in list(sys.modules.values()):
        named = getattr(module, "__name__", "").startswith("workbench")
        if named and getattr(module, "load_model", None) is models.load_model:
            module.load_model = lambda *a, **k: stub  # type: ignore[attr-defined]
    models.load_model = lambda *a, **k: stub  # type: ignore[assignment]
    with tempfile.TemporaryDirectory() as runs:
        argv = ["compare", "--variants", "short", "--corpus", "humaneval"]
        argv += ["--problems", args.problems, "--runs-dir", runs, "--json"]
        result = CliRunner().invoke(workbench.cli.app, argv)
    if result.exit_code != 0:
        sys.exit(f"compare failed ({result.exit_code}): {result.output[-2000:]}")
    prompts = len(distinct.get("render", ()))
    print(f"two-statement comparison, humaneval --problems {args.problems}, stub model")
    for name in COUNTED:
        print(f"{name:12} {calls[name]:4}")
    print(f"{'prompts':12} {prompts:4} distinct")


if __name__ == "__main__":
    main()
