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

# public name -> module that defines it
_EXPORTS: dict[str, str] = {
    "ArgosTranslator": "polyglot_news.translate.argos",
    "Change": "polyglot_news.comparison.model",
    "Comparison": "polyglot_news.comparison.model",
    "Detection": "polyglot_news.records",
    "FakeTranslator": "polyglot_news.translate.fake",
    "Glossary": "polyglot_news.glossary.model",
    "InputFailure": "polyglot_news.records",
    "LanguageDetector": "polyglot_news.langid",
    "PairComparison": "polyglot_news.comparison.model",
    "PolyglotNewsError": "polyglot_news.errors",
    "Signature": "polyglot_news.comparison.model",
    "TranslationEngine": "polyglot_news.translate.engine",
    "Translation": "polyglot_news.records",
    "Translator": "polyglot_news.translate.base",
    "Version": "polyglot_news.records",
    "compare": "polyglot_news.pipeline",
    "create_translator": "polyglot_news.translate.registry",
    "register_translator": "polyglot_news.translate.registry",
    "translator_names": "polyglot_news.translate.registry",
    "compare_versions": "polyglot_news.pipeline",
    "detect": "polyglot_news.langid",
    "load": "polyglot_news.sources",
    "load_glossary": "polyglot_news.glossary.formats",
    "load_versions": "polyglot_news.sources",
    "default_glossary": "polyglot_news.glossary.formats",
    "render_html": "polyglot_news.report.html",
    "render_json": "polyglot_news.report.json",
    "render_markdown": "polyglot_news.report.markdown",
    "render_terminal": "polyglot_news.report.terminal",
    "split_paragraphs": "polyglot_news.segment",
    "split_sentences": "polyglot_news.segment",
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
