"""The public surface: users import from ``polyglot_news`` only (after httpx's export test)."""

from __future__ import annotations

import dataclasses
import importlib
import typing

import pytest

import polyglot_news

# The public surface, written out: adding or removing a name is a decision this list records.
PUBLIC = [
    # the main job and its settings
    "compare", "compare_versions", "DiffOptions",
    # a corpus of stories, on all cores or a Dask cluster
    "run_batch", "BatchSettings", "BatchProgress", "BatchResult", "GivenLanguages",
    # what a comparison returns
    "Comparison", "VersionResult", "PairComparison", "Change", "Claim", "ClaimCell",
    "UniqueSentence", "EntityMention", "Signature",
    # records of the stages
    "Version", "Removal", "InputFailure", "Detection", "ParagraphLanguage", "Translation",
    "ParagraphRoute", "TermOutcome",
    # stages
    "load", "load_versions", "detect", "LanguageDetector", "split_paragraphs", "split_sentences",
    "Glossary", "Entry", "Form", "Match", "default_glossary", "load_glossary",
    "Translator", "ArgosTranslator", "FakeTranslator", "TranslationEngine", "TranslationCache",
    "register_translator", "create_translator", "translator_names",
    # reports
    "render_terminal", "render_html", "render_markdown", "render_json", "comparison_to_dict",
    "write_report",
    # errors and warnings
    "PolyglotNewsError", "InputError", "SourceNotFoundError", "SourceUnreadableError",
    "EmptySourceError", "BinarySourceError", "DecodingError", "UnsupportedFormatError",
    "RecordError", "SourceTooLargeError", "DetectionError", "TextTooShortError",
    "UnsupportedLanguageError", "TranslationError", "MissingModelError", "ModelLoadError",
    "PackageError", "InvalidPackageError", "PackageIndexError", "GlossaryError",
    "GlossaryFormatError", "GlossaryConflictError", "CacheError", "ClusterError", "OutputError",
    "PolyglotNewsWarning", "GlossaryOverrideWarning", "CacheRecoveredWarning",
    "DuplicateInputWarning", "MixedEncodingWarning", "ReportInputWarning",
    "__version__",
]  # fmt: skip


def test_all_is_the_pinned_list() -> None:
    assert polyglot_news.__all__ == sorted(PUBLIC)


def test_all_is_sorted_and_unique() -> None:
    assert polyglot_news.__all__ == sorted(set(polyglot_news.__all__))


def test_every_error_and_warning_is_public() -> None:
    from polyglot_news import errors

    assert set(errors.__all__) <= set(polyglot_news.__all__)


def _records_reachable_from(root: type) -> set[type]:
    """Every dataclass a user can reach through the fields of ``root``'s dataclass tree."""
    seen: set[type] = set()
    todo = [root]
    while todo:
        cls = todo.pop()
        if cls in seen or not dataclasses.is_dataclass(cls):
            continue
        seen.add(cls)
        for hint in typing.get_type_hints(cls).values():
            todo.extend(_classes_in(hint))
    return seen


def _classes_in(hint: object) -> list[type]:
    args = typing.get_args(hint)
    if args:
        return [c for arg in args for c in _classes_in(arg)]
    return [hint] if isinstance(hint, type) else []


@pytest.mark.parametrize("root", ["Comparison", "Translation", "Detection", "Version"])
def test_every_record_a_user_receives_is_public(root: str) -> None:
    reachable = _records_reachable_from(getattr(polyglot_news, root))
    missing = sorted(c.__name__ for c in reachable if c.__name__ not in polyglot_news.__all__)
    assert missing == []


@pytest.mark.parametrize("name", [n for n in polyglot_news.__all__ if n != "__version__"])
def test_every_export_resolves_to_its_documented_module(name: str) -> None:
    value = getattr(polyglot_news, name)
    module = importlib.import_module(polyglot_news._EXPORTS[name])
    assert getattr(module, name) is value
    assert getattr(value, "__doc__", None), f"{name} has no docstring"


def test_unknown_attribute_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError):
        polyglot_news.not_a_name  # noqa: B018
