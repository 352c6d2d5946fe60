"""A roster written as one paragraph per body whose people are one run-on sentence of numbered clauses:
'Directors. The following persons are directors of X. Unless otherwise indicated, the business address of
each person named in this paragraph is <A>. Unless otherwise indicated, each person named in this paragraph
is a citizen of <C>. (1) Name, <titles>, and <occupation elsewhere>; (2) Name, <titles>, whose business
address is <own>, who is a citizen of <own>; ...' ('(a)', '(b)' numbered alike).

The body is the lead sentence's ('directors', 'executive officers who are not directors'); the defaults
('unless otherwise indicated') stand for every clause of the paragraph that states no value of its own.
The numbers must run 1, 2, 3 ... (or a, b, c ...) without a gap across the paragraphs: a gap or a clause
the numbering cannot place refuses the whole roster (`refusal`), since a clause could then hold another
person's values; a clause whose opening is no person's name is left out on its own (`skipped`), and titles
that could end at more than one ', and ' (where the occupation elsewhere begins) are left out of their entry
(`Entry.doubts`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.context import Context
from kg.forms import roster_types as rt
from kg.forms.name_suffixes import suffix_alternation
from kg.forms.roster_affiliations import is_organization_name
from kg.forms.roster_entry import Entry, Roster, to_person
from kg.forms.roster_flat_words import joined, paragraph_gaps, word_spans
from kg.forms.roster_guard import warn_doubts
from kg.forms.roster_own import org_phrase
from kg.forms.roster_rules import rules
from kg.lookups.abbreviations import abbreviation_alternatives, abbreviations
from kg.records import Person, Span

_LEAD = re.compile(r"(?:^|(?<=\n)|(?<=\.\s))(?:[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+){0,7}\.\s+)?(?i:The\s+following\s+"
                   r"(?:persons\s+are|person\s+is)\s+(?P<body>[a-z][a-z ]{2,80}?)\s+of)\s+(?P<org>[A-Z].{1,150}?)\.?\s+"
                   r"(?=(?i:Unless\s+otherwise\s+indicated)\b|\((?:\d{1,3}|[a-zA-Z])\)\s)")
_EACH = r"each\s+(?:such\s+)?person(?:\s+named\s+in\s+this\s+paragraph)?"
_DEFAULT = re.compile(r"Unless\s+otherwise\s+indicated,\s+(?:the\s+(?:principal\s+)?business\s+address\s+of\s+" + _EACH +
                      r"\s+is\s+(?P<address>.+?)|" + _EACH + r"\s+is\s+a\s+citizen\s+of\s+(?:the\s+)?(?P<citizenship>.+?))\.\s*"
                      r"(?=Unless\s+otherwise\s+indicated\b|$)", re.I)
_MARKER = re.compile(r"(?:^|(?<=[.;]\s))\((?P<mark>\d{1,3}|[a-zA-Z])\)\s+")
_OWN = re.compile(r",\s+(?:whose\s+(?:principal\s+)?business\s+address\s+is\s+(?P<address>)|(?:who\s+is\s+)?a\s+citizen\s+of\s+"
                  r"(?:the\s+)?(?P<citizenship>))", re.I)
_FOLLOWING = re.compile(r"(?i:following)")  # (the one word every lead sentence prints: _LEAD)
_DEBRIS = re.compile(r"(?m)^[ \t]*(?:[-_=*]{3,}|<PAGE>)[ \t]*$")
_WORD, _BLANK_LINE, _LOWER = re.compile(r"\S+"), re.compile(r"\n[ \t]*\n"), re.compile(r"[a-z]")
_ABBREVIATION = re.compile(r"(?:\b[A-Z]|\b(?i:" + abbreviation_alternatives("numbered_clause") + r"))$")
_KEEP_STOP = re.compile(r"(?:\b[A-Z]|\b" + abbreviations("keep_stop") + r")\.$")


@dataclass
class Numbered:
    entries: list[Entry] = field(default_factory=list)
    refusal: str | None = None  # why nothing of the roster is recorded
    skipped: list[tuple[str, Span]] = field(default_factory=list)  # clauses left out on their own: (why, span)
    span: Span = (0, 0)


def _flatten(text: str, start: int, end: int) -> tuple[str, list[int]]:
    """The region's words joined by single spaces (rules and <PAGE> lines dropped), a paragraph's end (a blank
    line after a full stop or after a line in capitals, a heading: a page break inside a sentence joins its two
    pieces) a line break; each character's offset."""
    region = _DEBRIS.sub(lambda m: " " * len(m.group()), text[start:end])
    spans, ends = word_spans(region), {}
    for index in paragraph_gaps(region, spans):  # (two line ends or more between the words: the blank line
        (p_start, p_end), (w_start, _e) = spans[index - 1], spans[index]  # first, then the line above)
        if _BLANK_LINE.search(region, p_end, w_start) and (region[p_start:p_end].endswith(".") or not _LOWER.search(
                region, region.rfind("\n", 0, p_start) + 1, p_end)):
            ends[index] = "\n"
    return joined(region, start, spans, ends)


def _bodies(flat: str) -> list[tuple[re.Match, int]]:
    """Each body's lead sentence and where its clauses end: at the next lead sentence, or at the end of its
    paragraph or of a paragraph right after it that opens with a numbered clause other than a first one (its
    continuation; a note '(1) ...' after the roster is none)."""
    ends, position = [], 0
    for paragraph in flat.split("\n"):
        position += len(paragraph) + 1
        ends.append((position - 1, paragraph))
    out: list[tuple[re.Match, int]] = []
    leads = list(_LEAD.finditer(flat))
    for lead, following in zip(leads, leads[1:] + [None]):
        index = next(i for i, (end, _p) in enumerate(ends) if end >= lead.end())
        while index + 1 < len(ends) and (marker := _MARKER.match(ends[index + 1][1])) and marker.group("mark").casefold() not in "1a":
            index += 1
        out.append((lead, min(ends[index][0], following.start() if following else len(flat))))
    return out


def read_numbered_bodies(text: str, start: int, end: int) -> Numbered | None:
    """The roster between `start` and `end` (read from the region's start, title included: a lead sentence in
    capitals can be read into the title), or None where no lead sentence is followed by a numbered clause."""
    if not _FOLLOWING.search(text, start, end):
        return None  # (a lead sentence says 'The following persons are': its words are the region's as printed)
    flat, offsets = _flatten(text, start, end)
    bodies = _bodies(flat)
    if not bodies or not _MARKER.search(flat, bodies[0][0].end(), bodies[0][1]):
        return None
    out = Numbered(span=(offsets[bodies[0][0].start()], offsets[bodies[-1][1] - 1] + 1))
    expected = None
    for lead, part_end in bodies:
        body = rt.body_of(" ".join(lead.group("body").split()).casefold())
        part = flat[lead.end():part_end]
        first = _MARKER.search(part)
        if body is None or first is None:
            out.refusal = f"the paragraph {lead.group()[:60]!r} names no body kg knows or has no numbered clause"
            return out
        defaults, rest = _defaults(part[:first.start()])
        if rest:
            out.refusal = f"the paragraph {lead.group()[:60]!r} holds a sentence kg does not read ({rest[:80]!r})"
            return out
        markers = list(_MARKER.finditer(part, first.start()))
        for marker, after in zip(markers, markers[1:] + [None]):
            mark = marker.group("mark").casefold()  # ('(A)' in a line put in capitals)
            expected = _next(expected, mark)
            if expected != mark:
                out.refusal = f"the clauses are not numbered one after another ({marker.group()!r} where " \
                              f"{expected!r} was due)"
                return out
            clause_end = after.start() if after else len(part)
            if after is None and (stop := _sentence_end(part[:clause_end], marker.end())) is not None:
                clause_end = stop + 1  # (a sentence after the last clause is none of it)
            base = lead.end()
            clause = " ".join(part[marker.end():clause_end].split()).rstrip(" ;")
            span = (offsets[base + marker.start()], offsets[base + clause_end - 1] + 1)
            if after is None and not clause.endswith("."):  # the body's last clause breaks off: its rest is
                out.skipped.append((f"the clause {clause[:60]!r} breaks off", span))  # elsewhere, unread
                continue
            if after is None and not _KEEP_STOP.search(clause):
                clause = clause[:-1]
            entry = _clause(clause, body, defaults, span, offsets[base + marker.end()])
            if not isinstance(entry, str) and not rules().generic_referent.match(lead.group("org")):
                entry.fields["organization"] = lead.group("org")  # ('... are directors of X.': X's people)
            if isinstance(entry, str):
                out.skipped.append((entry, span))
            else:
                out.entries.append(entry)
    return out


def record_numbered(ctx: Context, numbered: Numbered, roster: Roster) -> list[Person]:
    """The people of a numbered roster, its refusal and the clauses left out reported (`roster-ambiguous`)."""
    if numbered.refusal:
        ctx.warn("roster-ambiguous", f"{numbered.refusal}; no person is recorded from it", span=numbered.span,
                 readings=["by number", None])
        return []
    for why, span in numbered.skipped:
        ctx.warn("roster-ambiguous", f"{why}; it is left out", span=span, readings=["by number", None])
    for entry in numbered.entries:  # the lead sentence's organisation, where the title names another or none
        if _key(entry.fields.get("organization")) == _key(roster.organization):
            entry.fields.pop("organization", None)
    warn_doubts(ctx, numbered.entries, "in the clause of {name!r} could split titles from occupation at more than "
                "one ', and '")
    return [to_person(entry, roster) for entry in numbered.entries]


def _key(name: str | None) -> str:
    return " ".join((name or "").casefold().replace(".", " ").split())


def _next(previous: str | None, mark: str) -> str:
    """The mark due after `previous` in the numbering `mark` is in ('1' or 'a' first)."""
    if previous is None:
        return "1" if mark.isdigit() else "a"
    return str(int(previous) + 1) if previous.isdigit() else chr(ord(previous) + 1)


def _defaults(preamble: str) -> tuple[dict[str, str], str]:
    """The paragraph's defaults ('Unless otherwise indicated, ...'), and what of the preamble they leave."""
    found: dict[str, str] = {}

    def take(match: re.Match) -> str:
        value = {k: v for k, v in match.groupdict().items() if v}
        if any(_sentence_end(v) is not None for v in value.values()):
            return match.group()  # ('... a citizen of Denmark. Each owns shares.': left, so refused)
        found.update(value)
        return ""
    rest = _DEFAULT.sub(take, preamble)
    return found, rest.strip()


def _sentence_end(text: str, start: int = 0) -> int | None:
    """Where the first sentence of `text` (from `start`) ends: a full stop before a capital, not an abbreviation's."""
    for stop in re.finditer(r"\.\s+(?=[A-Z(\"“])", text[start:]):
        if not _ABBREVIATION.search(text[:start + stop.start()]):
            return start + stop.start()
    return None


def _clause(clause: str, body: str, defaults: dict[str, str], span: Span, name_start: int) -> Entry | str:
    """One numbered clause as an entry, or why it is left out."""
    split = _name_first(clause)
    if split is None:
        return f"the clause {clause[:60]!r} opens with no person's name"
    name, rest = split
    own, cut = dict(defaults), len(rest)
    stated = list(_OWN.finditer(rest))
    for found, after in zip(stated, stated[1:] + [None]):
        key = "address" if found.group("address") is not None else "citizenship"
        own[key] = rest[found.end():after.start() if after else len(rest)].strip(" ,")
        cut = min(cut, found.start())
    titles, _, elsewhere = rest[:cut].partition(", and ")
    fields = {key: value for key, value in own.items() if value}
    entry = Entry(name=name, name_span=(name_start, name_start + len(name)), evidence=span, body=body,
                  fields=fields, title_column=True)
    if ", and " in elsewhere or re.search(r"(?:,|\band)$", rest[:cut].strip()):  # the titles end at either ', and '
        # (or the clause breaks off after one): no guess
        entry.doubts.append(rest[:cut])
        return entry
    fields["position"] = "; ".join(_titles(titles))
    if elsewhere:
        fields["other_positions"] = "; ".join(_occupations(elsewhere))
    return entry


def _name_first(clause: str) -> tuple[str, str] | None:
    """(name, the rest) of 'Name, rest': the shortest opening before a comma that is a person's name
    ('GREEN, Lars' and 'John Smith, Jr.' included)."""
    for cut in (m.start() for m in re.finditer(r",\s", clause)):
        if rt.is_person_name(clause[:cut]) and not re.match(suffix_alternation(longest_first=True) + r"\b", clause[cut + 2:]):
            return clause[:cut], clause[cut + 2:]
    return None


def _titles(printed: str) -> list[str]:
    """'Director and Chief Executive' -> two titles, where each side of ' and ' is a title on its own."""
    parts = [part.strip() for part in printed.split(" and ")]
    return parts if len(parts) > 1 and all(rt.is_title(part) for part in parts) else [printed.strip()]


def _occupations(printed: str) -> list[str]:
    """'Professor of Economics, Harvard University and President and CEO, National Bureau ...' -> two: split at an
    ' and ' whose left side names an organisation and whose right side opens with a title."""
    out, begin = [], 0
    for match in re.finditer(r"\s+and\s+", printed):
        left, right = printed[begin:match.start()], printed[match.end():]
        phrase = org_phrase(left)[0]
        if phrase and not rt.is_title(phrase) and is_organization_name(phrase) and rt.is_title(right.split(",")[0]):
            out.append(left.strip())
            begin = match.end()
    return out + [printed[begin:].strip()]
