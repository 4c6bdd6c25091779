"""Translation speed, measured side by side in one run: argostranslate vs our engine vs the floor.

On the Argos-sized benchmark package (``scripts/build_benchmark_model.py``) and the workload of
``benchmarks/workload.py`` (20 versions of a 20-sentence article sharing ~60% of sentences):

* argos default: ``argostranslate.translate.translate`` once per version, its default settings;
* argos tuned:   the same with ``ARGOS_INTRA_THREADS=1`` (argostranslate reads settings at import,
  so each argos configuration runs in its own subprocess);
* floor:         raw ``ctranslate2.Translator.translate_batch`` over the unique sentences, with our
  settings — what any implementation has to pay;
* ours cold:     ``TranslationEngine.translate_many`` over all versions with an empty cache;
* ours warm:     the same again, every sentence from the cache.

argostranslate's sentence splitters download models at first use, so both argos runs split with
``polyglot_news.segment`` (patched in). Model loading is left out of every timing.

    python benchmarks/translate_speed.py            # full run, writes docs/benchmarks.md
    python benchmarks/translate_speed.py --quick    # 5 versions, no docs
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from _docs import replace_section  # noqa: E402
from workload import make_workload  # noqa: E402

ARGOS_RUN = r"""
import json, sys, time
from argostranslate import sbd, settings, translate
from polyglot_news.segment import split_sentences
for name in ("MiniSBDSentencizer", "StanzaSentencizer", "SpacySentencizerSmall"):
    setattr(getattr(sbd, name), "split_sentences",
            lambda self, text: split_sentences(text, self.pkg.from_code))
source, target, versions = json.load(sys.stdin)
translate.translate("Warm up.", source, target)  # loads the model outside the timing
start = time.perf_counter()
outputs = [translate.translate(text, source, target) for text in versions]
json.dump({"seconds": time.perf_counter() - start, "outputs": outputs,
           "intra_threads": settings.intra_threads}, sys.stdout)
"""


def _argos(packages: Path, home: Path, versions: list[str], pair, intra: str | None) -> dict:
    env = {**os.environ, "ARGOS_PACKAGES_DIR": str(packages), "HOME": str(home)}
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        env[var] = str(home / var.lower())
    env.pop("ARGOS_INTRA_THREADS", None)
    if intra is not None:
        env["ARGOS_INTRA_THREADS"] = intra
    done = subprocess.run(
        [sys.executable, "-c", ARGOS_RUN],
        input=json.dumps([*pair, versions]),
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    return json.loads(done.stdout)


def _floor(translator, versions: list[str], pair) -> float:
    """Raw CTranslate2 over the unique sentences, with the engine's settings."""
    from polyglot_news.segment import split_sentences
    from polyglot_news.translate.argos import LENGTH_PENALTY

    pkg = translator.package(*pair)
    model, processor = translator._load(pkg)
    unique = list(dict.fromkeys(s for v in versions for s in split_sentences(v, pair[0])))
    tokens = processor.encode(unique, out_type=str)
    start = time.perf_counter()
    model.translate_batch(
        tokens,
        replace_unknowns=True,
        max_batch_size=translator.max_batch_tokens,
        batch_type="tokens",
        beam_size=translator.beam_size,
        length_penalty=LENGTH_PENALTY,
    )
    return time.perf_counter() - start


def _ours(packages: Path, cache: Path, versions: list[str], pair) -> tuple[float, float, list, Any]:
    from polyglot_news.translate.argos import ArgosTranslator
    from polyglot_news.translate.engine import TranslationEngine

    translator = ArgosTranslator(packages)
    translator.translate_batch(["Warm up."], *pair)  # load the model outside the timing
    items = [(text, pair[0]) for text in versions]
    start = time.perf_counter()
    cold = TranslationEngine(translator, cache=cache).translate_many(items, pair[1])
    cold_s = time.perf_counter() - start
    start = time.perf_counter()
    TranslationEngine(translator, cache=cache).translate_many(items, pair[1])
    warm_s = time.perf_counter() - start
    return cold_s, warm_s, cold, translator


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in text.split("\n") if p.strip()]


def run(package: Path, versions: list[str]) -> dict:
    """Measure everything once; return the figures."""
    name = package.name.split("-")[1]
    pair = tuple(name.split("_"))
    with tempfile.TemporaryDirectory(prefix="pn-bench-") as tmp:
        work = Path(tmp)
        packages = work / "packages"
        with zipfile.ZipFile(package) as zf:
            zf.extractall(packages)
        default = _argos(packages, work / "home", versions, pair, None)
        tuned = _argos(packages, work / "home", versions, pair, "1")
        cold, warm, results, translator = _ours(packages, work / "cache.sqlite3", versions, pair)
        floor = _floor(translator, versions, pair)
    pairs = list(zip([r.text for r in results], default["outputs"], strict=True))
    differ = sum(_paragraphs(ours) != _paragraphs(theirs) for ours, theirs in pairs)
    # argostranslate decodes a paragraph's sentences as one piece sequence, so a sentence whose
    # output starts without a word boundary is glued to the one before; we join with a space.
    differ_text = sum(_squeeze(ours) != _squeeze(theirs) for ours, theirs in pairs)
    return {
        "package": package.name,
        "versions": len(versions),
        "sentences": sum(len(_split(v, pair[0])) for v in versions),
        "unique": len({s for v in versions for s in _split(v, pair[0])}),
        "argos_default": default["seconds"],
        "argos_default_intra": default["intra_threads"],
        "argos_tuned": tuned["seconds"],
        "floor": floor,
        "ours_cold": cold,
        "ours_warm": warm,
        "differ": differ,
        "differ_ignoring_spaces": differ_text,
    }


def _squeeze(text: str) -> str:
    return "".join(text.split())


def _split(text: str, language: str) -> list[str]:
    from polyglot_news.segment import split_sentences

    return split_sentences(text, language)


def report(f: dict, command: str) -> str:
    """The figures as a Markdown section."""
    rows = [
        ("argostranslate, defaults (intra_threads=0)", f["argos_default"]),
        ("argostranslate, ARGOS_INTRA_THREADS=1", f["argos_tuned"]),
        ("floor: raw CTranslate2 over unique sentences", f["floor"]),
        ("polyglot_news engine, cold cache", f["ours_cold"]),
        ("polyglot_news engine, warm cache", f["ours_warm"]),
    ]
    ratios = [
        ("ours vs argos default", f["argos_default"] / f["ours_cold"], ">= 5x"),
        ("ours vs argos tuned", f["argos_tuned"] / f["ours_cold"], ">= 2x"),
        ("ours / floor", f["ours_cold"] / f["floor"], "<= 1.2x"),
        ("cold / warm", f["ours_cold"] / f["ours_warm"], ">= 50x"),
    ]
    lines = [
        "## Translation",
        "",
        f"`{command}` — package `{f['package']}`, {f['versions']} versions, "
        f"{f['sentences']} sentences ({f['unique']} unique), {os.cpu_count()} CPUs seen, "
        "measured side by side in one run (model loading excluded).",
        "",
        "| run | seconds |",
        "|---|---:|",
        *(f"| {label} | {seconds:.3f} |" for label, seconds in rows),
        "",
        "| ratio | measured | target |",
        "|---|---:|---|",
        *(f"| {label} | {value:.2f}x | {target} |" for label, value, target in ratios),
        "",
        f"Versions whose output differs from argostranslate's (default settings): "
        f"{f['differ']} of {f['versions']}; ignoring whitespace: "
        f"{f['differ_ignoring_spaces']} of {f['versions']} (argostranslate glues a sentence whose "
        "output starts without a word-boundary piece to the previous one; we join sentences with "
        "a space — with random weights that happens often, with trained models rarely).",
        "",
    ]
    return "\n".join(lines)


def write_docs(section: str, path: Path) -> None:
    """Replace the "## Translation" section of ``path`` (or append it), keeping the others."""
    replace_section("## Translation", section, path)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print (and record) its figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="5 versions; docs left alone")
    parser.add_argument("--package", type=Path, help="the .argosmodel to run")
    parser.add_argument("--docs", type=Path, default=ROOT / "docs" / "benchmarks.md")
    parser.add_argument("--no-docs", action="store_true", help="print only")
    args = parser.parse_args(argv)
    found = sorted((ROOT / "benchmarks" / "models").glob("*.argosmodel"))
    package = args.package or (found[0] if found else None)
    if package is None:
        print("no benchmark package: run python scripts/build_benchmark_model.py", file=sys.stderr)
        return 1
    versions = make_workload(seed=0)[: 5 if args.quick else None]
    figures = run(package, versions)
    command = "python benchmarks/translate_speed.py" + (" --quick" if args.quick else "")
    section = report(figures, command)
    print(section)
    print(json.dumps(figures))
    if not (args.quick or args.no_docs):
        write_docs(section, args.docs)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
