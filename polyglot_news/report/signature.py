"""The reproducibility signature shown at the foot of every report (after sacrebleu's).

A :class:`~polyglot_news.comparison.model.Signature` says which polyglot_news, detector,
translation backend (with its settings) and Argos model packages (with their versions), pivot
routes, glossary hash, segmenter, diff settings and library versions produced a result. This
module turns it into labelled fields for the human formats and into a dict for JSON, so all
four renderers show the same facts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from polyglot_news.report._view import route_text

if TYPE_CHECKING:
    from polyglot_news.comparison.model import Signature

__all__ = ["signature_fields", "signature_to_dict"]


def signature_fields(signature: Signature) -> list[tuple[str, str]]:
    """``(label, value)`` pairs of the signature, in reading order, for human formats."""
    routes = "; ".join(
        f"{vid}: {_route(r, signature.translator)}" for vid, r in sorted(signature.routes.items())
    )
    settings = ", ".join(f"{k} {v}" for k, v in sorted(signature.translator_settings.items()))
    translator = f"{signature.translator} ({settings})" if settings else signature.translator
    libraries = ", ".join(f"{k} {v}" for k, v in signature.libraries.items())
    languages = "; ".join(
        f"{vid}: {code} ({origin})" for vid, (code, origin) in sorted(signature.languages.items())
    )
    return [
        ("polyglot_news", signature.polyglot_news),
        ("detector", signature.detector),
        ("translator", translator),
        ("model packages", ", ".join(signature.packages) or "none"),
        ("routes", routes or "none"),
        ("languages", languages or "none"),
        ("glossary", signature.glossary),
        ("segmenter", signature.segmenter or "none"),
        ("diff", signature.diff or "default"),
        ("libraries", libraries or "none"),
        ("signature", str(signature)),
    ]


def _route(route: tuple[str, ...], translator: str) -> str:
    """A route as a reader should take it: the test backend made by name (``fake``) only
    marks sentences, so its routes say that nothing was translated (the one-line signature
    keeps the route asked for, to reproduce the run)."""
    if translator == "fake" and len(route) > 1:
        return f"{route[0]} (not translated: test backend fake)"
    return route_text(route)


def signature_to_dict(signature: Signature) -> dict[str, Any]:
    """The signature as JSON-ready data, with its one-line form under ``"string"``."""
    return {
        "polyglot_news": signature.polyglot_news,
        "detector": signature.detector,
        "translator": signature.translator,
        "translator_settings": dict(sorted(signature.translator_settings.items())),
        "packages": list(signature.packages),
        "routes": {vid: list(route) for vid, route in sorted(signature.routes.items())},
        "glossary": signature.glossary,
        "segmenter": signature.segmenter,
        "diff": signature.diff,
        "libraries": dict(signature.libraries),
        "languages": {
            vid: {"language": code, "origin": origin}
            for vid, (code, origin) in sorted(signature.languages.items())
        },
        "string": str(signature),
    }
