"""Language identification: langdetect made robust with script rules, seeded and restrictable.

``detect(text)`` returns a :class:`~polyglot_news.records.Detection` (ISO 639-1 code,
``zh-cn``/``zh-tw`` for Chinese, confidence in [0, 1]); :class:`LanguageDetector` is the
reusable, picklable callable behind it. See ``docs/langid.md`` for the method and its accuracy.
"""

from __future__ import annotations

from polyglot_news.langid.detector import (
    LanguageDetector,
    detect,
    detect_document,
    supported_languages,
)

__all__ = ["LanguageDetector", "detect", "detect_document", "supported_languages"]
