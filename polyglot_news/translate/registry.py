"""Translation backends by name: ``argos`` and ``fake`` built in, users' own beside them.

After llm's plugin registry, reduced to a plain mapping from name to factory: the built-ins are
registered with the same :func:`register_translator` call a user makes, and the CLI's
``--translator NAME`` (like :func:`create_translator`) looks the name up here. A factory is
called with keyword arguments; the CLI passes ``models``, the ``.argosmodel`` files and package
folders the user gave with ``--models DIR`` (empty when none), which a backend without model
files ignores. It returns a :class:`~polyglot_news.translate.base.Translator`.

An installed distribution can also offer a backend without any import side effect, as an
entry point in the ``polyglot_news.translators`` group (``name = "module:factory"``); entry
points load the first time a name is not found among the registered ones.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from importlib import metadata
from pathlib import Path
from typing import Any

from polyglot_news.errors import TranslationError
from polyglot_news.translate.base import Translator

__all__ = [
    "ENTRY_POINT_GROUP",
    "TranslatorFactory",
    "create_translator",
    "register_translator",
    "translator_names",
    "unregister_translator",
]

ENTRY_POINT_GROUP = "polyglot_news.translators"

TranslatorFactory = Callable[..., Translator]
"""``factory(*, models: Sequence[Path] = (), **options) -> Translator``."""

_FACTORIES: dict[str, TranslatorFactory] = {}


def register_translator(name: str, factory: TranslatorFactory, *, replace: bool = False) -> None:
    """Make ``factory`` available as the translator ``name`` (``--translator name``).

    Raises:
        ValueError: when ``name`` is empty or already registered and ``replace`` is False.
    """
    if not name or not name.strip():
        raise ValueError("register_translator: give the translator a non-empty name")
    if name in _FACTORIES and not replace:
        raise ValueError(
            f"register_translator: a translator named {name!r} is already registered; "
            "pass replace=True to replace it"
        )
    _FACTORIES[name] = factory


def unregister_translator(name: str) -> None:
    """Remove the translator ``name`` (no error when there is none)."""
    _FACTORIES.pop(name, None)


def translator_names() -> list[str]:
    """The names of every available translator (registered or by entry point), sorted."""
    return sorted({*_FACTORIES, *(ep.name for ep in _entry_points())})


def create_translator(name: str, **options: Any) -> Translator:
    """A new translator from the factory registered as ``name``, called with ``options``.

    Raises:
        TranslationError: when no translator of that name is registered or offered.
    """
    factory = _FACTORIES.get(name)
    if factory is None:
        found = [ep for ep in _entry_points() if ep.name == name]
        if not found:
            raise TranslationError(
                f"no translator named {name!r}; choose one of: {', '.join(translator_names())}",
                source=name,
            )
        factory = found[0].load()
        _FACTORIES.setdefault(name, factory)
    return factory(**options)


def _entry_points() -> Sequence[metadata.EntryPoint]:
    return tuple(metadata.entry_points(group=ENTRY_POINT_GROUP))


def _argos(*, models: Sequence[str | Path] = (), **options: Any) -> Translator:
    """Argos Translate packages run with CTranslate2: installed ones plus ``models``."""
    from polyglot_news.translate.argos import ArgosTranslator

    return ArgosTranslator(extra_packages=models, **options)


def _fake(*, models: Sequence[str | Path] = (), **options: Any) -> Translator:
    """The deterministic fake (every pair; ``[ru>en] text``), for dry runs and tests: a test
    backend that does not translate, so its translations carry the warning that says so."""
    from polyglot_news.translate.fake import NOT_TRANSLATED, FakeTranslator

    return FakeTranslator(**{"notice": NOT_TRANSLATED, **options})


register_translator("argos", _argos)
register_translator("fake", _fake)
