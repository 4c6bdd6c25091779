"""Language detection for news texts: script rules first, then n-grams and word tables.

A text is classified in three steps: (1) count its letters per script
(:mod:`~polyglot_news.langid.scripts`); (2) let the script settle what it can — Hangul is
Korean, kana is Japanese, Han alone is Chinese split by simplified/traditional characters,
Cyrillic is narrowed by alphabet; (3) rank the remaining candidates that write that script with
a naive-Bayes score over langdetect's n-gram profiles and our word tables
(:mod:`~polyglot_news.langid.ngram`). A text that reads as mojibake
(:mod:`~polyglot_news.langid.plausibility`) gets at most :data:`MOJIBAKE_CONFIDENCE`. Documents are
detected paragraph by paragraph, and the language with most letters is the document's.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import Any

from polyglot_news.errors import TextTooShortError, UnsupportedLanguageError
from polyglot_news.langid import scripts
from polyglot_news.langid.ngram import ProfileSet, available_languages
from polyglot_news.langid.plausibility import PLAUSIBLE, plausibility
from polyglot_news.records import Detection, ParagraphLanguage

__all__ = ["LanguageDetector", "detect", "detect_document", "supported_languages"]

DetectorFn = Callable[[str], Detection]
MIN_LETTERS = 8  # fewer letters than this carry too little evidence (CJK characters count 2)
RELIABLE = 0.8  # below this confidence a detection is flagged unreliable
MOJIBAKE_CONFIDENCE = 0.3  # the most a text that reads as mojibake is given
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n")
_NAME = "polyglot_news.langid"


def supported_languages() -> tuple[str, ...]:
    """The language codes detection can answer, sorted."""
    return tuple(sorted(available_languages()))


def _check_languages(languages: Iterable[str] | None) -> frozenset[str] | None:
    if languages is None:
        return None
    chosen = frozenset(code.strip().lower() for code in languages)
    unknown = sorted(chosen - available_languages())
    if unknown or not chosen:
        raise UnsupportedLanguageError(
            f"unknown language code(s) {', '.join(unknown) or '(none given)'}; "
            f"choose from: {', '.join(supported_languages())}",
            source=",".join(unknown),
        )
    return chosen


class LanguageDetector:
    """A callable ``(text) -> Detection``: script rules plus n-gram/word scores, restrictable.

    ``languages`` restricts the answers to those codes (default: every supported language);
    ``seed`` is accepted for compatibility and ignored: scoring is exhaustive (no sampling), so
    the same text always gets the same answer.
    Profiles load on first use and are kept for the instance's life, not pickled.
    """

    def __init__(self, languages: Iterable[str] | None = None, seed: int = 0) -> None:
        self.languages = _check_languages(languages)
        self.seed = seed
        self._profiles: ProfileSet | None = None

    @property
    def name(self) -> str:
        """The detector as a result's signature names it, with its language restriction."""
        if not self.languages:
            return _NAME
        return f"{_NAME}[{','.join(sorted(self.languages))}]"

    def __repr__(self) -> str:
        langs = ",".join(sorted(self.languages)) if self.languages else "all"
        return f"LanguageDetector(languages={langs}, seed={self.seed})"

    def __getstate__(self) -> dict[str, Any]:
        # loaded profiles are large and rebuildable: leave them out of the pickle
        return {"languages": self.languages, "seed": self.seed, "_profiles": None}

    def __call__(self, text: str) -> Detection:
        """Detect ``text``'s language, per paragraph when it has several."""
        return detect_document(text, self.detect_text)

    @property
    def profiles(self) -> ProfileSet:
        """The n-gram profiles, loaded on first use and shared by every detector of a process."""
        if self._profiles is None:
            self._profiles = _shared_profiles()
        return self._profiles

    def candidates(self, script: str) -> frozenset[str]:
        """The allowed languages written in ``script``."""
        allowed = self.languages or available_languages()
        return frozenset(
            lang for lang, s in self.profiles.scripts().items() if s == script and lang in allowed
        )

    def detect_text(self, text: str) -> Detection:
        """Detect one paragraph (no paragraph splitting)."""
        counts = scripts.count_scripts(text)
        other, letters = scripts.unknown_script(counts.text)
        if counts.weight < MIN_LETTERS and letters >= MIN_LETTERS:  # Georgian, Amharic, ...
            raise UnknownScriptError(
                f"text is written in {other} script, which language detection has no profile "
                f"for: {text.strip()[:40]!r}; set the language",
                source=other,
            )
        if counts.weight < MIN_LETTERS:
            raise TextTooShortError(
                f"text too short to detect its language ({counts.weight} letters, need "
                f"{MIN_LETTERS}): {text.strip()[:40]!r}; pass a longer text or set the language"
            )
        script = counts.dominant
        if script == "cjk":
            language, confidence = self._cjk(counts)
        else:
            language, confidence = self._alphabetic(counts, script)
        if plausibility(text, language) < PLAUSIBLE:
            # mojibake (a wrong decoding) is in no language: never say so confidently
            confidence = min(confidence, MOJIBAKE_CONFIDENCE)
        reliable = confidence >= RELIABLE
        return Detection(language, round(confidence, 4), reliable, detector=_NAME)

    def _allowed(self, language: str) -> bool:
        return self.languages is None or language in self.languages

    def _cjk(self, counts: scripts.ScriptCounts) -> tuple[str, float]:
        guess = scripts.cjk_language(counts)
        if guess == "zh":
            guess, confidence = scripts.chinese_variant(counts.text)
            other = "zh-cn" if guess == "zh-tw" else "zh-tw"
            if not self._allowed(guess) and self._allowed(other):
                return other, 1.0 - confidence
        else:
            share = counts.counts.get("hangul" if guess == "ko" else "kana", 0)
            confidence = min(1.0, 0.9 + share / 100)
        if self._allowed(guess):
            return guess, confidence
        return self._ranked(counts.text, self.candidates("cjk"), "CJK")

    def _alphabetic(self, counts: scripts.ScriptCounts, script: str) -> tuple[str, float]:
        candidates = self.candidates(script)
        confidence_cap = 1.0
        if script == "cyrillic" and candidates:
            candidates, misses = scripts.cyrillic_candidates(counts.text, candidates)
            if misses:  # letters no candidate alphabet has: a language we do not know
                confidence_cap = 0.5
        language, confidence = self._ranked(counts.text, candidates, script)
        return language, min(confidence, confidence_cap)

    def _ranked(self, text: str, candidates: frozenset[str], script: str) -> tuple[str, float]:
        if not candidates:
            allowed = ", ".join(sorted(self.languages or ())) or "the supported languages"
            raise UnsupportedLanguageError(
                f"text is written in {script} script, which none of {allowed} uses: "
                f"{text.strip()[:40]!r}; allow its language or leave --languages out",
                source=script,
            )
        ranked = self.profiles.score(text, candidates)
        if not ranked:
            return sorted(candidates)[0], 0.0
        return ranked[0]


def _paragraph_spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def detect_document(text: str, detect_one: DetectorFn) -> Detection:
    """Detect each paragraph with ``detect_one``; the language with most letters wins.

    Paragraphs too short to detect (counting only letters with language evidence: links,
    handles, hashtags and numbers do not count) are skipped, and the whole text is tried when
    all are; the document confidence is the letter-weighted mean over the winning paragraphs.
    """
    spans = _paragraph_spans(text)
    if len(spans) <= 1:
        return detect_one(text)
    found: list[tuple[ParagraphLanguage, Detection]] = []
    for start, end in spans:
        try:
            result = detect_one(text[start:end])
        except (TextTooShortError, UnknownScriptError):  # a quote in Georgian: no evidence
            continue
        letters = max(1, scripts.count_scripts(text[start:end]).weight)
        para = ParagraphLanguage(start, end, result.language, result.confidence, letters)
        found.append((para, result))
    if not found:
        return detect_one(text)
    weights: dict[str, float] = {}
    for para, _ in found:
        weights[para.language] = weights.get(para.language, 0) + para.weight
    language = max(weights, key=lambda lang: weights[lang])
    winners = [(p, r) for p, r in found if p.language == language]
    size = sum(p.weight for p, _ in winners)
    confidence = sum(p.confidence * p.weight for p, _ in winners) / size
    reliable = all(r.reliable for _, r in winners) or confidence >= RELIABLE
    detector = winners[0][1].detector
    paragraphs = tuple(p for p, _ in found)
    return Detection(language, round(confidence, 4), reliable, paragraphs, detector)


class UnknownScriptError(UnsupportedLanguageError):
    """A text written in a script no detection profile covers (Georgian, Ethiopic, ...)."""


@lru_cache(maxsize=1)
def _shared_profiles() -> ProfileSet:
    # The profiles are read-only once loaded (about 0.5 s of CPU), whatever a detector's
    # language restriction, so a process loads them once, not once per detector.
    return ProfileSet()


@lru_cache(maxsize=16)
def _default_detector(languages: frozenset[str] | None, seed: int) -> LanguageDetector:
    # one detector (and one profile load) per process per setting; detectors are immutable
    return LanguageDetector(languages, seed)


def detect(
    text: str,
    *,
    languages: Iterable[str] | None = None,
    seed: int = 0,
    detector: DetectorFn | None = None,
) -> Detection:
    """Detect the language of ``text`` (per paragraph for mixed documents).

    Args:
        text: the text; paragraphs are separated by blank lines.
        languages: restrict answers to these ISO 639-1 codes (e.g. ``("ru", "uk", "en")``).
        seed: accepted for compatibility and ignored: scoring is exhaustive, not sampled, so
            detection is deterministic without it.
        detector: your own ``(text) -> Detection`` callable, used for each paragraph.

    Returns:
        The :class:`~polyglot_news.records.Detection`: an ISO 639-1 code, a confidence in
        [0, 1], and one entry per paragraph.

    Raises:
        TextTooShortError: when the text has too few letters to detect.
        UnsupportedLanguageError: for an unknown code in ``languages``, or when the text's
            script is used by none of them, or ``detector`` answers outside them.
    """
    allowed = _check_languages(languages)
    if detector is None:
        return _default_detector(allowed, seed)(text)
    result = detect_document(text, detector)
    if allowed is not None and result.language not in allowed:
        raise UnsupportedLanguageError(
            f"detector answered {result.language!r}, not one of {', '.join(sorted(allowed))}; "
            "allow it in languages or fix the detector",
            source=result.language,
        )
    return result
