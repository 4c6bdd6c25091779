"""The summary's ``outlets`` name a version without an outlet by the agency of its wire
dateline, as the reports do, and fall back to its id only when neither is known."""

from __future__ import annotations

from pathlib import Path

from polyglot_news.batch.summary import story_row
from polyglot_news.glossary.model import Glossary
from polyglot_news.pipeline import compare_versions
from polyglot_news.records import Version
from polyglot_news.sources import load
from polyglot_news.translate.engine import TranslationEngine
from polyglot_news.translate.fake import FakeTranslator

# a story written for this test: a wire copy whose dateline credits an agency, a republication
# of it naming its own outlet, and a blog with neither
WIRE = (
    "RIGA, Dec 2 (Baltic Newswire) - Latvia's parliament approved the 2027 budget on Tuesday. "
    "The vote was 54 to 38."
)
PAPER = "Latvia's parliament approved the 2027 budget on Tuesday by 54 votes to 38."
BLOG = "The Saeima passed next year's budget on Tuesday."


def test_outlets_take_the_dateline_agency_before_the_id(tmp_path: Path) -> None:
    (tmp_path / "wire_copy.txt").write_text(WIRE + "\n", encoding="utf-8")
    [wire] = load(tmp_path / "wire_copy.txt")
    assert wire.dateline_agency == "Baltic Newswire"
    glossary = Glossary.empty()
    comparison = compare_versions(
        [
            wire,
            Version("paper", "paper.txt", PAPER, outlet="  Riga   Daily "),
            Version("blog", "blog.txt", BLOG),
        ],
        source_languages={"wire_copy": "en", "paper": "en", "blog": "en"},
        engine=TranslationEngine(FakeTranslator(known={}), glossary=glossary),
        glossary=glossary,
    )
    row = story_row(comparison, "budget", translated=0)
    assert row["outlets"] == ["Baltic Newswire", "Riga Daily", "blog"]


def test_a_version_without_a_dateline_has_no_agency() -> None:
    assert Version("a", "a.txt", "Text.").dateline_agency == ""
    assert Version("a", "a.txt", "T.", metadata={"dateline": {"agency": 3}}).dateline_agency == ""
