"""Write polyglot_news/data/langid/bigrams.json.gz from the langid word tables.

Run after the word tables change: ``python scripts/build_bigram_tables.py``. The result is
deterministic (sorted keys, gzip mtime 0); tests/test_plausibility.py checks it matches.
"""

from __future__ import annotations

from pathlib import Path

from polyglot_news.langid.bigrams import build_tables, to_json

OUT = (
    Path(__file__).resolve().parent.parent / "polyglot_news" / "data" / "langid" / "bigrams.json.gz"
)


def main() -> None:
    tables = build_tables()
    OUT.write_bytes(to_json(tables))
    print(f"{OUT}: {len(tables)} languages, {sum(len(t.logs) for t in tables.values())} bigrams")


if __name__ == "__main__":
    main()
