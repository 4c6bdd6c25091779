"""The translation engine: segment once, protect names, deduplicate, cache, batch, pivot.

For a set of versions going to one target language, :class:`TranslationEngine` splits every
text into paragraphs and sentences once (:mod:`polyglot_news.segment`, the segmentation the
comparison uses too), protects glossary terms
in each sentence, then works hop by hop along each version's route (``ru -> en``, or
``ko -> en -> ru`` through the pivot when there is no direct model): the sentences of ALL
versions that share a language pair are deduplicated, looked up in the
:class:`~polyglot_news.translate.cache.TranslationCache`, and only the misses go to the
:class:`~polyglot_news.translate.base.Translator` in as few ``translate_batch`` calls as
possible. Glossary terms are restored and checked after each hop, and the paragraphs are put
back together. Versions whose pair has no model fail alone, with the command that fixes it.
A mixed-language version (given with its Detection) is split into runs of paragraphs in one
language, each routed from its own language (:mod:`~polyglot_news.translate.routing`).

The engine decides what to translate; the sending (edge tokens, cache, batches, held links,
progress, backend errors) is :class:`~polyglot_news.translate.batches.SentenceBatcher`, and the
route of each language pair is :func:`~polyglot_news.translate.routing.pivot_route`.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from polyglot_news.errors import PolyglotNewsError
from polyglot_news.records import Detection, TermOutcome, Translation
from polyglot_news.segment import split_paragraph_sentences
from polyglot_news.translate.base import Translator, notice
from polyglot_news.translate.batches import Progress, SentenceBatcher
from polyglot_news.translate.cache import TranslationCache
from polyglot_news.translate.quality import with_checks
from polyglot_news.translate.routing import language_runs, merge_runs, pivot_route
from polyglot_news.translate.spans import find_spans, mask, unmask

__all__ = ["TranslationEngine"]

_NO_SPACE_LANGUAGES = ("zh", "ja", "th", "lo", "km", "my")


@dataclass
class _Track:
    """One rendering of an item's sentences as they move along the route."""

    texts: list[str]
    glossary: bool
    terms: list[TermOutcome] = field(default_factory=list)
    pending: list[Any] = field(default_factory=list)  # Protected records of the current hop


@dataclass
class _Item:
    """One version being translated (mutable working state of one translate_many call)."""

    text: str
    source: str
    paragraphs: list[list[str]]
    separators: list[str]
    route: tuple[str, ...] = ()
    tracks: list[_Track] = field(default_factory=list)
    packages: list[str] = field(default_factory=list)
    error: PolyglotNewsError | None = None
    hop: int = 0  # index into route of the language the tracks are in now

    def pair(self, hop: int) -> tuple[str, str]:
        return (self.route[hop], self.route[hop + 1])

    @property
    def sentences(self) -> list[str]:
        return [s for para in self.paragraphs for s in para]


class TranslationEngine:
    """Translate versions to one target language, sentence by sentence, with a glossary.

    Args:
        translator: the backend; default an :class:`~polyglot_news.translate.argos.ArgosTranslator`
            over the installed packages.
        cache: a :class:`TranslationCache`, a path to one, True for the default location, or
            None for no cache.
        glossary: the glossary whose terms are protected; None to translate without one.
        pivot: the language to go through when a pair has no direct model.
        keep_unprotected: also translate without the glossary, into ``Translation.unprotected``.
        use_glossary: False to ignore ``glossary``.
        protection: how names reach the translator, ``"repair"`` (sentences as written, names
            repaired in the output) or ``"inline"`` (names replaced by their canonical target
            form first); default the translator's ``protection`` attribute, else ``"repair"``
            (measured in docs/benchmarks.md, "Glossary protection through translation").
        protect_links: hold links, e-mail addresses, @handles and #hashtags inside a sentence
            byte-identical (:mod:`~polyglot_news.translate.spans`: translate, repair, else
            translate the text around them piece by piece); False sends them to the model as
            written and keeps what comes back (the baseline of ``benchmarks/link_protection.py``).
            Spans at a sentence's edges are never sent either way.
    """

    def __init__(
        self,
        translator: Translator | None = None,
        *,
        cache: TranslationCache | str | os.PathLike[str] | bool | None = None,
        glossary: Any = None,
        pivot: str | None = "en",
        keep_unprotected: bool = False,
        use_glossary: bool = True,
        protection: str | None = None,
        protect_links: bool = True,
    ) -> None:
        if translator is None:
            from polyglot_news.translate.argos import ArgosTranslator

            translator = ArgosTranslator()
        self.translator = translator
        if cache is True:
            cache = TranslationCache()
        elif cache is False:
            cache = None
        elif cache is not None and not isinstance(cache, TranslationCache):
            cache = TranslationCache(cache)
        self.cache: TranslationCache | None = cache
        self.glossary = glossary if use_glossary else None
        self.pivot = pivot
        self.keep_unprotected = keep_unprotected
        # how names reach the translator (glossary.protect's method): the translator may say
        # (the fake cannot translate names, so it gets them in canonical form), else "repair"
        self.protection = protection or getattr(translator, "protection", "repair")
        self.protect_links = protect_links

    def translate(self, text: str, source: str, target: str) -> Translation:
        """Translate one text; raise the error instead of returning it."""
        result = self.translate_many([(text, source)], target)[0]
        if isinstance(result, PolyglotNewsError):
            raise result
        return result

    def translate_many(
        self,
        items: Sequence[tuple[str, str | Detection]],
        target: str,
        progress: Progress | None = None,
    ) -> list[Translation | PolyglotNewsError]:
        """Translate ``(text, source)`` items to ``target``, one result per item.

        ``source`` is a language code, or the text's :class:`Detection`: a mixed-language
        text is then translated paragraph run by run, each from its own language
        (:mod:`~polyglot_news.translate.routing`). A failed item gives its error in its place;
        the others still translate. ``progress(done, total)`` is called as sentences are
        translated. Each translation's ``warnings`` end with the quality checks'
        (:mod:`~polyglot_news.translate.quality`: glossary names lost, degenerate output,
        fidelity).
        """
        target = target.lower()
        routes: dict[str, tuple[str, ...] | PolyglotNewsError] = {}
        documents = []
        work: list[_Item] = []
        for text, source in items:
            language, runs = language_runs(text, source)
            parts = [self._prepare(text[r.start : r.end], r.language, target, routes) for r in runs]
            documents.append((text, language, runs, parts))
            work.extend(parts)
        todo = [item for item in work if item.error is None and len(item.route) > 1]
        batches = SentenceBatcher(
            self.translator, self.cache, protect_links=self.protect_links, progress=progress
        )
        self._walk_routes(todo, batches)
        results: list[Translation | PolyglotNewsError] = []
        for text, language, runs, parts in documents:
            pieces = [part.error or self._finish(part, target) for part in parts]
            one = len(pieces) == 1
            result = pieces[0] if one else merge_runs(text, language, runs, pieces, target)
            if not isinstance(result, PolyglotNewsError):
                result = _checked(result, self.glossary, notice(self.translator))
            results.append(result)
        return results

    def _walk_routes(self, todo: list[_Item], batches: SentenceBatcher) -> None:
        """Move every item along its route, one hop at a time, one batch per language pair."""
        while True:
            active = [
                item for item in todo if item.error is None and item.hop < len(item.route) - 1
            ]
            if not active:
                break
            # A pair someone reaches only on a later hop waits, so each pair is one batch.
            later = {
                item.pair(hop)
                for item in active
                for hop in range(item.hop + 1, len(item.route) - 1)
            }
            ready = [item for item in active if item.pair(item.hop) not in later]
            self._run_hop(ready or active, batches)

    # -- preparation -----------------------------------------------------------------------

    def _prepare(
        self,
        text: str,
        source: str,
        target: str,
        routes: dict[str, tuple[str, ...] | PolyglotNewsError],
    ) -> _Item:
        # The pipeline's one segmentation: soft line breaks are read as spaces, so a hard-wrapped
        # copy sends the same whole sentences as the unwrapped one; paragraphs come back apart.
        paragraphs = split_paragraph_sentences(text, source)
        separators = ["\n\n"] * max(len(paragraphs) - 1, 0)
        item = _Item(text=text, source=source, paragraphs=paragraphs, separators=separators)
        if source == target:
            item.route = (target,)
            return item
        if source not in routes:
            try:
                routes[source] = pivot_route(self.translator, source, target, self.pivot)
            except PolyglotNewsError as exc:
                routes[source] = exc
        route = routes[source]
        if isinstance(route, PolyglotNewsError):
            item.error = route
            return item
        item.route = route
        sentences = item.sentences
        with_glossary = self.glossary is not None
        item.tracks = [_Track(list(sentences), glossary=with_glossary)]
        if with_glossary and self.keep_unprotected:
            item.tracks.append(_Track(list(sentences), glossary=False))
        return item

    # -- one hop along the routes ------------------------------------------------------------

    def _run_hop(self, items: list[_Item], batches: SentenceBatcher) -> None:
        requests: dict[tuple[str, str], dict[str, None]] = {}
        for item in items:
            pair = item.pair(item.hop)
            wanted = requests.setdefault(pair, {})
            for track in item.tracks:
                wanted.update(dict.fromkeys(self._protect(track, pair)))
        results: dict[tuple[str, str], dict[str, str] | PolyglotNewsError] = {}
        for pair, wanted in requests.items():
            try:
                results[pair] = batches.translate(list(wanted), pair)
            except PolyglotNewsError as exc:
                results[pair] = exc
        for item in items:
            pair = item.pair(item.hop)
            outcome = results[pair]
            if isinstance(outcome, PolyglotNewsError):
                item.error = outcome
                continue
            item.packages.extend(batches.model_ids(pair))
            for track in item.tracks:
                self._restore(track, pair, outcome, last=item.hop + 2 == len(item.route))
            item.hop += 1

    def _protect(self, track: _Track, pair: tuple[str, str]) -> list[str]:
        """The texts to send for ``track`` on this hop (glossary terms protected)."""
        if not track.glossary:
            return track.texts
        protect, _ = _glossary_functions()
        method = self.protection
        pending = []
        for text in track.texts:
            # names inside a link or hashtag are part of it: the glossary does not see them
            masked, hidden = mask(text, self._link_texts(text))
            protected = protect(masked, pair[0], pair[1], self.glossary, method=method)
            if hidden:
                protected = replace(protected, text=unmask(protected.text, hidden), source=text)
            pending.append(protected)
        track.pending = pending
        return [p.text for p in pending]

    def _link_texts(self, text: str) -> list[str]:
        """The links, addresses, handles and hashtags of ``text`` (none when not protected)."""
        return [text[s:e] for s, e in find_spans(text)] if self.protect_links else []

    def _restore(
        self, track: _Track, pair: tuple[str, str], table: dict[str, str], *, last: bool
    ) -> None:
        if not track.glossary:
            track.texts = [table[text] for text in track.texts]
            return
        _, restore = _glossary_functions()
        texts: list[str] = []
        outcomes: list[TermOutcome] = []
        for protected in track.pending:
            masked, hidden = mask(table[protected.text], self._link_texts(protected.text))
            restored, terms = restore(masked, protected, pair[1], self.glossary)
            texts.append(unmask(restored, hidden))
            outcomes.extend(terms)
        track.texts, track.pending = texts, []
        # Terms lost on an early hop never reach the last one, so keep only their failures.
        kept = [t for t in track.terms if t.status == "failed"]
        track.terms = (
            kept + outcomes if last else kept + [o for o in outcomes if o.status == "failed"]
        )

    # -- reassembly -----------------------------------------------------------------------

    def _finish(self, item: _Item, target: str) -> Translation:
        sentences = item.sentences
        if len(item.route) == 1:
            return Translation(
                source_language=item.source,
                target_language=target,
                text=item.text,
                route=item.route,
                sentences=tuple(zip(sentences, sentences, strict=True)),
                backend="identity",
            )
        main = item.tracks[0]
        unprotected = item.tracks[1].texts if len(item.tracks) > 1 else None
        return Translation(
            source_language=item.source,
            target_language=target,
            text=_assemble(item, main.texts, target),
            route=item.route,
            sentences=tuple(zip(sentences, main.texts, strict=True)),
            terms=tuple(main.terms),
            unprotected=None if unprotected is None else _assemble(item, unprotected, target),
            backend=self.translator.name,
            packages=tuple(dict.fromkeys(item.packages)),
        )


def _checked(translation: Translation, glossary: Any, standing: str | None = None) -> Translation:
    """``translation`` with the backend's ``standing`` notice first when it translated
    anything (:func:`~polyglot_news.translate.base.notice`), then its own warnings and the
    quality checks' (:func:`~polyglot_news.translate.quality.with_checks`: names lost,
    degenerate output, fidelity; names checked against ``glossary`` when it can find them: a
    glossary that only protects and restores, as a test's, is used for no check)."""
    finder = glossary if callable(getattr(glossary, "find", None)) else None  # NameFinder
    routes = [translation.route, *(p.route for p in translation.paragraphs)]
    first = (standing,) if standing and any(len(r) > 1 for r in routes) else ()
    return replace(translation, warnings=(*first, *with_checks(translation, finder)))


def _assemble(item: _Item, texts: list[str], target: str) -> str:
    """Put translated sentences back into the item's paragraphs."""
    joiner = "" if target.split("-")[0] in _NO_SPACE_LANGUAGES else " "
    out: list[str] = []
    position = 0
    for index, paragraph in enumerate(item.paragraphs):
        if index:
            out.append(item.separators[index - 1])
        out.append(joiner.join(texts[position : position + len(paragraph)]))
        position += len(paragraph)
    return "".join(out)


def _glossary_functions() -> tuple[Callable[..., Any], Callable[..., Any]]:
    """The glossary's ``protect`` and ``restore`` (imported late: the glossary is optional)."""
    from polyglot_news.glossary import protect, restore

    return protect, restore
