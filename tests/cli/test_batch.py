"""The ``batch`` command: in-process through the real entry point, and killed as a real process."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from _batch import CORPUS, ROOT

Cli = Callable[..., tuple[int, str, str]]
MODELS = ROOT / "examples" / "models"


def _corpus(path: Path, copies: int) -> Path:
    """The test corpus's JSON Lines stories, ``copies`` times under new story names."""
    lines = (CORPUS / "stories.jsonl").read_text(encoding="utf-8").splitlines()
    with path.open("w", encoding="utf-8") as handle:
        for n in range(copies):
            for line in lines:
                record = json.loads(line)
                record["story"] = f"{record['story']}-{n:03d}"
                record["text"] = record["text"].replace("15", str(15 + n))
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def test_batch_prints_counts_and_a_rerun_skips_everything(cli: Cli, tmp_path: Path) -> None:
    args = ["batch", CORPUS / "folders", "-o", tmp_path / "out", "--models", MODELS, "-w", "1"]
    code, out, err = cli(*args)
    assert code == 0, err
    assert out.startswith("2 stories: 2 compared, 0 already done, 0 failed;")
    assert (tmp_path / "out" / "stories" / "port-strike" / "report.json").is_file()
    code, out, _ = cli(*args, "--json")
    assert code == 0
    data = json.loads(out)
    assert (data["stories"], data["compared"], data["skipped"]) == (2, 0, 2)
    assert data["out"] == str(tmp_path / "out")


def test_failures_are_one_line_each_and_exit_1_while_the_rest_finish(
    cli: Cli, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"story": "s", "text": "only one version here."}\n{oops\n')
    code, out, err = cli(
        "batch", CORPUS / "folders", broken, tmp_path / "missing", "-o", tmp_path / "out",
        "--translator", "fake", "-w", "1",
    )  # fmt: skip
    assert code == 1
    assert "2 compared" in out and "1 failed" in out
    # the unreadable record and the missing folder fail no story: the count says so too
    assert f"; 3 failures (stories, files or records) listed in {tmp_path / 'out'}" in out
    lines = err.strip().splitlines()
    assert len(lines) == 3 and all(line.startswith("polyglot-news: error: ") for line in lines)
    assert any(f"{broken}:2 is not valid JSON" in line for line in lines)
    assert any("need at least two versions" in line for line in lines)
    assert any("missing does not exist" in line for line in lines)
    assert "Traceback" not in err
    # a re-run skips the failed story but lists its failure again, so it exits 1 again
    code, out, err_again = cli(
        "batch", CORPUS / "folders", broken, tmp_path / "missing", "-o", tmp_path / "out",
        "--translator", "fake", "-w", "1",
    )  # fmt: skip
    assert code == 1 and "0 compared, 3 already done" in out
    assert err_again == err


def test_a_corpus_with_no_stories_names_every_input_that_gave_none(
    cli: Cli, tmp_path: Path
) -> None:
    story = tmp_path / "one-story"  # the versions themselves, not a folder of stories
    story.mkdir()
    (story / "wire.txt").write_text("Dockworkers walked out on Tuesday.", encoding="utf-8")
    missing = tmp_path / "missing"
    code, out, err = cli("batch", missing, story, "-o", tmp_path / "out", "--translator", "fake")
    assert code == 1 and out == ""
    assert err.strip() == (
        "polyglot-news: error: the corpus holds no stories "
        f"({missing} does not exist; check the path) ({story} holds no stories; give it one "
        "sub-directory per story (or .jsonl files with a story field))"
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        pytest.param(["--workers", "2", "--dask", "local:2"], "not both", id="workers-and-dask"),
        pytest.param(["--models", "nowhere"], "is not a directory", id="models-not-a-dir"),
        pytest.param(["--workers", "0"], "greater than or equal to 1", id="no-workers"),
        pytest.param(["--languages", "xx"], "unknown language", id="bad-language"),
        pytest.param(["--from", "wire_en=xx"], "'xx' is no language code", id="bad-from-code"),
    ],
)
def test_bad_options_are_usage_errors(
    cli: Cli, tmp_path: Path, args: list[str], message: str
) -> None:
    code, _, err = cli("batch", CORPUS / "folders", "-o", tmp_path / "out", *args)
    assert code == 2
    assert message in err


def _start(corpus: Path, out: Path) -> subprocess.Popen[str]:
    exe = shutil.which("polyglot-news")
    cmd = [exe] if exe else [sys.executable, "-c", "from polyglot_news.cli import main; main()"]
    args = ["batch", str(corpus), "-o", str(out), "--translator", "fake", "-w", "1"]
    return subprocess.Popen(
        [*cmd, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def _wait_for_stories(out: Path, count: int, process: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + 120
    while len(list((out / "stories").glob("*/status.json"))) < count:
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, "the batch made no progress"
        time.sleep(0.05)


def test_a_killed_run_leaves_whole_files_and_a_terminated_one_says_interrupted(
    tmp_path: Path,
) -> None:
    corpus, out = _corpus(tmp_path / "c.jsonl", 10), tmp_path / "out"
    first = _start(corpus, out)
    _wait_for_stories(out, 2, first)
    first.send_signal(signal.SIGKILL)
    first.communicate(timeout=60)  # returns only once its orphaned workers have exited too
    for status in (out / "stories").glob("*/status.json"):
        record = json.loads(status.read_text(encoding="utf-8"))
        json.loads((status.parent / "report.json").read_text(encoding="utf-8"))
        assert record["status"] == "ok"
    for report in (out / "stories").glob("*/report.json"):
        json.loads(report.read_text(encoding="utf-8"))  # whole, even if its status is missing
    second = _start(corpus, out)
    _wait_for_stories(out, 12, second)
    os.kill(second.pid, signal.SIGTERM)
    _, err = second.communicate(timeout=60)
    assert second.returncode == 130, err
    assert "interrupted" in err and "Traceback" not in err
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["state"] == "interrupted"
    third = _start(corpus, out)
    stdout, err = third.communicate(timeout=120)
    assert third.returncode == 0, err
    assert "30 stories: " in stdout and " 0 failed" in stdout
    done = int(stdout.split("compared, ")[1].split(" already done")[0])
    assert done >= 12
    assert not list(out.rglob("*.tmp-*"))


def test_a_report_left_in_a_story_folder_is_not_a_version(cli: Cli, tmp_path: Path) -> None:
    # an earlier `compare story/ -o story/report.html` must not become one more "version"
    from _sample import sample_comparison

    from polyglot_news.report import render_html

    folders = tmp_path / "folders"
    shutil.copytree(CORPUS / "folders", folders)
    story = next(p for p in sorted(folders.iterdir()) if p.is_dir())
    files = len([p for p in story.iterdir() if p.is_file()])
    (story / "report.html").write_text(render_html(sample_comparison()), encoding="utf-8")
    out = tmp_path / "out"
    code, _out, err = cli("batch", folders, "-o", out, "--translator", "fake", "-w", "1")
    assert code == 0 and err == ""
    report = json.loads((out / "stories" / story.name / "report.json").read_text("utf-8"))
    assert len(report["versions"]) == files


def _languages(out: Path, story: str) -> dict[str, tuple[str, str]]:
    report = json.loads((out / "stories" / story / "report.json").read_text("utf-8"))
    return {
        v["id"]: (v["detection"]["language"], v["detection"]["detector"])
        for v in report["versions"]
    }


def test_from_gives_a_version_its_language_in_every_story_it_names(
    cli: Cli, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    args = ["batch", CORPUS / "folders", "-o", out, "--translator", "fake", "-w", "1"]
    code, _, err = cli(*args, "--from", "portovik_ru.txt=uk")
    assert code == 0, err
    languages = _languages(out, "port-strike")
    assert languages["portovik_ru"] == ("uk", "given")
    assert languages["wire_en"] == ("en", "polyglot_news.langid")
    assert _languages(out, "vaccine-trial")["uisa_ko"] == ("ko", "polyglot_news.langid")
    # another --from is another setting: the named story is compared again, not skipped
    code, stdout, err = cli(*args, "--from", "portovik_ru=ru", "--json")
    assert code == 0, err
    assert json.loads(stdout)["skipped"] == 0
    assert _languages(out, "port-strike")["portovik_ru"] == ("ru", "given")


def test_from_naming_no_file_of_the_corpus_is_one_line_before_any_work(
    cli: Cli, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    code, stdout, err = cli(
        "batch", CORPUS / "folders", CORPUS / "stories.jsonl", "-o", out,
        "--translator", "fake", "-w", "1", "--from", "stories#2=ru", "--from", "tass.txt=ru",
    )  # fmt: skip
    assert code == 1 and stdout == ""
    assert err.strip().splitlines() == [
        "polyglot-news: error: 'tass.txt' (a language was given for it) names no file or "
        "version of the corpus; give a story file's name or path, or a version id (stem, or "
        "stem#LINE for a JSON Lines record)"
    ]
    assert not list(out.glob("stories/*/report.json"))
