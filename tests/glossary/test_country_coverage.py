"""Every country and capital in the forms running text writes (benchmarks/country_coverage.py).

The audit puts each country's CLDR name (without its parenthesis) and each capital's canonical
name, in their case forms by pymorphy3 (ru, uk), the Hunspell suffix rules (pl, cs, be) and
the grammar's rules (ro, tr), into a sentence of the language and counts what the matcher
finds. A floor per language and kind against regressions, measured on 2 December 2026 after
the integ round (docs/glossary.md, "Countries and capitals"); not a target: the gaps left are
listed there.
"""

from __future__ import annotations

import importlib.util
import sys
from functools import cache
from pathlib import Path

import pytest

_BENCHMARK = Path(__file__).resolve().parents[2] / "benchmarks" / "country_coverage.py"
_spec = importlib.util.spec_from_file_location("country_coverage", _BENCHMARK)
assert _spec is not None and _spec.loader is not None
bench = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = bench
_spec.loader.exec_module(bench)

# found per language: (countries, capitals, country case forms, capital case forms), of 253
# countries; before the round (main 4af3b12) and after it in docs/glossary.md
FLOORS = {
    "be": (252, 233, 323, 161),
    "cs": (251, 68, 514, 180),
    "de": (253, 52, 0, 0),
    "en": (252, 239, 0, 0),
    "he": (253, 147, 0, 0),
    "pl": (253, 84, 653, 249),
    "ro": (253, 51, 189, 46),
    "ru": (249, 206, 1214, 998),
    "sr": (251, 147, 0, 0),
    "tr": (253, 69, 506, 138),
    "uk": (253, 219, 1195, 1069),
}


@cache
def _audit() -> dict[str, dict[str, list]]:
    return bench.audit(frozenset(FLOORS))


@pytest.mark.parametrize(("lang", "floor"), sorted(FLOORS.items()))
def test_every_country_and_capital_is_found_in_its_forms(
    lang: str, floor: tuple[int, int, int, int]
) -> None:
    cells = _audit()[lang]
    found = tuple(cells.get(kind, [0, 0, []])[0] for kind in bench.KINDS)
    assert all(f >= n for f, n in zip(found, floor, strict=True)), found
