"""Warnings about a translation a reader should not trust as it is.

The checks, run in one place: :meth:`TranslationEngine.translate_many
<polyglot_news.translate.engine.TranslationEngine.translate_many>` adds their lines to each
:attr:`Translation.warnings <polyglot_news.records.Translation.warnings>` it returns (names
checked against the engine's glossary), so ``polyglot-news translate`` prints them and every
comparison report shows them:

- glossary names lost in translation: terms whose status is ``"failed"`` (the glossary could
  neither hold nor repair them), each canonical name once;
- degenerate output, the usual failure of a weak or mismatched neural model (Koehn & Knowles,
  "Six Challenges for Neural Machine Translation", 2017: hallucinated and repeated output):
  different source sentences translated to the identical sentence, or a translated sentence
  repeating a run of words the source does not repeat;
- fidelity (:mod:`.fidelity`), sentence by sentence, one line per kind for the version: sentences
  that share no number or name with their source (a mismatched model's made-up output, Guerreiro
  et al. 2023), numbers of the source missing from the translation, numbers in digits and
  glossary names in the translation that the source lacks.

Each line says how many sentences, gives one as an example and says what to do; the report
names the version beside it. Lines starting with :data:`UNRELIABLE` (made-up or degenerate
output) mark a translation whose version is never the default base of a comparison while an
unflagged one exists (:func:`is_unreliable`). Figures: ``benchmarks/translation_fidelity.py``.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from polyglot_news.records import Translation
from polyglot_news.translate.fidelity import NameFinder, SentenceCheck, check

MIN_WORDS = 4  # shorter outputs ("He said.") legitimately come from different sources
MIN_REPEATS = 3  # a run of words said three times in a row, when the source does not
_WORD = re.compile(r"\w+", re.UNICODE)
UNRELIABLE = "translation unreliable"
"""The start of every warning that marks a translation as made up or degenerate."""
EXAMPLE_CHARS = 70  # each side of an example pair is cut to this many characters


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
    return f"{UNRELIABLE}: {'; '.join(parts)}; check the model"


def fidelity_warnings(
    translation: Translation, glossary: NameFinder | None = None
) -> tuple[str, ...]:
    """One line per kind of fidelity problem found in ``translation``'s sentences (see
    :mod:`.fidelity`), or ``()``; names are checked only with a ``glossary``. A text in its own
    language (a one-step route) is not checked."""
    if len(translation.route) < 2 or not translation.sentences:
        return ()
    languages = [p.language for p in translation.paragraphs]
    checks = check(
        translation.sentences, translation.source_language, translation.target_language,
        glossary, languages,
    )  # fmt: skip
    total = len(checks)
    fix = f"check the model package for {'->'.join(translation.route)}"
    lines = []
    made_up = "no number or name with {} source, as made-up output does"
    kinds: Sequence[tuple[str, str, tuple[str, str]]] = (
        ("detached", UNRELIABLE, ("shares " + made_up.format("its"),
                                  "share " + made_up.format("their"))),
        ("lost", "numbers lost in translation", ("misses a number of its source",
                                                 "miss a number of their source")),
        ("added", "numbers not in the source", ("has a number its source does not",
                                                "have a number the source does not")),
        ("names", "names not in the source", ("names someone or somewhere its source does not",
                                              "name someone or somewhere the source does not")),
    )  # fmt: skip
    for kind, head, (one, many) in kinds:
        hits = [c for c in checks if getattr(c, kind)]
        if hits:  # "1 of 3 sentences shares", "2 of 3 sentences share"
            verb = one if len(hits) == 1 else many
            lines.append(
                f"{head}: {len(hits)} of {total} sentence{'s' if total > 1 else ''} {verb} "
                f"({_example(hits[0], kind)}); {fix}"
            )
    return tuple(lines)


def _example(found: SentenceCheck, kind: str) -> str:
    """``9,5 in "Инфляция…" -> "Earlier…"``: what was found, in one sentence pair."""
    what = {"lost": found.lost, "added": found.added, "names": found.names}.get(kind, ())
    pair = f'"{_cut(found.source)}" -> "{_cut(found.translated)}"'
    return f"{', '.join(what)} in {pair}" if what else f"e.g. {pair}"


def _cut(text: str) -> str:
    return text if len(text) <= EXAMPLE_CHARS else text[: EXAMPLE_CHARS - 1].rstrip() + "…"


def translation_warnings(
    translation: Translation, glossary: NameFinder | None = None
) -> tuple[str, ...]:
    """The warnings of every check for ``translation`` (empty when it looks sound)."""
    found = (
        lost_terms_warning(translation),
        degenerate_warning(translation),
        *fidelity_warnings(translation, glossary),
    )
    return tuple(w for w in found if w)


def with_checks(translation: Translation, glossary: NameFinder | None = None) -> tuple[str, ...]:
    """``translation.warnings`` followed by :func:`translation_warnings`, each line once."""
    checked = translation_warnings(translation, glossary)
    return tuple(dict.fromkeys((*translation.warnings, *checked)))


def sentence_flags(
    translation: Translation, glossary: NameFinder | None = None
) -> tuple[tuple[str, ...], ...]:
    """Why each translated segment is not to be trusted, one tuple per pair of
    ``translation.sentences`` (in order; ``()`` for a sound one): the evidence the checks above
    have sentence by sentence, each reason a short phrase a report shows beside the sentence:

    - ``made up``: it shares no number or name with its source (:mod:`.fidelity`, detached);
    - ``same translation as another sentence`` / ``repeats itself`` (degenerate output);
    - ``copies its source``: the output is its source (of :data:`MIN_WORDS` words or more)
      left as written;
    - ``implausible text``: it reads as no text people write in the target language
      (:func:`polyglot_news.langid.plausibility.plausibility` below ``PLAUSIBLE``);
    - ``name lost: Kursk``: a glossary name of its source the glossary could neither hold nor
      repair (a failed term whose surface its source holds);
    - ``number lost: 9,5``, ``number not in the source: 12,000``, ``name not in the source:
      Moscow`` (:mod:`.fidelity`; names only with a ``glossary``).

    A text in its own language (a one-step route) has no flags.
    """
    from polyglot_news.langid.plausibility import PLAUSIBLE, plausibility

    pairs = [(src.strip(), dst.strip()) for src, dst in translation.sentences]
    if len(translation.route) < 2:
        return tuple(() for _ in pairs)
    languages = [p.language for p in translation.paragraphs]
    checks = {
        (c.source, c.translated): c
        for c in check(pairs, translation.source_language, translation.target_language,
                       glossary, languages)
    }  # fmt: skip
    sources: dict[str, set[str]] = defaultdict(set)
    for src, dst in pairs:
        if len(_words(dst)) >= MIN_WORDS:
            sources[" ".join(_words(dst))].add(" ".join(_words(src)))
    failed = [t for t in translation.terms if t.status == "failed" and t.surface]
    out = []
    for src, dst in pairs:
        found = checks.get((src, dst))
        flags = ["made up"] if found is not None and found.detached else []
        if len(sources.get(" ".join(_words(dst)), ())) >= 2:
            flags.append("same translation as another sentence")
        if dst and _repeats(dst) and not _repeats(src):
            flags.append("repeats itself")
        if len(_words(src)) >= MIN_WORDS and _words(src) == _words(dst):
            flags.append("copies its source")
        elif dst and plausibility(dst, translation.target_language) < PLAUSIBLE:
            flags.append("implausible text")
        lost = dict.fromkeys(t.canonical for t in failed if t.surface in src)
        flags += [f"name lost: {name}" for name in lost]
        if found is not None:
            flags += [f"number lost: {n}" for n in found.lost]
            flags += [f"number not in the source: {n}" for n in found.added]
            flags += [f"name not in the source: {n}" for n in found.names]
        out.append(tuple(flags) if dst else ())
    return tuple(out)


def is_unreliable(translation: Translation | None) -> bool:
    """Whether ``translation`` carries a warning that it is made up or degenerate."""
    return translation is not None and any(w.startswith(UNRELIABLE) for w in translation.warnings)


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
