"""A real comparison's signature names everything that can change it."""

from __future__ import annotations

from importlib import metadata
from pathlib import Path

import polyglot_news
from polyglot_news.provenance import LIBRARIES, detector_name, library_versions
from polyglot_news.segment import segmenter_id

WIRE = "North Korea has confirmed that its troops fought in the Kursk region.\n"
REWRITE = "North Korea has admitted that its troops fought in the Kursk region.\n"


def test_library_versions_come_from_installed_metadata() -> None:
    versions = library_versions()
    assert list(versions) == list(LIBRARIES)
    assert versions["diff-match-patch"] == metadata.version("diff-match-patch")
    assert versions["ctranslate2"] == metadata.version("ctranslate2")


def test_detector_names() -> None:
    assert detector_name(polyglot_news.LanguageDetector()) == "polyglot_news.langid"
    restricted = polyglot_news.LanguageDetector(languages=("uk", "ru"))
    assert detector_name(restricted) == "polyglot_news.langid[ru,uk]"
    assert detector_name(polyglot_news.detect) == "polyglot_news.langid.detector.detect"


def test_signature_of_a_real_comparison(tmp_path: Path) -> None:
    paths = [tmp_path / "wire.txt", tmp_path / "rewrite.txt"]
    paths[0].write_text(WIRE, encoding="utf-8")
    paths[1].write_text(REWRITE, encoding="utf-8")
    translator = polyglot_news.ArgosTranslator(beam_size=2, compute_type="int8")
    engine = polyglot_news.TranslationEngine(translator, glossary=polyglot_news.default_glossary())
    result = polyglot_news.compare(paths, engine=engine, languages=["en", "ru"])
    sig = result.signature
    assert sig.detector == "polyglot_news.langid[en,ru]"
    assert sig.translator == "argos"
    assert sig.translator_settings["beam_size"] == "2"
    assert sig.translator_settings["compute_type"] == "int8"
    assert sig.translator_settings["max_batch_tokens"] == "2048"
    assert sig.translator_settings["protection"] == engine.protection == "repair"
    assert sig.translator_settings["link_spans"] == "held"
    assert sig.segmenter == segmenter_id()
    assert sig.libraries == library_versions()
    assert sig.routes == {"wire": ("en",), "rewrite": ("en",)}
    line = str(sig)
    assert "|routes:en|" in line and "beam_size=2" in line and "seed" not in line


def test_the_signature_says_where_each_language_came_from(tmp_path: Path) -> None:
    import json

    wire, flash = tmp_path / "wire.txt", tmp_path / "flash.json"
    wire.write_text(WIRE, encoding="utf-8")
    flash.write_text(json.dumps({"text": REWRITE, "language": "en"}), encoding="utf-8")
    engine = polyglot_news.TranslationEngine(polyglot_news.FakeTranslator(), cache=False)
    detected = polyglot_news.compare([wire, flash], engine=engine).signature
    assert detected.languages == {"wire": ("en", "detected"), "flash": ("en", "declared")}
    given = polyglot_news.compare([wire, flash], engine=engine, source_languages={"wire": "en"})
    assert given.signature.languages["wire"] == ("en", "given")
    # two runs with different --from are told apart, in the one-line form too
    assert str(detected).endswith("|languages:flash=en(declared)")
    assert str(given.signature).endswith("|languages:flash=en(declared),wire=en(given)")


def test_runs_of_a_mixed_text_routed_another_way_are_in_the_signature(tmp_path: Path) -> None:
    mixed = (
        "Северная Корея впервые подтвердила участие своих военных в боях в Курской области.\n\n"
        "Міністерство оборони України заявило, що уважно стежить за розвитком подій.\n\n"
        "Ранее об этом сообщала южнокорейская разведка со ссылкой на свои источники.\n"
    )
    paths = [tmp_path / "mixed.txt", tmp_path / "wire.txt"]
    paths[0].write_text(mixed, encoding="utf-8")
    paths[1].write_text(WIRE, encoding="utf-8")
    engine = polyglot_news.TranslationEngine(
        polyglot_news.FakeTranslator(), glossary=polyglot_news.default_glossary()
    )
    sig = polyglot_news.compare(paths, engine=engine).signature
    start = mixed.index("Міністерство")
    end = mixed.index("подій.") + len("подій.")
    assert sig.routes["mixed"] == ("ru", "en")
    assert sig.routes[f"mixed[{start}:{end}]"] == ("uk", "en")
    assert "|routes:en,ru>en,uk>en|" in str(sig)
