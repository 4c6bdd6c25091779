"""The settings of a batch run, the signature they give, and the tools a worker builds from them.

:class:`BatchSettings` is what the client sends to every worker, once: plain values plus the
optional translator and glossary objects, all of which pickle (a translator drops its loaded
models when pickled, the shipped glossary pickles by reference). A worker turns it into a
detector, a glossary and a translation engine once per process (:func:`worker_tools`), so
models are loaded once per worker, not once per story.

:func:`settings_signature` lists everything that can change a story's report (after
sacrebleu's signatures): the package version, pivot, base, languages (and those given for
versions), detector and seed, translator, its settings and every model package it may use,
glossary digest, segmenter, diff settings and the output formats. Together with a story's
content hash it keys the resume.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from polyglot_news.langid.given import GivenLanguages

if TYPE_CHECKING:
    from polyglot_news.comparison.engine import DiffOptions
    from polyglot_news.glossary import Glossary
    from polyglot_news.translate.cache import TranslationCache
    from polyglot_news.translate.engine import TranslationEngine

__all__ = ["BatchSettings", "WorkerTools", "settings_signature", "worker_tools"]


@dataclass(frozen=True)
class BatchSettings:
    """How every story of a batch is compared (the options of ``compare``).

    Args:
        pivot: the language every version is translated to.
        base: id or path of the version the others are compared with (default: the first).
        languages: restrict language detection to these codes.
        encoding: decode every input with this codec instead of detecting it.
        source_languages: languages given for versions (``--from [NAME=]CODE``), used instead
            of detecting them: a bare CODE for every version, a NAME for the versions of any
            story it names (:class:`~polyglot_news.langid.given.GivenLanguages`).
        models: Argos packages (``.argosmodel`` files or folders) used without installing.
        packages_dir: where Argos packages are installed (default: Argos' own folder).
        translator: a :class:`~polyglot_news.translate.base.Translator` to use instead of
            Argos; it must pickle.
        glossary: the glossary of names (default: the shipped one).
        diff_options: alignment and diff settings (default: ``DiffOptions()``).
        cache: path of the SQLite translation cache shared by local workers; None for no
            cache. :meth:`resolved` turns the default marker ``"default"`` into the path.
        html: also write each story's HTML report.
    """

    pivot: str = "en"
    base: str | None = None
    languages: tuple[str, ...] | None = None
    encoding: str | None = None
    source_languages: GivenLanguages = GivenLanguages()
    models: tuple[str, ...] = ()
    packages_dir: str | None = None
    translator: Any = None
    glossary: Any = None
    diff_options: Any = None
    cache: str | None = "default"
    html: bool = False
    # Set by the runner: workers of a remote cluster use their own machine's cache and send
    # the translations they make back to the client.
    worker_cache: str = "shared"  # "shared": the file at `cache`; "local": the worker's own
    key: str = field(default="", compare=False)

    def resolved(self) -> BatchSettings:
        """These settings with the cache path and glossary made explicit, and a key set."""
        from polyglot_news.translate.cache import default_cache_path

        cache = str(default_cache_path()) if self.cache == "default" else self.cache
        glossary = self.glossary if self.glossary is not None else _default_glossary()
        settings = replace(self, cache=cache, glossary=glossary, key="")
        return replace(settings, key=_digest(settings_signature(settings)))

    def make_translator(self) -> Any:
        """The translator object (Argos over ``packages_dir`` and ``models`` by default)."""
        if self.translator is not None:
            return self.translator
        from polyglot_news.translate.argos import ArgosTranslator

        # One CTranslate2 thread per worker: the workers are the parallelism.
        return ArgosTranslator(
            self.packages_dir, extra_packages=self.models, inter_threads=1, intra_threads=1
        )

    def make_diff_options(self) -> DiffOptions:
        """The diff options, defaults filled in."""
        from polyglot_news.comparison.engine import DiffOptions

        return self.diff_options if self.diff_options is not None else DiffOptions()


@dataclass
class WorkerTools:
    """What one worker process holds for the whole run: built once, used for every story."""

    detector: Any
    glossary: Glossary
    engine: TranslationEngine
    diff_options: DiffOptions
    cache: TranslationCache | None


def worker_tools(settings: BatchSettings) -> WorkerTools:
    """Build the detector, glossary, translation engine and cache that ``settings`` name."""
    from polyglot_news.langid import LanguageDetector
    from polyglot_news.translate.cache import TranslationCache
    from polyglot_news.translate.engine import TranslationEngine

    glossary = settings.glossary if settings.glossary is not None else _default_glossary()
    cache: TranslationCache | None = None
    if settings.cache is not None:
        if settings.worker_cache == "local":
            from polyglot_news.batch.recording import RecordingCache

            cache = RecordingCache()  # this machine's default cache, recording what it adds
        else:
            cache = TranslationCache(os.path.abspath(settings.cache))
    engine = TranslationEngine(settings.make_translator(), cache=cache, glossary=glossary)
    return WorkerTools(
        detector=LanguageDetector(languages=settings.languages),
        glossary=glossary,
        engine=engine,
        diff_options=settings.make_diff_options(),
        cache=cache,
    )


def settings_signature(settings: BatchSettings) -> dict[str, Any]:
    """Everything in ``settings`` that can change a report, as a JSON-ready dict.

    The fields of a report's :class:`~polyglot_news.comparison.model.Signature` that are known
    before any story runs (:mod:`polyglot_news.provenance`), plus the run's own options and
    every model package the translator may use.
    """
    from polyglot_news import __version__
    from polyglot_news.langid import LanguageDetector
    from polyglot_news.provenance import detector_name, library_versions, translator_settings
    from polyglot_news.segment import segmenter_id
    from polyglot_news.translate.base import settings_key

    translator = settings.make_translator()
    glossary = settings.glossary if settings.glossary is not None else _default_glossary()
    signature = {
        "polyglot_news": __version__,
        "pivot": settings.pivot,
        "base": settings.base,
        "languages": sorted(settings.languages) if settings.languages else None,
        "encoding": settings.encoding,
        "detector": detector_name(LanguageDetector(languages=settings.languages)),
        "translator": str(getattr(translator, "name", type(translator).__name__)),
        "translator_settings": translator_settings(translator),
        "translator_key": settings_key(translator),
        "packages": _package_identities(translator),
        "glossary": glossary.digest,
        "segmenter": segmenter_id(),
        "diff": settings.make_diff_options().describe(),
        "libraries": library_versions(),
        "formats": ["json", "html"] if settings.html else ["json"],
    }
    if settings.source_languages:  # only when given: the keys of earlier runs stay valid
        signature["source_languages"] = settings.source_languages.describe()
    return signature


def _package_identities(translator: Any) -> list[str]:
    """Identities of every model the translator may use (Argos: each package's name@version)."""
    packages = getattr(translator, "packages", None)
    if not callable(packages):
        return []
    return sorted(str(getattr(p, "identity", p)) for p in packages().values())


def _default_glossary() -> Glossary:
    from polyglot_news.glossary import default_glossary

    return default_glossary()


def _digest(data: Any) -> str:
    text = json.dumps(data, sort_keys=True, ensure_ascii=False)
    return "sha256:" + hashlib.sha256(text.encode()).hexdigest()
