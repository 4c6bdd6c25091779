"""Hedges compare by class, numbered names hold no figure, a whole sentence has no label.

A new user's trial (a journalist, third round) found "About" -> "Around" and "About 15,000" ->
"Some fifteen thousand" flagged ``hedge``, "No passenger data was stolen" -> "There is no
evidence that passenger data was leaked" not flagged, the group "NoName057(16)" counted as a
figure, and labels on whole deleted sentences. The pairs are written for this test (none is the
trial's own sentence); each row: id, a, b, the label, whether it is expected.
"""

from __future__ import annotations

import pytest

from polyglot_news.comparison.labels import label_diff
from polyglot_news.comparison.worddiff import word_diff

HEDGE_CASES = [
    # one class, two wordings: no hedge change
    ("about-around", "About 300 homes lost power.", "Around 300 homes lost power.", False),
    ("about-some-spelled", "About 4,000 fans were evacuated.",
     "Some four thousand spectators were evacuated.", False),
    ("roughly-approximately", "Roughly 60 trucks crossed.", "Approximately 60 trucks crossed.",
     False),
    ("an-estimated-about", "An estimated 2,000 people marched.", "About 2,000 people marched.",
     False),
    ("allegedly-reportedly", "The minister allegedly took bribes.",
     "The minister reportedly took bribes.", False),
    ("may-might", "The strike may spread to other ports.",
     "The strike might spread to other ports.", False),
    ("probably-likely", "The vote will probably be delayed.", "The vote will likely be delayed.",
     False),
    ("completely-totally", "The bridge was completely destroyed.",
     "The bridge was totally destroyed.", False),
    ("more-than-over", "More than 40 ships waited.", "Over 40 ships waited.", False),
    ("up-to-as-many-as", "Up to 900 jobs could go.", "As many as 900 jobs could go.", False),
    ("nearly-almost", "Nearly half the staff quit.", "Almost half the staff quit.", False),
    ("same-hedge-figure-changed", "About 300 homes lost power.", "About 350 homes lost power.",
     False),
    # a change of class, an added or a dropped hedge: a hedge change
    ("about-at-least", "About 300 homes lost power.", "At least 300 homes lost power.", True),
    ("about-up-to", "About 900 jobs will go.", "Up to 900 jobs will go.", True),
    ("hedge-dropped", "Around 300 homes lost power.", "300 homes lost power.", True),
    ("hedge-added", "The ship sank.", "The ship reportedly sank.", True),
    ("may-will", "The strike will spread.", "The strike may spread.", True),
    ("possible-probable", "The vote could be delayed.", "The vote will probably be delayed.",
     True),
    ("hearsay-to-intensifier", "The town was allegedly destroyed.",
     "The town was completely destroyed.", True),
    ("no-evidence-against-none", "No customer records were taken, the bank said.",
     "The bank said there was no evidence that customer records were taken.", True),
    ("no-indication-against-none", "Nobody was injured.",
     "There was no indication that anybody was injured.", True),
    ("no-evidence-both", "There is no evidence of fraud.", "There is no evidence of any fraud.",
     False),
]  # fmt: skip

NUMBER_CASES = [
    ("numbered-group-name", "The group NoName057(16) claimed the attack.",
     "The hacker group NoName057(16) later claimed the attack.", False),
    ("numbered-group-vs-words", "A group called NoName057(16) claimed it on Telegram.",
     "Pro-Russian hackers claimed it on Telegram.", False),
    ("flight-number", "Flight MH17 was shot down.", "The airliner MH17 was shot down.", False),
    ("aircraft-type", "An A320 landed safely.", "An Airbus A320 landed safely.", False),
    ("summit-name", "Leaders met at the G7 summit.", "Leaders met at the summit of the G7.", False),
    ("figure-beside-a-name", "NoName057(16) hit 12 sites.", "NoName057(16) hit 20 sites.", True),
    ("figure-changed", "The storm cut power to 300 homes.", "The storm cut power to 3,000 homes.",
     True),
]  # fmt: skip

# A figure or hedge is compared only when what it qualifies is said by the other side too: a
# headline or clause that reports another fact holds no figure that "differs" (the trial's
# "more than 120 flights cancelled" / "BSI statement on the IT security incident").
SCOPE_CASES = [
    ("number", "other-headline", "Storm cuts power to 300,000 homes in Brittany",
     "Storm Ciaran: what we know so far", False),
    ("number", "other-clause", "The ferry sank near the port, and 12 passengers were rescued.",
     "The ferry sank near the port, the coastguard said.", False),
    ("number", "extra-date", "The tanker ran aground in the strait.",
     "On December 15, the tanker ran aground in the strait.", False),
    ("number", "figure-dropped-same-thing", "The blast killed 12 people.",
     "The blast killed people.", True),
    ("number", "figure-added-same-thing", "Rescuers found an injured pilot.",
     "Rescuers found three injured pilots.", True),
    ("number", "figure-before-its-subject", "Turnout was low.", "Turnout was half the usual.",
     True),
    ("number", "figures-of-other-things", "Wages rose by 3% this year.",
     "Wages rose by 3% this year, and 40 factories closed.", False),
    ("hedge", "other-headline", "More than 120 flights cancelled at Hamburg airport",
     "Hamburg airport: passenger data may have been stolen", False),
    ("hedge", "hedge-of-an-added-clause", "The mine was closed.",
     "The mine was closed and the owners could face charges.", False),
    ("hedge", "hedge-of-the-same-figure", "The ship carried a combined 9,200 tonnes of oil.",
     "The ship carried a total of about 9,200 tonnes of oil.", True),
    ("hedge", "hedge-of-the-same-verb", "The strike will spread.", "The strike may spread.", True),
]  # fmt: skip

CASES = (
    [("hedge", *c) for c in HEDGE_CASES]
    + [("number", *c) for c in NUMBER_CASES]
    + [(c[0], *c[1:]) for c in SCOPE_CASES]
)


@pytest.mark.parametrize(("label", "a", "b", "expected"), [c[:1] + c[2:] for c in CASES],
                         ids=[f"{c[0]}-{c[1]}" for c in CASES])  # fmt: skip
def test_label(label: str, a: str, b: str, expected: bool) -> None:
    assert (label in label_diff(word_diff(a, b)).labels) is expected
    assert (label in label_diff(word_diff(b, a)).labels) is expected  # either way round


@pytest.mark.parametrize(
    "text",
    [
        "Hamburg is the fifth-busiest airport, handling about 14 million passengers a year.",
        "“We will respond,” the minister said.",
        "The ferry reportedly carried more than 300 people.",
    ],
    ids=["figure-and-hedge", "quote-and-speaker", "hedge-and-figure"],
)
@pytest.mark.parametrize("op", [1, -1], ids=["inserted", "deleted"])
def test_a_whole_sentence_against_nothing_has_no_label(text: str, op: int) -> None:
    assert label_diff(((op, text),)).labels == ()
