"""Plain records passed between the pipeline's stages.

They are frozen dataclasses of builtins only, so they pickle (for Dask workers), compare by
value in tests, and turn into JSON with :func:`dataclasses.asdict`. Each stage owns the logic
that makes its record; this module holds only the shapes, so stages depend on it and not on
each other.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "DECLARED",
    "GIVEN",
    "OWN_LANGUAGE",
    "Detection",
    "InputFailure",
    "ParagraphLanguage",
    "ParagraphRoute",
    "Removal",
    "TermOutcome",
    "Translation",
    "Version",
]


@dataclass(frozen=True)
class Removal:
    """Something normalisation removed from a version, kept so nothing is silently lost."""

    # e.g. "aggregator_header", "repeated_headline", "dateline", "source_tag", "boilerplate"
    # (page text the extractor left out), "markup" (entities and tags decoded in a text field)
    kind: str
    text: str


@dataclass(frozen=True)
class Version:
    """One outlet's version of the story, as loaded and normalised.

    ``id`` is unique within one load (the file stem, or ``stem#N`` for the Nth record of a
    JSON Lines file). ``language`` is the language declared by the record, if any; detection
    results live in :class:`Detection`.
    """

    id: str
    path: str
    text: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    date: str | None = None
    language: str | None = None
    format: str = "text"  # "text" | "html" | "markdown" | "json" | "jsonl" | "feed"
    encoding: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)
    removed: tuple[Removal, ...] = ()
    warnings: tuple[str, ...] = ()  # one line each: the loader overruled or doubted something

    @property
    def where(self) -> str:
        """Where the version is, for messages: its path, or ``path#N`` for a record of a file of
        several (``feed.jsonl#3``), as ``--from`` and ``detect`` name it; ``<stdin>`` for
        standard input (path ``-``), as loading errors name it."""
        path = "<stdin>" if self.path == "-" else self.path
        record = self.id.rpartition("#")[2] if "#" in self.id else ""
        return f"{path}#{record}" if record else path

    @property
    def dateline_agency(self) -> str:
        """The agency the wire dateline loading removed credits (``VILNIUS, Dec 1 (Reuters) -``:
        ``"Reuters"``; ``metadata["dateline"]["agency"]``, spaces collapsed), else ``""``: whose
        wording the version is when it names no ``outlet`` of its own, as the reports and the
        batch summary name it."""
        dateline = self.metadata.get("dateline")
        agency = dateline.get("agency") if isinstance(dateline, dict) else None
        return " ".join(agency.split()) if isinstance(agency, str) else ""


@dataclass(frozen=True)
class InputFailure:
    """An input (or a version) that could not be processed, with the error that says why.

    The one failure record of the library: ``kind`` is the stable
    :attr:`PolyglotNewsError.kind <polyglot_news.errors.PolyglotNewsError.kind>` of the error
    and ``message`` its one-line text (naming the input and the fix). The JSON reports write it
    as ``{"path", "error": {"kind", "message"}}``.
    """

    path: str
    kind: str
    message: str

    @classmethod
    def from_error(cls, path: str, error: Any) -> InputFailure:
        """The failure of ``path`` for ``error``.

        ``error`` is a :class:`~polyglot_news.errors.PolyglotNewsError` (any other exception
        gets the kind ``"error"``); the message is its one-line text.
        """
        kind = str(getattr(error, "kind", "error"))
        return cls(path, kind, str(getattr(error, "message", error)))


OWN_LANGUAGE = 0.8  # from this confidence a paragraph's language is its own, not a stray guess


@dataclass(frozen=True)
class ParagraphLanguage:
    """The language of one paragraph (character offsets into the detected text).

    ``letters`` counts the letters that carried evidence (links, handles, hashtags and
    numbers excluded); 0 when unknown, then the span length stands in for it.
    """

    start: int
    end: int
    language: str
    confidence: float
    letters: int = 0

    @property
    def weight(self) -> int:
        """How much this paragraph counts towards the document's language."""
        return self.letters or self.end - self.start


DECLARED = "declared"  # Detection.detector of a language the version itself declares
GIVEN = "given"  # Detection.detector of a language the user gave (--from)


@dataclass(frozen=True)
class Detection:
    """The language of a text: ISO 639-1 (``zh-cn``/``zh-tw`` for Chinese) and a confidence.

    ``reliable`` is False when the text is too short or too ambiguous for the confidence to
    mean much; ``paragraphs`` has one entry per paragraph, and ``mixed`` is True when they
    disagree. ``detector`` names the detector, or says the language was ``declared`` by the
    version or ``given`` by the user (:attr:`origin`). ``confidence`` is always the detector's
    own (0-1): for a declared language, detection's confidence in ``detected``, the language
    it found (``language`` when it agrees), or 0.0 when detection could not answer
    (``detected`` None); 1.0 for a given language, which is not detected.
    """

    language: str
    confidence: float
    reliable: bool = True
    paragraphs: tuple[ParagraphLanguage, ...] = ()
    detector: str = "polyglot_news"
    detected: str | None = None  # a declared language: what detection found, if anything

    @property
    def origin(self) -> str:
        """Where ``language`` comes from: ``detected``, ``declared`` or ``given``."""
        return self.detector if self.detector in (DECLARED, GIVEN) else "detected"

    def confidence_text(self) -> str:
        """The confidence as reports show it: ``0.97``; ``given``; ``0.97 declared`` (detection
        agrees); ``declared (detected de 0.62)``; ``declared, not detected``."""
        if self.detector == GIVEN:
            return GIVEN
        if self.detector != DECLARED:
            return f"{self.confidence:.2f}"
        if self.detected is None:
            return f"{DECLARED}, not detected"
        if self.detected == self.language:
            return f"{self.confidence:.2f} {DECLARED}"
        return f"{DECLARED} (detected {self.detected} {self.confidence:.2f})"

    @property
    def mixed(self) -> bool:
        """True when a paragraph is surely (:data:`OWN_LANGUAGE` or more) in another language
        than the document: a short heading guessed as Swedish at 0.16 in an English text is
        not (the translation routes such a paragraph by the document's language too)."""
        sure = {p.language for p in self.paragraphs if p.confidence >= OWN_LANGUAGE}
        return bool(sure - {self.language})

    @property
    def languages(self) -> tuple[str, ...]:
        """The paragraph languages, dominant first, each once."""
        seen: dict[str, int] = {}
        for p in self.paragraphs:
            seen[p.language] = seen.get(p.language, 0) + p.weight
        return tuple(sorted(seen, key=lambda lang: -seen[lang]))


@dataclass(frozen=True)
class TermOutcome:
    """What happened to one protected glossary term through translation."""

    canonical: str
    surface: str
    status: str  # "held" | "repaired" | "failed"


@dataclass(frozen=True)
class ParagraphRoute:
    """How one run of paragraphs of a mixed-language text was translated.

    ``start``/``end`` are character offsets into the source text; ``route`` is ``(language,)``
    when the run was not translated (already in the target language, or ``translated`` False
    because its pair has no model: the text is then left as written and a warning says so).
    """

    start: int
    end: int
    language: str
    route: tuple[str, ...]
    packages: tuple[str, ...] = ()
    translated: bool = True


@dataclass(frozen=True)
class Translation:
    """A version's text in the pivot language, and how it got there.

    ``route`` lists the languages passed through, e.g. ``("ko", "en", "ru")``; a text already
    in the target language has route ``(target,)`` and is its own translation.
    ``unprotected`` is the translation made without the glossary, when it was asked for.
    A text whose paragraphs are in different languages is translated run by run, each from its
    own language: ``paragraphs`` then records each run's language, route and packages (empty
    for a one-language text), ``route`` is the document language's route and ``packages`` all
    packages used; ``warnings`` names any run left untranslated and why.
    """

    source_language: str
    target_language: str
    text: str
    route: tuple[str, ...]
    sentences: tuple[tuple[str, str], ...] = ()  # (source sentence, translated sentence)
    terms: tuple[TermOutcome, ...] = ()
    unprotected: str | None = None
    backend: str = ""
    packages: tuple[str, ...] = ()  # "argos:ru-en@1.0" style identities of the models used
    paragraphs: tuple[ParagraphRoute, ...] = ()
    warnings: tuple[str, ...] = ()
