"""How well the claims table groups N versions of a story, on hand-labelled stories.

Each story in ``benchmarks/data/claims/*.tsv`` lists every sentence of every version (English
renderings of outlets in several languages, written for this benchmark) with the facts it
reports (``F1,F2``: a long sentence may report two). The aligner's gold stories
(``benchmarks/data/alignment/*.tsv``, the same fact tags) are measured too when present. The
sentences go through the product's comparison (``compare_sentences``: links of all pairs,
claims, unique sentences; the gold sentence split is used so that segmentation errors do not
blur the figures) and this prints, per story:

* ``claims``: rows of the table, against the facts of the gold and the rows with 2+ versions;
* ``false unique``: sentences listed *only in one version* (rows one version alone has a cell
  in that link to nothing else, as the reports list them) although a sentence of another
  version reports one of their facts (a fact tagged ``F?``, one a sentence may be read to
  carry, counts only for mixed rows) (the figure the claims table exists to bring to 0),
  against the sentences that are really unique and how many of those are found;
* ``perhaps told elsewhere``: the reports' second list, the other rows one version alone has a
  cell in (their row links to one it could not join, "compare #N"): how many of its
  sentences another version reports, and how many are really unique;
* ``mixed rows``: rows whose cells share no fact (unrelated facts joined);
* ``split facts``: facts reported by 2+ versions in single-fact sentences that end up in more
  than one row.

It writes the figures under "## Claims" in ``docs/benchmarks.md`` (replacing that section).

    python benchmarks/claims_accuracy.py [--no-write]
    python benchmarks/claims_accuracy.py --bases   # does the table depend on the base?
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from _docs import replace_section

from polyglot_news.comparison.engine import compare_sentences
from polyglot_news.comparison.model import Claim, unique_sentences

DATA = Path(__file__).resolve().parent / "data" / "claims"
ALIGNMENT = Path(__file__).resolve().parent / "data" / "alignment"
DOCS = Path(__file__).resolve().parent.parent / "docs" / "benchmarks.md"


@dataclass(frozen=True)
class Story:
    """One hand-labelled story: versions' sentences and the facts each sentence reports."""

    name: str
    split: str  # "tune", "heldout", "heldout2" (the gold's #split line), "claims" for data/claims
    ids: list[str]
    sentences: dict[str, list[str]]
    facts: dict[tuple[str, int], frozenset[str]]  # sure facts
    possible: dict[tuple[str, int], frozenset[str]]  # facts tagged "F?": it may be read so


def load_story(path: Path) -> Story:
    """Read a story TSV: ``version, paragraph, facts, sentence`` rows, or the aligner gold's
    ``version, facts, sentence`` (facts separated by commas or spaces; ``#`` comments)."""
    sentences: dict[str, list[str]] = defaultdict(list)
    facts: dict[tuple[str, int], frozenset[str]] = {}
    possible: dict[tuple[str, int], frozenset[str]] = {}
    split = "claims"
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#split\t"):
            split = line.split("\t")[1].strip()
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        version, labels, sentence = fields[0], fields[-2], fields[-1]
        tags = labels.replace(",", " ").split()
        node = (version, len(sentences[version]))
        facts[node] = frozenset(t for t in tags if not t.endswith("?"))
        possible[node] = frozenset(t[:-1] for t in tags if t.endswith("?"))
        sentences[version].append(sentence)
    return Story(path.stem, split, list(sentences), dict(sentences), facts, possible)


def _reported_elsewhere(story: Story) -> set[tuple[str, int]]:
    """Sentences sharing a fact with a sentence of another version."""
    by_fact: dict[str, set[str]] = defaultdict(set)
    for (version, _), facts in story.facts.items():
        for fact in facts:
            by_fact[fact].add(version)
    return {
        node
        for node, facts in story.facts.items()
        if any(by_fact[f] - {node[0]} for f in facts)
    }


def _cell_facts(story: Story, claim: Claim) -> list[frozenset[str]]:
    """The facts each cell of a claim reports, possibly (``F?``) reported ones included."""
    return [
        frozenset().union(
            *(story.facts[(c.version, k)] | story.possible[(c.version, k)] for k in c.sentences)
        )
        for c in claim.cells
    ]


def tables_by_base(story: Story) -> list[tuple[int, frozenset, frozenset]]:
    """The claims table with each version as the base: its row count, rows (as sets of
    sentences) and sentences listed as only in one version."""
    out = []
    for base in range(len(story.ids)):
        versions = [(v, story.sentences[v]) for v in story.ids]
        _, _, claims = compare_sentences(versions, base=base)
        rows = frozenset(
            frozenset((c.version, k) for c in claim.cells for k in c.sentences) for claim in claims
        )
        unique = frozenset((u.version, u.index) for u in unique_sentences(claims))
        out.append((len(claims), rows, unique))
    return out


def measure(story: Story) -> dict[str, int]:
    """Run the comparison on ``story`` and count what the module docstring lists."""
    _, _, claims = compare_sentences([(v, story.sentences[v]) for v in story.ids])
    shared = _reported_elsewhere(story)
    unique = {(u.version, k) for u in unique_sentences(claims) for k in u.sentences}
    compare = {
        (u.version, k) for u in unique_sentences(claims, related=True) for k in u.sentences
    }
    mixed = sum(not frozenset.intersection(*_cell_facts(story, c)) for c in claims)
    rows_of: dict[str, set[int]] = defaultdict(set)
    versions_of: dict[str, set[str]] = defaultdict(set)
    for row, claim in enumerate(claims):
        for cell in claim.cells:
            for k in cell.sentences:
                facts = story.facts[(cell.version, k)]
                if len(facts) == 1:
                    (fact,) = facts
                    rows_of[fact].add(row)
                    versions_of[fact].add(cell.version)
    all_facts = {f for facts in story.facts.values() for f in facts}
    return {
        "versions": len(story.ids),
        "sentences": len(story.facts),
        "facts": len(all_facts),
        "claims": len(claims),
        "multi": sum(len(c.cells) > 1 for c in claims),
        "true_unique": len(set(story.facts) - shared),
        "found_unique": len(unique - shared),
        "false_unique": len(unique & shared),
        "false_compare": len(compare & shared),
        "found_compare": len(compare - shared),
        "mixed": mixed,
        "split": sum(len(rows_of[f]) > 1 and len(versions_of[f]) > 1 for f in rows_of),
        "related": sum(bool(c.related) for c in claims),
    }


SPLITS = {
    "tune": "thresholds are chosen on these",
    "heldout": "tuned on since the sixth aligner and the consensus rule",
    "heldout2": "its alignment tuned on since the eighth aligner",
    "claims": "written for the claims table, tuned on",
    "heldout3": "written blind while the sixth aligner was made, its alignment tuned on since "
    "the eighth aligner",
    "heldout4": "written blind on 1 December 2026, a check set: measured once per milestone, "
    "never tuned on",
    "heldout5": "written blind on 1 December 2026 (second round), a check set: measured once "
    "per milestone, never tuned on",
    "heldout6": "written blind on 1 December 2026 (third round), measured with aligner "
    "version 7 and 8 before it was committed, tuned on since the ninth aligner and the "
    "mutual-best rows",
    "heldout7": "written blind on 2 December 2026, measured with aligner version 8 and 9 "
    "before it was committed; a check set: never tuned on",
    "heldout8": "written blind on 2 December 2026 (second round), measured with aligner "
    "version 9 at the start and end of the round before it was committed; a check set: "
    "never tuned on",
    "heldout9": "written blind on 2 December 2026 (third round), measured with aligner "
    "versions 9 and 10 at the start and end of the round before it was committed; a check "
    "set: never tuned on",
    "heldout10": "written blind on 2 December 2026 (fourth round), measured with aligner "
    "versions 10 and 11 at the start and end of the round before it was committed; a check "
    "set: never tuned on",
    "heldout11": "written blind on 2 December 2026 (fifth round), measured with aligner "
    "versions 11 and 12 at the start and end of the round before it was committed; a check "
    "set: never tuned on",
    "heldout12": "written blind on 2 December 2026 (sixth round), measured with aligner "
    "version 12 at the start and the round's last version at the end before it was committed; "
    "a check set: never tuned on",
    "tune2": "written on 2 December 2026 as tuning material for the link scorer (before the "
    "aligner was run on it), fitted on since aligner version 11",
}
"""Story groups, reported apart, in this order (docs/comparison.md); a split the data names that
is not here (a new held-out set) is reported after them, described by its name only."""

SUMMED = ("sentences", "facts", "claims", "multi", "false_unique", "false_compare", "found_unique",
          "found_compare", "true_unique", "mixed", "split", "related")  # fmt: skip


def table(results: dict[str, tuple[str, dict[str, int]]]) -> list[str]:
    """The figures as a Markdown table, stories grouped by split, with a total per split."""
    lines = [
        "| split | story | versions | sentences | facts | claims | claims in 2+ versions "
        "| false unique | unique found / really unique | perhaps told elsewhere: false / unique "
        "| mixed rows | split facts | rows with related |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for split in splits(results):
        mine = {name: r for name, (s, r) in results.items() if s == split}
        total = {k: sum(r[k] for r in mine.values()) for k in SUMMED}
        total["versions"] = sum(r["versions"] for r in mine.values())
        for name, r in [*mine.items(), (f"**all {split}**", total)]:
            lines.append(
                f"| {split} | {name} | {r['versions']} | {r['sentences']} | {r['facts']} "
                f"| {r['claims']} | {r['multi']} | {r['false_unique']} "
                f"| {r['found_unique']} / {r['true_unique']} "
                f"| {r['false_compare']} / {r['found_compare']} | {r['mixed']} | {r['split']} "
                f"| {r['related']} |"
            )
    return lines


def splits(results: dict[str, tuple[str, dict[str, int]]]) -> list[str]:
    """The splits of the measured stories: those of :data:`SPLITS` in order, then any other."""
    found = {split for split, _ in results.values()}
    return [s for s in SPLITS if s in found] + sorted(found - set(SPLITS))


def section(results: dict[str, tuple[str, dict[str, int]]]) -> list[str]:
    """The lines of the "## Claims" section: what was measured and how, then the table.

    Everything in it comes from ``results`` (this run's measurements); figures of earlier runs
    belong with the change that moved them (docs/comparison.md) and in git history, not in a
    paragraph every run writes again as if it were current.
    """
    groups = ", ".join(f"`{s}` ({SPLITS[s]})" if s in SPLITS else f"`{s}`" for s in splits(results))
    return [
        "`python benchmarks/claims_accuracy.py`: the claims table on hand-labelled stories "
        "(`benchmarks/data/claims/`, written for it, and the aligner's gold stories in "
        "`benchmarks/data/alignment/`; each sentence tagged with the facts it reports; gold "
        "sentence split; default options). *False unique*: sentences listed only in one "
        "version (rows one version alone has a cell in that link to nothing else) although "
        "another version reports one of their (sure) facts. *Perhaps told elsewhere*: the list "
        "of the other rows one version alone has a cell in (linked to a row they could not "
        "join, \"compare #N\"): how many of its sentences another version reports and how "
        "many are really unique. *Mixed rows*: "
        "rows whose cells share no fact (possible `F?` facts included). *Split facts*: facts "
        "told by 2+ versions in one-fact sentences that land in more than one row. Stories by "
        f"split: {groups}.",
        "",
        *table(results),
    ]


def write_section(lines: list[str], path: Path = DOCS) -> None:
    """Replace (or append) the "## Claims" section of docs/benchmarks.md (or ``path``)."""
    replace_section("## Claims", "## Claims\n\n" + "\n".join(lines) + "\n\n", path)


def main() -> None:
    """Measure every story, print, and write the docs section."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-write", action="store_true", help="print only")
    parser.add_argument(
        "--bases", action="store_true", help="print how the table changes with the base, only"
    )
    args = parser.parse_args()
    paths = sorted(DATA.glob("*.tsv")) + sorted(ALIGNMENT.glob("*.tsv"))
    stories = [load_story(p) for p in paths]
    if args.bases:
        for story in stories:
            tables = tables_by_base(story)
            distinct = len({(rows, unique) for _, rows, unique in tables})
            counts = [n for n, _, _ in tables]
            print(f"{story.name} ({story.split}): rows by base {counts}, {distinct} tables")
        return
    results = {story.name: (story.split, measure(story)) for story in stories}
    lines = section(results)
    print("\n".join(lines))
    if not args.no_write:
        write_section(lines)
        print(f"written to {DOCS}")


if __name__ == "__main__":
    main()
