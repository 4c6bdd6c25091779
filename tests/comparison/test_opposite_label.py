"""The ``opposite`` label: one side says the opposite of the other without a negation word.

A new user's trial (a journalist, third round) found "restored by Saturday morning" / "still
down on Saturday morning" and "put out by late morning" / "still burning" with no label, while
an accurate paraphrase looked the same. The pairs are written for this test (none is the
trial's sentence): CONTRADICTIONS set two poles of one state against each other, PARAPHRASES
word one state twice (often with the cues the rule reads, reordered, negated or used for
something else). Each pair is scored both ways round. ``python
tests/comparison/test_opposite_label.py`` prints how many of each the label gets right
(docs/comparison.md, "Labels", has the figures).
"""

from __future__ import annotations

import pytest

from polyglot_news.comparison.labels import label_diff
from polyglot_news.comparison.worddiff import word_diff

CONTRADICTIONS = [
    ("restored-still-down", "The payment system was restored by Sunday evening.",
     "The payment system was still down on Sunday evening."),
    ("put-out-still-burning", "The blaze in the warehouse was put out overnight.",
     "The blaze in the warehouse was still burning overnight."),
    ("extinguished-ablaze", "By noon the tanker fire had been extinguished, the coastguard said.",
     "By noon the tanker was still ablaze, the coastguard said."),
    ("reopened-remained-closed", "The border crossing reopened on Thursday.",
     "The border crossing remained closed on Thursday."),
    ("open-closed", "The main road to the valley is open.",
     "The main road to the valley is closed."),
    ("resumed-suspended", "Train services resumed on the line after the storm.",
     "Train services were suspended on the line after the storm."),
    ("back-online-offline", "The ministry's website was back online within hours.",
     "The ministry's website was offline for hours."),
    ("survived-died", "The pilot survived the crash.", "The pilot died in the crash."),
    ("rescued-alive-killed", "Two fishermen were rescued alive from the wreck.",
     "Two fishermen were killed in the wreck."),
    ("found-still-missing", "The climber was found on Tuesday evening.",
     "The climber was still missing on Tuesday evening."),
    ("rose-fell", "Inflation rose to 3.1 percent in May.", "Inflation fell to 3.1 percent in May."),
    ("increased-declined", "Grain exports increased sharply last month.",
     "Grain exports declined sharply last month."),
    ("lifted-in-force", "The curfew in the capital was lifted on Monday.",
     "The curfew in the capital remains in force."),
    ("released-in-custody", "The reporter was released on Friday.",
     "The reporter remains in custody."),
    ("upheld-overturned", "The supreme court upheld the ban on the party.",
     "The supreme court overturned the ban on the party."),
    ("captured-repelled", "Troops captured the hilltop village at dawn.",
     "Troops repelled an assault on the hilltop village at dawn."),
    ("called-off-continuing", "The dockers' strike was called off on Wednesday.",
     "The dockers' strike was continuing on Wednesday."),
    ("ended-continued", "The talks in Geneva ended on Friday.",
     "The talks in Geneva continued on Friday."),
    ("running-out-of-service", "The ferry to the island is running again.",
     "The ferry to the island is out of service."),
    ("flip-not-restored", "Power in the district has not been restored.",
     "Power in the district was restored by midnight."),
    # a check set written after the rule, then tuned on (the trial's "[were lifted -> remain] in
    # [March -> place]" over two hunks; "running normally", "being held")
    ("check-metro", "Metro services were running normally by Tuesday.",
     "Metro services were still halted on Tuesday."),
    ("check-mine-fire", "The fire in the mine shaft was extinguished on Sunday.",
     "The fire in the mine shaft was still blazing on Sunday."),
    ("check-airport", "The airport reopened to flights at noon.",
     "The airport stayed closed to flights at noon."),
    ("check-hostage", "The last hostage was freed on Monday.",
     "The last hostage is still being held."),
    ("check-shares", "The share price climbed 4% on Friday.",
     "The share price dropped 4% on Friday."),
    ("check-boy", "The boy was found alive in the rubble.",
     "The boy was found dead in the rubble."),
    ("check-sanctions", "The sanctions on the bank were lifted in March.",
     "The sanctions on the bank remain in place."),
    ("check-budget", "Parliament approved the budget on Thursday.",
     "Parliament voted down the budget on Thursday."),
    ("check-siege", "The siege of the town ended on Friday.",
     "The siege of the town was continuing on Friday."),
    ("check-website", "The tax office website is back up.",
     "The tax office website is still offline."),
    ("check-pass", "The mountain pass is open again.", "The mountain pass remains shut."),
    ("check-sailor", "The third sailor was located on Friday.",
     "The third sailor is still missing."),
]  # fmt: skip

PARAPHRASES = [
    ("restored-back-online", "The payment system was restored by Sunday evening.",
     "The payment system was back online by Sunday evening."),
    ("put-out-extinguished", "The blaze in the warehouse was put out overnight.",
     "Firefighters extinguished the blaze in the warehouse overnight."),
    ("still-burning-raging", "The forest fire was still burning on Monday.",
     "The forest fire was raging on Monday."),
    ("remained-closed-still-shut", "The border crossing remained closed.",
     "The border crossing was still shut."),
    ("reopened-opened-again", "The bridge reopened after repairs.",
     "The bridge opened again after repairs."),
    ("rose-increased", "Inflation rose to 3.1 percent.", "Inflation increased to 3.1 percent."),
    ("died-killed", "Two people died in the blast.", "Two people were killed in the blast."),
    ("released-freed", "The reporter was released on Friday.", "The reporter was freed on Friday."),
    ("lifted-scrapped", "The curfew was lifted.", "The curfew was scrapped."),
    ("liberated-captured", "Russian troops liberated the village, the ministry said.",
     "Russian troops captured the village, the ministry said."),
    ("ended-called-off", "The strike ended on Wednesday.",
     "The strike was called off on Wednesday."),
    ("both-sides-say-both", "The systems went down on Friday and were restored on Saturday.",
     "The systems, down since Friday, were back up and running on Saturday."),
    ("reordered-mixed", "Three passengers died and two survived.",
     "Two passengers survived and three died."),
    ("flip-not-closed-open", "The port was not closed during the storm.",
     "The port stayed open during the storm."),
    ("flip-not-resumed-suspended", "Flights have not resumed.", "Flights remain suspended."),
    ("flip-no-longer-burning", "The fire is no longer burning.", "The fire has been put out."),
    ("shot-down-intercepted", "The drone was shot down over the bay.",
     "The drone was intercepted over the bay."),
    ("opened-fire-shot", "Police opened fire on the car.", "Police shot at the car."),
    ("found-that-concluded", "Investigators found that the brakes had failed.",
     "Investigators concluded that the brakes had failed."),
    ("released-a-statement", "The airline released a statement on Monday.",
     "The airline issued a statement on Monday."),
    ("one-side-only-still", "The road was still closed.", "The road was closed."),
    ("state-added-elsewhere", "The fire was put out.",
     "The fire was put out, but the ship was still drifting."),
    ("check-metro", "Metro services were running normally by Tuesday.",
     "By Tuesday the metro was operating normally."),
    ("check-mine-fire", "The fire in the mine shaft was extinguished on Sunday.",
     "Crews put out the fire in the mine shaft on Sunday."),
    ("check-airport", "The airport stayed closed to flights.",
     "The airport remained shut to flights."),
    ("check-hostage", "The last hostage was freed on Monday.",
     "The last hostage was set free on Monday."),
    ("check-shares", "The share price climbed 4% on Friday.", "The share price rose 4% on Friday."),
    ("check-dead", "Five people were killed in the landslide.",
     "The landslide left five people dead."),
    ("check-not-lifted", "The sanctions have not been lifted.", "The sanctions remain in place."),
    ("check-budget", "Parliament approved the budget.", "Parliament passed the budget."),
    ("check-siege", "The siege ended on Friday, the army said.",
     "The siege was over by Friday, the army said."),
    ("check-still-both", "The road is still closed, police said.",
     "Police said the road remains closed."),
    ("check-open-letter", "Residents wrote an open letter to the mayor.",
     "Residents sent the mayor a letter."),
    ("check-reordered", "Output fell in the north but rose in the south.",
     "Output rose in the south but fell in the north."),
    # a tuning story's pair (expulsion-brno): "shut" / "must close ... can stay open"
    ("both-poles-close-open", "The government said it would shut the consulate.",
     "The consulate must close, though the embassy can stay open."),
]  # fmt: skip

# Written after the rule was fixed and not tuned on: before 0/10 and 10/10 (no label existed),
# after 8/10 and 10/10; the two misses are poles the table lacks ("cut off", "under control").
BLIND_CONTRADICTIONS = [
    pytest.param("Water supply to the eastern districts was restored overnight.",
                 "Water supply to the eastern districts was still cut off overnight.", id="water",
                 marks=pytest.mark.xfail(strict=True, reason="'cut off' is in no pole")),
    pytest.param("Firefighters had the refinery blaze under control by dawn.",
                 "The refinery blaze was still raging at dawn.", id="refinery",
                 marks=pytest.mark.xfail(strict=True, reason="'under control' alone is no pole")),
    pytest.param("Schools in the region reopened on Monday.",
                 "Schools in the region were still closed on Monday.", id="school"),
    pytest.param("All 12 trapped miners survived.", "All 12 trapped miners died.", id="miners"),
    pytest.param("Unemployment fell to 5 percent in June.",
                 "Unemployment rose to 5 percent in June.",
                 id="unemployment"),
    pytest.param("The activist was freed after two days.",
                 "The activist remained in detention after two days.", id="activist"),
    pytest.param("The appeals court upheld the sentence.",
                 "The appeals court quashed the sentence.",
                 id="appeal"),
    pytest.param("The protests in the capital were over by the weekend.",
                 "The protests in the capital continued through the weekend.", id="protests"),
    pytest.param("The export ban was extended until March.", "The export ban was lifted in March.",
                 id="ban"),
    pytest.param("Rescuers located the two hikers on Sunday.",
                 "The two hikers were still missing on Sunday.", id="hikers"),
]  # fmt: skip

BLIND_PARAPHRASES = [
    ("water", "Water supply was restored overnight.", "Water supply resumed overnight."),
    ("refinery", "The refinery blaze was still raging at dawn.",
     "At dawn the refinery was still on fire."),
    ("school", "Schools remained closed on Monday.", "Schools were shut on Monday."),
    ("miners", "All 12 trapped miners survived.", "All 12 trapped miners were rescued alive."),
    ("unemployment", "Unemployment fell to 5 percent.", "Unemployment dropped to 5 percent."),
    ("activist", "The activist was freed after two days.",
     "The activist was released after two days."),
    ("appeal", "The court upheld the sentence, lawyers said.",
     "Lawyers said the court had upheld the sentence."),
    ("close-race", "The race was close, officials said.", "Officials said the race was tight."),
    ("rise-to", "The dispute gave rise to protests.", "The dispute led to protests."),
    ("not-reopen", "The schools did not reopen on Monday.", "The schools stayed closed on Monday."),
]  # fmt: skip


def has_opposite(a: str, b: str) -> bool:
    """Whether the change a -> b is labelled ``opposite``."""
    return "opposite" in label_diff(word_diff(a, b)).labels


def contradicts(a: str, b: str) -> bool:
    """Whether the change a -> b is labelled ``opposite`` or ``negation``, either way round."""
    return all({"opposite", "negation"} & set(label_diff(word_diff(x, y)).labels)
               for x, y in ((a, b), (b, a)))  # fmt: skip


@pytest.mark.parametrize(("a", "b"), [c[1:] for c in CONTRADICTIONS],
                         ids=[c[0] for c in CONTRADICTIONS])  # fmt: skip
def test_two_poles_of_one_state_are_opposite(a: str, b: str) -> None:
    """A negation word before a pole ("has not been restored") is labelled ``negation``."""
    assert contradicts(a, b)


@pytest.mark.parametrize(("a", "b"), [c[1:] for c in PARAPHRASES], ids=[c[0] for c in PARAPHRASES])
def test_one_state_worded_twice_is_no_opposite(a: str, b: str) -> None:
    assert not has_opposite(a, b)
    assert not has_opposite(b, a)


@pytest.mark.parametrize(("a", "b"), BLIND_CONTRADICTIONS)
def test_blind_contradictions(a: str, b: str) -> None:
    assert contradicts(a, b)


@pytest.mark.parametrize(("a", "b"), [c[1:] for c in BLIND_PARAPHRASES],
                         ids=[c[0] for c in BLIND_PARAPHRASES])  # fmt: skip
def test_blind_paraphrases(a: str, b: str) -> None:
    assert not has_opposite(a, b)
    assert not has_opposite(b, a)


if __name__ == "__main__":  # the figures in docs/comparison.md
    hits = sum(contradicts(a, b) for _, a, b in CONTRADICTIONS)
    clean = sum(not has_opposite(a, b) and not has_opposite(b, a) for _, a, b in PARAPHRASES)
    print(f"contradictions labelled {hits}/{len(CONTRADICTIONS)}, "
          f"paraphrases without the label {clean}/{len(PARAPHRASES)}")  # fmt: skip
    blind = [p.values for p in BLIND_CONTRADICTIONS]
    hits = sum(contradicts(str(a), str(b)) for a, b in blind)
    clean = sum(not has_opposite(a, b) and not has_opposite(b, a) for _, a, b in BLIND_PARAPHRASES)
    print(f"blind: contradictions labelled {hits}/{len(blind)}, "
          f"paraphrases without the label {clean}/{len(BLIND_PARAPHRASES)}")  # fmt: skip
