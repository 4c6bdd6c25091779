"""The ``name`` label: the two sides name a different place, person or organisation.

A new user's trial (a journalist, third round) found "while waiting to enter the port of
Chornomorsk" / "near the port of Odesa" labelled only ``attribution``. The pairs are written
for this test (none is the trial's sentence): DIFFERENT_NAMES put one name in the place of
another, SAME_NAMES name one thing twice (a shorter or longer form, an acronym, a demonym, a
capital for its country, a title changed, a headline in title case) or change no name. Each
pair is scored both ways round. ``python tests/comparison/test_name_label.py`` prints the
figures (docs/comparison.md, "Labels").
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from polyglot_news.comparison.labels import label_diff
from polyglot_news.comparison.worddiff import word_diff

DIFFERENT_NAMES = [
    ("port", "The tanker was struck while docked at the port of Novorossiysk.",
     "The tanker was struck near the port of Tuapse."),
    ("city", "The drone hit an apartment block in Kharkiv overnight.",
     "The drone hit an apartment block in Dnipro overnight."),
    ("launch-site", "The missiles were fired from Crimea, the air force said.",
     "The missiles were fired from Belgorod, the air force said."),
    ("speaker", "Spokesman Yuriy Ihnat said the attack was repelled.",
     "Spokesman Andriy Kovalenko said the attack was repelled."),
    ("company", "The contract went to Rheinmetall, the ministry said.",
     "The contract went to Leonardo, the ministry said."),
    ("venue", "The talks took place in Geneva on Friday.",
     "The talks took place in Vienna on Friday."),
    ("country", "The ship was sailing to Egypt with wheat.",
     "The ship was sailing to Turkey with wheat."),
    ("organisation", "The report was published by Amnesty International.",
     "The report was published by Human Rights Watch."),
    ("river", "Troops crossed the Dnipro near Kherson.",
     "Troops crossed the Desna near Chernihiv."),
    ("two-place-words", "Flights from Frankfurt were cancelled.",
     "Flights from Munich were cancelled."),
]  # fmt: skip

SAME_NAMES = [
    ("surname-only", "Spokesman Yuriy Ihnat said the attack was repelled.",
     "Ihnat said the attack had been repelled."),
    ("acronym", "The IAEA said it was investigating the leak.",
     "The International Atomic Energy Agency said it was investigating the leak."),
    # the acronym of another language's name: the same role is not found ("The" alone before)
    ("foreign-acronym", "The BSI said it was investigating the breach.",
     "The Federal Office for Information Security said it was investigating."),
    ("demonym", "Ukrainian forces shot down the drone.", "Forces of Ukraine shot down the drone."),
    ("capital-for-country", "The strike was condemned by Russia, officials said.",
     "The strike was condemned by Moscow, officials said."),
    ("title-changed", "Federal Interior Minister Nancy Faeser spoke of an attack.",
     "German Interior Minister Nancy Faeser said it was an attack."),
    ("day-changed", "The talks took place in Geneva on Friday.",
     "The talks took place in Geneva on Saturday."),
    ("month-changed", "The vote is due in March.", "The vote is due in May."),
    ("model-changed", "Two F-16 jets escorted the plane.", "Two F-35 jets escorted the plane."),
    ("title-case-headline", "Drone Strikes Grain Ship Near Odesa",
     "Russian Drone Hits Cargo Vessel Off Odesa Coast"),
    ("sentence-start", "Officials said the drone was shot down.",
     "Witnesses said the drone was shot down."),
    ("name-dropped", "The drone was shot down near Izmail, officials said.",
     "The drone was shot down, officials said."),
    ("name-added", "The drone was shot down, officials said.",
     "The drone was shot down over Odesa, officials said."),
    ("case-only", "The flights at Hamburg Airport were cancelled.",
     "The flights at Hamburg airport were cancelled."),
    ("reordered", "Talks between Kyiv and Washington resumed.",
     "Talks between Washington and Kyiv resumed."),
]  # fmt: skip


# Written after the rule was fixed and not tuned on: before 0/8 and 8/8 (no label existed),
# after 6/8 and 8/8; the misses are a name written in lower case ("easyJet") and a name whose
# words before it differ ("in the Black Sea" / "in the Sea of Azov").
BLIND_DIFFERENT = [
    pytest.param("The wounded were taken to a hospital in Zaporizhzhia.",
                 "The wounded were taken to a hospital in Mykolaiv.", id="hospital"),
    pytest.param("Foreign Minister Annalena Baerbock said the talks were useful.",
                 "Foreign Minister Radoslaw Sikorski said the talks were useful.", id="minister"),
    pytest.param("The plane, operated by Ryanair, landed safely.",
                 "The plane, operated by easyJet, landed safely.", id="airline",
                 marks=pytest.mark.xfail(strict=True, reason="a name in lower case")),
    pytest.param("The convoy crossed into Poland on Monday.",
                 "The convoy crossed into Slovakia on Monday.", id="border"),
    pytest.param("The case was heard at the Hague tribunal, Reuters reported.",
                 "The case was heard at the Hague tribunal, Bloomberg reported.", id="agency"),
    pytest.param("The cargo ship sank in the Black Sea.", "The cargo ship sank in the Sea of Azov.",
                 id="sea",
                 marks=pytest.mark.xfail(strict=True, reason="only 'in the' before both")),
    pytest.param("The tanker is owned by a company based in Greece.",
                 "The tanker is owned by a company based in Cyprus.", id="owner"),
    pytest.param("Shelling hit the village of Kupiansk overnight.",
                 "Shelling hit the village of Vovchansk overnight.", id="village"),
]  # fmt: skip

BLIND_SAME = [
    ("spelling", "The wounded were taken to a hospital in Zaporizhzhia.",
     "The wounded were taken to a hospital in Zaporizhia."),
    ("full-name", "Sikorski said the talks were useful.",
     "Polish Foreign Minister Radoslaw Sikorski said the talks were useful."),
    ("acronym", "The WHO warned of an outbreak.",
     "The World Health Organization warned of an outbreak."),
    ("adjective", "The convoy crossed into Poland.", "The convoy crossed the Polish border."),
    ("weekday", "The convoy crossed into Poland on Monday.",
     "The convoy crossed into Poland on Tuesday."),
    ("title", "Minister Sikorski spoke.", "Mr Sikorski spoke."),
    ("other-words", "The cargo ship sank in the Black Sea.",
     "The cargo ship went down in the Black Sea."),
    ("added-place", "Shelling hit the village overnight.",
     "Shelling hit the village of Vovchansk overnight."),
]  # fmt: skip


def has_name(a: str, b: str) -> bool:
    """Whether the change a -> b is labelled ``name``."""
    return "name" in label_diff(word_diff(a, b)).labels


@pytest.mark.parametrize(("a", "b"), [c[1:] for c in DIFFERENT_NAMES],
                         ids=[c[0] for c in DIFFERENT_NAMES])  # fmt: skip
def test_another_name_in_the_same_place_is_name(a: str, b: str) -> None:
    assert has_name(a, b)
    assert has_name(b, a)


@pytest.mark.parametrize(("a", "b"), [c[1:] for c in SAME_NAMES], ids=[c[0] for c in SAME_NAMES])
def test_one_name_or_none_changed_is_no_name(a: str, b: str) -> None:
    assert not has_name(a, b)
    assert not has_name(b, a)


@pytest.mark.parametrize(("a", "b"), BLIND_DIFFERENT)
def test_blind_different_names(a: str, b: str) -> None:
    assert has_name(a, b)
    assert has_name(b, a)


@pytest.mark.parametrize(("a", "b"), [c[1:] for c in BLIND_SAME], ids=[c[0] for c in BLIND_SAME])
def test_blind_same_names(a: str, b: str) -> None:
    assert not has_name(a, b)
    assert not has_name(b, a)


def test_a_renaming_through_the_glossary_is_entity_naming_not_name(
    normaliser: Callable[[str], str],
) -> None:
    diff = word_diff("Troops left Kiev.", "Troops left Kyiv.")
    result = label_diff(diff, entity_normaliser=normaliser, strict_entities=True)
    assert result.labels == ("entity_naming",)


if __name__ == "__main__":  # the figures in docs/comparison.md
    hits = sum(has_name(a, b) and has_name(b, a) for _, a, b in DIFFERENT_NAMES)
    clean = sum(not has_name(a, b) and not has_name(b, a) for _, a, b in SAME_NAMES)
    print(f"different names labelled {hits}/{len(DIFFERENT_NAMES)}, "
          f"same names without the label {clean}/{len(SAME_NAMES)}")  # fmt: skip
