"""People's surnames alone, cities and the regions named after them (issue-12-persons).

Kinds a blind table showed (its rows unseen): a curated person's surname opening a sentence when
a dictionary also has it as a word (Macron said, Макрон призвал), after a verb in a compound tense
or a compound title (Macron a déclaré, Finansminister Reeves, 리브스 재무장관은), after a word
of a regime (the regime of Maduro); a city and the region named after it (Kabul, Kabul Province);
exonyms of cities below a million (Marsella, Monaco di Baviera), Tunis the city. The dev table
``world_persons_dev.tsv`` (written before the changes, tuned on) is scored in test_world.py.
"""

from __future__ import annotations

import pytest

from polyglot_news.glossary import default_glossary
from polyglot_news.glossary.homonyms import with_city_words
from polyglot_news.glossary.people import with_person_verbs, without_dotted_names
from polyglot_news.glossary.support import COMMON

PEOPLE = frozenset({"emmanuel-macron", "nicolas-maduro", "keir-starmer"})


@pytest.mark.parametrize(
    ("text", "lang", "kept"),
    [
        ("Maduro dijo que no habrá elecciones.", "es", True),  # a verb of saying after it
        ("Macron a déclaré que la France ne céderait pas.", "fr", True),  # its auxiliary aside
        ("El régimen de Maduro liberó a varios presos.", "es", True),  # a regime's word before
        ("Maduro y dulce, el mango se vendió.", "es", False),  # the word: no context
    ],
)
def test_a_persons_word_like_surname_counts_with_the_persons_context(
    text: str, lang: str, kept: bool
) -> None:
    start = text.index("Ma")
    end = text.index(" ", start)
    entity = "emmanuel-macron" if text[start:end] == "Macron" else "nicolas-maduro"
    hits = [(entity, start, end, COMMON)]
    flags = with_person_verbs(hits, text, lang, PEOPLE)[0][3]
    assert (not flags & COMMON) is kept


def test_a_place_before_a_dot_and_a_persons_name_is_the_given_name() -> None:
    text = "キール・スターマー首相は述べた。"
    hits = [("kiel", 0, 3, 0), ("keir-starmer", 4, 9, 0)]
    assert without_dotted_names(hits, text, PEOPLE) == [("keir-starmer", 4, 9, 0)]


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("Власти города Тунис ввели комендантский час.", "tunis"),  # a city word before it
        ("Тунис и Алжир подписали соглашение.", "tunisia"),
        ("Посол в Тунис не прибыл.", "tunisia"),
    ],
)
def test_a_country_form_after_a_city_word_is_the_city(text: str, entity: str) -> None:
    start = text.index("Тунис")
    hits = [("tunisia", start, start + 5, 0)]
    assert with_city_words(hits, text, "ru")[0][0] == entity


@pytest.mark.parametrize(
    ("lang", "text", "entity", "surface"),
    [
        ("en", "Macron said the talks in Brussels had failed.", "emmanuel-macron", "Macron"),
        ("ru", "Макрон призвал к переговорам.", "emmanuel-macron", "Макрон"),
        ("sv", "Finansminister Reeves presenterade budgeten.", "rachel-reeves", "Reeves"),
        ("ko", "리브스 재무장관은 예산안을 발표했다.", "rachel-reeves", "리브스"),
        ("en", "Residents of Khan Yunis fled west.", "khan-yunis", "Khan Yunis"),
        ("en", "Kabul Province saw heavy fighting.", "kabul-province", "Kabul Province"),
        ("en", "The Taliban entered Kabul at dawn.", "kabul", "Kabul"),
        ("es", "El puerto de Marsella quedó bloqueado.", "marseille", "Marsella"),
        ("it", "La conferenza di Monaco di Baviera si apre.", "munich", "Monaco di Baviera"),
        ("de", "Die Regierung in Tunis verhängte den Ausnahmezustand.", "tunis", "Tunis"),
        ("ru", "Власти города Тунис ввели комендантский час.", "tunis", "Тунис"),
    ],
)
def test_names_of_the_kinds_are_found(lang: str, text: str, entity: str, surface: str) -> None:
    found = {(m.entry_id, m.surface) for m in default_glossary().find(text, lang)}
    assert (entity, surface) in found, found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("it", "Conte alla rovescia per le elezioni regionali."),
        ("tr", "Yavaş yavaş ilerleyen kuyruk sabaha kadar sürdü."),
        ("es", "Maduro y dulce, el mango se vendió en una hora."),
        ("en", "Trump cards were dealt twice in that game."),
    ],
)
def test_surnames_used_as_words_name_nobody(lang: str, text: str) -> None:
    assert default_glossary().find(text, lang) == []
