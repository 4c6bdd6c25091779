"""ArgosTranslator against argostranslate itself, on the project's fixture packages.

Each fixture ``.argosmodel`` is unpacked once per session into a temporary packages dir that both
sides read. argostranslate's own sentence splitters download models at first use, which fails
offline, so its sentencizer is replaced by ours: the comparison is then of everything after
sentence splitting (tokenizing, batching, decoding, detokenizing, paragraphs).

The dev extras install ``argos-translate-lt`` (the ``argostranslate`` module without stanza and
torch); ``.ci/run`` runs these tests a second time against the ``argostranslate`` distribution
itself, installed without its dependencies. Its ``sbd`` module imports stanza (and so torch) at
import time only for the Stanza splitter, which is replaced here, so a placeholder module stands
in for stanza when it is not installed.
"""

from __future__ import annotations

import importlib.util
import os
import pickle
import sys
import types
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from polyglot_news.errors import MissingModelError, ModelLoadError
from polyglot_news.segment import split_sentences
from polyglot_news.translate.argos import ArgosTranslator
from polyglot_news.translate.base import Translator
from polyglot_news.translate.engine import TranslationEngine

ROOT = Path(__file__).resolve().parents[2]
MODELS = Path(os.environ.get("POLYGLOT_NEWS_TEST_MODELS", ROOT / "examples" / "models"))
CORPUS = ROOT / "scripts" / "corpus"  # the sentences the fixture models were trained on
ARCHIVES = sorted(MODELS.glob("*.argosmodel"))


def _pair(archive: Path) -> tuple[str, str]:
    source, target = archive.name.split("-")[1].split("_")
    return source, target


@pytest.fixture(scope="session")
def packages_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("argos-packages")
    for archive in ARCHIVES:
        with zipfile.ZipFile(archive) as zf:
            zf.extractall(root)
    return root


@pytest.fixture(scope="session")
def translator(packages_dir: Path) -> ArgosTranslator:
    return ArgosTranslator(packages_dir)


@pytest.fixture(scope="session")
def argos(packages_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """argostranslate.translate, reading our packages dir and splitting with our splitter."""
    home = tmp_path_factory.mktemp("argos-home")
    with pytest.MonkeyPatch.context() as mp:
        for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
            mp.setenv(var, str(home / var.lower()))
        mp.setenv("ARGOS_PACKAGES_DIR", str(packages_dir))
        if importlib.util.find_spec("stanza") is None:
            mp.setitem(sys.modules, "stanza", types.ModuleType("stanza"))
        from argostranslate import sbd, settings, translate

        mp.setattr(settings, "package_dirs", [packages_dir])
        for name in ("MiniSBDSentencizer", "StanzaSentencizer", "SpacySentencizerSmall"):
            mp.setattr(
                getattr(sbd, name),
                "split_sentences",
                lambda self, text: split_sentences(text, self.pkg.from_code),
            )
        translate.installed_translates.clear()
        translate.get_installed_languages.cache_clear()
        yield translate
        translate.installed_translates.clear()
        translate.get_installed_languages.cache_clear()


def _story(source: str, target: str, per_paragraph: int, rows: int = 12) -> str:
    """Paragraphs of ``per_paragraph`` training sentences each, with blank lines between."""
    lines = (CORPUS / f"{source}-{target}.tsv").read_text(encoding="utf-8").splitlines()
    sentences = [line.split("\t")[0].strip() for line in lines if "\t" in line][:rows]
    return "\n\n".join(
        " ".join(sentences[i : i + per_paragraph]) for i in range(0, len(sentences), per_paragraph)
    )


def _paragraphs(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n") if line.strip()]


@pytest.mark.parametrize("per_paragraph", [1, 3], ids=["one-sentence", "three-sentences"])
@pytest.mark.parametrize("archive", ARCHIVES, ids=[a.stem for a in ARCHIVES])
def test_same_output_as_argostranslate(
    per_paragraph: int, archive: Path, argos: Any, translator: ArgosTranslator
) -> None:
    source, target = _pair(archive)
    text = _story(source, target, per_paragraph)
    expected = argos.translate(text, source, target)
    ours = TranslationEngine(translator, pivot=None).translate(text, source, target)
    assert ours.route == (source, target)
    assert _paragraphs(ours.text) == _paragraphs(expected)


def test_reports_package_identity(translator: ArgosTranslator) -> None:
    source, target = _pair(ARCHIVES[0])
    (identity,) = translator.model_ids(source, target)
    assert identity.startswith(f"argos:{source}-{target}@")


def test_missing_pair(translator: ArgosTranslator) -> None:
    with pytest.raises(MissingModelError, match="polyglot-news models install xx yy"):
        translator.translate_batch(["a"], "xx", "yy")


def test_empty_inputs(translator: ArgosTranslator) -> None:
    source, target = _pair(ARCHIVES[0])
    assert translator.translate_batch([], source, target) == []
    assert translator.translate_batch([""], source, target) == [""]


def test_pickles_without_loaded_models(translator: ArgosTranslator) -> None:
    source, target = _pair(ARCHIVES[0])
    first = translator.translate_batch(["Test."], source, target)
    clone = pickle.loads(pickle.dumps(translator))
    assert isinstance(clone, Translator)
    assert clone._models == {}
    assert clone.translate_batch(["Test."], source, target) == first


def test_extra_package_file_used_without_installing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("POLYGLOT_NEWS_CACHE_DIR", str(tmp_path / "cache"))
    empty = tmp_path / "installed"
    empty.mkdir()
    source, target = _pair(ARCHIVES[0])
    translator = ArgosTranslator(empty, extra_packages=[ARCHIVES[0]])
    assert translator.translate_batch(["Test."], source, target)[0] != ""
    assert list(empty.iterdir()) == []


def test_broken_model_is_a_model_load_error(packages_dir: Path, tmp_path: Path) -> None:
    source, target = _pair(ARCHIVES[0])
    broken = tmp_path / "broken"
    original = next(
        p for p in packages_dir.iterdir() if p.name.startswith(f"translate-{source}_{target}")
    )
    (broken / "model").mkdir(parents=True)
    (broken / "metadata.json").write_bytes((original / "metadata.json").read_bytes())
    (broken / "sentencepiece.model").write_bytes((original / "sentencepiece.model").read_bytes())
    (broken / "model" / "model.bin").write_bytes(b"garbage")
    translator = ArgosTranslator(tmp_path / "none", extra_packages=[broken])
    with pytest.raises(ModelLoadError, match="reinstall"):
        translator.translate_batch(["Test."], source, target)


def _have(source: str, target: str) -> bool:
    return any(_pair(a) == (source, target) for a in ARCHIVES)


def test_pivot_through_english(translator: ArgosTranslator) -> None:
    assert _have("ko", "en") and _have("en", "ru")
    text = _story("ko", "en", 1, rows=2)
    result = TranslationEngine(translator).translate(text, "ko", "ru")
    assert result.route == ("ko", "en", "ru")
    english = TranslationEngine(translator).translate(text, "ko", "en").text
    assert result.text == TranslationEngine(translator).translate(english, "en", "ru").text
    assert len(result.packages) == 2
