"""`workbench run` end to end against an OpenAI-compatible server over real HTTP."""

from __future__ import annotations

import itertools
import json
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from openai_server import MODEL, FakeOpenAIServer
from typer.testing import CliRunner

from workbench.cli import app
from workbench.corpus import find_problem

SOLUTION = find_problem("humaneval/0").solutions[0]


@pytest.fixture()
def server() -> Iterator[FakeOpenAIServer]:
    with FakeOpenAIServer() as s:
        yield s


def run(*args: str) -> Any:
    return CliRunner().invoke(app, ["run", *args])


def test_a_run_on_an_endpoint_scores_what_the_server_answers(
    server: FakeOpenAIServer, tmp_path: Path
) -> None:
    # Each sample is its own request: the first one answered gets the reference solution
    # (after some prose, as chat models do), the others a wrong program.
    answered = itertools.count()

    def reply(body: dict[str, Any], i: int) -> str:
        if next(answered) == 0:
            return f"Here you go:\n```python\n{SOLUTION}```\nDone."
        return "```python\nx = 1\n```"

    server.reply = reply
    res = run("--model", f"openai:{MODEL}", "--base-url", server.url, "--api-key", "k",
              "--corpus", "humaneval", "--problems", "0", "--samples", "3",
              "--temperature", "0.7", "--runs-dir", str(tmp_path), "--json")  # fmt: skip
    assert res.exit_code == 0, res.output
    summary = json.loads(res.stdout[res.stdout.index("{") :])
    [row] = summary["summary"]
    assert row["candidates"] == 3 and row["strict_accuracy"] == 1.0
    assert row["pass@1"] == pytest.approx(1 / 3)
    [folder] = list(tmp_path.iterdir())
    trials = [json.loads(line) for line in (folder / "trials.jsonl").read_text().splitlines()]
    assert sorted(t["sample"] for t in trials) == [0, 1, 2]
    config = json.loads((folder / "config.json").read_text())
    assert config["model"]["id"] == f"openai:{MODEL}"
    # What went over the wire: chat messages, the run's temperature, each sample its seed.
    posts = server.posts()
    assert {p["temperature"] for p in posts} == {0.7}
    assert len({p.get("seed") for p in posts}) == 3
    assert all(p["messages"][-1]["role"] == "user" for p in posts)


def test_beam_search_on_an_endpoint_is_refused_before_a_run_exists(
    server: FakeOpenAIServer, tmp_path: Path
) -> None:
    res = run("--model", f"openai:{MODEL}", "--base-url", server.url, "--corpus", "humaneval",
              "--problems", "0", "--search", "beam", "--runs-dir", str(tmp_path))  # fmt: skip
    assert res.exit_code == 2
    assert "cannot do beam search" in res.output
    assert not list(tmp_path.iterdir())


def test_an_endpoint_that_is_down_ends_in_one_line_and_a_resumable_run(tmp_path: Path) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    res = run("--model", f"openai:{MODEL}", "--base-url", f"http://127.0.0.1:{port}/v1",
              "--corpus", "humaneval", "--problems", "0", "--runs-dir", str(tmp_path))  # fmt: skip
    assert res.exit_code == 2
    assert "cannot reach" in res.output and f"127.0.0.1:{port}" in res.output
    assert "--resume" in res.output
    assert "Traceback" not in res.output


# -- line-level MCTS on an endpoint ------------------------------------------------------------
def test_line_level_mcts_on_an_endpoint_finds_the_program_line_by_line(
    server: FakeOpenAIServer, tmp_path: Path
) -> None:
    """The server knows the solution's body. A sampled reply (an expansion) writes its next
    line for the first sample and `pass` for the others; a greedy reply (a rollout) finishes
    the body only once two of its lines are written, else returns None. So only the tree,
    line by line, reaches the program that passes."""
    from workbench.prompting import render

    problem = find_problem("humaneval/0")
    prompt = render("completion", problem)
    body = SOLUTION[SOLUTION.index(prompt.prefill) + len(prompt.prefill) :]
    lines = body.splitlines(keepends=True)
    base = prompt.prompt + prompt.prefill

    def reply(request: dict[str, Any], i: int) -> str:
        text = request["prompt"][len(base) :]
        on_path = body.startswith(text)
        done = text.count("\n")
        if request.get("temperature"):
            return lines[done] if on_path and i == 0 and done < len(lines) else "    pass\n"
        return body[len(text) :] if on_path and done >= 2 else "    return None\n"

    server.reply = reply
    res = run("--model", f"openai:{MODEL}", "--base-url", server.url, "--api-key", "k",
              "--corpus", "humaneval", "--problems", "0", "--template", "completion",
              "--search", "mcts", "--action", "line", "--width", "2", "--rollouts", "12",
              "--runs-dir", str(tmp_path), "--json")  # fmt: skip
    assert res.exit_code == 0, res.output
    [row] = json.loads(res.stdout[res.stdout.index("{") :])["summary"]
    assert row["strict_accuracy"] == 1.0 and row["cell"] == "line r=12 w=2"
    [folder] = list(tmp_path.iterdir())
    [tree_file] = list((folder / "trees").iterdir())
    tree = json.loads(tree_file.read_text())
    assert tree["action"] == "line" and tree["stats"]["stopped"] == "solved"
    answer = tree["programs"][tree["answer"]]
    assert answer["reward"] == 1.0 and tree["programs"][0]["reward"] < 1.0
    by_id = {n["id"]: n for n in tree["nodes"]}
    node, path = by_id[answer["node"]], []
    while node["parent"] is not None:
        path.append(node["text"])
        node = by_id[node["parent"]]
    assert "".join(reversed(path)) == "".join(lines[:2])  # two lines chosen by the tree


def test_line_level_mcts_on_a_chat_endpoint_is_refused_before_a_run_exists(
    server: FakeOpenAIServer, tmp_path: Path
) -> None:
    res = run("--model", f"openai:{MODEL}", "--base-url", server.url, "--corpus", "humaneval",
              "--problems", "0", "--search", "mcts", "--action", "line",
              "--runs-dir", str(tmp_path))  # fmt: skip
    assert res.exit_code == 2 and "--template completion" in res.output
    res = run("--model", f"openai:{MODEL}", "--base-url", server.url, "--corpus", "humaneval",
              "--problems", "0", "--search", "mcts", "--runs-dir", str(tmp_path))  # fmt: skip
    assert res.exit_code == 2 and "use --action line" in res.output
    assert not list(tmp_path.iterdir())
