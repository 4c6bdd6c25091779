"""One kind per link: a link of the base with another version is named alike in the pair
section (a change's kind, or its ``link`` when moved) and in the claims table (the cell of
the same sentences in a row the base's cell of the same sentences is the reference of), as
the JSON report carries them. Stories written for this test, English, three or four
versions each (the kind model reads third versions), through the pipeline with the fake
translator and the shipped sentence encoder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import polyglot_news

STORIES = {
    "strike": {
        "wire": "Pilots at Scandia Air began a 48-hour strike on Monday, and the airline cancelled "
        "612 flights across Scandinavia. Talks between the union and the airline collapsed on "
        "Sunday night after 14 hours. The union wants pay to rise by 9 percent over two years. "
        "The airline said the demand would cost it 40 million euros a year.",
        "broadcaster": "Scandia Air pilots went on strike on Monday. The airline cancelled 612 "
        "flights. Negotiations broke down late on Sunday after 14 hours, a union spokesman "
        "said. The pilots are asking for a 9 percent raise.",
        "paper": "Hundreds of flights were grounded on Monday as Scandia Air pilots walked out. "
        "The union said talks had failed on Sunday night after 14 hours, and it blamed the "
        "airline's management. The airline estimated the pay demand at 40 million euros "
        "a year.",
        "agency": "A strike by Scandia Air pilots began on Monday. Some 612 flights were "
        "cancelled, the airline said, and more cancellations are expected on Tuesday. The "
        "union is demanding a pay rise of 9 percent over two years.",
    },
    "flood": {
        "wire": "Heavy rain flooded the centre of Valdora on Friday, and at least 11 people died. "
        "Rescuers evacuated 2,300 residents from the old town overnight. The mayor declared a "
        "state of emergency and closed all schools until Wednesday.",
        "radio": "At least 11 people were killed when floods hit Valdora on Friday. Some 2,300 "
        "people were evacuated from the old town during the night, rescuers said. The mayor "
        "declared a state of emergency.",
        "daily": "Floods in Valdora killed 11 people on Friday. More than 2,000 residents of the "
        "old town had to leave their homes overnight. Schools will stay closed until "
        "Wednesday, the mayor announced, after he declared a state of emergency.",
    },
    "court": {
        "wire": "The constitutional court struck down the new surveillance law on Thursday. The "
        "judges ruled that storing phone data for two years violated the right to privacy. "
        "The interior minister said the government would draft a new bill by March.",
        "weekly": "On Thursday the constitutional court annulled the surveillance law. Keeping "
        "phone records for two years breached privacy rights, the judges found, in a ruling "
        "that civil rights groups welcomed. The government will present a new bill by March, "
        "the interior minister said.",
        "online": "The surveillance law is unconstitutional, the court ruled on Thursday. The "
        "judges said two years of phone data storage violated privacy. The minister promised "
        "a new draft.",
    },
}


def _pairs(data: dict) -> list[tuple[str, str, str, str]]:  # type: ignore[type-arg]
    """Every base link both views show: (version, sentences, pair kind, table kind)."""
    cells = {}
    for claim in data["claims"]:
        if claim["reference"] != data["base"]:
            continue
        ref = next(c for c in claim["cells"] if c["version"] == data["base"])
        for cell in claim["cells"]:
            if cell["version"] != data["base"]:
                key = (cell["version"], tuple(ref["sentences"]), tuple(cell["sentences"]))
                cells[key] = cell["kind"]
    out = []
    for pair in data["comparisons"]:
        for change in pair["changes"]:
            kind = change["link"] if change["kind"] == "move" else change["kind"]
            if kind not in ("same", "reworded", "partial") or len(change["parts"]) > 2:
                continue
            key = (pair["b"], tuple(change["a_sentences"]), tuple(change["b_sentences"]))
            if key in cells:
                out.append((pair["b"], str(key[1:]), kind, cells[key]))
    return out


@pytest.mark.parametrize("name", sorted(STORIES))
def test_a_link_has_one_kind_in_the_pair_section_and_the_table(
    name: str, tmp_path: Path, encoder: object
) -> None:
    for version, text in STORIES[name].items():
        (tmp_path / f"{version}.txt").write_text(text + "\n", encoding="utf-8")
    engine = polyglot_news.TranslationEngine(polyglot_news.FakeTranslator(), cache=False)
    result = polyglot_news.compare([tmp_path], engine=engine, base="wire")
    shown = _pairs(json.loads(polyglot_news.render_json(result)))
    assert len(shown) >= 4, shown  # most of the base's links are in both views
    assert {kind for *_, kind, _ in shown} & {"reworded", "partial"}
    differ = [row for row in shown if row[2] != row[3]]
    assert not differ, differ
