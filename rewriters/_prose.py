"""What the LLM rewriters of prose share: the section they rewrite and the checks.

A stdio problem's rewritable section is its legend (the story and the task); a call
problem's is its entry point's docstring prose. The model sees only that section (and, for
context, the formats), answers with the new section, and the variant is the original with
that section replaced: formats, examples and the signature are kept verbatim by
construction, and `checks` verifies it together with the rewriter's own conditions.
"""

from __future__ import annotations

import ast
import re
from dataclasses import replace
from typing import Any

from workbench.problems import Problem, Variant
from workbench.prompting import render_instructions
from workbench.rewritable import (
    call_statement,
    clean_answer,
    numbers,
    proper_nouns,
    render_stdio,
    statement_errors,
    stdio_statement,
    variables,
    with_prose,
    words,
)
from workbench.rewriting import Ask, Rejected, Rewriter, Tools
from workbench.statement_markdown import StatementError

_CODE = re.compile(r"^\s*(def |import |from \w+ import |print\(|for \w+ in |return )", re.M)


def section(problem: Problem) -> tuple[str, str]:
    """(the rewritable text, the formal context) of a problem; ValueError when it has none."""
    if problem.io == "stdio":
        try:
            st = stdio_statement(problem)
        except StatementError as exc:
            raise ValueError(f"the statement has no sections ({exc})") from None
        return st.legend, f"Input:\n{st.input}\n\nOutput:\n{st.output}"
    return call_statement(problem).prose, ""


def parameters(problem: Problem) -> tuple[str, ...]:
    """The entry point's parameter names (call problems)."""
    if problem.io != "call" or not problem.starter_code:
        return ()
    for node in ast.parse(problem.starter_code).body:
        if isinstance(node, ast.FunctionDef) and node.name == problem.entry_point:
            return tuple(a.arg for a in node.args.args)
    return ()


def story_names(problem: Problem) -> list[str]:
    """The names of the story: proper nouns of the legend or docstring prose."""
    return sorted(proper_nouns(section(problem)[0]))


class ProseRewriter(Rewriter):
    """Rewrite prose sections with the LLM, one call each; subclasses add conditions.

    `targets` names the sections rewritten: the legend (stdio) or the docstring prose
    (call) by default; storyfree adds a stdio problem's Input/Output sections where they
    name a character of the story."""

    length = 1.0  # the answer's expected length, as a share of the section's

    def applicable(self, problem: Problem) -> str | None:
        try:
            section(problem)
        except ValueError as exc:
            return str(exc)
        return None

    def targets(self, problem: Problem) -> dict[str, str]:
        return {"legend" if problem.io == "stdio" else "prose": section(problem)[0]}

    def variables(self, problem: Problem, text: str) -> dict[str, object]:
        keep = sorted(variables(text, parameters(problem))) + sorted(
            numbers(text), key=lambda x: float(x)
        )
        return {
            "text": text,
            "kind": "legend" if problem.io == "stdio" else "docstring",
            "formal": section(problem)[1],
            "keep": keep,  # what the checks will look for, said up front
        }

    def asks(self, problem: Problem) -> list[Ask]:
        return [
            Ask(
                key,
                render_instructions(self.name, self.variables(problem, text)),
                int(words(text) * 1.6 * self.length) + 48,  # ~1.6 tokens a word, plus room
            )
            for key, text in self.targets(problem).items()
        ]

    def build(self, problem: Problem, answers: dict[str, str], tools: Tools) -> Variant:
        texts = {}
        for key in self.targets(problem):
            text = clean_answer(answers[key])
            if not text:
                raise Rejected("answer", f"the model gave no text for the {key}")
            if "```" in answers[key] or _CODE.search(text):
                raise Rejected("answer", f"the model wrote code instead of the {key}")
            texts[key] = text
        if problem.io == "stdio":
            fields: dict[str, Any] = dict(texts)
            statement = render_stdio(replace(stdio_statement(problem), **fields))
            return Variant(problem.id, self.name, statement)
        code = with_prose(problem, texts["prose"].replace('"""', "'''"))
        return Variant(
            problem.id, self.name, code, starter_code=code, entry_point=problem.entry_point
        )

    def new_sections(self, problem: Problem, variant: Variant) -> dict[str, str]:
        """The variant's text of each target section."""
        if problem.io == "stdio":
            st = stdio_statement(replace(problem, statement=variant.statement))
            return {k: getattr(st, k) for k in self.targets(problem)}
        return {"prose": call_statement(replace(problem, starter_code=variant.starter_code)).prose}

    def new_section(self, problem: Problem, variant: Variant) -> str:
        """The variant's main rewritten section (legend or prose)."""
        return self.new_sections(problem, variant)["legend" if problem.io == "stdio" else "prose"]

    def checks(self, problem: Problem, variant: Variant, tools: Tools) -> dict[str, str | None]:
        shape = self.shape(problem, variant)
        if shape:
            return {"kept format and examples": shape}
        lost_numbers: list[str] = []
        lost_names: list[str] = []
        new = self.new_sections(problem, variant)
        for key, old in self.targets(problem).items():
            lost_numbers += sorted(numbers(old) - numbers(new[key]))
            names = variables(old, parameters(problem))
            lost_names += sorted(names - variables(new[key], tuple(names)))
        return {
            "kept format and examples": None,
            "kept numbers": f"lost {', '.join(lost_numbers[:6])}" if lost_numbers else None,
            "kept variable names": f"lost {', '.join(lost_names[:6])}" if lost_names else None,
        }

    def shape(self, problem: Problem, variant: Variant) -> str | None:
        if problem.io == "stdio":
            keep_formats = not ({"input", "output"} & set(self.targets(problem)))
            return statement_errors(problem, variant.statement, keep_formats)
        try:
            ast.parse(variant.starter_code or "")
            after = call_statement(replace(problem, starter_code=variant.starter_code)).after
        except (SyntaxError, ValueError) as exc:
            return f"the starter code broke: {exc}"
        if after != call_statement(problem).after:
            return "the docstring's examples or the code changed"
        return None
