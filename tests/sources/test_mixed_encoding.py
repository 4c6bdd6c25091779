"""A UTF-8 file with runs of another encoding pasted in: read whole, with a one-line warning.

Real bytes: UTF-8 text of our own with a windows-1251, KOI8-R or windows-1252 passage pasted
in (as a copy from an old Windows program leaves it), and the legacy files that hold a few
byte pairs that happen to be valid UTF-8, which must stay single-encoding files.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from polyglot_news import MixedEncodingWarning
from polyglot_news.sources import load

UTF8_RU = (
    "Министерство обороны сообщило о завершении операции в Курской области.\n"
    "По данным ведомства, бои шли несколько недель у границы.\n"
    "Губернатор заявил, что жители смогут вернуться домой весной.\n"
)
PASTE_RU = "Пресс-служба губернатора подтвердила эти данные в пятницу вечером."
UTF8_EN = (
    "The ministry’s statement — issued on Friday — named the village of Sudzha.\n"
    "Officials said the “operation” had ended after weeks of fighting.\n"
)

LEGACY_UK = (
    "Лікарі Івано-Франківська і Луцька працюють у дві зміни.\n"
    "СІЧНЯ ЗІ СІ: обласна рада збереться у четвер.\n"  # СІ, ЗІ: valid UTF-8 pairs by accident
    "Депутати обговорять бюджет на наступний рік.\n"
)


def _load(tmp_path: Path, data: bytes, name: str = "story.txt") -> tuple[str, str, list[str]]:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.warns(MixedEncodingWarning) as caught:
        version = load(path)[0]
    messages = [str(w.message) for w in caught if issubclass(w.category, MixedEncodingWarning)]
    return version.text, version.encoding, messages


@pytest.mark.parametrize("legacy", ["cp1251", "koi8_r"])
def test_a_russian_passage_in_a_legacy_code_page_is_read_in_it(tmp_path: Path, legacy: str) -> None:
    data = (UTF8_RU + "\n").encode() + PASTE_RU.encode(legacy) + b"\n\n" + UTF8_EN.encode()
    text, encoding, messages = _load(tmp_path, data)
    assert text == UTF8_RU + "\n" + PASTE_RU + "\n\n" + UTF8_EN.rstrip("\n")
    assert encoding == f"utf-8+{legacy}"
    assert len(messages) == 1 and "\n" not in messages[0]
    assert "story.txt" in messages[0] and legacy in messages[0] and "line 5" in messages[0]


def test_a_passage_inside_a_utf8_paragraph_keeps_both_sides(tmp_path: Path) -> None:
    first, second, third = UTF8_RU.splitlines()
    data = b" ".join((first.encode(), PASTE_RU.encode("cp1251"), second.encode()))
    data += b"\n" + PASTE_RU.encode("cp1251") + b" " + third.encode()
    text, encoding, messages = _load(tmp_path, data)
    assert text == f"{first} {PASTE_RU} {second}\n{PASTE_RU} {third}"
    assert encoding == "utf-8+cp1251" and "lines 1-2" in messages[0]


def test_western_quotes_pasted_from_windows_1252(tmp_path: Path) -> None:
    paste = "Le ministère a déclaré « terminée » l’opération à Soudja."
    data = UTF8_EN.encode() + paste.encode("cp1252") + b"\n" + UTF8_RU.encode()
    text, encoding, _ = _load(tmp_path, data)
    assert text == UTF8_EN + paste + "\n" + UTF8_RU.rstrip("\n")
    assert encoding.startswith("utf-8+") and encoding[6:] in ("cp1252", "iso8859_15")


def test_the_version_carries_the_warning_for_the_report(tmp_path: Path) -> None:
    path = tmp_path / "paste.txt"
    path.write_bytes(UTF8_RU.encode() + PASTE_RU.encode("cp1251"))
    with pytest.warns(MixedEncodingWarning):
        version = load(path)[0]
    assert any("paste.txt is UTF-8 with" in w for w in version.warnings)


def test_no_byte_is_lost_whatever_the_code_page(tmp_path: Path) -> None:
    # bytes undefined in windows-1251 (0x98) and windows-1252 (0x81): still one character each
    raw = b"\x98\x81\x8d\x8f\x90\x9d"
    text, encoding, _ = _load(tmp_path, UTF8_RU.encode() + raw)
    assert text.startswith(UTF8_RU)
    assert text[len(UTF8_RU) :].encode(encoding.split("+")[1]) == raw


@pytest.mark.parametrize(
    "text",
    [
        "Лікарі Івано-Франківська і Луцька працюють. Літо. " * 8,  # Лі: a valid UTF-8 pair
        "Пресс-служба губернатора подтвердила эти данные. " * 8,
        LEGACY_UK * 3,  # СІ, ЗІ: valid UTF-8 pairs, three on one line
    ],
)
def test_a_legacy_file_is_still_one_encoding(tmp_path: Path, text: str) -> None:
    path = tmp_path / "legacy.txt"
    path.write_bytes(text.encode("cp1251"))
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error", MixedEncodingWarning)
        version = load(path)[0]
    assert version.text.strip() == text.strip() and "+" not in version.encoding


# The reverse: a file in a legacy code page with UTF-8 text pasted into it (a UTF-8 quote
# copied from a browser into an old windows-1251 or KOI8-R document)
@pytest.mark.parametrize("legacy", ["cp1251", "koi8_r"])
def test_a_utf8_passage_in_a_legacy_file_is_read_as_utf8(tmp_path: Path, legacy: str) -> None:
    data = UTF8_RU.encode(legacy) + PASTE_RU.encode() + b"\n\n" + UTF8_RU.encode(legacy)
    text, encoding, messages = _load(tmp_path, data)
    assert text == UTF8_RU + PASTE_RU + "\n\n" + UTF8_RU.rstrip("\n")
    assert encoding == f"{legacy}+utf-8"
    assert len(messages) == 1 and "\n" not in messages[0]
    # the bytes from its first UTF-8 word to its last (the closing full stop is ASCII)
    assert messages[0].endswith(
        f"story.txt is {legacy} with {len(PASTE_RU[:-1].encode())} bytes of UTF-8 pasted in,"
        " read as UTF-8 (line 4); check them, or save the file as UTF-8"
    )


def test_utf8_words_inside_a_legacy_line_keep_both_sides(tmp_path: Path) -> None:
    first, second, _ = LEGACY_UK.splitlines()
    quote = "«Ми готові», — сказав мер."
    data = first.encode("cp1251") + b" " + quote.encode() + b"\n" + second.encode("cp1251")
    text, encoding, messages = _load(tmp_path, data)
    assert text == f"{first} {quote}\n{second}"
    assert encoding == "cp1251+utf-8" and "(line 1)" in messages[0]


def test_the_accidental_pairs_of_a_legacy_file_stay_legacy(tmp_path: Path) -> None:
    # windows-1251 СІ is D1 B2, a valid UTF-8 pair: the caps line has three of them
    data = (LEGACY_UK * 4).encode("cp1251") + PASTE_RU.encode()
    text, encoding, messages = _load(tmp_path, data)
    assert text == LEGACY_UK * 4 + PASTE_RU
    assert "(line 13)" in messages[0]


def test_a_legacy_file_with_a_utf8_paste_is_no_longer_refused(tmp_path: Path) -> None:
    # before, the windows-1251 reading of the paste was mojibake and no code page was plausible
    path = tmp_path / "paste.txt"
    path.write_bytes(UTF8_RU.encode("cp1251") + PASTE_RU.encode())
    with pytest.warns(MixedEncodingWarning):
        version = load(path)[0]
    assert version.text == UTF8_RU + PASTE_RU
    assert any("paste.txt is cp1251 with" in w for w in version.warnings)
