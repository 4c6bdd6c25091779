"""Turn the bytes of one input into text, or say precisely why they are not text.

The order of evidence follows the WHATWG encoding-sniffing algorithm in spirit: a byte order
mark wins; then (for HTML) the document's own ``<meta charset>``; then strict UTF-8, which
almost never decodes non-UTF-8 text by accident; then UTF-8 holding pasted runs of another
encoding (:mod:`.mixed`, noted); and only then statistical detection with
charset-normalizer, which scores each candidate code page by how "chaotic" the decoded text
looks (mess detection) and how well its letters fit one language (coherence). Statistical
candidates are then re-scored by :mod:`polyglot_news.langid.plausibility` together with the
legacy code pages detectors confuse on short texts (KOI8-R/U, cp866, MacCyrillic, Johab...):
the most plausible strict decoding wins, and when even that reads as mojibake the input is
refused with one line saying how to give the encoding (``--encoding`` / ``encoding=``), rather
than guessed. Binary data is refused before any of that: known magic numbers (PDF, ZIP/DOCX,
PNG, ...), NUL bytes that are not UTF-16 without a BOM, or too many C0 control characters
(except in ISO-2022 text, which shifts with ESC, SO and SI by design).

:func:`decode_described` also says which evidence decided (:data:`HOW`) and, for statistical
detection, how plausible the chosen reading was; the loader keeps that in
``Version.metadata["encoding"]`` for ``detect`` and the JSON report.
"""

from __future__ import annotations

import codecs
import re
import warnings
from dataclasses import dataclass

from polyglot_news.errors import (
    BinarySourceError,
    DecodingError,
    EmptySourceError,
    PolyglotNewsWarning,
)
from polyglot_news.sources.code_pages import likeliest
from polyglot_news.sources.mixed import read_mixed, read_pasted_utf8

__all__ = [
    "HOW",
    "Decoded",
    "MixedEncodingWarning",
    "check_binary",
    "declared_charset",
    "decode",
    "decode_described",
    "decode_noted",
]

HOW = ("given", "bom", "utf-16 without bom", "declared", "iso-2022", "utf-8", "mixed", "detected")
"""What decided an encoding: ``--encoding``, a byte order mark, NULs of UTF-16 without a mark,
the page's ``<meta charset>``, ISO-2022 escapes, strict UTF-8, UTF-8 with pasted runs in
another code page, statistical detection."""


class MixedEncodingWarning(PolyglotNewsWarning):
    """A UTF-8 input held runs in another encoding, or a legacy-encoded one runs of UTF-8;
    they were read in their own (the message says which code page and lines) and the text
    kept whole."""


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
_XML_ENCODING = re.compile(rb"""\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9_.:-]{2,40})""")
# WHATWG: documents labelled Latin-1 or ASCII are decoded as windows-1252.
_WHATWG_ALIASES = {"iso-8859-1": "cp1252", "latin-1": "cp1252", "ascii": "cp1252"}

# Code pages news is commonly saved in (charset-normalizer's names).
# Legacy code pages tried besides charset-normalizer's candidates (Python codec names): the
# Cyrillic family it confuses on short texts, Greek, CJK double-byte sets, Central/Western
# European. Order breaks ties between equally plausible readings.
_LEGACY = (
    "cp1251 koi8_r koi8_u cp866 mac_cyrillic iso8859_5 cp1125 cp1253 iso8859_7 euc_kr cp949 "
    "johab shift_jis cp932 euc_jp gb18030 big5 cp1250 iso8859_2 cp1252 iso8859_15 cp1254 "
    "cp1257 cp1255 cp1256"
).split()
_SAMPLE_BYTES = 16 * 1024  # what each candidate decodes (strictly) to be considered
_SCORED_CHARS = 1500  # of which this much is scored: evidence is clear long before
_ISO2022 = (
    (b"\x1b$B", "iso2022_jp"),
    (b"\x1b$@", "iso2022_jp"),
    (b"\x1b(J", "iso2022_jp"),
    (b"\x1b$(D", "iso2022_jp_2"),
    (b"\x1b$)C", "iso2022_kr"),
)

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
            "give a .txt, .html, .md, .json or .jsonl file",
            source=name,
        )
    if b"\x00" not in head and _iso2022(head) is None:
        # ISO-2022 text shifts with ESC sequences and SO/SI (0x0E/0x0F) by design
        controls = len(head) - len(head.translate(None, _CONTROL))
        if controls > max(1, len(head) * _MAX_CONTROL_RATIO):
            raise BinarySourceError(
                f"{name} is mostly control characters, so it is binary data, not text; "
                "give a .txt, .html, .md, .json or .jsonl file",
                source=name,
            )


def declared_charset(data: bytes) -> str | None:
    """The codec named by an XML declaration or an HTML ``<meta charset>`` in the first 4 KB,
    if Python knows it."""
    match = _XML_ENCODING.match(data[:4096]) or _META_CHARSET.search(data[:4096])
    if match is None:
        return None
    try:
        codec = codecs.lookup(match.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None
    return _WHATWG_ALIASES.get(codec, codec)


def decode(
    data: bytes, name: str, *, declared: str | None = None, encoding: str | None = None
) -> tuple[str, str]:
    """:func:`decode_noted` as ``(text, encoding)``, the note given as a
    :class:`MixedEncodingWarning`."""
    text, codec, note = decode_noted(data, name, declared=declared, encoding=encoding)
    if note:
        warnings.warn(MixedEncodingWarning(note), stacklevel=2)
    return text, codec


@dataclass(frozen=True)
class Decoded:
    """Text decoded from bytes, with how its encoding was decided.

    ``confidence`` is the plausibility (0-1, :mod:`polyglot_news.langid.plausibility`) of
    the reading statistical detection chose; None when other evidence decided (``how``).
    """

    text: str
    encoding: str
    note: str
    how: str
    confidence: float | None = None

    def describe(self) -> dict[str, object]:
        """``{"name", "how", "confidence"}``, as ``Version.metadata["encoding"]`` keeps it."""
        confidence = None if self.confidence is None else round(self.confidence, 2)
        return {"name": self.encoding, "how": self.how, "confidence": confidence}


def decode_noted(
    data: bytes, name: str, *, declared: str | None = None, encoding: str | None = None
) -> tuple[str, str, str]:
    """:func:`decode_described` as ``(text, encoding, note)``."""
    found = decode_described(data, name, declared=declared, encoding=encoding)
    return found.text, found.encoding, found.note


def decode_described(
    data: bytes, name: str, *, declared: str | None = None, encoding: str | None = None
) -> Decoded:
    """Decode ``data`` to a :class:`Decoded` (text, encoding, note, how, confidence); raise
    our InputError subclasses when impossible. ``note`` is a one-line account of a UTF-8 text
    that holds runs in another encoding, read in it (:mod:`.mixed`; ``encoding`` is then
    ``utf-8+CODEC``), or of a text in a single-byte code page with UTF-8 runs pasted in, read
    as UTF-8 (``CODEC+utf-8``), else "".

    ``encoding`` is the user's word (``--encoding``): it is used as given, strictly, and only
    known binary formats are refused before it. ``declared`` is an encoding the container
    claims (an HTML ``<meta charset>``); it is used when it decodes the bytes strictly, after
    any byte order mark and before detection.

    Raises:
        EmptySourceError: no bytes, or only whitespace.
        BinarySourceError: a known binary format, NUL bytes, or mostly control characters.
        DecodingError: ``encoding`` is unknown or does not decode the bytes; or no candidate
            reads as plausible text (the message says how to give the encoding).
    """
    if not data.strip():
        raise EmptySourceError(f"{name} is empty; give a file with the article text", source=name)
    if encoding:
        return Decoded(*_given(data, name, encoding), "", "given")
    check_binary(data, name)
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            return Decoded(_strict(data, codec, label, name), label, "", "bom")
    if b"\x00" in data[:_SNIFF]:
        codec = _utf16_without_bom(data[:_SNIFF]) or "utf-16-le"
        return Decoded(_strict(data, codec, codec, name), codec, "", "utf-16 without bom")
    readings: list[tuple[str, str, str]] = []
    for candidate, how in ((declared, "declared"), (_iso2022(data), "iso-2022"), ("utf-8", "")):
        reading = _strict_or_none(data, candidate) if candidate else None
        if candidate and reading is not None:
            readings.append((candidate, reading, how or "utf-8"))
    if len(readings) > 1 and readings[0][1] != readings[-1][1] and readings[-1][0] == "utf-8":
        # a page that says windows-1251 but is valid UTF-8 (CMS templates lie): the more
        # plausible reading wins, the declaration on a tie
        from polyglot_news.langid.plausibility import assess

        best = max(readings, key=lambda reading: assess(reading[1])[1])
        return Decoded(best[1], best[0], "", best[2])
    if readings:
        return Decoded(readings[0][1], readings[0][0], "", readings[0][2])
    mixed = read_mixed(data, name, _candidates)  # UTF-8 with a paste in another encoding
    if mixed is None:  # a legacy file with a UTF-8 paste, its code page told by the rest
        mixed = read_pasted_utf8(data, name, lambda rest: _detect(rest, name)[1])
    if mixed is not None:
        return Decoded(mixed.text, mixed.encoding, mixed.note, "mixed")
    text, codec, score = _detect(data, name)
    return Decoded(text, codec, "", "detected", score)


def _strict_or_none(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _given(data: bytes, name: str, encoding: str) -> tuple[str, str]:
    try:
        codec = codecs.lookup(encoding).name
    except LookupError:
        raise DecodingError(
            f"--encoding {encoding}: unknown encoding; give a name Python knows, "
            "e.g. utf-8, cp1251, koi8-r, koi8-u, cp866, mac-cyrillic, euc-kr, johab, "
            "iso-2022-kr, shift_jis, euc-jp, iso-2022-jp, gb18030, big5",
            source=encoding,
        ) from None
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise BinarySourceError(
                f"{name} is {what}, not text; copy the article text into a .txt file",
                source=name,
            )
    try:
        return data.decode(codec), codec
    except UnicodeDecodeError as exc:
        raise DecodingError(
            f"{name} is not {codec}: byte {exc.start} does not decode; check --encoding "
            "or leave it out to detect the encoding",
            source=name,
        ) from exc


def _strict(data: bytes, codec: str, label: str, name: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        raise DecodingError(
            f"{name} says it is {label} but byte {exc.start} is not valid {label}; "
            + _ICONV_HINT.format(name=name, stem=_stem(name)),
            source=name,
        ) from exc


def _detect(data: bytes, name: str) -> tuple[str, str, float]:
    """The most plausible strict decoding among charset-normalizer's and the legacy code pages.

    Each candidate decodes a sample strictly and is scored by
    :func:`~polyglot_news.langid.plausibility.plausibility`; the best wins (ties go to
    charset-normalizer's order). When even the best reads as mojibake, refuse.

    Returns ``(text, codec, plausibility of the reading)``.
    """
    from polyglot_news.langid.plausibility import PLAUSIBLE, assess

    sample = data[:_SAMPLE_BYTES]
    scored: list[tuple[float, int, str, float]] = []
    twins: dict[str, list[str]] = {}  # a reading -> the codecs that give it, best first
    for rank, codec in enumerate(_candidates(sample)):
        text = _decode_sample(sample, codec, final=len(data) <= _SAMPLE_BYTES)
        if text is None or text in twins:
            if text is not None:  # reads exactly as a better-ranked candidate
                twins[text].append(codec)
            continue
        twins[text] = [codec]
        floor = max(scored)[0] if scored else None  # prunes readings that cannot win
        score, ranking = assess(text[:_SCORED_CHARS], floor=floor)
        scored.append((ranking, -rank, codec, score))
    readings = {codecs[0]: text for text, codecs in twins.items()}
    for _, _, codec, score in sorted(scored, reverse=True):
        if score < PLAUSIBLE:
            break
        try:
            text, named = _named(data, readings[codec], twins[readings[codec]])
            return text, named, score
        except UnicodeDecodeError:
            continue  # the sample decoded, a later byte does not
    best = max(scored)[2] if scored else None
    guess = f" (read as {best} it is garbled)" if best else ""
    raise DecodingError(
        f"{name}: cannot determine the text encoding{guess}; give it with --encoding ENC "
        "(encoding= in the library; e.g. koi8-r, cp866, euc-kr, johab) or convert it with "
        f"`iconv -f ENC -t UTF-8 {name} > {_stem(name)}.utf8.txt`",
        source=name,
    )


def _named(data: bytes, sample_text: str, twins: list[str]) -> tuple[str, str]:
    """``data`` decoded with the first of ``twins`` (codecs that read the sample alike) and
    the one of them to name (:func:`.code_pages.likeliest`: by the text's language), when
    that one reads the whole of ``data`` alike too. Raises UnicodeDecodeError from the first."""
    text = data.decode(twins[0])
    named = likeliest(sample_text[:_SCORED_CHARS], twins) if len(twins) > 1 else twins[0]
    if named != twins[0] and _strict_or_none(data, named) != text:
        named = twins[0]
    return text, named


def _candidates(sample: bytes) -> list[str]:
    """charset-normalizer's candidates, best first, then the legacy code pages it may miss."""
    from charset_normalizer import from_bytes  # lazy: keeps `import polyglot_news` light

    matches = list(from_bytes(sample))
    ranked = [m.encoding for m in sorted(matches, key=lambda m: (m.chaos, -m.coherence))]
    return list(dict.fromkeys([*ranked, *_LEGACY]))


def _decode_sample(sample: bytes, codec: str, *, final: bool) -> str | None:
    """``sample`` decoded strictly, allowing a character cut at its end unless ``final``."""
    try:
        decoder = codecs.getincrementaldecoder(codec)("strict")
        return decoder.decode(sample, final=final)
    except (UnicodeDecodeError, LookupError):
        return None


def _iso2022(data: bytes) -> str | None:
    """ISO-2022-JP/KR are 7-bit, so UTF-8 would accept them: look for their escapes."""
    for escape, codec in _ISO2022:
        if escape in data[:_SNIFF]:
            return codec
    return None


def _utf16_without_bom(head: bytes) -> str | None:
    """``utf-16-le``/``-be`` for UTF-16 without a byte order mark, else None.

    Mostly-ASCII text shows NULs on one side of nearly every code unit. Cyrillic, Greek or
    Korean text has NULs only at its spaces and punctuation, so both byte orders are decoded
    and the one that reads plausibly (:mod:`polyglot_news.langid.plausibility`) is taken;
    binary data reads as scattered rare CJK characters and is not.
    """
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
    from polyglot_news.langid.plausibility import PLAUSIBLE, assess

    readings = []
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            text = head.decode(codec)
        except UnicodeDecodeError:
            continue
        score, ranking = assess(text[:_SCORED_CHARS])
        if "\x00" not in text and score >= PLAUSIBLE:
            readings.append((ranking, codec))
    return max(readings)[1] if readings else None


def _stem(name: str) -> str:
    base = name.rsplit("/", 1)[-1]
    return base.rsplit(".", 1)[0] if "." in base else base
