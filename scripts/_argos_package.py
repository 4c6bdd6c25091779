"""Write Argos Translate packages (``.argosmodel`` zips) reproducibly, and run them as Argos does.

An Argos package is a zip of one top folder holding ``metadata.json`` (the fields
``argostranslate.package.Package.load_metadata_from_json`` reads), a CTranslate2 model directory
``model/``, ``sentencepiece.model`` and a ``README.md``. Entries are written in sorted order with a
fixed timestamp so the same inputs give the same bytes, and the zip is renamed into place so readers
never see half a file. ``ArgosRunner`` tokenizes, translates and detokenizes with the exact settings
of ``argostranslate.translate.apply_packaged_translation`` (beam 4, length penalty 0.2,
``replace_unknowns``, batch type ``tokens``).
"""

from __future__ import annotations

import json
import os
import zipfile
from pathlib import Path

LANGUAGE_NAMES = {"en": "English", "ru": "Russian", "uk": "Ukrainian", "ko": "Korean"}
FIXED_TIME = (2025, 4, 28, 0, 0, 0)


def package_stem(source: str, target: str, version: str) -> str:
    """Argos' file naming: translate-ru_en-0_1."""
    return f"translate-{source}_{target}-{version.replace('.', '_')}"


def metadata(source: str, target: str, version: str, description: str) -> dict[str, object]:
    """metadata.json content with every field argostranslate's Package reads."""
    return {
        "package_name": f"polyglot-news {source}-{target} {description}",
        "code": f"translate-{source}_{target}",
        "type": "translate",
        "package_version": version,
        "argos_version": "1.9.0",
        "from_code": source,
        "from_name": LANGUAGE_NAMES.get(source, source),
        "to_code": target,
        "to_name": LANGUAGE_NAMES.get(target, target),
        "languages": [],
        "dependencies": [],
        "source_languages": [],
        "target_languages": [],
        "target_prefix": "",
        "links": [],
        "license": "MIT",
    }


def write_package(
    out_zip: Path, meta: dict[str, object], model_dir: Path, sp_model: Path, readme: str
) -> Path:
    """Zip model_dir + sp_model + metadata + README under one top folder, atomically."""
    top = out_zip.stem
    files: list[tuple[str, bytes]] = [
        (f"{top}/metadata.json", (json.dumps(meta, indent=2, ensure_ascii=False) + "\n").encode()),
        (f"{top}/README.md", readme.encode("utf-8")),
        (f"{top}/sentencepiece.model", sp_model.read_bytes()),
    ]
    files += [(f"{top}/model/{p.name}", p.read_bytes()) for p in sorted(model_dir.iterdir())]
    out_zip.parent.mkdir(parents=True, exist_ok=True)
    tmp = out_zip.with_name(out_zip.name + ".tmp")
    with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for directory in (f"{top}/", f"{top}/model/"):
            zf.writestr(zipfile.ZipInfo(directory, FIXED_TIME), b"")
        for name, data in sorted(files):
            info = zipfile.ZipInfo(name, FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, data)
    os.replace(tmp, out_zip)
    return out_zip


class ArgosRunner:
    """CTranslate2 + SentencePiece with argostranslate's decoding settings."""

    def __init__(
        self, model_dir: Path, sp_model: Path, threads: int = 1, compute_type: str = "default"
    ) -> None:
        import ctranslate2
        import sentencepiece as spm

        self.sp = spm.SentencePieceProcessor(model_file=str(sp_model))
        self.translator = ctranslate2.Translator(
            str(model_dir),
            device="cpu",
            inter_threads=1,
            intra_threads=threads,
            compute_type=compute_type,
        )

    def translate(self, sentences: list[str], max_batch_tokens: int = 32) -> list[str]:
        """Translate sentences one hypothesis each, decoding like argostranslate's tokenizer.

        ``max_batch_tokens`` 32 is argostranslate's batching; polyglot_news batches far more.
        """
        pieces = [self.sp.encode(s, out_type=str) for s in sentences]
        results = self.translator.translate_batch(
            pieces,
            replace_unknowns=True,
            max_batch_size=max_batch_tokens,
            batch_type="tokens",
            beam_size=4,
            num_hypotheses=1,
            length_penalty=0.2,
            return_scores=True,
        )
        return [
            self.sp.decode_pieces(r.hypotheses[0]).replace("\u2581", " ").replace("_", " ")
            for r in results
        ]


def train_sentencepiece(
    text: Path, work: Path, vocab_size: int, *, seed: int, coverage: float, threads: int
) -> Path:
    """Train a shared unigram SentencePiece model on ``text`` with the ids Argos models use."""
    import sentencepiece as spm

    spm.set_random_generator_seed(seed)
    spm.SentencePieceTrainer.train(
        input=str(text),
        model_prefix=str(work / "sentencepiece"),
        vocab_size=vocab_size,
        hard_vocab_limit=False,  # small corpora may yield slightly fewer pieces
        model_type="unigram",
        character_coverage=coverage,
        byte_fallback=True,
        unk_id=0,
        bos_id=1,
        eos_id=2,
        pad_id=3,
        num_threads=threads,
        minloglevel=2,
    )
    return work / "sentencepiece.model"
