"""The Markdown report: tables of versions and of claims, change lists per version, similarity.

The claims table has one row per fact and one column per compared version: each cell is that
version's wording, diffed word by word against the row's reference, or *absent*.

Article text is escaped for CommonMark (every ASCII punctuation character that can start
markup is backslash-escaped, as the spec allows for any ASCII punctuation), pipes are escaped
inside tables and newlines folded, so an article can neither inject links, images or HTML nor
break a table. Word diffs read as ``~~deleted~~`` and ``**inserted**``, a
deletion and the insertion that replaces it set apart by a space (:func:`._view.inline_diff`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from polyglot_news.report import _view
from polyglot_news.report.signature import signature_fields

if TYPE_CHECKING:
    from polyglot_news.comparison.model import ClaimCell, Comparison

__all__ = ["escape_markdown", "render_markdown"]

# Enough for inline text that never starts a line (every line we write begins with our own
# prefix): emphasis, code, links and images, raw HTML, entities, tables and strikethrough.
_SPECIAL = re.compile(r"([\\`*_\[\]<>|~&])")
_SPACE = re.compile(r"[\r\n\t\f\v]+")


def escape_markdown(text: str) -> str:
    """``text`` with Markdown and HTML special characters escaped, on one line."""
    return _SPECIAL.sub(r"\\\1", _SPACE.sub(" ", _view.clean(text)))


def _cell(text: str) -> str:
    return escape_markdown(text) or " "


def render_markdown(comparison: Comparison) -> str:
    """Render ``comparison`` as a Markdown document (CommonMark with GFM tables).

    Article text is escaped so that it renders as text, never as links, markup or HTML.
    """
    out = [
        f"# Comparison of {len(comparison.versions)} versions",
        "",
        f"Pivot language: **{escape_markdown(comparison.pivot)}**; base version: "
        f"**{escape_markdown(comparison.base)}**; "
        f"{escape_markdown(_view.versions_compared(comparison))}.",
        "",
    ]
    if comparison.base_reason:
        out += [
            f"Base {escape_markdown(comparison.base)}: "
            f"{escape_markdown(comparison.base_reason)}.",
            "",
        ]
    whose, headline = _view.headline(comparison)
    if headline:
        out += [f"Headline ({escape_markdown(whose)}): *{escape_markdown(headline)}*", ""]
    out += ["## Versions", "", *_versions(comparison)]
    out += ["", "## Claims", ""] + _claims(comparison)
    sentences = _view.sentences(comparison)
    for pair in comparison.comparisons:
        out += ["", f"## {escape_markdown(pair.b)} against {escape_markdown(pair.a)}", ""]
        out.append(f"Similarity: {pair.similarity:.2f}")
        out.append("")
        rows = _view.pair_rows(pair, sentences.get(pair.a, []), sentences.get(pair.b, []))
        changed = [row for row in rows if row.kind != "same"]
        out += [_change(row) for row in changed] or ["No changes."]
        out += ["", f"{_view.unchanged_text(len(rows) - len(changed))}."]
    out += ["", "## Similarity matrix", ""] + _matrix(comparison)
    for title, related in (("Only in one version", False), (_view.POSSIBLY_UNIQUE_TITLE, True)):
        unique = _view.unique_rows(comparison, related=related)
        if unique:
            out += ["", f"## {title}", ""] + [_unique_item(u) for u in unique]
    warned = _view.warnings(comparison)
    if warned:
        out += ["", "## Warnings", ""]
        out += [f"- {escape_markdown(path)}: {escape_markdown(msg)}" for path, msg in warned]
    left_out = _view.failures(comparison)
    if left_out:
        out += ["", "## Not compared", ""]
        out += [
            f"- {escape_markdown(path)} ({escape_markdown(kind)}): {escape_markdown(msg)}"
            for path, kind, msg in left_out
        ]
    out += ["", "## Signature", "", "| field | value |", "| --- | --- |"]
    out += [
        f"| {label} | {_cell(value)} |" for label, value in signature_fields(comparison.signature)
    ]
    return "\n".join(out) + "\n"


def _versions(comparison: Comparison) -> list[str]:
    lines = [
        "| version | outlet | language | confidence | route | glossary hits | similarity to base |",
        "| --- | --- | --- | ---: | --- | ---: | ---: |",
    ]
    for s in _view.summaries(comparison):
        confidence = _cell(s.confidence_text)
        if s.is_base:
            similarity = "base"
        elif s.error:
            similarity = "failed"
        else:
            similarity = f"{s.similarity:.2f}" if s.similarity is not None else "—"
        cells = [_cell(s.id), _cell(s.outlet), _cell(s.language), confidence, _cell(s.route)]
        lines.append("| " + " | ".join([*cells, str(s.glossary_hits), similarity]) + " |")
    return lines


_SEE = " *see \\#N*: the row also links to claim N but could not be joined with it."


def _claims(comparison: Comparison) -> list[str]:
    rows = _view.claim_rows(comparison)
    if not rows:
        return ["No claims."]
    n = _view.claims_summary(comparison)
    columns = _view.claim_columns(comparison)
    outlets = _view.outlets(comparison)
    flagged = _view.unreliable(comparison)
    heads = [
        _cell(v)
        + (f" ({escape_markdown(outlets[v])})" if v in outlets else "")
        + (" (base)" if v == comparison.base else "")
        + (" (unreliable translation)" if v in flagged else "")
        for v in columns
    ]
    lines = [
        f"{n.claims} claims: {n.in_all} in every version, {n.unique} only in one version"
        + (f" ({n.possibly_unique} more perhaps told elsewhere)" if n.possibly_unique else "")
        + f", {n.reworded} worded differently"
        + (f"; {n.uncertain} {_view.UNCERTAIN_TEXT} (*absent?*)" if n.uncertain else "")
        + ". Cells show each version's wording against the "
        "row's reference (*ref*): ~~only in the reference~~, **only in this version**."
        + (_SEE if any(row.claim.related for row in rows) else "")
        + "".join(
            f" \\[{escape_markdown(label)}\\]: {escape_markdown(meaning)}."
            for label, meaning in _view.label_legend(comparison)
        ),
        "",
        "| # | labels | " + " | ".join(heads) + " |",
        "| ---: | --- |" + " --- |" * len(columns),
    ]
    for row in rows:
        parts = [f"\\[{escape_markdown(label)}\\]" for label in row.claim.labels]
        labels = " ".join([*parts, _view.related_text(row.claim, prefix="\\#")]).strip()
        cells = [
            "*absent?*" if cell is None and vid in row.claim.uncertain else _claim_cell(cell)
            for vid, cell in zip(columns, row.cells, strict=True)
        ]
        if row.claim.uncertain:
            doubt = escape_markdown(row.doubt).replace("#", "\\#")
            labels = f"{labels} ({doubt})".strip()
        lines.append(f"| {row.number} | {labels or ' '} | " + " | ".join(cells) + " |")
    return lines


def _claim_cell(cell: ClaimCell | None) -> str:
    if cell is None:
        return "*absent*"
    where = _view.cell_where(cell).replace("#", "\\#")
    flags = _flagged(_view.flag_text(cell.translation_flags))
    if cell.kind == "reference":
        return f"*ref* {where}: {flags}{escape_markdown(cell.text)}"
    score = f" {cell.score:.2f}" if cell.score is not None and cell.kind != "same" else ""
    labels = "".join(f" \\[{escape_markdown(label)}\\]" for label in cell.labels)
    head = f"{where} {cell.kind}{score}{labels}: {flags}"
    if cell.kind == "same" or not cell.diff:
        return head + escape_markdown(cell.text)
    return head + "".join(_diff_part(op, text) for op, text in _view.inline_diff(cell.diff))


def _flagged(said: str) -> str:
    """``*(unreliable translation: made up)* `` before a flagged sentence, else ``""``."""
    return f"*({escape_markdown(said)})* " if said else ""


def _diff_part(op: int, text: str) -> str:
    return _struck(text) if op < 0 else _bold(text) if op > 0 else escape_markdown(text)


def _change(row: _view.Row) -> str:
    sides = (_view.span(row.a_index, row.a_count), _view.span(row.b_index, row.b_count))
    where = " → ".join(f"\\#{side}" for side in sides if side)
    labels = " ".join(f"\\[{escape_markdown(label)}\\]" for label in row.labels)
    head = f"- **{row.kind}** {where}" + (f" {labels}" if labels else "") + ": "
    if row.kind == "delete":
        return head + _struck(row.a_text)
    if row.kind == "insert":
        return head + _bold(row.b_text)
    if not row.diff:
        return head + escape_markdown(row.b_text or row.a_text)
    return head + "".join(_diff_part(op, text) for op, text in _view.inline_diff(row.diff))


def _struck(text: str) -> str:
    # Emphasis markers must hug non-space characters, so the spaces go outside them.
    core = text.strip()
    if not core:
        return escape_markdown(text)
    lead, trail = text[: len(text) - len(text.lstrip())], text[len(text.rstrip()) :]
    return f"{lead}~~{escape_markdown(core)}~~{trail}"


def _bold(text: str) -> str:
    core = text.strip()
    if not core:
        return escape_markdown(text)
    lead, trail = text[: len(text) - len(text.lstrip())], text[len(text.rstrip()) :]
    return f"{lead}**{escape_markdown(core)}**{trail}"


def _matrix(comparison: Comparison) -> list[str]:
    ids, values = _view.matrix_grid(comparison)
    if not ids:
        return ["No versions were compared."]
    names = [_cell(i) + (" (base)" if i == comparison.base else "") for i in ids]
    lines = ["| | " + " | ".join(names) + " |", "| --- |" + " ---: |" * len(ids)]
    for name, row in zip(names, values, strict=True):
        lines.append(f"| **{name}** | " + " | ".join(f"{v:.2f}" for v in row) + " |")
    return lines


def _unique_item(u: _view.UniqueRow) -> str:
    """One item of "Only in one version" (or of the list of rows perhaps told elsewhere)."""
    return (
        f"- **{escape_markdown(u.version)}** \\{u.where} (claim \\#{u.claim}): "
        + _flagged(_view.flag_text(u.flags, u.unreliable))
        + f"{escape_markdown(u.text)}"
        + (f" (original: {escape_markdown(u.original)})" if u.original else "")
        + (f" ({_view.unique_note(u, prefix=chr(92) + '#')})" if u.related else "")
        + (f" ({escape_markdown(u.doubt).replace('#', chr(92) + '#')})" if u.doubt else "")
    )
