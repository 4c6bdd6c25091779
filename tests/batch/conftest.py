"""Fixtures for the batch tests: the test corpus and one reference run over it."""

from __future__ import annotations

from pathlib import Path

import pytest
from _batch import CORPUS, model_settings

from polyglot_news.batch import BatchResult, run_batch


@pytest.fixture(scope="session")
def corpus() -> list[Path]:
    """The test corpus: one JSON Lines file and one folder of story folders."""
    return [CORPUS / "stories.jsonl", CORPUS / "folders"]


@pytest.fixture(scope="session")
def reference(
    tmp_path_factory: pytest.TempPathFactory, corpus: list[Path]
) -> tuple[Path, BatchResult]:
    """The corpus run once on two local worker processes: ``(output dir, result)``."""
    tmp = tmp_path_factory.mktemp("reference")
    result = run_batch(corpus, tmp / "out", settings=model_settings(tmp, html=True), workers=2)
    return tmp / "out", result
