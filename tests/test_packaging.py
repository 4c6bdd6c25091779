"""Packaging: every package folder is listed in pyproject.toml, so the wheel is complete."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_package_is_listed_in_pyproject() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "polyglot_news").rglob("__init__.py")
    }
    assert found - listed == set()


def test_shipped_glossaries_are_a_package_folder_of_the_source_tree() -> None:
    # no package-dir alias: a clone, an editable install and a wheel load the same folder
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "package-dir" not in config["tool"]["setuptools"]
    assert "polyglot_news.glossary_data" in config["tool"]["setuptools"]["packages"]
    assert (ROOT / "polyglot_news" / "glossary_data" / "__init__.py").exists()
