"""A roster written as one prose paragraph per body, not per person: 'The Board of Directors of X
consists of A, B and C, each of whom is a Director of X. The executive officers of X are C, President;
and D, Vice-President.', then the occupations ('The present principal occupation or employment of each
of the following persons ... is: A, <occupation>; B, <occupation>'), the citizenship ('Each of the
persons named above is a citizen of Y, except A, who is a citizen of Z') and the business address
('... is <the common one>, except that the business address of A is <his own>').

The people are the names of the body sentences, each a person's name; a value is given to a person
only where the sentence names that person right before it. Where a list item does not open with a
name of the body sentences, or a name is no person's name, the paragraph is not read this way at all
(None): no value is ever guessed onto a neighbour.
"""
from __future__ import annotations

import re

from kg.forms import roster_types as rt
from kg.forms.name_suffixes import suffix_alternation
from kg.forms.roster_entry import Entry
from kg.lookups.abbreviations import abbreviations

_BODY = re.compile(r"(?:^|(?<=\.)\s+)The\s+(?P<body>Board\s+of\s+Directors|executive\s+officers|other\s+members\s+of\s+the\s+"
                   r"Board\s+of\s+Directors|other\s+persons\s+named\s+in\s+this\s+Schedule)\s+of\s+.+?\s+(?:consists\s+of|"
                   r"are|is)\s+(?P<list>.+?)(?=\.\s+The\s+(?:Board|executive|other)\b|\.?$)")
_EACH = re.compile(r",\s+(?:each\s+of\s+whom|who)\s+is\s+an?\s+(?P<title>.+?)\s+of\s+.+$")
_OCCUPATIONS = re.compile(r"^The\s+present\s+principal\s+occupation\s+or\s+employment\s+of\s+each\s+of\s+the\s+following\s+"
                          r"persons,.*?\bis:\s+(?P<items>.+)$")
_CITIZENS = re.compile(r"^Each\s+of\s+the\s+persons\s+named\s+above\s+is\s+a\s+citizen\s+of\s+(?:the\s+)?(?P<default>[^,]+?)"
                       r"(?:,\s+except\s+(?P<odd>.+))?$")
_ODD = re.compile(r"(?:^|\s+and\s+)(?P<name>.+?),\s+who\s+is\s+a\s+citizen\s+of\s+(?:the\s+)?(?P<country>.+?)(?=\s+and\s+.+?,\s+who\s+|$)")
_ADDRESSES = re.compile(r"^The\s+business\s+address\s+of\s+each\s+of\s+the\s+persons\s+named\s+above\s+is\s+(?P<default>.+?)"
                        r"(?:,\s+except\s+that\s+(?P<own>the\s+business\s+address\s+of\s+.+))?$")
_OWN = re.compile(r"the\s+business\s+address\s+of\s+(?P<name>.+?)\s+is\s+(?P<address>.+?)(?=;?\s+(?:and\s+)?the\s+business\s+"
                  r"address\s+of\s|$)")
_KEEP_STOP = re.compile(r"(?:\b[A-Z]|\b" + abbreviations("keep_stop") + r")\.$")
_BODIES = {"board of directors": "board of directors", "executive officers": "executive officers"}


def _paragraphs(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    out = []
    for match in re.finditer(r"\S[^\n]*(?:\n(?![ \t]*\n)[^\n]*)*", text[start:end]):
        squashed = " ".join(match.group().split())
        if not _KEEP_STOP.search(squashed):
            squashed = squashed.rstrip(".")
        out.append((start + match.start(), start + match.end(), squashed))
    return out


def _items(listed: str) -> list[str]:
    """'A, B and C' or 'A; B; and C' (items holding commas of their own)."""
    if ";" in listed:
        return [re.sub(r"^and\s+", "", item.strip()) for item in listed.split(";") if item.strip()]
    head, _, last = listed.rpartition(" and ")
    return [item.strip() for item in head.split(",")] + [last.strip()] if head else [listed.strip()]


def _name_first(item: str, names: list[str] | None) -> tuple[str, str] | None:
    """(name, the rest) of 'Name, rest': a listed name (`names`), else the shortest opening that is a person's name."""
    for name in sorted(names or [], key=len, reverse=True):
        if item.startswith(name + ", "):
            return name, item[len(name) + 2:]
    if names is not None:
        return None
    cuts = [m.start() for m in re.finditer(r",\s", item)]
    for cut in cuts:
        if rt.is_person_name(item[:cut]) and not re.match(suffix_alternation(longest_first=True) + r"\b", item[cut + 2:]):
            return item[:cut], item[cut + 2:]
    return None


def read_bodies(text: str, start: int, end: int) -> list[Entry] | None:
    paragraphs = _paragraphs(text, start, end)
    people: dict[str, dict] = {}
    for p_start, p_end, paragraph in paragraphs:
        for sentence in _BODY.finditer(paragraph):
            body = " ".join(sentence.group("body").split()).casefold()
            listed, titles = sentence.group("list"), None
            if each := _EACH.search(listed):
                listed, titles = listed[:each.start()], each.group("title")
            for item in _items(listed) if titles or ";" in listed else [listed]:  # ('D, President and CEO': one item)
                split = (item, titles) if titles else _name_first(item, None)
                if split is None or not rt.is_person_name(split[0]):
                    return None
                # (the span is the body paragraph's: every entry shares it, so the guards that drop values read
                # past another entry's name, made for one entry per block, leave these alone)
                person = people.setdefault(split[0], {"span": (p_start, p_end), "evidence": (p_start, p_end),
                                                      "bodies": [], "position": []})
                person["position"].append(split[1])
                if body in _BODIES and _BODIES[body] not in person["bodies"]:
                    person["bodies"].append(_BODIES[body])
    if len(people) < 2:
        return None
    names = list(people)
    for _s, _e, paragraph in paragraphs:
        if found := _OCCUPATIONS.match(paragraph):
            for item in _items(found.group("items") + ";"):  # ('A, occupation': items hold commas, ';' between)
                split = _name_first(item, names)
                if split is None:
                    return None
                people[split[0]]["other_positions"] = "; ".join(re.split(r",\s+and\s+", split[1]))
        elif found := _CITIZENS.match(paragraph):
            odd = [(m.group("name"), m.group("country")) for m in _ODD.finditer(found.group("odd") or "")]
            if not _default_but(people, "citizenship", found.group("default"), odd):
                return None
        elif found := _ADDRESSES.match(paragraph):
            own = [(m.group("name"), m.group("address")) for m in _OWN.finditer(found.group("own") or "")]
            if not _default_but(people, "address", found.group("default"), own):
                return None
    return [_entry(name, values) for name, values in people.items()]


def _default_but(people: dict[str, dict], key: str, default: str, exceptions: list[tuple[str, str]]) -> bool:
    """Everyone's `key` is `default` but the named exceptions'; False when an exception names nobody listed."""
    for person in people.values():
        person[key] = default
    for name, value in exceptions:
        if name not in people:
            return False
        people[name][key] = value
    return True


def _entry(name: str, values: dict) -> Entry:
    fields = {key: values[key] for key in ("other_positions", "citizenship", "address") if values.get(key)}
    fields["position"] = "; ".join(values["position"])
    return Entry(name=name, name_span=values["span"], evidence=values["evidence"], body=values["bodies"][0] if values["bodies"] else None,
                 fields=fields, title_column=True)
