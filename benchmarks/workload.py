"""Deterministic translation-benchmark workload: 20 versions of one 20-sentence article.

Sentences are composed from ``workload_fragments.tsv`` (subject + predicate + tail: 1,440
real-looking English news sentences). One base article of 20 sentences is drawn; each version
keeps 12 of them (60%) in place and replaces the other 8 with sentences of its own, the way
outlets' rewrites of one wire story overlap. Used by the translation benchmark and to calibrate
the benchmark model's sentence length.
"""

from __future__ import annotations

import itertools
import random
from pathlib import Path

FRAGMENTS = Path(__file__).resolve().parent / "workload_fragments.tsv"
VERSIONS = 20
SENTENCES = 20
SHARED = 12


def sentence_pool(seed: int = 0) -> list[str]:
    """Every subject x predicate x tail sentence, in a seeded random order."""
    parts: dict[str, list[str]] = {}
    for line in FRAGMENTS.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            kind, text = line.split("\t")
            parts.setdefault(kind, []).append(text)
    pool = [
        f"{s} {p} {t}."
        for s, p, t in itertools.product(parts["subject"], parts["predicate"], parts["tail"])
    ]
    random.Random(seed).shuffle(pool)
    return pool


def _article(sentences: list[str]) -> str:
    """Paragraphs of four sentences separated by blank lines."""
    return "\n\n".join(" ".join(sentences[i : i + 4]) for i in range(0, len(sentences), 4))


def make_workload(seed: int = 0) -> list[str]:
    """20 article versions of 20 sentences each, sharing 12 sentences (60%) with the base."""
    rng = random.Random(seed)
    pool = sentence_pool(seed)
    base, fresh = pool[:SENTENCES], iter(pool[SENTENCES:])
    versions = []
    for _ in range(VERSIONS):
        keep = set(rng.sample(range(SENTENCES), SHARED))
        sentences = [base[i] if i in keep else next(fresh) for i in range(SENTENCES)]
        versions.append(_article(sentences))
    return versions
