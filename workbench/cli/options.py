"""Option groups declared once, and commands built from them.

A command that makes runs takes its model, limits and search options from here: each
group is a set of typer options and the typed object they make (`ModelSpec`, limits, a
`SearchSpec`). The search group's flags are derived from the registered searches' declared
parameters when the CLI is built, so a newly registered search has its own flags
(`--rollout-beams`, `--c`, ...) as well as `--param NAME=VALUE`.

`GroupedCommand` is how: typer reads a command's options from its signature, and the
signature of a grouped command is its own options plus the groups', computed when typer
asks for it (not when the module is imported).
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated, Any

import typer

from workbench.cli.app import (
    ApiKeyOpt,
    BaseUrlOpt,
    BatchSizeOpt,
    DtypeOpt,
    EngineOpt,
    MemoryOpt,
    ModelOpt,
    ParamOpt,
    SeedOpt,
    TimeoutOpt,
)
from workbench.configs import SearchSpec
from workbench.plan import ModelSpec, RunSpec
from workbench.search import SEARCHES, Param, parameters, parse_assignments, parse_value

KW = inspect.Parameter.KEYWORD_ONLY
SPEC = RunSpec()  # the library's defaults, declared once there
MODEL = ModelSpec()


def _param(name: str, annotation: Any, default: Any) -> inspect.Parameter:
    return inspect.Parameter(name, KW, default=default, annotation=annotation)


def model_parameters() -> list[inspect.Parameter]:
    return [
        _param("model", ModelOpt, MODEL.spec),
        _param("batch_size", BatchSizeOpt, MODEL.batch_size),
        _param("dtype", DtypeOpt, MODEL.dtype),
        _param("engine", EngineOpt, MODEL.engine),
        _param("base_url", BaseUrlOpt, None),
        _param("api_key", ApiKeyOpt, None),
    ]


def limit_parameters() -> list[inspect.Parameter]:
    return [
        _param("seed", SeedOpt, SPEC.seed),
        _param("timeout", TimeoutOpt, SPEC.timeout_s),
        _param("memory", MemoryOpt, SPEC.memory_mb),
    ]


@dataclass(frozen=True)
class SearchFlag:
    """One flag of the search group: a parameter name, the searches that have it."""

    flag: str  # "--temperature"
    param: Param
    searches: tuple[str, ...]
    defaults: tuple[Any, ...]  # each search's default, in the order of `searches`

    @property
    def dest(self) -> str:
        return "search_" + self.param.name


# Flags that kept their older names when the parameters got theirs.
LEGACY_FLAGS = {"temperatures": "--temperature", "num_beams": "--beams"}
# Flags the commands and the other groups own: a search parameter of the same name gets
# `--search-NAME` instead (a toy search's `memory` must not take over --memory).
TAKEN = {
    "--model", "--batch-size", "--dtype", "--engine", "--base-url", "--api-key", "--seed",
    "--timeout", "--memory", "--search", "--param", "--corpus", "--set", "--problems",
    "--template", "--variants", "--few-shot", "--runs-dir", "--resume", "--json",
    "--baseline", "--signals", "--cutoff", "--help",
}  # fmt: skip


def search_flags() -> list[SearchFlag]:
    """One flag per parameter name over every registered search, in registration order."""
    seen: dict[str, SearchFlag] = {}
    for name, cls in SEARCHES.items():
        for p in parameters(cls):
            if p.name in seen:
                f = seen[p.name]
                seen[p.name] = SearchFlag(
                    f.flag, f.param, (*f.searches, name), (*f.defaults, p.default)
                )
            else:
                flag = LEGACY_FLAGS.get(p.name, "--" + p.name.replace("_", "-"))
                if flag in TAKEN:
                    flag = "--search-" + flag.removeprefix("--")
                seen[p.name] = SearchFlag(flag, p, (name,), (p.default,))
    return list(seen.values())


def search_parameters(default_search: str = "sample") -> list[inspect.Parameter]:
    out = [
        _param(
            "search",
            Annotated[str, typer.Option(help=f"Search: {', '.join(SEARCHES.names())}.")],
            default_search,
        ),
        _param("param", ParamOpt, None),
    ]
    for f in search_flags():
        text = f"{f.param.help} ({_defaults(f)})"
        if f.param.type is bool:
            no = "--no-" + f.flag.removeprefix("--")
            option = typer.Option(f"{f.flag}/{no}", help=text)
            out.append(_param(f.dest, Annotated[bool | None, option], None))
        else:
            option = typer.Option(f.flag, help=text)
            out.append(_param(f.dest, Annotated[str | None, option], None))
    return out


def _defaults(f: SearchFlag) -> str:
    """ "sample, beam; default 512", or each search's where they differ."""
    if len(set(map(repr, f.defaults))) == 1:
        return f"{', '.join(f.searches)}; default {shown_default(f.defaults[0])}"
    each = (f"{s} {shown_default(d)}" for s, d in zip(f.searches, f.defaults, strict=True))
    return "default: " + ", ".join(each)


def shown_default(value: Any) -> str:
    """A default as a user would type it: 0.2,0.8 for a tuple."""
    if isinstance(value, tuple):
        return ",".join(str(v) for v in value)
    return str(value)


def search_spec(values: dict[str, Any]) -> SearchSpec:
    """The search and the parameters the user gave (flags, then --param), typed."""
    name = values["search"]
    SEARCHES.get(name)  # an unknown search is named before its parameters are
    params: dict[str, Any] = {}
    for f in search_flags():
        given = values.get(f.dest)
        if given is None:
            continue
        text = str(given).lower() if isinstance(given, bool) else str(given)
        params[f.param.name] = parse_value(name, f.param.name, text, f.flag)
    params |= parse_assignments(name, values.get("param") or [])
    return SearchSpec(name, params)


def given_search_flags(values: dict[str, Any]) -> list[str]:
    """The search flags a user gave (to refuse them where they do not belong)."""
    given = [f.flag for f in search_flags() if values.get(f.dest) is not None]
    return given + (["--param"] if values.get("param") else [])


def model_spec(values: dict[str, Any]) -> ModelSpec:
    return ModelSpec(
        spec=values["model"],
        batch_size=values["batch_size"],
        dtype=values["dtype"],
        engine=values["engine"],
        base_url=values["base_url"],
        api_key=values["api_key"],
    )


GROUPS: dict[str, Callable[[], list[inspect.Parameter]]] = {
    "model": model_parameters,
    "limits": limit_parameters,
    "search": search_parameters,
}


class GroupedCommand:
    """A command function plus option groups: typer sees one signature (the function's
    own options, then each group's), built when typer builds the CLI. The function gets
    its own options by name and every group's values in one dict, `options`."""

    def __init__(self, impl: Callable[..., None], groups: tuple[str, ...]) -> None:
        functools.update_wrapper(self, impl)
        self.impl, self.groups = impl, groups
        self.__annotations__: dict[str, Any] = {}

    @property
    def __signature__(self) -> inspect.Signature:
        own = [
            p for p in inspect.signature(self.impl, eval_str=True).parameters.values()
            if p.name != "options"
        ]  # fmt: skip
        extra = [p for g in self.groups for p in GROUPS[g]()]
        return inspect.Signature([*own, *extra])

    def __call__(self, **values: Any) -> None:
        own = set(inspect.signature(self.impl).parameters) - {"options"}
        options = {k: v for k, v in values.items() if k not in own}
        self.impl(**{k: v for k, v in values.items() if k in own}, options=options)


def grouped(*groups: str) -> Callable[[Callable[..., None]], GroupedCommand]:
    """`@app.command()` over `@grouped("model", "limits", "search")`."""
    return lambda impl: GroupedCommand(impl, groups)


def run_spec(values: dict[str, Any], **fields: Any) -> RunSpec:
    """A run spec from the model, limits and search groups' values, plus `fields` (the
    problems, statements and templates a command takes itself)."""
    return RunSpec(
        search=search_spec(values),
        model=model_spec(values),
        seed=values["seed"],
        timeout_s=values["timeout"],
        memory_mb=values["memory"],
        **fields,
    )
