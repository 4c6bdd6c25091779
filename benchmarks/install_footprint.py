"""What a new user pays to install polyglot_news, side by side in fresh virtual environments.

For two source trees ("before", a git ref, and "after", another ref or the working tree) this
script creates a fresh virtual environment each, runs the README's quick-start line in it
(``pip install . && polyglot-news compare examples/kursk-2025 ...``, read from that tree's
README.md so the two cannot drift apart) and records:

* install: wall time of ``pip install .`` (pip's cache off, so every wheel is copied or built as on
  a fresh machine; the package index is whatever ``pip config list`` names, here a local mirror);
* size: bytes under the virtual environment afterwards (``du``-like, files counted once), and the
  largest distributions;
* heavy: which of torch, stanza, spacy, triton and nvidia-* ``pip list`` shows;
* import: ``python -c "import polyglot_news"`` in a fresh process, median of ``--repeat``;
* help: ``polyglot-news --help`` in a fresh process, median of ``--repeat``;
* first compare: the README's compare command with an empty translation cache, median of
  ``--repeat`` first runs (each with its own empty cache).

The installs run one after the other; every timing after them alternates between the two
environments run by run, so load from other processes on a shared machine falls on both alike.
The figures go to ``--json``. The environments are deleted afterwards unless ``--keep``. A
"before" of 0.1.0 downloads torch and CUDA libraries: check ``df -h`` first (7 GB free).

    python benchmarks/install_footprint.py --before 60ae620 --json install.json
    python benchmarks/install_footprint.py --after HEAD     # one tree alone
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


def _pip_list(python: Path, env: dict[str, str]) -> list[dict[str, str]]:
    out = subprocess.run(
        [str(python), "-m", "pip", "list", "--format=json"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return list(json.loads(out))


class Venv:
    """A fresh virtual environment with one source tree installed by the README's quick start."""

    def __init__(self, src: Path, work: Path) -> None:
        match = QUICK_START.search((src / "README.md").read_text(encoding="utf-8"))
        if match is None:
            sys.exit(f"{src / 'README.md'}: no line 'pip install . && polyglot-news compare ...'")
        self.src, self.work, self.compare_cmd = src, work, shlex.split(match.group(1))
        self.path = work / "venv"
        self.bin = self.path / "bin"
        env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
        env |= {"PATH": f"{self.bin}{os.pathsep}{env['PATH']}", "VIRTUAL_ENV": str(self.path)}
        self.env = env | {"PIP_NO_CACHE_DIR": "1"}
        self.outside = work / "elsewhere"  # so ``import polyglot_news`` finds the installed copy
        self.outside.mkdir(parents=True)
        self.runs = 0

    def install(self) -> dict[str, Any]:
        """Create, install, and the figures that do not need repeating."""
        subprocess.run([sys.executable, "-m", "venv", str(self.path)], check=True)
        seconds = _timed([str(self.bin / "pip"), "install", "-q", "."], self.src, self.env)
        packages = _pip_list(self.bin / "python", self.env)
        return {
            "install_s": seconds,
            "venv_bytes": _tree_bytes(self.path),
            "distributions": len(packages),
            "heavy": sorted(p["name"] for p in packages if HEAVY.match(p["name"])),
            "largest_mb": _largest(self.path, 8),
        }

    def time_import(self) -> float:
        return _timed(
            [str(self.bin / "python"), "-c", "import polyglot_news"], self.outside, self.env
        )

    def time_help(self) -> float:
        return _timed([str(self.bin / "polyglot-news"), "--help"], self.outside, self.env)

    def time_first_compare(self) -> float:
        self.runs += 1
        env = self.env | {"POLYGLOT_NEWS_CACHE_DIR": str(self.work / f"cache-{self.runs}")}
        return _timed(self.compare_cmd, self.src, env)


def _largest(venv: Path, count: int) -> dict[str, float]:
    """The ``count`` largest top-level entries of site-packages, in MB."""
    (site,) = venv.glob("lib/python*/site-packages")
    sizes = {
        entry.name: _tree_bytes(entry) if entry.is_dir() else entry.stat().st_size
        for entry in site.iterdir()
    }
    top = sorted(sizes.items(), key=lambda item: -item[1])[:count]
    return {name: round(size / 2**20, 1) for name, size in top}


TIMINGS = ("import_s", "help_s", "first_compare_s")


def measure(venvs: dict[str, Venv], repeat: int) -> dict[str, dict[str, Any]]:
    """Install each, then time them alternately; median of ``repeat`` runs per timing."""
    figures = {name: venv.install() for name, venv in venvs.items()}
    samples: dict[str, dict[str, list[float]]] = {n: {k: [] for k in TIMINGS} for n in venvs}
    for venv in venvs.values():  # one unmeasured run each: bytecode compiled, files in memory
        venv.time_import()
        venv.time_help()
    for _ in range(repeat):
        for name, venv in venvs.items():
            samples[name]["import_s"].append(venv.time_import())
            samples[name]["help_s"].append(venv.time_help())
            samples[name]["first_compare_s"].append(venv.time_first_compare())
    for name in venvs:
        figures[name] |= {k: statistics.median(v) for k, v in samples[name].items()}
        figures[name]["python"] = sys.version.split()[0]
    return figures


ROWS = (
    ("virtual environment size", "venv_bytes", lambda v: f"{v / 2**20:,.0f} MB"),
    ("distributions installed", "distributions", lambda v: f"{v}"),
    ("install time (`pip install .`)", "install_s", lambda v: f"{v:.1f} s"),
    ("`import polyglot_news`", "import_s", lambda v: f"{v:.2f} s"),
    ("`polyglot-news --help`", "help_s", lambda v: f"{v:.2f} s"),
    ("first `compare` of the example", "first_compare_s", lambda v: f"{v:.2f} s"),
)


def table(figures: dict[str, dict[str, Any]]) -> str:
    """A Markdown table, one row per figure, one column per tree, and after/before when both."""
    names = list(figures)
    both = names == ["before", "after"]
    head = "| figure | " + " | ".join(f"{n} ({figures[n]['ref']})" for n in names)
    lines = [head + (" | after / before |" if both else " |")]
    lines.append("| --- |" + " ---: |" * (len(names) + both))
    for label, key, fmt in ROWS:
        cells = " | ".join(fmt(figures[n][key]) for n in names)
        ratio = f" | {figures['after'][key] / figures['before'][key]:.2f}" if both else ""
        lines.append(f"| {label} | {cells}{ratio} |")
    lines.append("")
    for name in names:
        found = ", ".join(figures[name]["heavy"]) or "none"
        lines.append(f"- heavy distributions {name} ({HEAVY_NAMES}): {found}")
        largest = ", ".join(f"{k} {v:,.0f}" for k, v in figures[name]["largest_mb"].items())
        lines.append(f"- largest in site-packages {name} (MB): {largest}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", help="git ref of the 'before' tree (default: none)")
    parser.add_argument("--after", help="git ref of the 'after' tree (default: the working tree)")
    parser.add_argument("--json", type=Path, help="write the figures here")
    parser.add_argument("--repeat", type=int, default=5, help="runs per timing")
    parser.add_argument("--keep", action="store_true", help="keep the virtual environments")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="polyglot-news-install-"))
    refs = {"before": args.before} if args.before else {}
    refs["after"] = args.after
    try:
        venvs = {
            name: Venv(_source_tree(ref, work / name / "src"), work / name)
            for name, ref in refs.items()
        }
        figures = measure(venvs, args.repeat)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    for name, ref in refs.items():
        figures[name]["ref"] = ref or "working tree"
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    print(table(figures))
    if args.keep:
        print(f"\nkept: {work}")


if __name__ == "__main__":
    main()
