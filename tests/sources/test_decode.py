"""Decoding: a table of encodings written into tmp files, and bytes that are not text."""

from __future__ import annotations

from pathlib import Path

import pytest

from polyglot_news.errors import BinarySourceError, DecodingError, EmptySourceError
from polyglot_news.sources import load

TEXTS = {
    "ru": "Северная Корея впервые официально подтвердила участие своих военных в боях "
    "в Курской области. Об этом сообщило Центральное телеграфное агентство Кореи. "
    "Начальник Генерального штаба Валерий Герасимов ранее заявил, что область освобождена.",
    "uk": "Північна Корея вперше визнала, що її військові воювали за Росію на Курщині. "
    "Про це повідомило державне агентство ЦТАК. Заява з'явилася через два дні після того, "
    "як начальник російського Генштабу похвалив їхній героїзм.",
    "ko": "북한이 러시아 쿠르스크에서 자국 군대가 싸웠다고 처음으로 공식 확인했다. "
    "조선중앙통신은 28일 노동당 중앙군사위원회의 입장문을 보도했다. "
    "입장문에 따르면 북한군은 김정은 국무위원장의 명령에 따라 파병됐다.",
    "ja": "北朝鮮は、ロシア西部クルスク州での戦闘に自国の部隊が参加したことを初めて公式に"
    "認めた。朝鮮中央通信が二十八日に伝えた。金正恩総書記の命令によるものだという。",
    "zh": "朝鲜首次正式承认其军队参与了俄罗斯库尔斯克州的战斗。朝中社二十八日报道了劳动党"
    "中央军事委员会的声明。声明称，部队是根据金正恩的命令派遣的。",
    "zh-tw": "北韓首次正式承認其軍隊參與了俄羅斯庫爾斯克州的戰鬥。朝中社二十八日報導了勞動黨"
    "中央軍事委員會的聲明。聲明稱，部隊是根據金正恩的命令派遣的。",
    "el": "Η Βόρεια Κορέα παραδέχθηκε για πρώτη φορά ότι στρατιώτες της πολέμησαν στην "
    "περιοχή του Κουρσκ της Ρωσίας. Το κρατικό πρακτορείο ειδήσεων ανέφερε τη δήλωση.",
    "pl": "Korea Północna po raz pierwszy przyznała, że jej żołnierze walczyli w obwodzie "
    "kurskim po stronie Rosji. Państwowa agencja prasowa poinformowała o tym w poniedziałek, "
    "cytując oświadczenie władz.",
    "de": "Nordkorea hat erstmals eingeräumt, dass seine Soldaten in der russischen Region "
    "Kursk gekämpft haben. Die staatliche Nachrichtenagentur berichtete am Montag über die "
    "Erklärung, die Größe des Einsatzes blieb unklar.",
    "fr": "La Corée du Nord a reconnu pour la première fois que ses soldats ont combattu dans "
    "la région de Koursk, aux côtés des forces russes. L'agence officielle a publié lundi "
    "une déclaration très élogieuse à leur égard.",
    "tr": "Kuzey Kore, askerlerinin Rusya'nın Kursk bölgesinde savaştığını ilk kez resmen "
    "doğruladı. Devlet haber ajansı pazartesi günü açıklamayı yayımladı ve askerlerin "
    "cesaretini övdü.",
}

# (language, codec used to write the file, prefix bytes such as a BOM)
ENCODINGS = [
    ("ru", "utf-8", b""),
    ("ru", "utf-8-sig", b""),
    ("ru", "utf-16", b""),  # Python writes a BOM
    ("ru", "utf-16-le", b"\xff\xfe"),
    ("ru", "utf-16-be", b"\xfe\xff"),
    ("ru", "utf-32", b""),
    ("ru", "cp1251", b""),
    ("ru", "koi8-r", b""),
    ("ru", "iso-8859-5", b""),
    ("uk", "cp1251", b""),
    ("uk", "koi8-u", b""),
    ("ko", "euc-kr", b""),
    ("ko", "cp949", b""),
    ("ja", "shift_jis", b""),
    ("ja", "euc-jp", b""),
    ("ja", "iso-2022-jp", b""),
    ("zh", "gb18030", b""),
    ("zh", "gbk", b""),
    ("zh-tw", "big5", b""),
    ("el", "iso-8859-7", b""),
    ("pl", "iso-8859-2", b""),
    ("pl", "cp1250", b""),
    ("de", "cp1252", b""),
    ("fr", "iso-8859-15", b""),
    ("tr", "cp1254", b""),
]


@pytest.mark.parametrize(
    ("language", "codec", "prefix"), ENCODINGS, ids=[f"{lang}-{c}" for lang, c, _ in ENCODINGS]
)
def test_text_in_any_common_encoding_loads(
    tmp_path: Path, language: str, codec: str, prefix: bytes
) -> None:
    path = tmp_path / f"{language}.txt"
    path.write_bytes(prefix + TEXTS[language].encode(codec))
    [version] = load(path)
    assert version.text == TEXTS[language]
    assert version.encoding
    assert version.format == "text"


def test_utf16_without_bom_is_text_not_binary(tmp_path: Path) -> None:
    path = tmp_path / "plain.txt"
    path.write_bytes("North Korea confirms troops fought in Kursk.".encode("utf-16-le"))
    [version] = load(path)
    assert version.text == "North Korea confirms troops fought in Kursk."


BINARY = [
    ("pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "PDF"),
    ("zip", b"PK\x03\x04\x14\x00\x06\x00" + b"\x00" * 20, "ZIP"),
    ("png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
    ("jpeg", b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG"),
    ("nul", b"North\x00Korea\x00\x01\x02\x03\xff\xfe\x00\x00\x07binary", "NUL"),
    ("controls", b"\x01\x02\x03\x04\x05\x06\x07\x08" * 10 + b"text", "control"),
]


@pytest.mark.parametrize(("data", "needle"), [b[1:] for b in BINARY], ids=[b[0] for b in BINARY])
def test_binary_data_is_refused(tmp_path: Path, data: bytes, needle: str) -> None:
    path = tmp_path / "story.txt"
    path.write_bytes(data)
    with pytest.raises(BinarySourceError) as info:
        load(path)
    assert needle in str(info.value)
    assert str(path) in str(info.value) and "\n" not in str(info.value)


def test_undecodable_bytes_suggest_iconv(tmp_path: Path) -> None:
    path = tmp_path / "broken.txt"
    path.write_bytes(b"\xef\xbb\xbfKursk \xff\xfe\xfd region")  # a UTF-8 BOM, then not UTF-8
    with pytest.raises(DecodingError) as info:
        load(path)
    message = str(info.value)
    assert "iconv -f" in message and "UTF-8" in message and str(path) in message
    assert "\n" not in message


@pytest.mark.parametrize(
    "data",
    [b"", b"   \n\t\r\n  ", "\u00a0\u200b\n".encode(), "  \n".encode("utf-16")],
    ids=["empty", "whitespace", "invisible", "utf16-whitespace"],
)
def test_empty_or_whitespace_is_refused(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(data)
    with pytest.raises(EmptySourceError) as info:
        load(path)
    assert str(path) in str(info.value) and "\n" not in str(info.value)
