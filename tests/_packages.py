"""Tiny fake Argos packages for the package-management tests (layout only, no working model),
and argostranslate itself run in a subprocess to read and write them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
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
ARGOS_ENV = ("ARGOS_PACKAGES_DIR", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "SNAP", "SNAP_USER_DATA")

# argostranslate.package imports argostranslate.translate only to clear a cache after installing;
# a placeholder stands in for that module, which in the argostranslate distribution imports
# stanza and torch (seconds per process, or an ImportError where they are not installed).
ARGOS_PRELUDE = """\
import sys, types
stub = types.ModuleType("argostranslate.translate")
stub.get_installed_languages = types.SimpleNamespace(cache_clear=lambda: None)
sys.modules["argostranslate.translate"] = stub
from argostranslate import package
"""


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


def run_argos(
    code: str, root: Path, tmp: Path, args: tuple[str, ...] = (), index: str | None = None
) -> str:
    """Run argostranslate code (after ``from argostranslate import package``) in a subprocess
    with its packages in ``root``, its other folders in ``tmp`` and ``args`` as ``sys.argv[1:]``;
    ``index`` is the package index base URL (``ARGOS_PACKAGE_INDEX``). Returns its stdout."""
    env = {k: v for k, v in os.environ.items() if k not in ARGOS_ENV}
    env |= {"HOME": str(tmp), "ARGOS_PACKAGES_DIR": str(root), "XDG_DATA_HOME": str(tmp)}
    env |= {"XDG_CONFIG_HOME": str(tmp), "XDG_CACHE_HOME": str(tmp)}
    if index is not None:
        env["ARGOS_PACKAGE_INDEX"] = index
    done = subprocess.run(
        [sys.executable, "-c", ARGOS_PRELUDE + code, *args],
        env=env,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout
