"""Gold sentence alignments of ``benchmarks/data/alignment/*.tsv``: parse, derive links, export.

Each story file holds its versions one sentence a line (``version<TAB>facts<TAB>sentence``),
every sentence tagged by hand with the facts it reports (``#fact<TAB>id<TAB>description``
lines say what each fact is). A fact tagged ``F?`` is one the sentence may be read to carry
(a headline restating the lead): links through it are *possible*, not *sure* (the sure and
possible links of Och & Ney 2003, "A systematic comparison of various statistical alignment
models"): a predicted possible link is no error, a missing one no miss. Two sentences of
different versions link (sure) when they share a fact; a connected group of one sentence
against one (or against two adjacent ones) is one link. Its kind: ``same`` when the
sentences are equal after typography folding, ``reworded`` when both sides report the same
facts, ``partial`` when one side adds or drops one (a substantial clause); the reason names
the facts shared, added and dropped.

    python benchmarks/alignment_gold.py            # print every gold link with its reason
    python benchmarks/alignment_gold.py --export   # also write <story>.links.json beside it
"""

from __future__ import annotations

import argparse
import itertools
import json
from dataclasses import dataclass, field
from pathlib import Path

from polyglot_news.comparison.similarity import fold_typography

DATA = Path(__file__).resolve().parent / "data" / "alignment"


@dataclass
class Story:
    """One gold story: versions (sentences with fact tags) and the facts' descriptions."""

    name: str
    split: str
    facts: dict[str, str] = field(default_factory=dict)
    versions: dict[str, list[tuple[frozenset[str], str]]] = field(default_factory=dict)
    possible: dict[str, list[frozenset[str]]] = field(default_factory=dict)

    def sentences(self, version: str) -> list[str]:
        """The sentences of one version, in order."""
        return [text for _, text in self.versions[version]]


@dataclass(frozen=True)
class GoldLink:
    """A gold link between sentences ``a`` of one version and ``b`` of another."""

    a: tuple[int, ...]
    b: tuple[int, ...]
    kind: str
    reason: str


def load_story(path: Path) -> Story:
    """Parse one story file (see the module docstring)."""
    story = Story(path.stem, "tune")
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("# "):
            continue
        cells = line.split("\t")
        if cells[0] == "#story":
            story.name = cells[1]
        elif cells[0] == "#split":
            story.split = cells[1]
        elif cells[0] == "#fact":
            story.facts[cells[1]] = cells[2]
        elif not cells[0].startswith("#"):
            version, tags, text = cells
            sure = frozenset(t for t in tags.split() if not t.endswith("?"))
            maybe = frozenset(t[:-1] for t in tags.split() if t.endswith("?"))
            story.versions.setdefault(version, []).append((sure, text))
            story.possible.setdefault(version, []).append(maybe)
    tagged = [t for v in story.versions.values() for tags, _ in v for t in tags]
    tagged += [t for v in story.possible.values() for tags in v for t in tags]
    unknown = set(tagged) - set(story.facts)
    if unknown:
        raise ValueError(f"{path}: facts without a #fact line: {sorted(unknown)}")
    return story


def load_stories(directory: Path = DATA) -> list[Story]:
    """Every story under ``directory``, by file name."""
    return [load_story(p) for p in sorted(directory.glob("*.tsv"))]


def _components(edges: list[tuple[int, int]]) -> list[tuple[list[int], list[int]]]:
    """Connected groups of a bipartite graph given by its (a, b) edges."""
    groups: list[tuple[set[int], set[int]]] = []
    for i, j in edges:
        hit = [g for g in groups if i in g[0] or j in g[1]]
        merged: tuple[set[int], set[int]] = ({i}, {j})
        for g in hit:
            merged[0].update(g[0])
            merged[1].update(g[1])
            groups.remove(g)
        groups.append(merged)
    return sorted((sorted(a), sorted(b)) for a, b in groups)


def _reason(story: Story, shared: set[str], only_a: set[str], only_b: set[str]) -> str:
    parts = ["shares " + "; ".join(story.facts[f] for f in sorted(shared))]
    if only_a:
        parts.append("only a: " + "; ".join(story.facts[f] for f in sorted(only_a)))
    if only_b:
        parts.append("only b: " + "; ".join(story.facts[f] for f in sorted(only_b)))
    return " | ".join(parts)


def gold_links(story: Story, va: str, vb: str) -> list[GoldLink]:
    """The gold links of version ``va`` against version ``vb``."""
    a, b = story.versions[va], story.versions[vb]
    edges = [
        (i, j) for i, j in itertools.product(range(len(a)), range(len(b))) if a[i][0] & b[j][0]
    ]
    links = []
    for ga, gb in _components(edges):
        adjacent = (len(ga) == 1 and len(gb) <= 2 or len(gb) == 1 and len(ga) <= 2) and (
            ga[-1] - ga[0] == len(ga) - 1 and gb[-1] - gb[0] == len(gb) - 1
        )
        pieces = (
            [(tuple(ga), tuple(gb))]
            if adjacent
            else [((i,), (j,)) for i, j in edges if i in ga and j in gb]
        )
        for xa, xb in pieces:
            fa = frozenset().union(*(a[i][0] for i in xa))
            fb = frozenset().union(*(b[j][0] for j in xb))
            text_a = " ".join(fold_typography(a[i][1]) for i in xa)
            text_b = " ".join(fold_typography(b[j][1]) for j in xb)
            kind = "same" if text_a == text_b else "reworded" if fa == fb else "partial"
            links.append(
                GoldLink(xa, xb, kind, _reason(story, set(fa & fb), set(fa - fb), set(fb - fa)))
            )
    return links


def possible_pairs(story: Story, va: str, vb: str) -> set[tuple[int, int]]:
    """Sentence pairs linked through a possible fact only (neither error nor miss)."""
    a = [s | p for (s, _), p in zip(story.versions[va], story.possible[va], strict=True)]
    b = [s | p for (s, _), p in zip(story.versions[vb], story.possible[vb], strict=True)]
    sure = {(i, j) for g in gold_links(story, va, vb) for i in g.a for j in g.b}
    every = {(i, j) for i, j in itertools.product(range(len(a)), range(len(b))) if a[i] & b[j]}
    return every - sure


def version_pairs(story: Story) -> list[tuple[str, str]]:
    """Every pair of versions of a story, in file order."""
    return list(itertools.combinations(story.versions, 2))


def main() -> None:
    """Print the gold links (and export them as JSON with ``--export``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--export", action="store_true", help="write <story>.links.json")
    args = parser.parse_args()
    for story in load_stories():
        exported = []
        for va, vb in version_pairs(story):
            links = gold_links(story, va, vb)
            print(f"== {story.name}: {va} vs {vb} ({len(links)} links)")
            for link in links:
                print(f"  {link.a} ~ {link.b} {link.kind}: {link.reason}")
            possible = sorted(possible_pairs(story, va, vb))
            exported.append(
                {"a": va, "b": vb, "links": [link.__dict__ for link in links], "possible": possible}
            )
        if args.export:
            out = DATA / f"{story.name}.links.json"
            out.write_text(
                json.dumps({"story": story.name, "split": story.split, "pairs": exported}, indent=1)
                + "\n",
                encoding="utf-8",
            )


if __name__ == "__main__":
    main()
