"""The dateline recogniser on a table of wire datelines and look-alike first sentences.

The table (``data/datelines.tsv``) holds datelines of many agencies and languages and first
sentences that open with a word in capitals, an acronym or a place;
benchmarks/dateline_accuracy.py reads it and prints the same figures.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

from polyglot_news.records import Removal
from polyglot_news.sources import normalise
from polyglot_news.sources.dateline import find_dateline, parse_dateline
from polyglot_news.sources.normalise import dateline_fields

ROOT = Path(__file__).resolve().parents[2]


def _script(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


BENCHMARK = _script(ROOT / "benchmarks" / "dateline_accuracy.py")  # reads the table, no work
HEADLINE = BENCHMARK.HEADLINE
ROWS = BENCHMARK.cases()


@pytest.mark.parametrize(("dateline", "rest"), [r[1:] for r in ROWS], ids=[r[0] for r in ROWS])
def test_dateline_table(dateline: str, rest: str) -> None:
    paragraph = f"{dateline} {rest}" if dateline else rest
    text, removed = normalise(f"{HEADLINE}\n\n{paragraph}")
    assert text == f"{HEADLINE}\n\n{rest}"
    expected = (Removal("dateline", dateline),) if dateline else ()
    assert removed == expected


@pytest.mark.parametrize(
    ("dateline", "rest"), [r[1:] for r in ROWS if r[1]], ids=[r[0] for r in ROWS if r[1]]
)
def test_dateline_first_paragraph_without_headline(dateline: str, rest: str) -> None:
    assert normalise(f"{dateline} {rest}") == (rest, (Removal("dateline", dateline),))


def test_the_table_holds_many_agencies_and_languages() -> None:
    positives = [r for r in ROWS if r[1]]
    negatives = [r for r in ROWS if not r[1]]
    languages = {r[0].split("-")[0] for r in positives if r[0] != "chk"}
    languages |= {r[0].split("-")[1] for r in positives if r[0].startswith("chk-")}
    assert len(positives) >= 40 and len(negatives) >= 20
    assert {"en", "ru", "uk", "ko", "de", "fr", "es", "it", "pl", "pt"} <= languages


def test_dateline_only_opens_the_body() -> None:
    deep = f"{HEADLINE}\n\nFirst paragraph.\n\nKYIV, June 3 (Reuters) - Later paragraph."
    assert normalise(deep) == (deep, ())
    inside = "The wire said KYIV, June 3 (Reuters) - nothing more."
    assert normalise(inside) == (inside, ())


FIELDS = [
    (
        "country-and-date",
        "ODESA, Ukraine, June 3 (Northwire) -",
        {"place": "ODESA", "region": "Ukraine", "date": "June 3", "agency": "Northwire"},
    ),
    (
        "state",
        "SPRINGFIELD, Ill. (AP) —",
        {"place": "SPRINGFIELD", "region": "Ill.", "agency": "AP"},
    ),
    (
        "tass",
        "MOSCOW, March 15. /TASS/.",
        {"place": "MOSCOW", "date": "March 15", "agency": "TASS"},
    ),
    (
        "ria",
        "МОСКВА, 15 мар - РИА Новости.",
        {"place": "МОСКВА", "date": "15 мар", "agency": "РИА Новости"},
    ),
    ("yonhap-korean", "(서울=연합뉴스) 홍길동 기자 =", {"place": "서울", "agency": "연합뉴스"}),
    ("kyodo-japanese", "【ワシントン共同】", {"place": "ワシントン", "agency": "共同"}),
    ("agency-alone", "(Bloomberg) --", {"agency": "Bloomberg"}),
    (
        "lone-day",
        "MADRID, 3 (EUROPA PRESS) -",
        {"place": "MADRID", "date": "3", "agency": "EUROPA PRESS"},
    ),
]


@pytest.mark.parametrize(("dateline", "parts"), [c[1:] for c in FIELDS], ids=[c[0] for c in FIELDS])
def test_dateline_parts(dateline: str, parts: dict[str, str]) -> None:
    found = find_dateline(f"{dateline} Text follows.")
    assert found is not None and found.fields() == {"text": dateline, **parts}
    assert parse_dateline(dateline) == found
    assert dateline_fields((Removal("dateline", dateline),)) == {"text": dateline, **parts}


def test_title_case_place_needs_a_known_agency() -> None:
    assert find_dateline("Berlin (dpa) - Die Regierung tagt.") is not None
    assert find_dateline("Berlin (Haupstadt) - Die Regierung tagt.") is None
    assert find_dateline("BERLIN (Hauptstadt Zeitung) - Die Regierung tagt.") is not None


def test_months_file_matches_cldr() -> None:
    pytest.importorskip("babel")
    module = _script(ROOT / "scripts" / "build_month_names.py")
    shipped = json.loads((module.OUT).read_text("utf-8"))
    rebuilt = module.month_names()
    assert {k: v for k, v in shipped.items() if k != "_comment"} == rebuilt, (
        "run scripts/build_month_names.py"
    )
    assert {"march", "марта", "червня", "jun", "mai", "5월"} <= {
        m for v in rebuilt.values() for m in v
    }
