"""The glossary shipped with polyglot_news, loaded one language at a time.

The shipped data is the hand-written story glossary (``glossary_data/names.tsv``) laid over the
generated world glossary, split by language (``glossary_data/world/<lang>.tsv``, written by
``scripts/build_glossary.py``). Loading it reads only ``names.tsv``; a language's shard is read
the first time text in that language is matched or a canonical form in it is asked for, so
start-up stays fast with thousands of entities. Asking for every entry (``entries``, ``merge``,
``len``) reads all shards once.

The build guarantees that no world form names another entity than ``names.tsv`` gives it, so
laying ``names.tsv`` over a single shard equals laying it over the whole world glossary.
"""

from __future__ import annotations

import gc
import hashlib
import warnings
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from importlib.resources import files
from importlib.resources.abc import Traversable
from typing import Any

from polyglot_news.glossary import matcher_cache
from polyglot_news.glossary.matcher import Matcher
from polyglot_news.glossary.model import (
    MULTI,
    Entry,
    Form,
    Glossary,
    _first_name,
    base_language,
)

__all__ = ["DISPLAY_FILE", "OverlaidGlossary", "ShippedGlossary", "read_shard"]

DISPLAY_FILE = "display_names.tsv"  # id -> name of world entities without English forms

Reader = Callable[[str, str], list[Entry]]  # (text, file name) -> entries, without validation


class ShippedGlossary(Glossary):
    """``names.tsv`` laid over the per-language world shards, read lazily (immutable)."""

    def __init__(self, read: Reader, reference: Callable[[], Glossary]) -> None:
        self._data = files("polyglot_news.glossary_data")
        self._read = read
        story = read(self._data.joinpath("names.tsv").read_text("utf-8"), "names.tsv")
        super().__init__(story, name="default", reference=reference)
        self._story = {e.id: e for e in story}
        self._shards: dict[str, tuple[Entry, ...]] = {}
        self._all: tuple[Entry, ...] | None = None
        self._display_names: dict[str, str] | None = None

    def _shard_files(self) -> dict[str, Traversable]:
        folder = self._data.joinpath("world")
        return {p.name[:-4]: p for p in folder.iterdir() if p.name.endswith(".tsv")}

    def shard(self, language: str) -> tuple[Entry, ...]:
        """The world entries with forms in ``language`` (those forms only)."""
        lang = base_language(language)
        if lang not in self._shards:
            path = self._data.joinpath("world", f"{lang}.tsv")
            entries: Iterable[Entry] = ()
            if path.is_file():
                entries = read_shard(path.read_text("utf-8"), f"world/{lang}.tsv")
            self._shards[lang] = tuple(entries)
        return self._shards[lang]

    @property
    def entries(self) -> tuple[Entry, ...]:
        """Every entry: all shards merged, ``names.tsv`` laid over them (read once)."""
        if self._all is None:
            world = [e for lang in sorted(self._shard_files()) for e in self.shard(lang)]
            world_glossary = Glossary(_join(world), name="world", checked=True)
            merged = world_glossary.merge(Glossary(self._entries, checked=True))
            self._all = merged.entries
        return self._all

    def matcher(self, language: str) -> Matcher:
        """The compiled matcher for ``language``: on first use read from the on-disk cache
        (:mod:`.matcher_cache`), else its shard read and compiled, and the result stored."""
        lang = base_language(language)
        found = self._matchers.get(lang)
        if found is not None:
            return found
        cached = matcher_cache.load(self.digest, lang)
        if cached is not None:
            self._matchers[lang] = cached
            return cached
        with _collector_paused():
            built = super().matcher(lang)
        matcher_cache.store(self.digest, lang, built)
        return built

    def _entries_for(self, language: str) -> tuple[Entry, ...]:
        lang = base_language(language)
        shared = self.shard(MULTI) if lang != MULTI else ()
        return self.shard(lang) + shared + self._entries

    def _display(self, entry_id: str) -> str | None:
        """The build's display name of an entity without English forms (display_names.tsv)."""
        if self._display_names is None:
            text = self._data.joinpath(DISPLAY_FILE).read_text("utf-8")
            rows = (line.split("\t", 1) for line in text.splitlines()[3:] if line)
            self._display_names = {entity: name for entity, name in rows}
        return self._display_names.get(entry_id)

    def _any_name(self, entry_id: str) -> str | None:
        # every world entity has an English form or a display name (build_glossary.py)
        return _first_name(self._story.get(entry_id))

    def _canonical(self, entry_id: str, language: str) -> str | None:
        lang = base_language(language)
        story = self._story.get(entry_id)
        if story is not None:
            flagged = [f.text for f in story.forms if f.lang == lang and f.canonical]
            if flagged:
                return flagged[0]
        for entry in self.shard(lang):
            if entry.id == entry_id:
                return entry.canonical(lang)
        return story.canonical(lang) if story is not None else None

    @property
    def languages(self) -> tuple[str, ...]:
        """The languages with at least one form, sorted."""
        story = {f.lang for e in self._entries for f in e.forms}
        return tuple(sorted(story | set(self._shard_files())))

    @property
    def digest(self) -> str:
        """``sha256:<hex>`` over the shipped data files' bytes (names.tsv, the display names and
        every shard)."""
        if not self._digest:
            sha = hashlib.sha256(self._data.joinpath("names.tsv").read_bytes())
            sha.update(self._data.joinpath(DISPLAY_FILE).read_bytes())
            for lang, path in sorted(self._shard_files().items()):
                sha.update(lang.encode("ascii") + b"\0" + path.read_bytes())
            self._digest = "sha256:" + sha.hexdigest()
        return self._digest

    def __repr__(self) -> str:
        return "Glossary('default', shipped)"

    def merge(self, other: Glossary) -> Glossary:
        """``other`` laid over the shipped glossary, reading only the shards of its languages.

        Equal to :meth:`Glossary.merge` over every entry (same warnings, same adoption of
        imported rows, same matches), but a user glossary in Russian and English reads the
        ``ru``, ``en`` and ``mul`` shards instead of all 57; the rest is read when used.
        """
        return OverlaidGlossary(self, other)

    def subset(self, languages: Iterable[str]) -> Glossary:
        """The story entries and the world forms in ``languages`` (and ``mul``), merged."""
        world = [e for lang in sorted({*languages, MULTI}) for e in self.shard(lang)]
        return Glossary(_join(world), name="world", checked=True).merge(
            Glossary(self._entries, checked=True)
        )


class OverlaidGlossary(Glossary):
    """A user glossary laid over the shipped one, merged for the user's languages only.

    The merge over the shards of the languages the user glossary has forms in (plus ``mul``)
    decides every conflict, warning and adoption, since a user form can only meet forms of
    its own language or ``mul``; text in another language is matched against that language's
    shard plus the merged entries' forms. ``entries`` merges everything on first use.
    """

    def __init__(self, base: ShippedGlossary, over: Glossary) -> None:
        super().__init__((), name="+".join(n for n in (base.name, over.name) if n), checked=True)
        self._base, self._over = base, over
        self._langs = frozenset(f.lang for e in over.entries for f in e.forms) | {MULTI}
        self._near = base.subset(self._langs).merge(over)  # warns as the full merge would
        self._all: tuple[Entry, ...] | None = None

    @property
    def entries(self) -> tuple[Entry, ...]:
        """Every entry: the full merge, computed once (its warnings were given already)."""
        if self._all is None:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                world = Glossary(self._base.entries, checked=True)
                self._all = Glossary.merge(world, self._over).entries
        return self._all

    def _entries_for(self, language: str) -> tuple[Entry, ...]:
        lang = base_language(language)
        if lang in self._langs:
            return self._near.entries
        return self._base.shard(lang) + self._near.entries

    def _display(self, entry_id: str) -> str | None:
        return self._base._display(entry_id)

    def _any_name(self, entry_id: str) -> str | None:
        return _first_name(self._near.get(entry_id)) or self._base._any_name(entry_id)

    def _canonical(self, entry_id: str, language: str) -> str | None:
        lang = base_language(language)
        near = self._near.get(entry_id)
        if lang in self._langs:
            return near.canonical(lang) if near is not None else None
        return self._base._canonical(entry_id, lang)

    @property
    def languages(self) -> tuple[str, ...]:
        """The languages with at least one form, sorted."""
        return tuple(sorted(set(self._base.languages) | (self._langs - {MULTI})))

    @property
    def digest(self) -> str:
        """``sha256:<hex>`` over the shipped data's digest and the user glossary's."""
        if not self._digest:
            both = f"{self._base.digest}\n{self._over.digest}".encode()
            self._digest = "sha256:" + hashlib.sha256(both).hexdigest()
        return self._digest

    def __reduce__(self) -> tuple[Any, ...]:
        return (_overlaid, (self._base, self._over))

    def __repr__(self) -> str:
        return f"Glossary({self.name!r}, shipped with {len(self._over)} user entries)"


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a shard is read and compiled.

    Compiling a shard allocates some 100,000 long-lived objects (forms, patterns, word rules,
    frozensets), none of them garbage; each allocation threshold crossed would start a
    collection that walks them all again, which doubled the time of a first match.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _overlaid(base: ShippedGlossary, over: Glossary) -> OverlaidGlossary:
    with warnings.catch_warnings():  # given once where the glossaries were merged
        warnings.simplefilter("ignore")
        return OverlaidGlossary(base, over)


def read_shard(text: str, name: str) -> list[Entry]:
    """The entries of a generated shard ``text`` (file ``name``, for origins ``name:line``).

    Equal to ``formats.parse(text, name, validate=False)`` on the shards
    scripts/build_glossary.py writes (seven tab-separated columns, no quoting, no padding;
    tests/glossary checks every shipped shard both ways), at half its cost: no csv
    reader and no per-row checks, which ``build_glossary.py --check`` and the tests make.
    """
    forms: dict[str, list[Form]] = {}
    types: dict[str, str] = {}
    langs: dict[str, str] = {}
    lines = text.split("\n")
    for number, line in enumerate(lines, 1):
        if not line or line[0] == "#" or line.startswith("id\t"):
            continue
        entry_id, kind, lang, form, flag, inflect, note = line.split("\t")
        code = langs.get(lang) or langs.setdefault(lang, base_language(lang))
        row = Form(code, form, flag == "1", inflect, note, f"{name}:{number}")
        found = forms.get(entry_id)
        if found is None:
            forms[entry_id] = [row]
            types[entry_id] = kind
        else:
            found.append(row)
    return [Entry(i, types[i], tuple(f)) for i, f in forms.items()]


def _join(entries: Iterable[Entry]) -> list[Entry]:
    """One entry per id: the shards split each entity's forms by language."""
    joined: dict[str, Entry] = {}
    for entry in entries:
        prior = joined.get(entry.id)
        joined[entry.id] = (
            entry if prior is None else Entry(entry.id, prior.type, prior.forms + entry.forms)
        )
    return list(joined.values())
