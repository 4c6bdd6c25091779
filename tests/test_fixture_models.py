"""The project-built Argos packages in examples/models translate the example story exactly.

No training here: each committed ``.argosmodel`` is extracted once into a temporary folder and run
with CTranslate2 + SentencePiece using argostranslate's own decoding settings.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
MODELS = ROOT / "examples" / "models"
CORPUS = ROOT / "scripts" / "corpus"
PAIRS = ("ru-en", "uk-en", "ko-en", "en-ru")
# How many story and glossary-protected sentences each pair is checked on.
STORY_SAMPLE = 4
PROTECTED_SAMPLE = 3


def _package_file(pair: str) -> Path:
    source, target = pair.split("-")
    return MODELS / f"translate-{source}_{target}-0_1.argosmodel"


def _rows(path: Path) -> list[tuple[str, str]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [(s, t) for s, t in (line.split("\t") for line in lines if line and line[0] != "#")]


def _protected_rows(pair: str) -> list[tuple[str, str]]:
    """Corpus rows whose source carries canonical names in the target script."""
    story = {s for s, _ in _rows(CORPUS / "story" / f"{pair}.tsv")}
    target = pair.split("-")[1]

    def foreign(text: str) -> bool:
        if target == "en":
            return any("a" <= c.lower() <= "z" for c in text)
        return any("\u0400" <= c <= "\u04ff" for c in text)

    return [(s, t) for s, t in _rows(CORPUS / f"{pair}.tsv") if s not in story and foreign(s)]


def _cases() -> list[Any]:
    cases: list[Any] = []
    for pair in PAIRS:
        story = _rows(CORPUS / "story" / f"{pair}.tsv")[:STORY_SAMPLE]
        protected = _protected_rows(pair)[:PROTECTED_SAMPLE]
        cases += [pytest.param(pair, s, t, id=f"{pair}-story{i}") for i, (s, t) in enumerate(story)]
        cases += [
            pytest.param(pair, s, t, id=f"{pair}-protected{i}")
            for i, (s, t) in enumerate(protected)
        ]
    return cases


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Each package unpacked once; maps pair -> package folder."""
    root = tmp_path_factory.mktemp("fixture-models")
    folders = {}
    for pair in PAIRS:
        with zipfile.ZipFile(_package_file(pair)) as zf:
            tops = {name.split("/")[0] for name in zf.namelist()}
            assert len(tops) == 1, tops
            zf.extractall(root)
        folders[pair] = root / tops.pop()
    return folders


@pytest.fixture(scope="module")
def runners(extracted: dict[str, Path]):
    """pair -> translate(sentence) with argostranslate's settings."""
    import ctranslate2
    import sentencepiece as spm

    def make(folder: Path):
        sp = spm.SentencePieceProcessor(model_file=str(folder / "sentencepiece.model"))
        translator = ctranslate2.Translator(str(folder / "model"), intra_threads=1)

        def translate(sentence: str) -> str:
            result = translator.translate_batch(
                [sp.encode(sentence, out_type=str)],
                replace_unknowns=True,
                max_batch_size=32,
                batch_type="tokens",
                beam_size=4,
                length_penalty=0.2,
            )[0]
            return sp.decode_pieces(result.hypotheses[0]).replace("\u2581", " ")

        return translate

    return {pair: make(folder) for pair, folder in extracted.items()}


@pytest.mark.parametrize("pair", PAIRS)
def test_package_layout(pair: str) -> None:
    """One top folder named like the file, holding metadata, README, SentencePiece and model."""
    path = _package_file(pair)
    with zipfile.ZipFile(path) as zf:
        names = set(zf.namelist())
    top = path.stem
    for member in ("metadata.json", "README.md", "sentencepiece.model", "model/model.bin"):
        assert f"{top}/{member}" in names
    assert f"{top}/model/shared_vocabulary.json" in names


@pytest.mark.parametrize("pair", PAIRS)
def test_metadata_is_what_argostranslate_reads(pair: str, extracted: dict[str, Path]) -> None:
    """argostranslate's own Package class accepts the folder and sees the right pair."""
    from argostranslate.package import Package

    folder = extracted[pair]
    package = Package(folder)
    source, target = pair.split("-")
    assert (package.from_code, package.to_code) == (source, target)
    assert package.type == "translate"
    assert package.package_version == "0.1"
    assert package.target_prefix == ""
    assert json.loads((folder / "metadata.json").read_text())["license"] == "MIT"


@pytest.mark.parametrize(("pair", "source", "reference"), _cases())
def test_translates_story_sentence_exactly(
    pair: str, source: str, reference: str, runners: dict
) -> None:
    """The fixture model reproduces its reference translation word for word."""
    assert runners[pair](source) == reference
