"""One roster entry, whatever its layout, and how it becomes a `Person` record."""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from rapidfuzz import fuzz

from kg.forms import roster_fields as rf
from kg.forms import roster_inline as ri
from kg.forms import roster_types as rt
from kg.forms.roster_address_excepted import excepted_address
from kg.forms.roster_affiliations import affiliations
from kg.forms.roster_bare import BOARDS, board_occupation, only_body
from kg.forms.roster_beside_named import beside_named_elsewhere
from kg.forms.roster_cell_address import address_closing, prints_own_address
from kg.forms.roster_city_break import city_across_break
from kg.forms.roster_classify import classify
from kg.forms.roster_dash_default import default_address_of
from kg.forms.roster_excepted import against_exception, citizenship_of
from kg.forms.roster_flag_denied import board_only, office_denied
from kg.forms.roster_leader_tail import cut_tails
from kg.forms.roster_mixed import mixed_kind, work_after_seat
from kg.forms.roster_name_note import without_name_note
from kg.forms.roster_names import display_name
from kg.forms.roster_occupation import held_at_employer, present_lines, split_occupation
from kg.forms.roster_one_employer import beside_one_employer
from kg.forms.roster_own import LEGAL, org_phrase, title_in_own_organization
from kg.forms.roster_own_cut import cut_after_own_titles, cut_stacked_own_titles, without_own_name
from kg.forms.roster_own_piece import own_piece_apart
from kg.forms.roster_own_sentence import own_sentence_apart
from kg.forms.roster_own_tail import own_tail_off
from kg.forms.roster_phrases import own_values, sentence_roles
from kg.forms.roster_positions import split_positions
from kg.forms.roster_printed_marks import printed_value
from kg.forms.roster_restated import restates_titles
from kg.forms.roster_restated_own import bare_where_restated
from kg.forms.roster_rules import rules
from kg.forms.roster_wrap import join_continuations
from kg.read import clean
from kg.records import Person, Span

BOARD_SEAT = re.compile(r"\b(?:directors?|chair(?:man|woman|person)?|trustee|fellow|member|governor)\b", re.I)
_DESCRIPTION = re.compile(r"\((?-i:[a-z])[^()\d]*\)[ \t]*$")  # '(law firm)' ('(since 1998)' says when: stays)
_AGE_LINE = re.compile(r"(?:^|\n|,\s*)[ \t]*(?:age[:\s]+)?\d{1,3}(?:\s+years(?:\s+old)?)?[ \t]*$", re.I)
_SEAT_AND_OCCUPATION = re.compile(r"^\s*((?:honorary\s+)?director|trustee)\s*\(([^()]+)\)\s*\.?\s*$", re.I)
_PAREN_COUNTRY = re.compile(r"(?<!\s)\s*\(([^()]{3,40})\)\s*$")


@dataclass
class Roster:
    """What the roster's title and preamble say about every entry."""

    organization: str | None
    listed_bodies: set[str]
    default_address: str | None = None
    default_unless_shown: bool = False  # 'Where no business address is shown below, the ... address is X'
    default_on_dash: bool = False  # 'Where the Business Address column shows "-", the ... address is X'
    default_citizenship: str | None = None
    default_occupation: str | None = None  # 'The principal occupation for each ... is an officer of X'
    occupations_are_positions: bool = False
    elsewhere_in_parentheses: bool = False  # 'Unless otherwise indicated in parentheses, each occupation ...'
    citizenship_exceptions: dict[str, str] = field(default_factory=dict)  # (kg.forms.roster_excepted)
    address_exceptions: dict[str, str] = field(default_factory=dict)  # (kg.forms.roster_address_excepted)
    aliases: list[str] = field(default_factory=list)  # 'UCSG' for University Capital Strategies Group, LLC ("UCSG")
    part_body: str | None = None  # the body of the one numbered part heading over the list (kg.forms.roster_part_body)

    @property
    def own_names(self) -> list[str]:
        """The listed organisation's name ('' when none) and its aliases."""
        return [self.organization or "", *self.aliases]


@dataclass
class Entry:
    name: str
    name_span: Span
    evidence: Span
    body: str | None = None
    fields: dict[str, str] = field(default_factory=dict)
    title_column: bool = False  # the layout gives titles apart from occupations
    lines_are_items: bool = False  # an HTML cell's lines (<br>) are items of their own, not a wrap
    refused: set[str] = field(default_factory=set)  # fields whose printed value was refused: no default fills them
    doubts: list[str] = field(default_factory=list)  # cells that could stand in more than one column: left out
    mixed_titles: bool = False  # the titles' cell holds occupations elsewhere too (kg.forms.roster_mixed)
    mixed_where_named: bool = False  # ... where an item of it names the listed organisation (kg.forms.roster_leaders)
    occupation_cell: bool = False  # ... where the preamble does not make them the listed one's (roster_leader_caption)
    undecided: list[str] = field(default_factory=list)  # items of such a cell that read both ways: left out
    name_parts: dict[str, tuple[str, Span]] = field(default_factory=dict)  # a name printed over cells: each part
    value_spans: dict[str, Span] = field(default_factory=dict)  # a value printed outside the entry: a ditto's
    # source, the rows from the entry printing it down to this one (kg/forms/roster_ditto.py)
    beside_employer: str = ""  # the occupation printed on the employer's rows (an employer column of its own)
    withheld_default: str | None = None  # the preamble's default address, left off (kg.forms.roster_left_out)
    cities_after_break: list[str] = field(default_factory=list)  # a cell's city lines (kg.forms.roster_city_break)
    dashed: set[str] = field(default_factory=set)  # fields whose cell shows a dash alone (kg.forms.roster_dash_default)


def to_person(entry: Entry, roster: Roster) -> Person:
    rest, cut = rt.strip_numbering(entry.name)
    if cut and rest.strip():  # '1. James W. Atkinson': the row's number is no part of the name
        entry = replace(entry, name=rest, name_span=(entry.name_span[0] + cut, entry.name_span[1]))
    if (noted := without_name_note(entry.name))[1]:  # 'X' / '(formerly Y)': the same person's other name, no value
        entry = replace(entry, name=noted[0], name_span=(entry.name_span[0], entry.name_span[1] - noted[1]))
    name, by_name = ri.name_nationality(entry.name)  # 'Marshall A. Cohen (Canadian)': the citizenship
    if by_name:  # (the span stays the printed name's, nationality included)
        entry = replace(entry, name=name)
    f = {k: w for k, v in entry.fields.items() if v and (w := printed_value(k, v)).strip()}  # (no cross reference)
    if "occupation" in f:  # (a career history, one dated line per position: those held now)
        f["occupation"] = present_lines(f["occupation"])
    for key in ("position", "occupation"):  # '(USA, United Kingdom)' wrapped from the name cell: the citizenship
        if key in f and (lead := ri.lead_nationality(f[key]))[0]:
            by_name, f[key] = by_name or lead[0], lead[1]
    for key in ("occupation", "position", "title") if roster.default_citizenship and not by_name and "citizenship" not in f else ():
        if key in f and (said := ri.indicated_citizenship(f[key]))[0]:  # '... (USA)' closing a cell: the indication
            by_name, f[key] = said  # the preamble's 'unless otherwise indicated' announces
            break
    if (company := clean.squash(f.pop("organization", "").replace("\n", " "))) \
            and company.casefold() not in {alias.casefold() for alias in roster.aliases}:
        roster = replace(roster, organization=company, aliases=[])  # a COMPANY column names the row's own (the
        # listed organisation's short term, 'SE' for Southwestern Energy Company ("SE"), names the listed one)
    own: dict[str, str | None] = {}
    for key in ("position", "title", "occupation", "address"):  # sentences giving the person's own address, citizenship
        if key in f and (key != "address" or rules().cell_address.match(clean.squash(f[key]) or "")):  # (an address
            f[key], said_here = own_values(f[key], entry.name, entry.lines_are_items)  # cell 'His address is: X')
            own.update(said_here)
    for key in ("position", "occupation") if not entry.lines_are_items and "address" not in f else ():  # '... Director
        if key in f and "address" not in own and (cut := address_closing(f[key])):  # of X. Y & Z, One Thomas Circle NW,
            f[key], own["address"] = cut  # ..., DC 20005': the cell's own address (kg.forms.roster_cell_address)
    ran_on = roster.default_unless_shown and not entry.lines_are_items and cut_tails(f, entry.fields, own, entry.name)  # (roster_leader_tail)
    own_sentence_apart(f, roster.own_names, entry.undecided)  # ('Director, Motorola.  Consultant.': the titles, then occupations)
    own_tail_off(f, roster.own_names)  # ('President, Chief Executive Officer and Director, X.': the titles one by one)
    positions: list[str] = []
    others = [clean.squash(p) for p in re.split(r";(?:\s+and\s+)?", f.get("other_positions", "")) if clean.squash(p)]
    if entry.lines_are_items and "\n" in f.get("position", ""):  # lines broken by the markup: items of their own
        f["position"] = ";".join(join_continuations([x.strip() for x in f["position"].splitlines() if x.strip()], True))
    if roster.elsewhere_in_parentheses and "occupation" not in f and ri.titles_then_elsewhere(f.get("position", "")):
        f["occupation"] = f.pop("position")  # ('Director (Counsel, X)' under 'Position (Principal Occupation)')
    items = cut_after_own_titles(split_positions(f.get("position", "")), roster.own_names)
    items, named_own = without_own_name(items, roster.own_names), False  # ('Director, Canopy.': the seat alone)
    pieces = [p for p in (clean.squash(p) for p in f.get("position", "").split(";")) if p]
    occupations = entry.occupation_cell and not roster.occupations_are_positions  # (a caption of occupations only)
    mixed = entry.mixed_titles or occupations or ((entry.mixed_where_named or own_piece_apart(pieces, roster.own_names))
                                   and any(_names_own(piece, roster) for piece in pieces))
    if mixed and len(pieces) > 1 and any(_names_own(piece, roster) for piece in pieces):
        named_own = True  # ('Director of X; Chairman, President and CEO': what is not 'of X' is held elsewhere, whole)
        items = without_own_name([i for p in pieces for i in (split_positions(p) if _names_own(p, roster) else [p])],
                                 roster.own_names)  # (the organisation's name alone is no title)
    for item in items:
        kind, text = _classify(item, roster, title_column=False, default="position",  # (in a cell that mixes titles
                               as_printed=False if mixed else None)  # and occupations, 'of X' goes)
        if mixed and kind == "position" and text == clean.squash(item.replace("\n", " ")):
            kind = mixed_kind(text, roster.own_names, f.get("address"), f.get("position", ""), named_own,  # (no org
                              (entry.body or only_body(roster.listed_bodies)) not in BOARDS, occupations)  # named)
            if kind == "undecided":
                entry.undecided.append(text)
                continue
        (positions if kind == "position" else others).append(text)
    stacked = cut_stacked_own_titles([f.get("title", "")], roster.own_names)  # ('Director of X' / 'President of
    for item in without_own_name([i for t in stacked for i in split_positions(t)], roster.own_names):  # X': two)
        kind, text = _classify(item, roster, title_column=False, default="position", as_printed=False)
        (positions if kind == "position" else others).append(text)
    citizenship = ri.unbracket(clean.squash(f.get("citizenship"))) or by_name
    if positions and (paren := _PAREN_COUNTRY.search(positions[-1])) and rf.find_nationality(paren.group(1)):
        citizenship = paren.group(1)
        positions[-1] = positions[-1][:paren.start()].strip()
    printed_occupation = f.get("occupation", "")
    if said := sentence_roles(printed_occupation, roster.own_names, entry.name):
        positions += said[0]  # 'Mr. Yarro is the President and a Director of Canopy.'
        others += said[1]
        printed_occupation = ""
    if seat := _SEAT_AND_OCCUPATION.match(printed_occupation):  # 'Director (Chairman, X Inc.; Partner, Y)': the seat
        positions.append(clean.squash(seat.group(1)).capitalize())  # here, in brackets what the director does elsewhere
        others += [clean.squash(item) for item in seat.group(2).split(";") if clean.squash(item)]
        printed_occupation = ""
    elif split := ri.titles_then_elsewhere(printed_occupation, roster.elsewhere_in_parentheses, bool(entry.body)):
        positions += split_positions(split[0])  # 'Board Director (Chief Economist of X)': in parentheses, the
        others += split[1]  # occupation elsewhere, where the preamble says so (or under a sub-heading: 'Directors')
        printed_occupation = ""
    occupation, address = split_occupation(printed_occupation, f.get("address"), roster.organization,
                                            by_line=entry.lines_are_items)
    positions = bare_where_restated(positions, occupation, roster.own_names)  # ('EVP of X' beside 'EVP' / 'X')
    occupation = [item for item in occupation  # an occupation column that restates the title column
                  if not restates_titles(item, positions, f.get("position", ""), roster.own_names)]
    own_folded = {n.casefold().strip(" .") for n in roster.own_names if n}
    occupation = [_DESCRIPTION.sub("", item).rstrip() for item in occupation]
    occupation = [item for item in occupation if item and clean.squash(item).casefold().strip(" .") not in own_folded]
    if "employer" in entry.fields and occupation and _is_own(entry.fields["employer"], roster):
        occupation = beside_one_employer(occupation, f.get("address"), roster, others, entry.undecided,
                                         entry.beside_employer)
        positions += [t for item in occupation for t in split_positions(item.replace("\n", " "))]
        occupation = []  # the employer column names the listed organisation: the occupation is a title there
    elif "employer" in entry.fields and occupation:
        employer = clean.squash(entry.fields["employer"].replace("\n", " ")).strip(" -")  # an employer column
        others.append(clean.squash(" ".join(occupation).replace("\n", " ")) + (f", {employer}" if employer else ""))
        occupation = []  # (another employer, or none: '--'): the occupation is held outside the listed organisation
    own_named = [_names_own(item, roster) for item in occupation] if len(occupation) > 1 else [False] * len(occupation)
    elsewhere = held_at_employer(occupation, address, roster.organization) if entry.lines_are_items and not f.get("address") else None
    first_named = own_named.index(True) if any(own_named) else -1
    for index, (item, named) in enumerate(zip(occupation, own_named)):  # titles printed apart (a title column,
        kind, text = _classify(item, roster, entry.title_column or bool(f.get("title")))  # stacked under the name):
        bare = board_occupation(item, text, entry.body or only_body(roster.listed_bodies) or board_only(f), roster,
                                f.get("address") or address)  # (a Yes under 'Director', a No under the officers)
        named = named or index < first_named and _seat_before_own(item, text)  # ('Director; President of X')
        bare = bare or ("other" if work_after_seat(text, ";".join(" ".join(o.split()) for o in occupation)) else None)
        # ('Director' / 'Portfolio Manager' in one cell, no heading of directors: the seat says it, as roster_bare)
        if kind == "position" and (any(own_named) and not named or item == elsewhere or bare == "other"
                                   or office_denied(item, text, f)):
            kind, text = "other", clean.squash(item.replace("\n", " ")) or text  # 'of X' where X is meant; another
            # employer under the title (roster_occupation.held_at_employer); a board member's own (roster_bare)
        elif kind == "position" and (bare == "undecided" or beside_named_elsewhere(item, occupation, own_named)):
            entry.undecided.append(text)  # (an officer's title beside another employer's address or title)
            continue
        if kind == "position":
            positions.extend(split_positions(text))
        else:
            others.append(text)
    implied, flagged = set(rf.bodies_of(" ; ".join(positions), None, {"executive officers"})), []
    for flag in split_positions(f.get("flags", "")):  # a Yes under 'Director': the seat (the title unless a
        flagged += [b for b in rf.bodies_of(flag, None, set()) if b not in flagged]  # printed title says it)
        positions[:0] = [] if set(rf.bodies_of(flag, None, set())) <= implied else [flag]
    body = entry.body or roster.part_body or only_body(roster.listed_bodies) if roster.organization else entry.body  # (no
    # board of no one)
    if body in {b for flag in split_positions(f.get("flags_no", "")) for b in rf.bodies_of(flag, None, set())}:
        body = None  # a No under 'Director': not on the board, whatever caption or heading lists the row under it
    if body == "board of directors" and not any(BOARD_SEAT.search(p) and not prints_own_address({"position": p})
                                                for p in positions):  # (a title holding an address is none: dropped)
        positions.insert(0, "Director")  # listed under a 'DIRECTORS' heading: a seat on the board
    elif (seat := rules().body_seats.get(body)) and body not in rf.bodies_of(" ; ".join(positions), None, set()):
        positions.insert(0, seat)  # listed under 'GENERAL PARTNERS' (or trustees ...) with no title naming it
    if not others and roster.default_occupation and not entry.refused & {"occupation", "other_positions"}:  # (a
        # printed occupation refused is not the preamble's; titles in the listed organisation are no occupation)
        others.append(roster.default_occupation)
    for key in entry.refused & {"address", "citizenship"}:  # a printed value refused is not the preamble's either
        own.setdefault(key, None)
    if not address and roster.address_exceptions and "address" not in own:  # (the persons the preamble excepts)
        if (spoken := excepted_address(entry.name, roster.address_exceptions))[0]:
            own["address"] = spoken[1]
    address = address or own.get("address")
    citizenship = citizenship or own.get("citizenship")
    if against_exception(entry.name, citizenship, roster.citizenship_exceptions):  # (the preamble names them
        citizenship = own["citizenship"] = None  # with another: refused, never the default either)
    if not address and roster.default_address and "address" not in own:  # (kg.forms.roster_dash_default)
        address, entry.withheld_default = default_address_of(entry, roster, f, ran_on)
    if not citizenship and roster.default_citizenship and "citizenship" not in own and not ri.printed_nationality(
            " ".join([entry.name, *entry.fields.values()])):
        citizenship = roster.default_citizenship  # (never over a nationality the entry prints and was not read)
        if roster.citizenship_exceptions:  # (the persons the preamble excepts by name)
            citizenship = citizenship_of(entry.name, citizenship, roster.citizenship_exceptions)
    if address and (age := _AGE_LINE.search(address)) and age.start() > 0 and re.search(r"[A-Za-z]", address[:age.start()]):
        address = address[:age.start()]  # 'NAME, ADDRESS AND AGE': the age line is no part of the address
    address_text, city, country = rf.parse_address(address)
    city = None if city_across_break(city, entry.cities_after_break, address_text) else city  # ('... South' / 'Lafayette, IN')
    if address_text and f.get("city") and f.get("address") == address:
        city = clean.squash(f["city"])  # (a City cell of its own, kg/forms/roster_address_cells.py)
    positions = [p for p in positions if not rules().no_occupation.match(p)]  # 'Retired': a status, no title
    person = Person(name=display_name(entry.name), organization=roster.organization,
                    bodies=list(dict.fromkeys(rf.bodies_of(" ; ".join(positions), body, roster.listed_bodies) + flagged)),
                    positions=_unique(positions), other_positions=others,
                    citizenship=citizenship, country=clean.country_of(citizenship)[0],
                    address=address_text, address_city=city, address_country=country, evidence=entry.evidence)
    person.other_positions = others = [o for o in others if not rules().no_occupation.match(o)]  # ('Retired')
    person.affiliations = [a for other in others for a in affiliations(other)]
    printed = clean.squash(entry.name.replace("\n", " "))
    if person.name != printed:
        person.name_as_printed = printed
    person.trace("name", entry.name, entry.name_span)
    for part, (printed_part, span) in entry.name_parts.items():  # ('Last Name | First Name': where each stands)
        person.trace(f"name:{part}", printed_part, span)
    for key, span in entry.value_spans.items():
        person.trace(key, None, span)
    return person


def _names_own(item: str, roster: Roster) -> bool:
    flat = clean.squash(item.replace("\n", " ")) or ""
    return any(title_in_own_organization(flat, name.casefold()) is not None
               for name in roster.own_names if name)


def _seat_before_own(item: str, text: str) -> bool:
    """A seat or an office with no organisation of its own, listed before the titles naming the listed organisation
    ('Director; President and Co-Chief Executive Officer of X'): the 'of X' after the list is said of it too."""
    return org_phrase(item)[0] is None and bool(rf.bodies_of(text, None, set()))


def _is_own(employer: str, roster: Roster) -> bool:
    core = LEGAL.sub("", re.sub(r"^the\s+", "", clean.squash(employer.replace("\n", " ")) or "", flags=re.I)).strip(" ,.")
    names = [LEGAL.sub("", re.sub(r"^the\s+", "", n, flags=re.I)).strip(" ,.") for n in roster.own_names if n]
    words = [w for w in re.findall(r"[A-Za-z][\w&'-]*", employer) if w[0].isupper() and w.casefold() != "the"]
    initials = "".join(w[0] for w in words)  # 'The Bear Stearns Companies Inc.' is 'BSCI'
    return bool(core) and (any(fuzz.ratio(core.casefold(), n.casefold()) >= 90 for n in names)
                           or len(initials) >= 3 and initials in {n.strip() for n in names})


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(i for i in items if i))


def _classify(item: str, roster: Roster, title_column: bool, default: str = "other",
              as_printed: bool | None = None) -> tuple[str, str]:
    """('position'|'other', text) for one occupation (or title) item (kg.forms.roster_classify)."""
    return classify(item, roster.organization, tuple(roster.aliases), title_column, default, as_printed)
