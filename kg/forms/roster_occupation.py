"""An occupation cell that also prints the business address: where the occupation ends and the
address begins (its first street line, with the employer's line just above it), line by line."""
from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz

from kg.forms import roster_types as rt
from kg.forms.roster_own import LEGAL
from kg.forms.roster_own_cut import cut_two_roles
from kg.forms.roster_rules import rules
from kg.forms.roster_wrap import TITLE_OPENING, ends_whole, join_continuations, join_legal_forms, repeats_employer
from kg.lookups.legal_forms import legal_forms

ADDRESS_START = re.compile(r"^(?:c/o\b|p\.?\s*o\.?\s+box|\d)", re.I)
_ENDS_NAMED = re.compile(r"\s(?:of|at)\s+[A-Z][^;]*,?\s+" + legal_forms("occupation_ends") + r"\.?$")


def present_lines(text: str) -> str:
    """An occupation cell that is a career history, one dated line per position: the lines held now without their
    date ('Since 1998, Director, X' -> 'Director, X'); a line held up to a year past ('1994 to 1997, ...') goes.
    Only where every line but a 'Retired ...' status is dated so (a line that goes on undated may be the wrap of
    a sentence the date opens)."""
    lines = [line for line in text.splitlines() if line.strip()]
    dated = [bool(rules().career_former.match(line.strip()) or rules().career_since.match(line.strip())) for line in lines]
    status = [bool(re.match(r"(?i:retired)\b", line.strip())) for line in lines]  # ('Retired Vice Chairman, X')
    if not any(dated) or not all(d or s for d, s in zip(dated, status)):
        return text
    return "\n".join(rules().career_since.sub("", line.strip()) for line in lines
                     if not rules().career_former.match(line.strip()))


def split_occupation(text: str, address: str | None, organization: str | None = None,
                     by_line: bool = False) -> tuple[list[str], str | None]:
    """Occupation items and the address (`_split_occupation`), a new list each call."""
    items, address = _split_occupation(text, address, organization, by_line)
    return list(items), address


@lru_cache(maxsize=16384)  # (a roster's occupations recur: read once)
def _split_occupation(text: str, address: str | None, organization: str | None,
                      by_line: bool) -> tuple[tuple[str, ...], str | None]:
    """Occupation items; when the cell also holds the address, the address starts at the
    first street line, with the employer line just above it. An employer line that repeats
    the organisation the occupation already names is the address's only; a line that
    completes the listed organisation's name ('... of Ariel' / 'Capital Management, Inc.')
    is the occupation's."""
    lines = _rejoin_organization([line.strip() for line in text.splitlines()  # ('--': an empty cell)
                                  if line.strip() and not re.fullmatch(r"[-–—]+", line.strip())], organization)
    if by_line:  # lines broken by the markup: each its own item, unless it ends mid-phrase ('Officer of')
        lines = join_continuations(lines, items=True)
    lines = join_legal_forms(lines)  # ('The Economist Newspaper' / 'LTD': one employer line)
    if not lines:
        return (), address
    # an occupation cell that prints an address: the address column's, when there is one, stays
    start = next((i for i, line in enumerate(lines) if ADDRESS_START.match(line) or (i or by_line)
                  and rt.is_address_line(line) and ";" not in line and not rt.is_title(line)), None)
    if start is not None:
        above = lines[start - 1] if start > 0 else ""
        employer = start - 1 if above and not re.search(r"[,;]$", above) and ";" not in above \
            and not rt.is_title(above) else start
        if by_line and employer == 0 < start and not rt.is_organization(lines[0]):
            employer = start  # a cell's first line (its own <p> or <br>), no organisation's name, is the occupation
        while by_line and 1 < employer < start and _printed_above(lines[employer - 1], lines[:employer - 1]):
            employer -= 1  # 'Of Counsel, Skadden, Arps, Slate, Meagher & Flom LLP' / 'Skadden' / 'Arps' / ...
        address = address or "\n".join(lines[employer:])
        repeated = employer < start and _repeats(lines[employer], " ".join(lines[:employer]))
        complete = employer < start and employer > 0 and bool(_ENDS_NAMED.search(lines[employer - 1])
                                                              or ends_whole(lines[employer - 1], titles=False)
                                                              or repeats_employer(lines[employer - 1], lines[employer]))
        lines = lines[:employer] if repeated or by_line or complete else lines[:start]  # (a line of its own, or
        # after a title that names its organisation, 'Director of ConAgra, Inc.': the address's)
    joined = "\n".join(lines)  # ('A of X; and B, Y': the 'and' joins the list, no part of an item)
    items = [item.strip() for item in re.split(r";(?:\s+and\s+)?|\n" if by_line else r";(?:\s+and\s+)?", joined) if item.strip()]
    return tuple(role for item in items for line_item in _cut_at_own_line(item, organization)
                 for named in _cut_after_comma_own(line_item, organization)
                 for piece in _cut_after_own(named, organization) for role in cut_two_roles(piece)), address


def _cut_at_own_line(item: str, organization: str | None) -> list[str]:
    """An item whose printed line ends naming the listed organisation after a title ('Director, Motorola',
    'Director of Scout Capital Corp.') and goes on on the next line: that title is whole where its line ends (the
    organisation is named in full), so the next line starts an item of its own ('Consultant', 'formerly
    Co-Chairman of ...'), unless it goes on with the name (a legal form, '&', a lower-case joining word)."""
    name = (organization or "").strip(" .")
    if not name or "\n" not in item:
        return [item]
    ends_own = re.compile(r"(?:,|\s(?:of|at|for|with)(?:\s+the)?)\s+" + r"\s+".join(map(re.escape, name.split()))
                          + r"\.?\s*$", re.I)
    pieces: list[str] = []
    for line in item.split("\n"):
        above = pieces[-1].split("\n")[-1] if pieces else ""
        cut = ends_own.search(above) if above else None
        if pieces and not (cut and rt.is_title(above[:cut.start()].strip()) and _opens_item(line.strip())):
            pieces[-1] = f"{pieces[-1]}\n{line}"
        else:
            pieces.append(line)
    return pieces


def _cut_after_comma_own(item: str, organization: str | None) -> list[str]:
    """'Chairman of the Board, Motorola Chief Executive Officer, Motorola', 'Director, MLINC and MetLife Retired
    Partner and Chief Executive Officer, Medsouth Therapies, LLC': titles wrapped into one, each closed by the
    listed organisation's name after a comma. Cut after that name where a title precedes it and another title
    (no organisation's name: 'Corporate Trust Company' would go on with it) follows, up to its comma or its 'of'."""
    name = (organization or "").strip(" .")
    if not name:
        return [item]
    own = re.compile(r",\s+" + r"\s+".join(map(re.escape, name.split())) + r"\.?\s+(?=[A-Z])", re.I)
    pieces, at = [], 0
    for match in own.finditer(item):
        after = re.split(r"\s+(?:of|at|for|with)\s+|[,;]", item[match.end():])[0].strip()  # ('CEO of X': the title)
        if rt.is_title(item[at:match.start()].strip()) and rt.is_title(after) and not rt.is_organization(after) \
                and _opens_item(after):
            pieces.append(item[at:match.end()].strip())
            at = match.end()
    pieces.append(item[at:].strip())
    return [piece for piece in pieces if piece]


def _opens_item(line: str) -> bool:
    """A line that does not go on with an organisation's name above it."""
    return bool(line) and not _GOES_ON.match(line) and not LEGAL.match(" " + line)


_GOES_ON = re.compile(r"(?:[&,(]|(?:and|or|of|the|for|at|in|to|with|de|du|des|et|und)\b|"
                      + legal_forms("goes_on") + r"\b)")


def _cut_after_own(item: str, organization: str | None) -> list[str]:
    """An item that names the listed organisation ('... of Smith Barney Corporate Trust Company'), or names one
    organisation twice ('Chairman of the Board of Motorola Chief Executive Officer of Motorola'), and goes on with
    another title after it: items wrapped into one, cut after each naming (a title 'of X' ends where X does)."""
    words = (organization or "").split()
    last = re.search(r"\b(?:of|at|for|with)\s+(?:the\s+)?([A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*)*)\W*$", item)
    if last and len(re.findall(r"\b(?:of|at|for|with)\s+(?:the\s+)?" + re.escape(last.group(1)) + r"\b", item)) > 1:
        words = last.group(1).split()  # ('President of Canopy' / 'Director of Canopy': one organisation named twice)
    elif len(words) < 2:
        return [item]
    own = re.compile(r"\b(?:of|at|for|with)\s+(?:the\s+)?" + r"\s+".join(map(re.escape, words))
                     + r"(?=\s+(?-i:(?:Co-)?(?:" + TITLE_OPENING.pattern + r"|Officer\b|Head\b)))", re.I)  # (a title after it)
    pieces, at = [], 0
    for match in own.finditer(item):
        pieces.append(item[at:match.end()].strip())
        at = match.end()
    pieces.append(item[at:].strip())
    return [piece for piece in pieces if piece]



def held_at_employer(items: list[str], address: str | None, organization: str | None) -> str | None:
    """The last occupation item of a cell of lines when the address the cell prints under it opens with an
    employer's line ('Director' / 'Chairman, President and CEO' / 'Contigroup Companies Inc.' / '277 Park Avenue'):
    that title is held at the employer printed under it, not in the listed organisation. Only after another item
    (the cell's first, the title in the listed organisation); None where the address opens with a street, a city,
    a title, or the listed organisation's name."""
    first = next((line.strip(" ,") for line in (address or "").splitlines() if line.strip()), "")
    if len(items) < 2 or not first or ADDRESS_START.match(first) or rt.is_address_line(first) \
            or rt.is_city_line(first) or rt.is_title(first) or not re.search(r"[A-Za-z]{3}", first):
        return None
    own = LEGAL.sub("", organization or "").strip(" ,.").casefold()
    if own and (own in first.casefold() or LEGAL.sub("", first).strip(" ,.").casefold() in own):
        return None
    return items[-1] if rt.is_title(items[-1].split(",")[0].strip()) else None


def _printed_above(line: str, above: list[str]) -> bool:
    """An employer's line ('Arps') that prints a part of the organisation the occupation above names."""
    text = line.strip(" ,")
    return len(text) >= 3 and not rt.is_title(text) and bool(
        re.search(r"(?:^|[\s,])" + re.escape(text) + r"(?=$|[\s,])", " ".join(above)))


def _repeats(employer: str, before: str) -> bool:
    """The employer line names an organisation the occupation lines above already name."""
    core = LEGAL.sub("", employer).strip(" ,.")
    return len(core) >= 4 and fuzz.partial_ratio(core.casefold(), before.casefold()) >= 95


def _rejoin_organization(lines: list[str], organization: str | None) -> list[str]:
    if not organization:
        return lines
    out: list[str] = []
    name = organization.casefold().strip(" .")
    for line in lines:
        joined = f"{out[-1]} {line}" if out else ""
        if out and not out[-1].endswith((";", ".")) and joined.casefold().strip(" .").endswith(name) \
                and not line.casefold().strip(" .").endswith(name):
            out[-1] = joined
        else:
            out.append(line)
    return out
