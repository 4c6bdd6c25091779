"""The CLI entry point, run once as a real subprocess (the rest is tested in-process)."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

import polyglot_news


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
