"""`explained`: every example gets a step-by-step explanation of why its output is right.

The examples themselves are unchanged. The model explains one example at a time (input and
expected output given), and an explanation is kept only if it arrives at the expected
output. Stdio problems get it after the example's note; call problems get a "Why the
examples are right" paragraph at the end of the docstring."""

from __future__ import annotations

import ast
from dataclasses import replace

from rewriters._prose import section
from workbench.problems import Problem, Variant
from workbench.prompting import render_instructions
from workbench.rewritable import (
    clean_answer,
    render_stdio,
    statement_errors,
    stdio_statement,
    words,
)
from workbench.rewriting import Ask, Rejected, Rewriter, Tools

MAX_WORDS = 120


def _examples(problem: Problem) -> list[tuple[str, str]]:
    if problem.io == "stdio":
        return [(e.input, e.output) for e in stdio_statement(problem).examples]
    return [(e.input, e.output) for e in problem.examples]


def _target(output: str) -> str:
    """What an explanation must mention: the expected output's first line (quotes off)."""
    first = next((ln.strip() for ln in output.splitlines() if ln.strip()), "")
    return first.strip("'\"")


def _docstring_end(code: str, entry_point: str | None) -> int:
    """Offset of the closing quotes of the entry point's docstring."""
    lines = code.splitlines(keepends=True)
    for node in ast.parse(code).body:
        if isinstance(node, ast.FunctionDef) and node.name == entry_point:
            doc = node.body[0]
            assert doc.end_lineno is not None and doc.end_col_offset is not None
            return sum(len(ln) for ln in lines[: doc.end_lineno - 1]) + doc.end_col_offset - 3
    raise ValueError(f"no function {entry_point}")


class Explained(Rewriter):
    name = "explained"

    def applicable(self, problem: Problem) -> str | None:
        try:
            section(problem)
            shown = _examples(problem)
        except ValueError as exc:
            return str(exc)
        if not any(_target(out) for _, out in shown):
            return "the statement shows no example with an output to explain"
        return None

    def asks(self, problem: Problem) -> list[Ask]:
        task, formal = section(problem)
        asks = []
        for k, (inp, out) in enumerate(_examples(problem), 1):
            if not _target(out):
                continue
            variables = {"task": task, "formal": formal, "input": inp, "output": out}
            asks.append(Ask(f"example {k}", render_instructions(self.name, variables), 200))
        return asks

    def build(self, problem: Problem, answers: dict[str, str], tools: Tools) -> Variant:
        texts = {key: " ".join(clean_answer(a).split()) for key, a in answers.items()}
        for key, text in texts.items():
            if not text:
                raise Rejected("answer", f"{key}: no explanation")
        if problem.io == "stdio":
            st = stdio_statement(problem)
            examples = tuple(
                replace(e, note=f"{e.note}\n\nStep by step: {texts[f'example {k}']}")
                if f"example {k}" in texts
                else e
                for k, e in enumerate(st.examples, 1)
            )
            statement = render_stdio(replace(st, examples=examples))
            return Variant(problem.id, self.name, statement, provenance={"explained": len(texts)})
        code = problem.starter_code or ""
        close = _docstring_end(code, problem.entry_point)
        indent = " " * 4
        lines = ["Why the examples are right:"]
        for k, (inp, _) in enumerate(_examples(problem), 1):
            if f"example {k}" in texts:
                safe = texts[f"example {k}"].replace('"""', "'''").replace("\\", "/")
                lines.append(f"{inp}: {safe}")
        head = code[:close].rstrip(" ")
        head = head if head.endswith("\n") else head + "\n"
        block = "".join(f"{indent}{ln}\n" for ln in ["", *lines]).replace(f"{indent}\n", "\n")
        new = head + block + indent + code[close:]
        return Variant(
            problem.id,
            self.name,
            new,
            starter_code=new,
            entry_point=problem.entry_point,
            provenance={"explained": len(texts)},
        )

    def checks(self, problem: Problem, variant: Variant, tools: Tools) -> dict[str, str | None]:
        texts = self._explanations(problem, variant)
        unreached = [
            k
            for k, (_, out) in enumerate(_examples(problem), 1)
            if k in texts and _target(out) not in texts[k]
        ]
        long = [k for k, t in texts.items() if words(t) > MAX_WORDS]
        return {
            "kept examples": self._shape(problem, variant),
            "arrives at the output": (
                f"example(s) {', '.join(map(str, unreached))} never state the expected output"
                if unreached
                else None
            ),
            f"at most {MAX_WORDS} words each": (
                f"example(s) {', '.join(map(str, long))} too long" if long else None
            ),
        }

    def _explanations(self, problem: Problem, variant: Variant) -> dict[int, str]:
        if problem.io == "stdio":
            st = stdio_statement(replace(problem, statement=variant.statement))
            return {
                k: e.note.split("Step by step:", 1)[1]
                for k, e in enumerate(st.examples, 1)
                if "Step by step:" in e.note
            }
        doc = variant.starter_code or ""
        tail = doc.split("Why the examples are right:", 1)[-1]
        found = {}
        for k, (inp, _) in enumerate(_examples(problem), 1):
            for ln in tail.splitlines():
                if ln.strip().startswith(f"{inp}:"):
                    found[k] = ln.strip()[len(inp) + 1 :]
        return found

    def _shape(self, problem: Problem, variant: Variant) -> str | None:
        if problem.io == "stdio":
            bad = statement_errors(problem, variant.statement)
            if bad:
                return bad
            old = stdio_statement(problem).examples
            new = stdio_statement(replace(problem, statement=variant.statement)).examples
            lost = [
                k
                for k, (a, b) in enumerate(zip(old, new, strict=True), 1)
                if not b.note.startswith(a.note)
            ]
            return f"the note of example(s) {lost} changed" if lost else None
        try:
            tree = ast.parse(variant.starter_code or "")
        except SyntaxError as exc:
            return f"the starter code broke: {exc}"
        fn = next(
            n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == problem.entry_point
        )
        old_fn = next(
            n
            for n in ast.parse(problem.starter_code or "").body
            if isinstance(n, ast.FunctionDef) and n.name == problem.entry_point
        )
        new_doc, old_doc = ast.get_docstring(fn) or "", ast.get_docstring(old_fn) or ""
        return None if new_doc.startswith(old_doc.rstrip()) else "the docstring changed"
