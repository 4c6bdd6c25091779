"""Place adjectives in German, Dutch and the Romance languages (glossary/adjectives.py): found
with the derived flag where they modify a noun, and not as nouns of people, languages or food.
"""

from __future__ import annotations

import pytest

from polyglot_news.glossary import default_glossary
from polyglot_news.glossary.adjectives import attributive_adjectives
from polyglot_news.glossary.support import DERIVED


@pytest.mark.parametrize(
    ("lang", "text", "entity", "surface"),
    [
        ("de", "Die Münchner Polizei sperrte die Straße.", "munich", "Münchner"),
        ("de", "Die russischen staatlichen Medien schwiegen.", "russia", "russischen"),
        ("de", "Russische Truppen zogen ab.", "russia", "Russische"),  # a sentence's first word
        ("nl", "De Antwerpse haven groeit.", "antwerp", "Antwerpse"),
        ("fr", "Le gouvernement belge a réagi.", "belgium", "belge"),
        ("fr", "Les forces russes et ukrainiennes se font face.", "ukraine", "ukrainiennes"),
        ("es", "La policía madrileña detuvo a un hombre.", "madrid", "madrileña"),
        ("it", "La diplomazia elvetica tace.", "switzerland", "elvetica"),
        ("pt", "As autoridades lisboetas reagiram.", "lisbon", "lisboetas"),
        ("ro", "Trupele americane au atacat.", "united-states", "americane"),
    ],
)
def test_an_attributive_adjective_names_its_place(
    lang: str, text: str, entity: str, surface: str
) -> None:
    hits = {(m.entry_id, m.surface): m for m in default_glossary().find(text, lang)}
    assert (entity, surface) in hits, (lang, text)
    assert hits[(entity, surface)].derived


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Er aß einen Berliner mit Marmelade."),  # the doughnut: no noun follows
        ("de", "Die Kiewer sagten, sie blieben."),  # the people
        ("de", "Zum Essen gab es Wiener Würstchen."),  # a dish (phrases.py)
        ("nl", "Hij spreekt Russisch en Frans."),  # languages
        ("fr", "Les Russes ont quitté la ville."),  # a noun of people, capitalised
        ("fr", "Il parle ukrainien couramment."),  # a language after a verb of speaking
        ("fr", "Le russe est une langue slave."),  # after an article
        ("es", "Los rusos atacaron al amanecer."),
        ("es", "Según la nota: ruso hoy."),  # after punctuation
        ("it", "Abbiamo mangiato una pizza napoletana."),  # a dish
        ("ro", "Vorbește limba rusă."),  # the language
    ],
)
def test_nouns_of_people_languages_and_food_name_no_place(lang: str, text: str) -> None:
    assert default_glossary().find(text, lang) == [], (lang, text)


def test_hits_without_the_flag_or_outside_the_languages_pass_unchanged() -> None:
    hits = [("russia", 0, 5, DERIVED), ("paris", 9, 14, 0)]
    assert attributive_adjectives(hits, "russe à Paris", "en") == hits
    assert attributive_adjectives(hits[1:], "russe à Paris", "fr") == hits[1:]
    assert attributive_adjectives(hits, "russe à Paris", "fr") == hits[1:]  # first word: no noun
