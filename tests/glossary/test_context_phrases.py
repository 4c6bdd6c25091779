"""Places inside common noun phrases, people named like places, and full names widened over a
first name spelled otherwise (glossary/phrases.py, context.py, people.py, fullnames.py)."""

from __future__ import annotations

import pytest
from _glossary_hits import names_found

from polyglot_news.glossary.fullnames import spelling_key


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        ("en", "She ordered a Denver omelette.", "denver"),  # head noun after the place
        ("es", "Sirvieron coles de Bruselas.", "brussels"),  # head noun, "de", the place
        ("it", "Un pan di Spagna alla crema.", "spain"),  # a lexicalised phrase
        ("ru", "Бразильский орех богат селеном.", "brazil"),  # adjective and its noun
        ("tr", "Çin lahanası ucuzladı.", "china"),  # a noun in the possessive
        ("ar", "أضاف الطاهي جوز الهند.", "india"),  # an Arabic construct
        ("pl", "Do sałatki dodała orzechy włoskie.", "italy"),  # the noun before its adjective
        ("ko", "아이들이 비엔나 소시지를 좋아한다.", "vienna"),
        ("zh", "孩子们喜欢吃维也纳香肠。", "vienna"),  # glued, Chinese
        ("ja", "ボルドー色のドレス。", "bordeaux"),  # glued colour, Japanese
        ("fr", "Le philosophe Marius Lyon a parlé.", "lyon"),  # a first name of names-dataset
        ("uk", "Співачка Ярина Одеська виступила.", "odesa"),  # a Ukrainian first name
        ("zh", "作家杰克·伦敦的小说。", "london"),  # a given name and a middle dot
        ("ja", "作家ジャック・ロンドンの小説。", "london"),
    ],
    ids=lambda v: v if len(v) < 12 else None,
)
def test_a_place_in_a_phrase_or_a_name_is_no_place(lang: str, text: str, place: str) -> None:
    assert place not in {entity for entity, _ in names_found(text, lang)}


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        ("en", "Snow fell in Denver and Dallas.", "denver"),
        ("es", "La cumbre se celebró en Bruselas.", "brussels"),
        ("ru", "Бразильские власти заявили о росте.", "brazil"),  # not a head noun
        ("tr", "Çin Dışişleri Bakanlığı açıklama yaptı.", "china"),
        ("sv", "Från Uppsala åkte delegationen vidare.", "uppsala"),  # a word, not a first name
        ("de", "Nach Bremen reiste auch die Kanzlerin.", "bremen"),
        ("ja", "イラン・イラク戦争が始まった。", "iraq"),  # an enumeration keeps both
        ("en", "Paris Hilton flew to Paris.", "paris"),
    ],
)
def test_places_in_ordinary_sentences_stay(lang: str, text: str, place: str) -> None:
    assert place in {entity for entity, _ in names_found(text, lang)}


@pytest.mark.parametrize(
    ("lang", "text", "entity", "surface"),
    [
        ("de", "Präsident Massoud Peseschkian reiste ab.", "masoud-pezeshkian",
         "Massoud Peseschkian"),
        ("fr", "Le Premier ministre Benjamin Netanyahou a parlé.", "benjamin-netanyahu",
         "Benjamin Netanyahou"),
        ("ru", "Премьер Беньямин Нетаньяху прибыл.", "benjamin-netanyahu", "Беньямин Нетаньяху"),
        ("de", "Ein Telefonat mit Recep Erdoğan.", "recep-tayyip-erdogan", "Recep Erdoğan"),
        ("de", "Ein Telefonat mit Erdoğan.", "recep-tayyip-erdogan", "Erdoğan"),
        ("ro", "Putin a vorbit cu Volodymyr Zelenski.", "volodymyr-zelensky",
         "Volodymyr Zelenski"),
    ],
)  # fmt: skip
def test_a_surname_takes_the_first_name_written_before_it(
    lang: str, text: str, entity: str, surface: str
) -> None:
    assert (entity, surface) in names_found(text, lang)


@pytest.mark.parametrize(
    ("a", "b"),
    [("Massoud", "Masud"), ("Benyamin", "Benjamin"), ("Scheich", "Sheikh"),
     ("Chamenei", "Khamenei"), ("Alexandr", "Aleksandr")],
)  # fmt: skip
def test_transliterations_share_a_spelling_key(a: str, b: str) -> None:
    assert spelling_key(a) == spelling_key(b)
