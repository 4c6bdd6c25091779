"""Letter-bigram tables per language, derived from the langid word tables, for plausibility.

:func:`build_tables` turns each word table (``polyglot_news/data/langid/words/LANG.tsv.gz``,
word TAB count) into letter-bigram log-probabilities: every word of the language's main script
(gettext catalogs carry some English, which is left out) is padded with a space on each side,
its bigrams counted with the word's count, and probabilities add-one smoothed over the
alphabet's bigrams; words are lower-cased and optional letters folded (``ё`` -> ``е``).
Each table also stores its own mean log-probability per bigram (the ``reference`` a real text
of the language is compared with) and the log-probability of an unseen bigram. Building takes
seconds, so ``scripts/build_bigram_tables.py`` writes the tables to ``bigrams.json.gz`` once
and :func:`bigram_tables` loads that file; a test checks that the file matches a rebuild.
"""

from __future__ import annotations

import gzip
import json
import math
from collections import Counter
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from polyglot_news.langid.scripts import CJK_SCRIPTS, script_of

__all__ = ["BigramTable", "bigram_tables", "build_table", "build_tables", "fold"]

_DIGITS = 3  # log-probabilities are stored rounded to this many decimals
# letters written or left out at will: Russian and Belarusian "ё" is mostly printed "е"
_FOLD = str.maketrans("ё", "е")


def fold(text: str) -> str:
    """``text`` lower-cased with optional letters folded, as the tables are built."""
    return text.lower().translate(_FOLD)


@dataclass(frozen=True)
class BigramTable:
    """One language's letter-bigram log-probabilities (natural log)."""

    script: str  # "cyrillic", "latin", "greek"... as in langid.scripts
    reference: float  # the table's own mean log-probability per bigram
    unseen: float  # log-probability of a bigram the table never saw
    logs: dict[str, float]

    def mean(self, grams: Counter[str]) -> float:
        """Mean log-probability per bigram of ``grams`` (bigram -> count); ``grams`` not empty."""
        logs, unseen = self.logs, self.unseen
        total = sum(n * logs.get(g, unseen) for g, n in grams.items())
        return total / sum(grams.values())


def _pooled(script: str) -> str:
    return "cjk" if script in CJK_SCRIPTS else script


def build_table(words: dict[str, int]) -> BigramTable:
    """The table of one language from its ``{word: count}``."""
    mass: Counter[str] = Counter()
    for word, n in words.items():
        mass[_pooled(script_of(word[0]))] += n * len(word)
    script = mass.most_common(1)[0][0] if mass else "other"
    words = {w: n for w, n in words.items() if _pooled(script_of(w[0])) == script}
    counts: Counter[str] = Counter()
    for word, n in words.items():
        padded = f" {word} "
        for i in range(len(padded) - 1):
            counts[padded[i : i + 2]] += n
    letters = {ch for word in words for ch in word}
    total = sum(counts.values())
    vocabulary = (len(letters) + 1) ** 2
    logs = {g: round(math.log((n + 1) / (total + vocabulary)), _DIGITS) for g, n in counts.items()}
    reference = sum(n * logs[g] for g, n in counts.items()) / max(total, 1)
    unseen = math.log(1 / (total + vocabulary))
    return BigramTable(script, round(reference, _DIGITS), round(unseen, _DIGITS), logs)


def build_tables(folder: Any = None) -> dict[str, BigramTable]:
    """Tables for every ``LANG.tsv.gz`` word table in ``folder`` (default: the shipped ones)."""
    folder = folder or resources.files("polyglot_news.data") / "langid" / "words"
    tables: dict[str, BigramTable] = {}
    for path in sorted(folder.iterdir(), key=lambda p: p.name):
        if not path.name.endswith(".tsv.gz"):
            continue
        words: dict[str, int] = {}
        for row in gzip.decompress(path.read_bytes()).decode("utf-8").splitlines():
            word, _, count = row.partition("\t")
            if word.isalpha():
                words[fold(word)] = words.get(fold(word), 0) + int(count)
        tables[path.name[: -len(".tsv.gz")]] = build_table(words)
    return tables


def to_json(tables: dict[str, BigramTable]) -> bytes:
    """The gzipped JSON form of ``tables`` (what ``bigrams.json.gz`` holds)."""
    data = {
        lang: {"script": t.script, "reference": t.reference, "unseen": t.unseen, "logs": t.logs}
        for lang, t in sorted(tables.items())
    }
    raw = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return gzip.compress(raw.encode("utf-8"), mtime=0)


@cache
def bigram_tables() -> dict[str, BigramTable]:
    """The shipped tables, ``{language: BigramTable}``, loaded once."""
    path = resources.files("polyglot_news.data") / "langid" / "bigrams.json.gz"
    data = json.loads(gzip.decompress(path.read_bytes()).decode("utf-8"))
    return {lang: BigramTable(**fields) for lang, fields in data.items()}
