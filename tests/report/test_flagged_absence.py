"""No "absent" and no "only in one version" rests silently on a flagged translation.

A new user's trial (2 December, fifth round) found versions whose translation the checks flag
(made up, a number or name lost) taking part in the claims table as if sound: a sentence the
flagged translation garbled was "absent" from its row and made another version's sentence
"only in one version". Now such a row names the version that may tell it
(:attr:`Claim.uncertain`), in all four formats and in the summary. Texts written for this test
(a Hamburg airport cyberattack); the German outlet's second sentence is mistranslated.
"""

from __future__ import annotations

import json

import pytest
from rich.console import Console

from polyglot_news.comparison.claim_attach import attach_doubts, flagged_alone
from polyglot_news.comparison.model import Claim, ClaimCell, Comparison
from polyglot_news.glossary.model import Glossary
from polyglot_news.pipeline import compare_versions
from polyglot_news.records import Version
from polyglot_news.report import render_html, render_json, render_markdown, render_terminal
from polyglot_news.translate.engine import TranslationEngine
from polyglot_news.translate.fake import FakeTranslator

WIRE = (
    "A cyberattack shut down check-in systems at Hamburg Airport on Saturday. "
    "About 40 flights were cancelled, the airport said. Police are investigating."
)
LOCAL = (
    "Hamburg Airport's check-in systems were knocked out by a cyberattack on Saturday. "
    "Police are investigating the attack."
)
DE = {
    "Ein Cyberangriff legte am Samstag den Check-in am Hamburger Flughafen lahm.":
        "A cyberattack paralysed check-in at Hamburg Airport on Saturday.",
    "Rund 40 Flüge wurden gestrichen.": "The weather in the harbour city stayed mild.",
    "Die Polizei ermittelt.": "Police are investigating.",
}  # fmt: skip
CANCELLED = "About 40 flights were cancelled, the airport said."


@pytest.fixture(scope="module")
def hamburg() -> Comparison:
    glossary = Glossary.empty()
    return compare_versions(
        [
            Version("wire_en", "wire_en.txt", WIRE),
            Version("local_en", "local_en.txt", LOCAL),
            Version("outlet_de", "outlet_de.txt", " ".join(DE)),
        ],
        source_languages={"wire_en": "en", "local_en": "en", "outlet_de": "de"},
        engine=TranslationEngine(FakeTranslator(known={("de", "en"): DE}), glossary=glossary),
        glossary=glossary,
    )


def _row(comparison: Comparison, text: str) -> tuple[int, Claim]:
    return next((n, c) for n, c in enumerate(comparison.claims, 1) if c.cells[0].text == text)


def test_the_row_names_the_version_whose_flagged_sentence_may_tell_it(hamburg) -> None:
    _, cancelled = _row(hamburg, CANCELLED)
    assert cancelled.versions == ("wire_en",)
    assert cancelled.uncertain == ("outlet_de",)  # local_en has no flagged sentence
    assert flagged_alone(hamburg.claims) == {"outlet_de": (1,)}
    assert all(not c.uncertain for c in hamburg.claims if "outlet_de" in c.versions)


@pytest.mark.parametrize(
    ("render", "absent", "summary"),
    [
        pytest.param(
            lambda c: render_terminal(c, console=Console(width=240, no_color=True)),
            "#{n} absent? outlet_de #1: may be told in a flagged translation",
            "1 may be told in a flagged translation)",
            id="terminal",
        ),
        pytest.param(
            render_markdown,
            "*absent?*",
            "; 1 may be told in a flagged translation (*absent?*).",
            id="markdown",
        ),
        pytest.param(
            render_html,
            'title="outlet_de #1: may be told in a flagged translation">absent?</td>',
            "; 1 may be told in a flagged translation (<em>absent?</em>).",
            id="html",
        ),
    ],
)
def test_every_format_marks_the_absence_and_the_exclusive(hamburg, render, absent, summary):
    n, _ = _row(hamburg, CANCELLED)
    text = render(hamburg)
    assert absent.format(n=n) in text
    assert summary in text
    listed = text[text.index("Only in one version") :]
    line = next(x for x in listed.splitlines() if "About 40 flights" in x)
    assert "outlet_de #1: may be told in a flagged translation" in line.replace("\\", "")


def test_json_names_the_uncertain_versions(hamburg) -> None:
    data = json.loads(render_json(hamburg))
    n, _ = _row(hamburg, CANCELLED)
    assert data["claims"][n - 1]["uncertain"] == ["outlet_de"]
    assert sum(bool(c["uncertain"]) for c in data["claims"]) == 1


def test_no_flags_no_doubt() -> None:
    cell = ClaimCell("a", (0,), "One.")
    claims = (Claim("a", (cell,)), Claim("b", (ClaimCell("b", (0,), "Two."),)))
    assert attach_doubts(claims, ["a", "b"]) == claims


@pytest.mark.parametrize(
    ("flags", "doubt"),
    [
        (("made up", "number lost: 40"), ("b",)),
        (("implausible text",), ("b",)),
        (("copies its source",), ("b",)),
        (("name lost: UNSC",), ()),  # the rest of the sentence is readable: it says what it says
        (("number not in the source: 12,000",), ("b",)),
    ],
)
def test_a_lost_glossary_name_alone_makes_no_row_uncertain(flags, doubt) -> None:
    # Before: one flagged sentence of any kind (the example story's Korean "name lost: UNSC")
    # put "outlet_ko #11: may be told in a flagged translation" on every row Korean lacked.
    own = Claim("a", (ClaimCell("a", (0,), "The Kremlin thanked North Korea."),))
    flagged = Claim("b", (ClaimCell("b", (0,), "Seoul criticised it.", translation_flags=flags),))
    doubted = attach_doubts((own, flagged), ["a", "b"])
    assert doubted[0].uncertain == doubt
