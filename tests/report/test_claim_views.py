"""What the claims table and "only in one version" show, the same in every text format.

A single-version row that links to another row it could not join ("see #N") is not unique and
must say so, or the counts above the table ("2 only in one") contradict the grid; the unique
sentences are grouped by version in column order, each naming its claims-table row.
"""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from polyglot_news.comparison.model import Comparison
from polyglot_news.report import render_html, render_markdown, render_terminal
from polyglot_news.report._view import unchanged_text, unique_rows

RENDER = {
    "terminal": lambda c: render_terminal(c, color=False),
    "markdown": render_markdown,
    "html": render_html,
}


def _per_format(**cases: tuple[str, ...]) -> list:
    """``pytest.param(format, *expected, id=format)`` for each format named."""
    return [pytest.param(fmt, *expected, id=fmt) for fmt, expected in cases.items()]


@pytest.fixture(autouse=True)
def _wide_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "120")


@pytest.fixture
def related(comparison: Comparison) -> Comparison:
    """The sample with claim 2 (yonhap-ko's NIS briefing) linked to claim 7 but not joined."""
    claims = list(comparison.claims)
    claims[1] = replace(claims[1], related=(6,))
    return replace(comparison, claims=tuple(claims))


def test_unique_rows_are_grouped_by_version_in_column_order(comparison: Comparison) -> None:
    rows = unique_rows(comparison)
    assert [(u.version, u.index, u.claim) for u in rows] == [("tass-ru", 4, 5), ("yonhap-ko", 2, 2)]
    # the same sentences as Comparison.unique, only ordered for reading
    assert {(u.version, u.index, u.text) for u in rows} == {
        (u.version, u.index, u.text) for u in comparison.unique
    }


@pytest.mark.parametrize(
    ("fmt", "first", "second"),
    _per_format(
        terminal=(
            "tass-ru #4 (claim 5): TASS reported",
            "yonhap-ko #2 (claim 2): The NIS briefed",
        ),
        markdown=(
            "- **tass-ru** \\#4 (claim \\#5): TASS reported",
            "- **yonhap-ko** \\#2 (claim \\#2): The NIS briefed",
        ),
        html=(
            '#4 (<a href="#claim-5">claim 5</a>)</span> TASS reported',
            '#2 (<a href="#claim-2">claim 2</a>)</span> The NIS briefed',
        ),
    ),
)
def test_only_in_one_version_lists_by_version_and_names_the_claim(
    comparison: Comparison, fmt: str, first: str, second: str
) -> None:
    text = RENDER[fmt](comparison)
    assert first in text and second in text
    assert text.index(first) < text.index(second)


def test_terminal_grid_names_related_rows(related: Comparison) -> None:
    text = render_terminal(related, color=False)
    assert re.search(r"^2 +· +· +R +see #7 +The NIS briefed", text, re.MULTILINE), text
    assert "see #N: linked to claim N, not joined to it" in text
    # a row that links to one it could not join is listed apart, with the row to compare
    assert "Claims: 7 (1 in every version, 1 only in one (+1 perhaps told elsewhere)," in text
    assert "(compare #7: may be told there in other words)" in " ".join(text.split())
    assert "yonhap-ko #2 (claim 2)" in text


def test_markdown_and_html_explain_related_rows(related: Comparison) -> None:
    md = render_markdown(related)
    # the labels cell of a row with no label starts with "see", not with a stray space
    assert re.search(r"^\| 2 \| see \\#7 \|", md, re.MULTILINE), md
    assert "*see \\#N*: the row also links to claim N" in md
    html = render_html(related)
    assert '<a href="#claim-7">#7</a>' in html
    assert "<em>see #N</em>: the row also links to claim N" in html


def test_no_legend_for_related_rows_when_there_are_none(comparison: Comparison) -> None:
    assert "see #N" not in render_terminal(comparison, color=False)
    assert "see \\#N" not in render_markdown(comparison)
    assert "see #N" not in render_html(comparison)


@pytest.mark.parametrize(
    ("count", "text"), [(0, "0 sentences"), (1, "1 sentence "), (2, "2 sentences")]
)
def test_unchanged_count_agrees_in_number(count: int, text: str) -> None:
    assert (unchanged_text(count) + " ").startswith(text)


def _titled(comparison: Comparison, title: str | None) -> Comparison:
    versions = list(comparison.versions)
    base = versions[0]
    versions[0] = replace(base, version=replace(base.version, title=title))
    return replace(comparison, versions=tuple(versions))


@pytest.mark.parametrize(
    ("fmt", "shown"),
    _per_format(
        terminal=("reuters-en's headline: Pyongyang confirms troops fought in Kursk",),
        markdown=("Headline (reuters-en): *Pyongyang confirms troops fought in Kursk*",),
        html=('<p class="headline">Pyongyang confirms troops fought in Kursk <span',),
    ),
)
def test_reports_name_the_story_by_the_base_headline(
    comparison: Comparison, fmt: str, shown: str
) -> None:
    render = RENDER[fmt]
    titled = _titled(comparison, "Pyongyang confirms\n troops fought in Kursk")
    assert shown in render(titled)
    untitled = replace(comparison, versions=tuple(
        replace(r, version=replace(r.version, title=None)) for r in comparison.versions
    ))  # fmt: skip
    assert "headline" not in render(untitled).lower().split("<body>")[-1][:400]


def test_html_title_carries_the_headline_escaped(comparison: Comparison) -> None:
    html = render_html(_titled(comparison, "<script>x</script> Kursk"))
    assert "<title>&lt;script&gt;x&lt;/script&gt; Kursk — polyglot_news: 4 versions" in html


def test_html_full_texts_list_what_loading_removed(comparison: Comparison) -> None:
    from polyglot_news.records import Removal

    versions = list(comparison.versions)
    removed = (
        Removal("dateline", "MANILA, Nov. 25 (Xinhua) --"),
        Removal("boilerplate", "<nav> Home"),
    )
    versions[1] = replace(versions[1], version=replace(versions[1].version, removed=removed))
    html = render_html(replace(comparison, versions=tuple(versions)))
    assert "(ru; 2 removed while loading)" in html
    assert '<span class="badge">dateline</span> MANILA, Nov. 25 (Xinhua) --</li>' in html
    assert '<span class="badge">boilerplate</span> &lt;nav&gt; Home</li>' in html
    assert html.count("Removed while loading, not compared") == 1


def _outlet(comparison: Comparison, index: int, outlet: str) -> Comparison:
    versions = list(comparison.versions)
    version = versions[index]
    versions[index] = replace(version, version=replace(version.version, outlet=outlet))
    return replace(comparison, versions=tuple(versions))


@pytest.mark.parametrize(
    ("fmt", "shown", "not_shown"),
    _per_format(
        terminal=(
            "columns: 1 reuters-en (base)  2 tass-ru (Broadcaster One)  3 yonhap-ko",
            "(Reuters)",
        ),
        markdown=(
            "| reuters-en (base) | tass-ru (Broadcaster One) | yonhap-ko |",
            "(Reuters)",
        ),
        html=(
            'tass-ru<br><span class="muted outlet">Broadcaster One</span></th>',
            '<span class="muted outlet">Reuters',
        ),
    ),
)
def test_claims_columns_name_the_outlet_the_id_does_not(
    comparison: Comparison, fmt: str, shown: str, not_shown: str
) -> None:
    # JSON Lines records get ids like "rates#2": the column must say whose wording it is;
    # "reuters-en" already says "Reuters".
    text = RENDER[fmt](_outlet(comparison, 1, "Broadcaster  One"))
    assert shown in text
    assert not_shown not in text


@pytest.mark.parametrize(
    ("fmt", "shown"),
    _per_format(
        terminal=("(claim 2): The NIS briefed the parliamentary intelligence committee on "
                  "Wednesday.\n  original: 국정원은 수요일 국회 정보위원회에 보고했다.",),
        markdown=("on Wednesday. (original: 국정원은 수요일 국회 정보위원회에 보고했다.)",),
        html=('on Wednesday.<div class="original">국정원은 수요일 국회 정보위원회에 '
              "보고했다.</div></li>",),
    ),
)  # fmt: skip
def test_only_in_one_version_quotes_the_original_of_a_translation(
    comparison: Comparison, fmt: str, shown: str
) -> None:
    # a journalist checks a fact only one outlet has against what that outlet actually wrote
    assert shown in RENDER[fmt](comparison)


def test_the_batch_summary_counts_only_in_one_version_as_the_reports(
    comparison: Comparison, related: Comparison
) -> None:
    # Before (a new user's trial): `batch stories` said 17 single-outlet claims where `compare`
    # said "6 only in one": it counted every one-outlet row, a row linked to another ("see #N")
    # included.
    from polyglot_news.batch.summary import story_row
    from polyglot_news.report._view import claims_summary

    for shown in (comparison, related):
        row = story_row(shown, "kursk", translated=0)
        assert row["single_outlet_claims"] == claims_summary(shown).unique
    assert story_row(related, "kursk", translated=0)["single_outlet_claims"] == 1
