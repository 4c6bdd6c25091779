"""The HTML report: one self-contained file with inline CSS and JS and nothing fetched.

A grid of claims comes first: one row per fact, one column per version, each cell that
version's wording with the words that differ from the row's reference marked
(``<del>``/``<ins>``) and labelled, absent cells shown as such. Then base and version sentences
sit side by side (word diffs as ``<del>``/``<ins>``, moves and change labels as badges), the
original text can be shown beside the translation (in the grid too), glossary names are marked
with their canonical form in a tooltip, and the similarity matrix is a heat map.
Everything from an article goes through jinja2's autoescaping or :class:`markupsafe.Markup`
formatting, which escapes its arguments; no article data is embedded in the script, and a
Content-Security-Policy allows only the report's own script (by its SHA-256 hash) to run.
Links are made only for http(s) URLs.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Iterable, Mapping
from dataclasses import asdict
from typing import TYPE_CHECKING, Any

from polyglot_news.report import _view
from polyglot_news.report.signature import signature_fields

if TYPE_CHECKING:
    from markupsafe import Markup

    from polyglot_news.comparison.model import (
        ClaimCell,
        Comparison,
        EntityMention,
        VersionResult,
    )

__all__ = ["render_html"]

_SAFE_URL = re.compile(r"^https?://[^\s\"'<>]+$", re.IGNORECASE)


def render_html(comparison: Comparison) -> str:
    """Render ``comparison`` as one self-contained, script-safe HTML document.

    Returns the page as text: inline CSS and script, no external fetches, every article text
    escaped, a Content-Security-Policy that lets only its own script (by hash) run.
    """
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.PackageLoader("polyglot_news.report", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    script, style = (_resource(name) for name in ("report.js", "report.css"))
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    template = env.get_template("report.html.j2")
    headline_of, headline = _view.headline(comparison)
    return template.render(
        c=comparison,
        headline=headline,
        headline_of=headline_of,
        compared=_view.versions_compared(comparison),
        versions=[_version(comparison, s) for s in _view.summaries(comparison)],
        claims=_claims(comparison),
        pairs=_pairs(comparison),
        matrix=_matrix(comparison),
        unique_lists=[
            {
                "title": title,
                "anchor": anchor,
                "rows": [
                    asdict(u)
                    for u in _view.unique_rows(comparison, related=related)
                ],
            }
            for title, anchor, related in (
                ("Only in one version", "unique", False),
                (_view.POSSIBLY_UNIQUE_TITLE, "possibly-unique", True),
            )
        ],
        uncertain_text=_view.UNCERTAIN_TEXT,
        failures=_view.failures(comparison),
        warnings=_view.warnings(comparison),
        signature=signature_fields(comparison.signature),
        script=_markup(script),
        style=_markup(style),
        script_hash=f"sha256-{digest}",
    )


def _resource(name: str) -> str:
    from importlib.resources import files

    return files("polyglot_news.report").joinpath("templates", name).read_text(encoding="utf-8")


def _markup(text: str) -> Markup:
    from markupsafe import Markup

    return Markup(text)


def _version(comparison: Comparison, summary: _view.VersionSummary) -> dict[str, Any]:
    result = _view.by_id(comparison)[summary.id]
    url = result.version.url or ""
    return {
        "s": summary,
        "path": result.version.path,
        "title": result.version.title or "",
        "url": url,
        "link": url if _SAFE_URL.match(url) else "",
        "original": _marked_original(result),
        "removed": [(r.kind.replace("_", " "), r.text) for r in result.version.removed],
    }


def _marked_original(result: VersionResult) -> Markup:
    """The loaded text with each glossary mention marked, titled with its canonical name."""
    from markupsafe import Markup, escape

    text, out, pos = result.version.text, [], 0
    for m in sorted(result.entities, key=lambda e: e.start):
        if m.start < pos or m.end > len(text):
            continue
        out.append(escape(text[pos : m.start]))
        out.append(_term(text[m.start : m.end], _entity_title(m), m.entry_id))
        pos = m.end
    out.append(escape(text[pos:]))
    return Markup("").join(out)


def _entity_title(mention: EntityMention) -> str:
    """What a glossary name's tooltip says: its name and kind, ``Kursk region (place)``; the
    glossary's entry id is the key of a data attribute, never shown."""
    return f"{mention.canonical} ({mention.kind})" if mention.kind else mention.canonical


def _term(text: str, title: str, entity: str = "") -> Markup:
    from markupsafe import Markup

    if entity:
        return Markup('<mark class="term" title="{}" data-entity="{}">{}</mark>').format(
            title, entity, text
        )
    return Markup('<mark class="term" title="{}">{}</mark>').format(title, text)


def _surfaces(entities: Iterable[EntityMention]) -> dict[str, tuple[str, str]]:
    """Each surface form of ``entities`` -> its tooltip and its entry id."""
    return {e.surface: (_entity_title(e), e.entry_id) for e in entities}


def _highlighter(terms: Mapping[str, str | tuple[str, str]], *, whole_words: bool = False) -> Any:
    """A function marking every occurrence of a glossary form in a text fragment, titled
    ``terms[form]`` (a tooltip, or a tooltip and the entry id for a data attribute).

    ``whole_words`` keeps "Russia" from being marked inside "Russian" in pivot-language text;
    original texts are marked by the exact surfaces the matcher found, particles included.
    """
    from markupsafe import Markup, escape

    alternatives = "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True))
    if whole_words:
        alternatives = rf"(?<!\w)(?:{alternatives})(?!\w)"
    pattern = re.compile(alternatives) if terms else None

    def mark(fragment: str) -> Markup:
        if pattern is None:
            return escape(fragment)
        out, pos = [], 0
        for hit in pattern.finditer(fragment):
            out.append(escape(fragment[pos : hit.start()]))
            found = terms[hit.group()]
            title, entity = (found, "") if isinstance(found, str) else found
            out.append(_term(hit.group(), title, entity))
            pos = hit.end()
        out.append(escape(fragment[pos:]))
        return Markup("").join(out)

    return mark


def _pairs(comparison: Comparison) -> list[dict[str, Any]]:
    sentences = _view.sentences(comparison)
    results = _view.by_id(comparison)
    canonical = {
        e.canonical: f"glossary: {e.canonical}" for r in comparison.versions for e in r.entities
    }
    mark = _highlighter(canonical, whole_words=True)
    out = []
    for pair in comparison.comparisons:
        b = results.get(pair.b)
        originals = _view.originals(b) if b else {}
        mark_original = _highlighter(_surfaces(b.entities) if b else {})
        rows = _view.pair_rows(pair, sentences.get(pair.a, []), sentences.get(pair.b, []))
        out.append(
            {
                "pair": pair,
                "language": b.translation.source_language if b and b.translation else "",
                "changed": sum(row.kind != "same" for row in rows),
                "rows": [_row(row, mark, mark_original, originals) for row in rows],
            }
        )
    return out


def _claims(comparison: Comparison) -> dict[str, Any]:
    """The claims grid: columns, summary, and rows of rendered cells (None: absent)."""
    results = _view.by_id(comparison)
    canonical = {
        e.canonical: f"glossary: {e.canonical}" for r in comparison.versions for e in r.entities
    }
    mark = _highlighter(canonical, whole_words=True)
    originals = {
        vid: _highlighter(_surfaces(r.entities))
        for vid, r in results.items()
    }
    outlets = _view.outlets(comparison)
    flagged = _view.unreliable(comparison)
    columns = [
        {
            "id": vid,
            "outlet": outlets.get(vid, ""),
            "base": vid == comparison.base,
            "language": _language(results.get(vid)),
            "unreliable": vid in flagged,
        }
        for vid in _view.claim_columns(comparison)
    ]
    claim_rows = _view.claim_rows(comparison)
    rows = [
        {
            "r": row,
            "cells": [_claim_cell(c, mark, originals) for c in row.cells],
            "doubt": row.doubt,
        }
        for row in claim_rows
    ]
    return {
        "columns": columns,
        "rows": rows,
        "summary": _view.claims_summary(comparison),
        "related": any(row.claim.related for row in claim_rows),
        "legend": _view.label_legend(comparison),
    }


def _language(result: VersionResult | None) -> str:
    return result.translation.source_language if result and result.translation else ""


def _claim_cell(cell: ClaimCell | None, mark: Any, originals: dict[str, Any]) -> dict | None:
    from markupsafe import Markup

    if cell is None:
        return None
    if cell.kind == "reference" or not cell.diff:
        wording = mark(cell.text)
    else:
        wording = Markup("").join(_op(op, text, mark) for op, text in _view.inline_diff(cell.diff))
    shown = cell.score is not None and cell.kind in ("reworded", "partial")
    score = f" {cell.score:.2f}" if shown else ""
    original = originals[cell.version](cell.original) if cell.version in originals else ""
    return {
        "c": cell,
        "where": _view.cell_where(cell),
        "badge": ("ref" if cell.kind == "reference" else cell.kind) + score,
        "flags": "; ".join(cell.translation_flags),
        "wording": wording,
        "original": original if cell.original else "",
    }


def _row(row: _view.Row, mark: Any, mark_original: Any, originals: dict[str, str]) -> dict:
    from markupsafe import Markup

    if row.kind == "delete":
        left, right = Markup("<del>{}</del>").format(mark(row.a_text)), Markup("")
    elif row.kind == "insert":
        left, right = Markup(""), Markup("<ins>{}</ins>").format(mark(row.b_text))
    elif row.diff:
        left = Markup("").join(_op(op, text, mark) for op, text in row.diff if op <= 0)
        right = Markup("").join(_op(op, text, mark) for op, text in row.diff if op >= 0)
    else:
        left, right = mark(row.a_text), mark(row.b_text)
    original = originals.get(row.b_text.strip(), "") if row.b_text else ""
    return {
        "r": row,
        "left": left,
        "right": right,
        "original": mark_original(original),
        "a_where": _view.span(row.a_index, row.a_count) or "·",
        "b_where": _view.span(row.b_index, row.b_count) or "·",
    }


def _op(op: int, text: str, mark: Any) -> Markup:
    from markupsafe import Markup

    if op < 0:
        return Markup("<del>{}</del>").format(mark(text))
    if op > 0:
        return Markup("<ins>{}</ins>").format(mark(text))
    return mark(text)


def _heat(value: float) -> str:
    """A background colour from red (0) through yellow to green (1), as a CSS ``hsl()``."""
    v = min(1.0, max(0.0, float(value)))
    return f"hsl({round(120 * v)}, 65%, {round(88 - 18 * v)}%)"


def _matrix(comparison: Comparison) -> dict[str, Any]:
    ids, values = _view.matrix_grid(comparison)
    rows = [
        (vid, [(value, _heat(value)) for value in row])
        for vid, row in zip(ids, values, strict=True)
    ]
    return {"ids": ids, "base": comparison.base, "rows": rows}
