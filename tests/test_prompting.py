"""Prompt templates, rendering, program extraction and `workbench prompt`."""

from __future__ import annotations

import ast
import hashlib
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from workbench.cli import app
from workbench.corpus import find_problem, load_corpus
from workbench.extraction import extract_program
from workbench.problems import Problem, Test, Variant
from workbench.prompting import (
    Prompt,
    TemplateError,
    prompts_dir,
    render,
    template_hash,
    template_names,
)

REPO = Path(__file__).resolve().parent.parent
HUMANEVAL = load_corpus("humaneval").problems


@pytest.fixture()
def pair_sums() -> Problem:
    return Problem.from_dict(json.loads((REPO / "examples" / "pair_sums.json").read_text()))


@pytest.fixture()
def he0() -> Problem:
    return find_problem("humaneval/0")


# --- rendering -----------------------------------------------------------------------------


def test_the_shipped_templates() -> None:
    assert {"chat", "completion"} <= set(template_names())
    digest = hashlib.sha256((prompts_dir() / "chat.jinja").read_bytes()).hexdigest()
    assert template_hash("chat") == digest


def test_every_humaneval_problem_renders_as_chat() -> None:
    for p in HUMANEVAL:
        pr = render("chat", p)
        assert pr.kind == "chat" and pr.io == "call" and pr.entry_point == p.entry_point
        assert isinstance(pr.prompt, list)
        assert [m["role"] for m in pr.prompt] == ["system", "user"]
        assert all(set(m) == {"role", "content"} and m["content"].strip() for m in pr.prompt)
        user = pr.prompt[1]["content"]
        assert p.starter_code and p.starter_code.strip() in user
        assert user.count(p.starter_code.strip()) == 1  # HumanEval: statement == starter code
        assert "Return the complete function, with its imports." in user
        assert pr.prefill == "```python\n" and pr.stop == ("```",)
        assert pr.template == "chat" and pr.template_hash == template_hash("chat")


def test_every_humaneval_problem_renders_as_completion() -> None:
    for p in HUMANEVAL:
        pr = render("completion", p)
        assert pr.kind == "completion" and isinstance(pr.prompt, str)
        assert pr.prompt.startswith("\nQUESTION:\n")
        assert pr.prompt.endswith("\n\nUse Call-Based format\n\nANSWER:\n")
        assert pr.prefill == p.starter_code  # the model continues the function
        assert pr.stop[:3] == ("\nQUESTION:", "\nANSWER:", "\n```")
        assert "\nprint(" in pr.stop and "\nif __name__" in pr.stop


def test_an_stdio_problem(pair_sums: Problem) -> None:
    chat = render("chat", pair_sums)
    assert isinstance(chat.prompt, list)
    user = chat.prompt[-1]["content"]
    assert user.startswith(pair_sums.statement.strip())
    assert "Read from standard input and write to standard output." in user
    assert "Complete the following function" not in user
    assert chat.io == "stdio" and chat.entry_point is None and chat.starter_code is None
    comp = render("completion", pair_sums)
    assert comp.prompt == (
        f"\nQUESTION:\n{pair_sums.statement.strip()}\n\nUse Standard Input format\n\nANSWER:\n"
    )
    assert comp.prefill == ""
    # Stdio programs may print at top level or use a main guard: no stop there.
    assert comp.stop == ("\nQUESTION:", "\nANSWER:", "\n```")


def test_a_variant_statement_replaces_the_problems(pair_sums: Problem) -> None:
    short = Variant(problem_id=pair_sums.id, variant="short", statement="Sum each of t pairs.")
    for name in ("chat", "completion"):
        pr = render(name, pair_sums, short)
        text = pr.text()
        assert "Sum each of t pairs." in text and "Polycarp" not in text
        assert pr.io == "stdio"
    callbased = Variant(
        problem_id=pair_sums.id,
        variant="callbased",
        statement="Return the sums of the pairs.",
        starter_code="def pair_sums(pairs: list) -> list:\n    pass\n",
        entry_point="pair_sums",
    )
    pr = render("chat", pair_sums, callbased)
    assert pr.io == "call" and pr.entry_point == "pair_sums"
    assert "def pair_sums(pairs: list) -> list:" in pr.text()
    with pytest.raises(TemplateError, match="not of humaneval/0"):
        render("chat", find_problem("humaneval/0"), short)


def test_few_shot(he0: Problem, pair_sums: Problem) -> None:
    shots = [find_problem("humaneval/1"), find_problem("humaneval/2")]
    chat = render("chat", he0, few_shot=shots)
    assert isinstance(chat.prompt, list)
    user = chat.prompt[-1]["content"]
    assert "### Example 1" in user and "### Example 2" in user and "### Your task" in user
    assert all(s.solutions[0].rstrip() in user for s in shots)
    assert user.index("### Your task") < user.index("def has_close_elements")
    comp = render("completion", pair_sums, few_shot=[pair_sums])
    assert isinstance(comp.prompt, str)
    assert comp.prompt.count("\nQUESTION:\n") == 2 and comp.prompt.endswith("ANSWER:\n")
    assert pair_sums.solutions[0].rstrip() in comp.prompt
    unsolved = Problem(
        id="t/x", title="x", statement="s", io="stdio", tests=(Test("stdio", True, "", ""),)
    )
    with pytest.raises(TemplateError, match="t/x has no reference solution"):
        render("chat", he0, few_shot=[unsolved])


def test_prompt_text_and_json(he0: Problem) -> None:
    text = render("chat", he0).text()
    assert text.startswith("### system\n")
    assert "\n### user\nComplete the following function:" in text
    assert "\n### assistant (prefill)\n```python\n### stop\n" in text
    comp = render("completion", he0)
    assert comp.text().startswith("### prompt\n\nQUESTION:")
    d = comp.to_dict()
    assert d["stop"][0] == "\nQUESTION:" and json.loads(json.dumps(d)) == d


# --- template errors and custom templates --------------------------------------------------


def _write(tmp_path: Path, source: str, name: str = "custom.jinja") -> str:
    path = tmp_path / name
    path.write_text(source)
    return str(path)


def test_an_unknown_variable_is_an_error_naming_it(tmp_path: Path, he0: Problem) -> None:
    path = _write(tmp_path, "{% block user %}\nSolve {{ statment }}.\n{% endblock %}\n")
    with pytest.raises(TemplateError) as info:
        render(path, he0)
    message = str(info.value)
    assert "statment" in message and path in message and "\n" not in message
    assert "line 2" in message and "statement" in message  # the variables there are


def test_bad_syntax_is_an_error(tmp_path: Path, he0: Problem) -> None:
    path = _write(tmp_path, "{% block user %}{% if io %}x{% endblock %}")
    with pytest.raises(TemplateError, match="custom.jinja: syntax error on line 1"):
        render(path, he0)


def test_templates_need_known_blocks(tmp_path: Path, he0: Problem) -> None:
    with pytest.raises(TemplateError, match="needs a 'user' block"):
        render(_write(tmp_path, "{% block body %}x{% endblock %}"), he0)
    with pytest.raises(TemplateError, match=r"unknown block\(s\) \['sytem'\]"):
        source = "{% block sytem %}x{% endblock %}{% block user %}{% endblock %}"
        render(_write(tmp_path, source), he0)
    with pytest.raises(TemplateError, match="missing.jinja not found"):
        render(str(tmp_path / "missing.jinja"), he0)


def test_an_unknown_template_lists_the_known_ones(he0: Problem) -> None:
    with pytest.raises(TemplateError, match="unknown template 'chatt'.*chat, completion"):
        render("chatt", he0)


def test_a_prompts_folder_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, he0: Problem
) -> None:
    (tmp_path / "rewrite").mkdir()
    (tmp_path / "rewrite" / "short.jinja").write_text("{% block user %}x{% endblock %}")
    _write(
        tmp_path,
        "{% macro ask(s) %}Q: {{ s.strip() }}{% endmacro %}\n"
        "{% set answer = 'A:' %}\n"
        "{% block prompt %}\n{{ ask(statement) }}\n{{ answer }}\n{% endblock %}\n"
        "{% block stop %}\n\\nQ:\n\n\\tEND\\\\\n{% endblock %}\n",
        name="qa.jinja",
    )
    monkeypatch.setenv("WORKBENCH_PROMPTS", str(tmp_path))
    assert template_names() == ["qa"]
    pr = render("qa", he0)
    assert pr.kind == "completion" and pr.prefill == ""
    assert pr.prompt == f"Q: {he0.statement.strip()}\nA:\n"  # top-level macros and sets work
    assert pr.stop == ("\nQ:", "\tEND\\")


# --- program extraction --------------------------------------------------------------------

CODE = "def add(a, b):\n    return a + b\n"


def _prompt(kind: str = "chat", io: str = "call", prefill: str | None = None) -> Prompt:
    starter = 'from typing import List\n\n\ndef add(a, b):\n    """Add."""\n'
    if prefill is None:
        prefill = "```python\n" if kind == "chat" else (starter if io == "call" else "")
    return Prompt(
        template=kind,
        template_hash="0" * 64,
        kind=kind,  # type: ignore[arg-type]
        prompt="" if kind == "completion" else [{"role": "user", "content": "x"}],
        prefill=prefill,
        stop=(),
        io=io,  # type: ignore[arg-type]
        entry_point="add" if io == "call" else None,
        starter_code=starter if io == "call" else None,
    )


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        (f"```python\n{CODE}```", CODE),
        (f"```py\n{CODE}```\n", CODE),
        (f"```\n{CODE}```", CODE),
        (f"```python\n{CODE}", CODE),  # unclosed: hit the token limit or the stop string
        (f"Here is the solution:\n\n```python\n{CODE}```\n\nIt adds a and b.", CODE),
        (f"Input:\n```\n2 3\n```\nOutput:\n```\n5\n```\n```\n{CODE}```\n```\n{CODE}x\n```", CODE),
        (f"```text\nprint(1)\n```\n```python\n{CODE}```", CODE),  # python-tagged first
        (f"```python\n```python\n{CODE}```", CODE),  # a repeated opening fence
        (f"  ```python\n  {CODE.replace(chr(10), chr(10) + '  ')}```", CODE),  # indented
        (f"Sure! Here it is:\n{CODE}\nThis function adds two numbers.", CODE),  # no fence
    ],
)
def test_extract_from_chat_answers(answer: str, expected: str) -> None:
    prompt = _prompt(io="stdio")
    assert extract_program(prompt, answer, prefilled=False) == expected
    if answer.startswith("```python\n") and "```python" not in answer[3:]:
        assert extract_program(prompt, answer[len("```python\n") :]) == expected


def test_extract_from_a_completion() -> None:
    stdio = _prompt("completion", "stdio")
    program = "n = int(input())\nprint(n * 2)\n"
    assert extract_program(stdio, program) == program
    prose = "\nThe program doubles n, it's 'simple'.\n"
    assert extract_program(stdio, program + prose) == program
    assert extract_program(stdio, f"```python\n{program}") == program  # a fence it opened


def test_a_call_program_gets_the_starters_imports_back() -> None:
    out = extract_program(_prompt(), CODE)
    assert out == "from typing import List\n\n\n" + CODE
    assert extract_program(_prompt(), "from typing import List, Tuple\n" + CODE).startswith(
        "from typing import List, Tuple\n"
    )


def test_a_body_is_joined_with_the_starter_code() -> None:
    body = "    return a + b\n"
    starter = _prompt().starter_code
    assert starter is not None
    assert extract_program(_prompt(), body) == starter + body
    comp = _prompt("completion")
    assert extract_program(comp, body) == starter + body  # the prefill is the starter code
    assert extract_program(comp, body, prefilled=False) == starter + body


def test_a_completion_is_cut_at_top_level_test_code() -> None:
    comp = _prompt("completion")
    starter = comp.starter_code or ""
    body = "    return a + b\n"
    helper = "\n\ndef helper(x):\n    return x\n"
    for tail in (
        "\n\nprint(add(1, 2))\n",
        "\n\n# tests\nassert add(1, 2) == 3\nassert add(2, 2) == 4\n",
        "\nresult = add(1, 2)\n",
        "\n\nThis function doesn't add, it's $ wrong\n",
    ):
        assert extract_program(comp, body + helper + tail) == starter + body + helper
    # A chat answer keeps constants but loses test code.
    chat = _prompt()
    out = extract_program(chat, CODE + "\nLIMIT = 3\n\n# Example\nprint(add(1, 2))\n```")
    assert out == "from typing import List\n\n\n" + CODE + "\nLIMIT = 3\n"


def test_starter_helper_functions_come_back() -> None:
    p = find_problem("humaneval/38")
    answer = "def decode_cyclic(s: str):\n    return encode_cyclic(encode_cyclic(s))\n"
    out = extract_program(render("chat", p), answer)
    assert out.index("def encode_cyclic") < out.index("def decode_cyclic")
    assert out.count("def encode_cyclic") == 1
    ast.parse(out)


def test_an_answer_without_code_comes_back_as_it_is() -> None:
    answer = "Sorry, I cannot help with that."
    assert extract_program(_prompt(), answer, prefilled=False) == answer + "\n"
    assert extract_program(_prompt("completion", "stdio"), "") == ""
    assert extract_program(_prompt(), "```") == "```python\n```\n"  # prefill + text


def test_every_humaneval_solution_survives_extraction() -> None:
    for p in HUMANEVAL:
        sol, starter = p.solutions[0], p.starter_code or ""
        body = sol[len(starter) :]
        assert (
            extract_program(render("completion", p), body + "\nprint(1)\n") == sol.rstrip() + "\n"
        )
        chat = extract_program(render("chat", p), sol + "```\nDone.")
        assert chat == sol.rstrip() + "\n"


# --- the command ---------------------------------------------------------------------------

runner = CliRunner()


def test_cli_prompt() -> None:
    r = runner.invoke(app, ["prompt", "humaneval/0"])
    assert r.exit_code == 0, r.output
    assert "system" in r.output and "user" in r.output and "assistant (prefill)" in r.output
    assert "def has_close_elements" in r.output and 'stop: ["```"]' in r.output
    r = runner.invoke(app, ["prompt", "humaneval/0", "--template", "completion"])
    assert r.exit_code == 0 and "Use Call-Based format" in r.output and "ANSWER:" in r.output
    r = runner.invoke(app, ["prompt", "humaneval/0", "--json"])
    d = json.loads(r.stdout)
    assert d["kind"] == "chat" and d["prefill"] == "```python\n" and d["stop"] == ["```"]
    assert d["template_hash"] == template_hash("chat")


def test_cli_prompt_errors() -> None:
    r = runner.invoke(app, ["prompt", "humaneval/0", "--template", "nope"])
    assert r.exit_code == 2 and "unknown template 'nope'" in r.output
    assert "chat, completion" in r.output
    r = runner.invoke(app, ["prompt", "humaneval/999"])
    assert r.exit_code == 2 and "unknown problem id 'humaneval/999'" in r.output


def test_cli_prompt_with_a_frozen_variant(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WORKBENCH_VARIANTS", str(tmp_path))
    r = runner.invoke(app, ["prompt", "humaneval/0", "--variant", "short"])
    assert r.exit_code == 2 and "no frozen variants 'short' of corpus humaneval" in r.output
    (tmp_path / "humaneval").mkdir()
    lines = [
        Variant("humaneval/1", "short", "Split the groups.").to_dict(),
        Variant("humaneval/0", "short", "Are two numbers closer than the threshold?").to_dict(),
    ]
    (tmp_path / "humaneval" / "short.jsonl").write_text("\n".join(map(json.dumps, lines)) + "\n")
    r = runner.invoke(app, ["prompt", "humaneval/0", "--variant", "short", "--json"])
    assert r.exit_code == 0, r.output
    user = json.loads(r.stdout)["prompt"][-1]["content"]
    assert user.startswith("Are two numbers closer than the threshold?")
    r = runner.invoke(app, ["prompt", "humaneval/2", "--variant", "short"])
    assert r.exit_code == 2 and "has no variant of humaneval/2" in r.output
