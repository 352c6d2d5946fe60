"""The last guard over a finished roster's values (issue 13, precision first): a value whose shape no value of its
field has is text of another cell, field or entry read into it, whatever the layout reader. It is refused: left out
with a `roster-ambiguous` finding that names the person, the field and the text, never printed.

- a value holding a cell separator or a table rule inside it ('United States | c/o 70 Pine Street', a tab,
  '----'); one at its edge ('| Director') is cleaned off, and an address run together with cells that are each a
  country alone keeps its one own cell (the printed text kept beside);
- a value holding a column caption ('Name and Business Address', 'Present Principal Occupation');
- an other position with no word of a title or an occupation that names no organisation ('HPB/Blackrock',
  'Skadden') or stands beside an occupation of the person's own ('Chairman' + 'Tennant Company'): the employer or
  an address line of the entry, on the wrong field;
- a citizenship of two countries with no joiner ('Korea Singapore'), or with a person's name or another entry's
  numbered heading in it ('United States Sandra L. West'); an address that opens with such a heading ('5. Sandra L.
  West 130 Liberty Street') or is cut at an abbreviation ('The St.'): two cells or two entries run together;
- a city that is a country ('ENGLAND' for 'London SW1A 1HG England'): the wrong part of the address;
- a value with no letter ('— —', '*', '(1)'), a title or citizenship in square brackets or braces ('[Director]'),
  a citizenship with a title after the country ('United States — — Director': the next entry's), a title that
  speaks of a person by honorific ('(Mr. Vang also serves as Treasurer)': a note in the title column).
A word hyphenated at a line's end in an address is joined ('Blackw- ell'). kg.forms.roster_name_tail reads or
refuses a name's last word glued to a title, and what an entry printed after another entry's name.

A person is refused (left out, with the values read with the name) whose name holds a cell separator, a caption,
an organisation's word ('Smith Barney Consulting Group'), a street's ('One Harrow Plaza') or a lower-case word
that is no particle ('Jay D. Bolding is'), or whose name line
stands right under the name line of another person read with no value at all while the roster's other people
have values ('KENNETH J. BIALKIN' / 'SKADDEN' / 'ARPS': lines under a name read as a second name, with the first
one's values), or that stands for no one ('Vacant', 'To Be Appointed'). The patterns are data: kg/patterns/roster_junk.yml.
"""
from __future__ import annotations

import re

from kg.context import Context
from kg.forms import roster_fields as rf
from kg.forms import roster_types as rt
from kg.forms.name_suffixes import suffix_alternation
from kg.forms.name_titles import letters_alternation
from kg.forms.roster_affiliations import affiliations
from kg.forms.roster_bare_above import Filled, NameStarts, under_a_bare_name
from kg.forms.roster_default_above import default_over_left_out
from kg.forms.roster_guard import drop_value, keep_titles
from kg.forms.roster_name_guard import _PARTICLES
from kg.forms.roster_name_overrun import took_word_under
from kg.forms.roster_name_tail import read_name_tails, stacks_titles, swallowed_values
from kg.forms.roster_own import is_department
from kg.forms.roster_rules import rules
from kg.forms.roster_value_heads import name_line_first, numbered_name
from kg.patterns import required_regexes
from kg.read import clean
from kg.records import Person

_KEYS = ("cell", "caption", "occupation_words", "occupation_nouns", "name_organization_words",
         "cities_named_as_country", "name_address_words", "name_placeholder",
         "note", "name_after_article")


def junk_rules() -> dict[str, re.Pattern]:
    return required_regexes("roster_junk.yml", _KEYS)


def refuse_junk(ctx: Context, people: list[Person]) -> list[Person]:
    """`people` (one roster's) without the persons refused, and each kept person without the values refused."""
    kept, stacked = [], stacks_titles(ctx, people)
    filled, names = Filled(people), NameStarts(people)  # (only the person at hand loses values here: the others'
    # count is kept, not re-read; names are found by where they start)
    for person in people:
        for field, value, why in read_name_tails(ctx, person, stacked) + swallowed_values(ctx, person, holds_occupation):
            _refuse(ctx, person, field, value, why)  # ('Cornelius Jonathan' / 'Vantreight Executive Vice President')
        why = _not_a_person(ctx, person, names, filled.recount(person))
        if why:
            ctx.warn("roster-ambiguous", f"{person.name!r} is read as a person's name but {why}; it is left out, "
                     "with the values read with it", span=person.evidence, readings=[person.name, None])
            if above := default_over_left_out(people, person):  # (the line left out may be her address indicated)
                _refuse(ctx, above, "address", above.address, "the line left out under her entry may be her address")
            continue
        _refuse_values(ctx, person)
        filled.recount(person)
        kept.append(person)
    return kept


def _not_a_person(ctx: Context, person: Person, names: NameStarts, filled: int) -> str | None:
    name = clean.squash(person.name or "") or ""
    if not name:
        return None
    if junk_rules()["cell"].search(name):
        return "it holds a cell separator or a rule"
    if junk_rules()["caption"].search(name):
        return "it holds a column caption"
    if junk_rules()["name_organization_words"].search(name):
        return "it holds an organisation's word"
    if junk_rules()["name_address_words"].search(name):
        return "it holds a word of a street address"
    if "name" in person.spans and junk_rules()["name_after_article"].match(_line_to(ctx.text, person.spans["name"])):
        return "an article opens its line ('Le Prince de Galles'): a building's name, an address line"
    if junk_rules()["name_placeholder"].fullmatch(name.strip(" .*")):
        return "it stands for no one ('Vacant', 'To Be Appointed'): a seat, not a person"
    if any(w[:1].islower() and w.strip(".,") not in _PARTICLES and "'" not in w and "’" not in w for w in name.split()):
        return "it holds a lower-case word no name has ('Jay D. Bolding is'): a sentence"
    if "name" in person.spans and _SURNAMES_LISTED.fullmatch(ctx.text[slice(*person.spans["name"])].strip()):
        return "it is printed as three surnames in a row ('Skadden, Arps, Slate'): a firm's name"
    if _wraps_into_legal_form(ctx.text, person):
        return "the line under it, in its column, is an organisation's word alone ('Lam Research' / 'Corporation')"
    if taken := took_word_under(ctx, person):
        return (f"it takes {taken!r} from the line under it, which would have fitted on the name's line: the start of "
                "another value (an address, an employer)")
    if bare := under_a_bare_name(ctx, person, names, filled):
        return f"its line stands right under the name of {bare!r}, read with no value: the line may be a value of hers"
    return None


def _line_to(text: str, span: list[int]) -> str:
    """The line of a name's span, from its start to the span's end."""
    return text[text.rfind("\n", 0, span[0]) + 1:span[1]]


_SURNAMES_LISTED = re.compile(r"[A-Z][\w'’-]+,[ \t]+[A-Z][\w'’-]+,[ \t]+(?!" + suffix_alternation(capitals=True) + r"\b|"
                              + letters_alternation() + r"(?:[\s,]|$))[A-Z][\w'’-]+")  # ('CHIA, Pei-yuan, FRS': a name)


def _wraps_into_legal_form(text: str, person: Person) -> bool:
    """A name-shaped line of a wrapped cell whose next line, starting in the same column, is only an organisation's
    word: the organisation's name wrapped over two lines ('Lam Research' / 'Corporation')."""
    if "name" not in person.spans:
        return False
    start, end = person.spans["name"]
    line_start = text.rfind("\n", 0, start) + 1
    stop = text.find("\n", end)  # (the end of the name's line: no copy of the text after it)
    if text[end:len(text) if stop < 0 else stop].strip():
        return False  # (more text after the name on its line)
    below = re.match(r"[ \t]*\n([ \t]*)(\S[^\n]*)", text[end:end + 300])
    return bool(below) and len(below.group(1)) == start - line_start \
        and bool(rules().organization_words.fullmatch(below.group(2).strip(" ,.")))


_BROKEN_WORD = re.compile(r"([a-z])- ([a-z])")
_EDGE = re.compile(r"^[\s|\u2500-\u257f]+|[\s|\u2500-\u257f]+$")


def _edges_cleaned(person: Person, field: str, value: str) -> str:
    """A value without a cell separator at its start or end ('| Director': the rule of the cell before it), the
    printed text kept beside it; a separator inside the value is left for the guard."""
    cleaned = _EDGE.sub("", value)
    if cleaned == value or not cleaned:
        return value
    old, new = (f"{field}:{value}", f"{field}:{cleaned}") if field in ("positions", "other_positions") else (field, field)
    person.printed[new] = person.printed.pop(old, value)
    if old in person.spans:
        person.spans[new] = person.spans.pop(old)
    return cleaned


def _refuse_values(ctx: Context, person: Person) -> None:
    for field in ("positions", "other_positions"):
        cleaned = [_edges_cleaned(person, field, v) for v in getattr(person, field)]
        if field == "other_positions" and cleaned != person.other_positions:
            person.affiliations = [a for other in cleaned for a in affiliations(other)]
        setattr(person, field, cleaned)
    keep_titles(ctx, person, lambda field, value: _junk(value, field) or (
        _not_an_occupation(value, person) if field == "other_positions" else None))
    for field in ("citizenship", "address", "address_city"):
        if getattr(person, field):
            setattr(person, field, _edges_cleaned(person, field, getattr(person, field)))
    if person.address and _BROKEN_WORD.search(person.address):  # 'Blackw- ell': a word hyphenated at a line's end
        person.printed.setdefault("address", person.address)
        person.address = _BROKEN_WORD.sub(r"\1\2", person.address)
    if person.citizenship and (why := _junk(person.citizenship, "citizenship")):
        drop_value(ctx, person, "citizenship", person.citizenship, why)
        person.citizenship = person.country = None
    if person.address and "|" in person.address and (own := _address_cell(person.address)):
        person.printed.setdefault("address", person.address)
        person.address, person.address_city, person.address_country = rf.parse_address(own)
    if person.address and (why := _junk(person.address, "address", person.printed.get("address"))):
        drop_value(ctx, person, "address", person.address, why)
        person.address = person.address_city = person.address_country = None
    if person.address_city and (why := _junk(person.address_city, "address_city")):
        drop_value(ctx, person, "address_city", person.address_city, why)
        person.address_city = None


def _address_cell(value: str) -> str | None:
    """The one cell of an address run together with cells that are each a country alone ('United States | c/o 70
    Pine Street'): a cell of the citizenship column before the address's; None where more than one cell is left."""
    cells = [c.strip() for c in value.split("|") if c.strip()]
    left = [c for c in cells if not (clean.country_of(c)[0] and clean.country_of(c)[1] is None or rt.is_nationality(c))]
    if len(left) != 1 or len(cells) < 2 or junk_rules()["cell"].search(left[0]):
        return None
    return left[0]


def _junk(value: str, field: str, printed: str | None = None) -> str | None:
    flat = clean.squash(value.replace("\n", " ")) or ""
    if junk_rules()["cell"].search(value):
        return "it holds a cell separator or a table rule: the text of more than one cell"
    if not re.search(r"[^\W\d_]", flat):
        return "it holds no letter: a mark or a number, not a value"
    if field in ("positions", "other_positions", "citizenship") and re.search(r"[\[\]{}]", flat):
        return "it holds a square bracket or a brace: a mark of the layout, not of the value"
    caption = junk_rules()["caption"].search(flat)
    if caption and not (field == "citizenship" and caption.group(0).casefold() == "citizenship"):
        return f"it holds the column caption {caption.group(0)!r}"
    if field in ("positions", "other_positions") and (kind := _of_another_field(flat)):
        return kind
    if field == "citizenship":
        return _not_one_citizenship(flat)
    if field == "address_city":
        return _not_a_city(flat)
    if field == "address" and _CUT_AT_ABBREVIATION.search(flat) and not re.search(r"\d", flat):
        return "it ends in an abbreviation ('The St.'): a name cut at its full stop"
    if field in ("address", "citizenship") and (heading := numbered_name(flat, field == "citizenship", junk_rules())):
        return f"it holds the numbered heading of another entry ({heading!r})"
    if field == "address" and (name := name_line_first(printed or value, junk_rules())):
        return f"its first line is a person's name alone ({name!r}): the next entry's name line"
    return None


def _of_another_field(flat: str) -> str | None:
    """A title that is no title, by what it holds: a citizenship or a country alone ('USA, Denmark'), or an address
    ('Tuborg Havnevej 19, 2900 Hellerup, Denmark'); a cell of another column read as one; or a label ('Director:'
    before a name, 'Director:  Harriet V. Okonkwo': the title of the name after it, read as a value)."""
    if flat.endswith(":"):
        return "it ends in a colon: a label, not a value"
    if junk_rules()["note"].search(flat):
        return "it speaks of a person by honorific ('Mr. Vang also serves as'): a note, not a title"
    if not flat or rt.is_title(flat):
        return None
    if rf.is_citizenships(flat) or rt.is_nationality(flat) or clean.country_of(flat)[0] and clean.country_of(flat)[1] is None:
        return "it is a citizenship or a country, another column's value"
    if re.search(r"\d", flat) and any(rt.is_address_line(piece) for piece in flat.split(", ")):
        return "it is an address, another column's value"
    return None


_CUT_AT_ABBREVIATION = re.compile(r"\b(?:St|Ste|Mt|Ft)\.$")
def holds_occupation(flat: str) -> bool:
    """`flat` holds a word of a title or an occupation (or says there is none: 'Retired')."""
    return bool(rules().title_words.search(flat) or junk_rules()["occupation_words"].search(flat)
                or rules().no_occupation.search(flat) or rt.is_title(flat) or is_department(flat))


def _not_an_occupation(value: str, person: Person) -> str | None:
    """An other position with no word of a title or an occupation that is no organisation's name ('Skadden',
    'HPB/Blackrock'), or that stands beside an occupation of the person's own ('Chief Executive', 'Tennant
    Company'): a line of the entry's address or employer read as an occupation. (An organisation's name alone,
    as an employer column prints it, is kept.)"""
    flat = clean.squash(value.replace("\n", " ")) or ""
    if holds_occupation(flat):
        return None
    if not rt.is_organization(flat):
        return "it holds no word of a title or an occupation and names no organisation: a line of another field"
    if any(holds_occupation(clean.squash(other) or "") for other in person.other_positions if other != value):
        return "it names an organisation beside an occupation of the person's own: a line of another field"
    return None


def _not_one_citizenship(flat: str) -> str | None:
    found = rf.countries(flat)
    for a, b in zip(found, found[1:]):
        between = flat[a.end():b.start()]
        if not between.strip() and clean.country_of(flat[a.start():b.end()])[0] is None:
            return "it holds two countries with nothing between them: two cells run together"
    match = rf.find_nationality(flat)
    if match:
        rest = (flat[:match.start()] + " " + flat[match.end():]).strip(" ,;.")
        rest = rt.strip_numbering(rest)[0].strip(" ,;.")
        if rest and len(rest.split()) >= 2 and rt.is_person_name(rest, in_name_column=False):
            return f"it holds a person's name ({rest!r}): the text of another entry"
        if rest and rt.is_title(rest):
            return f"it holds a title ({rest!r}): the text of another cell or entry"
    return None


def _not_a_city(flat: str) -> str | None:
    code, subdivision = clean.country_of(flat)
    if code is None or subdivision is not None or junk_rules()["cities_named_as_country"].match(flat.strip(" ,.")):
        return None
    if code in rules().city_states:
        return None
    return "it is a country, not a city: the wrong part of the address"


def _refuse(ctx: Context, person: Person, field: str, value: str, why: str) -> None:
    """`value` of `field` left out of `person`, with a finding (a list field loses that value only)."""
    if field in ("positions", "other_positions"):
        if value in getattr(person, field):
            drop_value(ctx, person, field, value, why)
            setattr(person, field, [v for v in getattr(person, field) if v != value])
            if field == "other_positions":
                person.affiliations = [a for other in person.other_positions for a in affiliations(other)]
        return
    if getattr(person, field) == value:
        drop_value(ctx, person, field, value, why)
        cleared = {"citizenship": ("citizenship", "country"), "address": ("address", "address_city", "address_country")}
        for name in cleared[field]:
            setattr(person, name, None)


