"""Per-paragraph routing: a mixed-language text is translated run by run from each run's language.

Outlets quote each other verbatim (a Ukrainian article quoting a Russian Telegram post), so one
text may hold paragraphs in several languages. Given the text's
:class:`~polyglot_news.records.Detection`, :func:`language_runs` gives every paragraph (as
:func:`polyglot_news.segment.paragraph_spans` cuts them) the language detected for it when that
detection is reliable (confidence >= :data:`RELIABLE`), else the document's language, and
merges neighbours in one language into runs. The engine translates each run along its own
route; :func:`merge_runs` puts the runs back together into one
:class:`~polyglot_news.records.Translation` recording each run's route and packages. A run
whose pair has no model is left as written, with a warning naming it; a failure of the
document's own language fails the whole text, as before.

Each run's route comes from :func:`pivot_route`: the direct pair when the backend has a model
for it, else through the pivot language (``ko -> en -> ru``), else a
:class:`~polyglot_news.errors.MissingModelError` naming the package to install.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from polyglot_news.errors import MissingModelError, PolyglotNewsError
from polyglot_news.records import OWN_LANGUAGE, Detection, ParagraphRoute, Translation
from polyglot_news.segment import paragraph_spans
from polyglot_news.translate.base import Translator, model_ids
from polyglot_news.translate.languages import argos_code
from polyglot_news.translate.spans import TOKEN

__all__ = ["RELIABLE", "Run", "language_runs", "merge_runs", "pivot_route", "token_edges"]

RELIABLE = OWN_LANGUAGE  # a paragraph's own language routes it only from this confidence up
# Words that are not language: links, e-mail addresses, @handles, #hashtags. Models were not
# trained on them and answer a line of hashtags with an invented sentence.
_TOKEN = TOKEN
_HEAD = re.compile(rf"^(?:\s*{_TOKEN}(?=\s|$))+\s*")
_TAIL = re.compile(rf"(?:(?<!\S){_TOKEN}\s*)+$")


def token_edges(sentence: str) -> tuple[str, str, str]:
    """``(head, core, tail)``: the links, handles and hashtags that open and close ``sentence``
    (kept as written, whitespace included) and the text between them, which is translated.

    A sentence made only of such words has an empty core and is not translated at all.
    """
    head = _HEAD.match(sentence)
    start = head.end() if head else 0
    tail = _TAIL.search(sentence, start)
    end = tail.start() if tail else len(sentence)
    while start < end and sentence[start].isspace():
        start += 1
    while end > start and sentence[end - 1].isspace():
        end -= 1  # the space before a tail belongs to the tail: models drop trailing spaces
    return sentence[:start], sentence[start:end], sentence[end:]


@dataclass(frozen=True)
class Run:
    """Consecutive paragraphs in one language: ``text[start:end]``."""

    start: int
    end: int
    language: str


def language_runs(text: str, source: str | Detection) -> tuple[str, list[Run]]:
    """``(document language, runs)`` covering ``text``; one run unless ``source`` is mixed."""
    if isinstance(source, str):
        return source.lower(), [Run(0, len(text), source.lower())]
    document = source.language.lower()
    spans = paragraph_spans(text)
    if not source.mixed or not spans:
        return document, [Run(0, len(text), document)]
    runs: list[Run] = []
    for start, end in spans:
        language = _paragraph_language(source, start, end, document)
        if runs and runs[-1].language == language:
            runs[-1] = replace(runs[-1], end=end)
        else:
            runs.append(Run(start, end, language))
    runs[0] = replace(runs[0], start=0)
    runs[-1] = replace(runs[-1], end=len(text))
    return document, runs


def _paragraph_language(detection: Detection, start: int, end: int, document: str) -> str:
    """The reliable detected language overlapping ``[start, end)`` most, else ``document``."""
    best, overlap = document, 0
    for para in detection.paragraphs:
        shared = min(end, para.end) - max(start, para.start)
        if shared > overlap and para.confidence >= RELIABLE:
            best, overlap = para.language.lower(), shared
    return best


def separator(text: str, left: Run, right: Run) -> str:
    """What joins two runs' translations: a blank line, or a line break, as in the source."""
    between = text[left.end : right.start]
    return "\n\n" if between.count("\n") > 1 else "\n" if "\n" in between else " "


def merge_runs(
    text: str,
    document: str,
    runs: Sequence[Run],
    results: Sequence[Translation | PolyglotNewsError],
    target: str,
) -> Translation | PolyglotNewsError:
    """One Translation of ``text`` from the translations of its runs, in order.

    A failed run in the document's language fails the text; a failed run in another language
    is kept as written (``translated=False``) and named in ``warnings``.
    """
    pieces: list[Translation] = []
    warnings: list[str] = []
    for index, (run, result) in enumerate(zip(runs, results, strict=True)):
        chunk = text[run.start : run.end]
        if isinstance(result, PolyglotNewsError):
            if run.language == document:
                return result
            warnings.append(_warning(text, run, index, document, result))
            result = Translation(run.language, target, chunk, (run.language,), backend="none")
        pieces.append(result)
    return _joined(text, document, runs, pieces, target, warnings)


def _warning(text: str, run: Run, index: int, document: str, error: PolyglotNewsError) -> str:
    first = text[run.start : run.end].strip().split("\n", 1)[0]
    quote = first if len(first) <= 60 else first[:59] + "…"
    return (
        f"paragraph run {index + 1} ({quote!r}) is in {run.language}, not {document}, and "
        f"was left untranslated: {error.message}"
    )


def _joined(
    text: str,
    document: str,
    runs: Sequence[Run],
    pieces: Sequence[Translation],
    target: str,
    warnings: list[str],
) -> Translation:
    out: list[str] = []
    unprotected: list[str] = []
    for index, (run, piece) in enumerate(zip(runs, pieces, strict=True)):
        if index:
            out.append(separator(text, runs[index - 1], run))
            unprotected.append(out[-1])
        out.append(piece.text)
        unprotected.append(piece.unprotected if piece.unprotected is not None else piece.text)
    main = next((p for r, p in zip(runs, pieces, strict=True) if r.language == document), None)
    main = main or pieces[0]
    translated = [p for p in pieces if len(p.route) > 1]
    return Translation(
        source_language=document,
        target_language=target,
        text="".join(out),
        route=main.route,
        sentences=tuple(pair for p in pieces for pair in p.sentences),
        terms=tuple(term for p in pieces for term in p.terms),
        unprotected="".join(unprotected) if any(p.unprotected for p in pieces) else None,
        backend=translated[0].backend if translated else main.backend,
        packages=tuple(dict.fromkeys(pkg for p in pieces for pkg in p.packages)),
        paragraphs=tuple(
            ParagraphRoute(r.start, r.end, r.language, p.route, p.packages, p.backend != "none")
            for r, p in zip(runs, pieces, strict=True)
        ),
        warnings=tuple(warnings),
    )


def pivot_route(
    translator: Translator, source: str, target: str, pivot: str | None
) -> tuple[str, ...]:
    """The languages a text goes through from ``source`` to ``target`` with ``translator``.

    ``(source, target)`` when the backend has that pair, else ``(source, pivot, target)`` when
    it has both halves. Raises :class:`~polyglot_news.errors.MissingModelError` naming the
    ``polyglot-news models install`` command for the pair that is missing.
    """
    if _has_direct(translator, source, target):
        return (source, target)
    if pivot and pivot not in (source, target):
        first = _has_direct(translator, source, pivot)
        second = _has_direct(translator, pivot, target)
        if first and second:
            return (source, pivot, target)
        missing = (pivot, target) if first else (source, pivot)
        via = f" (directly or via {pivot})"
    else:
        # one end is the pivot (or none is set): there is no other route to name
        missing = (source, target)
        via = ""
    raise MissingModelError(
        f"no translation model for {source}->{target}{via}; install one with "
        f"`polyglot-news models install {argos_code(missing[0])} {argos_code(missing[1])}`"
        " or, offline, point `--models DIR` at a folder of .argosmodel files",
        source=f"{source}->{target}",
    )


def _has_direct(translator: Translator, source: str, target: str) -> bool:
    try:
        if model_ids(translator, source, target) is None:
            # A backend that cannot say: an empty batch tells without translating anything.
            translator.translate_batch([], source, target)
    except MissingModelError:
        return False
    return True
