"""Turn the bytes of one input into text, or say precisely why they are not text.

The order of evidence follows the WHATWG encoding-sniffing algorithm in spirit: a byte order
mark wins; then (for HTML) the document's own ``<meta charset>``; then strict UTF-8, which
almost never decodes non-UTF-8 text by accident; and only then statistical detection with
charset-normalizer, which scores each candidate code page by how "chaotic" the decoded text
looks (mess detection) and how well its letters fit one language (coherence). Binary data is
refused before any of that: known magic numbers (PDF, ZIP/DOCX, PNG, ...), NUL bytes that are
not UTF-16 without a BOM, or too many C0 control characters.
"""

from __future__ import annotations

import codecs
import re
from typing import Any

from polyglot_news.errors import BinarySourceError, DecodingError, EmptySourceError

__all__ = ["check_binary", "declared_charset", "decode"]

# (byte order mark, codec that decodes it, name recorded in Version.encoding); UTF-32 first
# because its little-endian mark begins with UTF-16's.
_BOMS: tuple[tuple[bytes, str, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32", "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32", "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16", "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16", "utf-16-be"),
)

# Leading bytes of formats people save news in by mistake, and what to call them.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (DOCX, ODT, EPUB and XLSX are ZIP files)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document (DOC, XLS)"),
    (b"{\\rtf", "an RTF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"RIFF", "a RIFF file (WebP, WAV, AVI)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\x7fELF", "an executable"),
    (b"SQLite format 3\x00", "an SQLite database"),
)

# C0 controls other than tab, newlines, form feed and ESC (which ISO-2022-JP uses), plus DEL.
_CONTROL = bytes([*range(0x00, 0x09), 0x0B, *range(0x0E, 0x1B), *range(0x1C, 0x20), 0x7F])
_MAX_CONTROL_RATIO = 0.02
_SNIFF = 64 * 1024  # how much of a large file the binary checks look at

_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.IGNORECASE
)
# WHATWG: documents labelled Latin-1 or ASCII are decoded as windows-1252.
_WHATWG_ALIASES = {"iso-8859-1": "cp1252", "latin-1": "cp1252", "ascii": "cp1252"}

# Code pages news is commonly saved in (charset-normalizer's names).
_COMMON = frozenset(
    "utf_8 cp1252 cp1250 iso8859_2 cp1251 koi8_r koi8_u iso8859_5 cp1253 iso8859_7 cp1254 "
    "iso8859_9 cp1257 cp1255 cp1256 cp874 iso8859_15 iso8859_1 cp949 euc_kr cp932 shift_jis "
    "euc_jp gb18030 gbk big5".split()
)
_CHAOS_TOLERANCE = 0.01
_ISO2022 = ((b"\x1b$B", "iso2022_jp"), (b"\x1b$@", "iso2022_jp"), (b"\x1b$)C", "iso2022_kr"))

_ICONV_HINT = (
    "convert it with `iconv -f ENC -t UTF-8 {name} > {stem}.utf8.txt` "
    "(ENC e.g. CP1251, KOI8-R, SHIFT_JIS, GB18030) or save it as UTF-8"
)


def check_binary(data: bytes, name: str) -> None:
    """Raise BinarySourceError when ``data`` is a known binary format or not text at all."""
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise BinarySourceError(
                f"{name} is {what}, not text; copy the article text into a .txt file",
                source=name,
            )
    head = data[:_SNIFF]
    if any(head.startswith(bom) for bom, _, _ in _BOMS):
        return  # UTF-16/32 text is full of NULs by design
    if b"\x00" in head and _utf16_without_bom(head) is None:
        raise BinarySourceError(
            f"{name} contains NUL bytes, so it is binary data, not text; "
            "give a .txt, .html, .json or .jsonl file",
            source=name,
        )
    if b"\x00" not in head:
        controls = len(head) - len(head.translate(None, _CONTROL))
        if controls > max(1, len(head) * _MAX_CONTROL_RATIO):
            raise BinarySourceError(
                f"{name} is mostly control characters, so it is binary data, not text; "
                "give a .txt, .html, .json or .jsonl file",
                source=name,
            )


def declared_charset(data: bytes) -> str | None:
    """The codec named by an HTML ``<meta charset>`` in the first 4 KB, if Python knows it."""
    match = _META_CHARSET.search(data[:4096])
    if match is None:
        return None
    try:
        codec = codecs.lookup(match.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None
    return _WHATWG_ALIASES.get(codec, codec)


def decode(data: bytes, name: str, *, declared: str | None = None) -> tuple[str, str]:
    """Decode ``data`` to ``(text, encoding)``; raise our InputError subclasses when impossible.

    ``declared`` is an encoding the container claims (an HTML ``<meta charset>``); it is used
    when it decodes the bytes strictly, after any byte order mark and before detection.
    """
    if not data.strip():
        raise EmptySourceError(f"{name} is empty; give a file with the article text", source=name)
    check_binary(data, name)
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            return _strict(data, codec, label, name), label
    if b"\x00" in data[:_SNIFF]:
        codec = _utf16_without_bom(data[:_SNIFF]) or "utf-16-le"
        return _strict(data, codec, codec, name), codec
    for candidate in (declared, _iso2022(data), "utf-8"):
        if candidate:
            try:
                return data.decode(candidate), candidate
            except (UnicodeDecodeError, LookupError):
                pass
    return _detect(data, name)


def _strict(data: bytes, codec: str, label: str, name: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        raise DecodingError(
            f"{name} says it is {label} but byte {exc.start} is not valid {label}; "
            + _ICONV_HINT.format(name=name, stem=_stem(name)),
            source=name,
        ) from exc


def _detect(data: bytes, name: str) -> tuple[str, str]:
    from charset_normalizer import from_bytes  # lazy: keeps `import polyglot_news` light

    matches = list(from_bytes(data))
    best = _rerank(matches) if matches else None
    if best is None or best.encoding is None:
        raise DecodingError(
            f"{name}: cannot determine the text encoding; "
            + _ICONV_HINT.format(name=name, stem=_stem(name)),
            source=name,
        )
    return str(best), best.encoding


def _rerank(matches: list[Any]) -> Any:
    """The first commonly used code page among the least chaotic candidates, else the best.

    charset-normalizer can put a rare code page (iso8859_10, mac_latin2, hp_roman8) first
    when it decodes a short text just as cleanly; the common one is then the better bet.
    """
    floor = min(match.chaos for match in matches) + _CHAOS_TOLERANCE
    close = [match for match in matches if match.chaos <= floor]
    return next((match for match in close if match.encoding in _COMMON), matches[0])


def _iso2022(data: bytes) -> str | None:
    """ISO-2022-JP/KR are 7-bit, so UTF-8 would accept them: look for their escapes."""
    for escape, codec in _ISO2022:
        if escape in data[:_SNIFF]:
            return codec
    return None


def _utf16_without_bom(head: bytes) -> str | None:
    """``utf-16-le``/``-be`` when NULs sit on one side of mostly-ASCII code units, else None."""
    even, odd = head[0::2], head[1::2]
    if len(head) < 4 or len(head) % 2:
        return None
    for nuls, codec in ((odd, "utf-16-le"), (even, "utf-16-be")):
        if nuls.count(0) >= 0.9 * len(nuls):
            try:
                text = head.decode(codec)
            except UnicodeDecodeError:
                continue
            if "\x00" not in text:
                return codec
    return None


def _stem(name: str) -> str:
    base = name.rsplit("/", 1)[-1]
    return base.rsplit(".", 1)[0] if "." in base else base
