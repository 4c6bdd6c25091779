"""Where each version's language comes from: given by the caller, declared, or detected.

:func:`given_languages` checks the languages a caller gives (``--from``: a version id and a
code each); :class:`VersionLanguages` finds each version's language: a given one as it is, a
declared one (a record's ``language``, a page's ``lang``) weighed against detection
(:func:`polyglot_news.langid.declared.language_of`) with a :class:`DeclaredLanguageWarning`
when they disagree, else detection's. Used by :mod:`polyglot_news.pipeline`.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace

from polyglot_news.errors import (
    InputError,
    PolyglotNewsError,
    PolyglotNewsWarning,
    UnsupportedLanguageError,
)
from polyglot_news.records import Detection, Version

__all__ = ["DeclaredLanguageWarning", "VersionLanguages", "given_languages", "named_error"]


class DeclaredLanguageWarning(PolyglotNewsWarning):
    """A version declares a language detection disagrees with, or a value that is no language."""


@dataclass(frozen=True)
class VersionLanguages:
    """Where each version's language comes from: given by the caller, declared by the version
    (weighed against detection), or detected."""

    detector: Callable[[str], Detection]
    given: Mapping[str, str]

    def of_all(
        self, versions: Sequence[Version]
    ) -> tuple[list[Version], list[Detection | PolyglotNewsError]]:
        """The versions (a disagreement added to their ``warnings``) and their detections."""
        out: list[Version] = []
        detections: list[Detection | PolyglotNewsError] = []
        for version in versions:
            try:
                detection, note = self.of(version)
            except PolyglotNewsError as exc:
                detections.append(named_error(exc, version.where))
                out.append(version)
                continue
            if note:
                warnings.warn(DeclaredLanguageWarning(note), stacklevel=4)
                version = replace(version, warnings=(*version.warnings, note))
            out.append(version)
            detections.append(detection)
        return out, detections

    def of(self, version: Version) -> tuple[Detection, str | None]:
        """``version``'s detection and the note to give about it (None when none)."""
        from polyglot_news.langid.declared import language_of

        weighed = language_of(version, self.detector, self.given.get(version.id))
        return weighed.detection, weighed.note


def named_error(exc: PolyglotNewsError, path: str) -> PolyglotNewsError:
    """``exc`` with ``path`` opening its message (as it is when the error named it already)."""
    if path in exc.message:
        return exc
    return type(exc)(f"{path}: {exc.message}", source=path)


def given_languages(versions: Sequence[Version], given: Mapping[str, str]) -> dict[str, str]:
    """``given`` with each language as detection names it; refuses an unknown id or code."""
    from polyglot_news.langid.declared import language_code

    ids = {v.id for v in versions}
    out: dict[str, str] = {}
    for ident, value in given.items():
        if ident not in ids:
            raise InputError(
                f"a language was given for {ident!r}, which is no version; choose one of: "
                f"{', '.join(sorted(ids))}",
                source=ident,
            )
        code = language_code(value)
        if code is None:
            raise UnsupportedLanguageError(
                f"{value!r} (given for {ident}) is no language code; give an ISO 639-1 code "
                "such as en, ru, uk, ko",
                source=value,
            )
        out[ident] = code
    return out
