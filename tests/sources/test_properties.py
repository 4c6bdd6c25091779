"""Property tests: arbitrary bytes raise only our errors; normalise is idempotent."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from polyglot_news.errors import PolyglotNewsError
from polyglot_news.sources import load, normalise

SUFFIXES = st.sampled_from([".txt", ".html", ".json", ".jsonl", ".dat", ""])
# Bytes with some structure so that HTML, JSON and BOM paths are reached, not only noise.
PREFIXES = st.sampled_from(
    [b"", b"\xef\xbb\xbf", b"\xff\xfe", b"<html><body><p>", b'{"text": "', b"[", b"%PDF-"]
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(prefix=PREFIXES, data=st.binary(max_size=400), suffix=SUFFIXES)
def test_load_on_arbitrary_bytes(prefix: bytes, data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(prefix + data)
        try:
            versions = load(path)
        except PolyglotNewsError:
            return
    assert versions
    for version in versions:
        assert isinstance(version.text, str) and version.text.strip()


PIECES = st.one_of(
    st.text(max_size=12),
    st.sampled_from(["\n", "\n\n", " ", "\u00a0", "\u200b", "\r\n", ":", "/", "(", ")"]),
    st.sampled_from(["BREAKING: ", "(Reuters)", "Telegraph/", "Source: TASS", "— AFP", "[속보]"]),
)
TEXTS = st.lists(PIECES, max_size=30).map("".join)


@settings(max_examples=300, deadline=None)
@given(text=TEXTS, title=st.one_of(st.none(), st.text(max_size=40)))
def test_normalise_is_idempotent(text: str, title: str | None) -> None:
    once, _ = normalise(text, title)
    twice, removed = normalise(once, title)
    assert twice == once
    assert removed == ()
