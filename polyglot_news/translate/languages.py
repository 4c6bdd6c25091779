"""The language codes a translation can target: ``--to`` and the ``pivot=`` of a comparison.

Argos Translate names languages by ISO 639-1 code (``en``, ``ru``, ``uk``) plus a few private
two-letter codes of its own: ``zt`` for Traditional Chinese and ``pb`` for Brazilian Portuguese
(its package index, ``argospm-index/index.json``, and LibreTranslate's language list). None of
these is a locale that babel or CLDR knows, so a target is checked against the table in
``polyglot_news/data/languages.tsv``: every ISO 639-1 code, the Argos codes, and the codes the
language detector answers (``zh-cn``, ``zh-tw``). A code a package in use declares is accepted
too (a package built for ``ast`` targets ``ast``). Common spellings Argos names otherwise
(``pt-BR``, ``zh-Hant``) are refused with the code to use, since no package would match them.

An unknown code raises :class:`~polyglot_news.errors.UnsupportedLanguageError` at once, in one
line that names the value and where the codes are listed (``polyglot-news models languages``),
instead of failing every version later with "no translation model for en->xx".
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from polyglot_news.errors import UnsupportedLanguageError

__all__ = [
    "LIST_COMMAND",
    "LanguageCode",
    "argos_code",
    "check_target_language",
    "language_codes",
    "package_languages",
]

LIST_COMMAND = "polyglot-news models languages"


@dataclass(frozen=True)
class LanguageCode:
    """One row of the table: ``kind`` is iso639-1, argos, detected or alias; an alias names
    the code to use instead (``use``), a detected code the Argos code of its language."""

    code: str
    name: str
    kind: str
    use: str = ""


@lru_cache(maxsize=1)
def language_codes() -> tuple[LanguageCode, ...]:
    """Every row of ``data/languages.tsv``, in file order (ISO 639-1 codes sorted first)."""
    text = resources.files("polyglot_news.data").joinpath("languages.tsv").read_text("utf-8")
    rows = []
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            code, name, kind, *use = line.split("\t")
            rows.append(LanguageCode(code, name, kind, use[0] if use else ""))
    return tuple(rows)


def argos_code(code: str) -> str:
    """The code Argos packages use for the language ``code`` names: ``zt`` for the detector's
    ``zh-tw``, ``zh`` for ``zh-cn``; any other code as given."""
    row = {r.code: r for r in language_codes() if r.kind == "detected"}.get(code.lower())
    return row.use if row is not None and row.use else code


def package_languages(translator: object) -> frozenset[str]:
    """The language codes of the packages ``translator`` uses; empty when it does not say.

    Read from a ``packages()`` mapping keyed by ``(source, target)`` (Argos) or a ``pairs``
    collection of such pairs (the fake translator).
    """
    packages = getattr(translator, "packages", None)
    pairs = packages() if callable(packages) else getattr(translator, "pairs", None) or ()
    return frozenset(code.lower() for pair in pairs for code in pair)


def check_target_language(code: str, translator: object = None) -> str:
    """``code`` lower-cased, stripped and with ``_`` as ``-``, when a translation can target it.

    Args:
        code: the language code given (``"en"``, ``"zt"``, ``"zh-TW"``).
        translator: the backend in use; the codes of its packages are accepted as they are
            (read only when ``code`` is not in the table).

    Raises:
        UnsupportedLanguageError: for a code that is neither in the table nor a package's,
            or an alias Argos spells otherwise; the one-line message names the value and says
            which code to give or where they are listed.
    """
    wanted = code.strip().lower().replace("_", "-")
    row = {row.code: row for row in language_codes()}.get(wanted)
    if row is not None and row.kind != "alias":
        return wanted
    if translator is not None and wanted in package_languages(translator):
        return wanted
    if row is not None:
        hint = f"Argos names {row.name} {row.use!r}: give that code"
    else:
        hint = (
            "give an ISO 639-1 code (en, ru, uk, ko...) or an Argos code (zt Traditional "
            f"Chinese, pb Brazilian Portuguese); `{LIST_COMMAND}` lists them all"
        )
    raise UnsupportedLanguageError(f"unknown language code {code!r}; {hint}", source=code)
