"""`workbench model info`: where a model is, its hash, load time and size."""

from __future__ import annotations

import json
import time
from typing import Annotated

import typer
from rich.table import Table

from workbench.cli.app import (
    ApiKeyOpt,
    BaseUrlOpt,
    DtypeOpt,
    EngineOpt,
    JsonOpt,
    app,
    out,
    user_errors,
)
from workbench.models import load_model

model_app = typer.Typer(help="Look at models.", no_args_is_help=True)
app.add_typer(model_app, name="model")


@model_app.command("info")
def model_info(
    model: Annotated[
        str, typer.Option(help="embedded[:1.5b], gguf:PATH, hf:PATH_OR_ID or openai:NAME.")
    ] = "embedded",
    base_url: BaseUrlOpt = None,
    api_key: ApiKeyOpt = None,
    dtype: DtypeOpt = "auto",
    engine: EngineOpt = "auto",
    as_json: JsonOpt = False,
) -> None:
    """Load a model and show where it is, its weights hash, load time and parameter count.

    Example: `workbench model info` (the embedded default) or `workbench model info --model
    hf:/models/my-llm`
    """
    t0 = time.perf_counter()
    with user_errors():
        llm = load_model(model, base_url=base_url, api_key=api_key, dtype=dtype, engine=engine)
        info = llm.info()
    row = {
        "model": info.id,
        "weights_sha256": info.weights_hash,
        "context_length": info.context_length,
        "load_seconds": round(time.perf_counter() - t0, 2),
        "token_level": llm.capabilities.token_level,
        "beam": llm.capabilities.beam,
        "engine": getattr(llm, "engine_name", None),
        **info.extra,
    }
    if as_json:
        print(json.dumps(row, indent=1))
        return
    table = Table(title=info.id, show_header=False)
    table.add_column("field", style="bold")
    table.add_column("value", overflow="fold")
    for k, v in row.items():
        table.add_row(k, f"{v:,}" if isinstance(v, int) and not isinstance(v, bool) else str(v))
    out.print(table)
