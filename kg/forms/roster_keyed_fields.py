"""The Item 2 of a joint Schedule 13G (or 13D) written field by field, the persons tied to their values by a key.

Item 2(a) names every filing person in a clause opened by a key ('(i) Pei-yuan Chia, a Director of X, whose present
principal occupation is ...;' ... '(iv) ...'), read as kg.forms.roster_clauses reads such clauses; Item 2(b) gives
each address once for the keys that share it ('The address of the principal business office of each of (i) and
(iii) is ...'); Item 2(c) each citizenship once for its keys ('(i), (iii) and (iv) are citizens of the United States;
(ii) is a citizen of Canada.'). A value goes to a person only by his key, and only where the key is certain:
- the keys of 2(a) run in order without a gap (1, 2, 3 or i, ii, iii) and every clause reads whole;
- every paragraph of 2(b), and every statement of 2(c), reads whole and names only keys of 2(a); a field any part of
  which does not read (or that names a key twice) is not read at all (its values could be another person's).
The lead of 2(a) ('each of whom is a director or executive officer of X:') names the organisation; a clause's
titles ('a Director and the Chairman of the Board of X') are the person's positions in X where X is that one.
"""
from __future__ import annotations

import re

from kg.forms.roster_clauses import read_clauses
from kg.forms.roster_entry import Entry, Roster
from kg.forms.roster_rule_lines import rule_line
from kg.forms.roster_rules import rules
from kg.lookups.abbreviations import abbreviation_alternatives
from kg.read import clean

_ITEM = r"(?im)^[ \t]*(?:item[ \t]+)?2[ \t]*\({}\)[ \t]*[.:]?"
_KEY = r"\((?:\d{1,3}|[ivxlc]{1,7}|[a-z]{1,2})\)"
_KEYS = rf"{_KEY}(?:\s*,\s*{_KEY})*(?:\s*,?\s+and\s+{_KEY})?"
_LEAD_ORG = re.compile(r"\b(?i:directors?|officers?|partners?|members?|trustees?)\s+(?i:of)\s+(?P<org>[A-Z][^:]{2,150}?)\s*:\s*$")
_ADDRESS = re.compile(rf"(?:the\s+)?(?:principal\s+)?(?:business\s+|residence\s+)?address\s+of\s+the\s+principal\s+"
                      rf"business\s+office\s+of\s+(?:each\s+of\s+)?(?P<keys>{_KEYS})\s+(?:is|are)\s+(?P<value>.+?)\.?",
                      re.I | re.S)  # (the sentence's full stop is no part of the address)
_CITIZENS = re.compile(rf"(?P<keys>{_KEYS})\s+(?:is|are)\s+(?:an?\s+)?citizens?\s+of\s+(?:the\s+)?(?P<value>[A-Z][^;]{{1,60}}?)\.?",
                       re.S)
_TITLE_SPLIT = re.compile(r"\s+and\s+the\s+")
_RULE_LINE = re.compile("(?m)" + rule_line("solid"))
_ABBREVIATED = re.compile(r"(?:^|[\s,])(?:" + abbreviation_alternatives("sentence_end") + r"|(?:[A-Z]\.)+[A-Z])$")  # ('Inc', 'U.S', 'N.A':
# the full stop that ends the sentence ends the abbreviation too)


def read_keyed_fields(text: str, start: int, end: int, roster: Roster) -> list[Entry] | None:
    """The persons of a keyed Item 2(a), with the addresses of 2(b) and the citizenships of 2(c) keyed to them;
    None where the text is not laid out so."""
    heads = [re.compile(_ITEM.format(letter)).search(text, start, end) for letter in "abcd"]
    if heads[0] is None or heads[1] is None or heads[1].start() < heads[0].end():
        return None
    first = re.compile(rf"(?m)^[ \t]*{_KEY}[ \t]+").search(text, heads[0].end(), heads[1].start())
    entries = read_clauses(text, heads[0].end(), heads[1].start()) if first else None
    if not entries:
        return None
    keys = [re.match(rf"[ \t]*({_KEY})", text[line:]).group(1) for line in _key_lines(text, first.start(), heads[1].start())]
    if len(keys) != len(entries):
        return None
    lead = " ".join(text[heads[0].end():first.start()].split())
    if said := _LEAD_ORG.search(lead):  # ('each of whom is a director or executive officer of X:', over a guess)
        roster.organization = _as_printed(said.group("org"), text[first.start():heads[1].start()])
        plural = re.sub(r"\b(director|officer|partner|member|trustee)\b", r"\1s", said.group(0), flags=re.I)
        roster.listed_bodies |= {body for pattern, body in rules().body_headings if pattern.search(plural)}
    for entry in entries:
        _own_titles(entry, roster.organization)
        if _ABBREVIATED.search(entry.fields.get("other_positions", "")):  # ('... Forstmann Little & Co.' ending 2(a))
            entry.fields["other_positions"] += "."
    by_key = dict(zip(keys, entries))
    field_end = heads[2].start() if heads[2] and heads[2].start() > heads[1].end() else None
    if field_end is not None:
        _give(by_key, "address", _keyed(text[heads[1].end():field_end], _ADDRESS, "\n\n", by_key))
        stop = heads[3].start() if heads[3] and heads[3].start() > heads[2].end() else end
        _give(by_key, "citizenship", _keyed(text[heads[2].end():stop], _CITIZENS, ";", by_key))
    return entries


def _key_lines(text: str, start: int, end: int) -> list[int]:
    return [start + m.start() for m in re.finditer(rf"(?m)^[ \t]*{_KEY}[ \t]+", text[start:end])]


def _keyed(field: str, pattern: re.Pattern, apart: str, by_key: dict) -> dict[str, str] | None:
    """{key: value} from a field whose every part (paragraph or statement) reads whole; None otherwise."""
    field = _RULE_LINE.sub("", field)  # (a rule between the items)
    caption, rest = (clean.BLANK_LINE.split(field.strip(), maxsplit=1) + [""])[:2]  # (a CRLF line end reads ' \n')
    field = rest if caption.rstrip().endswith(":") else field  # (the form's caption: 'Citizenship:')
    parts = [" ".join(p.split()) for p in (clean.BLANK_LINE.split(field) if apart == "\n\n" else field.split(apart))]
    found: dict[str, str] = {}
    for part in (p.strip() for p in parts if p.strip()):
        match = pattern.fullmatch(part)
        if match is None:
            return None  # (a part kg cannot account for: whose values it holds is not certain)
        for key in re.findall(_KEY, match.group("keys")):
            if key not in by_key or key in found:
                return None  # (a key no person has, or given two values)
            value = clean.squash(match.group("value")).strip(" ,")
            found[key] = value + "." if _ABBREVIATED.search(value) else value  # ('ASTAR Air Cargo, Inc.')
    return found


def _give(by_key: dict, name: str, values: dict[str, str] | None) -> None:
    for key, value in (values or {}).items():
        by_key[key].fields[name] = value


def _own_titles(entry: Entry, organization: str | None) -> None:
    """'a Director and the Chairman of the Board of X' -> 'Director; Chairman of the Board' where X is the
    organisation the lead names (each title opens with its article)."""
    titles = entry.fields.get("title", "")
    if not organization or not titles:
        return
    named = r"\s+".join(map(re.escape, organization.rstrip(".").split()))  # ('..., Inc' where its full stop ended
    tail = re.compile(rf"\s+of\s+{named}\.?\s*$", re.I)  # the clause)
    if not tail.search(titles):
        return
    bare = re.sub(r"^an?\s+", "", tail.sub("", titles), flags=re.I)
    entry.fields["title"] = "; ".join(_TITLE_SPLIT.split(bare))
    entry.title_column = True


def _as_printed(organization: str, clauses: str) -> str:
    """The organisation as the clauses print it where the lead prints it in capitals ('MSDW OIP INVESTORS, INC.')."""
    if not organization.isupper():
        return organization
    named = r"\s+".join(map(re.escape, organization.rstrip(".").split()))
    printed = re.search(rf"(?<!\w){named}\.?", clauses, re.I)
    return clean.squash(printed.group(0)) if printed and not printed.group(0).isupper() else organization
