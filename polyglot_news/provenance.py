"""What produced a result: the facts a :class:`~polyglot_news.comparison.model.Signature` records.

After sacrebleu's signatures, a result names everything that can change it: the detector (and
its language restriction), the translation backend with every setting that can change its
output, the segmenter's version, and the versions of the third-party libraries that shaped it.
Library versions are read from the installed distributions' metadata
(:func:`importlib.metadata.version`), so nothing heavy is imported to learn them.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from importlib import metadata
from typing import TYPE_CHECKING, Any

from polyglot_news import __version__

if TYPE_CHECKING:
    from polyglot_news.comparison.engine import DiffOptions
    from polyglot_news.comparison.model import Signature, VersionResult
    from polyglot_news.glossary import Glossary

__all__ = [
    "LIBRARIES",
    "detector_name",
    "library_versions",
    "make_signature",
    "translator_settings",
]

LIBRARIES = (
    "charset-normalizer",  # decoding legacy encodings
    "trafilatura",  # extracting the article from HTML
    "langdetect",  # language profiles
    "ctranslate2",  # running the translation models
    "sentencepiece",  # their subword vocabularies
    "simplemma",  # lemmas for sentence alignment
    "snowballstemmer",  # stems for sentence alignment
    "diff-match-patch",  # word diffs
)
"""The distributions whose version can change a result, in pipeline order."""


def library_versions() -> dict[str, str]:
    """``{distribution: version}`` of :data:`LIBRARIES` (``"missing"`` when not installed)."""
    return dict(_library_versions())


@lru_cache(maxsize=1)
def _library_versions() -> tuple[tuple[str, str], ...]:
    versions = []
    for name in LIBRARIES:
        try:
            versions.append((name, metadata.version(name)))
        except metadata.PackageNotFoundError:
            versions.append((name, "missing"))
    return tuple(versions)


def detector_name(detector: Any) -> str:
    """A name for a detector callable: its ``name`` attribute, else its qualified name."""
    name = getattr(detector, "name", None)
    if isinstance(name, str) and name:
        return name
    kind = detector if callable(detector) and hasattr(detector, "__qualname__") else type(detector)
    return f"{kind.__module__}.{kind.__qualname__}"


def translator_settings(translator: Any) -> dict[str, str]:
    """The output-changing settings a translator declares in ``settings`` (empty if none)."""
    settings = getattr(translator, "settings", None)
    if callable(settings):
        settings = settings()
    return {str(k): str(v) for k, v in sorted(dict(settings or {}).items())}


def make_signature(
    detector: Any,
    engine: Any,
    glossary: Glossary,
    diff_options: DiffOptions,
    results: Sequence[VersionResult],
) -> Signature:
    """The signature of a comparison made with these stages, from its version results."""
    from polyglot_news.comparison.model import Signature
    from polyglot_news.segment import segmenter_id

    packages: list[str] = []
    routes: dict[str, tuple[str, ...]] = {}
    for result in results:
        if result.translation is None:
            continue
        routes[result.id] = result.translation.route
        for run in result.translation.paragraphs:  # a mixed text: runs routed another way
            if run.route != result.translation.route:
                routes[f"{result.id}[{run.start}:{run.end}]"] = run.route
        packages.extend(p for p in result.translation.packages if p not in packages)
    translator = getattr(engine, "translator", engine)
    settings = translator_settings(translator)
    protection = getattr(engine, "protection", None)
    if protection:  # how glossary names reach the model changes the output too
        settings["protection"] = str(protection)
    links = getattr(engine, "protect_links", None)
    if links is not None:  # links, handles and hashtags held as written, or sent to the model
        settings["link_spans"] = "held" if links else "as-written"
    languages = {
        r.id: (r.detection.language, r.detection.origin) for r in results if r.detection is not None
    }
    return Signature(
        polyglot_news=__version__,
        detector=detector_name(detector),
        translator=str(getattr(translator, "name", type(translator).__name__)),
        translator_settings=settings,
        packages=tuple(sorted(packages)),
        routes=routes,
        glossary=glossary.digest,
        diff=diff_options.describe(),
        segmenter=segmenter_id(),
        libraries=library_versions(),
        languages=languages,
    )
