"""`storyfree` ("Polycarp-free"): the story removed from the prose, only the formal task
left; the names of the story (its proper nouns) must be gone, every number and variable
name must stay."""

from __future__ import annotations

import re

from rewriters._prose import ProseRewriter, story_names
from workbench.problems import Problem, Variant
from workbench.rewritable import stdio_statement, words
from workbench.rewriting import Tools


def _names(name: str, text: str) -> bool:
    return re.search(rf"\b{re.escape(name)}\b", text) is not None


class StoryFree(ProseRewriter):
    name = "storyfree"

    def applicable(self, problem: Problem) -> str | None:
        why = super().applicable(problem)
        if why is None and not story_names(problem):
            return "no story: the text names no character"
        return why

    def targets(self, problem: Problem) -> dict[str, str]:
        """The legend, and an Input or Output section that names a character too."""
        found = super().targets(problem)
        if problem.io == "stdio":
            st = stdio_statement(problem)
            for key in ("input", "output"):
                if any(_names(n, getattr(st, key)) for n in story_names(problem)):
                    found[key] = getattr(st, key)
        return found

    def variables(self, problem: Problem, text: str) -> dict[str, object]:
        return super().variables(problem, text) | {"names": story_names(problem)}

    def checks(self, problem: Problem, variant: Variant, tools: Tools) -> dict[str, str | None]:
        new = "\n".join(self.new_sections(problem, variant).values())
        left = [n for n in story_names(problem) if _names(n, new)]
        # Like with like: the rewritten sections against the same sections of the original
        # (an Input section that had to lose a name counts on both sides).
        old_words = sum(words(text) for text in self.targets(problem).values())
        return super().checks(problem, variant, tools) | {
            "no names of the story": f"still names {', '.join(left)}" if left else None,
            "not longer": (
                None if words(new) <= old_words * 1.1 else f"{words(new)} > {old_words} words"
            ),
        }
