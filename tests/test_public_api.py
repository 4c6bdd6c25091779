"""The public surface: users import from ``polyglot_news`` only (after httpx's export test)."""

from __future__ import annotations

import importlib

import pytest

import polyglot_news


def test_all_is_sorted_and_unique() -> None:
    assert polyglot_news.__all__ == sorted(set(polyglot_news.__all__))


@pytest.mark.parametrize("name", [n for n in polyglot_news.__all__ if n != "__version__"])
def test_every_export_resolves_to_its_documented_module(name: str) -> None:
    value = getattr(polyglot_news, name)
    module = importlib.import_module(polyglot_news._EXPORTS[name])
    assert getattr(module, name) is value
    assert getattr(value, "__doc__", None), f"{name} has no docstring"


def test_unknown_attribute_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError):
        polyglot_news.not_a_name  # noqa: B018
