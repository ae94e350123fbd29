"""`paraphrase`: the same task in other words: every number and variable name kept, the
wording changed (not a near copy) and the length about the same."""

from __future__ import annotations

from rewriters._prose import ProseRewriter, section
from workbench.problems import Problem, Variant
from workbench.rewritable import similarity, words
from workbench.rewriting import Tools

MAX_SIMILARITY = 0.75  # word-sequence ratio: above it the "paraphrase" is a near copy


class Paraphrase(ProseRewriter):
    name = "paraphrase"

    def checks(self, problem: Problem, variant: Variant, tools: Tools) -> dict[str, str | None]:
        old, new = section(problem)[0], self.new_section(problem, variant)
        sim = similarity(old, new)
        ratio = words(new) / max(1, words(old))
        return super().checks(problem, variant, tools) | {
            "reworded": None if sim <= MAX_SIMILARITY else f"{sim:.0%} of the wording kept",
            "about as long": None if 0.5 <= ratio <= 1.6 else f"{ratio:.0%} of the length",
        }
