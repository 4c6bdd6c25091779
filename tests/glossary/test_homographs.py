"""Names that are also ordinary words or first names need evidence (issue 12, no false hits).

The common words come from the Debian Hunspell dictionaries at build time (a name the
dictionary accepts in lower case is also a word: Polish Dania, dishes; Italian Mosca, a fly);
a first name followed by a surname is a person (Chad Smith); an old alternate name of one
place never takes another place's own name (Islamabad, once a name of Chittagong).
"""

from __future__ import annotations

import pytest

from polyglot_news.glossary import default_glossary
from polyglot_news.glossary.context import without_first_names


def _ids(text: str, lang: str) -> list[str]:
    return [m.entry_id for m in default_glossary().find(text, lang)]


@pytest.mark.parametrize(
    ("lang", "word", "name"),
    [
        ("pl", "Dania mięsne podano na obiad.", "Premier Danii przyleciał, a Dania protestuje."),
        ("it", "Mosca cieca è un gioco.", "Il vertice a Mosca è finito."),
        ("tr", "Ordu sınıra birlik gönderdi.", "Ordu'da sel oldu ve Ordu valisi konuştu."),
        ("uk", "Того ж дня прийшла новина.", "Вибори в Того пройшли спокійно."),
        ("en", "Turkey sandwiches were served.", "Talks in Turkey ended."),
    ],
)
def test_a_dictionary_word_needs_evidence_a_name_in_context_keeps_it(
    lang: str, word: str, name: str
) -> None:
    assert _ids(word, lang) == []
    assert _ids(name, lang)


def test_the_language_s_own_capital_needs_no_context() -> None:
    assert _ids("Warszawa wysłała nowy pakiet pomocy.", "pl") == ["warsaw"]


def test_a_first_name_before_a_surname_is_a_person() -> None:
    assert _ids("Chad Smith played the drums.", "en") == []
    assert _ids("Santiago Abascal habló ante la prensa.", "es") == []
    assert _ids("Talks in Chad ended as Smith left.", "en") == ["chad"]
    hits = [("chad", 0, 4, 0)]
    assert without_first_names(hits, "Chad Smith And Jones Met") == hits  # a headline run
    assert without_first_names(hits, "CHAD Smith") == hits


def test_an_old_alternate_name_does_not_take_another_place_s_name() -> None:
    assert _ids("Islamabad denied it.", "en") == ["islamabad"]
