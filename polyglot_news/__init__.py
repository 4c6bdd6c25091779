"""polyglot_news: compare how one news story is told by different outlets in different languages.

Load versions (text in any encoding, HTML, JSON), detect their language, translate them
offline to a pivot language with Argos Translate while a glossary holds names to one canonical
form, align and diff them, and report the result. Names are imported lazily so that
``import polyglot_news`` stays instant and never pulls in ctranslate2, torch or stanza.
"""

from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

# public name -> module that defines it (the list is pinned by tests/test_public_api.py)
_EXPORTS: dict[str, str] = {
    "BatchProgress": "polyglot_news.batch.runner",
    "BatchResult": "polyglot_news.batch.runner",
    "BatchSettings": "polyglot_news.batch.settings",
    "GivenLanguages": "polyglot_news.langid.given",
    "run_batch": "polyglot_news.batch.runner",
    "compare": "polyglot_news.pipeline",
    "compare_versions": "polyglot_news.pipeline",
    "DiffOptions": "polyglot_news.comparison.engine",
    "Comparison": "polyglot_news.comparison.model",
    "VersionResult": "polyglot_news.comparison.model",
    "PairComparison": "polyglot_news.comparison.model",
    "Change": "polyglot_news.comparison.model",
    "Claim": "polyglot_news.comparison.model",
    "ClaimCell": "polyglot_news.comparison.model",
    "UniqueSentence": "polyglot_news.comparison.model",
    "EntityMention": "polyglot_news.comparison.model",
    "Signature": "polyglot_news.comparison.model",
    "Version": "polyglot_news.records",
    "Removal": "polyglot_news.records",
    "InputFailure": "polyglot_news.records",
    "Detection": "polyglot_news.records",
    "ParagraphLanguage": "polyglot_news.records",
    "Translation": "polyglot_news.records",
    "ParagraphRoute": "polyglot_news.records",
    "TermOutcome": "polyglot_news.records",
    "load": "polyglot_news.sources",
    "load_versions": "polyglot_news.sources",
    "DuplicateInputWarning": "polyglot_news.sources",
    "MixedEncodingWarning": "polyglot_news.sources",
    "ReportInputWarning": "polyglot_news.sources",
    "detect": "polyglot_news.langid",
    "LanguageDetector": "polyglot_news.langid",
    "split_paragraphs": "polyglot_news.segment",
    "split_sentences": "polyglot_news.segment",
    "Glossary": "polyglot_news.glossary.model",
    "Entry": "polyglot_news.glossary.model",
    "Form": "polyglot_news.glossary.model",
    "Match": "polyglot_news.glossary.model",
    "default_glossary": "polyglot_news.glossary.formats",
    "load_glossary": "polyglot_news.glossary.formats",
    "GlossaryOverrideWarning": "polyglot_news.glossary.model",
    "Translator": "polyglot_news.translate.base",
    "ArgosTranslator": "polyglot_news.translate.argos",
    "FakeTranslator": "polyglot_news.translate.fake",
    "TranslationEngine": "polyglot_news.translate.engine",
    "TranslationCache": "polyglot_news.translate.cache",
    "CacheRecoveredWarning": "polyglot_news.translate.cache",
    "register_translator": "polyglot_news.translate.registry",
    "create_translator": "polyglot_news.translate.registry",
    "translator_names": "polyglot_news.translate.registry",
    "render_terminal": "polyglot_news.report.terminal",
    "render_html": "polyglot_news.report.html",
    "render_markdown": "polyglot_news.report.markdown",
    "render_json": "polyglot_news.report.json",
    "comparison_to_dict": "polyglot_news.report.json",
    "write_report": "polyglot_news.report",
    "BinarySourceError": "polyglot_news.errors",
    "CacheError": "polyglot_news.errors",
    "ClusterError": "polyglot_news.errors",
    "DecodingError": "polyglot_news.errors",
    "DetectionError": "polyglot_news.errors",
    "EmptySourceError": "polyglot_news.errors",
    "GlossaryConflictError": "polyglot_news.errors",
    "GlossaryError": "polyglot_news.errors",
    "GlossaryFormatError": "polyglot_news.errors",
    "InputError": "polyglot_news.errors",
    "InvalidPackageError": "polyglot_news.errors",
    "MissingModelError": "polyglot_news.errors",
    "ModelLoadError": "polyglot_news.errors",
    "OutputError": "polyglot_news.errors",
    "PackageError": "polyglot_news.errors",
    "PackageIndexError": "polyglot_news.errors",
    "PolyglotNewsError": "polyglot_news.errors",
    "PolyglotNewsWarning": "polyglot_news.errors",
    "RecordError": "polyglot_news.errors",
    "SourceNotFoundError": "polyglot_news.errors",
    "SourceTooLargeError": "polyglot_news.errors",
    "SourceUnreadableError": "polyglot_news.errors",
    "TextTooShortError": "polyglot_news.errors",
    "TranslationError": "polyglot_news.errors",
    "UnsupportedFormatError": "polyglot_news.errors",
    "UnsupportedLanguageError": "polyglot_news.errors",
}

__all__ = sorted([*_EXPORTS, "__version__"])


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'polyglot_news' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
