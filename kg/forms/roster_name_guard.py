"""Names a roster reader put out that the text does not print as a person's name, whatever the layout
(the last check of a roster's people, kg.forms.annex). kg never states a person the roster does not list:

- a place ('Hong Kong', 'Illinois', 'Denmark. Hellerup', 'Central, Hong Kong': the place tables of
  kg/lookups say so): a line of an address or a sentence read as a name;
- a name cut at a hyphen ('Jean- Saillard', 'Tarek F. Abdel-'): a hyphenated name read in part, or
  wrapped and not joined;
- two names run together ('Robert W. Galvin Robert L. Growney'): two entries read as one;
- a name with a dash between words ('N.a. -- Retired Vice Chairman Citicorp'): an organisation and a title;
- the head of a firm's name, its printed text going on with the firm's legal form ('Forstmann Little' / '& Co.':
  kg/patterns/roster_firm_head.yml): an organisation, never a person;
- a sentence ('Paul Hatch has served as Director of ...'): words no name has;

such a person is left out with a `roster-ambiguous` finding (the values read with the name may be
another entry's). A name that ends in an officer's title ('Pei-yuan Chia Director') is a name column
read into the title column: where the columns lie is not certain, so the roster is refused whole.
"""
from __future__ import annotations

import bisect
import re

from kg.context import Context
from kg.forms import roster_fields as rf
from kg.forms import roster_types as rt
from kg.forms.roster_kept_marks import kept_mark
from kg.forms.roster_name_address import joined_in_roster
from kg.forms.roster_name_place import address_line_name
from kg.lookups.legal_forms import legal_forms
from kg.patterns import required_regexes
from kg.read import clean
from kg.records import Person

_CUT = re.compile(r"\w-(?:\s|$)|(?:^|\s)-\w")
_TITLE_GLUED = re.compile(r"\S\s+(?:Director|President|Chairman|Chairwoman|Officer|Secretary|Treasurer|Trustee|"
                          r"Controller)$", re.I)
# 'Robert W. Galvin Robert L. Growney': given name, initials, surname, twice
_NAME = r"[A-Z][\w'’-]+\s+(?:[A-Z]\.\s*)+[A-Z][\w'’-]+"
_TWO_NAMES = re.compile(rf"^{_NAME},?\s+{_NAME}\b")


def unlisted(ctx: Context, people: list[Person]) -> list[Person] | None:
    """`people` (one roster's) without those whose name is no listed person's (each with a finding); None
    (the roster refused, with a finding) when a name has an officer's title glued on."""
    kept, joined = [], joined_in_roster(people)
    for person in people:
        name = clean.squash(person.name or "") or ""
        if not name:
            kept.append(person)  # (no name read: nothing stated of a person's name)
            continue
        if (glued := _TITLE_GLUED.search(name)) and len(name.split()) >= 3 and rt.is_person_name(name[:glued.start() + 1]) \
                or _title_inside(name):
            ctx.warn("roster-ambiguous", f"the name {name!r} ends in a title: the name column runs into the next "
                     "column, where the columns lie is not certain; the roster is left out", span=person.evidence,
                     readings=[name, None])
            return None
        why = _not_a_name(name) or _names_over_lines(ctx, person) or _firm_head(ctx.text, person) or joined.get(id(person)) \
            or address_line_name(ctx.text, person) \
            or kept_mark(ctx.text, ((person.spans or {}).get("name") or (None,))[0], name)
        if why:
            ctx.warn("roster-ambiguous", f"{name!r} is read as a person's name but {why}; it is left out, with the "
                     "values read with it", span=person.evidence, readings=[name, None])
            continue
        kept.append(person)
    return kept


_TITLE_WORDS = {"director", "president", "chairman", "chairwoman", "officer", "secretary", "treasurer", "trustee",
                "controller", "executive", "vice", "chief"}
_IN_TITLE = _TITLE_WORDS | {"and", "&", "of", "the", "board"}
_TITLE_HEADS = _TITLE_WORDS - {"executive", "vice", "chief"}


def _title_inside(name: str) -> bool:
    """A run of an officer's title words after a name's first two words, the rest a person's name ('James W.
    Atkinson Executive Vice President', 'Mellody L. Director; President Hobson': columns run together)."""
    words = name.split()
    at = next((i for i, word in enumerate(words) if i >= 2 and word.strip(",;").casefold() in _TITLE_WORDS), None)
    if at is None:
        return False
    end = at
    while end < len(words) and words[end].strip(",;").casefold() in _IN_TITLE:
        end += 1
    if not _TITLE_HEADS & {word.strip(",;").casefold() for word in words[at:end]}:
        return False  # ('Jonathan A. Vice': a surname, no title)
    rest = words[:at] + words[end:]
    if any(word[:1].islower() and word not in _PARTICLES for word in rest):
        return False  # (a sentence: 'Paul Hatch has served as Director of X', left out on its own)
    return rt.is_person_name(" ".join(rest).strip(" ,;"))


def _firm_head(text: str, person: Person) -> str | None:
    """Why a name is a firm's: its printed text goes on with a legal form ('Forstmann Little' / '& Co.')."""
    span = (person.spans or {}).get("name")
    found = span and required_regexes("roster_firm_head.yml", ("firm_goes_on",))["firm_goes_on"].match(text, span[1])
    if not found:
        return None
    if "\n" in found.group(0):  # (the next line's: only where it starts in the name's column)
        below = text[text.rfind("\n", 0, found.end()) + 1:found.end()]
        name_column = span[0] - (text.rfind("\n", 0, span[0]) + 1)
        if len(below) - len(below.lstrip()) != name_column:
            return None
    return "its printed text goes on with a firm's legal form (the head of an organisation's name)"


_NUMBERED = re.compile(r"^\s*(?:\d{1,3}|[A-Za-z])[.)]\s+")


def _names_over_lines(ctx: Context, person: Person) -> str | None:
    """Why a name printed over several lines of a table cell is no one name: two of its lines are each a
    person's name ('Laurent Dassault' / 'Andre Desmarais': a cell listing everyone's names, read as one)."""
    span = person.spans.get("name")
    if not span or not ctx.cell_breaks:
        return None
    cuts = ctx.cell_breaks[bisect.bisect_left(ctx.cell_breaks, span[0]):bisect.bisect_left(ctx.cell_breaks, span[1])]
    if not cuts:
        return None
    edges = [span[0], *cuts, span[1]]
    lines = [_NUMBERED.sub("", ctx.text[s:e]).strip(" ,.;") for s, e in zip(edges, edges[1:])]
    if sum(1 for line in lines if len(line.split()) >= 2 and rt.is_person_name(line)) >= 2:
        return "its lines in the table cell are several persons' names (a cell listing everyone's names)"
    rest = " ".join(lines[1:]).split()
    if len(lines[0].split()) >= 2 and rt.is_person_name(lines[0]) and len(rest) >= 2:
        return ("its first line in the table cell is a name and the cell's next lines run on into it (a wrapped "
                "name goes on by a word at most: the lines after it are an address or an employer)")
    return None


def _not_a_name(name: str) -> str | None:
    flat = name.strip(" ,.;")
    if is_place(flat):
        return "it is a place"
    if re.search(r"(?:\s-|:)$", name.strip()):
        return "it ends in a label's separator ('Office Held -': a label read as a name)"
    if re.search(r"\s(?:--|\u2014|\u2013)\s", flat):
        return "it holds a dash ('CITICORP, N.A. -- Retired Vice Chairman': an organisation and a title)"
    if _CUT.search(flat):
        return "it is cut at a hyphen"
    if _TWO_NAMES.match(flat):
        return "it holds two names"
    if len([w for w in flat.split() if w[:1].islower() and w.strip(".,") not in _PARTICLES]) >= 2:
        return "it is a sentence ('has served as')"
    return None


# the lower-case words of names ('Ludwig van der Berg', 'Ortega y Gasset', 'Maria da Silva')
_PARTICLES = {"de", "van", "von", "der", "den", "di", "da", "del", "della", "la", "le", "du", "des", "dos", "das",
              "y", "e", "zu", "ter", "af", "av", "bin", "ibn", "al", "el", "st"}


def is_place(text: str) -> bool:
    """A place by the place tables: a country, a state, a nationality ('Hong Kong', 'Illinois'), or a text
    with a country that ends a sentence or an address ('Denmark. Hellerup', 'Central, Hong Kong')."""
    flat = text.strip(" ,.;")
    if not flat:
        return False
    if clean.country_of(flat)[0] or rt.is_nationality(flat):
        return True
    for match in rf.countries(flat):
        after, before = flat[match.end():], flat[:match.start()].rstrip()
        if after.startswith(". ") or not after and before.endswith(","):
            return True
    return False


def glued_title(cell: str) -> tuple[str, str] | str | None:
    """A cell that runs from the name column into the next one ('Cornelius J. Vantreight Executive Vice
    President': the name glued to the title by one space): (name, title) where exactly one cut leaves a
    person's name before an officer's title after it; 'ambiguous' where a person's name opens the cell but
    no such single cut exists (the row is refused, never read into another); None where no name opens it."""
    words = cell.split()
    cuts = [at for at in range(2, len(words)) if words[at].strip(",;").casefold() in _TITLE_WORDS
            and words[at - 1].strip(",;").casefold() not in _IN_TITLE
            and rt.is_person_name(" ".join(words[:at]).rstrip(" ,;")) and rt.is_title(" ".join(words[at:]))]
    if len(cuts) == 1:
        at = cuts[0]
        return " ".join(words[:at]).rstrip(" ,;"), " ".join(words[at:])
    opens = any(rt.is_person_name(" ".join(words[:at]).rstrip(" ,;")) for at in range(2, min(len(words), 6)))
    return "ambiguous" if cuts or opens else None


_LEGAL_FORM = re.compile(r"(?:,\s*|\s)" + legal_forms("name_ends") + r"\.?$", re.I)


def glued_employer(cell: str, employers: set[str]) -> tuple[str, str] | str | None:
    """A cell that runs from the name column into an employer column ('Cornelius J. Vantreight Acme Holdings
    Inc.': the name glued to the employer by one space): (name, employer) where exactly one cut leaves a person's
    name before an organisation after it, certain by its legal form ('Inc.') or because the employer column
    prints it in another row (`employers`, folded); 'ambiguous' where a person's name is followed by words of an
    organisation but no cut is certain (the row is refused); None where no organisation follows a name."""
    from kg.forms.roster_junk import junk_rules
    words = cell.split()
    cuts, seen = [], False
    for at in range(2, len(words)):
        name, rest = " ".join(words[:at]).rstrip(" ,;"), " ".join(words[at:])
        if not rest[:1].isupper() or any(w[:1].islower() and w not in _PARTICLES for w in words[:at]) \
                or not rt.is_person_name(name) or rt.is_person_name(rest):
            continue  # ('Jay D. Bolding is' / 'a citizen of U.S.': a sentence, no name and organisation)
        named = _LEGAL_FORM.sub("", rest).split()  # ('Holdings Inc.': a legal form and an organisation's word, no name)
        certain = bool(_LEGAL_FORM.search(rest)) and any(not junk_rules()["name_organization_words"].fullmatch(w.strip(
            ".,")) for w in named) or rest.casefold() in employers
        seen = seen or certain or bool(junk_rules()["name_organization_words"].search(rest) or rt.is_organization(rest))
        if certain:
            cuts.append(at)
    if len(cuts) == 1:
        return " ".join(words[:cuts[0]]).rstrip(" ,;"), " ".join(words[cuts[0]:])
    return "ambiguous" if seen else None
