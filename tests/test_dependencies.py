"""The default install stays lean: no torch, stanza, spaCy, triton or CUDA libraries.

pyproject.toml's runtime requirements (and the ``argos`` extra) are followed through the
requirements of the distributions installed here, as pip would resolve them, and no heavy
distribution may be reached. The size a fresh virtual environment really takes is measured by
``benchmarks/install_footprint.py`` (docs/benchmarks.md, "Install").
"""

from __future__ import annotations

import re
import tomllib
from importlib import metadata
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[1]
HEAVY = re.compile(r"^(torch|stanza|spacy|triton|nvidia-.*|tensorflow|jax)$")
CONFIG = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def _closure(requirements: list[str], extras: tuple[str, ...] = ("",)) -> dict[str, list[str]]:
    """Every distribution the requirements reach -> the chain that reaches it.

    Markers are evaluated for this interpreter; a requirement's own extras are followed. A
    distribution that is not installed here is a test failure: the closure would be incomplete.
    """
    chains: dict[str, list[str]] = {}
    todo: list[tuple[Requirement, list[str], tuple[str, ...]]]
    todo = [(Requirement(r), [], extras) for r in requirements]
    while todo:
        req, chain, wanted = todo.pop()
        if req.marker is not None and not any(req.marker.evaluate({"extra": e}) for e in wanted):
            continue
        name = canonicalize_name(req.name)
        if name in chains:
            continue
        chains[name] = [*chain, name]
        try:
            requires = metadata.requires(req.name) or []
        except metadata.PackageNotFoundError:
            pytest.fail(f"{req.name} (via {' -> '.join(chain) or 'pyproject'}) is not installed")
        follow = ("", *sorted(req.extras))
        todo += [(Requirement(r), chains[name], follow) for r in requires]
    return chains


def _heavy(chains: dict[str, list[str]]) -> list[str]:
    return [" -> ".join(chain) for name, chain in sorted(chains.items()) if HEAVY.match(name)]


def test_runtime_requirements_reach_nothing_heavy() -> None:
    chains = _closure(CONFIG["dependencies"])
    assert {"ctranslate2", "sentencepiece", "langdetect"} <= set(chains)
    assert _heavy(chains) == []


def test_argostranslate_is_not_a_runtime_requirement() -> None:
    names = {canonicalize_name(Requirement(r).name) for r in CONFIG["dependencies"]}
    assert not {"argostranslate", "argos-translate-lt"} & names


@pytest.mark.parametrize("extra", ["argos", "dev"])
def test_extra_reaches_nothing_heavy(extra: str) -> None:
    """The ``argos`` extra (argospm without torch) and the dev extras CI installs stay lean too."""
    requirements = CONFIG["optional-dependencies"][extra]
    try:
        for requirement in requirements:
            metadata.distribution(Requirement(requirement).name)
    except metadata.PackageNotFoundError as missing:
        pytest.skip(f"extra {extra!r} is not installed here ({missing}): pip install -e '.[dev]'")
    assert _heavy(_closure(requirements)) == []
