"""Which code page to name when several decode a file to the very same text.

German text without a euro sign reads the same in cp1252, cp1250 and ISO 8859-15: the text is
right whichever is chosen, but the name shown to the user (``detect``, the JSON report) is not,
and a German file "in cp1250" makes a reader doubt the rest. :func:`likeliest` picks among such
twins by the text's language: the code page its locale uses, as Python's copy of the X11
``locale.alias`` table names it (``de`` -> ISO 8859-1, ``cs`` -> ISO 8859-2, ``el`` -> ISO
8859-7), and before that code page the Windows one that agrees with it on most letters (the
high half, 0xA0-0xFF: ISO 8859-1 -> cp1252, ISO 8859-2 -> cp1250), because news files saved
with a legacy code page were mostly saved on Windows. A language whose locale is UTF-8 (``ru``)
or a multi-byte one (EUC-KR, which cp949 extends), or unknown, or a text too short to detect,
keeps the detector's order.
"""

from __future__ import annotations

import codecs
import locale
from collections.abc import Sequence
from functools import cache

__all__ = ["likeliest"]

# The Windows ANSI code pages (Python codec names).
_WINDOWS = ("cp1250", "cp1251", "cp1252", "cp1253", "cp1254", "cp1255", "cp1256", "cp1257")
_HIGH_HALF = bytes(range(0xA0, 0x100))
_MIN_AGREEMENT = 0.5  # a Windows code page counts as the ISO one's twin above this share


def likeliest(text: str, twins: Sequence[str]) -> str:
    """The code page of ``twins`` (codec names that all decode to ``text``, best first) that
    ``text``'s language makes likeliest; ``twins[0]`` when its language does not tell."""
    if len(twins) < 2:
        return twins[0]
    from polyglot_news.errors import PolyglotNewsError
    from polyglot_news.langid import detect

    try:
        language = detect(text).language
    except PolyglotNewsError:
        return twins[0]
    names = {_name(codec): codec for codec in reversed(twins)}
    for wanted in _preferred(language.split("-")[0]):
        if wanted in names:
            return names[wanted]
    return twins[0]


@cache
def _preferred(language: str) -> tuple[str, ...]:
    """The codec names ``language``'s files are likeliest saved in, best first."""
    alias = locale.locale_alias.get(language, "")
    _, _, charset = alias.partition(".")
    try:
        home = _name(charset.split("@")[0]) if charset else ""
    except LookupError:
        return ()
    if not home or len(_HIGH_HALF.decode(home, errors="replace")) != len(_HIGH_HALF):
        return ()  # UTF-8 (ru), or multi-byte (EUC-KR, a subset of cp949: both name it)
    windows = _windows_twin(home)
    return (windows, home) if windows else (home,)


def _windows_twin(home: str) -> str | None:
    """The Windows code page that decodes most of ``home``'s high half alike, if most."""
    letters = _HIGH_HALF.decode(home, errors="replace")
    best, agreed = None, 0.0
    for windows in _WINDOWS:
        theirs = _HIGH_HALF.decode(windows, errors="replace")
        alike = sum(a == b != "\ufffd" for a, b in zip(letters, theirs, strict=True))
        share = alike / len(_HIGH_HALF)
        if share > agreed:
            best, agreed = _name(windows), share
    return best if agreed > _MIN_AGREEMENT else None


def _name(codec: str) -> str:
    return codecs.lookup(codec).name
