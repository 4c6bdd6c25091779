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


def test_shipped_glossaries_are_a_resource_package() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert (
        config["tool"]["setuptools"]["package-dir"]["polyglot_news.glossary_data"] == "glossaries"
    )
    assert (ROOT / "glossaries" / "__init__.py").exists()
