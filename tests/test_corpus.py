import json
from pathlib import Path

import pytest

from workbench import corpus as corpus_mod
from workbench.corpus import (
    CorpusError,
    find_problem,
    load_corpus,
    load_problem_file,
    load_set,
    select_problems,
)


def test_humaneval_has_164_problems_split_into_per_assert_tests() -> None:
    c = load_corpus("humaneval")
    assert len(c.problems) == 164
    assert [p.id for p in c.problems[:3]] == ["humaneval/0", "humaneval/1", "humaneval/2"]
    p0 = c.get("humaneval/0")
    assert p0.io == "call" and p0.entry_point == "has_close_elements"
    assert len(p0.tests) == 7  # seven asserts in its check()
    assert p0.public_tests == [0, 1, 2] and p0.private_tests == [3, 4, 5, 6]
    assert all(len(p.public_tests) >= 1 for p in c.problems)
    assert sum(len(p.tests) for p in c.problems) == 1133
    assert p0.solutions[0].startswith(p0.starter_code or "")
    assert c.hash == load_corpus("humaneval").hash


def test_humaneval_examples_come_from_the_docstring() -> None:
    p = find_problem("humaneval/2")
    assert [(e.input, e.output) for e in p.examples] == [("truncate_number(3.5)", "0.5")]


def test_loop_tests_keep_their_setup() -> None:
    code = find_problem("humaneval/32").tests[0].code or ""
    assert "rng = random.Random(42)" in code and "for _ in range(100)" in code


def test_unknown_ids_and_corpora_are_clear() -> None:
    with pytest.raises(CorpusError, match="unknown problem id 'humaneval/999'.*164 problems"):
        find_problem("humaneval/999")
    with pytest.raises(CorpusError, match="unknown corpus 'nope'"):
        find_problem("nope/1")
    with pytest.raises(CorpusError, match="CORPUS/NAME"):
        find_problem("17")


def test_select_problems_by_range_position_and_id() -> None:
    c = load_corpus("humaneval")
    assert [p.id for p in select_problems(c, "0-2")] == [
        "humaneval/0",
        "humaneval/1",
        "humaneval/2",
    ]
    ids = [p.id for p in select_problems(c, "humaneval/3,7,3")]
    assert ids == ["humaneval/3", "humaneval/7"]
    with pytest.raises(CorpusError, match="outside 0-163"):
        select_problems(c, "160-170")


def test_sets_load_and_hash() -> None:
    s = load_set("humaneval-quick")
    assert len(s.ids) == 10 and s.ids[0] == "humaneval/0"
    assert len(s.hash) == 64
    assert [p.id for p in s.problems()] == list(s.ids)
    with pytest.raises(CorpusError, match="unknown problem set"):
        load_set("no-such-set")


def _local_corpus(tmp_path: Path, lines: list[str]) -> Path:
    root = tmp_path / "corpora"
    (root / "mine").mkdir(parents=True)
    (root / "mine" / "card.json").write_text(
        json.dumps(
            {
                "name": "mine",
                "source": {"type": "jsonl"},
                "io": "stdio",
                "licence": "x",
                "version": "1",
            }
        )
    )
    (root / "mine" / "problems.jsonl").write_text("\n".join(lines) + "\n")
    return root


def _problem(pid: str) -> dict:
    return {
        "id": pid,
        "title": "t",
        "statement": "s",
        "io": "stdio",
        "tests": [{"kind": "stdio", "public": True, "input": "1\n", "output": "1\n"}],
    }


def test_local_jsonl_corpus_and_its_defects(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    good = _local_corpus(
        tmp_path / "a", [json.dumps(_problem("mine/1")), json.dumps(_problem("mine/2"))]
    )
    monkeypatch.setenv("WORKBENCH_CORPORA", str(good))
    load_corpus.cache_clear()
    assert [p.id for p in load_corpus("mine").problems] == ["mine/1", "mine/2"]

    bad = _local_corpus(tmp_path / "b", [json.dumps(_problem("mine/1")), "{not json"])
    monkeypatch.setenv("WORKBENCH_CORPORA", str(bad))
    load_corpus.cache_clear()
    with pytest.raises(CorpusError, match=r"problems.jsonl:2: "):
        load_corpus("mine")

    dup = _local_corpus(tmp_path / "c", [json.dumps(_problem("mine/1"))] * 2)
    monkeypatch.setenv("WORKBENCH_CORPORA", str(dup))
    load_corpus.cache_clear()
    with pytest.raises(CorpusError, match="duplicate problem id 'mine/1'"):
        load_corpus("mine")

    missing = _local_corpus(tmp_path / "d", [json.dumps({"id": "mine/1", "io": "stdio"})])
    monkeypatch.setenv("WORKBENCH_CORPORA", str(missing))
    load_corpus.cache_clear()
    with pytest.raises(CorpusError, match=r":1: missing field\(s\) \['statement', 'tests'\]"):
        load_corpus("mine")
    load_corpus.cache_clear()


def test_problem_files(tmp_path: Path) -> None:
    f = tmp_path / "p.json"
    f.write_text(json.dumps(_problem("x/1")))
    assert load_problem_file(f).id == "x/1"
    f.write_text("{oops")
    with pytest.raises(CorpusError, match="not valid JSON"):
        load_problem_file(f)
    with pytest.raises(CorpusError, match="cannot read problem file"):
        load_problem_file(tmp_path / "absent.json")


def test_corpora_dir_is_the_repository_folder() -> None:
    assert (corpus_mod.corpora_dir() / "humaneval" / "card.json").is_file()
