"""How many wire datelines :func:`polyglot_news.sources.normalise` removes, and how many real
first sentences it leaves whole.

Reads ``tests/sources/data/datelines.tsv`` (id, dateline or empty, the rest of the paragraph;
many agencies and languages, written for this check) and normalises each paragraph after a
headline, as a wire file opens. A dateline counts as ``found`` when exactly it was removed
(kind ``dateline``) and the rest left as written; a sentence without one counts as ``kept``
when nothing was removed from it. Rows named ``chk-`` were written after the recogniser and
are reported apart (a check split, not tuned on).

Run: ``PYTHONPATH=. python benchmarks/dateline_accuracy.py [--show]``; point PYTHONPATH at
another checkout to measure that one.
"""

from __future__ import annotations

import argparse
from pathlib import Path

TABLE = Path(__file__).resolve().parents[1] / "tests" / "sources" / "data" / "datelines.tsv"
HEADLINE = "Officials comment on the events of the day"


def cases() -> list[tuple[str, str, str]]:
    """``(id, dateline, rest)`` rows of the table; ``dateline`` is "" for a sentence without."""
    rows = []
    for line in TABLE.read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            ident, dateline, rest = line.split("\t")
            rows.append((ident, dateline, rest))
    return rows


def outcome(dateline: str, rest: str) -> bool:
    """Whether normalising the headline and the paragraph removes exactly ``dateline``."""
    from polyglot_news.sources import normalise

    paragraph = f"{dateline} {rest}" if dateline else rest
    text, removed = normalise(f"{HEADLINE}\n\n{paragraph}")
    datelines = [r.text for r in removed if r.kind == "dateline"]
    if dateline:
        return datelines == [dateline] and text == f"{HEADLINE}\n\n{rest}"
    return not datelines and text == f"{HEADLINE}\n\n{rest}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--show", action="store_true", help="print every case gone wrong")
    args = parser.parse_args()
    counts: dict[str, list[int]] = {}  # split -> [found, datelines, kept, sentences]
    for ident, dateline, rest in cases():
        right = outcome(dateline, rest)
        split = counts.setdefault("check" if ident.startswith("chk-") else "tuning", [0] * 4)
        at = 0 if dateline else 2
        split[at] += right
        split[at + 1] += 1
        if args.show and not right:
            print(f"  wrong: {ident}")
    for split, (found, positives, kept, negatives) in counts.items():
        print(
            f"{split:>6}: datelines removed exactly {found}/{positives}, "
            f"first sentences kept whole {kept}/{negatives}"
        )


if __name__ == "__main__":
    main()
