"""Distinct sentences of one language pair to the backend: cached, batched, links held, counted.

The :class:`~polyglot_news.translate.engine.TranslationEngine` decides *what* to translate
(each version's route, its glossary-protected sentences, hop by hop); a :class:`SentenceBatcher`
does the sending, for one ``translate_many`` call. Given the distinct sentences of one pair it
keeps links and hashtags at their edges out of the model
(:func:`~polyglot_news.translate.routing.token_edges`), looks the rest up in the
:class:`~polyglot_news.translate.cache.TranslationCache` under the pair's model identity and
settings, sends only the misses to :meth:`Translator.translate_batch` (one call, or chunks of
:data:`PROGRESS_CHUNK` when progress is reported), holds links inside sentences byte-identical
(:func:`~polyglot_news.translate.spans.hold_links`), and maps a backend's own exceptions to
:class:`~polyglot_news.errors.TranslationError`.
"""

from __future__ import annotations

from collections.abc import Callable

from polyglot_news.errors import PolyglotNewsError, TranslationError
from polyglot_news.translate.base import Translator, model_ids, settings_key
from polyglot_news.translate.cache import TranslationCache
from polyglot_news.translate.routing import token_edges
from polyglot_news.translate.spans import hold_links

__all__ = ["PROGRESS_CHUNK", "Progress", "SentenceBatcher"]

Progress = Callable[[int, int], None]
PROGRESS_CHUNK = 64  # sentences per translate_batch call when a progress bar is shown


class SentenceBatcher:
    """Translate distinct sentences per language pair through ``translator`` and ``cache``.

    ``progress(done, total)`` is called as sentences go to the backend (cache hits are not
    counted); ``protect_links`` holds links inside a sentence as written
    (:mod:`~polyglot_news.translate.spans`).
    """

    def __init__(
        self,
        translator: Translator,
        cache: TranslationCache | None,
        *,
        protect_links: bool = True,
        progress: Progress | None = None,
    ) -> None:
        self.translator = translator
        self.cache = cache
        self.protect_links = protect_links
        self.progress = progress
        self.done = 0
        self.total = 0

    def translate(self, sentences: list[str], pair: tuple[str, str]) -> dict[str, str]:
        """``{sentence: translation}`` for distinct ``sentences`` of ``pair`` (source, target).

        Raises :class:`~polyglot_news.errors.PolyglotNewsError` when the backend fails.
        """
        edges = {sentence: token_edges(sentence) for sentence in sentences}
        cores = list(dict.fromkeys(core for _, core, _ in edges.values() if core.strip()))
        table = self._through_cache(cores, pair)
        if self.protect_links:
            table = hold_links(cores, table, lambda texts: self._through_cache(texts, pair))
        return {
            sentence: head + table[core] + tail if core.strip() else sentence
            for sentence, (head, core, tail) in edges.items()
        }

    def model_ids(self, pair: tuple[str, str]) -> tuple[str, ...]:
        """The model packages the backend uses for ``pair`` (empty when it cannot say)."""
        return model_ids(self.translator, *pair) or ()

    def _through_cache(self, sentences: list[str], pair: tuple[str, str]) -> dict[str, str]:
        """Translate distinct sentences for one pair, through the cache."""
        namespace = self._namespace(pair)
        found = self.cache.get_many(namespace, sentences) if self.cache is not None else {}
        misses = [s for s in sentences if s not in found]
        self._count(total=len(misses))
        step = PROGRESS_CHUNK if self.progress is not None else max(len(misses), 1)
        for i in range(0, len(misses), step):
            chunk = misses[i : i + step]
            translated = self._call(chunk, pair)
            fresh = dict(zip(chunk, translated, strict=True))
            if self.cache is not None:
                self.cache.put_many(namespace, fresh)
            found.update(fresh)
            self._count(done=len(chunk))
        return found

    def _call(self, texts: list[str], pair: tuple[str, str]) -> list[str]:
        try:
            out = self.translator.translate_batch(texts, pair[0], pair[1])
        except PolyglotNewsError:
            raise
        except Exception as exc:  # a third-party backend's own error, mapped at the boundary
            raise TranslationError(
                f"{self.translator.name} failed to translate {pair[0]}->{pair[1]}: {exc}; "
                "check the installed model",
                source=f"{pair[0]}->{pair[1]}",
            ) from exc
        if len(out) != len(texts):
            raise TranslationError(
                f"{self.translator.name} returned {len(out)} translations for {len(texts)} "
                f"{pair[0]}->{pair[1]} sentences; the backend is broken",
                source=f"{pair[0]}->{pair[1]}",
            )
        return list(out)

    def _namespace(self, pair: tuple[str, str]) -> tuple[str, str, str, str]:
        ids = self.model_ids(pair)
        identity = "+".join(ids) if ids else self.translator.name
        return (identity, settings_key(self.translator), pair[0], pair[1])

    def _count(self, *, done: int = 0, total: int = 0) -> None:
        """Report progress: ``total`` more sentences to send, ``done`` more sent."""
        self.total += total
        self.done += done
        if self.progress is not None and (done or total):
            self.progress(self.done, self.total)
