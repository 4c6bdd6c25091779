"""Warnings about a translation a reader should not trust as it is.

Two checks, shared by ``polyglot-news translate`` and the comparison pipeline (which adds them
to each version's :attr:`Translation.warnings <polyglot_news.records.Translation.warnings>`, so
every report shows them):

- glossary names lost in translation: terms whose status is ``"failed"`` (the glossary could
  neither hold nor repair them), each canonical name once;
- degenerate output, the usual failure of a weak or mismatched neural model (Koehn & Knowles,
  "Six Challenges for Neural Machine Translation", 2017: hallucinated and repeated output):
  different source sentences translated to the identical sentence, or a translated sentence
  repeating a run of words the source does not repeat.
"""

from __future__ import annotations

import re
from collections import defaultdict

from polyglot_news.records import Translation

MIN_WORDS = 4  # shorter outputs ("He said.") legitimately come from different sources
MIN_REPEATS = 3  # a run of words said three times in a row, when the source does not
_WORD = re.compile(r"\w+", re.UNICODE)


def lost_terms(translation: Translation) -> list[str]:
    """Canonical names of the glossary terms lost in ``translation``, each once, in order."""
    return list(dict.fromkeys(t.canonical for t in translation.terms if t.status == "failed"))


def lost_terms_warning(translation: Translation) -> str | None:
    """``"2 glossary terms lost in translation: Kursk, IAEA"``, or ``None`` when none was."""
    lost = lost_terms(translation)
    if not lost:
        return None
    count = f"{len(lost)} glossary term{'s' if len(lost) > 1 else ''}"
    return f"{count} lost in translation: {', '.join(lost)}"


def degenerate_warning(translation: Translation) -> str | None:
    """A line saying how many sentences came out degenerate, or ``None``.

    Counts the largest group of different source sentences (by text) translated to one
    identical output of at least :data:`MIN_WORDS` words, and, separately, the output sentences
    repeating a run of words :data:`MIN_REPEATS` times in a row that their source does not.
    A text in its own language (a one-step route) is never degenerate.
    """
    if len(translation.route) < 2 or not translation.sentences:
        return None
    pairs = [(src.strip(), dst.strip()) for src, dst in translation.sentences if dst.strip()]
    total = len(pairs)
    sources: dict[str, set[str]] = defaultdict(set)
    for src, dst in pairs:
        if len(_words(dst)) >= MIN_WORDS:
            sources[" ".join(_words(dst))].add(" ".join(_words(src)))
    same = max((len(s) for s in sources.values()), default=0)
    looping = sum(_repeats(dst) and not _repeats(src) for src, dst in pairs)
    parts = []
    if same >= 2:
        parts.append(f"{same} of {total} sentences translate to the same text")
    if looping:
        parts.append(f"{looping} of {total} sentences repeat themselves")
    if not parts:
        return None
    return f"translation unreliable: {'; '.join(parts)}; check the model"


def translation_warnings(translation: Translation) -> tuple[str, ...]:
    """The warnings of both checks for ``translation`` (empty when it looks sound)."""
    found = (lost_terms_warning(translation), degenerate_warning(translation))
    return tuple(w for w in found if w)


def with_checks(translation: Translation) -> tuple[str, ...]:
    """``translation.warnings`` followed by :func:`translation_warnings`, each line once."""
    return tuple(dict.fromkeys((*translation.warnings, *translation_warnings(translation))))


def _words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def _repeats(text: str) -> bool:
    """Whether a run of 1-4 words occurs :data:`MIN_REPEATS` times in a row in ``text``."""
    words = _words(text)
    for size in range(1, 5):
        span = size * MIN_REPEATS
        for start in range(len(words) - span + 1):
            run = words[start : start + size]
            if all(
                words[start + k * size : start + (k + 1) * size] == run
                for k in range(1, MIN_REPEATS)
            ):
                return True
    return False
