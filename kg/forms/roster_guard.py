"""A consistency check of a finished roster: a value whose kind contradicts its field is a layout
misread, and kg states no misread. Such a value is dropped, with a `roster-ambiguous` finding
that names the person, the field and the text:

- a position or other position that holds the name of another person of the roster, that is a
  run of person names and no title word, or that holds a street address (a cell of the next
  column or row read as a title);
- a citizenship that holds the name of another person of the roster, or that names no
  nationality or country and is an address (digits) or a person's name;
- an address that is only a nationality, or the name of another person of the roster;
- any of them that holds a table's cell boundary (' | ', where HTML-to-text joins a row's cells): two cells'
  text read as one value;
- a position, other position or citizenship that is not printed in the person's own entry but is
  printed in another person's entry as that person's value, and nowhere outside the entries (no
  heading, preamble, legend or note gives it to all): a value carried over from a neighbour,
  whatever the layout.

Before that, each entry is checked on its own (`plausible`: a name or a field too long to be one is
debris), and the values a layout reader could not place are reported (`warn_doubts`).
"""
from __future__ import annotations

import re
from bisect import bisect_left

from kg.context import Context
from kg.forms import roster_fields as rf
from kg.forms import roster_types as rt
from kg.forms.nlp import person_names
from kg.forms.roster_affiliations import affiliations
from kg.forms.roster_braces import beside_brace
from kg.forms.roster_entry import Entry
from kg.forms.roster_fields import MAX_FIELD_CHARS
from kg.forms.roster_mixed_columns import columns_mixed
from kg.forms.roster_rules import rules
from kg.forms.roster_spans import RowSpans
from kg.forms.span_index import SpanIndex, apart
from kg.read import clean
from kg.records import Person


def check_people(ctx: Context, people: list[Person]) -> None:
    """Drop each value of `people` (one filing's roster people) that is of another kind than its field."""
    names = {p.name.casefold(): p.name for p in people if p.name and len(p.name.split()) >= 2}
    for person in people:
        others = [n for key, n in names.items() if key != (person.name or "").casefold()]
        keep_titles(ctx, person, lambda field, value: _not_a_title(value, others))
        if person.citizenship and (why := _not_a_citizenship(person.citizenship, others)):
            drop_value(ctx, person, "citizenship", person.citizenship, why)
            person.citizenship = person.country = None
        if person.address and (why := _not_an_address(person.address, others)):
            drop_value(ctx, person, "address", person.address, why)
            person.address = person.address_city = person.address_country = None


# 'Director ........ Name': a dot leader between two columns; '... Executive Vice (c)': an outline's clause letter
_LEADER = re.compile(r"\.{4,}|(?:\. ){3,}\.|(?:^|\s)\([a-h]\)(?:\s|$)")


def leaders_misread(ctx: Context, people: list[Person]) -> bool:
    """True (with a `roster-ambiguous` finding) when a value of `people` (one roster) holds a dot leader, an
    outline's clause letter '(c)' or the name of another person of the roster: the leader joins a title to a name
    on one line, the letter heads the next field, the name heads another entry (a biography paragraph after the
    table), so the value has run over into another entry and the values around it may be shifted by one person;
    the roster is then refused whole."""
    names = {p.name.casefold(): p.name for p in people if p.name and len(p.name.split()) >= 2}
    for person in people:
        others = [n for key, n in names.items() if key != (person.name or "").casefold()]
        values = [clean.squash(v) or "" for v in (person.citizenship, person.address, *person.positions)]
        for value in values:
            why = ("a dot leader or an outline letter" if _LEADER.search(value) else
                   f"the name of {other!r}" if (other := _holds_name(value, others)) else None)
            if why:
                ctx.warn("roster-ambiguous", f"the entry of {person.name!r} runs over {why} ({value[:60]!r}): the "
                         "entries' bounds are not certain; the roster is left out", span=person.evidence)
                return True
    return columns_mixed(ctx, people)  # ('Director of X, 31 West 52nd Street': an address read with an office)


SHARED_EDGE = 40  # two entries' spans may share this much (the line a name and the last value stand on)


def check_provenance(ctx: Context, people: list[Person]) -> None:
    """Drop each value of `people` printed only in the entry of another of them (see the module)."""
    spans = [(p, p.evidence) for p in people if p.evidence]
    # an entry whose span runs over another's (names displaced from their blocks, by a conversion) shows
    # no clean provenance: it is neither checked nor taken as the owner of a value
    entries = apart(spans, SHARED_EDGE)
    if len(entries) < 2:
        return
    index = SpanIndex(entries)
    for person, own in entries:
        for field in ("positions", "other_positions"):
            kept = [v for v in getattr(person, field) if not _carried(ctx, person, own, index, field, v)]
            if field == "other_positions" and kept != person.other_positions:
                person.affiliations = [a for other in kept for a in affiliations(other)]
            setattr(person, field, kept)
        if person.citizenship and _carried(ctx, person, own, index, "citizenship", person.citizenship):
            person.citizenship = person.country = None


def check_overrun(ctx: Context, people: list[Person]) -> None:
    """A person whose entry runs over the name and to the end of another listed person's entry (an entry
    read on past its end, a page printed with other margins): a value printed after that name, and not before it in the person's own
    part, is the other person's; it is left out (`roster-ambiguous`)."""
    names = sorted(((q.spans["name"][0], i, q) for i, q in enumerate(people) if "name" in q.spans and q.evidence),
                   key=lambda n: n[:2])  # (by place: the names inside an entry are found by bisection)
    places = [at for at, _i, _q in names]
    for person in people:
        if not person.evidence or "name" not in person.spans:
            continue
        start, end = person.evidence
        # (the other entry lies inside this one and both end at one place: this one ran on through it; names
        # displaced from their blocks by a conversion, as in the seed, give entries that overlap but end apart)
        inside = names[bisect_left(places, person.spans["name"][1]):bisect_left(places, end)]
        cut = next((at for at, _i, q in inside if q is not person and q.name != person.name
                    and abs(q.evidence[1] - end) <= 2), None)
        if cut is None:
            continue
        for field in ("positions", "other_positions"):
            kept = [v for v in getattr(person, field) if not _after_cut(ctx, person, field, v, (start, cut, end))]
            if field == "other_positions" and kept != person.other_positions:
                person.affiliations = [a for other in kept for a in affiliations(other)]
            setattr(person, field, kept)
        if person.citizenship and _after_cut(ctx, person, "citizenship", person.citizenship, (start, cut, end)):
            person.citizenship = person.country = None
        if person.address and _after_cut(ctx, person, "address", person.address, (start, cut, end)):
            person.address = person.address_city = person.address_country = None


def _after_cut(ctx: Context, person: Person, field: str, value: str, bounds: tuple[int, int, int]) -> bool:
    start, cut, end = bounds
    words = [re.escape(w) for w in re.findall(r"\w+", value)]
    if not words:
        return False
    pattern = re.compile(r"(?<!\w)" + r"\W+".join(words) + r"(?!\w)", re.I)
    if pattern.search(ctx.text, start, cut) or not pattern.search(ctx.text, cut, end):
        return False
    drop_value(ctx, person, field, value, "it is printed after the name of another person of the roster, in that "
          "person's entry")
    return True


_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")


def _carried(ctx: Context, person: Person, own: tuple[int, int], entries: SpanIndex[Person], field: str,
             value: str) -> bool:
    words = [re.escape(w) for w in re.findall(r"\w+", value)]
    if not words:
        return False
    printed = _CAMEL.sub(" ", ctx.text[own[0]:own[1]])  # ('United States of AmericaDirector': a cell glued to the next)
    if {w.casefold() for w in re.findall(r"\w+", value)} <= {w.casefold() for w in re.findall(r"\w+", printed)}:
        return False  # (its words in the person's own entry, however the columns interleave them: theirs)
    pattern = re.compile(r"(?<!\w)" + r"\W+".join(words) + r"(?!\w)", re.I)
    owners = []
    grid = RowSpans(ctx.cell_columns) if ctx.cell_columns else None
    for match in pattern.finditer(ctx.text):
        holders = entries.holding(match.start())
        if not holders or grid and grid.shared(match.start()) or beside_brace(person, field, match.start()):  # (a
            return False  # cell the markup gives to several rows, with a rowspan or a brace, is each of those rows' own)
        owners += [p.name for p in holders if p is not person and p.name != person.name and _holds(p, field, value)]
    if not owners:
        return False
    drop_value(ctx, person, field, value, f"it is printed only in the entry of {owners[0]!r}")
    return True


def _holds(person: Person, field: str, value: str) -> bool:
    values = getattr(person, field)
    return value.casefold() in {v.casefold() for v in ([values] if isinstance(values, str) else values or [])}


def _not_a_title(value: str, others: list[str]) -> str | None:
    flat = clean.squash(value.replace("\n", " ")) or ""
    if _CELL_EDGE.search(flat):
        return _CELL_WHY
    if other := _holds_name(flat, others):
        return f"it holds the name of {other!r}, another person of the roster"
    if _OUTLINE_HEADING.search(flat):
        return _OUTLINE_WHY
    if rules().address_in_title.search(flat):
        return "it holds a street address"
    if _RUNNING_HEAD.search(flat):
        return "it holds a page's running header or number"
    if _CODES.fullmatch(flat):
        return "it is a legend's letters or a number, not decoded ('A, C', '9')"
    if _SENTENCE.search(flat):
        return "it holds a sentence ('are set forth', 'is a citizen of'), the text of a paragraph or a caption"
    spans = person_names(flat)
    if len(spans) >= 2 and sum(e - s for s, e in spans) >= 0.8 * len(flat) and not rules().title_words.search(flat):
        return "it is a list of person names"
    return None


# a lone '|' (not an escaped '\|'): the boundary of two table cells, never part of a value
_CELL_EDGE = re.compile(r"(?:^|\s)\|(?:\s|$)")
_CELL_WHY = "it holds a table's cell boundary ('|'): the text of two cells read as one value"
# 'United States of America II. Executive Officers who are not Directors': an outline's section heading
_OUTLINE_HEADING = re.compile(r"(?:^|\s)(?:I|II|III|IV|V|VI)\.\s+[A-Z][a-z]")
_OUTLINE_WHY = "it runs over a section heading of an outline ('II. Executive Officers')"
# 'Each of the persons listed above is a citizen of ...', '... named above are set forth in the following table',
# 'The Reporting Persons have not, during the last five years, been convicted ...' (a paragraph after the table),
# 'The name, ... present principal occupation (where it is not that position)': no title says 'is' or 'are'
_CODES = re.compile(r"(?=(?:.*[\s,;&])?(?:[A-Z]|\d+)(?:[\s,;&.]|$))(?:[A-Z]{1,4}|\d+)(?:\s*[,;&]\s*(?:[A-Z]{1,4}|\d+))*[,.;]?")  # (no
# title is a letter or a number, nor a run of codes with one: 'D, CB')
_SENTENCE = re.compile(r"\b(?:(?:it|which|who|each|persons?|individuals?|above|below)\s+(?:is|are|was|were|has|have)\b|"
                       r"(?:is|are)\s+(?:set\s+forth|listed|named|a\s+citizen|citizens)\b|(?:has|have)\s+(?:not|been)\b)"
                       r"|\bset\s+forth\s+(?:below|above|in)\b", re.I)
_RUNNING_HEAD = re.compile(r"\b(?:ANNEX|SCHEDULE|EXHIBIT|APPENDIX)\b[^()]{0,20}\(continued\)|^Page\s+\d+\b|^-\s*\d+\s*-", re.I)


def _not_a_citizenship(value: str, others: list[str]) -> str | None:
    flat = clean.squash(value) or ""
    if _CELL_EDGE.search(flat):
        return _CELL_WHY
    if other := _holds_name(flat, others):
        return f"it holds the name of {other!r}, another person of the roster"
    if _OUTLINE_HEADING.search(flat):
        return _OUTLINE_WHY
    if rf.find_nationality(flat) or rf.find_country(flat):
        return None
    if re.search(r"\d", flat):
        return "it is an address"
    if rt.is_person_name(flat, in_name_column=False):
        return "it is a person's name, no nationality"
    return None


def _not_an_address(value: str, others: list[str]) -> str | None:
    flat = clean.squash(value) or ""
    if _CELL_EDGE.search(flat):
        return _CELL_WHY
    if _OUTLINE_HEADING.search(flat):
        return _OUTLINE_WHY
    if rt.is_nationality(flat) and not rf.find_country(flat):
        return "it is a nationality"
    if any(flat.casefold() == n.casefold() for n in others):
        return "it is the name of another person of the roster"
    return None


def _holds_name(text: str, names: list[str]) -> str | None:
    folded = text.casefold()
    return next((n for n in names if n.casefold() in folded  # (the search only where the name is printed at all)
                 and re.search(rf"(?<!\w){re.escape(n.casefold())}(?!\w)", folded)), None)


def keep_titles(ctx: Context, person: Person, why_of) -> None:
    """The person's positions and other positions without those `why_of(field, value)` gives a reason against
    (each left out with a finding saying it); the affiliations follow the other positions kept."""
    for field in ("positions", "other_positions"):
        kept = []
        for value in getattr(person, field):
            why = why_of(field, value)
            if why:
                drop_value(ctx, person, field, value, why)
            else:
                kept.append(value)
        if field == "other_positions" and kept != person.other_positions:
            person.affiliations = [a for other in kept for a in affiliations(other)]
        setattr(person, field, kept)


def drop_value(ctx: Context, person: Person, field: str, value: str, why: str) -> None:
    """Leave one value of a person out, with a `roster-ambiguous` finding at its span (its printed text with it)."""
    key = f"{field}:{value}" if field in ("positions", "other_positions") else field
    ctx.warn("roster-ambiguous", f"the {field} {value!r} of {person.name!r} is left out: {why}",
             span=person.spans.pop(key, None) or person.evidence, readings=[person.name, None], field=field)
    person.printed.pop(key, None)


# No name or field of a roster is this long: such a value is debris (a layout misread), not
# read further (the parsers of names and fields look at bounded values).
MAX_NAME_CHARS = 300


def plausible(ctx: Context, entry: Entry) -> bool:
    """False (a `bad-value` warning) for an entry whose name is too long to be a name, or (`roster-ambiguous`)
    that holds a label; a field too long to be a value is dropped (a warning too)."""
    if len(entry.name) > MAX_NAME_CHARS:
        ctx.warn("bad-value", f"a roster entry's name of {len(entry.name):,} characters is not a name; "
                 "entry left out", span=entry.name_span)
        return False
    if any(pattern.search(entry.name) for pattern in rules().labels.values()):  # ('A   Name:  B': blocks side by side)
        ctx.warn("roster-ambiguous", f"the name {entry.name[:80]!r} holds a label: text of two entries on one line; "
                 "entry left out", span=entry.name_span, readings=[entry.name, None])
        return False
    for name, value in list(entry.fields.items()):
        if value and len(value) > MAX_FIELD_CHARS:
            ctx.warn("bad-value", f"{entry.name[:80]!r}: {name} of {len(value):,} characters is not a value; "
                     "left out", span=entry.evidence)
            del entry.fields[name]
    return True


def warn_doubts(ctx: Context, entries: list[Entry], why: str = "in the entry of {name!r} could be more than "
                 "one of its values") -> None:
    for entry in (e for e in entries if e.doubts):
        ctx.warn("roster-ambiguous", f"{', '.join(map(repr, entry.doubts))} {why.format(name=entry.name)}; left out",
                 span=entry.evidence, readings=[entry.name, None])
