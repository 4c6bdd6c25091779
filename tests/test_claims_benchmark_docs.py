"""benchmarks/claims_accuracy.py writes only what its run measured into docs/benchmarks.md.

The section is built from the run's results: every figure in it is one of the results' counts
(or a sum of them), every split the data names is reported (a new held-out set too), and no
figure of an earlier run is written again as if it were current.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"


def _load():
    sys.path.insert(0, str(BENCHMARKS))  # the benchmark imports its sibling _docs
    try:
        spec = importlib.util.spec_from_file_location(
            "claims_accuracy", BENCHMARKS / "claims_accuracy.py"
        )
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module  # dataclasses look their module up there
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(BENCHMARKS))


bench = _load()
KEYS = ("versions", "sentences", "facts", "claims", "multi", "true_unique", "found_unique",
        "false_unique", "mixed", "split", "related", "false_compare", "found_compare")  # fmt: skip


def _result(seed: int) -> dict[str, int]:
    return {key: 1000 * seed + index for index, key in enumerate(KEYS)}


RESULTS = {
    "story-a": ("heldout", _result(1)),
    "story-b": ("tune", _result(2)),
    "story-c": ("heldout3", _result(3)),
    "story-d": ("heldout", _result(4)),
}


def test_every_figure_written_comes_from_the_run() -> None:
    lines = bench.section(RESULTS)
    measured = {str(v) for _, r in RESULTS.values() for v in r.values()}
    totals = {str(_result(1)[k] + _result(4)[k]) for k in KEYS}
    figures = set(re.findall(r"\b\d+\b", "\n".join(lines)))
    assert figures - measured - totals <= {"2"}  # "2+ versions" in the column names
    prose = [line for line in lines if line and not line.startswith("|")]
    assert len(prose) == 1 and not re.search(r"\b\d{2,}\b|[0-9a-f]{7}", prose[0])


def test_splits_are_reported_in_order_with_new_ones_after() -> None:
    lines = bench.section(RESULTS)
    rows = [line.split(" | ")[0].strip("| ") for line in lines if line.startswith("| ")]
    assert list(dict.fromkeys(rows[1:])) == ["tune", "heldout", "heldout3"]
    assert "| heldout3 | **all heldout3** |" in "\n".join(lines)
    assert "`heldout3`" in lines[0]


def test_the_section_replaces_only_its_own(tmp_path: Path) -> None:
    docs = tmp_path / "benchmarks.md"
    docs.write_text("# Benchmarks\n\n## Claims\n\nold figures 12, 21\n\n## Other\n\nkept\n")
    bench.write_section(bench.section(RESULTS), docs)
    text = docs.read_text()
    assert "old figures" not in text and text.endswith("## Other\n\nkept\n")
