"""Time loading the example story: cold (first call, lazy imports included) and warm, per file.

Run: python benchmarks/bench_sources.py [DIRECTORY] [--repeat N]
Prints seconds per file and the warm load time as a ratio of merely reading the bytes, all
measured side by side in this one run, so figures from different machines stay comparable.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

DEFAULT_DIR = Path(__file__).resolve().parents[1] / "examples" / "kursk-2025"


def _median_seconds(func, repeat: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory", nargs="?", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()

    start = time.perf_counter()
    from polyglot_news.sources import load_versions

    versions, failures = load_versions([args.directory])
    cold = time.perf_counter() - start
    files = sorted({Path(v.path) for v in versions})
    print(f"{len(files)} files, {len(versions)} versions, {len(failures)} failures")
    print(f"cold load (imports + first call): {cold:.3f} s")

    warm = _median_seconds(lambda: load_versions([args.directory]), args.repeat)
    raw = _median_seconds(lambda: [f.read_bytes() for f in files], args.repeat)
    print(f"warm load of the directory:       {warm * 1000:.1f} ms (median of {args.repeat})")
    print(f"reading the bytes only:           {raw * 1000:.2f} ms")
    print(f"ratio load / read:                {warm / raw:.0f}x")
    for path in files:
        seconds = _median_seconds(lambda p=path: load_versions([p]), args.repeat)
        print(f"  {path.name:<24} {seconds * 1000:7.1f} ms")


if __name__ == "__main__":
    main()
