"""Reading a corpus as a stream of stories: grouping, order, failures, content hashes."""

from __future__ import annotations

import json
from pathlib import Path

from _batch import STORIES
from hypothesis import given, settings
from hypothesis import strategies as st

from polyglot_news.batch import open_corpus


def _jsonl(path: Path, records: list[object]) -> Path:
    path.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8"
    )
    return path


def test_stories_come_in_order_of_first_appearance_from_files_and_folders(
    corpus: list[Path],
) -> None:
    with open_corpus(corpus) as index:
        stories = list(index)
    assert [s.name for s in stories] == list(STORIES)
    by_name = {s.name: s for s in stories}
    # interleaved JSON Lines records are grouped, each keeping its line number
    assert [line for _, _, line in by_name["metro-fares"].items] == [1, 4, 6]
    assert [Path(p).name for p, _, _ in by_name["port-strike"].items] == [
        "harbour_en.html",
        "portovik_ru.txt",
        "wire_en.txt",
    ]


def test_versions_of_one_story_in_several_files_make_one_story(tmp_path: Path) -> None:
    a = _jsonl(tmp_path / "a.jsonl", [{"story": "s1", "text": "One."}, {"story": 7, "text": "x"}])
    b = _jsonl(tmp_path / "b.ndjson", [{"story": "s1", "text": "Two."}])
    with open_corpus([a, b]) as index:
        stories = {s.name: s for s in index}
    assert sorted(stories) == ["7", "s1"]
    assert [(Path(p).name, line) for p, _, line in stories["s1"].items] == [
        ("a.jsonl", 1),
        ("b.ndjson", 1),
    ]


def test_broken_lines_and_paths_are_failures_naming_where(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    path.write_text('{"story": "s", "text": "ok"}\n{not json\n\n[1, 2]\n{"text": "no story"}\n')
    (tmp_path / "notes.txt").write_text("a note")
    with open_corpus([path, tmp_path / "missing.jsonl", tmp_path / "notes.txt"]) as index:
        assert len(index) == 1
        failures = list(index.failures())
    assert [(f.path, f.kind) for f in failures] == [
        (f"{path}:2", "record"),
        (f"{path}:4", "record"),
        (f"{path}:5", "record"),
        (str(tmp_path / "missing.jsonl"), "not_found"),
        (str(tmp_path / "notes.txt"), "unsupported_format"),
    ]
    assert "not valid JSON" in failures[0].message
    assert 'no "story" field' in failures[1].message
    assert all("\n" not in f.message for f in failures)


def test_content_hash_changes_with_any_byte_and_only_then(tmp_path: Path) -> None:
    records = [{"story": "s", "text": "Ein Satz."}, {"story": "s", "text": "Zwei."}]
    first = _jsonl(tmp_path / "c.jsonl", records)
    with open_corpus([first]) as index:
        before = next(iter(index)).content_hash
    with open_corpus([first]) as index:
        assert next(iter(index)).content_hash == before
    records[1]["text"] = "Zwei!"
    _jsonl(first, records)
    with open_corpus([first]) as index:
        assert next(iter(index)).content_hash != before


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.sampled_from("abcd"), st.text(min_size=1, max_size=8)), max_size=30))
def test_every_record_lands_in_its_story_once_in_file_order(
    records: list[tuple[str, str]],
) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        path = _jsonl(Path(tmp) / "c.jsonl", [{"story": s, "text": t} for s, t in records])
        with open_corpus([path]) as index:
            got = {s.name: [json.loads(d)["text"] for _, d, _ in s.items] for s in index}
    expected: dict[str, list[str]] = {}
    for story, text in records:
        expected.setdefault(story, []).append(text)
    assert got == expected
    assert list(got) == list(expected)  # first-appearance order
