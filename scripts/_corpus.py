"""Parallel corpus for the project-built fixture translation models.

Builds one sentence-aligned TSV per language pair (``scripts/corpus/<src>-<tgt>.tsv``, columns
``source<TAB>target``) from three hand-written data files:

* ``scripts/corpus/story/<pair>.tsv``: every sentence of the example story versions
  (``examples/kursk-2025``) with a faithful reference translation;
* ``scripts/corpus/names.tsv``: surface forms of glossary names (inflected as they occur) with
  their canonical English and Russian names, used to derive *glossary-protected* variants, i.e.
  the source sentence as ``polyglot_news.glossary.protect`` hands it to a translator (each name
  replaced by its canonical target-language form), paired with a target that holds the canonical
  form;
* ``scripts/corpus/generic.tsv``: subject and predicate fragments combined into 100 short
  generic news sentences per pair, so the models see more than one story.

Units are sentences because the translation engine translates sentence by sentence.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from pathlib import Path

CORPUS_DIR = Path(__file__).resolve().parent / "corpus"
PAIRS = ("ru-en", "uk-en", "ko-en", "en-ru")


@dataclass(frozen=True)
class Name:
    """One surface form of a glossary name and its canonical forms."""

    language: str
    surface: str
    canonical: dict[str, str]


@dataclass(frozen=True)
class Row:
    """One sentence pair and where it came from (story, protected or generic)."""

    source: str
    target: str
    kind: str


def _data_lines(path: Path) -> list[list[str]]:
    """Tab-split the non-comment, non-blank lines of a data file."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]


def load_names(corpus_dir: Path = CORPUS_DIR) -> list[Name]:
    """Read names.tsv, longest surface first so that multi-word names win."""
    names = [
        Name(lang, surface, {"en": en, "ru": ru})
        for lang, surface, en, ru in _data_lines(corpus_dir / "names.tsv")
    ]
    return sorted(names, key=lambda n: (-len(n.surface), n.surface))


def _name_pattern(name: Name) -> re.Pattern[str]:
    """Match a surface as a whole word; Korean particles attach, so no right boundary there."""
    right = "" if name.language == "ko" else r"(?!\w)"
    return re.compile(r"(?<!\w)" + re.escape(name.surface) + right)


def protect_names(
    text: str, language: str, target: str, names: list[Name]
) -> tuple[str, frozenset[str]]:
    """Replace each known surface form by its canonical target-language name (one pass)."""
    spans: list[tuple[int, int, str, str]] = []
    for name in names:
        if name.language != language:
            continue
        for m in _name_pattern(name).finditer(text):
            if all(m.end() <= s or m.start() >= e for s, e, _, _ in spans):
                spans.append((m.start(), m.end(), name.canonical[target], name.canonical["en"]))
    out, pos = [], 0
    for start, end, canonical, _ in sorted(spans):
        out += [text[pos:start], canonical]
        pos = end
    out.append(text[pos:])
    return "".join(out), frozenset(entry for _, _, _, entry in spans)


def _canonicalise_target(text: str, target: str, entries: frozenset[str], names: list[Name]) -> str:
    """Put the canonical form of each protected entry into a reference translation."""
    wanted = [n for n in names if n.language == target and n.canonical["en"] in entries]
    return protect_names(text, target, target, wanted)[0] if target != "en" else text


def story_rows(pair: str, names: list[Name], corpus_dir: Path = CORPUS_DIR) -> list[Row]:
    """Story sentences of one pair plus their glossary-protected variants."""
    source, target = pair.split("-")
    rows = [Row(s, t, "story") for s, t in _data_lines(corpus_dir / "story" / f"{pair}.tsv")]
    protected = []
    for row in rows:
        text, entries = protect_names(row.source, source, target, names)
        if entries:
            reference = _canonicalise_target(row.target, target, entries, names)
            protected.append(Row(text, reference, "protected"))
    return rows + protected


def generic_rows(pair: str, corpus_dir: Path = CORPUS_DIR) -> list[Row]:
    """All subject x predicate combinations for one pair (100 with the shipped data)."""
    source, target = pair.split("-")
    header = ["part", "en", "ru", "uk", "ko"]
    parts = [
        dict(zip(header, cols, strict=True)) for cols in _data_lines(corpus_dir / "generic.tsv")
    ]
    subjects = [p for p in parts if p["part"] == "subject"]
    predicates = [p for p in parts if p["part"] == "predicate"]
    return [
        Row(f"{s[source]} {p[source]}", f"{s[target]} {p[target]}", "generic")
        for s, p in itertools.product(subjects, predicates)
    ]


def build_pair(pair: str, corpus_dir: Path = CORPUS_DIR) -> list[Row]:
    """Every training row of one pair, deduplicated on the source side, in a stable order."""
    names = load_names(corpus_dir)
    rows, seen = [], set()
    for row in story_rows(pair, names, corpus_dir) + generic_rows(pair, corpus_dir):
        if row.source not in seen:
            seen.add(row.source)
            rows.append(row)
    return rows


def write_pair(pair: str, rows: list[Row], corpus_dir: Path = CORPUS_DIR) -> Path:
    """Write the pair's TSV (source<TAB>target) and return its path."""
    path = corpus_dir / f"{pair}.tsv"
    path.write_text("".join(f"{r.source}\t{r.target}\n" for r in rows), encoding="utf-8")
    return path


def read_pair(path: Path) -> list[tuple[str, str]]:
    """Read a pair TSV back as (source, target) tuples."""
    return [(s, t) for s, t in _data_lines(path)]
