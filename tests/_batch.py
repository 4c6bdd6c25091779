"""Helpers of the batch tests: the test corpus, settings with the example models, fault injection.

They live at the top of tests/ (on pytest's ``pythonpath``) so that worker processes, which
inherit that path, can unpickle :class:`DieOnce` by reference.

The corpus (``tests/batch/corpus/``) holds five short stories written for these tests — three
in one JSON Lines file whose records are interleaved (en, ru, uk, ko), two as story folders
(plain text and an HTML page) — translated with the project-built fixture models.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from polyglot_news.batch import BatchSettings

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "batch" / "corpus"
STORIES = ("metro-fares", "flood-warning", "bank-rate", "port-strike", "vaccine-trial")


def model_settings(tmp: Path, **options: Any) -> BatchSettings:
    """Settings that use the example models and keep their cache under ``tmp``."""
    models = ROOT / "examples" / "models"
    (tmp / "packages").mkdir(parents=True, exist_ok=True)
    defaults: dict[str, Any] = {
        "models": tuple(str(p) for p in sorted(models.glob("*.argosmodel"))),
        "packages_dir": str(tmp / "packages"),
        "cache": str(tmp / "cache" / "translations.sqlite3"),
    }
    return BatchSettings(**{**defaults, **options})


def reports(out: Path) -> dict[str, bytes]:
    """Every report file under ``out``, by path relative to it."""
    return {
        str(p.relative_to(out)): p.read_bytes()
        for p in sorted((out / "stories").glob("*/report.*"))
    }


class DieOnce:
    """Delegates to ``inner``, except that the first call anywhere kills the calling process.

    "First" is decided by creating ``marker`` exclusively, so across all processes exactly one
    dies, once; the process exits without cleanup, like a worker killed by the OOM killer.
    """

    def __init__(self, inner: Any, marker: str) -> None:
        self.inner = inner
        self.marker = marker
        self.name = inner.name

    def __getattr__(self, name: str) -> Any:
        # everything but translate_batch is the inner translator's (name, settings, packages)
        if name.startswith("__") or name in ("inner", "marker"):
            raise AttributeError(name)
        return getattr(self.inner, name)

    def translate_batch(self, texts: Sequence[str], source: str, target: str) -> list[str]:
        if texts:
            try:
                fd = os.open(self.marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
            except FileExistsError:
                pass
            else:
                os.write(fd, str(os.getpid()).encode())
                os.close(fd)
                os._exit(17)
        return list(self.inner.translate_batch(texts, source, target))
