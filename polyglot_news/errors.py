"""The exceptions polyglot_news raises, one tree under :class:`PolyglotNewsError`.

Every error names the input it is about and says what to do next, in one line, so the CLI
can print ``str(error)`` and nothing else. Errors from third-party libraries are converted
where they enter (``raise ... from exc``); library code never exits the process.

    PolyglotNewsError
    ├── InputError                  a version could not be loaded
    │   ├── SourceNotFoundError     missing path
    │   ├── SourceUnreadableError   permission denied, a directory where a file was wanted, I/O
    │   ├── EmptySourceError        empty, whitespace-only, or no article text in the page
    │   ├── BinarySourceError       bytes that are not text
    │   ├── DecodingError           text whose encoding cannot be determined or decoded
    │   ├── UnsupportedFormatError  a format polyglot_news does not read
    │   ├── RecordError             a JSON / JSON Lines record that is malformed or lacks text
    │   └── SourceTooLargeError     larger than the documented limit
    ├── DetectionError              language detection failed
    │   ├── TextTooShortError       too little text to detect reliably
    │   └── UnsupportedLanguageError a language outside the candidates / supported set
    ├── TranslationError            translation failed
    │   ├── MissingModelError       no package (direct or pivot) for a language pair
    │   └── ModelLoadError          a package is installed but cannot be loaded
    ├── PackageError                Argos package management
    │   ├── InvalidPackageError     not a safe, well-formed .argosmodel
    │   └── PackageIndexError       the package index is unreachable or malformed
    ├── GlossaryError               glossary data
    │   ├── GlossaryFormatError     malformed file (names file and line)
    │   └── GlossaryConflictError   two entries claim one surface form
    ├── CacheError                  the translation cache cannot be used
    ├── ClusterError                a Dask cluster cannot be used (address, extra not installed)
    └── OutputError                 a report cannot be written where asked

Warnings (something was done on the user's behalf and they should know) derive from
:class:`PolyglotNewsWarning`, a ``UserWarning``; the CLI shows each as one line:

    PolyglotNewsWarning
    ├── GlossaryOverrideWarning     a glossary laid over another took a name from an entry
    ├── CacheRecoveredWarning       a corrupt translation cache was moved aside and rebuilt
    ├── DuplicateInputWarning       one file was named twice and is compared once
    └── ReportInputWarning          an input is a report polyglot_news wrote; it is skipped
"""

from __future__ import annotations

__all__ = [
    "BinarySourceError",
    "CacheError",
    "ClusterError",
    "DecodingError",
    "DetectionError",
    "EmptySourceError",
    "GlossaryConflictError",
    "GlossaryError",
    "GlossaryFormatError",
    "InputError",
    "InvalidPackageError",
    "MissingModelError",
    "ModelLoadError",
    "OutputError",
    "PackageError",
    "PackageIndexError",
    "PolyglotNewsError",
    "PolyglotNewsWarning",
    "RecordError",
    "SourceNotFoundError",
    "SourceTooLargeError",
    "SourceUnreadableError",
    "TextTooShortError",
    "TranslationError",
    "UnsupportedFormatError",
    "UnsupportedLanguageError",
]


class PolyglotNewsError(Exception):
    """Root of every error polyglot_news raises on purpose.

    ``kind`` is a stable machine-readable name used in JSON output; ``source`` is the input
    (path, language pair, file) the error is about, when there is one.
    """

    kind = "error"

    def __init__(self, message: str, *, source: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.source = source

    def to_dict(self) -> dict[str, str]:
        """Return ``{"kind", "message"}`` for JSON output."""
        return {"kind": self.kind, "message": self.message}


class PolyglotNewsWarning(UserWarning):
    """Root of the warnings polyglot_news issues (the CLI prints each as one line)."""


class InputError(PolyglotNewsError):
    """A version could not be loaded."""

    kind = "input"


class SourceNotFoundError(InputError):
    """The path does not exist."""

    kind = "not_found"


class SourceUnreadableError(InputError):
    """The path exists but cannot be read as a file."""

    kind = "unreadable"


class EmptySourceError(InputError):
    """The input holds no text (empty, whitespace only, or no article in the page)."""

    kind = "empty"


class BinarySourceError(InputError):
    """The input is binary data, not text."""

    kind = "binary"


class DecodingError(InputError):
    """The bytes could not be decoded in any plausible encoding."""

    kind = "decoding"


class UnsupportedFormatError(InputError):
    """The file format is not one polyglot_news reads."""

    kind = "unsupported_format"


class RecordError(InputError):
    """A JSON or JSON Lines record is malformed or has no text field."""

    kind = "record"


class SourceTooLargeError(InputError):
    """The input is larger than the documented limit."""

    kind = "too_large"


class DetectionError(PolyglotNewsError):
    """Language detection failed."""

    kind = "detection"


class TextTooShortError(DetectionError):
    """Too little text to detect a language reliably."""

    kind = "too_short"


class UnsupportedLanguageError(DetectionError):
    """A language that is not supported or not among the allowed candidates."""

    kind = "unsupported_language"


class TranslationError(PolyglotNewsError):
    """Translation failed."""

    kind = "translation"


class MissingModelError(TranslationError):
    """No installed package translates this pair, directly or through the pivot."""

    kind = "missing_model"


class ModelLoadError(TranslationError):
    """An installed package could not be loaded (corrupt or incompatible)."""

    kind = "model_load"


class PackageError(PolyglotNewsError):
    """Argos package management failed."""

    kind = "package"


class InvalidPackageError(PackageError):
    """The file is not a safe, well-formed Argos package."""

    kind = "invalid_package"


class PackageIndexError(PackageError):
    """The Argos package index is unreachable or malformed."""

    kind = "package_index"


class GlossaryError(PolyglotNewsError):
    """Glossary data could not be used.

    ``problems`` lists every bad line found (``file:line: what and the fix``, one each) when
    the file was read to the end; the message is the first of them and their count.
    """

    kind = "glossary"

    def __init__(
        self, message: str, *, source: str | None = None, problems: tuple[str, ...] = ()
    ) -> None:
        super().__init__(message, source=source)
        self.problems = problems or (message,)


class GlossaryFormatError(GlossaryError):
    """A glossary file is malformed; the message names the file and line."""

    kind = "glossary_format"


class GlossaryConflictError(GlossaryError):
    """Two entries claim the same surface form in the same language."""

    kind = "glossary_conflict"


class CacheError(PolyglotNewsError):
    """The translation cache cannot be opened or written."""

    kind = "cache"


class ClusterError(PolyglotNewsError):
    """A Dask cluster cannot be started or reached, or Dask is not installed."""

    kind = "cluster"


class OutputError(PolyglotNewsError):
    """A report cannot be written where asked (or would overwrite an input)."""

    kind = "output"
