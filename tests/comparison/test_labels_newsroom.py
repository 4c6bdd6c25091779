"""Change labels a journalist needs: a change of source beside an unchanged verb, a denial
against an assertion, and equal quantities written differently (own sentences, each case with
an id)."""

from __future__ import annotations

import html
import io
import json
from dataclasses import replace
from importlib.resources import files

import pytest
from _sample import sample_comparison
from rich.console import Console

from polyglot_news.comparison.labels import LABELS, label_diff, label_meanings
from polyglot_news.comparison.model import Claim, ClaimCell
from polyglot_news.comparison.worddiff import word_diff
from polyglot_news.report import _view
from polyglot_news.report.html import render_html
from polyglot_news.report.markdown import render_markdown
from polyglot_news.report.terminal import render_terminal

SOURCE_CASES = [
    # (id, a, b, attribution expected)
    ("named-minister-to-officials", "The drone crashed near Tver, Transport Minister Anna Lisova "
     "said.", "The drone crashed near Tver, officials said.", True),
    ("agency-to-anonymous-sources", "Turnout reached 61%, the election board told reporters.",
     "Turnout reached 61%, sources told reporters.", True),
    ("according-to-a-new-source", "The dam held, according to the regional governor.",
     "The dam held, according to engineers on site.", True),
    ("said-then-a-new-speaker", "The vote was postponed, said the speaker of parliament.",
     "The vote was postponed, said two opposition deputies.", True),
    ("time-after-the-verb-is-no-speaker", "The fire was contained, the brigade said on Friday.",
     "The fire was contained, the brigade said.", False),
    ("content-after-the-verb-is-no-speaker", "The mayor said the road will reopen in May.",
     "The mayor said the bridge will reopen in May.", False),
    ("change-far-from-the-verb", "Three hikers were found alive, police said.",
     "Three climbers were found alive, police said.", False),
]  # fmt: skip


QUANTITY_CASES = [
    # (id, a, b, number expected)
    ("a-to-one", "The navy sank a patrol boat.", "The navy sank one patrol boat.", False),
    ("an-to-one", "Rescuers found an injured pilot.", "Rescuers found one injured pilot.", False),
    ("dozen-to-digits", "A dozen flights were cancelled.", "12 flights were cancelled.", False),
    ("grouping-space", "The fund holds 25,000 bonds.", "The fund holds 25 000 bonds.", False),
    ("scale-abbreviated", "Exports fell by 4.5 billion euros.", "Exports fell by 4.5 bn euros.",
     False),
    ("a-thousand-to-digits", "They planted a thousand trees.", "They planted 1,000 trees.", False),
    ("one-to-two", "The navy sank one patrol boat.", "The navy sank two patrol boats.", True),
    ("a-to-three", "Rescuers found an injured pilot.", "Rescuers found three injured pilots.",
     True),
    ("digits-changed", "The fund holds 25,000 bonds.", "The fund holds 26,000 bonds.", True),
    # a scale letter as headlines write money (a new user's trial: "345 million euro" / "€345M")
    ("scale-letter-M", "The regulator fined the bank 120 million dollars.",
     "The regulator fined the bank $120M.", False),
    ("scale-letter-m-after-currency", "The club paid £40 million for the striker.",
     "The club paid £40m for the striker.", False),
    ("scale-letter-B-changed", "The deal is worth $1.2 billion.", "The deal is worth $2.1B.", True),
    ("metres-stay-metres", "The tower is 300m tall.", "The tower is 300 metres tall.", False),
]  # fmt: skip


NEGATION_CASES = [
    # (id, a, b, negation expected)
    ("unconfirmed-against-asserted", "It was not confirmed whether the governor visited the site.",
     "State media said the governor personally inspected the site.", True),
    ("denied-against-admitted", "The company denied that data was stolen.",
     "The company admitted that data was stolen.", True),
    ("no-casualties-against-casualties", "There were no casualties in the blast.",
     "There were casualties in the blast.", True),
    ("unconfirmed-word", "The figure is unconfirmed.", "The figure is official.", True),
    ("negation-kept-in-other-words", "The ferry isn't running.", "The ferry wasn't running.",
     False),
    ("negation-unchanged-beside-a-change", "The bridge did not reopen on Monday.",
     "The bridge did not reopen on Tuesday.", False),
    ("a-whole-sentence-asserts-against-nothing", "", "The embassy did not comment.", False),
    ("two-denials-in-other-words", "Moscow had neither confirmed nor denied the deployment.",
     "Moscow had not acknowledged the deployment.", False),
    ("failed-to-against-did-not", "The talks failed to produce a truce.",
     "The talks did not bring a truce.", False),
    ("no-negation-at-all", "Troops crossed the river.", "Soldiers crossed the river.", False),
]  # fmt: skip



# A change of source beside an unchanged verb is attribution; equal quantities written
# differently are no number change; a denial against an assertion is negation.
LABEL_CASES = [
    (label, *case)
    for label, cases in (("attribution", SOURCE_CASES), ("number", QUANTITY_CASES),
                         ("negation", NEGATION_CASES))
    for case in cases
]  # fmt: skip


@pytest.mark.parametrize(("label", "a", "b", "expected"), [c[:1] + c[2:] for c in LABEL_CASES],
                         ids=[f"{c[0]}-{c[1]}" for c in LABEL_CASES])  # fmt: skip
def test_the_label_fires_exactly_on_its_cases(label: str, a: str, b: str, expected: bool) -> None:
    diff = word_diff(a, b) if a else ((1, b),)  # "": a whole sentence against nothing
    assert (label in label_diff(diff).labels) is expected


def test_every_report_has_a_legend_of_the_labels_it_shows() -> None:
    """The legend: each label a report shows, with its meaning, in all four formats (JSON: the
    schema's label description); a label the report does not show is not explained."""
    comparison = sample_comparison()
    denied = Claim(
        reference="wire",
        cells=(ClaimCell("wire", (9,), "It was not confirmed whether the pilot survived."),),
        labels=("negation",),
    )
    comparison = replace(comparison, claims=(*comparison.claims, denied))
    shown = _view.label_legend(comparison)
    assert ("negation", label_meanings()["negation"]) in shown
    assert "entity_naming" not in dict(shown)
    meaning = label_meanings()["negation"]
    assert meaning in render_terminal(comparison, console=Console(file=io.StringIO(), width=300))
    assert meaning in render_markdown(comparison)
    assert html.escape(meaning, quote=False) in render_html(comparison)
    schema = json.loads((files("polyglot_news.report") / "schema.json").read_text("utf-8"))
    label = schema["$defs"]["label"]
    assert set(label["enum"]) == set(LABELS)
    assert all(f"{name}:" in label["description"] for name in LABELS)
