"""Generate a corpus of N multilingual stories from the batch tests' own texts (seeded).

The five stories of ``tests/batch/corpus`` (14 versions in en, ru, uk, ko, written for the
tests) are the seeds. Story ``k`` takes seed story ``k mod 5`` and, in every version, replaces
each number by one derived from ``k`` (so its numbered sentences are new text to translate,
as in a month of real stories where the wire copy changes every day), drops a later paragraph
in some versions and reorders paragraphs in others. Sentences without numbers repeat across
the stories of one seed, the way boilerplate and background paragraphs do, and come from
the translation cache after their first appearance. Records are written in an interleaved
order (all first versions, then all second versions...), so grouping by ``story`` is tested.

    python benchmarks/batch_corpus.py 200 /tmp/corpus.jsonl

``make_english_corpus`` is the variant for the Argos-sized benchmark package, which only
translates en->ru: every version is English, written from the translation benchmark's sentence
pool (``benchmarks/workload.py``), and compared in pivot ``ru``.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "tests" / "batch" / "corpus"
_NUMBER = re.compile(r"\d+(?:,\d{3})*")


def seed_stories() -> list[tuple[str, list[dict[str, str]]]]:
    """The test corpus as ``(story, [record, ...])``, folder stories included as records."""
    stories: dict[str, list[dict[str, str]]] = {}
    for line in (SEEDS / "stories.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        stories.setdefault(record.pop("story"), []).append(record)
    for folder in sorted((SEEDS / "folders").iterdir()):
        for path in sorted(folder.glob("*.txt")):
            stories.setdefault(folder.name, []).append(
                {"outlet": path.stem, "text": path.read_text(encoding="utf-8")}
            )
    return list(stories.items())


def _renumber(text: str, k: int) -> str:
    def new(match: re.Match[str]) -> str:
        value = int(match.group().replace(",", ""))
        return str(value + 1 + (k * 7 + value) % 97)

    return _NUMBER.sub(new, text)


def _vary(text: str, k: int, rng: random.Random) -> str:
    paragraphs = _renumber(text, k).split("\n\n")
    if len(paragraphs) > 2 and rng.random() < 0.3:
        paragraphs.pop(rng.randrange(1, len(paragraphs)))
    elif len(paragraphs) > 1 and rng.random() < 0.3:
        paragraphs[0], paragraphs[1] = paragraphs[1], paragraphs[0]
    return "\n\n".join(paragraphs)


def make_corpus(stories: int, seed: int = 0) -> list[dict[str, str]]:
    """``stories`` stories of 2-3 versions as JSON Lines records, interleaved."""
    rng = random.Random(seed)
    seeds = seed_stories()
    by_version: list[list[dict[str, str]]] = []
    for k in range(stories):
        name, versions = seeds[k % len(seeds)]
        for index, record in enumerate(versions):
            while len(by_version) <= index:
                by_version.append([])
            varied = {**record, "story": f"{name}-{k:04d}", "text": _vary(record["text"], k, rng)}
            by_version[index].append(varied)
    return [record for column in by_version for record in column]


def make_english_corpus(
    stories: int, versions: int = 3, sentences: int = 5, shared: int = 3, seed: int = 0
) -> list[dict[str, str]]:
    """``stories`` stories of ``versions`` English versions of ``sentences`` sentences each.

    Each story draws a base of ``sentences`` sentences from the workload pool; every version
    keeps ``shared`` of them in place and replaces the rest with sentences of its own, so
    versions overlap the way outlets' rewrites do (shared sentences come from the translation
    cache after their first version). Sentences are not reused across stories.
    """
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from workload import sentence_pool

    pool = iter(sentence_pool(seed))
    rng = random.Random(seed)
    records: list[dict[str, str]] = []
    for k in range(stories):
        base = [next(pool) for _ in range(sentences)]
        for v in range(versions):
            kept = set(rng.sample(range(sentences), shared))
            text = [base[i] if i in kept else next(pool) for i in range(sentences)]
            records.append(
                {"story": f"en-story-{k:04d}", "outlet": f"Outlet {v}", "text": " ".join(text)}
            )
    return records


def write_corpus(path: Path, stories: int, seed: int = 0, english: bool = False) -> int:
    """Write the generated corpus (English-only with ``english``) to ``path``; return records."""
    records = make_english_corpus(stories, seed=seed) if english else make_corpus(stories, seed)
    with path.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return len(records)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("stories", type=int)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    count = write_corpus(args.out, args.stories, args.seed)
    print(f"wrote {args.stories} stories ({count} records) to {args.out}")


if __name__ == "__main__":
    main()
