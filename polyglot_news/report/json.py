"""The JSON report: a :class:`Comparison` as plain data, described by ``report/schema.json``.

The shape is versioned by ``schema_version`` (:data:`SCHEMA_VERSION`) and checked against the
JSON Schema (draft 2020-12) in the tests. Every failure is the one ``{"kind", "message"}``
object: a version's ``error``, and inside the CLI's ``{"path", "error": {...}}`` objects of
``failures``, so one parser reads both. Only the report layer serialises; the records in
:mod:`polyglot_news.comparison.model` know nothing of JSON.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from polyglot_news.report import _view
from polyglot_news.report.signature import signature_to_dict

if TYPE_CHECKING:
    from polyglot_news.comparison.model import (
        Change,
        ClaimCell,
        Comparison,
        PairComparison,
        UniqueSentence,
        VersionResult,
    )
    from polyglot_news.records import InputFailure

__all__ = ["SCHEMA_VERSION", "comparison_to_dict", "failure_to_dict", "render_json"]

SCHEMA_VERSION = "3.1"
"""The ``schema_version`` of the JSON report; ``report/schema.json`` describes this version."""


def comparison_to_dict(comparison: Comparison) -> dict[str, Any]:
    """Return the JSON-ready dict documented by ``report/schema.json``."""
    return {
        "schema_version": SCHEMA_VERSION,
        "pivot": comparison.pivot,
        "base": comparison.base,
        "base_reason": comparison.base_reason,
        "versions": [_version(r) for r in comparison.versions],
        "comparisons": [_pair(p) for p in comparison.comparisons],
        "matrix": {
            "versions": _view.matrix_ids(comparison),
            "values": [list(row) for row in comparison.matrix],
        },
        "claims": [_claim(row) for row in _view.claim_rows(comparison, base_first=False)],
        "unique": [_unique(u) for u in comparison.unique],
        "possibly_unique": [_unique(u) for u in comparison.possibly_unique],
        "signature": signature_to_dict(comparison.signature),
        "failures": [{"path": f.path, "error": failure_to_dict(f)} for f in comparison.failures],
    }


def failure_to_dict(failure: InputFailure) -> dict[str, str]:
    """The one failure object of every JSON output: ``{"kind", "message"}``."""
    return {"kind": failure.kind, "message": failure.message}


def render_json(comparison: Comparison) -> str:
    """The JSON report: indented UTF-8 text ending in a newline.

    The object is :func:`comparison_to_dict`'s, described by ``report/schema.json``
    (``schema_version`` :data:`SCHEMA_VERSION`).
    """
    return json.dumps(comparison_to_dict(comparison), ensure_ascii=False, indent=2) + "\n"


def _dateline(fields: object) -> dict[str, str] | None:
    """The wire dateline loading removed, its parts as strings (``text``, ``place`` and, when
    it names them, ``region``, ``date``, ``agency``); None for none."""
    if not isinstance(fields, dict):
        return None
    return {k: v for k, v in fields.items() if isinstance(k, str) and isinstance(v, str)}


def _version(result: VersionResult) -> dict[str, Any]:
    v, det, tr = result.version, result.detection, result.translation
    return {
        "id": result.id,
        "path": v.path,
        "title": v.title,
        "outlet": v.outlet,
        "dateline": _dateline(v.metadata.get("dateline")),
        "url": v.url,
        "date": v.date,
        "format": v.format,
        "encoding": _encoding(v.metadata.get("encoding"), v.encoding),
        "language": det.language if det else v.language,
        "detection": None
        if det is None
        else {
            "language": det.language,
            "confidence": det.confidence,
            "reliable": det.reliable,
            "mixed": det.mixed,
            "detector": det.detector,
            "detected": det.detected,
        },
        "translation": None
        if tr is None
        else {
            "source_language": tr.source_language,
            "target_language": tr.target_language,
            "route": list(tr.route),
            "translated": _view.translated(tr),
            "backend": tr.backend,
            "packages": list(tr.packages),
            "paragraphs": [
                {
                    "start": p.start,
                    "end": p.end,
                    "language": p.language,
                    "route": list(p.route),
                    "packages": list(p.packages),
                    "translated": p.translated,
                }
                for p in tr.paragraphs
            ],
            "warnings": list(tr.warnings),
            "terms": [
                {"canonical": t.canonical, "surface": t.surface, "status": t.status}
                for t in tr.terms
            ],
        },
        "text": v.text,
        "warnings": list(v.warnings),
        "removed": [{"kind": r.kind, "text": r.text} for r in v.removed],
        "pivot_text": result.text if tr is not None else None,
        "sentences": list(result.sentences),
        "paragraphs": [[first, end] for first, end in result.paragraphs],
        # why each sentence's translation is not to be trusted ([] for a sound one)
        "translation_flags": [list(flags) for flags in result.translation_flags],
        "entities": [
            {
                "entry_id": e.entry_id,
                "canonical": e.canonical,
                "surface": e.surface,
                "start": e.start,
                "end": e.end,
                "language": e.language,
                "kind": e.kind,
            }
            for e in result.entities
        ],
        "error": None if result.error is None else failure_to_dict(result.error),
    }


def _encoding(described: Any, name: str | None) -> dict[str, Any] | None:
    """How the version was decoded (the loader's ``metadata["encoding"]``), else its name."""
    if isinstance(described, dict) and isinstance(described.get("name"), str):
        return {k: described.get(k) for k in ("name", "how", "confidence")}
    return None if name is None else {"name": name, "how": None, "confidence": None}


def _pair(pair: PairComparison) -> dict[str, Any]:
    return {
        "a": pair.a,
        "b": pair.b,
        "similarity": pair.similarity,
        "changes": [_change(c) for c in pair.changes],
        "aligned": [[i, j] for i, j in pair.aligned],
    }


def _change(change: Change) -> dict[str, Any]:
    return {
        "kind": change.kind,
        "a_text": change.a_text,
        "b_text": change.b_text,
        "a_index": change.a_index,
        "b_index": change.b_index,
        "labels": list(change.labels),
        "diff": [[op, text] for op, text in change.diff],
        "similarity": change.similarity,
        "link": change.link,
        # sentences of a multi-sentence change: (a sentence, b sentence) each, in order
        "parts": [[a, b] for a, b in change.parts],
        # the sentence indices each side covers, as a claim cell's "sentences"
        "a_sentences": list(range(change.a_index, change.a_index + change.a_count))
        if change.a_index is not None
        else [],
        "b_sentences": list(range(change.b_index, change.b_index + change.b_count))
        if change.b_index is not None
        else [],
    }


def _claim(row: _view.ClaimRow) -> dict[str, Any]:
    claim = row.claim
    return {
        "reference": claim.reference,
        "versions": list(claim.versions),
        "absent": list(row.absent),
        "labels": list(claim.labels),
        "related": list(claim.related),
        "uncertain": list(claim.uncertain),
        "unique": claim.one_version and not claim.related,
        "cells": [_cell(cell) for cell in claim.cells],
    }


def _cell(cell: ClaimCell) -> dict[str, Any]:
    return {
        "version": cell.version,
        "sentences": list(cell.sentences),
        "text": cell.text,
        "original": cell.original,
        "kind": cell.kind,
        "score": cell.score,
        "diff": [[op, text] for op, text in cell.diff],
        "labels": list(cell.labels),
        "translation_flags": list(cell.translation_flags),
    }


def _unique(u: UniqueSentence) -> dict[str, Any]:
    """An item of ``unique`` or ``possibly_unique`` (``related``: 0-based rows to compare)."""
    return {
        "version": u.version,
        "index": u.index,
        "sentences": list(u.sentences),
        "text": u.text,
        "related": list(u.related),
    }
