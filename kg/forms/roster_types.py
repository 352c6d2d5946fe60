"""What a roster cell or line holds, by its content: a person's name, an organisation, a
title, a nationality, an address line, a body heading, a column header, or plain text.

Every layout reader types its cells with these functions, so that a value is placed by
what it is, not only by where it stands. The vocabularies are data (kg/patterns/roster.yml,
kg/lookups); the NER pipeline (kg.forms.nlp) confirms person names.
"""
from __future__ import annotations

import re
from functools import cache, lru_cache, wraps

from kg.forms.name_budget import BUDGET
from kg.forms.roster_affiliations import is_organization_name
from kg.forms.roster_caption_languages import foreign_caption
from kg.forms.roster_contacts import contact_caption
from kg.forms.roster_fields import MAX_FIELD_CHARS, find_nationality, is_citizenships
from kg.forms.roster_id_columns import id_caption
from kg.forms.roster_postal import hyphenated_postal
from kg.forms.roster_rules import rules
from kg.lookups import entity_words
from kg.lookups.legal_forms import legal_alternatives
from kg.patterns import read_text, regexes

_NUMBERING = re.compile(r"^\s*(?:\d{1,3}[.)]|\(\d{1,3}\)|[a-z][.)]|\([a-z]\)|[ivx]{1,5}[.)])\s+")
_NAME_SHAPE = re.compile(r"^[A-Z][\w.'’“”\"()-]*(?:,?\s+[\w.'’“”\"()&-]+){1,7},?$")
_ADDRESS_LINE = re.compile(
    r"^(?:c/o\b|p\.?\s*o\.?\s+box|\d[\w-]*+,?\s+\w|suite\b|floor\b|(?:highway|route|rte\.|hwy\.?)\s+\d)|\b\d{5}(?:-\d{4})?\s*$|\b[A-Z]\d[A-Z]\s?\d[A-Z]\d\s*$"
    r"|\b(?:street|avenue|road|square|drive|boulevard|plaza|place|lane|way|parkway)\b\.?,?\s*(?:\S++\s*){0,3}$"
    # a European street, its number after it: 'Tuborg Havnevej 19', 'Via Caldera 21', 'Kaiserplatz 1'
    r"|^(?:(?:via|viale|corso|piazza|rue|calle|rua|avenida)\s+\S.{0,40}|\S.{0,40}(?:vej|vejen|gade|gata|gatan|v[aä]gen|"
    r"stra(?:ss|ß)e|str\.|platz|weg|allee|laan|straat|gracht|kade|plein|veien|katu|tie))\s+\d{1,4}[a-z]?$", re.I)
_ORG_SUFFIX = re.compile(r"(?:(?:,\s+|(?<![\s,])\s+)(?:" + legal_alternatives("name_ends") + "|(?-i:"
                         + legal_alternatives("name_ends_as_printed") + r"))\.?)$|&", re.I)  # (Nordic forms: as printed)


def _cell_sized(check):
    """A text longer than any roster field (debris: kg.forms.annex leaves it out) is none of the
    cell types; not searching it keeps a huge line from costing every pattern its length."""
    @wraps(check)
    def bounded(cell: str, *args, **kwargs) -> bool:
        return False if len(cell) > MAX_FIELD_CHARS else check(cell, *args, **kwargs)
    return bounded


# a pure check of a cell's text alone (its rules are read once): a cell a roster repeats ('Director', 'United States')
# is typed once
_typed_once = lru_cache(maxsize=16_384)


def strip_numbering(cell: str) -> tuple[str, int]:
    """A cell without a leading row number ('1.', '(a)', 'iv.'), and how many characters went."""
    match = _NUMBERING.match(cell)
    return (cell[match.end():], match.end()) if match else (cell, 0)


@_cell_sized
@_typed_once
def is_title(text: str) -> bool:
    return bool(rules().officer_titles.search(text) or any(p.search(text) for p, _ in rules().position_bodies)
                or rules().title_words.search(text))


_BODIES_SIDE_BY_SIDE = re.compile(r"[\s,;/]*(?:and|&)?[\s,;/]*(?:the\s+)?", re.I)


def body_of(line: str) -> str | None:
    """The body a heading names ('DIRECTORS'); none where it names two side by side ('DIRECTORS AND
    EXECUTIVE OFFICERS' lists both), the first where the rest qualifies it ('Executive Officers (Who
    Are Not Directors)')."""
    hits = sorted((m.start(), m.end(), body) for pattern, body in rules().body_headings if (m := pattern.search(line)))
    if not hits:
        return None
    other = next((hit for hit in hits[1:] if hit[2] != hits[0][2] and hit[0] >= hits[0][1]), None)
    if other and _BODIES_SIDE_BY_SIDE.fullmatch(line[hits[0][1]:other[0]]):
        return None
    return hits[0][2]


@_cell_sized
@_typed_once
def is_header(cell: str) -> bool:
    """A column header or label word, never a value ('Name', 'Principal Occupation', 'Citizenship'), in English or
    another language ('NOMBRE / NAME', 'NACIONALIDAD': kg.forms.roster_caption_languages)."""
    return english_header(cell) or foreign_caption(cell)


@_cell_sized
@_typed_once
def english_header(cell: str) -> bool:
    """A column header or label word in English."""
    words = cell.strip(" :|").split()
    if not words or len(words) > 12 and not long_caption(cell):
        return False
    covered = cell
    if (held := _HELD_WITH.fullmatch(cell.strip(" :|"))) and (_CAPITALISED.fullmatch(held.group(2)) or _ORG_SUFFIX.search(
            held.group(2)) or rules().organization_words.search(held.group(2))):
        covered = held.group(1)  # 'Position with American International Group, Inc.': the organisation is no word of it
    for pattern in [*rules().column_roles.values(), contact_caption(), regexes("roster_holdings.yml")["caption"],
                    id_caption()]:
        # ('... AND TELEPHONE', 'Shares' / 'Beneficially' / 'Owned': no column's value)
        covered = pattern.sub(" ", covered)
    leftover = [w for w in re.split(r"[\s,/()|:]+", covered) if w and w.lower() not in _HEADER_GLUE]
    return not leftover


def wrapped_captions(cells: list[str]) -> bool:
    """A header line whose captions wrap onto the line below ('Name of Executive   Position(s) with Power' over
    'Officer or Director   Principal Occupation   Corporation of Canada', or the two lines run together): its first
    cell (or its only one) opens with the names' caption and another cell with a column's caption (a wrapped
    caption's words are no value; no person's name or value opens with 'Name')."""
    cells = [cell.strip(" :|") for cell in cells if cell.strip(" :|")]
    return bool(cells) and bool(rules().column_roles["name"].match(cells[0])) and (len(cells) == 1 or any(
        is_header(cell) or any(p.match(cell) for p in rules().column_roles.values()) for cell in cells[1:]))


def long_caption(cell: str) -> bool:
    """One role's caption in many words, the SEC's ('Present Principal Occupation or Employment and the Name, Principal
    Business and Address of any Corporation or Other Organization in which such Employment is Conducted')."""
    return len(cell) > 60 and any(p.fullmatch(cell.strip(" :|")) for p in rules().column_roles.values())


def caption_line(cell: str) -> bool:
    """A header cell on a line of its own: a short caption, the SEC's long one, or a position held with an
    organisation named at length ('Present Position with The St. Paul Travelers Companies, Inc.')."""
    stripped = cell.strip(" :|")
    return is_header(cell) and (len(stripped) < 60 or long_caption(cell)
                                or len(stripped) < 120 and bool(_HELD_WITH.fullmatch(stripped)))


_HELD_WITH = re.compile(r"(.*?\b(?:(?:positions?|titles?|offices?|capacit(?:y|ies))(?:\s*\(s\))?(?:\s+held)?(?=\s+(?:with|at|in)\s)"
                        r"|(?:occupations?|employment)(?:\s*\(s\))?(?=\s+outside\s)))\s+(?:with|at|in|outside)\s+(\S.*)", re.I)
# ('Principal Occupation Outside Canopy': the organisation named after 'outside' is no word of the caption either)
_CAPITALISED = re.compile(r"(?:the\s+)?[A-Z][\w.&'’/-]*(?:,?\s+(?:[A-Z&][\w.&'’/-]*|of|and|for|the|de|du)){0,8},?")
_HEADER_GLUE = {"and", "or", "of", "with", "the", "present", "current", "principal", "business", "if", "not", "a",
                "other", "us", "u.s.", "united", "states", "residence", "home", "office", "age", "name", "names", "five", "year",
                "history", "material", "held", "during", "past", "years", "employment", "company", "corporation", "different",
                "s"}  # (the plural mark of 'POSITION(S)', 'OCCUPATION(S)')


@_cell_sized
@_typed_once
def is_nationality(cell: str) -> bool:
    match = find_nationality(cell)
    return bool(match) and len(match.group(0)) >= len(cell.strip(" ,.;()")) - 1


@_cell_sized
@_typed_once
def is_address_line(cell: str) -> bool:
    return bool(_ADDRESS_LINE.search(hyphenated_postal(cell.strip())))


@_cell_sized
def is_organization(cell: str) -> bool:
    """An organisation's name: a legal form, an institution word, or an ORG entity of the NER."""
    text = cell.strip(" ,;")
    if _ORG_SUFFIX.search(text) or rules().organization_words.search(text):
        return is_organization_name(text) or bool(_ORG_SUFFIX.search(text))
    from kg.forms.nlp import organizations
    return any(end - start >= len(text) - 2 for start, end in organizations(text))


@_cell_sized
def is_person_name(cell: str, in_name_column: bool = True) -> bool:
    """A person's name standing alone in a cell: the shape of a name, none of the other types,
    and the NER finds a person covering it (or, in a name column, capitalised words that are
    no stopwords). A cell a roster repeats is typed once while the document's names budget lasts."""
    budget = BUDGET.get()
    return _is_person_name(cell, in_name_column, budget is not None and budget.exhausted)


@lru_cache(maxsize=16_384)
def _is_person_name(cell: str, in_name_column: bool, budget_spent: bool) -> bool:
    text, _ = strip_numbering(cell.strip())
    from kg.forms.roster_inline import name_nationality
    from kg.forms.roster_printed_marks import without_age
    text = without_age(name_nationality(text)[0])  # 'FRIBOURG, Paul (American)', 'X (62)': no part of the name
    text = _without_affixes(text.strip().rstrip(","))
    if not text or any(ch.isdigit() for ch in text) or not _NAME_SHAPE.match(text):
        return False
    if _PIECE_OF_A_PHRASE.search(text) or text.count("(") != text.count(")"):
        return False  # a line cut out of a wrapped title or cell ('Operations Control and', 'United Cyprian (USA')
    from kg.forms.roster_own import is_department
    if is_department(text):
        return False  # 'Operations Control': the functions of a company
    if is_nationality(text) or body_of(text) or is_title(text) or is_header(text) or is_organization(text) \
            or is_citizenships(text) or entity_words()["entity"].search(text):  # ('USA, Denmark': a dual citizen,
        return False  # never 'Denmark Usa'; 'Travelers Companies': a word no person's name holds, kg/lookups)
    if _SPELT_NUMBER.match(text) and is_address_line(text):
        return False  # 'One ConAgra Drive', 'Two Harbor Plaza': a building number spelt out, no given name
    from kg.forms.nlp import person_names
    spans = person_names(text)
    if spans and spans[0][0] <= 2 and sum(e - s for s, e in spans) >= len(text.rstrip(" ,.")) * 0.6:
        return True
    # a name the rule patterns do not cover ('Pei-yuan Chia'): capitalised words, none of them a stopword
    # (in a name column, the last word may be one: 'Bill Way', 'Diane Lane'; never the first)
    words = [w.strip(",.()\"'“”’") for w in text.split()]
    stop = _name_stopwords()
    stopped = [i for i, w in enumerate(words) if w.casefold() in stop
               and not (i == 0 and in_name_column and w.casefold() in _GIVEN_MONTHS and len(words) > 2
                        and re.fullmatch(r"[A-Z]\.?", words[1]))]  # 'August A. Busch III': no date has an initial
    surname = 0 if _SURNAME_FIRST.match(text) else len(words) - 1  # 'WAY, Bill': the surname printed first
    allowed = stopped == [surname] and len(words) > 1 if in_name_column else not stopped
    return (len([w for w in words if len(w) > 1]) >= 2 and all(w[:1].isupper() for w in words if w)
            and (allowed or not stopped))


_SPELT_NUMBER = re.compile(r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s", re.I)
_PIECE_OF_A_PHRASE = re.compile(r"(?:^(?:and|or|of|&)|\s(?:and|or|of|the|for|&|to|with))\s*$|^(?:and|or|of|&)\s", re.I)
_SURNAME_FIRST = re.compile(r"^[A-ZÀ-ÖØ-Þ](?:[A-ZÀ-ÖØ-Þ'’-]+|[a-zß-öø-ÿ'’-]+),\s+[A-Z]")  # ('WAY, Bill', 'West, Sandra')


def line_kind(cell: str) -> str:
    """'name' | 'nationality' | 'address' | 'organization' | 'title' | 'text' for a stacked line."""
    if is_nationality(cell):
        return "nationality"
    if is_address_line(cell):
        return "address"
    if is_person_name(cell):
        return "name"
    if is_title(cell):
        return "title"
    if is_organization(cell):
        return "organization"
    return "text"


_VALUE_START = re.compile(r"^(?:c/o\b|p\.?\s*o\.?\s+box|\d[\w-]*+,?\s+(?:\d+\s*-\s*)?[A-Za-z0-9]"
                          r"|(?-i:[A-Z]{1,2})-\d{4,5}\s+[A-Z])", re.I)  # ('MC-98000 Monte-Carlo': a postal code first)


def starts_value(line: str) -> bool:
    """A line that begins a value of its own (an address line, a nationality), never the
    continuation of the line above."""
    return bool(_VALUE_START.match(line.strip())) or is_nationality(line)


_GIVEN_MONTHS = {"april", "may", "june", "july", "august"}  # months that are given names too


@cache
def _name_stopwords() -> frozenset[str]:
    """The stopwords of kg/patterns/name_stopwords.txt (role, place and form words; country
    names are left out here: 'Ann Dibble Jordan')."""
    return frozenset(line.strip().casefold() for line in read_text("name_stopwords.txt").splitlines()
                     if line.strip() and not line.startswith("#"))


def _without_affixes(text: str) -> str:
    """'The Honorable Gerald R. Ford' -> 'Gerald R. Ford'; 'James E. Bowman, Jr., M.D.' -> 'James E. Bowman, Jr.'."""
    from kg.forms.roster_names import strip_affixes
    return strip_affixes(text)


_CITY_LINE = re.compile(r"^[A-Z][A-Za-z.'-]*(?:[ ,]+[A-Za-z.'-]+){0,3},?\s+(?:\d{5}(?:-\d{4})?|[A-Z]\d[A-Z]\s?\d[A-Z]\d)$")


@_cell_sized
@_typed_once
def is_city_line(line: str) -> bool:
    """'Montreal QC H2Y 2J3', 'New York, NY 10013': the last line of an address, a line of its own."""
    return bool(_CITY_LINE.match(hyphenated_postal(line.strip())))
