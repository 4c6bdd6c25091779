"""The on-disk cache of compiled glossary matchers: a first run against a second, side by side.

Each run is a fresh process that finds names in a sentence in each of a story's languages
(default en, ru, uk, ko: the bundled example story's), so it compiles or reads the matchers
of those languages; a run with the cache off (``POLYGLOT_NEWS_MATCHER_CACHE=0``) compiles as
before the cache existed. Prints wall and CPU seconds, best of ``--repeat`` runs of each kind
(the cache folder is emptied before each first run).

    python benchmarks/matcher_cache.py [--languages en,ru,uk,ko] [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHILD = """
import json, time
t0, c0 = time.perf_counter(), time.process_time()
from polyglot_news.glossary import default_glossary
glossary = default_glossary()
for lang in {languages!r}:
    glossary.find("Kim Jong Un met Putin in Moscow.", lang)
print(json.dumps([time.perf_counter() - t0, time.process_time() - c0]))
"""


def run(languages: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall, CPU) seconds of one fresh process finding names in ``languages``."""
    out = subprocess.run(
        [sys.executable, "-c", CHILD.format(languages=languages)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    wall, cpu = json.loads(out.stdout.strip().splitlines()[-1])
    return wall, cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--languages", default="en,ru,uk,ko")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    languages = args.languages.split(",")
    folder = Path(tempfile.mkdtemp(prefix="matcher-cache-"))
    env = {**os.environ, "PYTHONPATH": str(ROOT), "POLYGLOT_NEWS_CACHE_DIR": str(folder)}
    results: dict[str, list[tuple[float, float]]] = {"off": [], "first": [], "second": []}
    try:
        for _ in range(args.repeat):
            results["off"].append(run(languages, {**env, "POLYGLOT_NEWS_MATCHER_CACHE": "0"}))
            shutil.rmtree(folder / "matchers", ignore_errors=True)
            results["first"].append(run(languages, env))
            results["second"].append(run(languages, env))
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print(f"matchers of {', '.join(languages)}, best of {args.repeat} fresh processes")
    print(f"{'run':<34}{'wall s':>8}{'CPU s':>8}")
    names = {
        "off": "cache off (compile)",
        "first": "first run (compile + store)",
        "second": "second run (read from cache)",
    }
    for kind, label in names.items():
        wall = min(w for w, _ in results[kind])
        cpu = min(c for _, c in results[kind])
        print(f"{label:<34}{wall:>8.2f}{cpu:>8.2f}")


if __name__ == "__main__":
    main()
