"""The translation backend contract: one method, ``translate_batch``.

A :class:`Translator` turns a batch of sentences from one language into another with a
DIRECT model and raises :class:`~polyglot_news.errors.MissingModelError` when it has none;
routing through a pivot language, caching, deduplication and the glossary are the engine's
job (:mod:`polyglot_news.translate.engine`), so a backend stays small. Backends may also offer
``model_ids(source, target)`` (the identities of the models a pair uses, for signatures and
cache keys), ``settings_key`` (a string that changes whenever the output could change) and
``settings`` (a ``{name: value}`` dict of those settings, recorded in a result's signature).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, runtime_checkable

__all__ = ["Translator", "model_ids", "notice", "settings_key"]


@runtime_checkable
class Translator(Protocol):
    """Translates batches of sentences with a direct model for each language pair."""

    name: str

    def translate_batch(self, texts: Sequence[str], source: str, target: str) -> list[str]:
        """Translate each of ``texts`` from ``source`` to ``target``, in order.

        Raises MissingModelError when there is no direct model for the pair.
        """
        ...


def model_ids(translator: Translator, source: str, target: str) -> tuple[str, ...] | None:
    """The model identities ``translator`` uses for a pair, or None when it does not say.

    Raises MissingModelError when the translator knows it has no model for the pair.
    """
    method = getattr(translator, "model_ids", None)
    return tuple(method(source, target)) if callable(method) else None


def settings_key(translator: Translator) -> str:
    """A string naming the translator's output-changing settings ("" when it has none)."""
    return str(getattr(translator, "settings_key", ""))


def notice(translator: Translator) -> str | None:
    """A line every translation ``translator`` makes carries as a warning (its optional
    ``notice`` attribute: the fake's "not translated"), or None."""
    found = getattr(translator, "notice", None)
    return found if isinstance(found, str) and found else None
