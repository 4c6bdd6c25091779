"""The README's library example runs as written, from the repository root of a clone.

Python started in the repository root imports the source tree (not an installed copy), so this
also proves the shipped glossary data loads from the source tree.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _library_example() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"## As a library\n\n```python\n(.*?)```", readme, re.S)
    assert block, "README.md has no python block under '## As a library'"
    return block.group(1)


def test_readme_library_example_runs_from_the_repository_root(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env.update(
        ARGOS_PACKAGES_DIR=str(tmp_path / "packages"),
        POLYGLOT_NEWS_CACHE_DIR=str(tmp_path / "cache"),
        XDG_CACHE_HOME=str(tmp_path / "xdg"),
    )
    probe = "\nimport polyglot_news.glossary_data as d\nprint('DATA', d.__file__)\n"
    result = subprocess.run(
        [sys.executable, "-c", _library_example() + probe],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert "# Comparison of 7 versions" in result.stdout
    # every non-English version was translated by the example packages, none failed
    for version in ("outlet_ko", "outlet_ru", "outlet_uk"):
        assert re.search(rf"\| {version} \|.*→en \|", result.stdout.replace("\\_", "_")), version
    data_file = Path(result.stdout.rsplit("DATA ", 1)[1].strip())
    assert data_file.is_relative_to(ROOT / "polyglot_news"), data_file
