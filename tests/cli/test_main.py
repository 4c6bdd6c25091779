"""The CLI entry point, run once as a real subprocess (the rest is tested in-process)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import polyglot_news

ROOT = Path(__file__).parents[2]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    exe = shutil.which("polyglot-news")
    cmd = [exe] if exe else [sys.executable, "-c", "from polyglot_news.cli import main; main()"]
    return subprocess.run([*cmd, *args], capture_output=True, text=True, timeout=120)


def test_version_as_a_real_process() -> None:
    result = _run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"polyglot-news {polyglot_news.__version__}"


@pytest.mark.parametrize("module", ["polyglot_news", "polyglot_news.cli"])
def test_python_dash_m_runs_the_command(module: str) -> None:
    # Before: "No module named polyglot_news.cli.__main__"
    result = subprocess.run(
        [sys.executable, "-m", module, "--version"], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"polyglot-news {polyglot_news.__version__}"


def test_unknown_command_is_a_usage_error_without_traceback() -> None:
    result = _run("frobnicate")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr


def test_quick_start_compare_as_a_real_process(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import os
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    report = tmp_path / "kursk.html"
    env = {**os.environ, "POLYGLOT_NEWS_CACHE_DIR": str(tmp_path / "cache")}
    exe = shutil.which("polyglot-news")
    cmd = [exe] if exe else [sys.executable, "-c", "from polyglot_news.cli import main; main()"]
    args = ["compare", "examples/kursk-2025", "--models", "examples/models", "--base", "wire_en"]
    result = subprocess.run(
        [*cmd, *args, "-o", str(report)],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=root,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert "wire_en" in report.read_text(encoding="utf-8")


def test_output_redirected_into_the_story_folder_is_not_an_input(tmp_path: Path) -> None:
    # `compare story/ > story/report.txt`: the shell creates the empty file first; before, it
    # was loaded, reported as "report.txt is empty" and the command exited 1.
    story = tmp_path / "story"
    story.mkdir()
    for name in ("wire_en.txt", "aggregator_en.txt"):
        shutil.copy(ROOT / "examples" / "kursk-2025" / name, story / name)
    report = story / "report.txt"
    with report.open("w") as out:
        result = subprocess.run(
            [sys.executable, "-m", "polyglot_news", "compare", str(story), "--base", "wire_en"],
            stdout=out, stderr=subprocess.PIPE, text=True, timeout=120,
        )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert f"{report} is where this command's output goes; it is not compared" in result.stderr
    assert report.read_text(encoding="utf-8").startswith("2 versions compared in en")
