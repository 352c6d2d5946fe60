"""A roster written field by field in legal prose, a value tied to its person only by the order of two lists.

'Each of A, B and C is a Director of X. D and E are the President; and Treasurer of X, respectively. The present
principal occupations of A and B, other than their positions with X, are P and Q, respectively. The business address
of each person named above is S, except that the business addresses of A and D are T; and U, respectively. Each
person named above is a citizen of the United States, except C, who is a citizen of Canada.'

The sentences giving the titles in the roster's organisation introduce the persons; every other sentence may name
only persons so introduced ('each person named above' is all of them, 'each other person' those not yet given the
field). Values pair with names only where the count is certain: a list apart by semicolons ('X; Y; and Z') counts its
parts, a list apart by commas ('X, Y and Z') only where no item but the last pair holds ' and '; a sentence whose
names do not all read as persons introduced, or whose values do not count as many as its names, gives nothing (a
`roster-ambiguous` finding), and a person given two values of one field keeps neither. The sentences are data:
kg/patterns/roster_respectively.yml.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from kg.context import Context
from kg.forms import roster_types as rt
from kg.forms.name_suffixes import suffix_alternation
from kg.forms.roster_entry import Entry, Roster
from kg.forms.roster_flat_words import joined, paragraph_gaps, word_spans
from kg.forms.roster_names import display_name
from kg.forms.roster_org_sign import may_name_organization
from kg.forms.roster_rules import rules
from kg.patterns import build
from kg.read import clean

_FILE = "roster_respectively.yml"
_FIELDS = ("positions", "occupations", "address", "citizenship")
_SHAPES = ("listed", "everyone", "others")
_SUFFIX = re.compile(r",(\s+" + suffix_alternation(numerals=False) + r"\.|\s+" + suffix_alternation(words=False) + r"\b)")


@dataclass(frozen=True)
class _Sentence:
    key: str
    field: str
    shape: str
    pattern: re.Pattern


@dataclass
class _Person:
    printed: str
    span: tuple[int, int]
    values: dict[str, list[str]] = field(default_factory=dict)  # field -> values given (several for titles)
    refused: set[str] = field(default_factory=set)  # fields given twice over, differently


class _Heard:
    """Findings kept until the roster is known to be read so."""

    def __init__(self) -> None:
        self.findings: list[tuple[tuple, dict]] = []

    def warn(self, *args, **kwargs) -> None:
        self.findings.append((args, kwargs))


@cache
def _data() -> dict:
    """The sentences' data, built once per process (read only: no caller changes it)."""
    def make(data) -> dict:
        out = {key: re.compile(data[key])
               for key in ("name", "mark", "name_gap", "list_lead", "not_person", "abbreviated", "debris")}
        name = f"(?:{data['name']})(?:{data['mark']})?"
        out["marked"] = re.compile(name)
        names = f"(?:{data['list_lead']})?{name}(?:{data['name_gap']}{name})*"
        out["templates"] = {"{names}": names, "{name}": name}
        out["heads"] = data["heads"].replace("{names}", names)
        out["sentences"] = dict(data["sentences"])
        for key, spec in out["sentences"].items():
            if spec["field"] not in _FIELDS or spec["shape"] not in _SHAPES:
                raise ValueError(f"sentence {key}: field {spec['field']!r} or shape {spec['shape']!r} unknown")
        _compiled_for("Sample Organisation, Inc.", out)  # (every sentence compiles)
        return out
    return build(_FILE, make)


def _compiled_for(organization: str, data: dict) -> list[_Sentence]:
    org = r"(?i:" + r"\s+".join(map(re.escape, organization.rstrip(".").split())) + r")\.?"
    end = rf"\.(?=\s*$|\s*\n|\s+(?:{data['heads']}))"  # (a sentence ends its paragraph, or another opens)
    out = []
    for key, spec in data["sentences"].items():
        pattern = spec["pattern"].replace("{org}", org)
        for slot, text in data["templates"].items():
            pattern = pattern.replace(slot, text)
        out.append(_Sentence(key, spec["field"], spec["shape"], re.compile(pattern + end)))
    return out


@cache
def _sentences(organization: str) -> tuple[list[_Sentence], re.Pattern]:
    data = _data()
    return _compiled_for(organization, data), re.compile(rf"\.\s*\n|\.\s+(?={data['heads']})")


def read_respectively(ctx: Context, start: int, end: int, roster: Roster) -> list[Entry] | None:
    """The persons of a roster written field by field ('..., respectively'), or None where the text is not so."""
    if roster.organization is None or not may_name_organization(ctx.text, start, end, roster.organization, _data()["sentences"]):
        return None  # (no sentence giving titles in the organisation can be printed: kg.forms.roster_org_sign)
    flat, where = _flat(ctx.text, start, end, _data()["debris"])
    sentences, next_head = _sentences(roster.organization)
    people: dict[str, _Person] = {}
    heard = _Heard()
    fields_read: set[str] = set()
    at = 0
    while at < len(flat):
        found = next(((m, s) for s in sentences if (m := s.pattern.match(flat, at))), None)
        if found is None:
            if fields_read:
                heard.warn("unparsed-section", "a sentence of the roster was not read; no value is recorded from it",
                         span=_span(where, at, min(len(flat), at + 200)))
            head = next_head.search(flat, at)
            if head is None:
                break
            at = head.end()
            continue
        match, sentence = found
        if _read(heard, match, sentence, people, where):
            fields_read.add(sentence.field)
        at = match.end()
        while at < len(flat) and flat[at] in " \n":
            at += 1
    if "positions" not in fields_read or len(fields_read) < 2 or not people:
        return None
    _no_defaults(roster, fields_read)
    for args, kwargs in heard.findings:  # (findings only where the roster is read so: no other reader's)
        ctx.warn(*args, **kwargs)
    return [_entry(person) for person in people.values()]


def _no_defaults(roster: Roster, fields_read: set[str]) -> None:
    """A field the sentences give leaves no default of the preamble's (which read the same sentences): a person
    they give no value has none."""
    if "occupations" in fields_read:
        roster.default_occupation = None
    if "address" in fields_read:
        roster.default_address = None
    if "citizenship" in fields_read:
        roster.default_citizenship, roster.citizenship_exceptions = None, {}


def _flat(text: str, start: int, end: int, debris: re.Pattern) -> tuple[str, list[int]]:
    """The text with its page marks and paragraph numbers blanked and its spaces squashed (a paragraph's end, a full
    stop before a blank line, kept as one new line), and where each of its characters stands in the text."""
    chunk = debris.sub(_blanked, text[start:end])
    spans = word_spans(chunk)  # (a mark blanked before a comma: 'Lars Green(1),'; a blank line between: a paragraph
    separators = {i: "" for i, (s, _e) in enumerate(spans) if i and chunk[s] in ",;."}  # ends, '\n')
    separators |= {i: "\n" for i in paragraph_gaps(chunk, spans) if chunk[spans[i - 1][1] - 1] == "."}
    return joined(chunk, start, spans, separators)


def _blanked(match: re.Match) -> str:
    if match.group(1) is None:  # (a page mark: the whole line)
        return " " * len(match.group(0))
    lead = match.start(1) - match.start(0)  # (a paragraph's number: only the number)
    return match.group(0)[:lead] + " " * len(match.group(1)) + match.group(0)[lead + len(match.group(1)):]


def _span(where: list[int], start: int, end: int) -> tuple[int, int]:
    return where[start], where[max(start, end - 1)] + 1


def _read(ctx: _Heard, match: re.Match, sentence: _Sentence, people: dict[str, _Person], where) -> bool:
    """Give the values of one sentence to its persons; False (with a finding) where the pairing is not certain."""
    groups = match.groupdict()
    span = _span(where, match.start(), match.end())
    named = _names(match, where) if groups.get("names") else []
    if named is None:
        ctx.warn("roster-ambiguous", f"the names of {match.group(0)[:80]!r} do not all read as persons; no value is "
                 "recorded from it", span=span, readings=["by order", None])
        return False
    introducing = sentence.field == "positions"
    if not introducing and any(display_name(n).casefold() not in people for n, _s in named):
        ctx.warn("roster-ambiguous", f"{match.group(0)[:80]!r} names a person the roster does not introduce; no "
                 "value is recorded from it", span=span, readings=["by order", None])
        return False
    values = _items(groups["values"], len(named)) if groups.get("values") else None
    if groups.get("values") and values is None:
        ctx.warn("roster-ambiguous", f"the values of {match.group(0)[:80]!r} do not count as many as its names; no "
                 "value is recorded from it", span=span, readings=["by order", None])
        return False
    if introducing:
        for printed, name_span in named:
            people.setdefault(display_name(printed).casefold(), _Person(printed, name_span))
    listed = [people[display_name(n).casefold()] for n, _s in named]
    value = groups.get("value")
    if sentence.shape == "listed":
        for person, given in zip(listed, values or [value] * len(listed)):
            _give(person, sentence.field, given)
        return True
    rest = [p for p in people.values() if p not in listed]
    if sentence.shape == "others":
        rest = [p for p in rest if sentence.field not in p.values]
    for person in rest:
        _give(person, sentence.field, value)
    for person, given in zip(listed, values or []):
        _give(person, sentence.field, given)
    return True


def _names(match: re.Match, where) -> list[tuple[str, tuple[int, int]]] | None:
    """The names of the sentence's list, each with where it is printed; None where one is no person's."""
    data = _data()
    lead = data["list_lead"].match(match.group("names"))
    text = match.group("names")[lead.end() if lead else 0:]
    one = data["marked"].fullmatch(text)
    items = [text] if one else _items(_SUFFIX.sub(lambda m: "\0" + m.group(1)[1:], text), None)
    if items is None:
        return None
    out, cursor = [], match.start("names") + (lead.end() if lead else 0)
    for item in (i.replace("\0", ", ") for i in items):
        if not data["marked"].fullmatch(item) or data["not_person"].search(item):
            return None
        at = match.string.index(item, cursor)
        cursor = at + len(item)
        item = data["name"].match(item).group(0)  # (without its note's mark)
        out.append((item, _span(where, at, at + len(item))))
    return out


def _items(text: str, count: int | None) -> list[str] | None:
    """The items of a list ('X; Y; and Z', 'X, Y and Z', 'X and Y'), or None where they do not count `count` (any
    count with None) for certain; one item needs no list."""
    text = text.strip()
    if count == 1:
        return [text]
    if ";" in text:
        items = [re.sub(r"^and\s+", "", part.strip()) for part in text.split(";")]
    else:
        pieces = text.split(", ")
        if pieces[-1].startswith("and "):
            items = pieces[:-1] + [pieces[-1][4:]]
        else:
            items = pieces[:-1] + re.split(r"\s+and\s+", pieces[-1])
            if len(items) != len(pieces) + 1:
                return None  # (the last pair is not 'X and Y': the count is not certain)
        if any(re.search(r"\sand\s", item) for item in items):
            return None
    if any(not item for item in items) or len(items) < 2 or count is not None and len(items) != count:
        return None
    return items


def _give(person: _Person, name: str, value: str | None) -> None:
    """One value of a field; a field given again with another value is refused ('titles' add up)."""
    value = _cleaned(value) if value else None
    if name == "positions":
        person.values.setdefault(name, []).append(value)
        return
    before = person.values.get(name)
    if before is not None and before != [value]:
        person.refused.add(name)
    person.values[name] = [value]


def _cleaned(value: str) -> str:
    value = clean.squash(value).strip(" ,")
    value = value + "." if _data()["abbreviated"].search(value) else value
    return re.sub(r"^the\s+(?=[A-Z])", "", value)


def _entry(person: _Person) -> Entry:
    given = {k: [v for v in vs if v] for k, vs in person.values.items() if k not in person.refused}
    fields = {"title": "; ".join(t for v in given.get("positions", []) for t in _titles(v)),
              "other_positions": ";".join(o for v in given.get("occupations", []) for o in _occupations(v)),
              "address": (given.get("address") or [""])[0], "citizenship": (given.get("citizenship") or [""])[0]}
    return Entry(name=person.printed, name_span=person.span, evidence=person.span,
                 fields={k: v for k, v in fields.items() if v}, refused={
                     {"occupations": "other_positions"}.get(k, k) for k in person.refused},
                 title_column=True)


def _titles(value: str) -> list[str]:
    """'Chairman of the Board and Chief Executive Officer', 'Vice President, General Counsel and Corporate
    Secretary': several titles where every item of the list is a whole title (a title word ending in a title's head);
    else one."""
    items = _items(value, None)
    if items and all(item[:1].isupper() and rt.is_title(item) and rules().title_heads.search(item) for item in items):
        return items
    return [value]


def _occupations(value: str) -> list[str]:
    """'Professor of Economics, Harvard University, and President and CEO, National Bureau of Economic Research':
    two occupations, each naming where it is held (a title and its employer apart by a comma, or 'of X')."""
    parts = value.split(", and ")
    if len(parts) > 1 and all(re.search(r",\s|\s(?:of|at|for)\s", part) for part in parts):
        return parts
    return [value]
