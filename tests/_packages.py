"""Tiny fake Argos packages for the package-management tests (layout only, no working model)."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from polyglot_news.translate.archive import pack_package

META = {
    "package_version": "1.0",
    "argos_version": "1.0",
    "from_code": "ru",
    "to_code": "en",
    "from_name": "Russian",
    "to_name": "English",
    "type": "translate",
}


def make_package_dir(root: Path, name: str = "translate-ru_en-1_0", **meta: str) -> Path:
    """A package folder with metadata.json, model/ and sentencepiece.model placeholders."""
    folder = root / name
    (folder / "model").mkdir(parents=True)
    (folder / "model" / "model.bin").write_bytes(b"fake ctranslate2 weights")
    (folder / "sentencepiece.model").write_bytes(b"fake sentencepiece model")
    (folder / "metadata.json").write_text(json.dumps({**META, **meta}), encoding="utf-8")
    return folder


def make_archive(tmp: Path, name: str = "translate-ru_en-1_0", **meta: str) -> Path:
    """A packed ``.argosmodel`` of :func:`make_package_dir` in a fresh folder under ``tmp``."""
    tmp.mkdir(parents=True, exist_ok=True)
    src = Path(tempfile.mkdtemp(prefix="src-", dir=tmp))
    return pack_package(make_package_dir(src, name, **meta), src.with_suffix(".argosmodel"))
