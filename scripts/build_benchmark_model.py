"""Build an Argos-sized benchmark package: Transformer-base with seeded random weights.

Translation speed depends on the architecture and the vocabulary, not on what the weights learnt,
so the benchmark uses a package shaped like a real Argos model: Transformer-base (Vaswani et al.
2017: 6+6 pre-norm layers, d_model 512, 8 heads, FFN 2048), int8 weights, and a shared ~32k-piece
SentencePiece unigram vocabulary (Kudo 2018) trained on real English, Russian, Ukrainian and
Korean text found offline on this machine (msgid/msgstr of the system's gettext catalogues).
Random weights stop at an arbitrary length, so the output-projection bias of the end-of-sentence
token is calibrated by bisection until beam-search outputs are about as long as their inputs on
typical news sentences (``benchmarks/workload.py``).

    python scripts/build_benchmark_model.py  # -> benchmarks/models/translate-en_ru-0_0.argosmodel
"""

from __future__ import annotations

import argparse
import gettext
import json
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import _argos_package as argos_package  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SEED = 20250428
VERSION = "0.0"
CATALOGUE_LANGUAGES = ("ru", "uk", "ko")


def catalogue_lines(limit_bytes: int) -> list[str]:
    """Real sentences from the gettext catalogues under /usr/share/locale, in a stable order."""
    lines: list[str] = []
    size = 0
    for language in CATALOGUE_LANGUAGES:
        for path in sorted(Path("/usr/share/locale", language, "LC_MESSAGES").glob("*.mo")):
            try:
                with path.open("rb") as handle:
                    catalog = gettext.GNUTranslations(handle)._catalog  # type: ignore[attr-defined]
            except (OSError, UnicodeDecodeError, ValueError):
                continue
            for key, value in sorted(catalog.items(), key=lambda kv: str(kv[0])):
                msgid = key[0] if isinstance(key, tuple) else key
                if not msgid:  # the catalogue header, not text
                    continue
                for text in (msgid, value):
                    for line in str(text).splitlines():
                        if len(line.split()) >= 3:
                            lines.append(line.strip())
                            size += len(line.encode())
            if size >= limit_bytes:
                return lines
    return lines


def train_vocabulary(work: Path, vocab_size: int, limit_bytes: int) -> Path:
    """Shared unigram SentencePiece model, same special ids as the fixture models."""
    text = work / "corpus.txt"
    lines = catalogue_lines(limit_bytes)
    random.Random(SEED).shuffle(lines)
    text.write_text("\n".join(lines) + "\n", encoding="utf-8")
    model = argos_package.train_sentencepiece(
        text, work, vocab_size, seed=SEED, coverage=0.9995, threads=2
    )
    print(f"vocabulary trained on {len(lines)} lines, {text.stat().st_size} bytes", flush=True)
    return model


def random_model(vocab_size: int):
    """Transformer-base with seeded random weights (torch's default initialisers)."""
    import torch
    from _ct2_build import Architecture, Seq2Seq

    torch.manual_seed(SEED)
    arch = Architecture(
        d_model=512,
        heads=8,
        ffn=2048,
        encoder_layers=6,
        decoder_layers=6,
        max_positions=512,
        dropout=0.0,
    )
    return Seq2Seq(vocab_size, arch).eval()


def save(model, vocabulary: list[str], eos_bias: float, out_dir: Path) -> Path:
    """Export with the given end-of-sentence bias, int8."""
    import torch
    from _ct2_build import EOS, to_spec

    with torch.no_grad():
        model.out_bias[EOS] = eos_bias
    spec = to_spec(model, vocabulary)
    spec.validate()
    spec.optimize(quantization="int8")
    out_dir.mkdir(parents=True, exist_ok=True)
    spec.save(str(out_dir))
    return out_dir


def length_ratio(model_dir: Path, sp_model: Path, sentences: list[str]) -> float:
    """Output tokens / input tokens under argostranslate's decoding settings."""
    import ctranslate2
    import sentencepiece as spm

    sp = spm.SentencePieceProcessor(model_file=str(sp_model))
    translator = ctranslate2.Translator(str(model_dir), intra_threads=2)
    pieces = [sp.encode(s, out_type=str) for s in sentences]
    results = translator.translate_batch(
        pieces,
        beam_size=4,
        length_penalty=0.2,
        replace_unknowns=True,
        max_batch_size=1024,
        batch_type="tokens",
        max_decoding_length=256,
    )
    produced = sum(len(r.hypotheses[0]) for r in results)
    return produced / sum(len(p) for p in pieces)


def calibrate(model, vocabulary, sp_model: Path, work: Path, steps: int) -> tuple[float, float]:
    """Bisect the EOS bias so that outputs are about as long as inputs (ratio ~1)."""
    from workload import sentence_pool

    sentences = sentence_pool(0)[:24]
    low, high, best = -20.0, 40.0, (0.0, float("inf"))
    for _ in range(steps):
        bias = (low + high) / 2
        ratio = length_ratio(
            save(model, vocabulary, bias, work / "calibration"), sp_model, sentences
        )
        print(f"eos bias {bias:+.3f}: length ratio {ratio:.2f}", flush=True)
        if abs(ratio - 1.0) < abs(best[1] - 1.0):
            best = (bias, ratio)
        low, high = (bias, high) if ratio > 1.0 else (low, bias)
    return best


def main(argv: list[str] | None = None) -> int:
    """Build the benchmark package into benchmarks/models/."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "models")
    parser.add_argument("--vocab-size", type=int, default=32000)
    parser.add_argument("--text-bytes", type=int, default=12_000_000)
    parser.add_argument("--calibration-steps", type=int, default=10)
    args = parser.parse_args(argv)
    import sentencepiece as spm

    start = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="benchmark-model-") as tmp:
        work = Path(tmp)
        sp_model = train_vocabulary(work, args.vocab_size, args.text_bytes)
        sp = spm.SentencePieceProcessor(model_file=str(sp_model))
        vocabulary = [sp.id_to_piece(i) for i in range(sp.get_piece_size())]
        model = random_model(len(vocabulary))
        bias, ratio = calibrate(model, vocabulary, sp_model, work, args.calibration_steps)
        model_dir = save(model, vocabulary, bias, work / "model")
        figures = {
            "vocab_size": len(vocabulary),
            "eos_bias": round(bias, 3),
            "length_ratio": round(ratio, 3),
            "seconds": round(time.monotonic() - start, 1),
        }
        readme = (
            "# polyglot-news benchmark model\n\nTransformer-base (6+6 layers, d_model 512, "
            "8 heads, FFN 2048, int8) with seeded RANDOM weights: it produces nonsense at "
            "the speed of a real Argos model. Built by scripts/build_benchmark_model.py.\n\n"
            f"{json.dumps(figures)}\n"
        )
        meta = argos_package.metadata("en", "ru", VERSION, "benchmark (random weights)")
        out = args.out / f"{argos_package.package_stem('en', 'ru', VERSION)}.argosmodel"
        argos_package.write_package(out, meta, model_dir, sp_model, readme)
    figures["bytes"] = out.stat().st_size
    print(json.dumps({str(out): figures}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
