"""Numbered entity rosters: '1.  MR. X', '2.  X HOLDINGS (XH)', ... one entry per reporting
person, where a company's entry lists its officers as 'Title:  Mr. Name' lines.

Each numbered heading is typed by content: a person's name is a listed person of no
organisation (the filer itself); an organisation's name is the organisation whose officers
follow. An officer takes only what is printed for that officer: the title on its line and the
labelled fields of a block indented under it. The company's own address or business is never
copied onto its officers. The patterns are data (kg/patterns/roster.yml, `entities`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from kg.forms import roster_types as rt
from kg.forms.name_suffixes import suffix_alternation
from kg.forms.roster_entity_wraps import officer_at
from kg.forms.roster_entry import Entry, Roster
from kg.forms.roster_names import strip_affixes, title_case
from kg.forms.roster_rules import rules
from kg.read import clean

_NUMBERED_LINE = re.compile(r"^[ \t]*\d{1,2}\.[ \t]+[A-Z][A-Za-z]", re.M)


@dataclass
class _Line:
    start: int
    end: int
    text: str

    @property
    def indent(self) -> int:
        return len(self.text) - len(self.text.lstrip())


def read_entities(text: str, start: int, end: int, base: Roster) -> list[tuple[Entry, Roster]] | None:
    """Entries with the roster each belongs to, or None when the region is no numbered entity roster
    (one numbered heading is one when it is an organisation whose officers are listed under it)."""
    if not _NUMBERED_LINE.search(text, start, end):
        return None  # (a cheap test first)
    lines = [_Line(start + m.start(), start + m.end(), m.group(0).rstrip())
             for m in re.finditer(r"^[^\n]*", text[start:end], re.M)]
    heads = [(i, m) for i, line in enumerate(lines) if (m := _heading(line.text, lines[i + 1:]))]
    numbers = [int(m.group("number")) for _i, m in heads]
    if not heads or numbers != list(range(numbers[0], numbers[0] + len(numbers))):
        return None
    bounds = [i for i, _m in heads] + [len(lines)]
    kinds = [_kind(m.group("name"), lines[i + 1:stop]) for (i, m), stop in zip(heads, bounds[1:])]
    if "organization" not in kinds or None in kinds:
        return None
    out: list[tuple[Entry, Roster]] = []
    for (index, match), kind, stop in zip(heads, kinds, bounds[1:]):
        head, body = lines[index], lines[index + 1:stop]
        if kind == "person":
            out.append(_person_entry(text, head, match, body, base))
        else:
            out.extend(_officers(text, match.group("name"), body, base, text[start:lines[heads[0][0]].start]))
    return out if out or len(heads) > 1 else None


def _heading(line: str, after: list[_Line]) -> re.Match | None:
    match = rules().entity_heading.match(line)
    if not match or re.search(r"\S {3,}\S", match.group("name")):
        return None
    name = match.group("name")  # (in capitals; or a company in another case: a heading whose case a conversion
    # changed, known as one by its name or by the heading of its officers under it, before the next numbered line)
    if name.upper() == name or rt.is_organization(bare := strip_affixes(name.strip(" .:"))):
        return match
    body = next((after[:i] for i, other in enumerate(after) if rules().entity_heading.match(other.text)), after)
    return match if _names_own_bodies(bare, body) else None


def _kind(name: str, body: list[_Line]) -> str | None:
    bare = strip_affixes(name.strip(" .:"))
    if rules().entity_acronym.search(name) or rt.is_organization(bare) or _names_own_bodies(bare, body):
        return "organization"  # ('LOR FINANCE' over 'Directors and Executive Officers of Lor Finance:')
    return "person" if rt.is_person_name(bare) else None


def _names_own_bodies(bare: str, body: list[_Line]) -> bool:
    """A line of the body is a heading of the bodies of the organisation `bare` names ('Directors and Executive
    Officers of Lor Finance:', any case)."""
    return any(_key(line.text).endswith(f"of{_key(bare)}") and line.text.rstrip().endswith(":") and any(
        p.search(line.text) for p, _b in rules().body_headings) for line in body)


def _labelled(body: list[_Line], refused: set[str] | None = None) -> dict[str, str]:
    """field -> value of the labelled lines of a block; a value runs until a blank line or the
    next label; a label kg does not know ends the value before it and is dropped. A label printed with
    no value gives '' (the entry's own value is printed, but not read: no default stands in for it). Text
    after a blank line that no label heads could be the rest of the value above (a page break inside it):
    that field goes into `refused` (its value, whole or not, is not known: no default fills it)."""
    fields: dict[str, list[str]] = {}
    current: list[str] | None = None
    ended: str | None = None  # the field a blank line ended
    for line in body:
        stripped = line.text.strip()
        label = rules().entity_label.match(stripped)
        if not stripped:
            if current != []:  # (a label whose value follows a page break stays open)
                ended = next((f for f, v in fields.items() if v is current), None) if current is not None else ended
                current = None
        elif label:
            field = next((f for f, pattern in rules().labels.items() if pattern.search(label.group("label") + ":")), None)
            current = fields.setdefault(field, []) if field in ("address", "occupation", "citizenship") else None
            ended = None
            if current is not None and label.group("value").strip():
                current.append(label.group("value").strip())
        elif current is not None:
            current.append(stripped)
        elif ended is not None and refused is not None:
            refused.add(ended)
            fields.pop(ended, None)
    return {f: "\n".join(v).strip().rstrip(".") for f, v in fields.items()}  # ('' for a label with no value)


def _officer_line(line: _Line) -> bool:
    officer = rules().entity_officer.match(line.text)
    return bool(officer and rt.is_title(officer.group("title")) and not _is_label(officer.group("title")))


def _awaits_value(lines: list[_Line]) -> bool:
    """The last printed line is a label with no value ('Principal Business Address:')."""
    printed = [line.text.strip() for line in lines if line.text.strip()]
    return bool(printed) and printed[-1].endswith(":") and _is_label(printed[-1][:-1])


def _unread(fields: dict[str, str]) -> set[str]:
    return {f for f in ("address", "citizenship") if f in fields and not fields[f]}


def _person_entry(text: str, head: _Line, match: re.Match, body: list[_Line], base: Roster) -> tuple[Entry, Roster]:
    fields = _labelled(body)
    name_start = head.start + match.start("name")
    entry = Entry(name=match.group("name").strip(" ."), name_span=(name_start, head.start + match.end("name")),
                  evidence=(head.start, max((line.end for line in body if line.text.strip()), default=head.end)),
                  refused=_unread(fields), fields={"other_positions": fields.get("occupation", "").replace("\n", " "),
                          "address": fields.get("address", ""), "citizenship": fields.get("citizenship", "")})
    return entry, Roster(organization=None, listed_bodies=set(), default_citizenship=base.default_citizenship,
                  citizenship_exceptions=base.citizenship_exceptions)


def _officers(text: str, heading: str, body: list[_Line], base: Roster, preamble: str) -> list[tuple[Entry, Roster]]:
    organization = _printed_in_case(heading, body) or _organization(heading)
    aliases = [a for a in (re.sub(r"\s*\([^()]*\)\s*$", "", organization),
                           *re.findall(r"\(([^()]+)\)\s*$", organization)) if a and a != organization]
    out, body_heading, listed = [], None, set()
    default_address = _default_address(body, organization, preamble, base.default_address)
    for index, line in enumerate(body):
        stripped = line.text.strip()
        officer = officer_at(text, body, index)
        named = {b for pattern, b in rules().body_headings if pattern.search(stripped)}
        if named and stripped.endswith(":") and not (officer and _names(officer.value, officer.value_start)):
            listed = named
            body_heading = rt.body_of(stripped) if len(listed) == 1 else None  # 'Directors and Executive Officers of X:': both
            continue
        if officer is None:
            continue  # (no officer line, or one whose role or name is not certain)
        under = []
        for following in body[officer.last + 1:]:
            if _PAGE_BREAK.match(following.text) and not (following.text.strip().isdigit() and _awaits_value(under)):
                continue  # a page break inside the officer's block (a number right under a label is its value)
            if following.text.strip() and following.indent <= officer.indent or _officer_line(following):
                break  # (the next officer's line ends the block, however deep a new page indents it)
            under.append(following)
        under = under[:max((i + 1 for i, u in enumerate(under) if u.text.strip()), default=0)]
        refused: set[str] = set()
        fields = _labelled(under, refused)
        for name, (s, e) in _names(officer.value, officer.value_start):
            roster = Roster(organization=organization, listed_bodies=listed or set(), default_address=default_address,
                            default_citizenship=base.default_citizenship,
                            citizenship_exceptions=base.citizenship_exceptions, aliases=aliases)
            entry = Entry(name=name, name_span=(s, e), evidence=(body[officer.first].start, (under or body[
                          :officer.last + 1])[-1].end), body=body_heading, title_column=True,
                          refused=_unread(fields) | refused, fields={"position": officer.title,
                                                     "occupation": fields.get("occupation", "").replace("\n", " "),
                                                     "address": fields.get("address", ""),
                                                     "citizenship": fields.get("citizenship", "")})
            out.append((entry, roster))
    return out


_PAGE_BREAK = re.compile(r"^[ \t]*(?:<PAGE>|-\s*\d{1,3}\s*-|\d{1,3})[ \t]*$", re.I)


def _default_address(body: list[_Line], organization: str, preamble: str, stated: str | None) -> str | None:
    """The entity's own printed address ('Principal Business Address:' under its heading, above its
    officers) where the preamble gives everyone that entity's address ('... is that of X'), or states a
    default address that is that one (`stated`, as the preamble reader read it); else None."""
    said = rules().entity_address_that_of.search(clean.squash(preamble) or "")
    that_of = said and _key(said.string[said.end():]).startswith(_key(organization))
    top = []
    for line in body:
        officer = rules().entity_officer.match(line.text)
        if officer and rt.is_title(officer.group("title")) and not _is_label(officer.group("title")) \
                or any(p.search(line.text) for p, _b in rules().body_headings) and line.text.strip().endswith(":"):
            break
        top.append(line)
    address = _labelled(top).get("address")
    address = ", ".join(part.strip(" ,") for part in address.splitlines() if part.strip(" ,")) if address else None
    if address and not that_of and not (stated and _key(stated).startswith(_key(address))):
        return None  # (the preamble's own default, read whole or not, is that address: no other one stands in)
    return address if that_of or stated else None


def _key(text: str) -> str:
    """'The St. Paul Travelers Companies, Inc. (SPT)' -> 'stpaultravelerscompaniesinc'."""
    return re.sub(r"[^a-z0-9]", "", re.sub(r"\([^()]*\)", "", text).casefold()).removeprefix("the") or "\0"


def _is_label(title: str) -> bool:
    return any(pattern.search(title + ":") for pattern in rules().labels.values())


_SURNAME_FIRST = re.compile(r"^[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]+(?:\s+[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]+)*,\s+[A-Z][a-z.]")


def _names(value: str, offset: int) -> list[tuple[str, tuple[int, int]]]:
    """The person names of an officer line's value ('Mr. A', 'Mr. A and Mr. B'; wrapped over lines), with
    spans; a value that is not wholly names gives none."""
    whole = _stray_stop(value.strip())
    if _SURNAME_FIRST.match(whole) and rt.is_person_name(strip_affixes(clean.squash(whole) or "")):
        return [(clean.squash(whole) or "", (offset + value.index(whole), offset + value.index(whole) + len(whole)))]
    out = []  # ('DOLE, Burton A.' above)
    for piece in re.finditer(r"[^,;]+?(?:,\s*" + suffix_alternation(longest_first=True) + r"\.?)?(?=\s*(?:,|;|\band\b|$))", value):
        printed = _stray_stop(piece.group(0).strip().removeprefix("and ").strip())  # ('Burton A. Dole, Jr.': one name)
        if not printed:
            continue
        if not rt.is_person_name(strip_affixes(clean.squash(printed) or "")):
            return []
        s = offset + piece.start() + piece.group(0).index(printed)
        out.append((clean.squash(printed) or "", (s, s + len(printed))))
    return out


def _printed_in_case(heading: str, body: list[_Line]) -> str | None:
    """The entity's name as a line under its capitals heading prints it in mixed case ('Directors
    and Executive Officers of St. Ives Harbour Holdings Ltd.:'), or None."""
    printed = "\n".join(line.text for line in body).split("\n\n")  # (a heading wrapped over lines: read whole)
    for paragraph in (clean.squash(p) or "" for p in printed):
        said = re.search(r"\bof\s+(?:the\s+)?(.+?):\s*$", paragraph)
        if said and _key(said.group(1)) == _key(heading) and said.group(1).upper() != said.group(1):
            acronym = rules().entity_acronym.search(heading)  # ('BOLLORE INVESTISSEMENT (BI)': the acronym kept)
            return said.group(1) + (acronym.group(0).rstrip() if acronym and "(" not in said.group(1) else "")
    return None


def _stray_stop(name: str) -> str:
    """A name without the full stop printed after it ('Mr. Cedric de Bailliencourt.'); an initial's or
    a suffix's stop stays ('Ewan R.', 'Burton A. Dole, Jr.')."""
    return name if re.search(r"(?:\b[A-Z]|\bJr|\bSr)\.$", name) else name.rstrip(".")


def _organization(heading: str) -> str:
    """'BOLLORE MEDIAS INVESTISSEMENTS (BMI)' -> 'Bollore Medias Investissements (BMI)'."""
    printed = clean.squash(heading.strip(" .:")) or heading
    return title_case(printed) if printed.upper() == printed else printed
