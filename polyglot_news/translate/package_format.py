"""The Argos package format: what a package folder holds and how its metadata is checked.

An Argos package is a folder holding ``metadata.json``, a CTranslate2 model in ``model/`` and a
SentencePiece model ``sentencepiece.model`` (``.argosmodel`` files are zip archives of one such
folder). This module reads and validates one folder into an :class:`InstalledPackage`; it sits
below both :mod:`.packages` (where packages live, install, remove) and :mod:`.archive` (safe
unpacking), which import it and not each other's internals.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from polyglot_news.errors import InvalidPackageError

__all__ = [
    "STAGING_PREFIX",
    "InstalledPackage",
    "package_from_metadata",
    "package_identity",
    "read_package",
    "validate_metadata",
    "version_key",
]

# ISO 639-1/2/3 codes, optionally with a region or script ("pt-BR", "zh_Hant"); Argos also uses
# two-letter private codes such as "zt" (Traditional Chinese), which this accepts.
_LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$")
_REQUIRED_FIELDS = ("from_code", "to_code", "package_version")
# Prefix of the staging folders archive.py makes inside the packages dir; never a package.
STAGING_PREFIX = ".polyglot-news-"


def package_identity(from_code: str, to_code: str, package_version: str) -> str:
    """The id of a package in signatures and cache keys, e.g. ``argos:ru-en@1.0``."""
    return f"argos:{from_code}-{to_code}@{package_version}"


@dataclass(frozen=True)
class InstalledPackage:
    """One unpacked Argos package on disk (plain strings, so it pickles)."""

    from_code: str
    to_code: str
    package_version: str
    name: str  # the package folder's name, e.g. "translate-ru_en-1_9"
    path: str
    target_prefix: str = ""
    type: str = "translate"
    from_name: str = ""
    to_name: str = ""

    @property
    def identity(self) -> str:
        """A stable id for signatures, e.g. ``argos:ru-en@1.0``."""
        return package_identity(self.from_code, self.to_code, self.package_version)

    @property
    def model_dir(self) -> Path:
        """The CTranslate2 model folder."""
        return Path(self.path) / "model"

    @property
    def sp_model(self) -> Path:
        """The SentencePiece model file."""
        return Path(self.path) / "sentencepiece.model"


def version_key(version: str) -> tuple[int, ...]:
    """A sort key that orders versions numerically ("1.10" after "1.9")."""
    return tuple(int(n) for n in re.findall(r"\d+", version))


def validate_metadata(metadata: Any, where: str) -> dict[str, Any]:
    """Check parsed ``metadata.json``; raise InvalidPackageError naming ``where`` if unusable."""
    if not isinstance(metadata, dict):
        raise InvalidPackageError(
            f"{where}: metadata.json must hold a JSON object; rebuild or re-download the package",
            source=where,
        )
    for field in _REQUIRED_FIELDS:
        value = metadata.get(field)
        if not isinstance(value, str) or not value.strip():
            raise InvalidPackageError(
                f"{where}: metadata.json lacks the text field {field!r}; "
                "rebuild or re-download the package",
                source=where,
            )
    for field in ("from_code", "to_code"):
        if not _LANGUAGE_CODE.match(metadata[field]):
            raise InvalidPackageError(
                f"{where}: metadata.json {field} {metadata[field]!r} is not a language code "
                "like 'ru' or 'pt-BR'; rebuild the package",
                source=where,
            )
    # argostranslate defaults a missing "type" to "translate"; packages from argospm may omit it.
    kind = metadata.get("type", "translate")
    if not isinstance(kind, str) or not kind:
        raise InvalidPackageError(
            f"{where}: metadata.json type must be text such as 'translate'; rebuild the package",
            source=where,
        )
    return metadata


def package_from_metadata(metadata: dict[str, Any], path: Path) -> InstalledPackage:
    """Build the record for a package folder from its already validated metadata."""

    def text(key: str) -> str:
        value = metadata.get(key, "")
        return value if isinstance(value, str) else ""

    return InstalledPackage(
        from_code=metadata["from_code"],
        to_code=metadata["to_code"],
        package_version=metadata["package_version"],
        name=path.name,
        path=str(path),
        target_prefix=text("target_prefix"),
        type=text("type") or "translate",
        from_name=text("from_name"),
        to_name=text("to_name"),
    )


def read_package(path: str | os.PathLike[str]) -> InstalledPackage:
    """Read an unpacked package folder; raise InvalidPackageError when it is not one."""
    folder = Path(path)
    meta_path = folder / "metadata.json"
    try:
        raw = meta_path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InvalidPackageError(
            f"{folder}: not an Argos package (no metadata.json); remove the folder "
            "or reinstall the package",
            source=str(folder),
        ) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidPackageError(
            f"{folder}: cannot read metadata.json ({exc}); reinstall the package",
            source=str(folder),
        ) from exc
    try:
        metadata = json.loads(raw)
    except ValueError as exc:
        raise InvalidPackageError(
            f"{folder}: metadata.json is not valid JSON ({exc}); reinstall the package",
            source=str(folder),
        ) from exc
    return package_from_metadata(validate_metadata(metadata, str(folder)), folder)
