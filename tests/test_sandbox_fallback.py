"""Fallback mode (no bubblewrap): loud, and still containing time, memory, output,
processes and the environment."""

from collections.abc import Iterator

import pytest

from workbench.execution import Executor, Limits, SandboxWarning, detect_isolation
from workbench.problems import Outcome, Problem, Test


@pytest.fixture(scope="module")
def fallback() -> Iterator[Executor]:
    mp = pytest.MonkeyPatch()
    mp.setenv("WORKBENCH_SANDBOX", "fallback")
    mp.setenv("OPENAI_API_KEY", "sk-test-secret-123")
    detect_isolation.cache_clear()
    with pytest.warns(SandboxWarning, match="fallback mode"):
        ex = Executor(workers=1, limits=Limits(timeout_s=1.0, memory_mb=512, output_bytes=100_000))
    try:
        assert ex.isolation.mode == "fallback"
        yield ex
    finally:
        ex.close()
        mp.undo()
        detect_isolation.cache_clear()


def _echo(expected: str) -> Problem:
    return Problem(
        id="t/echo",
        title="e",
        statement="s",
        io="stdio",
        tests=(Test(kind="stdio", public=True, input="x\n", output=expected),),
    )


def test_fallback_runs_honest_programs(fallback: Executor) -> None:
    assert fallback.run("print(input())", _echo("x\n"))[0].outcome is Outcome.PASSED


def test_fallback_contains_time_memory_output(fallback: Executor) -> None:
    assert fallback.run("while True: pass", _echo("x"))[0].outcome is Outcome.TIMEOUT
    assert fallback.run("import time; time.sleep(30)", _echo("x"))[0].outcome is Outcome.TIMEOUT
    assert fallback.run("a = bytearray(2 * 1024**3)", _echo("x"))[0].outcome is Outcome.MEMORY_LIMIT
    assert (
        fallback.run("while True: print('y' * 1000)", _echo("x"))[0].outcome is Outcome.OUTPUT_LIMIT
    )


def test_fallback_scrubs_the_environment(fallback: Executor) -> None:
    leak = "import os\nprint(os.environ.get('OPENAI_API_KEY'))"
    assert fallback.run(leak, _echo("sk-test-secret-123\n"))[0].outcome is Outcome.WRONG_ANSWER
    assert fallback.run(leak, _echo("None\n"))[0].outcome is Outcome.PASSED


def test_fallback_bounds_processes(fallback: Executor) -> None:
    bomb = (
        "import os\nwhile True:\n    try:\n        os.fork()\n    except OSError:\n        pass\n"
    )
    assert fallback.run(bomb, _echo("x"))[0].outcome is not Outcome.PASSED
    assert fallback.run("print(input())", _echo("x\n"))[0].outcome is Outcome.PASSED


def test_bwrap_mode_is_the_default_when_installed(monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil

    if not shutil.which("bwrap"):
        pytest.skip("bubblewrap not installed")
    monkeypatch.delenv("WORKBENCH_SANDBOX", raising=False)
    iso = detect_isolation.__wrapped__()  # uncached: the module fixture forces fallback
    assert iso.mode == "bwrap", iso.reason
