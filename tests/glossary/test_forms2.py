"""Forms and context of i12-forms2: first names that are cities before a surname, place
adjectives before dishes and furniture, case forms of Serbian, Estonian, Finnish and Hungarian
places, a shared name's later word written in lower case as a word, a place's adjective in a
translation. Each case is a sentence written for these tests (world_forms2_dev.tsv
holds more, measured in tests/glossary/test_world.py)."""

from __future__ import annotations

import pytest
from _glossary_hits import names_found

from polyglot_news.glossary import default_glossary
from polyglot_news.glossary.enforce import protect, restore


@pytest.mark.parametrize(
    ("lang", "text", "entity", "surface"),
    [
        ("sr", "Састанак је одржан у Београду у петак.", "belgrade", "Београду"),
        ("sr", "Sastanak je održan u Beogradu u petak.", "belgrade", "Beogradu"),
        ("sr", "Delegacija je stigla iz Budimpešte.", "budapest", "Budimpešte"),
        ("sr", "Pregovori u Helsinkiju su završeni.", "helsinki", "Helsinkiju"),
        ("hr", "Ministar je doputovao u Budimpeštu.", "budapest", "Budimpeštu"),
        ("et", "Kohtumine toimus Tallinnas esmaspäeval.", "tallinn", "Tallinnas"),
        ("et", "Läbirääkimised Budapestis jätkuvad.", "budapest", "Budapestis"),
        ("fi", "Kokous pidettiin Helsingissä maanantaina.", "helsinki", "Helsingissä"),
        ("fi", "Presidentti lensi Moskovaan.", "moscow", "Moskovaan"),
        ("fi", "Neuvottelut Budapestissa jatkuvat.", "budapest", "Budapestissa"),
        ("hu", "A tárgyalások Budapesten folytatódtak.", "budapest", "Budapesten"),
        ("hu", "A delegáció Moszkvából érkezett.", "moscow", "Moszkvából"),
        ("hu", "A miniszter Belgrádban tárgyalt.", "belgrade", "Belgrádban"),
    ],
)  # fmt: skip
def test_case_forms_of_places(lang: str, text: str, entity: str, surface: str) -> None:
    assert (entity, surface) in names_found(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a city that is a first name, in an oblique case, before a surname
        ("ru", "Вечером звучали песни Владимира Высоцкого."),
        ("uk", "Пісні Володимира Висоцького лунали весь вечір."),
        # a first name after a sentence's first word, capitalised for its place
        ("en", "Director Sofia Coppola presented her new film."),
        ("ru", "Актриса София Ротару дала концерт."),
        # place adjectives before furniture, dishes, with another adjective between
        ("ru", "На столе стояли венские стулья и тульский пряник."),
        ("uk", "Ми купили київський торт і віденські стільці."),
        ("ru", "В меню был московский шницель и полтавские галушки."),
        ("pl", "Zjadł sałatkę jarzynową i rosyjskie pierogi."),
        ("cs", "K večeři byl ruský vaječný salát a ruská vejce."),
        ("en", "He served chicken Kiev with mashed potatoes."),
        # a later word of a name in lower case that is a word of the language
        ("hr", "Novi sad jabuka posađen je u dvorištu."),
    ],
)  # fmt: skip
def test_no_place_in_names_and_dishes(lang: str, text: str) -> None:
    assert default_glossary().find(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "entity"),
    [
        ("ru", "Губернатор прибыл во Владимир в понедельник.", "vladimir"),
        ("ru", "Во Владимире прошли выборы в городскую думу.", "vladimir"),
        ("ru", "Московские власти закрыли парки.", "moscow"),
        ("hr", "Prosvjed je održan u Novom Sadu.", "novi-sad"),
    ],
)
def test_places_stay_places(lang: str, text: str, entity: str) -> None:
    assert entity in {m.entry_id for m in default_glossary().find(text, lang)}


@pytest.mark.parametrize(
    ("source", "target", "translated"),
    [
        ("The Kursk authorities said so.", "ru", "Курские власти заявили об этом."),
        ("Pyongyang media reported it.", "ru", "Пхеньянские СМИ сообщили об этом."),
        ("Kyiv officials said so.", "uk", "Київські посадовці заявили про це."),
    ],
)
def test_an_adjective_in_the_translation_holds_the_name(
    source: str, target: str, translated: str
) -> None:
    """The place's relational adjective in the translation (курские власти for "the Kursk
    authorities") is the name held, never repaired into the noun (Курск власти)."""
    glossary = default_glossary()
    protected = protect(source, "en", target, glossary)
    text, outcomes = restore(translated, protected, target, glossary)
    assert text == translated
    assert [o.status for o in outcomes] == ["held"]
