"""Read glossary files: our TSV, two-column (DeepL style), per-language columns, and TBX-Basic.

* **Default TSV** (docs/glossary.md): header ``id type lang form canonical inflect note``, one
  surface form per row; ``#`` starts a comment line.
* **Two columns** (``.tsv``/``.csv``, DeepL style): ``source<TAB>target`` rows, languages given
  by ``source_language``/``target_language`` or a header row of two language codes; DeepL's
  four-column CSV (``source,target,source_lang,target_lang``) is read as well.
* **One column per language** (Google "equivalent term sets"): a header row of language codes
  (``pos`` and ``description`` columns are ignored), one entity per row.
* **TBX-Basic** (ISO 30042): ``termEntry`` / ``langSet xml:lang`` / ``tig`` (or ``ntig``) /
  ``term``, parsed with :mod:`xml.etree.ElementTree`; the first term of a language set, or the
  one marked ``preferredTerm-admn-sts``, is canonical.

Malformed input raises :class:`GlossaryFormatError` naming the file and line.
"""

from __future__ import annotations

import csv
import io
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

from polyglot_news.errors import GlossaryFormatError
from polyglot_news.glossary.matcher import compile_form
from polyglot_news.glossary.model import (
    Entry,
    Form,
    Glossary,
    base_language,
    conflicts,
    form_key,
    many,
)
from polyglot_news.glossary.shipped import ShippedGlossary

__all__ = ["COLUMNS", "default_glossary", "dump_tsv", "load_glossary", "parse"]

COLUMNS = ("id", "type", "lang", "form", "canonical", "inflect", "note")
_LANG = re.compile(r"^(?:[a-z]{2,3}|mul)(?:[-_][a-z0-9]{2,8})*$", re.IGNORECASE)
_IGNORED_COLUMNS = {"pos", "description", "note", "notes"}
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def default_glossary() -> Glossary:
    """The glossary shipped with polyglot_news (built once per process; pickles by reference).

    ``glossary_data/names.tsv`` laid over the generated world glossary
    (``glossary_data/world/<lang>.tsv``), each language read on first use; see
    :mod:`polyglot_news.glossary.shipped`.
    """
    return _default()


@lru_cache(maxsize=1)
def _default() -> Glossary:
    return ShippedGlossary(_read_shipped, default_glossary)


def _read_shipped(text: str, name: str) -> list[Entry]:
    # the shipped files are validated by the test suite, not on every start
    return parse(text, name, validate=False)


def load_glossary(
    path: str | Path, *, source_language: str | None = None, target_language: str | None = None
) -> Glossary:
    """Read a glossary file in any supported format (chosen by extension and header).

    TSV in the shipped layout, two-column CSV/TSV (``source_language`` -> ``target_language``,
    as DeepL and Google export them) or TBX; see ``docs/glossary.md``.

    Raises:
        GlossaryFormatError: the file is missing, unreadable or malformed (names file:line).
        GlossaryConflictError: two entries claim one surface form in one language.
    """
    path = Path(path)
    try:
        text = path.read_text("utf-8-sig")
    except FileNotFoundError as exc:
        raise GlossaryFormatError(f"{path}: no such glossary file", source=str(path)) from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise GlossaryFormatError(
            f"{path}: cannot read the glossary ({exc.__class__.__name__}); give a UTF-8 text file",
            source=str(path),
        ) from exc
    entries = parse(text, str(path), source_language, target_language)
    return Glossary(entries, name=path.name)


def parse(
    text: str,
    name: str,
    source_language: str | None = None,
    target_language: str | None = None,
    *,
    validate: bool = True,
) -> list[Entry]:
    """Parse glossary ``text`` (from file ``name``, used in messages) into entries.

    ``validate=False`` skips compiling each form's inflection (for data already checked).
    Raises GlossaryFormatError naming the file and line of the first malformed row (its
    ``problems`` list every malformed row of our TSV).
    """
    head = text.lstrip()[:200].lower()
    if name.lower().endswith((".tbx", ".xml")) or head.startswith(("<?xml", "<martif", "<tbx")):
        return _read_tbx(text, name)
    delimiter = "," if name.lower().endswith(".csv") else "\t"
    if delimiter == "\t" and "\t" not in text and "," in text.split("\n", 1)[0]:
        delimiter = ","
    rows = _rows(text, delimiter, name)
    if not rows:
        raise GlossaryFormatError(f"{name}:1: the glossary is empty; add a header row and entries")
    header = [cell.strip().lower() for cell in rows[0][1]]
    if tuple(header[:4]) == COLUMNS[:4]:
        return _read_default(rows, name, validate)
    langs = [h for h in header if h not in _IGNORED_COLUMNS]
    if len(header) == 2 and all(_LANG.match(h) for h in header):
        return _read_pairs(rows[1:], name, header[0], header[1])
    if len(langs) >= 2 and all(_LANG.match(h) for h in langs):
        return _read_columns(rows[1:], header, name, target_language)
    if source_language and target_language:
        return _read_pairs(rows, name, source_language, target_language)
    if len(header) == 4 and _LANG.match(header[2]) and _LANG.match(header[3]):
        return _read_pairs(rows, name, None, None)
    raise GlossaryFormatError(
        f"{name}:{rows[0][0]}: cannot tell the glossary format; start with a header "
        f"({' '.join(COLUMNS)}) or a row of language codes, or give --source and --target",
        source=name,
    )


def _rows(text: str, delimiter: str, name: str) -> list[tuple[int, list[str]]]:
    """Non-empty, non-comment rows with their line numbers."""
    if delimiter == "\t":  # quotes are ordinary characters in our TSV
        reader = csv.reader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE, strict=True)
    else:
        reader = csv.reader(io.StringIO(text), delimiter=delimiter, strict=True)
    rows = []
    try:
        for row in reader:
            if not row or not "".join(row).strip() or row[0].lstrip().startswith("#"):
                continue
            rows.append((reader.line_num, row))
    except csv.Error as exc:
        raise GlossaryFormatError(
            f"{name}:{reader.line_num}: {exc}; fix the quoting on that line", source=name
        ) from exc
    return rows


def _bad(name: str, line: int, message: str) -> GlossaryFormatError:
    return GlossaryFormatError(f"{name}:{line}: {message}", source=f"{name}:{line}")


def _language(value: str, name: str, line: int) -> str:
    if not _LANG.match(value.strip()):
        raise _bad(name, line, f"{value!r} is not a language code; use ISO 639-1 like 'ru'")
    return base_language(value)


def _read_default(rows: list[tuple[int, list[str]]], name: str, validate: bool) -> list[Entry]:
    """Entries of our TSV; every bad row is reported (GlossaryFormatError.problems), not the
    first only, with the forms that two entries claim among the rest."""
    forms: dict[str, list[Form]] = {}
    types: dict[str, str] = {}
    canon: set[tuple[str, str]] = set()
    problems: list[str] = []
    for line, row in rows[1:]:
        form: Form | None
        try:
            form, entry_id, kind = _default_row(line, row, name, validate, canon)
        except GlossaryFormatError as exc:
            problems.append(exc.message)
            form, entry_id, kind = _readable_row(line, row, name)
        if form is None:
            continue
        types.setdefault(entry_id, kind)
        forms.setdefault(entry_id, []).append(form)
    entries = [Entry(i, types[i], tuple(f)) for i, f in forms.items()]
    if problems:
        problems.extend(message for _, message in conflicts(entries))
        problems.sort(key=lambda m: int(m[len(name) + 1 :].split(":", 1)[0]))
        first = problems[0]
        where = first.rsplit(":", 1)[0]
        raise GlossaryFormatError(
            many(first, len(problems), name), source=where, problems=tuple(problems)
        )
    return entries


def _default_row(
    line: int, row: list[str], name: str, validate: bool, canon: set[tuple[str, str]]
) -> tuple[Form, str, str]:
    """One row's form, id and type; GlossaryFormatError names what is wrong with it."""
    if len(row) < 4 or len(row) > len(COLUMNS):
        raise _bad(
            name,
            line,
            f"expected 4 to {len(COLUMNS)} tab-separated columns, "
            f"found {len(row)}; see docs/glossary.md",
        )
    cells = [c.strip() for c in row] + [""] * (len(COLUMNS) - len(row))
    entry_id, kind, lang, text, flag, inflect, note = cells
    if not entry_id or not text:
        raise _bad(name, line, "the id and form columns must not be empty")
    if flag not in ("", "0", "1"):
        raise _bad(name, line, f"canonical must be 1, 0 or empty, not {flag!r}")
    code = _language(lang, name, line)
    if validate and not _known_language(code):
        raise _bad(name, line, f"{lang!r} is no ISO 639 language code; use one like 'ru' or mul")
    form = Form(code, text, flag == "1", inflect, note, f"{name}:{line}")
    if form.canonical and (entry_id, form.lang) in canon:
        raise _bad(
            name,
            line,
            f"{entry_id!r} already has a canonical {form.lang} form; flag one form per language",
        )
    if form.canonical:
        canon.add((entry_id, form.lang))
    if validate:
        compile_form(entry_id, form.text, form.inflect, form.lang, form.origin)
    return form, entry_id, kind


def _readable_row(line: int, row: list[str], name: str) -> tuple[Form | None, str, str]:
    """What a bad row still says (id, language, form, not canonical), for the conflict check
    among the rest; ``None`` when the row is not readable that far."""
    cells = [c.strip() for c in row] + [""] * 4
    entry_id, kind, lang, text = cells[:4]
    if not entry_id or not text or not _LANG.match(lang):
        return None, entry_id, kind
    return Form(base_language(lang), text, False, origin=f"{name}:{line}"), entry_id, kind


@lru_cache(maxsize=1)
def _language_table() -> frozenset[str]:
    """The two-letter codes of ``polyglot_news/data/languages.tsv`` (every ISO 639-1 code)."""
    text = files("polyglot_news.data").joinpath("languages.tsv").read_text("utf-8")
    return frozenset(
        line.split("\t", 1)[0] for line in text.splitlines() if line and not line.startswith("#")
    )


def _known_language(code: str) -> bool:
    """Whether a glossary's language code is ISO 639 (two letters: in the table) or ``mul``."""
    return len(code) != 2 or code in _language_table()


def _read_columns(
    rows: Sequence[tuple[int, list[str]]], header: list[str], name: str, target: str | None
) -> list[Entry]:
    """One entity per row, one form per language column (Google equivalent term sets)."""
    langs = [None if h in _IGNORED_COLUMNS else base_language(h) for h in header]
    entries: list[Entry] = []
    for line, row in rows:
        if len(row) > len(header):
            raise _bad(name, line, f"{len(row)} cells under {len(header)} header columns")
        forms = tuple(
            Form(lang, cell.strip(), True, origin=f"{name}:{line}")
            for lang, cell in zip(langs, row, strict=False)
            if lang and cell.strip()
        )
        if forms:
            entries.append(_user_entry(forms, target, entries))
    return entries


def _read_pairs(
    rows: Sequence[tuple[int, list[str]]], name: str, source: str | None, target: str | None
) -> list[Entry]:
    """``source<TAB>target`` rows (DeepL); four columns carry their own languages."""
    entries: list[Entry] = []
    for line, row in rows:
        if len(row) == 4:
            src_lang, tgt_lang = _language(row[2], name, line), _language(row[3], name, line)
        elif len(row) == 2 and source and target:
            src_lang, tgt_lang = base_language(source), base_language(target)
        else:
            raise _bad(name, line, f"expected source and target columns, found {len(row)}")
        src, tgt = row[0].strip(), row[1].strip()
        if not src or not tgt:
            raise _bad(name, line, "empty source or target term")
        origin = f"{name}:{line}"
        # only the target is canonical: a DeepL glossary says how to render, not how to spell
        forms = (
            Form(src_lang, src, src_lang == tgt_lang, origin=origin),
            Form(tgt_lang, tgt, True, origin=origin),
        )
        entries.append(_user_entry(forms, tgt_lang, entries))
    return entries


def _user_entry(forms: tuple[Form, ...], target: str | None, prior: list[Entry]) -> Entry:
    """An entry for an imported row, its id a slug of the target (else English, else first)."""
    pick = next((f for f in forms if target and f.lang == base_language(target)), None)
    pick = pick or next((f for f in forms if f.lang == "en"), forms[0])
    slug = "user:" + "-".join(form_key(pick.text).split())
    taken = {e.id for e in prior}
    entry_id, n = slug, 1
    while entry_id in taken:
        n += 1
        entry_id = f"{slug}-{n}"
    return Entry(entry_id, "term", forms)


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _read_tbx(text: str, name: str) -> list[Entry]:
    try:
        root = ET.fromstring(text)
    except ET.ParseError as exc:
        line = exc.position[0] if exc.position else 1
        raise _bad(name, line, f"not well-formed TBX/XML ({exc}); fix the markup") from exc
    term_entries = [el for el in root.iter() if _local(el.tag) == "termEntry"]
    if not term_entries:
        raise _bad(name, 1, "no termEntry elements; is this a TBX file?")
    lines = _tag_lines(text, "termEntry")
    entries: list[Entry] = []
    for n, element in enumerate(term_entries):
        line = lines[n] if n < len(lines) else 1
        forms = tuple(_tbx_forms(element, name, line))
        if not forms:
            raise _bad(name, line, "termEntry has no terms")
        entry_id = element.get("id")
        entries.append(
            Entry(entry_id, "term", forms) if entry_id else _user_entry(forms, None, entries)
        )
    return entries


def _tbx_forms(element: ET.Element, name: str, line: int) -> Iterable[Form]:
    for lang_set in (el for el in element if _local(el.tag) == "langSet"):
        lang = lang_set.get(_XML_LANG) or lang_set.get("lang")
        if not lang:
            raise _bad(name, line, 'langSet without xml:lang; add xml:lang="ru" or similar')
        groups = [el for el in lang_set.iter() if _local(el.tag) in ("tig", "ntig")]
        terms: list[tuple[str, bool]] = []
        for group in groups or [lang_set]:
            term = next((el for el in group.iter() if _local(el.tag) == "term"), None)
            if term is None or not "".join(term.itertext()).strip():
                raise _bad(name, line, "empty or missing term in a langSet")
            preferred = any(
                _local(el.tag) == "termNote" and (el.text or "").startswith("preferredTerm")
                for el in group.iter()
            )
            terms.append(("".join(term.itertext()).strip(), preferred))
        first = next((i for i, (_, pref) in enumerate(terms) if pref), 0)
        code = _language(lang, name, line)
        for i, (term_text, _) in enumerate(terms):
            yield Form(code, term_text, i == first, origin=f"{name}:{line}")


def _tag_lines(text: str, tag: str) -> list[int]:
    """Line numbers of each ``<tag`` opening, for messages (ElementTree keeps none)."""
    return [text.count("\n", 0, m.start()) + 1 for m in re.finditer(rf"<(?:\w+:)?{tag}\b", text)]


def dump_tsv(glossary: Glossary) -> str:
    """The glossary in the default TSV format (header and one row per form)."""
    out = ["\t".join(COLUMNS)]
    for entry in glossary.entries:
        for f in entry.forms:
            flag = "1" if f.canonical else "0"
            out.append("\t".join((entry.id, entry.type, f.lang, f.text, flag, f.inflect, f.note)))
    return "\n".join(out) + "\n"
