"""The output directory: safe unique story folders, atomic files, one run at a time."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from polyglot_news.batch.store import OutputDir, story_slug, write_atomic
from polyglot_news.errors import OutputError


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        pytest.param("metro-fares", "metro-fares", id="safe-kept"),
        pytest.param("2026.03_flood", "2026.03_flood", id="dots-underscores"),
        pytest.param("курская-область", "курская-область", id="unicode-letters"),
    ],
)
def test_safe_names_are_kept(name: str, slug: str) -> None:
    assert story_slug(name) == slug


@pytest.mark.parametrize("name", ["../etc", "a/b", ".", "..", "", "Metro", "a b", "x" * 300])
def test_unsafe_names_get_a_clean_folder_with_a_hash(name: str) -> None:
    slug = story_slug(name)
    assert re.fullmatch(r"[\w.-]+-[0-9a-f]{10}", slug) and not slug.startswith(".")
    assert len(slug) <= 91


@given(st.lists(st.text(min_size=1, max_size=12), unique=True, max_size=40))
def test_distinct_names_never_share_a_folder(names: list[str]) -> None:
    slugs = [story_slug(n).lower() for n in names]
    assert len(set(slugs)) == len(slugs)
    assert all("/" not in s and s not in (".", "..") for s in slugs)


def test_atomic_write_replaces_whole_and_leaves_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    write_atomic(target, "old")
    write_atomic(target, "new")
    assert target.read_text() == "new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.json"]


def test_a_second_run_on_the_same_directory_is_refused(tmp_path: Path) -> None:
    with OutputDir(tmp_path / "out"):
        with pytest.raises(OutputError, match="in use by another batch run"):
            OutputDir(tmp_path / "out")
    OutputDir(tmp_path / "out").close()  # free again once the first closes


def test_a_folder_holding_the_user_s_own_files_of_those_names_is_refused(tmp_path: Path) -> None:
    (tmp_path / "summary.jsonl").write_text("my own notes\n", encoding="utf-8")
    with pytest.raises(OutputError, match=r"holds summary.jsonl, which no polyglot-news batch"):
        OutputDir(tmp_path)
    assert (tmp_path / "summary.jsonl").read_text(encoding="utf-8") == "my own notes\n"
    assert not (tmp_path / "stories").exists()
    # an earlier run's folder is taken up again (resume)
    (tmp_path / "manifest.json").write_text('{"settings_key": "sha256:0"}', encoding="utf-8")
    OutputDir(tmp_path).close()


def test_temporaries_of_a_killed_run_are_removed(tmp_path: Path) -> None:
    story = tmp_path / "stories" / "s"
    story.mkdir(parents=True)
    (story / ".report.json.tmp-999").write_text('{"half":')
    (tmp_path / ".summary.jsonl.tmp-999").write_text("{")
    with OutputDir(tmp_path):
        pass
    assert not list(tmp_path.rglob("*.tmp-*"))
