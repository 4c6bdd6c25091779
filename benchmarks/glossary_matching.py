"""Glossary matching: recall and false hits on the held-out tables, and words per second.

Reads tests/glossary/forms_*.tsv (inflected forms and look-alike traps that are NOT listed in
the glossary data), runs the default glossary's matcher, and prints per language the share of
forms found with the right entity and surface, the number of false hits (a name found in a
trap, or the wrong entity), and the matching speed on a long text made of the example story.

    python benchmarks/glossary_matching.py [--models]

``--models`` also runs the example story's non-English versions through the project-built
Argos models in examples/models (protect -> translate -> restore) and prints the share of
glossary terms that end in the output in canonical form (held or repaired).
"""

from __future__ import annotations

import csv
import subprocess
import sys
import time
from importlib.resources import files
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from polyglot_news.glossary import Glossary, default_glossary  # noqa: E402
from polyglot_news.glossary.formats import parse  # noqa: E402
from polyglot_news.sources import load  # noqa: E402


def read_table(path: Path) -> list[tuple[str, str, str, str]]:
    """Rows ``(lang, text, entry, surface)`` of one forms table."""
    with path.open(encoding="utf-8") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    return [(r["lang"], r["text"], r["entry"], r["surface"] or "") for r in reader]


def evaluate(
    rows: list[tuple[str, str, str, str]], one_name_per_row: bool = True
) -> dict[str, list[int]]:
    """Per language: [forms, found, traps, false hits] and the misses printed on stderr."""
    glossary = default_glossary()
    stats: dict[str, list[int]] = {}
    for lang, text, entry, surface in rows:
        s = stats.setdefault(lang, [0, 0, 0, 0])
        hits = glossary.find(text, lang)
        if entry == "-":
            s[2] += 1
            s[3] += len(hits)
            for hit in hits:
                print(f"  false hit [{lang}] {hit.surface!r} in {text!r}", file=sys.stderr)
            continue
        s[0] += 1
        good = [h for h in hits if h.entry_id == entry and h.surface == surface]
        s[1] += bool(good)
        if one_name_per_row:  # any other entity is a false hit (the Kursk tables)
            s[3] += len([h for h in hits if h.entry_id != entry])
        if not good:
            print(f"  missed [{lang}] {surface!r} ({entry}) in {text!r}", file=sys.stderr)
    return stats


def story_glossary() -> Glossary:
    """The 22-entry story glossary (names.tsv alone), the size of the default before world/."""
    data = files("polyglot_news.glossary_data").joinpath("names.tsv").read_text("utf-8")
    return Glossary(parse(data, "names.tsv"), name="story")


_LOAD = """
import time, warnings
t = time.perf_counter()
from polyglot_news.glossary import Entry, Form, Glossary, default_glossary
g = default_glossary(); out = [time.perf_counter() - t]
user = Glossary([Entry("user:lgov", "city", (Form("ru", "Льгов", True), Form("en", "Lgov", True)))])
t = time.perf_counter()
if MERGE:  # a fresh process: the merge reads the shards of the user's languages
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        merged = g.merge(user)
    out.append(time.perf_counter() - t)
    t = time.perf_counter(); merged.find("В Льгове.", "ru"); out.append(time.perf_counter() - t)
else:
    for lang, text in LANGS:
        t = time.perf_counter(); g.find(text, lang); out.append(time.perf_counter() - t)
print(*out)
"""
FIRST = (("ru", "Путин прибыл в Курск."), ("uk", "Зеленський у Києві."), ("ko", "서울에서"),
         ("en", "Talks in Doha."), ("de", "Gespräche in Doha."), ("ja", "ソウルで"))  # fmt: skip


def load_time() -> list[float]:
    """Seconds, best of three fresh processes: load the default glossary, merge a user
    glossary over it, the first match in each language of ``FIRST`` (reads and compiles its
    shard), and the first Russian match of the merged glossary."""
    best = []
    for merge in (True, False):
        code = f"LANGS = {FIRST!r}\nMERGE = {merge}\n{_LOAD}"
        runs = [
            [float(x) for x in subprocess.run(
                [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
            ).stdout.split()]
            for _ in range(3)
        ]  # fmt: skip
        best += [min(column) for column in zip(*runs, strict=True)]
    return best  # load, merge, merged first ru, load, first match per language


VERSIONS = (
    ("ru", "outlet_ru.txt"),
    ("uk", "outlet_uk.txt"),
    ("ko", "outlet_ko.txt"),
    ("en", "wire_en.txt"),
)


def speed(glossary: Glossary, repeat: int = 3) -> list[tuple[str, int, float]]:
    """Words per second of ``find`` on each example version, repeated to about 50k words."""
    results = []
    for lang, name in VERSIONS:
        text = load(ROOT / "examples" / "kursk-2025" / name)[0].text
        words = len(text.split())
        big = "\n\n".join([text] * max(1, 50_000 // max(words, 1)))
        total = len(big.split())
        glossary.find(big[:1000], lang)  # build the matcher outside the timing
        best = min(_timed(glossary, big, lang) for _ in range(repeat))
        results.append((lang, total, total / best))
    return results


BASELINE = "22de951^"  # the last commit before issue 12's glossary work: 0.1.0's matcher
_BASELINE_CODE = """
import sys, time
from pathlib import Path
from polyglot_news.glossary import default_glossary
from polyglot_news.sources import load
g = default_glossary()
for lang, name in VERSIONS:
    text = load(Path(ROOT) / "examples" / "kursk-2025" / name)[0].text
    big = "\\n\\n".join([text] * max(1, 50_000 // max(len(text.split()), 1)))
    g.find(big[:1000], lang)
    best = min(_t(g, big, lang) for _ in range(3))
    print(lang, len(big.split()) / best)
"""


def baseline_speed(rev: str = BASELINE) -> dict[str, float]:
    """Words per second of the 0.1.0 matcher (its 22-entry glossary), from ``git archive rev``
    run in a subprocess on the same texts; empty when git or the revision is unavailable."""
    import tarfile
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        archive = subprocess.run(["git", "archive", rev], cwd=ROOT, capture_output=True)
        if archive.returncode:
            return {}
        with tarfile.open(fileobj=__import__("io").BytesIO(archive.stdout)) as tar:
            tar.extractall(tmp, filter="data")
        old = Path(tmp)
        if (old / "glossaries").is_dir():  # 0.1.0 mapped glossaries/ onto the package name
            (old / "polyglot_news" / "glossary_data").symlink_to(old / "glossaries")
        timer = "def _t(g, t, l):\n s = time.perf_counter(); g.find(t, l)\n"
        timer += " return time.perf_counter() - s\n"
        code = f"ROOT = {str(ROOT)!r}\nVERSIONS = {VERSIONS!r}\n{_BASELINE_CODE}"
        code = code.replace("g = default_glossary()", timer + "g = default_glossary()")
        run = subprocess.run(
            [sys.executable, "-c", code], cwd=tmp, capture_output=True, text=True,
            env={**__import__("os").environ, "PYTHONPATH": tmp},
        )  # fmt: skip
    return {ln.split()[0]: float(ln.split()[1]) for ln in run.stdout.splitlines() if ln}


def _timed(glossary: Glossary, text: str, lang: str) -> float:
    start = time.perf_counter()
    glossary.find(text, lang)
    return time.perf_counter() - start


def through_models(cache: Path) -> None:
    """Protect, translate with the project-built Argos models, restore; print the share held."""
    import os

    os.environ.setdefault("POLYGLOT_NEWS_CACHE_DIR", str(cache))
    from polyglot_news.glossary import protect, restore
    from polyglot_news.segment import split_sentences
    from polyglot_news.translate.argos import ArgosTranslator

    models = sorted((ROOT / "examples" / "models").glob("*.argosmodel"))
    translator = ArgosTranslator(packages_dir=cache / "none", extra_packages=models)
    glossary = default_glossary()
    counts = {"held": 0, "repaired": 0, "failed": 0}
    for path in sorted((ROOT / "examples" / "kursk-2025").iterdir()):
        lang = path.stem.rsplit("_", 1)[-1]
        if lang == "en" or not any(f"{lang}_en" in m.name for m in models):
            continue
        sentences = split_sentences(load(path)[0].text, lang)
        protected = [protect(s, lang, "en", glossary) for s in sentences]
        outputs = translator.translate_batch([p.text for p in protected], lang, "en")
        for p, out in zip(protected, outputs, strict=True):
            _, outcomes = restore(out, p, "en", glossary)
            for o in outcomes:
                counts[o.status] += 1
        print(f"translated {path.name}: {len(sentences)} sentences")
    total = sum(counts.values())
    if total:
        share = 100 * (counts["held"] + counts["repaired"]) / total
        print(
            f"terms through the models: {total}, held {counts['held']}, repaired "
            f"{counts['repaired']}, failed {counts['failed']}: {share:.1f}% canonical in output"
        )


def main() -> None:
    """Print the figures."""
    rows = [
        r for p in sorted((ROOT / "tests" / "glossary").glob("forms_*.tsv")) for r in read_table(p)
    ]
    print("held-out Kursk forms (tests/glossary/forms_*.tsv)")
    print(f"{'lang':<5} {'forms':>6} {'found':>6} {'recall':>8} {'traps':>6} {'false hits':>10}")
    for lang, (forms, found, traps, false) in sorted(evaluate(rows).items()):
        recall = f"{100 * found / forms:.1f}%" if forms else "-"
        print(f"{lang:<5} {forms:>6} {found:>6} {recall:>8} {traps:>6} {false:>10}")
    print()
    print("tables of other stories (world_dev.tsv tuned on; the held-out tables written before")
    print("the changes they measured; first-run figures in docs/benchmarks.md)")
    tables = sorted(p.name for p in (ROOT / "tests" / "glossary").glob("world_*.tsv"))
    for table in tables:
        # sentences of other stories name several entities: false hits are those in traps
        stats = evaluate(read_table(ROOT / "tests" / "glossary" / table), one_name_per_row=False)
        for lang, (forms, found, traps, false) in sorted(stats.items()):
            recall = f"{100 * found / forms:.1f}%" if forms else "-"
            print(f"{table:<18} {lang:<4} {forms:>4} {found:>4} {recall:>7} {traps:>4} {false:>4}")
    print()
    times = load_time()
    print(f"default glossary: load {min(times[0], times[3]):.3f} s")
    print(f"merge a user glossary (ru, en) {times[1]:.3f} s, its first ru match {times[2]:.3f} s")
    firsts = ", ".join(f"{lang} {t:.3f}" for (lang, _), t in zip(FIRST, times[4:], strict=True))
    print(f"first match per language, in this order, each reading its shard (s): {firsts}")
    default = default_glossary()
    old = baseline_speed()
    print(f"words/s: 0.1.0 matcher with its 22 entries ({BASELINE}), today's matcher with")
    print("the 22 story entries, and with the full default glossary; ratios against the full")
    head = f"{'lang':<5} {'words':>7} {'0.1.0':>9} {'story':>9} {'full':>9}"
    print(f"{head} {'0.1.0/full':>10} {'story/full':>10}")
    for (lang, words, small), (_, _, full) in zip(
        speed(story_glossary()), speed(default), strict=True
    ):
        before = old.get(lang, float("nan"))
        row = f"{lang:<5} {words:>7} {before:>9,.0f} {small:>9,.0f} {full:>9,.0f}"
        print(f"{row} {before / full:>10.2f} {small / full:>10.2f}")
    if "--models" in sys.argv:
        import tempfile

        with tempfile.TemporaryDirectory() as tmp:
            through_models(Path(tmp))


if __name__ == "__main__":
    main()
