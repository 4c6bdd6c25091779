"""The main job as a library call: load -> detect -> glossary -> translate -> compare."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import jsonschema
import pytest

import polyglot_news
from polyglot_news.errors import InputError
from polyglot_news.translate.argos import ArgosTranslator

SCHEMA = Path(polyglot_news.__file__).parent / "report" / "schema.json"

WIRE = (
    "North Korea has confirmed that its troops fought in the Kursk region.\n\n"
    "Western officials estimate that about 11,000 troops were sent.\n"
)
REWRITE = (
    "Western officials estimate that up to 12,000 troops were sent.\n\n"
    "North Korea has admitted that its troops fought in the Kursk region.\n"
)


def _engine(translator: object) -> polyglot_news.TranslationEngine:
    return polyglot_news.TranslationEngine(
        translator,
        glossary=polyglot_news.default_glossary(),  # type: ignore[arg-type]
    )


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_english_versions_compare_with_labels_and_a_move(tmp_path: Path) -> None:
    paths = [_write(tmp_path, "wire.txt", WIRE), _write(tmp_path, "rewrite.txt", REWRITE)]
    result = polyglot_news.compare(paths, engine=_engine(polyglot_news.FakeTranslator()))
    assert result.base == "wire" and result.pivot == "en"
    [pair] = result.comparisons
    kinds = sorted(c.kind for c in pair.changes)
    assert "move" in kinds
    labels = {label for c in pair.changes for label in c.labels}
    assert {"attribution", "number", "hedge"} <= labels
    assert result.signature.glossary.startswith("sha256:")


def test_story_through_the_project_models(example_story: Path, example_models: Path) -> None:
    engine = _engine(ArgosTranslator(extra_packages=sorted(example_models.glob("*.argosmodel"))))
    result = polyglot_news.compare([example_story], engine=engine, base="wire_en")
    by_id = {v.id: v for v in result.versions}
    assert by_id["outlet_ko"].translation.route == ("ko", "en")  # type: ignore[union-attr]
    assert "Kursk" in by_id["outlet_ru"].text
    assert all(v.error is None for v in result.versions)
    assert len(result.comparisons) == len(result.versions) - 1
    data = json.loads(polyglot_news.render_json(result))
    jsonschema.validate(data, json.loads(SCHEMA.read_text(encoding="utf-8")))
    assert pickle.loads(pickle.dumps(result)) == result
    # a fact another version tells in other words is not "only in one version": wire_en's
    # "Seoul and Kyiv first reported the deployment in October" is outlet_uk's "The
    # intelligence services of South Korea and Ukraine reported the transfer ... in October"
    # (capitals for their countries), while kcna_en's own "heroic soldiers" line stays unique
    unique = {u.text for u in result.unique}
    assert not any(text.startswith("Seoul and Kyiv") for text in unique), unique
    assert any(text.startswith("The heroic soldiers") for text in unique), unique


def test_a_version_without_a_model_is_reported_and_the_rest_compared(tmp_path: Path) -> None:
    ru = _write(tmp_path, "ru.txt", "КНДР впервые подтвердила участие своих войск в боях.\n")
    paths = [_write(tmp_path, "wire.txt", WIRE), _write(tmp_path, "rewrite.txt", REWRITE), ru]
    fake = polyglot_news.FakeTranslator(pairs=[("uk", "en")])
    result = polyglot_news.compare(paths, engine=_engine(fake))
    failed = [v for v in result.versions if v.error]
    assert [v.id for v in failed] == ["ru"]
    assert failed[0].error is not None
    assert "models install ru en" in failed[0].error.message
    assert len(result.comparisons) == 1


@pytest.mark.parametrize(
    ("base", "message"),
    [pytest.param("nope", "choose one of", id="unknown-base")],
)
def test_bad_base_is_one_line(tmp_path: Path, base: str, message: str) -> None:
    paths = [_write(tmp_path, "wire.txt", WIRE), _write(tmp_path, "rewrite.txt", REWRITE)]
    with pytest.raises(InputError) as info:
        polyglot_news.compare(paths, engine=_engine(polyglot_news.FakeTranslator()), base=base)
    assert message in str(info.value) and "\n" not in str(info.value)


def test_a_base_that_failed_says_why_it_cannot_be_the_base(tmp_path: Path) -> None:
    ru = _write(tmp_path, "ru.txt", "КНДР впервые подтвердила участие своих войск в боях.\n")
    paths = [_write(tmp_path, "wire.txt", WIRE), _write(tmp_path, "rewrite.txt", REWRITE), ru]
    engine = _engine(polyglot_news.FakeTranslator(pairs=[("en", "en")]))
    with pytest.raises(InputError) as info:
        polyglot_news.compare(paths, engine=engine, base="ru.txt")
    assert str(info.value) == (
        f"--base ru.txt: that version could not be compared ({ru}: no translation model for "
        "ru->en; install one with `polyglot-news models install ru en` or, offline, point "
        "`--models DIR` at a folder of .argosmodel files); choose another base: "
        "wire, rewrite"
    )


def test_fewer_than_two_usable_versions_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="at least two versions"):
        polyglot_news.compare(
            [_write(tmp_path, "wire.txt", WIRE), tmp_path / "missing.txt"],
            engine=_engine(polyglot_news.FakeTranslator()),
        )


def test_each_claim_cell_quotes_its_own_original_when_translations_repeat(
    tmp_path: Path,
) -> None:
    """Two different source sentences translated to the same text keep their own originals
    (a lookup by translated text gave both the later source)."""
    ru = [
        "Власти сообщили о пожаре на заводе.",
        "Пожарные прибыли через час.",
        "Власти заявили о пожаре на предприятии.",
        "Завод остановил работу.",
    ]
    en = [
        "The authorities reported a fire at the plant.",
        "Firefighters arrived an hour later.",
        "The authorities reported a fire at the plant.",
        "The plant stopped work.",
    ]
    fake = polyglot_news.FakeTranslator(known={("ru", "en"): dict(zip(ru, en, strict=True))})
    paths = [
        _write(tmp_path, "wire.txt", "Firefighters arrived an hour later.\n\nThe plant halted.\n"),
        _write(tmp_path, "outlet_ru.txt", "\n\n".join(ru) + "\n"),
    ]
    result = polyglot_news.compare(
        paths, engine=_engine(fake), base="wire", source_languages={"outlet_ru": "ru", "wire": "en"}
    )
    cells = [c for claim in result.claims for c in claim.cells if c.version == "outlet_ru"]
    assert sorted((c.sentences, c.original) for c in cells) == [((i,), s) for i, s in enumerate(ru)]


class _Hallucinator(polyglot_news.FakeTranslator):
    """Translates every sentence to one and the same fluent sentence, losing every name."""

    def translate_batch(self, texts: list[str], source: str, target: str) -> list[str]:  # type: ignore[override]
        return ["The weather stayed calm across the whole region today." for _ in texts]


def test_translation_trouble_is_a_warning_of_the_version(tmp_path: Path) -> None:
    ru = _write(
        tmp_path,
        "ru.txt",
        "Войска КНДР воевали в Курской области.\n\nПхеньян это подтвердил.\n\n"
        "Сеул ждёт новых данных.\n",
    )
    paths = [_write(tmp_path, "wire.txt", WIRE), _write(tmp_path, "rewrite.txt", REWRITE), ru]
    result = polyglot_news.compare(paths, engine=_engine(_Hallucinator()))
    by_id = {v.id: v for v in result.versions}
    warnings = by_id["ru"].translation.warnings  # type: ignore[union-attr]
    assert any("glossary terms lost in translation: " in w and "Kursk" in w for w in warnings)
    assert "translation unreliable: 3 of 3 sentences translate to the same text" in " ".join(
        warnings
    )
    assert by_id["wire"].translation.warnings == ()  # type: ignore[union-attr]
    assert "ru.txt: translation unreliable" in polyglot_news.render_markdown(result)


def test_reports_say_which_versions_were_compared_and_why_not(tmp_path: Path) -> None:
    ru = _write(tmp_path, "ru.txt", "КНДР впервые подтвердила участие своих войск в боях.\n")
    paths = [_write(tmp_path, "wire.txt", WIRE), _write(tmp_path, "rewrite.txt", REWRITE), ru]
    result = polyglot_news.compare(paths, engine=_engine(polyglot_news.FakeTranslator(pairs=[])))
    (failed,) = [v for v in result.versions if v.error]
    assert "--models DIR" in failed.error.message  # type: ignore[union-attr]
    said = "2 of 3 versions compared (ru: no translation model for ru"
    assert said in polyglot_news.render_markdown(result)
    assert said in polyglot_news.render_html(result)
    assert "in every version" in polyglot_news.render_markdown(result)
