"""Trap kinds of issue 12's sixth round (issue-12-traps): idioms and proverbs whose words spell a
place, a town's name in lower case, a style named after a city, a relative's or title's word
before a first name that is a city, a person's surname that spells a two-word place; and the
build's common-word gate (scripts/_glossary_places.Gate): Hunspell's words among its prepared
batch only (it once asked about a later form only while its language had no batch yet), the
others left to common_forms.tsv, which makes them need context. Own sentences,
written for this round (the dev table world_traps3_dev.tsv holds more)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Any

import pytest

from polyglot_news.glossary import default_glossary

SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("uk", "На пагорбі стояла біла церква з дзвіницею."),  # the words, not Bila Tserkva
        ("uk", "Біла церква на пагорбі видна здалеку."),  # a sentence's capital only
        ("be", "На ўзгорку стаяла белая царква."),
        ("ar", "أعلنت الشركة حالة القوة القاهرة."),  # force majeure, not Cairo
        ("ar", "تأجل الحفل بسبب الظروف القاهرة."),
        ("ar", "وعد الله المتقين جنات عدن."),  # Quran: the gardens of Eden, not Aden
        ("ar", "قرأ الإمام: وتعز من تشاء وتذل من تشاء."),  # Quran 3:26, not Taiz
        ("ar", "تلا القارئ: مرج البحرين يلتقيان."),  # Quran 55:19, not Bahrain
        ("ru", "Для меня это китайская грамота."),
        ("uk", "Діти каталися на американських гірках."),
        ("cs", "Ten návod je pro mě španělská vesnice."),
        ("pl", "Na weselu był szwedzki stół."),
        ("en", "It is like carrying coals to Newcastle."),
        ("en", "His colleagues sent him to Coventry."),
        ("it", "Tutte le strade portano a Roma, disse il vecchio."),
        ("ru", "Москва не сразу строилась, напомнил мэр."),
        ("zh", "他们玩了俄罗斯轮盘赌。"),
        ("pl", "Nie od razu Kraków zbudowano, mówi trener."),
        ("en", "For the senator it was a road to Damascus moment."),
        ("ro", "Am mâncat varză à la Cluj la prânz."),  # a dish in Cluj's style
        ("fr", "Ils ont servi un poulet à la Marengo."),
        ("ro", "Mătușa Constanța ne-a trimis o scrisoare."),  # an aunt's first name
        ("ro", "Doamna Constanța a venit la școală."),
        ("en", "Roque Santa Cruz scored twice in the second half."),  # the footballer
        ("es", "Roque Santa Cruz marcó el gol de la victoria."),
    ],
)
def test_trap_kinds_are_no_names(lang: str, text: str) -> None:
    assert default_glossary().find(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "entity"),
    [
        ("uk", "Біла Церква прийняла переселенців.", "bila-tserkva"),
        ("uk", "Делегація прибула до Білої Церкви.", "bila-tserkva"),
        ("ar", "وصل وزير الخارجية إلى القاهرة صباح الأحد.", "cairo"),
        ("ar", "غادرت السفينة ميناء عدن متجهة إلى جيبوتي.", "aden"),
        ("ar", "قصفت المدفعية أحياء في مدينة تعز.", "taiz"),
        ("ru", "Китайская делегация посетила Москву.", "china"),
        ("it", "Il papa è tornato a Roma domenica.", "rome"),
        ("ro", "Ministrul a ajuns la Cluj pentru întâlnire.", "cluj-napoca"),
        ("fr", "Il a vendu des armes à la Chine.", "china"),  # à la before a country: to
        ("ro", "Portul Constanța a fost închis din cauza furtunii.", "constanta"),
        ("en", "Talks with Evo Morales in Santa Cruz ended.", "santa-cruz-de-la-sierra"),
    ],
)
def test_the_same_words_still_name_places(lang: str, text: str, entity: str) -> None:
    assert entity in {h.entry_id for h in default_glossary().find(text, lang)}


def _places() -> Any:
    sys.path.insert(0, str(SCRIPTS))
    spec = importlib.util.spec_from_file_location("_glossary_places_under_test",
                                                  SCRIPTS / "_glossary_places.py")  # fmt: skip
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class _Morph:
    """The parts of scripts/_glossary_morph the gate uses, with fixed word lists."""

    SPELLERS = {"en": "en_US", "tr": "tr_TR"}
    SPELLED = frozenset({"Turkey", "Valence", "Reading", "Humus"})  # lower case: a word
    WORDS = frozenset({"мир"})  # pymorphy3's likelier reading is the word

    def is_common_word(self, text: str, lang: str, words: frozenset[str]) -> bool:
        return text.lower() in words or (lang == "ru" and text.lower() in self.WORDS)

    def spelled_words(self, lang: str, names: Any) -> set[str]:
        return {n for n in names if n in self.SPELLED}


def test_the_gate_drops_the_prepared_dictionary_words_and_every_common_word() -> None:
    gate = _places().Gate(_Morph(), {"en": frozenset({"bath"}), "ru": frozenset()})
    gate.prepare([("en", "Valence"), ("en", "London"), ("mul", "Reading")])
    assert gate.allows("en", "London")
    assert not gate.allows("en", "Valence") and not gate.allows("en", "Reading")
    assert not gate.allows("en", "Bath")  # a langid word, prepared or not
    assert not gate.allows("ru", "Мир") and gate.allows("ru", "Москва")
    assert gate.rejected == {"en": 3, "ru": 1}


def test_a_form_not_prepared_passes_whatever_comes_first() -> None:
    """A later step's form that the dictionary knows (Turkish humus) is kept, to need context
    through common_forms.tsv, whether or not its language had a batch; once it was asked, and
    dropped, only when its language had none yet (the order of the build's steps decided)."""
    gate = _places().Gate(_Morph(), {"en": frozenset(), "tr": frozenset()})
    assert gate.allows("en", "Turkey") and gate.allows("tr", "Humus")
    gate.prepare([("en", "Valence")])
    assert gate.allows("en", "Turkey") and not gate.allows("en", "Valence")
