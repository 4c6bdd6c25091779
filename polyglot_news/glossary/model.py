"""The glossary of names: entries, their surface forms per language, and merging.

A :class:`Glossary` is a set of :class:`Entry` records (one real-world entity each: a place,
person or organisation) whose :class:`Form` rows give its names per language, one of them
canonical per language. It answers ``find(text, language)`` through a per-language matcher
(:mod:`polyglot_news.glossary.matcher`) built once on first use and kept on the instance, not
in module state. Rules (see docs/glossary.md):

* One surface form in one language may belong to one entity only; inside one file a second
  claim raises :class:`GlossaryConflictError`.
* :meth:`Glossary.merge` lays another glossary over this one: same ids union their forms (the
  other's canonical flag wins per language); an imported entry without an id of its own
  (``user:...``) that shares a canonical form with an existing entry joins it; where two
  entities claim a form the other's claim wins and a :class:`GlossaryOverrideWarning` names
  the form.
"""

from __future__ import annotations

import hashlib
import warnings
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from polyglot_news.errors import GlossaryConflictError, PolyglotNewsWarning
from polyglot_news.glossary.matcher import DERIVED

if TYPE_CHECKING:
    from polyglot_news.glossary.matcher import Matcher

__all__ = [
    "Entry",
    "Form",
    "Glossary",
    "GlossaryOverrideWarning",
    "Match",
    "base_language",
    "form_key",
]

DEFAULT_TARGET = "en"
USER_PREFIX = "user:"  # ids made up for imported rows that carry none (DeepL, Google, TBX)
MULTI = "mul"  # ISO 639-2 "multiple languages": a form matched in every language


class GlossaryOverrideWarning(PolyglotNewsWarning):
    """A glossary laid over another took a surface form away from a different entity."""


def base_language(language: str) -> str:
    """Primary subtag, lower case: ``zh-CN`` -> ``zh``, ``pt_BR`` -> ``pt``."""
    return language.strip().lower().replace("_", "-").split("-")[0]


def form_key(text: str) -> str:
    """The comparison key of a surface form: case-folded, ``ё`` as ``е``, spaces collapsed."""
    return " ".join(text.casefold().replace("ё", "е").split())


@dataclass(frozen=True)
class Form:
    """One name of an entity in one language."""

    lang: str
    text: str
    canonical: bool = False
    inflect: str = ""  # paradigm per word ("-" = invariant); empty = guess from endings
    note: str = ""
    origin: str = field(default="", compare=False)  # "file:line" for messages


@dataclass(frozen=True)
class Entry:
    """One entity and its names."""

    id: str
    type: str
    forms: tuple[Form, ...]

    def canonical(self, language: str) -> str | None:
        """The canonical form in ``language`` (first flagged, else first listed), or None."""
        lang = base_language(language)
        in_lang = [f for f in self.forms if f.lang == lang]
        for form in in_lang:
            if form.canonical:
                return form.text
        return in_lang[0].text if in_lang else None

    def forms_in(self, language: str) -> tuple[Form, ...]:
        """The forms in ``language`` (base subtag) plus the language-independent ones."""
        lang = base_language(language)
        return tuple(f for f in self.forms if f.lang in (lang, MULTI))


@dataclass(frozen=True)
class Match:
    """A glossary entity found in text; offsets are characters into the searched text.

    ``derived`` is True when the surface is a relational adjective of the name rather than the
    name itself (курские власти, київська влада: "Kursk's", not "Kursk").
    """

    entry_id: str
    canonical: str  # the entity's canonical form in the target language
    surface: str
    start: int
    end: int
    language: str
    derived: bool = False


class Glossary:
    """A set of entries with a per-language matcher built lazily (picklable, immutable).

    ``checked=True`` skips the conflict check (for entries known to be conflict-free).
    ``reference`` is a module-level function returning this very glossary (the shipped one is
    built by :func:`polyglot_news.glossary.default_glossary`): such a glossary pickles as a
    call to it, so workers load it once instead of receiving thousands of entries.
    """

    def __init__(
        self,
        entries: Iterable[Entry] = (),
        *,
        name: str = "",
        reference: Callable[[], Glossary] | None = None,
        checked: bool = False,
    ):
        self._entries: tuple[Entry, ...] = tuple(entries)
        self.name = name
        self._reference = reference
        self._index: dict[str, Entry] | None = None
        self._digest = ""
        self._matchers: dict[str, Matcher] = {}
        if not checked:  # entries from a merge or the shipped build are conflict-free
            _check_conflicts(self._entries)

    @property
    def entries(self) -> tuple[Entry, ...]:
        """Every entry, in file order."""
        return self._entries

    @property
    def _by_id(self) -> dict[str, Entry]:
        if self._index is None:
            self._index = {e.id: e for e in self.entries}
        return self._index

    @classmethod
    def empty(cls) -> Glossary:
        """A glossary with no entries (for ``--no-default-glossary``)."""
        return cls(name="empty")

    # --- pickling: the default glossary travels by reference, others without matchers
    def __reduce__(self) -> tuple[Any, ...]:
        if self._reference is not None:
            return (self._reference, ())
        return (_rebuild, (self.entries, self.name))

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self) -> Iterator[Entry]:
        return iter(self.entries)

    def __repr__(self) -> str:
        return f"Glossary({self.name or 'unnamed'!r}, {len(self.entries)} entries)"

    def get(self, entry_id: str) -> Entry | None:
        """The entry with ``entry_id``, or None."""
        return self._by_id.get(entry_id)

    def canonical(self, entry_id: str, language: str = DEFAULT_TARGET) -> str:
        """The entity's name in ``language``: its canonical form there, else its display name.

        Raises KeyError for an id the glossary does not hold.
        """
        return self._canonical(entry_id, language) or self.display_name(entry_id)

    def display_name(self, entry_id: str) -> str:
        """The name shown where the entity has no form in the language asked for: its English
        canonical form, else the build's display name (shipped data), else its ``mul`` one,
        else its canonical form in the first language it has; the id only for an entry
        without forms. Raises KeyError for an id the glossary does not hold."""
        return (
            self._canonical(entry_id, DEFAULT_TARGET)
            or self._display(entry_id)
            or self._canonical(entry_id, MULTI)
            or self._any_name(entry_id)
            or entry_id
        )

    def _canonical(self, entry_id: str, language: str) -> str | None:
        return self._by_id[entry_id].canonical(language)

    def _display(self, entry_id: str) -> str | None:
        """A display name given apart from the forms (the shipped build's), or None."""
        return None

    def _any_name(self, entry_id: str) -> str | None:
        return _first_name(self._by_id[entry_id])

    @property
    def languages(self) -> tuple[str, ...]:
        """The languages with at least one form, sorted."""
        return tuple(sorted({f.lang for e in self.entries for f in e.forms}))

    @property
    def digest(self) -> str:
        """``sha256:<hex>`` over the entries' content, stable across processes and order."""
        if not self._digest:
            lines = sorted(
                "\t".join((e.id, e.type, f.lang, f.text, "1" if f.canonical else "0", f.inflect))
                for e in self.entries
                for f in e.forms
            )
            digest = hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()
            self._digest = "sha256:" + digest
        return self._digest

    def matcher(self, language: str) -> Matcher:
        """The compiled matcher for ``language`` (built on first use, then reused)."""
        lang = base_language(language)
        matcher = self._matchers.get(lang)
        if matcher is None:
            from polyglot_news.glossary.substring import build_matcher

            matcher = self._matchers[lang] = build_matcher(self._entries_for(lang), lang)
        return matcher

    def _entries_for(self, language: str) -> tuple[Entry, ...]:
        """The entries a matcher for ``language`` is compiled from (all of them here)."""
        return self.entries

    def find(
        self, text: str, language: str, *, target_language: str = DEFAULT_TARGET
    ) -> list[Match]:
        """Entities named in ``text`` (written in ``language``), longest match first, in order.

        ``Match.canonical`` is the entity's canonical form in ``target_language``.
        """
        lang = base_language(language)
        hits = self.matcher(lang).find(text)
        # a story names a few entities many times: each canonical form is looked up once
        names = {eid: self.canonical(eid, target_language) for eid in {h[0] for h in hits}}
        return [
            Match(entry_id, names[entry_id], text[s:e], s, e, lang, bool(flags & DERIVED))
            for entry_id, s, e, flags in hits
        ]

    def merge(self, other: Glossary) -> Glossary:
        """This glossary with ``other`` laid over it (``other`` wins conflicts, with a warning)."""
        merged: dict[str, Entry] = dict(self._by_id)
        owner = {(f.lang, form_key(f.text)): e.id for e in self.entries for f in e.forms}
        for entry in other.entries:
            target_id = entry.id if entry.id in merged else _adopt(entry, owner) or entry.id
            for form in entry.forms:
                key = (form.lang, form_key(form.text))
                # the same form held in every language ("mul") gives way too; one warning
                warned = False
                for held in (key, (MULTI, key[1])):
                    holder = owner.get(held)
                    if holder is None or holder == target_id:
                        continue
                    if not warned:
                        warnings.warn(
                            f"glossary {other.name or 'override'}: {form.lang} form"
                            f" {form.text!r} now names {target_id!r} instead of {holder!r}",
                            GlossaryOverrideWarning,
                            stacklevel=2,
                        )
                        warned = True
                    merged[holder] = _without(merged[holder], held)
                    del owner[held]
                owner[key] = target_id
            merged[target_id] = _union(merged.get(target_id), replace(entry, id=target_id))
        name = "+".join(n for n in (self.name, other.name) if n)
        return Glossary(merged.values(), name=name, checked=True)


def _first_name(entry: Entry | None) -> str | None:
    """The canonical form of the first language ``entry`` has forms in, or None."""
    if entry is None or not entry.forms:
        return None
    return entry.canonical(entry.forms[0].lang)


def _rebuild(entries: tuple[Entry, ...], name: str) -> Glossary:
    return Glossary(entries, name=name)


def _adopt(entry: Entry, owner: dict[tuple[str, str], str]) -> str | None:
    """The id of an existing entity sharing a canonical form with an imported (id-less) entry."""
    if not entry.id.startswith(USER_PREFIX):
        return None
    for form in entry.forms:
        if form.canonical and (form.lang, form_key(form.text)) in owner:
            return owner[(form.lang, form_key(form.text))]
    return None


def _without(entry: Entry, key: tuple[str, str]) -> Entry:
    forms = tuple(f for f in entry.forms if (f.lang, form_key(f.text)) != key)
    return replace(entry, forms=forms)


def _union(base: Entry | None, over: Entry) -> Entry:
    """``base`` with ``over``'s forms added; ``over``'s canonical flags win per language."""
    if base is None:
        return over
    flagged = {f.lang for f in over.forms if f.canonical}
    over_keys = {(f.lang, form_key(f.text)): f for f in over.forms}
    forms = [
        replace(f, canonical=f.canonical and f.lang not in flagged)
        for f in base.forms
        if (f.lang, form_key(f.text)) not in over_keys
    ]
    # a form present in both keeps base's position, taking over's flag and inflection
    kept = {(f.lang, form_key(f.text)): f for f in base.forms}
    for key, form in over_keys.items():
        if key in kept:
            old = kept[key]
            flag = form.canonical if form.lang in flagged else old.canonical
            forms.append(replace(form, canonical=flag, inflect=form.inflect or old.inflect))
    forms.extend(f for k, f in over_keys.items() if k not in kept)
    return Entry(base.id, base.type or over.type, tuple(forms))


def _check_conflicts(entries: Iterable[Entry]) -> None:
    """Raise GlossaryConflictError when one form in one language names two entities; its
    ``problems`` name every such form."""
    found = conflicts(entries)
    if found:
        raise GlossaryConflictError(
            many(found[0][1], len(found), found[0][0].rsplit(":", 1)[0]),
            source=found[0][0],
            problems=tuple(m for _, m in found),
        )


def conflicts(entries: Iterable[Entry]) -> list[tuple[str, str]]:
    """``(origin, message)`` of each form that names a second entity in its language."""
    seen: dict[tuple[str, str], tuple[str, Form]] = {}
    out = []
    for entry in entries:
        for form in entry.forms:
            key = (form.lang, form_key(form.text))
            prior = seen.setdefault(key, (entry.id, form))
            if prior[0] != entry.id:
                where = form.origin or entry.id
                out.append((where, (
                    f"{where}: {form.lang} form {form.text!r} names both {prior[0]!r}"
                    f" ({prior[1].origin or 'earlier'}) and {entry.id!r}; keep it in one entry"
                )))  # fmt: skip
    return out


def many(first: str, count: int, name: str) -> str:
    """One line for ``count`` problems of file ``name``: the first, and how to see them all."""
    if count <= 1:
        return first
    return f"{first} (and {count - 1} more; 'polyglot-news glossary check {name}' lists them all)"
