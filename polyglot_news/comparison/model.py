"""The result of a comparison, as plain frozen records the renderers read.

A :class:`Comparison` is everything a report shows: the versions (original and pivot text, and
the sentences and paragraphs the comparison split the pivot text into), one
:class:`PairComparison` of each version against the base (with sentence-level :class:`Change`
records and word-level diffs inside edits), the similarity matrix of all pairs with the ids of
its rows, the claims table (one row per fact, one cell per version that reports it) from which
the sentences only one version carries follow, the inputs left out, and the
:class:`Signature` that makes it reproducible. Renderers only read these records; they never
split or re-derive anything, so a report shows exactly what was compared. Serialisation (JSON,
``SCHEMA_VERSION``) lives in :mod:`polyglot_news.report.json`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from polyglot_news.records import Detection, InputFailure, Translation, Version

__all__ = [
    "Change",
    "Claim",
    "ClaimCell",
    "Comparison",
    "EntityMention",
    "PairComparison",
    "Signature",
    "UniqueSentence",
    "VersionResult",
    "unique_sentences",
]


@dataclass(frozen=True)
class EntityMention:
    """A glossary entity found in a version's original text (offsets into the loaded text).

    ``kind`` is the glossary entry's type (``person``, ``place``, ``org``, ...; ``""`` when
    the glossary gives none): reports name an entity by ``canonical`` and ``kind``, never by
    its ``entry_id``, which is the glossary's key.
    """

    entry_id: str
    canonical: str
    surface: str
    start: int
    end: int
    language: str
    kind: str = ""


@dataclass(frozen=True)
class VersionResult:
    """One version as it entered the comparison.

    ``sentences`` are the pivot-language sentences exactly as compared (every
    :attr:`Change.a_index`, :attr:`Change.b_index` and :attr:`UniqueSentence.index` points into
    them); ``paragraphs`` groups them as half-open ``(first, end)`` ranges of sentence indices,
    in order, covering every sentence once. Both are empty for a version that failed, whose
    ``error`` says why. ``translation_flags`` gives, for each sentence, why its translation is
    not to be trusted (the checks' reasons for the segment it came from, e.g. ``made up``,
    ``name lost: Kursk``; ``()`` for a sound one,
    :func:`polyglot_news.translate.quality.sentence_flags`); empty for a version that was not
    translated.
    """

    id: str
    version: Version
    detection: Detection | None
    translation: Translation | None  # None when the version failed to translate
    entities: tuple[EntityMention, ...] = ()
    error: InputFailure | None = None  # why this version could not be compared
    sentences: tuple[str, ...] = ()
    paragraphs: tuple[tuple[int, int], ...] = ()
    translation_flags: tuple[tuple[str, ...], ...] = ()

    @property
    def text(self) -> str:
        """The pivot-language text compared (the translation, or the original)."""
        return self.translation.text if self.translation else self.version.text


@dataclass(frozen=True)
class Change:
    """One difference between version ``a`` and version ``b``.

    ``kind`` is ``reworded`` (a sentence of a reports the same fact as one of b in other
    words), ``partial`` (the same fact, where one side adds or drops a substantial clause),
    ``insert`` (only in b), ``delete`` (only in a) or ``move`` (in both, at another place;
    the fewest sentences are reported moved, and a moved run of consecutive sentences is one
    move). ``link`` is the kind of the sentence link behind a change in both versions
    (``same``, ``reworded`` or ``partial``; empty for insert and delete), ``similarity`` its
    score in [0, 1]. Sentence indices are positions in each version's sentence list.
    ``diff`` holds the word-level diff as ``(op, text)`` pairs with op -1 (only in a), 0
    (both) or 1 (only in b). ``parts`` lists the sentences of a change that covers more than
    one: ``(a sentence, b sentence)`` pairs from ``a_index`` / ``b_index`` on, with ``""``
    on the side that has fewer (one long sentence linked to two short ones).
    """

    kind: str
    a_text: str = ""
    b_text: str = ""
    a_index: int | None = None
    b_index: int | None = None
    labels: tuple[str, ...] = ()
    diff: tuple[tuple[int, str], ...] = ()
    similarity: float = 0.0
    # a_text and b_text are the parts' sentences joined when there are parts
    parts: tuple[tuple[str, str], ...] = ()
    link: str = ""

    @property
    def size(self) -> int:
        """How many consecutive sentences the change covers (more than 1 for a moved block)."""
        return len(self.parts) or 1

    @property
    def a_count(self) -> int:
        """Sentences of a the change covers from ``a_index`` (0 for an insert)."""
        if self.a_index is None:
            return 0
        return sum(1 for a, _ in self.parts if a) if self.parts else 1

    @property
    def b_count(self) -> int:
        """Sentences of b the change covers from ``b_index`` (0 for a delete)."""
        if self.b_index is None:
            return 0
        return sum(1 for _, b in self.parts if b) if self.parts else 1


@dataclass(frozen=True)
class PairComparison:
    """Version ``b`` compared with version ``a`` (the base)."""

    a: str
    b: str
    similarity: float
    changes: tuple[Change, ...]
    aligned: tuple[tuple[int | None, int | None], ...] = ()  # sentence index pairs in order


@dataclass(frozen=True)
class UniqueSentence:
    """What only one version reports: the cell of a claims row no other version has a cell in.

    ``index`` is its first sentence and ``sentences`` all of them (consecutive; one unless a
    fact the version tells in two sentences), ``text`` their wording. ``related`` lists the
    rows (positions in ``Comparison.claims``) its row links to but could not join: another
    version may tell it there in other words ("see #N"); empty when it links to nothing in
    any other version.
    """

    version: str
    index: int
    text: str
    sentences: tuple[int, ...] = ()
    related: tuple[int, ...] = ()


@dataclass(frozen=True)
class ClaimCell:
    """One version's wording of a claim: its sentences, diffed against the row's reference.

    ``sentences`` are indices into the version's sentence list (consecutive; two or three when
    one long sentence of another version covers several of this one's); ``text`` is their
    pivot-language text and ``original`` the original-language text they were translated from
    (empty when the version was not translated or the source is unknown). ``kind`` says how the
    wording relates to the row's reference: ``reference`` (it is the reference), ``same``,
    ``reworded`` or ``partial`` (one side adds or drops a substantial clause); ``score`` is
    the strongest direct link's score to the reference in [0, 1], None when the two are linked
    only through other versions or the direct links reach only some sentences of either cell
    (then ``partial``: a whole sentence no link measured). ``diff`` is the word diff reference
    -> this wording (``(op, text)``, ops as in :class:`Change`) and ``labels`` its change
    labels. A version's title compared as a headline (:mod:`.claim_titles`: a JSON record's
    title beside another version's headline) is a cell with no ``sentences``.
    ``translation_flags`` says why the translation of the cell's sentences is not to be
    trusted (:attr:`VersionResult.translation_flags` of its sentences, each reason once;
    ``()`` when sound or not translated).
    """

    version: str
    sentences: tuple[int, ...]
    text: str
    original: str = ""
    kind: str = "reference"
    score: float | None = 1.0
    diff: tuple[tuple[int, str], ...] = ()
    labels: tuple[str, ...] = ()
    translation_flags: tuple[str, ...] = ()


@dataclass(frozen=True)
class Claim:
    """One fact across versions: a row of the claims table.

    ``cells`` hold the versions that report it, in input order (the versions not listed are
    absent); ``reference`` is the version whose wording the others are diffed against (the
    base when it has a cell). ``labels`` is the union of the cells' labels; ``related`` lists
    the positions (in ``Comparison.claims``) of rows this one links to but could not join,
    for instance a version repeating the fact elsewhere. ``uncertain`` lists the versions
    absent from the row whose translation of some sentence is flagged
    (:attr:`ClaimCell.translation_flags`) where no other version reports that sentence: they
    may tell this fact in a translation not to be trusted, so their absence (and, for a row of
    one version, its being only there) is not sure.
    """

    reference: str
    cells: tuple[ClaimCell, ...]
    labels: tuple[str, ...] = ()
    related: tuple[int, ...] = ()
    uncertain: tuple[str, ...] = ()

    @property
    def versions(self) -> tuple[str, ...]:
        """Ids of the versions that report this claim."""
        return tuple(cell.version for cell in self.cells)

    @property
    def is_unique(self) -> bool:
        """True for one sentence of one version that links to nothing in any other version."""
        return len(self.cells) == 1 and len(self.cells[0].sentences) == 1 and not self.related

    @property
    def one_version(self) -> bool:
        """True when one version alone has a cell in this row: what the reports list as *only
        in one version* (with a ``related`` row to compare when it links to one)."""
        return len(self.cells) == 1 and bool(self.cells[0].sentences)

    def cell(self, version: str) -> ClaimCell | None:
        """The cell of ``version``, or None when that version does not report this claim."""
        return next((c for c in self.cells if c.version == version), None)


@dataclass(frozen=True)
class Signature:
    """Everything that can change a result, to reproduce it (after sacrebleu's signatures).

    ``detector``: the detector's name with its language restriction, e.g.
    ``polyglot_news.langid[ru,uk]``; ``translator``: the backend's registry name and
    ``translator_settings`` every setting of it that can change the output (beam size, compute
    type, batch size, ...); ``packages``: the model packages used, with versions
    (``argos:ru-en@1.0``); ``routes``: each version's route (``("ko", "en")``), and as
    ``"id[start:end]"`` each run of a mixed-language version routed another way; ``glossary``:
    ``sha256:`` digest of the glossary entries; ``diff``: alignment and diff settings;
    ``segmenter``: :func:`polyglot_news.segment.segmenter_id`; ``libraries``: the versions of
    the third-party libraries that shaped the result; ``languages``: each version's source
    language and where it came from (``{"tass": ("ru", "given")}``: ``detected``, ``declared``
    by the version, or ``given`` with ``--from``). ``str()`` gives all of it on one line
    (``languages:`` lists the versions whose language was declared or given).
    """

    polyglot_news: str
    detector: str
    translator: str
    translator_settings: dict[str, str] = field(default_factory=dict)
    packages: tuple[str, ...] = ()
    routes: dict[str, tuple[str, ...]] = field(default_factory=dict)
    glossary: str = "none"
    diff: str = ""  # e.g. "dmp-words|semantic|align=0.5|moves"
    segmenter: str = ""
    libraries: dict[str, str] = field(default_factory=dict)
    languages: dict[str, tuple[str, str]] = field(default_factory=dict)

    def __str__(self) -> str:
        settings = ",".join(f"{k}={v}" for k, v in sorted(self.translator_settings.items()))
        translator = f"{self.translator}({settings})" if settings else self.translator
        routes = ",".join(sorted({">".join(r) for r in self.routes.values()})) or "none"
        libraries = ",".join(f"{k}={v}" for k, v in self.libraries.items()) or "none"
        languages = ",".join(
            f"{vid}={code}({origin})"
            for vid, (code, origin) in sorted(self.languages.items())
            if origin != "detected"
        ) or ("detected" if self.languages else "none")
        return (
            f"polyglot_news:{self.polyglot_news}|detector:{self.detector}"
            f"|translator:{translator}|packages:{','.join(self.packages) or 'none'}"
            f"|routes:{routes}|glossary:{self.glossary}|segmenter:{self.segmenter or 'none'}"
            f"|diff:{self.diff}|libraries:{libraries}|languages:{languages}"
        )


@dataclass(frozen=True)
class Comparison:
    """The whole comparison of N versions of one story.

    ``matrix[i][j]`` (0-1, symmetric, 1.0 on the diagonal) is the similarity of the versions
    with ids ``matrix_ids[i]`` and ``matrix_ids[j]``: the compared versions, in input order
    (failed versions have no row). ``claims`` is the claims table: one :class:`Claim` per fact,
    in reading order, every sentence of every compared version in exactly one; :attr:`unique`
    derives the sentences only one version carries from it. ``failures`` are the inputs that
    could not even be loaded; a version that loaded but failed later is in ``versions`` with
    its ``error``. ``base_reason`` says why ``base`` is the base ("named by the user (--base)",
    "the version covering the most of the other versions' sentences", "of two versions, the
    one not translated ...", :mod:`.base_choice`); empty when the caller chose it.
    """

    pivot: str
    base: str
    versions: tuple[VersionResult, ...]
    comparisons: tuple[PairComparison, ...]
    matrix: tuple[tuple[float, ...], ...]
    claims: tuple[Claim, ...]
    signature: Signature
    failures: tuple[InputFailure, ...] = ()
    matrix_ids: tuple[str, ...] = ()
    base_reason: str = ""

    @property
    def unique(self) -> tuple[UniqueSentence, ...]:
        """What only one version reports: the rows with one version's cell that link to
        nothing in any other version (:func:`unique_sentences`)."""
        return unique_sentences(self.claims)

    @property
    def possibly_unique(self) -> tuple[UniqueSentence, ...]:
        """The rows with one version's cell that link to rows they could not join ("see #N"):
        another version may tell them there in other words, so a reader compares before calling
        them exclusive (:func:`unique_sentences` with ``related=True``)."""
        return unique_sentences(self.claims, related=True)


def unique_sentences(
    claims: Iterable[Claim], *, related: bool = False
) -> tuple[UniqueSentence, ...]:
    """What no other version reports: the cell of every row only one version has a cell in
    (:attr:`Claim.one_version`) and that links to nothing in any other version, in row order.
    ``related=True`` gives the other such rows instead: those linked to rows they could not
    join (``UniqueSentence.related``), which another version may tell in other words."""
    return tuple(
        UniqueSentence(
            c.cells[0].version, c.cells[0].sentences[0], c.cells[0].text,
            c.cells[0].sentences, c.related,
        )  # fmt: skip
        for c in claims
        if c.one_version and bool(c.related) == related
    )
