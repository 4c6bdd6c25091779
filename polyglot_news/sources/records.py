"""Read versions from JSON (one object or a list of them) and JSON Lines (one object a line).

A JSON object without a text field that holds one list of records under a key, as news APIs
write them (NewsAPI's ``{"status": "ok", "articles": [...]}``, ``{"data": [...]}``), is read as
that list.

Each record names its text with one of the fields ``text``, ``body``, ``content``, ``article``
or schema.org's ``articleBody`` (HTML in it is reduced to its visible text) and may carry
its outlet in the first of ``outlet``, ``site_name``/``siteName``, ``publisher``, ``agency``,
``source`` that holds a name, else an ``author`` that is a schema.org ``Organization`` (a
person's name never: a reporter is no outlet), else the host of a URL given in one of those
fields or in ``url``; and ``url``, ``date``/``published``/``datePublished``,
``title``/``headline`` and ``language``/``lang``/``inLanguage``; a schema.org object in one of
them (``{"@type": "Organization", "name": ...}``, ``{"@type": "Language", "alternateName": "en"}``)
gives its name. Every other field is kept in ``Version.metadata``. Markup in the text
and in the title/outlet fields (entities such as ``&#39;``, escaped or bare tags) is decoded
by :func:`~polyglot_news.sources.markup.clean_field` and recorded in ``Record.removed``. A
broken JSON Lines line or a record without text becomes a :class:`RecordError` naming
``path:line`` (or ``path[index]`` in a JSON list) while the other records still load.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from polyglot_news.errors import RecordError
from polyglot_news.records import Removal
from polyglot_news.sources.markup import clean_field

__all__ = ["Record", "outlet_of", "parse_json", "parse_jsonl"]

TEXT_FIELDS = ("text", "body", "content", "article", "articleBody")
# the last of each tuple: schema.org's NewsArticle (https://schema.org/NewsArticle)
_META_FIELDS: dict[str, tuple[str, ...]] = {
    # never a person "author": a reporter is no publication; a URL-valued "source" names
    # the page, its host the outlet (:func:`outlet_of`); an Organization author is read last
    "outlet": ("outlet", "site_name", "siteName", "publisher", "agency", "source"),
    "url": ("url",),
    "date": ("date", "published", "datePublished"),
    "title": ("title", "headline"),
    "language": ("language", "lang", "inLanguage"),
}
# the fields of a schema.org object that name it, best first: a Language by its code
_NAMING = ("name", "alternateName")
_LANGUAGE_NAMING = ("alternateName", "name")
_TEXT_META = frozenset({"title", "outlet"})  # fields written as text, so possibly escaped


@dataclass(frozen=True)
class Record:
    """One record's text and metadata; ``number`` is its line (JSON Lines) or 1-based index."""

    number: int | None
    text: str
    fields: dict[str, str | None]
    metadata: dict[str, Any] = field(default_factory=dict)
    removed: tuple[Removal, ...] = ()  # markup decoded in the text and fields


def parse_json(text: str, name: str) -> list[Record | RecordError]:
    """Records of a JSON document: one object, or a list of objects (each numbered from 1)."""
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as exc:  # JSONDecodeError, huge ints, deep nesting
        raise RecordError(
            f"{name} is not valid JSON ({_reason(exc)}); "
            "fix the file or save the article text as .txt",
            source=name,
        ) from exc
    where = name
    if isinstance(data, dict) and _text_key(data) is None:
        key = _wrapped_list(data)
        if key is not None:  # {"articles": [...]}: the records are in the list
            data, where = data[key], f"{name}[{key!r}]"
    if isinstance(data, list):
        if not data:
            raise RecordError(f"{where} is an empty JSON list; add records", source=name)
        records = [_record(item, f"{where}[{i}]", i + 1) for i, item in enumerate(data)]
        return _summarised(records, where, name)
    return [_record(data, name, None)]


def _summarised(
    records: list[Record | RecordError], where: str, name: str
) -> list[Record | RecordError]:
    """``records`` with the errors of a JSON list of two or more said once, not once a record.

    Raises:
        RecordError: no record is usable (one line for the file, the first record's fault).

    Otherwise returns the good records and one error naming the bad ones by number (1-based,
    as in the version ids ``stem#N``) and the first one's fault.
    """
    numbers = [i + 1 for i, r in enumerate(records) if isinstance(r, RecordError)]
    if len(records) < 2 or not numbers:
        return records
    first = records[numbers[0] - 1]
    message = first.message if isinstance(first, RecordError) else ""
    reason = message.removeprefix(f"{where}[{numbers[0] - 1}] ").split("; ")[0]
    if len(numbers) == len(records):
        raise RecordError(
            f"{where}: none of its {len(records)} records is an object with text (record 1 "
            f'{reason}); give a JSON list of objects like {{"text": "..."}}',
            source=name,
        )
    listed = ", ".join(f"#{n}" for n in numbers)
    plural = "s" if len(numbers) > 1 else ""
    summary = RecordError(
        f"{where}: record{plural} {listed} of {len(records)} skipped (#{numbers[0]} {reason}); "
        "fix or remove them",
        source=where,
    )
    return [r for r in records if isinstance(r, Record)] + [summary]


def _wrapped_list(data: dict[str, Any]) -> str | None:
    """The one key of ``data`` whose value is a list of records with text, else None."""
    keys = [
        key
        for key, value in data.items()
        if isinstance(value, list) and any(isinstance(v, dict) and _text_key(v) for v in value)
    ]
    return keys[0] if len(keys) == 1 else None


def _text_key(data: dict[str, Any]) -> str | None:
    """The first of :data:`TEXT_FIELDS` that holds text in ``data``, else None."""
    return next((k for k in TEXT_FIELDS if _has_text(data.get(k))), None)


def parse_jsonl(text: str, name: str, first_line: int = 1) -> list[Record | RecordError]:
    """Records of a JSON Lines document, numbered by line; blank lines are skipped.

    ``first_line`` is the number of the text's first line (when it is a slice of a file).
    One line that is not JSON gives its own :class:`RecordError` in its place; two or more
    give one, after the records, naming the file and the lines (``feed.jsonl: 3 of 120 lines
    are not JSON: 4, 17, 90; fix or remove them (line 4: ...)``).

    Raises:
        RecordError: no line holds anything, or none of two or more lines is JSON.
    """
    results: list[Record | RecordError] = []
    broken: list[tuple[int, str]] = []  # (line, why it is not JSON)
    lines = 0
    for lineno, line in enumerate(text.splitlines(), start=first_line):
        if not line.strip():
            continue
        lines += 1
        try:
            data = json.loads(line)
        except (ValueError, RecursionError) as exc:
            broken.append((lineno, _reason(exc, one_line=True)))
            results.append(
                RecordError(
                    f"{name}:{lineno} is not valid JSON ({broken[-1][1]}); fix or remove the line",
                    source=f"{name}:{lineno}",
                )
            )
            continue
        results.append(_record(data, f"{name}:{lineno}", lineno))
    if not results:
        raise RecordError(
            f"{name} holds no JSON Lines records; add one object per line", source=name
        )
    if len(broken) < 2:
        return results
    return _broken_lines_summarised(results, broken, lines, name)


def _broken_lines_summarised(
    results: list[Record | RecordError], broken: list[tuple[int, str]], lines: int, name: str
) -> list[Record | RecordError]:
    """``results`` with the errors of its lines that are not JSON said once, at the end."""
    first, reason = broken[0]
    if len(broken) == lines:
        raise RecordError(
            f"{name} is not JSON Lines: none of its {lines} lines is JSON (line {first}: "
            f"{reason}); give one JSON object per line",
            source=name,
        )
    numbers = ", ".join(str(n) for n, _ in broken[:_LISTED]) + (
        ", ..." if len(broken) > _LISTED else ""
    )
    summary = RecordError(
        f"{name}: {len(broken)} of {lines} lines are not JSON: {numbers}; fix or remove them "
        f"(line {first}: {reason})",
        source=name,
    )
    skipped = {f"{name}:{n}" for n, _ in broken}
    kept = [r for r in results if not (isinstance(r, RecordError) and r.source in skipped)]
    return [*kept, summary]


_LISTED = 20  # line numbers named in a summary; the rest are "..."


def _reason(exc: Exception, one_line: bool = False) -> str:
    """Why a text is not JSON, in a few words; ``one_line``: a JSON Lines line, whose own
    line number the caller gives (the decoder's is always 1), so only the column is said."""
    if isinstance(exc, json.JSONDecodeError):
        # Some messages end in "at" ("Invalid control character at"): do not say it twice.
        message = exc.msg.removesuffix(" at")
        if one_line:
            return f"{message} at column {exc.colno}"
        return f"{message} at line {exc.lineno} column {exc.colno}"
    if isinstance(exc, RecursionError):
        return "nested too deeply"
    return str(exc).split("\n", 1)[0]


def _record(data: Any, where: str, number: int | None) -> Record | RecordError:
    if not isinstance(data, dict):
        return RecordError(
            f"{where} is a JSON {type(data).__name__}, not an object; "
            f'give objects like {{"text": "..."}}',
            source=where,
        )
    key = _text_key(data)
    if key is None:
        return RecordError(
            f"{where} has no text; give it one of the fields {', '.join(TEXT_FIELDS)}",
            source=where,
        )
    text, note = clean_field(_as_text(data[key]))
    removed = [note] if note else []
    used = {key}
    fields: dict[str, str | None] = {}
    for name, keys in _META_FIELDS.items():
        found = _first_field(data, keys, name == "outlet")
        value = _scalar(data[found]) if found else None
        if value is not None and name in _TEXT_META:
            value, note = clean_field(value, blocks=False)
            if note:
                removed.append(Removal(note.kind, f"{name}: {note.text}"))
        fields[name] = value or None
        used.update([found] if found else [])
    fields["outlet"], fields["url"] = outlet_of(fields["outlet"], fields["url"])
    metadata = {k: v for k, v in data.items() if k not in used}
    return Record(number, text, fields, metadata, tuple(removed))


_URL = re.compile(r"^https?://([^/?#\s:@]+)", re.IGNORECASE)


def _first_field(data: dict[str, Any], keys: tuple[str, ...], outlet: bool) -> str | None:
    """The first of ``keys`` that holds a value; for the outlet, the first that holds a name
    (a URL only when none does), and an ``author`` that is an Organization after them all."""
    found = [k for k in keys if _scalar(data.get(k)) is not None]
    if not outlet:
        return found[0] if found else None
    named = [k for k in found if not _URL.match(_scalar(data[k]) or "")]
    author = data.get("author")
    if not named and isinstance(author, dict) and author.get("@type") == "Organization":
        named = ["author"] if _scalar(author) is not None else []
    first = named or found
    return first[0] if first else None


def outlet_of(outlet: str | None, url: str | None) -> tuple[str | None, str | None]:
    """``(outlet, url)`` with a URL given as the outlet moved to ``url`` (when that is empty)
    and, when no outlet is named, the host of the URL as one: ``("https://www.theverge.com/a",
    None)`` -> ``("theverge.com", "https://www.theverge.com/a")``."""
    if outlet and _URL.match(outlet):
        url, outlet = url or outlet, None
    host = _URL.match(url) if url and not outlet else None
    if host:
        outlet = host.group(1).lower().removeprefix("www.")
    return outlet, url


def _has_text(value: Any) -> bool:
    return bool(_as_text(value).strip()) if isinstance(value, str | list) else False


def _as_text(value: Any) -> str:
    """A string field as is; a list of strings as paragraphs."""
    if isinstance(value, list):
        return "\n\n".join(str(part) for part in value if isinstance(part, str | int | float))
    return value if isinstance(value, str) else ""


def _scalar(value: Any) -> str | None:
    if isinstance(value, dict):  # a schema.org object: its name (a Language: its code)
        naming = _LANGUAGE_NAMING if value.get("@type") == "Language" else _NAMING
        return next((v for k in naming if (v := _scalar(value.get(k))) is not None), None)
    if isinstance(value, bool) or value is None or isinstance(value, list):
        return None
    text = str(value).strip()
    return text or None
