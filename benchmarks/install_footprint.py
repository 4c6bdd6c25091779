"""What a new user pays to install polyglot_news, measured in fresh virtual environments.

For each source tree (a git ref, or the working tree) this script creates a fresh virtual
environment, runs the README's quick-start line in it (``pip install . && polyglot-news compare
examples/kursk-2025 ...``, read from README.md so the two cannot drift apart) and records:

* install: wall time of ``pip install .`` (pip's cache off, so every wheel is copied or built as on
  a fresh machine; the package index is whatever ``pip config list`` names, here a local mirror);
* size: bytes under the virtual environment afterwards (``du``-like, files counted once);
* heavy: which of torch, stanza, spacy, triton and nvidia-* ``pip list`` shows;
* import: ``python -c "import polyglot_news"``, median of ``--repeat`` fresh processes;
* help: ``polyglot-news --help``, median of ``--repeat`` fresh processes;
* first compare: the README's compare command once, with an empty translation cache.

Every figure is written to ``--json`` so a "before" run from an old commit and an "after" run can
be printed side by side with ratios (``--against before.json``). Each virtual environment is
deleted afterwards unless ``--keep``. A "before" of 0.1.0 downloads torch and CUDA libraries:
check ``df -h`` first (about 7 GB free is needed).

    python benchmarks/install_footprint.py --ref 60ae620 --json /tmp/before.json
    python benchmarks/install_footprint.py --json /tmp/after.json --against /tmp/before.json
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
HEAVY = re.compile(r"^(torch|stanza|spacy|triton|nvidia-.*)$", re.IGNORECASE)
HEAVY_NAMES = "torch, stanza, spacy, triton, nvidia-*"
QUICK_START = re.compile(r"^pip install \. && (polyglot-news compare .*)$", re.MULTILINE)


def _source_tree(ref: str | None, into: Path) -> Path:
    """The tree to install: ``git archive`` of ``ref`` into ``into``, or the working tree."""
    if ref is None:
        return ROOT
    into.mkdir(parents=True)
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", "--format=tar", ref],
        capture_output=True,
        check=True,
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive, check=True)
    return into


def _tree_bytes(path: Path) -> int:
    """Bytes of every regular file under ``path``, each inode counted once (like ``du -b``)."""
    seen: set[tuple[int, int]] = set()
    total = 0
    for folder, _dirs, files in os.walk(path):
        for name in files:
            st = os.lstat(os.path.join(folder, name))
            if (st.st_dev, st.st_ino) not in seen:
                seen.add((st.st_dev, st.st_ino))
                total += st.st_size
    return total


def _timed(cmd: list[str], cwd: Path, env: dict[str, str]) -> float:
    """Seconds one command takes; a failure stops the benchmark with its output."""
    start = time.perf_counter()
    done = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"{shlex.join(cmd)} failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
    return seconds


def _median_time(cmd: list[str], cwd: Path, env: dict[str, str], repeat: int) -> float:
    _timed(cmd, cwd, env)  # one unmeasured run: the bytecode is compiled, the files are in memory
    return statistics.median(_timed(cmd, cwd, env) for _ in range(repeat))


def _pip_list(python: Path, env: dict[str, str]) -> list[dict[str, str]]:
    out = subprocess.run(
        [str(python), "-m", "pip", "list", "--format=json"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return list(json.loads(out))


def measure(src: Path, work: Path, repeat: int) -> dict[str, Any]:
    """Every figure for one source tree, in a fresh virtual environment under ``work``."""
    match = QUICK_START.search((src / "README.md").read_text(encoding="utf-8"))
    if match is None:
        sys.exit(f"{src / 'README.md'}: no quick-start line 'pip install . && polyglot-news ...'")
    venv = work / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    bin_dir = venv / "bin"
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env |= {"PATH": f"{bin_dir}{os.pathsep}{env['PATH']}", "VIRTUAL_ENV": str(venv)}
    env |= {"PIP_NO_CACHE_DIR": "1", "POLYGLOT_NEWS_CACHE_DIR": str(work / "cache")}
    empty = _tree_bytes(venv)
    install = _timed([str(bin_dir / "pip"), "install", "-q", "."], src, env)
    packages = _pip_list(bin_dir / "python", env)
    outside = work / "elsewhere"  # so ``import polyglot_news`` finds the installed copy
    outside.mkdir()
    compare = _timed(shlex.split(match.group(1)), src, env)
    return {
        "install_s": install,
        "venv_bytes": _tree_bytes(venv),
        "empty_venv_bytes": empty,
        "distributions": len(packages),
        "heavy": sorted(p["name"] for p in packages if HEAVY.match(p["name"])),
        "import_s": _median_time(
            [str(bin_dir / "python"), "-c", "import polyglot_news"], outside, env, repeat
        ),
        "help_s": _median_time([str(bin_dir / "polyglot-news"), "--help"], outside, env, repeat),
        "first_compare_s": compare,
        "python": sys.version.split()[0],
    }


ROWS = (
    ("virtual environment size", "venv_bytes", lambda v: f"{v / 2**20:,.0f} MB"),
    ("distributions installed", "distributions", lambda v: f"{v}"),
    ("install time (`pip install .`)", "install_s", lambda v: f"{v:.1f} s"),
    ("`import polyglot_news`", "import_s", lambda v: f"{v:.2f} s"),
    ("`polyglot-news --help`", "help_s", lambda v: f"{v:.2f} s"),
    ("first `compare` of the example", "first_compare_s", lambda v: f"{v:.1f} s"),
)


def table(before: dict[str, Any] | None, after: dict[str, Any]) -> str:
    """A Markdown table, one row per figure; with ``before``, side by side with the ratio."""
    if before is None:
        lines = ["| figure | value |", "| --- | ---: |"]
        lines += [f"| {label} | {fmt(after[key])} |" for label, key, fmt in ROWS]
    else:
        lines = ["| figure | before | after | after / before |", "| --- | ---: | ---: | ---: |"]
        for label, key, fmt in ROWS:
            ratio = after[key] / before[key] if before[key] else float("nan")
            lines.append(f"| {label} | {fmt(before[key])} | {fmt(after[key])} | {ratio:.2f} |")
    runs = [("before", before), ("after", after)] if before else [("now", after)]
    lines.append("")
    for name, figures in runs:
        found = ", ".join(figures["heavy"]) if figures and figures["heavy"] else "none"
        lines.append(f"Heavy distributions {name} ({HEAVY_NAMES}): {found}.")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ref", help="git ref to measure (default: the working tree)")
    parser.add_argument("--json", type=Path, help="write the figures here")
    parser.add_argument("--against", type=Path, help="figures of a 'before' run to compare with")
    parser.add_argument("--repeat", type=int, default=5, help="runs per startup timing")
    parser.add_argument("--keep", action="store_true", help="keep the virtual environment")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="polyglot-news-install-"))
    try:
        figures = measure(_source_tree(args.ref, work / "src"), work, args.repeat)
        figures["ref"] = args.ref or "working tree"
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    before = json.loads(args.against.read_text(encoding="utf-8")) if args.against else None
    print(table(before, figures))
    if args.keep:
        print(f"\nkept: {work / 'venv'}")


if __name__ == "__main__":
    main()
