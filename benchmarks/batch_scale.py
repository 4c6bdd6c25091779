"""Corpus throughput with 1 and 2 workers, local processes and a Dask LocalCluster side by side.

Generates a corpus (``benchmarks/batch_corpus.py``: N stories of 2-3 versions in en, ru, uk,
ko), then runs ``run_batch`` on it with a cold translation cache and an empty output directory
for each executor and worker count, and prints:

* wall time (pool or cluster start included), stories per minute and sentences per second,
  and the same in steady state (from the first finished story to the last, so that start-up
  is left out), with the scaling ratio of 2 workers over 1;
* the peak resident memory of the client and of the whole process tree while it ran;
* the fixed costs a worker pays once — process start, imports, language profiles, loading
  each translation model — against the per-story time spent translating and in the rest of
  the pipeline, measured in a fresh process.

Models (``--models``): ``fixture`` (default), the project-built fixture packages in
``examples/models``, whose ~25 ms stories let the client's own per-story work compete with the
workers; ``argos-sized``, the Transformer-base benchmark package (en->ru, random weights,
``scripts/build_benchmark_model.py``, built into ``benchmarks/models`` on first use) on an
English-only corpus compared in pivot ``ru`` (``make_english_corpus``: 3 versions of 5
sentences a story), where stories cost what real translation costs. Each worker runs
CTranslate2 on 1 thread. Machine load changes every figure here: run it on an idle machine, and
read the load average printed with the results.

    python benchmarks/batch_scale.py [--models fixture|argos-sized] [--stories 120]
        [--workers 1 2] [--no-dask] [--write]
"""

from __future__ import annotations

import argparse
import importlib
import json
import multiprocessing
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch_corpus import write_corpus  # noqa: E402

from polyglot_news.batch import BatchProgress, BatchSettings, run_batch  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs" / "benchmarks.md"
SECTION = "## Corpus scale"
MODELS = tuple(str(p) for p in sorted((ROOT / "examples" / "models").glob("*.argosmodel")))
ARGOS_SIZED = ROOT / "benchmarks" / "models" / "translate-en_ru-0_0.argosmodel"
# --models choice -> (packages, pivot, English-only corpus, docs section, label in the report)
MODEL_SETS: dict[str, tuple[tuple[str, ...], str, bool, str, str]] = {
    "fixture": (MODELS, "en", False, SECTION, "fixture models"),
    "argos-sized": (
        (str(ARGOS_SIZED),),
        "ru",
        True,
        f"{SECTION}: Argos-sized model",
        "the Argos-sized en->ru benchmark package, English versions compared in pivot ru",
    ),
}


def argos_sized_package() -> Path:
    """The Argos-sized benchmark package, built first if ``benchmarks/models`` lacks it."""
    if not ARGOS_SIZED.exists():
        script = ROOT / "scripts" / "build_benchmark_model.py"
        subprocess.run([sys.executable, str(script)], check=True)
    return ARGOS_SIZED


class MemorySampler:
    """Samples the resident memory of this process and its descendants every 100 ms."""

    def __init__(self) -> None:
        import psutil

        self.process = psutil.Process()
        self.peak_tree = 0
        self.peak_client = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> MemorySampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        import psutil

        while not self._stop.wait(0.1):
            try:
                client = self.process.memory_info().rss
                total = client
                for child in self.process.children(recursive=True):
                    try:
                        total += child.memory_info().rss
                    except psutil.Error:
                        continue
            except psutil.Error:
                continue
            self.peak_client = max(self.peak_client, client)
            self.peak_tree = max(self.peak_tree, total)


def run_once(
    corpus: Path, work: Path, workers: int, dask: bool, models: str = "fixture"
) -> dict[str, Any]:
    """One cold run: fresh output directory and cache. Returns its figures."""
    work.mkdir(parents=True)
    packages, pivot = MODEL_SETS[models][:2]
    settings = BatchSettings(models=packages, pivot=pivot, cache=str(work / "cache.sqlite3"))
    finished: list[float] = []
    start, client_cpu = time.perf_counter(), time.process_time()

    def progress(_: BatchProgress) -> None:
        finished.append(time.perf_counter() - start)

    with MemorySampler() as memory:
        result = run_batch(
            [corpus],
            work / "out",
            settings=settings,
            workers=None if dask else workers,
            dask=f"local:{workers}" if dask else None,
            progress=progress,
        )
    wall = time.perf_counter() - start
    client_cpu = time.process_time() - client_cpu
    steady = finished[-1] - finished[0] if len(finished) > 1 else wall
    statuses = (work / "out" / "stories").glob("*/status.json")
    timings = [json.loads(p.read_text())["timing"] for p in statuses]
    return {
        "executor": "Dask LocalCluster" if dask else "local processes",
        "workers": workers,
        "stories": result.compared,
        "failed": result.failed,
        "sentences": result.sentences,
        "translated": result.translated,
        "wall": wall,
        "stories_per_min": 60 * result.compared / wall,
        "sentences_per_s": result.sentences / wall,
        "steady_stories_per_min": 60 * (len(finished) - 1) / steady,
        "steady_sentences_per_s": result.sentences * (len(finished) - 1) / len(finished) / steady,
        "story_seconds": statistics.mean(t["seconds"] for t in timings),
        "translate_seconds": statistics.mean(t["translate_seconds"] for t in timings),
        "worker_cpu": statistics.mean(t["cpu_seconds"] for t in timings),
        "client_cpu": client_cpu / max(result.compared, 1),
        "peak_client_mib": memory.peak_client / 2**20,
        "peak_tree_mib": memory.peak_tree / 2**20,
    }


def _spin(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i % 7
    return total


def machine_ceiling(workers: int = 2, n: int = 3_000_000) -> float:
    """How much faster ``workers`` processes do pure-Python CPU work than one, right now.

    The same fixed loop, ``workers`` times, in 1 process and in ``workers`` processes: on
    idle cores the ratio is ``workers``; what other users of the machine take shows here, and
    bounds every scaling ratio measured in the same minute.
    """
    context = multiprocessing.get_context("forkserver")
    with ProcessPoolExecutor(workers, mp_context=context) as pool:
        list(pool.map(_spin, [1000] * workers))  # start the processes first
        start = time.perf_counter()
        for _ in range(workers):
            pool.submit(_spin, n).result()
        serial = time.perf_counter() - start
        start = time.perf_counter()
        list(pool.map(_spin, [n] * workers))
        parallel = time.perf_counter() - start
    return serial / parallel


def fixed_costs(models: str = "fixture") -> dict[str, float]:
    """What a worker pays once, measured in a freshly spawned interpreter."""
    context = multiprocessing.get_context("spawn")
    start = time.perf_counter()
    with ProcessPoolExecutor(1, mp_context=context) as pool:
        pool.submit(os.getpid).result()
        started = time.perf_counter() - start
        costs = pool.submit(_cold_costs, *MODEL_SETS[models][:2]).result()
    return {"process start (spawn: interpreter, no imports)": started, **costs}


def _cold_costs(packages: tuple[str, ...], pivot: str) -> dict[str, float]:
    def timed(action: Callable[[], object]) -> float:
        begin = time.perf_counter()
        action()
        return time.perf_counter() - begin

    costs: dict[str, float] = {}
    modules = ("polyglot_news.pipeline", "polyglot_news.report", "ctranslate2", "trafilatura")
    costs["imports (pipeline, report, ctranslate2, trafilatura)"] = timed(
        lambda: [importlib.import_module(name) for name in modules]
    )
    from polyglot_news.batch.settings import worker_tools

    settings = BatchSettings(models=packages, pivot=pivot, cache=None)
    costs["settings: glossary, model list"] = timed(lambda: settings.resolved())
    settings = settings.resolved()
    costs["detector, engine"] = timed(lambda: worker_tools(settings))
    tools = worker_tools(settings)
    samples = {
        "ru": "Городской совет проголосовал во вторник.",
        "uk": "Міська рада ухвалила рішення у вівторок.",
        "ko": "중앙은행은 금요일 기준금리를 동결했다.",
        "en": "The city council voted on Tuesday.",
    }
    costs["language profiles (4 languages)"] = timed(
        lambda: [tools.detector(text) for text in samples.values()]
    )
    translator = settings.make_translator()
    for source, target in sorted(translator.packages()):
        text = samples.get(source, "x")
        first = timed(lambda: translator.translate_batch([text], source, target))  # noqa: B023
        again = timed(lambda: translator.translate_batch([text], source, target))  # noqa: B023
        costs[f"model load {source}->{target}"] = max(first - again, 0.0)
    return costs


def _table(results: list[dict[str, Any]]) -> list[str]:
    lines = [
        "| executor | workers | wall s | stories/min | sentences/s | steady stories/min "
        "| steady sentences/s | x vs 1 worker (wall / steady) | peak RSS client / all MiB |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    base: dict[str, dict[str, Any]] = {}
    for r in results:
        one = base.setdefault(r["executor"], r) if r["workers"] == 1 else base.get(r["executor"])
        ratio = "1.00 / 1.00"
        if one is not None and one is not r:
            ratio = (
                f"{r['stories_per_min'] / one['stories_per_min']:.2f} / "
                f"{r['steady_stories_per_min'] / one['steady_stories_per_min']:.2f}"
            )
        lines.append(
            f"| {r['executor']} | {r['workers']} | {r['wall']:.1f} | {r['stories_per_min']:.0f} "
            f"| {r['sentences_per_s']:.1f} | {r['steady_stories_per_min']:.0f} "
            f"| {r['steady_sentences_per_s']:.1f} | {ratio} "
            f"| {r['peak_client_mib']:.0f} / {r['peak_tree_mib']:.0f} |"
        )
    return lines


def _report(
    results: list[dict[str, Any]],
    costs: dict[str, float],
    stories: int,
    ceiling: tuple[float, float],
    models: str = "fixture",
    load: tuple[float, float, float] | None = None,
) -> list[str]:
    """The docs section; ``load`` is the load average taken before the runs (else now)."""
    load = load or os.getloadavg()
    after = os.getloadavg()
    first = results[0]
    lines = [
        f"`python benchmarks/batch_scale.py --models {models} --stories {stories}`: {stories} "
        f"generated stories ({first['sentences']} sentences, {first['translated']} sent to a "
        f"model with a cold cache), {MODEL_SETS[models][4]}, {os.cpu_count()} CPUs, "
        "load average before the run "
        f"{load[0]:.2f} / {load[1]:.2f} / {load[2]:.2f} (after: {after[0]:.2f} / {after[1]:.2f} "
        f"/ {after[2]:.2f}).",
        "",
        *_table(results),
        "",
        f"Machine ceiling in the same minute (the same CPU-bound loop in 2 processes vs 1, "
        f"before / after the runs): {ceiling[0]:.2f}x / {ceiling[1]:.2f}x.",
        "",
        "Fixed costs, paid once per worker (a freshly spawned process; local workers fork from "
        "a server that has done the imports, so they pay only the rest):",
        "",
        "| cost | seconds |",
        "|---|---:|",
        *(f"| {name} | {value:.3f} |" for name, value in costs.items()),
        "",
        "Per story (mean over the 1-worker local run): "
        f"{first['story_seconds']:.3f} s on the worker, of which "
        f"{first['translate_seconds']:.3f} s in the translation model.",
        "",
        *_cpu_lines(results),
    ]
    return lines


def _cpu_lines(results: list[dict[str, Any]]) -> list[str]:
    """CPU time per story, and the 2-worker ratio it allows on 2 otherwise idle cores.

    On N cores with N workers, the client's own work competes with them: throughput is at
    most N / (worker CPU + client CPU) per story, against 1 / worker CPU for one worker with
    the client on the other core. Wall-clock ratios under load say how busy the machine was;
    this bound says what the code allows.
    """
    lines = [
        "| executor | workers | worker CPU s/story | client CPU s/story "
        "| 2-worker bound on 2 idle cores |",
        "|---|---:|---:|---:|---:|",
    ]
    for r in results:
        bound = 2 * r["worker_cpu"] / (r["worker_cpu"] + r["client_cpu"])
        lines.append(
            f"| {r['executor']} | {r['workers']} | {r['worker_cpu']:.3f} "
            f"| {r['client_cpu']:.3f} | {bound:.2f}x |"
        )
    return lines


def _write_docs(lines: list[str], heading: str = SECTION) -> None:
    """Replace section ``heading`` of docs/benchmarks.md; a new one goes after Corpus scale."""
    text = DOCS.read_text(encoding="utf-8") if DOCS.exists() else "# Benchmarks\n"
    section = f"{heading}\n\n" + "\n".join(lines) + "\n"
    start = text.find(f"{heading}\n")
    after = text.find("\n## ", text.find(f"{SECTION}\n") + 1) if f"{SECTION}\n" in text else -1
    if start < 0 and after >= 0:
        text = text[: after + 1] + section + "\n" + text[after + 1 :]
    elif start < 0:
        text = text.rstrip("\n") + "\n\n" + section
    else:
        end = text.find("\n## ", start + 1)
        text = text[:start] + section + (text[end + 1 :] if end >= 0 else "")
    DOCS.write_text(text, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--models", choices=sorted(MODEL_SETS), default="fixture")
    parser.add_argument("--stories", type=int, help="default 120 (fixture), 20 (argos-sized)")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--no-dask", action="store_true", help="local processes only")
    parser.add_argument("--write", action="store_true", help="update docs/benchmarks.md")
    args = parser.parse_args()
    if args.stories is None:
        args.stories = 20 if args.models == "argos-sized" else 120
    if args.models == "argos-sized":
        argos_sized_package()
    load = os.getloadavg()
    before = machine_ceiling()
    with tempfile.TemporaryDirectory(prefix="batch-scale-") as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        write_corpus(corpus, args.stories, english=MODEL_SETS[args.models][2])
        results = []
        for dask in [False] if args.no_dask else [False, True]:
            for workers in args.workers:
                work = Path(tmp) / f"{'dask' if dask else 'local'}-{workers}"
                results.append(run_once(corpus, work, workers, dask, args.models))
                print(_table(results)[-1], flush=True)
        costs = fixed_costs(args.models)
    ceiling = (before, machine_ceiling())
    lines = _report(results, costs, args.stories, ceiling, args.models, load)
    print(f"\nload average before: {load[0]:.2f} / {load[1]:.2f} / {load[2]:.2f}")
    print("\n".join(lines))
    if args.write:
        _write_docs(lines, MODEL_SETS[args.models][3])
        print(f"written to {DOCS}")


if __name__ == "__main__":
    main()
