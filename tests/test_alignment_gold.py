"""The gold alignments of ``benchmarks/data/alignment``: every story loads, names a known split,
and its ``.links.json`` is what ``benchmarks/alignment_gold.py --export`` makes of its TSV (so a
hand edit of a TSV cannot leave stale links behind)."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from typing import Any

import pytest

_GOLD = Path(__file__).resolve().parents[1] / "benchmarks" / "alignment_gold.py"
_spec = importlib.util.spec_from_file_location("alignment_gold", _GOLD)
assert _spec is not None and _spec.loader is not None
gold = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = gold  # dataclasses look their module up there
_spec.loader.exec_module(gold)

TSVS = sorted(gold.DATA.glob("*.tsv"))
SPLITS = {"tune", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7",
          "heldout8", "heldout9", "tune2", "heldout10", "heldout11", "heldout12"}  # fmt: skip


def _export(story: Any) -> dict:
    pairs = [
        {
            "a": va,
            "b": vb,
            "links": [link.__dict__ for link in gold.gold_links(story, va, vb)],
            "possible": sorted(gold.possible_pairs(story, va, vb)),
        }
        for va, vb in gold.version_pairs(story)
    ]
    return {"story": story.name, "split": story.split, "pairs": pairs}


@pytest.mark.parametrize("path", TSVS, ids=[p.stem for p in TSVS])
def test_links_json_is_exported_from_the_tsv(path: Path) -> None:
    story = gold.load_story(path)
    assert story.split in SPLITS
    assert len(story.versions) >= 2
    exported = json.loads(path.with_suffix(".links.json").read_text(encoding="utf-8"))
    assert exported == json.loads(json.dumps(_export(story)))


def test_fresh_held_out_stories_are_multi_outlet() -> None:
    """The second held-out split: four fresh multi-outlet stories or more, each with 4-6
    versions of 6-14 sentences and gold links of both kinds (reworded and partial)."""
    stories = [s for s in map(gold.load_story, TSVS) if s.split == "heldout2"]
    assert len(stories) >= 4
    for story in stories:
        assert 4 <= len(story.versions) <= 6, story.name
        assert all(6 <= len(v) <= 14 for v in story.versions.values()), story.name
        kinds = {
            link.kind
            for va, vb in gold.version_pairs(story)
            for link in gold.gold_links(story, va, vb)
        }
        assert {"reworded", "partial"} <= kinds, story.name
