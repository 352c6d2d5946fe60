"""Typed values of roster entries: nationality, address, bodies, affiliations."""
from __future__ import annotations

import re
from functools import cache, lru_cache

import pycountry

from kg.forms.roster_own import is_department
from kg.forms.roster_postal import hyphenated_postal
from kg.forms.roster_printed_marks import address_lines
from kg.forms.roster_rules import rules
from kg.lookups import country_aliases, nationalities
from kg.read import clean


@cache
def _nationality_pattern() -> re.Pattern:
    words = sorted(nationalities(), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(" + "|".join(re.escape(w) for w in words) + r")(?![\w-])", re.I)


@cache
def _country_pattern() -> re.Pattern:
    names = {c.name for c in pycountry.countries} | {getattr(c, "common_name", "") for c in pycountry.countries}
    names |= {"United States of America"}  # (other official names read as prose: 'Republic of ...')
    names |= {" ".join(w if i and w in ("of", "the", "and") else w.title() for i, w in enumerate(name.split()))
              for name in country_aliases() if len(name) > 3}  # ('Republic of France', not 'Republic Of France')
    names = sorted((n for n in names if n), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?<!New )((?:The\s+)?(?:" + "|".join(re.escape(n) for n in names) + r"))(?![\w-])")


MAX_FIELD_CHARS = 5_000  # a roster field longer than this is debris (kg.forms.annex leaves it out)


@lru_cache(maxsize=16384)  # rosters ask about the same cells again and again
def find_nationality(text: str) -> re.Match | None:
    """A nationality word, or a country name used as citizenship ('Canada', 'United States')."""
    if len(text) > MAX_FIELD_CHARS:  # debris, not a field
        return None
    return _nationality_pattern().search(text) or _country_pattern().search(text)


def find_country(text: str) -> re.Match | None:
    return _country_pattern().search(text)


def countries(text: str) -> list[re.Match]:
    """Every country name in `text`."""
    return list(_country_pattern().finditer(text)) if len(text) <= MAX_FIELD_CHARS else []


def is_citizenship_value(text: str) -> bool:
    match = find_nationality(text)
    return bool(match) and not text[:match.start()].strip()


def is_citizenships(value: str) -> bool:
    """'Denmark', 'USA', 'USA, Denmark' (a dual citizen): nationalities or country names only."""
    parts = [part.strip() for part in re.split(r",|/|\band\b|;", value) if part.strip()]
    return bool(parts) and all(len(part.split()) <= 5 and (is_citizenship_value(part) or part.isupper()
                                                          and bool(clean.country_of(part)[0])) for part in parts)


COLUMN_GAP = re.compile(r"\S {3,}\S|\t")  # a gap of three spaces or a tab between two words: cells of a row
_POSTAL_START = re.compile(r"^(?:[A-Z]\d[A-Z]\s?\d[A-Z]\d|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2})\b")  # Canadian, UK


def address_cut(text: str) -> int | None:
    """Offset just after the country that ends an address, when more text follows it. A postal code after it, also
    one wrapped between its halves ('Toronto, Ontario M5H' / '  3C2'), is the address's still."""
    for match in _country_pattern().finditer(text):
        after = " ".join(text[match.end():].strip(" ,.;\n").split())
        city_country = text[:match.start()].rstrip(" ").endswith((",", "\n"))
        if after and city_country and not after[:1].isdigit() and not _POSTAL_START.match(after):
            return match.end()
    return None


def address_tail(text: str) -> int | None:
    """Length of a leading 'City, Country' run that belongs to the previous address."""
    match = _country_pattern().search(text)
    if match and match.start() < 40 and re.fullmatch(r"[\w .'-]+,\s*", text[:match.start()]):
        return match.end()
    return None


ADDRESS_TAIL = 300


_POSTCODE_STOP = re.compile(r"(?<=\d)\.$")  # (a full stop right after the last digit of an address)


@lru_cache(maxsize=16384)  # (a roster's people share their address: read once)
def parse_address(printed: str | None) -> tuple[str | None, str | None, str | None]:
    """(address as one line, city, ISO country) of a business address."""
    if not printed:
        return None, None, None
    lines = [clean.squash(line.strip(" ,;")) for line in address_lines(printed).splitlines()]  # ('A • B': lines)
    text = ", ".join(line for line in lines if line)
    text = re.sub(r"\s*,\s*,", ",", text).strip(" ,;")
    text = _POSTCODE_STOP.sub("", text)  # ('Chicago, Illinois 60601.': the sentence's full stop after the postcode)
    text = re.sub(r"(?<![\d-])(\d{5})-,?\s+(\d{4})(?![\d-])", r"\1-\2", text)  # a ZIP+4 wrapped at its hyphen
    if not re.search(r"\w", text):
        return None, None, None  # ('--': an empty cell's mark, no address)
    if not re.search(r"[a-z]", text) and re.search(r"[A-Z]{3}", text):  # typed in capitals: read in mixed case,
        _, city, country = parse_address(_mixed_case(text))  # the city kept as printed
        at = _mixed_case(text).rfind(city) if city else -1
        return text, (text[at:at + len(city)] if at >= 0 else city.upper()) if city else None, country
    matches = [m for m in _country_pattern().finditer(text) if len(text[m.end():].strip(" ,.")) <= 12]
    if not matches and (last := re.search(r"(?:^|,\s*)([A-Z]{4,}(?: [A-Z]{2,})*)$", text)):  # 'MONACO' as printed
        titled = _country_pattern().fullmatch(last.group(1).title())
        if titled:
            country = clean.country_of(titled.group(1))[0]
            before = text[:last.start()].rstrip(" ,")
            return text or None, parse_address(before)[1] or _city(before.split(",")[-1]), country
    country = city = None
    if matches:
        last = matches[-1]
        country = clean.country_of(last.group(1))[0]
        before = text[:last.start()].rstrip(" ,")
        city = _city(before.split(",")[-1])
        if country in rules().city_states:
            city = last.group(1)  # '4 Des Voeux Road' / 'Central' / 'Hong Kong': a city-state is its own city
    else:
        tail = hyphenated_postal(text[-ADDRESS_TAIL:])  # a city, a state and a postal code end an address: a bounded window
        us = re.search(r"([A-Z][\w .'-]+?),?\s+(?:[A-Z]{2}|[A-Z]\.\s?[A-Z]\.|[A-Z][a-z]+(?: [A-Z][a-z]+)?|[A-Z][a-z]{1,4}\.),?\s+"
                       r"\d{5}(?:-\d{4})?\s*$", tail)  # ('Chicago, Ill. 60601': a state's short form)
        canada = re.search(r"([A-Z][\w .'-]+?),?\s+(?:(?:QC|ON|BC|AB|MB|SK|NS|NB|NL|PE|YT|NT|NU|Ont\.|Que\.|Ontario|Qu[eé]bec|British Columbia|Alberta|Manitoba|Saskatchewan|Nova Scotia|New Brunswick),?\s+)?[A-Z]\d[A-Z]\s?\d[A-Z]\d\s*$", tail)
        if us:
            city, country = _after_street(us.group(1).split(",")[-1]), "US"
            if city == clean.squash(us.group(1).split(",")[-1]) and re.search(r"\d\w*\s+$", tail[:us.start(1)]):
                city = _city_after_number(city)  # ('1585 Broadway New York, New York 10036': the street's name first)
            elif city and (cut := _STREET_END.match(clean.squash(us.group(1).split(",")[-1]))) \
                    and _STREET_NUMBER_LAST.search(cut.group(0)):  # ('Incorporated 1585 Broadway New York': the
                city = _city_after_number(city)  # lines read flat, the street's number inside: its name first)
        elif canada:
            country = "CA"
            words = (_after_street(canada.group(1).split(",")[-1]) or "").split()
            city = words[0] if words else None
            if words and (cut := _STREET_END.match(clean.squash(canada.group(1).split(",")[-1]))) \
                    and _STREET_NUMBER_LAST.search(cut.group(0)):  # ('400 chemin de la Cote-Vertu ouest Dorval':
                city = _city_after_number(" ".join(words))  # the street's name first, no city)
    return text or None, city, country


def _mixed_case(text: str) -> str:
    """An address typed in capitals with each word of three letters or more in title case (a state code, a
    postal code, 'N.Y.' kept): 'CHICAGO, ILL. 60601' -> 'Chicago, Ill. 60601'; as long as the text."""
    return re.sub(r"\b[A-Z][A-Z'’]{2,}\b", lambda m: m.group(0)[0] + m.group(0)[1:].lower(), text)


_STREET_WORD = re.compile(r"\b(?:street|st|avenue|ave|road|rd|square|drive|boulevard|blvd|plaza|place|lane|way|"
                          r"parkway|building|tower|centre|center|floor|house)\b", re.I)
_CITY_PARTICLE = re.compile(r"am|an|im|bei|sur|upon|on|de|del|la|le|les|en")


def _city(piece: str) -> str | None:
    words = [w for w in piece.split() if not re.fullmatch(r"[\dA-Z-]{1,8}\d[\dA-Z-]*|[A-Z]{2}|\d+|\d[A-Z]{2}", w)]
    if len(words) >= 3 and not _STREET_WORD.search(" ".join(words)) and all(w[:1].isupper() for w in (words[0], words[-1])) and all(
            w[:1].isupper() or _CITY_PARTICLE.fullmatch(w) for w in words) and any(_CITY_PARTICLE.fullmatch(w) for w in words):
        return " ".join(words)  # 'Frankfurt am Main', 'Stratford upon Avon', 'Boulogne sur Mer'
    if not words or words[-1][:1].islower():
        return None  # ('... a citizen of' / 'the': a city is no word in lower case)
    if len(words) >= 2 and re.fullmatch(r"St\.?|Saint|Ste\.?|New|Fort|Mount|Mt\.?|San|Santa|Los|Las|La|Le|El", words[-2]):
        return f"{words[-2]} {words[-1]}"  # 'St. Paul', 'New York', 'Fort Lee'
    return words[-1]


_TWO_TIER = {"managing board", "supervisory board"}


def bodies_of(position: str | None, heading_body: str | None, listed: set[str]) -> list[str]:
    """The bodies named by the position (`_bodies_of`), a new list each call."""
    return list(_bodies_of(position, heading_body, frozenset(listed)))


@lru_cache(maxsize=16384)  # (a roster's titles recur: read once)
def _bodies_of(position: str | None, heading_body: str | None, listed: frozenset[str]) -> tuple[str, ...]:
    """Bodies named by the position; an officer title adds 'executive officers' when the roster lists them
    (where it does not, only a title of no assistant or deputy, 'Assistant Controller' is staff, and beside no
    body but the board of directors); otherwise the body of the heading above the entry."""
    found: list[str] = []
    text = position or ""
    for item in text.split(";"):
        named = [body for pattern, body in rules().position_bodies if pattern.search(item)]
        staff = re.match(r"\s*(?:[\w-]+\s+)?director\s*,\s*(.+)", item, re.I)  # 'Director, Internal Audit'
        if set(named) & _TWO_TIER or staff and is_department(staff.group(1)):  # 'Chairman, Board of Management':
            named = [body for body in named if body != "board of directors"]  # that board, not the board of directors
        found += [body for index, body in enumerate(named) if body not in found and body not in named[:index]]
    officer = any(rules().officer_titles.search(item) and not rules().subordinate_title.match(item) for item in text.split(";"))
    if rules().officer_titles.search(text) and "executive officers" in listed or officer and not heading_body and not found \
            or officer and set(found) <= {"board of directors"} and heading_body in (None, "board of directors"):
        found.append("executive officers")  # (an officer's title in the listed organisation on a list of its directors
        # only: 'Chairman, Chief Executive Officer and President of Micron'; a two-tier board is the management's own)
    elif len(items := [i.strip() for i in text.split(";") if i.strip()]) > 1 and "directors" in {i.casefold() for i in items} \
            and "executive officers" in listed and "executive officers" not in found:
        found.append("executive officers")  # 'Directors; Chairman of the Board': listed under the directors (the
        # section's plural name) and, for the other title, among the officers of a roster that lists both
    elif not found and not heading_body and listed == {"board of directors", "executive officers"} \
            and re.search(r"\bchief\s+[a-z]+", text, re.I) and not rules().subordinate_title.match(text):
        found.append("executive officers")  # 'Chief Auditor' on a list of directors and officers: no seat, an officer
    if "executive officers" in listed and "executive officers" not in found and not set(found) & _TWO_TIER and any(
            rules().listed_officer_titles.match(item) for item in text.split(";")):
        found.append("executive officers")  # 'Director/Managing Director' on a list of directors and officers
    if heading_body == "executive officers" and found == ["board of directors"] and len(listed) > 1:
        found.append(heading_body)  # a board's title listed under 'OFFICERS' (a section of a roster of more than one
        # body, not the one body listed): 'Chairman of the Board' is an officer too
    elif not found and heading_body:
        found.append(heading_body)
    return tuple(found)


_STREET_END = re.compile(r"^(?:.*\S\s+(?:street|st\.|avenue|ave\.|road|rd\.|square|drive|boulevard|blvd\.|plaza|place|lane|"
                         r"way|parkway|floor)|.*\b(?:suite\s+\S+|box\s+\S+|\d+\w*))\s+", re.I)


def _city_after_number(words_after: str) -> str | None:
    """The city of the words after a street's number and before the state ('Broadway Chicago', 'Broadway New
    York'): the first word is the street's name; the city is the last word where two words are left, a city's
    name opening with 'New', 'St.', 'San' ... ending them, else unknown ('Market Palo Alto': 'Alto' or 'Palo Alto')."""
    words = words_after.split()
    if len(words) == 2:
        return words[1]
    city = _city(words_after) if len(words) >= 3 else None
    return city if city and len(city.split()) == 2 else None


def _after_street(piece: str) -> str | None:
    """The city of 'Suite 500 Chicago' or 'Pine Street New York' (an address whose lines were
    joined without commas): what follows the last street word or number."""
    after = clean.squash(_QUADRANT.sub("", _STREET_END.sub("", piece.strip()))) or None  # ('... Avenue N.W. Washington')
    return None if after and _STREET_END.match(piece.strip()) and _POINT.match(after) else after  # ('Sagamore Parkway
    # South Lafayette': the street's 'South', or the city's 'South Bend'? unknown)


_STREET_NUMBER_LAST = re.compile(r"(?<![\w.])(?<!suite )(?<!box )(?<!room )(?<!unit )(?<!ste\. )\d+\w*\s+$", re.I)
# (the words before the city end with a street's number, no suite's or box's: the street's name follows it)
_POINT = re.compile(r"(?:north|south|east|west)\s+\S", re.I)
_QUADRANT = re.compile(r"^[NS]\.\s?[EW]\.\s+")  # 'N.W.' after a street's name: the street's, never the city's


def settle(person, new: dict, printed: str | None, span: tuple[int, int], refused: bool) -> None:
    """Give `person` the fields of one reading (`new`, its first key traced to `span`), or, when the reading
    was refused for disagreeing with what the person has, leave every one of them unknown."""
    for key, value in new.items():
        setattr(person, key, None if refused else value)
    if not refused:
        person.trace(next(iter(new)), printed, span)


def stated_citizenship(line: str) -> str | None:
    """The countries of a cell line that only states a citizenship ('Citizen of the USA, Denmark' -> 'USA, Denmark',
    '(citizen of France)' -> 'France', '(USA, Denmark)': countries alone in brackets); None for any other line."""
    from kg.forms.roster_citizen_label import english_label
    line = english_label(line)  # ('(Nacionalidad / Citizenship: USA)': the label's English half)
    match = rules().cell_citizen_line.match(line.strip()) or re.fullmatch(r"\((?P<value>[^()]+)\)", line.strip())
    value = match.group("value").strip(" ,") if match else None
    return value if value and is_citizenships(value) else None
