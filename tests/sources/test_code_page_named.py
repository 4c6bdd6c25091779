"""When several code pages decode a file to the same text, the one named is the one its
language is saved in (a new user's cp1252 German file was shown as cp1250, 2 December).
Texts are our own; benchmarks/decode_accuracy.py counts ``named`` over its whole table."""

from __future__ import annotations

from pathlib import Path

import pytest

from polyglot_news import load
from polyglot_news.sources.code_pages import likeliest

DE = (
    "Ein Cyberangriff hat am Freitag die Abfertigung am Hamburger Flughafen lahmgelegt. "
    "Rund 120 Flüge wurden gestrichen, teilte der Flughafen mit. Die Polizei ermittelt, "
    "die Passagiere mussten stundenlang warten, und die Behörden prüfen, wer dahintersteckt."
)
FR = (
    "Une cyberattaque a paralysé vendredi l'enregistrement à l'aéroport de Hambourg. "
    "Environ cent vingt vols ont été annulés, selon l'aéroport, et la police a ouvert une "
    "enquête pour déterminer qui se cache derrière cette attaque."
)
CS = (
    "Kybernetický útok v pátek ochromil odbavení na letišti v Hamburku. Bylo zrušeno přibližně "
    "sto dvacet letů, uvedlo letiště. Policie případ vyšetřuje a úřady prověřují, kdo za "
    "útokem stojí."
)
PL = (
    "Cyberatak sparaliżował w piątek odprawę na lotnisku w Hamburgu. Odwołano około stu "
    "dwudziestu lotów, podało lotnisko. Policja prowadzi śledztwo, a władze sprawdzają, kto "
    "stoi za atakiem."
)
RU = (
    "Хакеры атаковали аэропорт Гамбурга в пятницу. Отменено около девяноста рейсов, "
    "сообщили в аэропорту."
)

CASES = [
    ("de-cp1252", DE, "cp1252", "cp1252"),
    ("fr-cp1252", FR, "cp1252", "cp1252"),
    ("cs-cp1250", CS, "cp1250", "cp1250"),
    ("pl-cp1250", PL, "cp1250", "cp1250"),
    ("ru-cp1251", RU, "cp1251", "cp1251"),
    ("ru-koi8-r", RU, "koi8_r", "koi8_r"),
]


@pytest.mark.parametrize(
    ("text", "saved", "named"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_the_code_page_named_is_the_languages(
    tmp_path: Path, text: str, saved: str, named: str
) -> None:
    path = tmp_path / "story.txt"
    path.write_bytes(text.encode(saved))
    [version] = load(path)
    assert version.text == text
    assert version.metadata["encoding"]["name"] == named
    assert version.metadata["encoding"]["how"] == "detected"


TWINS = [
    ("de-prefers-windows-latin", DE, ["cp1250", "iso8859_15", "cp1252"], "cp1252"),
    ("de-iso-before-other-windows", DE, ["cp1250", "iso8859_1"], "iso8859_1"),
    ("cs-prefers-windows-central", CS.replace("š", "s"), ["iso8859_2", "cp1250"], "cp1250"),
    ("ru-utf8-locale-keeps-order", RU, ["koi8_u", "koi8_r"], "koi8_u"),
    ("one-twin", DE, ["cp1250"], "cp1250"),
    ("too-short-keeps-order", "Öl", ["cp1250", "cp1252"], "cp1250"),
]


@pytest.mark.parametrize(
    ("text", "twins", "named"), [c[1:] for c in TWINS], ids=[c[0] for c in TWINS]
)
def test_likeliest(text: str, twins: list[str], named: str) -> None:
    assert likeliest(text, twins) == named
