"""The kinds of issue-12-forms3 (2 December, sixth round), on sentences written for them.

French, German and Spanish transcriptions of Arabic names (scripts/_glossary_variants.py:
Charm el-Cheikh, al-Chareh, Soueïda, Scharm el-Scheich) and the English press's respellings
of a gazetteer's (Sweida, Raqqa, Qamishli); a capital that the language's dictionary writes
as a proper noun opening a French sentence (Pékin, Paris: initial=name in common_forms.tsv);
a first name that is a common noun opening a Russian, Ukrainian or Belarusian sentence before
a place (Влада Єгипту: glossary_data/name_nouns.tsv, glossary/context.py); a mixed-case
abbreviation (PiS) opening a sentence; the river Dnieper against the city Dnipro (Днепр:
glossary/rivers.py).
"""

from __future__ import annotations

import pytest
from _glossary_hits import names_found

from polyglot_news.glossary import default_glossary


@pytest.mark.parametrize(
    ("lang", "text", "entity", "surface"),
    [
        ("fr", "Le sommet s'est tenu à Charm el-Cheikh.", "sharm-el-sheikh", "Charm el-Cheikh"),
        ("fr", "Selon Ahmad al-Chareh, le vote aura lieu.", "ahmed-al-sharaa", "Ahmad al-Chareh"),
        ("fr", "Des heurts ont eu lieu à Soueïda.", "as-suwayda", "Soueïda"),
        ("fr", "Une voiture piégée a explosé à Qamichli.", "al-qamishli", "Qamichli"),
        ("fr", "Le pèlerinage a commencé à Djeddah.", "jeddah", "Djeddah"),
        ("fr", "Kaïs Saïed a dissous le parlement.", "kais-saied", "Kaïs Saïed"),
        ("de", "Das Treffen in Scharm el-Scheich endete.", "sharm-el-sheikh", "Scharm el-Scheich"),
        ("en", "Fighting broke out in Sweida.", "as-suwayda", "Sweida"),
        ("en", "Raqqa fell in 2017.", "ar-raqqah", "Raqqa"),
        ("en", "A bomb exploded in Qamishli.", "al-qamishli", "Qamishli"),
        ("fr", "Pékin a réagi aux sanctions.", "beijing", "Pékin"),
        ("fr", "Paris a annoncé des renforts.", "paris", "Paris"),
        ("fr", "Rabat a rappelé son ambassadeur.", "rabat", "Rabat"),
        ("uk", "Влада Єгипту відкрила кордон.", "egypt", "Єгипту"),
        ("be", "Улады Егіпта адкрылі мяжу.", "egypt", "Егіпта"),  # and a fleeting е
        ("be", "Выбары ў Егіпце прайшлі спакойна.", "egypt", "Егіпце"),
        ("ru", "Вера Франции в союзников пошатнулась.", "france", "Франции"),
        ("pl", "PiS zapowiedział protest.", "law-and-justice", "PiS"),
        # a river word near a city named like its river (rivers.py)
        ("ru", "На правом берегу Днепра слышны взрывы.", "dnieper", "Днепра"),
        ("uk", "Річковий трамвай ходить уздовж Дніпра.", "dnieper", "Дніпра"),
        ("uk", "Дніпро розлився після дощів.", "dnieper", "Дніпро"),
        ("ru", "Ракета попала в Днепр ночью.", "dnipro", "Днепр"),
        ("uk", "У Дніпрі оголосили тривогу.", "dnipro", "Дніпрі"),
    ],
)  # fmt: skip
def test_the_kinds_name_the_right_entity(
    lang: str, text: str, entity: str, surface: str
) -> None:
    assert (entity, surface) in names_found(text, lang), (lang, text)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le pékin moyen ne comprend rien."),  # the noun, lower case
        ("fr", "Les paris sportifs sont en hausse."),
        ("fr", "Le cheikh a prononcé un sermon."),
        ("en", "The sheikh delivered a sermon."),
        ("ru", "Любовь Успенская дала концерт."),  # a first name and a surname, no place
        ("ru", "Царь Иван Грозный правил долго."),  # Иван is no noun: Грозный stays a surname
    ],
)
def test_words_and_people_stay_unmatched(lang: str, text: str) -> None:
    assert default_glossary().find(text, lang) == []
