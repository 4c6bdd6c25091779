"""A language a version declares (a record's ``language``, a page's ``lang``), weighed against
detection, and the language a user gives (``--from``), which is used as given.

A declared language is evidence, not proof: content systems stamp every record with the site's
language, and page templates carry ``lang="en"`` into every translation. :func:`weigh_declared`
therefore keeps a valid declared language when detection agrees, cannot decide (too little
text, an unreliable guess) or cannot answer it at all (a language without a detection profile),
and lets detection overrule it only when the text is written in another script than the
declared language (a Cyrillic text declared ``en``), or detection is reliable and at least
:data:`OVERRULE_CONFIDENCE` sure of another language. Every disagreement, and every declared value
that names no language, comes back as a one-line note, so a declared language is never silently
used or ignored.

Codes are read as BCP 47 tags (``en-US``, ``pt_BR``, ``zh-Hant``; the primary subtag, with the
Chinese script or region mapped to the detector's ``zh-cn``/``zh-tw``), as ISO 639-1 codes, or as
English language names (``Russian``), from the table in ``polyglot_news/data/languages.tsv``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from polyglot_news.errors import DetectionError
from polyglot_news.langid import scripts
from polyglot_news.records import DECLARED, GIVEN, Detection, Version

__all__ = [
    "DECLARED",
    "GIVEN",
    "OVERRULE_CONFIDENCE",
    "Weighed",
    "given_detection",
    "guess_hint",
    "language_code",
    "language_of",
    "weigh_declared",
]

OVERRULE_CONFIDENCE = 0.9  # detection must be reliable and this sure to overrule a declaration
_TRADITIONAL = frozenset({"hant", "tw", "hk", "mo"})


@dataclass(frozen=True)
class Weighed:
    """The detection to use for a version, and a one-line note when the declared language and
    detection disagree, or the declared value names no language (None otherwise)."""

    detection: Detection
    note: str | None = None


@lru_cache(maxsize=1)
def _codes() -> tuple[dict[str, str], dict[str, str]]:
    """``code -> code to use`` (aliases resolved) and ``lower-case name -> code``."""
    from polyglot_news.translate.languages import language_codes

    codes: dict[str, str] = {}
    names: dict[str, str] = {}
    for row in language_codes():
        codes[row.code] = row.use if row.kind == "alias" else row.code
        if row.kind == "iso639-1":
            names.setdefault(row.name.lower(), row.code)
    return codes, names


def language_code(value: str) -> str | None:
    """The language code ``value`` names, as detection answers it; None when it names none.

    ``"en-US"`` -> ``en``, ``"pt_BR"`` -> ``pt``, ``"zh-Hant"``/``"zh-TW"`` -> ``zh-tw``,
    ``"zh"``/``"zh-CN"`` -> ``zh-cn``, ``"iw"`` -> ``he``, ``"Russian"`` -> ``ru``.
    """
    codes, names = _codes()
    tag = value.strip().lower().replace("_", "-")
    primary, _, rest = tag.partition("-")
    if primary == "zh" or tag in ("zt", "zh-tw", "zh-cn"):
        subtags = set(rest.split("-"))
        return "zh-tw" if tag == "zt" or subtags & _TRADITIONAL else "zh-cn"
    if tag in names:
        return names[tag]
    if primary == "pb":  # Argos's code for Brazilian Portuguese
        return "pt"
    code = codes.get(primary)
    return code if code is not None and len(code) == 2 else None


def guess_hint(detection: Detection, ident: str) -> str:
    """What to add to an error about a version whose language was only guessed (unreliable
    detection): the guess and how to give the language; ``""`` for a reliable detection."""
    if detection.reliable:
        return ""
    return (
        f" (its language was guessed as {detection.language} with confidence "
        f"{detection.confidence:.2f}; if that is wrong, give --from {ident}=CODE)"
    )


def given_detection(language: str) -> Detection:
    """The detection of a version whose language the user gave: used as is, never detected."""
    return Detection(language, 1.0, True, detector=GIVEN)


def language_of(
    version: Version, detector: Callable[[str], Detection], given: str | None = None
) -> Weighed:
    """The language of ``version``: ``given`` (a code the user gave) as is, else the language
    it declares weighed against ``detector`` (:func:`weigh_declared`), else detection's.

    Raises:
        DetectionError: when detection fails and nothing else tells the language; the message
            names the version's path, and for a text too short to detect how to give it.
    """
    if given:
        return Weighed(given_detection(given))
    try:
        if version.language:
            return weigh_declared(
                version.text, version.language, detector, name=version.where, ident=version.id
            )
        return Weighed(detector(version.text))
    except DetectionError as exc:
        message = f"{version.where}: {exc.message}"
        if message.endswith("set the language"):  # too short, or a script without a profile
            message += f" with --from {version.id}=CODE"
        raise type(exc)(message, source=version.path) from exc


def weigh_declared(
    text: str, declared: str, detector: Callable[[str], Detection], *, name: str, ident: str
) -> Weighed:
    """The language of ``text``, which declares ``declared``, weighed against ``detector``.

    Args:
        text: the version's text.
        declared: the value the version declares (a code, a BCP 47 tag or a language name).
        detector: a ``text -> Detection`` callable.
        name: the version's path, for the note.
        ident: the version's id, for the note's ``--from ID=CODE`` hint.

    Returns:
        :class:`Weighed`: detection's own result (with a note) when the declared value names
        no language or detection overrules it; else a detection of the declared language
        (``detector`` ``"declared"``, detection's paragraphs when it agrees) that carries what
        detection found in ``detected`` and its confidence in that (0.0 and None when
        detection could not answer), never a confidence detection did not give.

    Raises:
        DetectionError: only when ``declared`` names no language and detection fails too.
    """
    code = language_code(declared)
    if code is None:
        found = detector(text)
        return Weighed(
            found,
            f"{name} declares the language {declared!r}, which is no language code; detected "
            f"{found.language} instead (give --from {ident}=CODE to set it)",
        )
    try:
        found = detector(text)
    except DetectionError:  # too short or out of reach: the declaration is all there is
        return Weighed(Detection(code, 0.0, True, detector=DECLARED))
    if found.language == code:
        return Weighed(
            Detection(code, found.confidence, True, found.paragraphs, DECLARED, found.language)
        )
    written = _script_of(code)  # None: no profile, detection says nothing against it
    script = scripts.count_scripts(text).dominant
    if written is not None and written != script:  # "en" for a Cyrillic text: never
        return Weighed(
            found,
            f"{name} declares {code} but its text is in {script} script, which {code} is not "
            f"written in; taken as {found.language} (--from {ident}={code} keeps {code})",
        )
    if written is not None and found.reliable and found.confidence >= OVERRULE_CONFIDENCE:
        return Weighed(
            found,
            f"{name} declares {code} but its text reads as {found.language} "
            f"({found.confidence:.2f}); taken as {found.language} "
            f"(--from {ident}={code} keeps {code})",
        )
    note = None
    if found.reliable and written is not None:
        note = (
            f"{name} declares {code}; detection leans to {found.language} "
            f"({found.confidence:.2f}); taken as {code}"
        )
    # the declaration wins over a weak guess: say what detection found, and how sure it was
    kept = Detection(code, found.confidence, True, detector=DECLARED, detected=found.language)
    return Weighed(kept, note)


def _script_of(code: str) -> str | None:
    """The script detection knows ``code`` by (``cjk`` for zh/ja/ko); None without a profile."""
    from polyglot_news.langid.detector import LanguageDetector

    return LanguageDetector().profiles.scripts().get(code)
