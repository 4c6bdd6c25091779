"""The main job: load -> detect -> glossary -> translate -> align and diff -> :class:`Comparison`.

:func:`compare` takes paths, :func:`compare_versions` takes already-loaded versions. Each stage
is a plain object passed in (detector, translation engine, glossary, diff options), so callers
and tests can swap any of them, and everything here pickles for running on a Dask cluster. A
version that fails at any stage is reported with a one-line reason and the rest are still
compared; the run fails as a whole only when fewer than two versions are left to compare.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from polyglot_news.comparison.model import (
    Comparison,
    EntityMention,
    VersionResult,
)
from polyglot_news.errors import (
    InputError,
)
from polyglot_news.provenance import make_signature
from polyglot_news.records import Detection, InputFailure, Translation, Version
from polyglot_news.version_languages import (
    DeclaredLanguageWarning,
    VersionLanguages,
    given_languages,
)

if TYPE_CHECKING:
    from polyglot_news.comparison.engine import DiffOptions
    from polyglot_news.glossary import Glossary
    from polyglot_news.translate.engine import TranslationEngine

__all__ = ["DeclaredLanguageWarning", "EntityNormaliser", "compare", "compare_versions"]

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class EntityNormaliser:
    """Replace every glossary name in a pivot-language text by its canonical form.

    The comparison uses it so that two renderings of one place ("Kiev", "Kyiv") compare equal.
    A class rather than a closure so that it pickles.
    """

    glossary: Glossary
    language: str

    def __call__(self, text: str) -> str:
        matches = sorted(self.glossary.find(text, self.language), key=lambda m: m.start)
        out: list[str] = []
        pos = 0
        for match in matches:
            if match.start < pos:
                continue
            out.append(text[pos : match.start])
            out.append(match.canonical)
            pos = match.end
        out.append(text[pos:])
        return "".join(out)


def compare(
    paths: Sequence[str | Path],
    *,
    stdin: Any = None,
    encoding: str | None = None,
    **options: Any,
) -> Comparison:
    """Load the versions at ``paths`` and compare them; see :func:`compare_versions`.

    Args:
        paths: files, folders of them, or ``"-"`` for ``stdin``.
        stdin: the binary stream ``"-"`` reads (default ``sys.stdin.buffer``).
        encoding: decode every input with this codec instead of detecting it.
        **options: passed to :func:`compare_versions`.

    Returns:
        The :class:`Comparison`; inputs that cannot be loaded are listed in its ``failures``
        and the rest are compared.

    Raises:
        InputError: when fewer than two versions could be compared.
    """
    from polyglot_news.sources import load_versions

    versions, failures = load_versions(paths, stdin=stdin, encoding=encoding)
    return compare_versions(versions, failures=failures, **options)


def compare_versions(
    versions: Sequence[Version],
    *,
    pivot: str = "en",
    base: str | None = None,
    languages: Sequence[str] | None = None,
    source_languages: Mapping[str, str] | None = None,
    detector: Callable[[str], Detection] | None = None,
    engine: TranslationEngine | None = None,
    glossary: Glossary | None = None,
    diff_options: DiffOptions | None = None,
    failures: Sequence[InputFailure] = (),
    progress: Progress | None = None,
) -> Comparison:
    """Compare loaded versions of one story in the ``pivot`` language.

    Args:
        versions: the loaded versions, in the order to report them.
        pivot: the language every version is translated to before comparison: an ISO 639-1
            code, an Argos code (``zt``, ``pb``) or a code of a package the engine has.
        base: id or path of the version the others are compared with; default: the version
            covering most of the other versions' sentences
            (:func:`~polyglot_news.comparison.matrix.covering_version`; a tie goes to one not
            translated), the fullest account the others are read against, among the versions
            whose translation is not flagged as unreliable
            (:func:`~polyglot_news.translate.quality.is_unreliable`: made-up or degenerate
            output) when there is one (an original in the pivot language never is).
        languages: restrict language detection to these ISO 639-1 codes.
        source_languages: ``{version id: language}`` for versions whose language the caller
            knows (``--from``): used as given, never detected. Any other version that declares
            a language (a record's ``language``, a page's ``lang``) has it weighed against
            detection (:func:`~polyglot_news.langid.declared.weigh_declared`), with a
            :class:`DeclaredLanguageWarning` (and a line in the version's ``warnings``) when
            they disagree.
        detector: a callable ``text -> Detection``; default :class:`LanguageDetector`.
        engine: the translation engine; default Argos packages with the default glossary.
        glossary: names held to one canonical form; default the shipped glossary. Pass the
            same glossary the engine uses.
        diff_options: alignment and diff settings.
        failures: inputs that failed to load, carried into the result.
        progress: called with ``(done, total)`` sentences while translating.

    Raises:
        UnsupportedLanguageError: for an unknown ``pivot`` code or an unknown language in
            ``source_languages``, before any work.
        InputError: when fewer than two versions could be compared, ``source_languages``
            names no version, or ``base`` names no loaded version (before any translation).
    """
    from polyglot_news.comparison.base_choice import central_reason, default_base, translated
    from polyglot_news.comparison.claim_attach import (
        attach_doubts,
        attach_flags,
        attach_originals,
    )
    from polyglot_news.comparison.claim_titles import attach_titles, titles_apart
    from polyglot_news.comparison.engine import DiffOptions, compare_sentences
    from polyglot_news.translate.languages import check_target_language
    from polyglot_news.translate.quality import is_unreliable
    from polyglot_news.translated import original_sentences

    detector = detector or _default_detector(languages)
    glossary = glossary if glossary is not None else _default_glossary()
    engine = engine or _default_engine(glossary)
    diff_options = diff_options or DiffOptions()
    pivot = check_target_language(pivot, getattr(engine, "translator", None))
    given = given_languages(versions, source_languages or {})
    if base is not None:  # said now, not after every version is translated
        _check_base(versions, base)

    results = [
        _segmented(r, pivot, glossary) for r in _translate_versions(
            versions, VersionLanguages(detector, given), engine, glossary, pivot, progress
        )
    ]  # fmt: skip
    usable = _comparable(results, failures)
    normaliser = EntityNormaliser(glossary, pivot)
    sound = [i for i, r in enumerate(usable) if not is_unreliable(r.translation)]
    chosen, base_reason = default_base(usable, sound) if base is None else (None, "")
    pairs, matrix, claims = compare_sentences(
        [(r.id, r.sentences) for r in usable],
        language=pivot,
        base=chosen if base is None else _base_index(results, base),
        options=diff_options,
        entity_normaliser=normaliser,
        base_among=sound,
        base_prefer=[i for i, r in enumerate(usable) if not translated(r)],
    )
    if base is not None:
        base_reason = "named by the user (--base)"
    elif chosen is None:
        base_reason = central_reason(usable, sound, pairs[0].a)
    traced = attach_flags(  # each cell's original wording and its translation's flags
        attach_originals(claims, {r.id: original_sentences(r) for r in usable}),
        {r.id: r.translation_flags for r in usable if r.translation_flags},
    )
    claims = attach_titles(  # a record's title beside the other versions' headlines
        traced,
        titles_apart((r.id, r.version.title, r.version.text) for r in usable),
        {r.id: r.sentences for r in usable},
        base=pairs[0].a,
        translate=partial(_pivot_titles, usable, engine, pivot),
        language=pivot,
        entity_normaliser=normaliser,
        strict_entities=diff_options.strict_entities,
    )
    # an absence a flagged translation may hide is said, never silent
    claims = attach_doubts(claims, [r.id for r in usable])
    return Comparison(
        pivot=pivot,
        base=pairs[0].a,  # the base every comparison is made against, named or chosen
        versions=tuple(results),
        comparisons=pairs,
        matrix=matrix,
        claims=claims,
        signature=make_signature(detector, engine, glossary, diff_options, results),
        failures=tuple(failures),
        matrix_ids=tuple(r.id for r in usable),
        base_reason=base_reason,
    )


def _comparable(
    results: Sequence[VersionResult], failures: Sequence[InputFailure]
) -> list[VersionResult]:
    """The versions with a translation; InputError naming every reason when under two."""
    usable = [r for r in results if r.translation is not None]
    if len(usable) < 2:
        reasons = (
            "; ".join([r.error.message for r in results if r.error] + _failed_to_load(failures))
            or "give at least two versions of the story"
        )
        raise InputError(
            f"need at least two versions that load and translate to compare, got {len(usable)}"
            f" ({reasons})"
        )
    return usable


def _segmented(result: VersionResult, pivot: str, glossary: Glossary) -> VersionResult:
    """``result`` with the sentences and paragraphs of its pivot text, as they are compared,
    and the translation checks' flags of each sentence (:mod:`polyglot_news.translated`)."""
    from polyglot_news.comparison.engine import paragraph_ranges, split_text
    from polyglot_news.translated import flags_of_sentences

    if result.translation is None:
        return result
    sentences = tuple(split_text(result.text, pivot))
    paragraphs = paragraph_ranges(result.text, sentences)
    result = replace(result, sentences=sentences, paragraphs=paragraphs)
    return replace(result, translation_flags=flags_of_sentences(result, glossary))


def _pivot_titles(
    results: Sequence[VersionResult],
    engine: TranslationEngine,
    pivot: str,
    titles: Mapping[str, str],
) -> dict[str, str]:
    """``titles`` (by version id) translated to ``pivot`` from their version's language; a
    title that fails to translate is left out (its version's headline cell stays absent)."""
    detections = {r.id: r.detection for r in results if r.detection is not None}
    ids = [vid for vid in titles if vid in detections]
    done = engine.translate_many([(titles[vid], detections[vid]) for vid in ids], pivot)
    return {vid: t.text for vid, t in zip(ids, done, strict=True) if isinstance(t, Translation)}


def _failed_to_load(failures: Sequence[InputFailure]) -> list[str]:
    """``["2 inputs failed to load: a.txt, b.json"]``, or ``[]`` when none failed."""
    if not failures:
        return []
    count = f"{len(failures)} input{'s' if len(failures) > 1 else ''}"
    return [f"{count} failed to load: {', '.join(f.path for f in failures)}"]


def _translate_versions(
    versions: Sequence[Version],
    languages: VersionLanguages,
    engine: TranslationEngine,
    glossary: Glossary,
    pivot: str,
    progress: Progress | None,
) -> list[VersionResult]:
    """Detect, find names in and translate every version; failures carry their reason."""
    from polyglot_news.langid.declared import guess_hint

    versions, detections = languages.of_all(versions)
    to_translate: list[tuple[str, str | Detection]] = [
        (version.text, det)
        for version, det in zip(versions, detections, strict=True)
        if isinstance(det, Detection)
    ]
    translated = iter(engine.translate_many(to_translate, pivot, progress=progress))
    results: list[VersionResult] = []
    for version, det in zip(versions, detections, strict=True):
        if not isinstance(det, Detection):
            failure = InputFailure.from_error(version.path, det)
            results.append(VersionResult(version.id, version, None, None, error=failure))
            continue
        outcome = next(translated)
        entities = _entities(glossary, version.text, det)
        if isinstance(outcome, Translation):  # its warnings carry the quality checks
            results.append(VersionResult(version.id, version, det, outcome, entities))
        else:
            message = str(outcome)
            if version.where not in message:  # a record is named with its number: feed.json#2
                message = f"{version.where}: {message}"
            message += guess_hint(det, version.id)
            failure = InputFailure(version.path, getattr(outcome, "kind", "error"), message)
            results.append(VersionResult(version.id, version, det, None, entities, failure))
    return results


def _entities(glossary: Glossary, text: str, detection: Detection) -> tuple[EntityMention, ...]:
    """Glossary names in ``text``, each paragraph run matched with its own language's rules."""
    from polyglot_news.translate.routing import language_runs

    _, runs = language_runs(text, detection)
    return tuple(
        EntityMention(
            m.entry_id, m.canonical, m.surface, m.start + r.start, m.end + r.start, r.language,
            _kind(glossary, m.entry_id),
        )
        for r in runs
        for m in glossary.find(text[r.start : r.end], r.language)
    )  # fmt: skip


def _kind(glossary: Glossary, entry_id: str) -> str:
    """The glossary entry's type (``person``, ``place``, ...), ``""`` when it has none."""
    get = getattr(glossary, "get", None)  # a test's glossary may only find and protect
    entry = get(entry_id) if callable(get) else None
    return str(getattr(entry, "type", "") or "")


def _names(base: str, ident: str, path: str) -> bool:
    """Whether ``--base`` ``base`` names the version ``ident`` loaded from ``path``."""
    wanted = _resolved(base)
    return base in (ident, path, Path(path).name) or bool(wanted and _resolved(path) == wanted)


def _check_base(versions: Sequence[Version], base: str) -> None:
    """Raise, before any translation, when ``base`` names none of the loaded ``versions``."""
    if not any(_names(base, v.id, v.path) for v in versions):
        ids = ", ".join(v.id for v in versions)
        raise InputError(
            f"--base {base}: no loaded version has that id or path; choose one of: {ids}",
            source=base,
        )


def _base_index(results: Sequence[VersionResult], base: str) -> int:
    """The index among the compared (translated) ``results`` of the version ``base`` names."""
    usable = [r for r in results if r.translation is not None]
    ids = ", ".join(r.id for r in usable)
    for result in results:
        if _names(base, result.id, result.version.path):
            if result.translation is not None:
                return [r.id for r in usable].index(result.id)
            reason = f" ({result.error.message})" if result.error else ""
            raise InputError(
                f"--base {base}: that version could not be compared{reason}; choose another "
                f"base: {ids}",
                source=base,
            )
    raise InputError(
        f"--base {base}: no compared version has that id or path; choose one of: {ids}",
        source=base,
    )


def _resolved(path: str) -> Path | None:
    if path == "-":
        return None
    try:
        return Path(path).resolve()
    except OSError:
        return None


def _default_detector(languages: Sequence[str] | None) -> Callable[[str], Detection]:
    from polyglot_news.langid import LanguageDetector

    return LanguageDetector(languages=tuple(languages) if languages else None)


def _default_glossary() -> Glossary:
    from polyglot_news.glossary import default_glossary

    return default_glossary()


def _default_engine(glossary: Glossary) -> TranslationEngine:
    from polyglot_news.translate.engine import TranslationEngine

    return TranslationEngine(glossary=glossary, cache=True)
