"""The batch job on local worker processes: outputs, resume, failures, interrupts, lost workers."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pyarrow.parquet as pq
import pytest
from _batch import STORIES, DieOnce, model_settings, reports

import polyglot_news
from polyglot_news.batch import BatchProgress, BatchResult, run_batch
from polyglot_news.translate.cache import TranslationCache

SCHEMA = json.loads(
    (Path(polyglot_news.__file__).parent / "report" / "schema.json").read_text(encoding="utf-8")
)


def _jsonl(path: Path, records: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))
    return path


def _summary(out: Path) -> list[dict[str, object]]:
    lines = (out / "summary.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


def test_every_story_gets_reports_a_summary_row_and_the_manifest_its_signature(
    reference: tuple[Path, BatchResult],
) -> None:
    out, result = reference
    assert (result.stories, result.compared, result.failed) == (5, 5, 0)
    assert result.sentences > 0 and 0 < result.translated <= result.sentences
    rows = _summary(out)
    assert [r["story"] for r in rows] == list(STORIES)
    metro = rows[0]
    assert metro["languages"] == ["en", "ru", "uk"]
    assert metro["outlets"] == ["City Wire", "Misto Sohodni", "Vechernie Novosti"]
    assert metro["versions"] == 3 and metro["status"] == "ok"
    assert 0.0 <= metro["mean_similarity"] <= 1.0  # type: ignore[operator]
    assert sum(metro["changes"].values()) > 0  # type: ignore[attr-defined]
    for row in rows:
        report = json.loads((out / str(row["report"])).read_text(encoding="utf-8"))
        jsonschema.validate(report, SCHEMA)
        assert (out / str(row["report"])).with_suffix(".html").is_file()
    table = pq.read_table(out / "summary.parquet").to_pylist()
    assert [r["story"] for r in table] == list(STORIES)
    assert dict(table[0]["changes"]) == metro["changes"]
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["state"] == "complete"
    assert manifest["counts"]["compared"] == 5
    assert "argos:ru-en@0.1" in manifest["signature"]["packages"]
    assert manifest["signature"]["formats"] == ["json", "html"]


def _small_corpus(path: Path) -> Path:
    """Three two-version stories (en + ru or uk), quick to translate."""
    texts = [
        ("The council raised metro fares.", "Городской совет повысил стоимость проезда."),
        ("The central bank kept its key rate.", "Центральный банк сохранил ключевую ставку."),
        ("Schools will stay closed on Friday.", "Школи будуть зачинені в пʼятницю."),
    ]
    records = []
    for n, (en, other) in enumerate(texts):
        records += [{"story": f"s{n}", "text": en}, {"story": f"s{n}", "text": other}]
    return _jsonl(path, records)


def test_a_rerun_skips_every_story_and_an_edited_story_alone_runs_again(
    tmp_path: Path,
) -> None:
    corpus = _small_corpus(tmp_path / "c.jsonl")
    settings = model_settings(tmp_path)
    first = run_batch([corpus], tmp_path / "out", settings=settings, workers=1)
    assert (first.compared, first.skipped) == (3, 0)
    before = reports(tmp_path / "out")
    again = run_batch([corpus], tmp_path / "out", settings=settings, workers=1)
    assert (again.compared, again.skipped) == (0, 3)
    assert again.executor.startswith("none")  # no worker was even started
    assert reports(tmp_path / "out") == before
    corpus.write_text(corpus.read_text().replace("Friday", "Monday"))
    third = run_batch([corpus], tmp_path / "out", settings=settings, workers=1)
    assert (third.compared, third.skipped) == (1, 2)
    assert reports(tmp_path / "out") != before
    # other settings (here: HTML reports too) are other results
    html = run_batch([corpus], tmp_path / "out", settings=model_settings(tmp_path, html=True))
    assert html.compared == 3


def test_a_broken_record_and_a_broken_story_are_reported_and_the_rest_finish(
    tmp_path: Path,
) -> None:
    good = "Forecasters issued a flood warning after two days of heavy rain."
    path = tmp_path / "c.jsonl"
    path.write_text(
        json.dumps({"story": "ok", "outlet": "A", "text": good}) + "\n"
        "{broken json\n"
        + json.dumps({"story": "lonely", "outlet": "A", "text": good}) + "\n"
        + json.dumps({"story": "lonely", "outlet": "B", "text": "   "}) + "\n"
        + json.dumps({"story": "ok", "outlet": "B", "text": good.replace("two", "three")})
        + "\n"
    )
    result = run_batch([path], tmp_path / "out", settings=model_settings(tmp_path), workers=2)
    assert (result.compared, result.failed, result.input_failures) == (1, 1, 1)
    rows = {r["story"]: r for r in _summary(tmp_path / "out")}
    assert rows["ok"]["status"] == "ok"
    assert rows["lonely"]["status"] == "failed"
    assert "need at least two versions" in str(rows["lonely"]["error"])
    failures = [
        json.loads(line) for line in (tmp_path / "out" / "failures.jsonl").read_text().splitlines()
    ]
    where = [(f["story"], f["path"], f["error"]["kind"]) for f in failures]
    assert (None, f"{path}:2", "record") in where
    assert ("lonely", None, "input") in where
    assert ("lonely", f"{path}:4", "record") in where  # the version without text
    assert all("\n" not in f["error"]["message"] for f in failures)
    # a story that failed for a reason in its input is not tried again with the same input
    again = run_batch([path], tmp_path / "out", settings=model_settings(tmp_path), workers=2)
    assert (again.compared, again.skipped) == (0, 2)


def test_a_sentence_shared_by_many_stories_is_translated_once(tmp_path: Path) -> None:
    shared = "Городской совет во вторник проголосовал за повышение стоимости проезда."
    own = ["Мэр заявил, что это необходимо.", "Оппозиция назвала решение несправедливым."]
    records = []
    for n in range(4):
        records.append({"story": f"s{n}", "outlet": "wire", "text": f"The council met {n}."})
        records.append({"story": f"s{n}", "outlet": "ru", "text": f"{shared} {own[n % 2]}"})
    corpus = _jsonl(tmp_path / "c.jsonl", records)
    settings = model_settings(tmp_path)
    result = run_batch([corpus], tmp_path / "out", settings=settings, workers=1)
    assert result.compared == 4
    assert result.translated == 3  # the shared sentence once, each own sentence once
    assert len(TranslationCache(settings.cache)) == 3


def test_an_interrupted_run_leaves_whole_files_and_resumes_where_it_stopped(
    tmp_path: Path,
) -> None:
    corpus = [_small_corpus(tmp_path / "c.jsonl")]
    settings = model_settings(tmp_path)

    def stop_after_two(progress: BatchProgress) -> None:
        if progress.finished == 2:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        run_batch(
            corpus, tmp_path / "out", settings=settings, workers=1, progress=stop_after_two
        )
    out = tmp_path / "out"
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["state"] == "interrupted"
    rows = _summary(out)
    assert [r["status"] for r in rows] == ["ok", "ok", "pending"]
    assert not list(out.rglob("*.tmp-*"))
    for report in (out / "stories").glob("*/report.json"):
        json.loads(report.read_text())  # every report written is whole
    resumed = run_batch(corpus, out, settings=settings, workers=1)
    assert (resumed.skipped, resumed.compared) == (2, 1)


def test_a_worker_process_that_dies_mid_story_is_replaced_and_the_story_run_again(
    tmp_path: Path, corpus: list[Path], reference: tuple[Path, BatchResult]
) -> None:
    from polyglot_news.translate.argos import ArgosTranslator

    base = model_settings(tmp_path, html=True)
    killer = DieOnce(
        ArgosTranslator(base.packages_dir, extra_packages=base.models), str(tmp_path / "died")
    )
    settings = model_settings(tmp_path, html=True, translator=killer)
    result = run_batch(corpus, tmp_path / "out", settings=settings, workers=2)
    assert (tmp_path / "died").exists()  # a worker really was killed
    assert (result.compared, result.failed) == (5, 0)
    assert reports(tmp_path / "out") == reports(reference[0])
