"""`short`: the statement's prose shortened to at most 60% of its words, every number,
variable name, format rule and example kept (the formats and examples are not shown to the
model at all: they are kept verbatim)."""

from __future__ import annotations

from rewriters._prose import ProseRewriter, section
from workbench.problems import Problem, Variant
from workbench.rewritable import words
from workbench.rewriting import Tools

SHARE = 0.6


class Short(ProseRewriter):
    name = "short"
    length = 0.7

    def variables(self, problem: Problem, text: str) -> dict[str, object]:
        limit = max(5, int(words(text) * SHARE * 0.85))
        return super().variables(problem, text) | {"limit": limit}

    def checks(self, problem: Problem, variant: Variant, tools: Tools) -> dict[str, str | None]:
        old, new = section(problem)[0], self.new_section(problem, variant)
        ratio = words(new) / max(1, words(old))
        return super().checks(problem, variant, tools) | {
            f"at most {SHARE:.0%} of the words": (
                None if ratio <= SHARE else f"{words(new)} of {words(old)} words ({ratio:.0%})"
            )
        }
