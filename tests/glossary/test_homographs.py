"""Names that are also ordinary words or first names need evidence (issue 12, no false hits).

The common words come from the Debian Hunspell dictionaries at build time (a name the
dictionary accepts in lower case is also a word: Italian Mosca, a fly; English Male), except
the own names of countries and capitals of a million (China, Turkey, Polish Dania);
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
        ("it", "Mosca cieca è un gioco.", "Il vertice a Mosca è finito."),
        ("tr", "Ordu sınıra birlik gönderdi.", "Ordu'da sel oldu ve Ordu valisi konuştu."),
        ("uk", "Того ж дня прийшла новина.", "Вибори в Того пройшли спокійно."),
        ("en", "Male voters turned out in large numbers.", "Talks in Male ended."),
        ("en", "Soul music filled the hall.", "Talks in Seoul ended."),
    ],
)
def test_a_dictionary_word_needs_evidence_a_name_in_context_keeps_it(
    lang: str, word: str, name: str
) -> None:
    assert _ids(word, lang) == []
    assert _ids(name, lang)


def test_the_language_s_own_capital_needs_no_context() -> None:
    assert _ids("Warszawa wysłała nowy pakiet pomocy.", "pl") == ["warsaw"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "China said it would retaliate.", ["china"]),
        ("en", "Turkey said on Monday it would reopen the border.", ["turkiye"]),
        ("en", "Chad said its troops had left the area.", ["chad"]),
        ("pl", "Dania zamknęła granice.", ["denmark"]),
        ("pl", "Kanada wydaliła dyplomatę.", ["canada"]),
    ],
)
def test_a_country_opening_a_sentence_needs_no_context(
    lang: str, text: str, expected: list[str]
) -> None:
    """A country is the news reading of its name in every language ("China said"), whatever
    else the dictionary accepts in lower case (china, turkey, dania): a sentence-initial
    country is no trap, and "roast turkey" is lower case."""
    assert _ids(text, lang) == expected


def test_a_first_name_before_a_surname_is_a_person() -> None:
    assert _ids("Chad Smith played the drums.", "en") == []
    # the person (glossaries/figures.tsv), not Chile's capital
    assert _ids("Santiago Abascal habló ante la prensa.", "es") == ["santiago-abascal"]
    assert _ids("Santiago Pérez habló ante la prensa.", "es") == []
    assert _ids("Talks in Chad ended as Smith left.", "en") == ["chad"]
    hits = [("chad", 0, 4, 0)]
    assert without_first_names(hits, "Chad Smith And Jones Met") == hits  # a headline run
    assert without_first_names(hits, "CHAD Smith") == hits


def test_an_old_alternate_name_does_not_take_another_place_s_name() -> None:
    assert _ids("Islamabad denied it.", "en") == ["islamabad"]


@pytest.mark.parametrize(
    ("lang", "word", "name", "entity"),
    [
        ("en", "Turkey and stuffing were on the table.", "Turkey and its allies met.", "turkiye"),
        ("en", "China or glass, she asked.", "China and Russia signed a deal.", "china"),
        ("pl", "Dania rybne podano na końcu.", "Dania ponownie odrzuciła ofertę.", "denmark"),
        ("pl", "Dania wegetariańskie są tańsze.", "Dania w piątek zamknęła granice.", "denmark"),
        ("it", "Lima e martello erano nel cassetto.", "Lima ha votato ieri.", "lima"),
        ("it", "Mali oscuri tormentano il paese.", "Mali e Niger firmano un patto.", "mali"),
        ("es", "Granada y naranja para el postre.", "Granada y Barbados firmaron.", "grenada"),
    ],
)
def test_the_next_words_tell_a_word_opening_a_sentence_from_the_name(
    lang: str, word: str, name: str, entity: str
) -> None:
    assert _ids(word, lang) == []
    assert entity in _ids(name, lang)


@pytest.mark.parametrize(
    ("word", "name"),
    [
        ("Der Kiel des Schiffes brach im Sturm.", "Die Werft in Kiel baut Fregatten."),
        ("Das Essen in Berlin war gut.", "Essen und Dortmund melden Rekorde."),
        ("Ein Kiel aus Eiche hält lange.", "Das zerstörte Kiel wurde wieder aufgebaut."),
    ],
)
def test_a_german_city_after_an_article_is_the_noun(word: str, name: str) -> None:
    assert [i for i in _ids(word, "de") if i in ("kiel", "essen")] == []
    assert {"kiel", "essen"} & set(_ids(name, "de"))


@pytest.mark.parametrize(
    ("word", "name", "entity"),
    [
        ("قطر الأنبوب خمسة سنتيمترات.", "رفضت قطر المقترح الأخير.", "qatar"),  # diameter
        ("حماة الوطن يحرسون الحدود.", "حماة مدينة سورية قديمة.", "hamah"),  # protectors
        ("هو مصر على الرفض.", "قال الوزير إن مصر على استعداد للمساعدة.", "egypt"),  # insistent
        ("أدينا صلاة المغرب جماعة.", "وصل الوفد إلى المغرب أمس.", "morocco"),  # the prayer
    ],
)
def test_arabic_context_tells_a_common_word_from_the_name(
    word: str, name: str, entity: str
) -> None:
    assert _ids(word, "ar") == []
    assert entity in _ids(name, "ar")


@pytest.mark.parametrize(
    ("lang", "text", "entity"),
    [
        ("pl", "Kanada pierwsza ogłosiła sankcje.", "canada"),  # an ordinal: closed class
        ("pl", "Dania sama zdecydowała o wyjściu.", "denmark"),  # sama -> sam, by itself
        ("it", "Cuba stessa lo ammette.", "cuba"),
        ("es", "China misma lo reconoce.", "china"),
        ("en", "Japan and two other nations agreed.", "japan"),  # a numeral after "and"
    ],
)
def test_a_closed_class_word_after_an_opening_name_keeps_it(
    lang: str, text: str, entity: str
) -> None:
    assert entity in _ids(text, lang)


def test_a_polish_feminine_place_before_a_masculine_verb_is_a_man() -> None:
    assert _ids("Kuba wrócił z treningu.", "pl") == []  # Kuba, a boy's name
    assert _ids("Kuba ogłosiła reformy.", "pl") == ["cuba"]  # the country is feminine
    assert _ids("Irak ogłosił sankcje.", "pl") == ["iraq"]  # a masculine country
