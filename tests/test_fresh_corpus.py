"""The shipped `fresh` corpus has the shape the issue asks for. (Its full validation,
sandbox runs included, is `workbench corpus validate fresh`, which CI runs.)"""

from __future__ import annotations

from collections import Counter

from workbench.authoring import read_source, require_layout
from workbench.corpus import load_corpus, load_set


def test_eighty_problems_in_two_tiers() -> None:
    """001-040: 15 easy, 15 medium, 10 hard (November 2026); 041-080: the easier tier, all
    easy, released later, and saying so per problem."""
    corpus = load_corpus("fresh")
    assert [p.id for p in corpus.problems] == [f"fresh/{n:03d}" for n in range(1, 81)]
    first, easy = corpus.problems[:40], corpus.problems[40:]
    assert Counter(p.meta["difficulty"] for p in first) == {"easy": 15, "medium": 15, "hard": 10}
    assert {p.meta["difficulty"] for p in easy} == {"easy"}
    assert corpus.card["io"] == "stdio" and corpus.card["release_date"] == "2026-11-22"
    assert {p.meta["release_date"] for p in first} == {"2026-11-22"}
    assert {p.meta["release_date"] for p in easy} == {"2026-12-03"}
    for p in corpus.problems:
        assert p.io == "stdio" and 2 <= len(p.examples) <= 3, p.id
        assert len(p.public_tests) == len(p.examples) and len(p.private_tests) >= 20, p.id
        assert all(e.explanation for e in p.examples), p.id
        assert len(p.solutions) == 2 and p.meta["seed"] is not None, p.id


def test_varied_ideas_and_many_multi_test_inputs() -> None:
    corpus = load_corpus("fresh")
    tags = Counter(t for p in corpus.problems for t in p.meta["tags"])
    for idea in ("greedy", "sorting", "strings", "math", "dp", "binary search", "graphs"):
        assert any(idea in tag for tag in tags), (idea, tags)
    multi = [p for p in corpus.problems if "(1 ≤ t ≤" in p.statement.split("## Output")[0]]
    assert len(multi) >= 24, len(multi)


def test_every_problem_ships_wrong_solutions() -> None:
    lay = require_layout("fresh")
    for number in lay.numbers():
        wrong = read_source(lay, number).wrong
        assert len(wrong) >= 2, number


def test_sets() -> None:
    stable = load_set("fresh-stable")
    assert stable.ids == tuple(p.id for p in load_corpus("fresh").problems)
    assert load_set("fresh-easy").ids == tuple(f"fresh/{n:03d}" for n in range(41, 81))
    quick = load_set("fresh-quick").problems()
    assert len(quick) == 8
    assert Counter(p.meta["difficulty"] for p in quick) == {"easy": 3, "medium": 3, "hard": 2}
