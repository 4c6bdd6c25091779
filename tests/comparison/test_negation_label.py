"""The ``negation`` label fires when one side negates or denies what the other asserts, not on
two wordings of one denial.

Before: any cue on one side only was a negation ("admitted it was not genuine" / "recognised it
was a fake"; "did not comment" / "declined to comment"). The pairs are written for this test:
TRAPS word one claim twice (a paraphrase, often by an antonym or a verb that denies in itself),
DENIALS contradict. ``python tests/comparison/test_negation_label.py`` prints how many of each
the label gets right (docs/comparison.md, "Labels", has the figures before and after).
"""

from __future__ import annotations

import pytest

from polyglot_news.comparison.labels import label_diff, load_lexicon
from polyglot_news.comparison.worddiff import word_diff

TRAPS = [
    ("not-genuine-fake", "The ministry admitted the video was not genuine.",
     "The ministry recognised the video was a fake."),
    ("denied-nothing-to-do", "The company denied any involvement in the leak.",
     "The company said it had nothing to do with the leak."),
    ("no-comment-declined", "The minister did not comment on the report.",
     "The minister declined to comment on the report."),
    ("not-true-false", "Police said the claims were not true.",
     "Police said the claims were false."),
    ("not-present-absent", "The suspect was not present at the hearing.",
     "The suspect was absent from the hearing."),
    ("not-survive-died", "The pilot did not survive the crash.", "The pilot died in the crash."),
    ("refused-would-not", "The mayor refused to resign.", "The mayor would not step down."),
    ("no-one-unharmed", "No one was hurt in the fire.", "Everyone escaped the fire unharmed."),
    ("never-yet-to", "The bank never paid the fine.", "The bank has yet to pay the fine."),
    ("dismissed-unfounded", "Officials dismissed the rumours as baseless.",
     "Officials said the rumours were unfounded."),
    ("not-safe-dangerous", "The vaccine is not safe, the agency warned.",
     "The agency warned the vaccine is dangerous."),
    ("did-not-hold-collapsed", "The ceasefire did not hold.", "The ceasefire collapsed."),
    ("could-not-cross-stuck", "The border stayed closed and trucks could not cross.",
     "The border stayed closed and trucks were stuck."),
    ("denied-rejected", "The minister denied the allegations.",
     "The minister rejected the allegations."),
    ("did-not-has-not", "Kyiv did not confirm the strike.", "Kyiv has not confirmed the strike."),
    ("unverified-could-not-be-verified", "The report is unverified.",
     "The report could not be verified."),
    ("not-operating-idle", "The plant was not operating at the time.",
     "The plant was idle at the time."),
    ("no-evidence-ruled-out", "Investigators found no evidence of sabotage.",
     "Investigators ruled out sabotage."),
    ("failed-to-did-not", "The drug failed to reduce deaths.",
     "The drug did not lower the death toll."),
    ("without-no-notice", "The airline cancelled the flights without notice.",
     "The airline gave no notice before cancelling the flights."),
    ("not-in-capital-abroad", "The prime minister was not in the capital.",
     "The prime minister was abroad."),
    ("not-a-student-outsider", "Witnesses said the gunman was not a student.",
     "Witnesses said the gunman was an outsider."),
    ("forged-not-authentic", "The documents were forged, the court found.",
     "The court found the documents were not authentic."),
    ("not-only-also", "The storm not only flooded the port but also cut power.",
     "The storm flooded the port and cut power."),
    ("no-fewer-than-at-least", "No fewer than 40 people were rescued.",
     "At least 40 people were rescued."),
    ("numbered-no", "Satellite No. 7 was lost after launch.",
     "The satellite was lost after its launch on Tuesday."),
    # a new user's trial: "guarantees that no jobs will be cut" / "job guarantees" (own words)
    ("no-noun-cut-guarantees", "The nurses want a raise and a promise that no wards will close.",
     "The nurses want a raise and ward guarantees."),
    ("no-noun-refunded-policy", "Organisers said no tickets would be refunded.",
     "Organisers said the ticket policy was unchanged."),
]  # fmt: skip

DENIALS = [
    ("confirmed-denied", "The company confirmed the data was stolen.",
     "The company denied the data was stolen."),
    ("held-did-not-hold", "The ceasefire held overnight.", "The ceasefire did not hold overnight."),
    ("three-no-one", "Three people were hurt in the fire.", "No one was hurt in the fire."),
    ("visited-never", "The minister visited the site.", "The minister never visited the site."),
    ("genuine-not-genuine", "The video is genuine, experts said.",
     "The video is not genuine, experts said."),
    ("confirmed-did-not-confirm", "The army confirmed the strike.",
     "The army did not confirm the strike."),
    ("attended-unclear", "The suspect attended the hearing.",
     "It is unclear whether the suspect attended the hearing."),
    ("signed-has-not", "The governor signed the decree.",
     "The governor has not signed the decree."),
    ("reached-could-not", "Rescuers reached the village.", "Rescuers could not reach the village."),
    ("verified-unverified", "The report has been verified.", "The report is unverified."),
    ("paid-refused", "The bank paid the fine.", "The bank refused to pay the fine."),
    ("landed-failed-to", "The plane landed safely.", "The plane failed to land safely."),
    ("found-did-not-find", "Police found the weapon.", "Police did not find the weapon."),
    ("will-will-not", "The president will attend the summit.",
     "The president will not attend the summit."),
    ("deal-no-deal", "The talks produced a deal.", "The talks produced no deal."),
    ("hit-denied", "The strike hit a school, officials said.",
     "Officials denied the strike hit a school."),
    ("authentic-fake", "The documents are authentic.", "The documents are fake."),
    ("true-false", "The report is true.", "The report is false."),
    ("reopened-yet-to", "The museum reopened on Monday.", "The museum has yet to reopen."),
    ("took-has-not-taken", "The army took the town.", "The army has not taken the town."),
    ("open-not-open", "The airport is open.", "The airport is not open."),
    ("agreed-did-not", "The leaders agreed on a truce.", "The leaders did not agree on a truce."),
    ("voted-refused", "The senator voted for the bill.",
     "The senator refused to vote for the bill."),
    ("still-no-longer", "The mine is still working.", "The mine is no longer working."),
    ("trains-no-trains", "Trains ran on Monday.", "No trains ran on Monday."),
    ("staff-no-staff", "Two staff were injured in the blast.",
     "No staff were injured in the blast."),
]  # fmt: skip


def negation(a: str, b: str, language: str = "en") -> bool:
    """Whether the word diff a -> b is labelled ``negation``."""
    return "negation" in label_diff(word_diff(a, b), language=language).labels


@pytest.mark.parametrize(("a", "b"), [c[1:] for c in TRAPS], ids=[c[0] for c in TRAPS])
def test_two_wordings_of_one_denial_are_no_negation(a: str, b: str) -> None:
    assert not negation(a, b)
    assert not negation(b, a)


@pytest.mark.parametrize(("a", "b"), [c[1:] for c in DENIALS], ids=[c[0] for c in DENIALS])
def test_a_denial_of_what_the_other_asserts_is_negation(a: str, b: str) -> None:
    assert negation(a, b)
    assert negation(b, a)


# Pivot languages other than English: a denial against an assertion, and a phrase whose
# negation word negates nothing (a hedge: "не менее" = "at least"), both ways round.
OTHER_LANGUAGES = [
    ("ru", "Компания подтвердила утечку данных.", "Компания отрицала утечку данных.", True),
    ("ru", "Мэр подписал указ.", "Мэр не подписал указ.", True),
    ("ru", "Погибли не менее 40 человек.", "Погибли по меньшей мере 40 человек.", False),
    ("uk", "Рятувальники дісталися села.", "Рятувальники не дісталися села.", True),
    ("uk", "Міністр заперечив свою причетність.", "Міністр визнав свою причетність.", True),
    ("uk", "Загинули не менше 40 людей.", "Загинули щонайменше 40 людей.", False),
    ("de", "Die Regierung bestätigte den Angriff.", "Die Regierung dementierte den Angriff.",
     True),
    ("de", "Der Flughafen ist geöffnet.", "Der Flughafen ist nicht geöffnet.", True),
    ("de", "Der Sturm traf nicht nur den Hafen.", "Der Sturm traf den Hafen.", False),
    ("fr", "Le ministre a signé le décret.", "Le ministre n'a pas signé le décret.", True),
    ("fr", "La police a trouvé l'arme.", "La police n'a jamais trouvé l'arme.", True),
    ("fr", "La tempête a non seulement inondé le port.", "La tempête a inondé le port.", False),
    ("es", "El alcalde firmó el decreto.", "El alcalde no firmó el decreto.", True),
    ("es", "La empresa confirmó el robo de datos.", "La empresa negó el robo de datos.", True),
    ("es", "La tormenta no solo inundó el puerto.", "La tormenta inundó el puerto.", False),
]  # fmt: skip


@pytest.mark.parametrize(("language", "a", "b", "expected"), OTHER_LANGUAGES)
def test_other_pivot_languages(language: str, a: str, b: str, expected: bool) -> None:
    assert load_lexicon(language).negation is not None
    assert negation(a, b, language) is expected
    assert negation(b, a, language) is expected


def _score(name: str, traps: list, denials: list) -> None:
    """Print how many traps go without the label and how many denials get it (both ways)."""
    clean = sum(not negation(a, b) and not negation(b, a) for _, a, b in traps)
    found = sum(negation(a, b) and negation(b, a) for _, a, b in denials)
    print(f"{name}: traps without the label {clean}/{len(traps)}, denials labelled "
          f"{found}/{len(denials)}")  # fmt: skip


# Written after the rule above was designed and measured once, not tuned on: a check that the
# rule holds beyond the pairs it was designed with (figures in docs/comparison.md).
CHECK_TRAPS = [
    ("did-not-attend-skipped", "The mayor did not attend the ceremony.",
     "The mayor skipped the ceremony."),
    ("no-flights-cancelled-as-planned", "The airline said no flights were cancelled.",
     "The airline said all flights ran as planned."),
    ("rejected-threw-out", "The court rejected the appeal.", "The court threw out the appeal."),
    ("not-ruled-out-may", "The government has not ruled out new taxes.",
     "The government may still raise taxes."),
    ("never-met-no-meeting", "The president never met the envoy.",
     "The president has had no meeting with the envoy."),
    ("could-not-say-no-figure", "Officials could not say how many were hurt.",
     "Officials gave no figure for the injured."),
    ("not-open-closed", "The clinic was not open on Sunday.", "The clinic was closed on Sunday."),
    ("did-not-play-sat-out", "The striker did not play in the final.",
     "The striker sat out the final."),
    ("denied-not-behind", "The group denied carrying out the attack.",
     "The group said it was not behind the attack."),
    ("nobody-claimed-unclaimed", "Nobody claimed responsibility for the blast.",
     "The blast went unclaimed."),
    ("not-final-provisional", "The deal is not final.", "The deal is provisional."),
    ("did-not-sink-afloat", "The ship did not sink.", "The ship stayed afloat."),
]  # fmt: skip

CHECK_DENIALS = [
    ("attended-did-not", "The mayor attended the ceremony.",
     "The mayor did not attend the ceremony."),
    ("approved-rejected", "Voters approved the plan.", "Voters rejected the plan."),
    ("safe-not-safe", "The bridge is safe to use.", "The bridge is not safe to use."),
    ("paid-has-not-paid", "The company paid its workers.", "The company has not paid its workers."),
    ("met-never-met", "The envoy met the president.", "The envoy never met the president."),
    ("someone-no-one", "Someone was arrested.", "No one was arrested."),
    ("real-fake", "The photos are real.", "The photos are fake."),
    ("won-did-not-win", "The team won the match.", "The team did not win the match."),
    ("resigned-refused", "The minister resigned.", "The minister refused to resign."),
    ("held-not-held", "The vote was held on time.", "The vote was not held on time."),
    ("found-found-no", "Investigators found the cause.", "Investigators found no cause."),
    ("freed-yet-to", "The hostages were freed.", "The hostages have yet to be freed."),
]  # fmt: skip


# Misses of the check pairs, measured and left as they are (not tuned on): a verb of rejection
# paraphrased without a cue ("threw out"), and a double negation ("has not ruled out") read as
# one. A third miss, a cue negating a subject both sides share ("no [flights] were cancelled" /
# "all flights ran"), is fixed by the rule for "no" + noun that a new user's trial asked for
# ("no jobs will be cut" / "job guarantees"): that check pair is no longer blind.
_KNOWN_MISSES = {"rejected-threw-out", "not-ruled-out-may"}


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(*c[1:], id=c[0], marks=pytest.mark.xfail(strict=True, reason="known miss"))
        if c[0] in _KNOWN_MISSES
        else pytest.param(*c[1:], id=c[0])
        for c in CHECK_TRAPS
    ],
)
def test_check_traps(a: str, b: str) -> None:
    assert not negation(a, b) and not negation(b, a)


@pytest.mark.parametrize(("a", "b"), [c[1:] for c in CHECK_DENIALS],
                         ids=[c[0] for c in CHECK_DENIALS])  # fmt: skip
def test_check_denials(a: str, b: str) -> None:
    assert negation(a, b) and negation(b, a)


if __name__ == "__main__":
    _score("designed on", TRAPS, DENIALS)
    _score("check", CHECK_TRAPS, CHECK_DENIALS)
