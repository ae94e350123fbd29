"""`feedback`: a second round. The model's first-round program (greedy, the chat template)
is run on the public tests, and the variant's statement shows that program with the public
tests it failed: the input, the expected output, and what it printed or the error. Private
tests are never shown. A problem whose first-round program passes every public test has
nothing to feed back (not applicable).

The variant depends on the model that wrote the first round: it is recorded in the
provenance, and a study should use the same model for both rounds."""

from __future__ import annotations

from workbench.execution import Executor
from workbench.extraction import extract_program
from workbench.problems import Outcome, Problem, Variant
from workbench.prompting import render, template_hash
from workbench.rewriting import Ask, NotApplicable, Rejected, Rewriter, Tools

FIRST_ROUND_TEMPLATE = "chat"
SHOWN = 3  # failed tests shown at most
CLIP = 400  # characters of an input, output or error shown at most


def _clip(text: str) -> str:
    text = text.rstrip("\n")
    return text if len(text) <= CLIP else text[:CLIP] + " ... (cut)"


class Feedback(Rewriter):
    name = "feedback"

    def applicable(self, problem: Problem) -> str | None:
        if not any(t.public for t in problem.tests):
            return "the problem has no public test to feed back"
        return None

    def prompt_hash(self) -> str | None:
        return template_hash(FIRST_ROUND_TEMPLATE)

    def asks(self, problem: Problem) -> list[Ask]:
        return [Ask("program", render(FIRST_ROUND_TEMPLATE, problem), 768)]

    def build(self, problem: Problem, answers: dict[str, str], tools: Tools) -> Variant:
        prompt = render(FIRST_ROUND_TEMPLATE, problem)
        code = extract_program(prompt, answers["program"])
        if not code.strip():
            raise Rejected("first round", "the model wrote no program")
        public = [i for i, t in enumerate(problem.tests) if t.public]
        own = tools.executor is None
        ex = tools.executor or Executor()
        try:
            results = ex.run(code, problem, public)
            failed = [r for r in results if r.outcome is not Outcome.PASSED]
            if not failed:
                raise NotApplicable("the first-round program passes every public test")
            shown = failed[:SHOWN]
            got = {}
            if problem.io == "stdio":
                runs = ex.outputs(code, [problem.tests[r.test].input or "" for r in shown])
                got = {r.test: run[1] for r, run in zip(shown, runs, strict=True)}
        finally:
            if own:
                ex.close()
        parts = [
            "## A previous attempt",
            f"This program was written for the task, but it fails {len(failed)} of the "
            f"{len(public)} public tests:",
            f"```python\n{code.rstrip()}\n```",
        ]
        for n, r in enumerate(shown, 1):
            t = problem.tests[r.test]
            what = r.outcome.value.replace("_", " ")
            if t.kind == "stdio":
                parts += [
                    f"### Failed test {n} ({what})",
                    f"Input:\n```\n{_clip(t.input or '')}\n```",
                    f"Expected output:\n```\n{_clip(t.output or '')}\n```",
                    f"Its output:\n```\n{_clip(got.get(r.test, ''))}\n```",
                ]
            else:
                parts += [
                    f"### Failed test {n} ({what})",
                    f"```python\n{_clip(t.code or repr((t.args, t.kwargs, t.expected)))}\n```",
                ]
            if r.detail:
                parts.append(f"Error: {_clip(r.detail)}")
        parts.append("Write a corrected solution.")
        section = "\n\n".join(parts) + "\n"
        if problem.io == "stdio":
            statement = problem.statement.rstrip("\n") + "\n\n" + section
        else:
            statement = (problem.starter_code or "").rstrip("\n") + "\n\n" + section
        return Variant(
            problem.id,
            self.name,
            statement,
            starter_code=problem.starter_code,
            entry_point=problem.entry_point,
            provenance={
                "first_round": {
                    "template": FIRST_ROUND_TEMPLATE,
                    "program": code,
                    "public_failed": [r.test for r in failed],
                    "shown": [r.test for r in shown],
                }
            },
        )

    def checks(self, problem: Problem, variant: Variant, tools: Tools) -> dict[str, str | None]:
        shown = variant.provenance.get("first_round", {}).get("shown", [])
        private = [i for i in shown if not problem.tests[i].public]
        # A private test's input must not appear unless a public test has the same text.
        public_text = {problem.tests[i].input or problem.tests[i].code for i in shown}
        leaked = [
            i
            for i, t in enumerate(problem.tests)
            if not t.public
            and len(t.input or t.code or "") >= 12
            and (t.input or t.code) not in public_text
            and (t.input or t.code or "").strip() in variant.statement
        ]
        return {
            "only public tests": f"private tests {private} shown" if private else None,
            "no private test text": f"private test(s) {leaked[:5]} appear" if leaked else None,
            "original statement kept": (
                None
                if variant.statement.startswith(
                    (
                        problem.statement if problem.io == "stdio" else problem.starter_code or ""
                    ).rstrip("\n")
                )
                else "the original statement is not kept"
            ),
        }
