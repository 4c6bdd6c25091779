"""The reproducibility signature shown at the foot of every report (after sacrebleu's).

A :class:`~polyglot_news.comparison.model.Signature` says which polyglot_news, detector and seed,
translation backend and Argos model packages (with their versions), pivot routes, glossary hash
and diff settings produced a result. This module turns it into labelled fields for the human
formats and into a dict for JSON, so all four renderers show the same facts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from polyglot_news.report._view import route_text

if TYPE_CHECKING:
    from polyglot_news.comparison.model import Signature

__all__ = ["signature_fields", "signature_to_dict"]


def signature_fields(signature: Signature) -> list[tuple[str, str]]:
    """``(label, value)`` pairs of the signature, in reading order, for human formats."""
    routes = "; ".join(f"{vid}: {route_text(r)}" for vid, r in sorted(signature.routes.items()))
    return [
        ("polyglot_news", signature.polyglot_news),
        ("detector", f"{signature.detector} (seed {signature.detector_seed})"),
        ("translator", signature.translator),
        ("model packages", ", ".join(signature.packages) or "none"),
        ("routes", routes or "none"),
        ("glossary", signature.glossary),
        ("diff", signature.diff or "default"),
        ("signature", str(signature)),
    ]


def signature_to_dict(signature: Signature) -> dict[str, Any]:
    """The signature as JSON-ready data, with its one-line form under ``"string"``."""
    return {
        "polyglot_news": signature.polyglot_news,
        "detector": signature.detector,
        "detector_seed": signature.detector_seed,
        "translator": signature.translator,
        "packages": list(signature.packages),
        "routes": {vid: list(route) for vid, route in sorted(signature.routes.items())},
        "glossary": signature.glossary,
        "diff": signature.diff,
        "string": str(signature),
    }
