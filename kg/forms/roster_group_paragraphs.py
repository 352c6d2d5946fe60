"""Groups of centred names, each under a centred '<titles> of' / '<Org>' heading and a paragraph (one entry,
`read_group_paragraphs`), as the 'Partners of' / 'FLC XXX' part of Forstmann Little's Schedule I prints them:

                                 Director of
                                  Acme Corp.

     The following persons hold the positions named above with Acme Corp. The business address of each of the
following persons is 1 Main Street, Springfield, Ohio 45501 and each is a citizen of the United States, except as
set forth below. The present principal occupation of Jane Q. Doe is Professor, Ohio State University. Jane Q. Doe
is a citizen of Canada.

                                  Jane Q. Doe
                                 John R. Smith

- Every name of a group holds its heading's titles (one a line, ' of' ending the last) in the heading's organisation
  ('Other Persons of' / '<Org>': no title); the paragraph under the heading opens 'The following ...' naming that
  organisation, may give every member's business address and citizenship, then states members' own values, each
  sentence by the member's full name ('The present principal occupation of X is ...', 'The business address of X
  is ...', 'X is a citizen of ...'): the own value stands over the default.
- A heading '<titles> of' / '<Org> (continued)' after a page break carries the group on.
- Any block of another shape, a sentence that is none of these, or a name that is no member's: nothing is read
  (another layout's, or not certain which person a value is).
"""
from __future__ import annotations

import re

from kg.forms import roster_types as rt
from kg.forms.roster_bios import _ABBREVIATION, _words
from kg.forms.roster_block_notes import given_first
from kg.forms.roster_centred_lists import _BLOCK, _DEBRIS, _RULE, _centred, _lines, _names
from kg.forms.roster_entry import Entry
from kg.forms.roster_names_two_a_line import names_two_a_line

_TITLE = re.compile(r"(?:SCHEDULE|ANNEX|EXHIBIT|APPENDIX)\s+[A-Z0-9-]{1,5}\.?", re.I)
_STARS = re.compile(r"[*\s]*\*[*\s]*")  # (a centred line of '*' between groups)
_DEFAULTS = re.compile(r"(?:The\s+business\s+address\s+of\s+each\s+of\s+the\s+following\s+persons\s+is\s+(?P<address>.+?)"
                       r"(?:\s+and\s+each|(?=,\s+except)|(?=\.$))|Each)?(?:\s*is\s+(?P<citizen>a\s+citizen\s+of\s+.+?|a\s+[A-Z]"
                       r"\w+\s+citizen))?(?:,\s+except\s+as\s+set\s+forth\s+below)?\.")
_NO_TITLE = re.compile(r"Other\s+(?:Persons|Individuals)")  # ('Other Persons of' / '<Org>': no title there)
_RUN_ON = re.compile(r"\.\s+(?:The|Each|All|Unless|Except)\s|\bcitizens?\s+of\b|\bcitizen\b|\bbusiness\s+address\b|"
                     r"\bprincipal\s+occupation\b")  # (another sentence run into a value: its person is not certain)
_CITIZEN_WORDS = re.compile(r"^a\s+citizen\s+of\s+|^a\s+[A-Z]\w+\s+citizen$")
_OWN = {"other_positions": r"The\s+present\s+principal\s+occupation\s+of\s+{who}\s+is\s+(?P<v>.+)",
        "address": r"The\s+business\s+address\s+of\s+{who}\s+is\s+(?P<v>.+)",
        "citizenship": r"{who}\s+is\s+(?P<v>a\s+citizen\s+of\s+.+|a\s+[A-Z]\w+\s+citizen)"}


def read_group_paragraphs(text: str, start: int, end: int) -> list[Entry] | None:
    """The entries of every group of centred names under its heading and paragraph in text[start:end], or None where
    the text is not certainly that layout."""
    groups, defined = _groups(text, start, end)
    entries: list[Entry] = []
    for heading, paragraph, names in groups or []:
        fields = _group_fields(paragraph, heading, [given_first(name) for name, _span in names], defined)
        if fields is None:
            return None
        entries += [Entry(name=name, name_span=span, evidence=span, fields=fields[given_first(name)])
                    for name, span in names]
    return entries if len(entries) >= 2 else None


def _groups(text: str, start: int, end: int) -> tuple[list[tuple[list[str], str, list]] | None, dict[str, str]]:
    """(heading lines, paragraph, names with their spans) of each group in order, or None for any other block; and
    the full name of each term the front defines."""
    blocks = [b for b in _BLOCK.finditer(text, start, end)
              if not all(_DEBRIS.fullmatch(x.strip()) for x in b.group(0).splitlines())
              and not _STARS.fullmatch(b.group(0)) and not _RULE.fullmatch(b.group(0).strip())]
    while blocks and _TITLE.fullmatch(blocks[0].group(0).strip()):
        blocks = blocks[1:]
    blocks, defined = _past_front(text, blocks)
    groups: list[tuple[list[str], str, list]] = []
    index = 0
    while index < len(blocks):
        shown = _heading(text, blocks[index])
        if shown is None:
            return None, defined
        last = groups[-1][0] if groups else None
        carried = last is not None and shown == last[:-1] + [f"{last[-1]} (continued)"]
        if not carried:
            if index + 1 >= len(blocks):
                return None, defined
            groups.append((shown, blocks[index + 1].group(0), []))
            index += 1
        index += 1
        found = len(groups[-1][2])
        while index < len(blocks) and (more := _names(text, blocks[index]) or names_two_a_line(text, blocks[index])):
            groups[-1][2].extend(more)
            index += 1
        if len(groups[-1][2]) == found:
            return None, defined
    return groups or None, defined


def _past_front(text: str, blocks: list[re.Match]) -> tuple[list[re.Match], dict[str, str]]:
    """The blocks after a front of 'Schedule I' over centred lines and a paragraph defining the term ('("NH")') the
    first heading ends with, and the term's full name where the front's first centred line prints it and the
    paragraph defines the term right after it ('American International Group, Inc.:' / 'American International
    Group, Inc. ("AIG") is ...'); the blocks as they are where there is no such front."""
    if len(blocks) < 3 or (heading := _heading(text, blocks[2])) is None:
        return blocks, {}
    title, *centred = _lines(text, blocks[0])
    if not _TITLE.fullmatch(title[2]) or not centred or not _centred(centred):
        return blocks, {}
    term, paragraph = heading[-1], " ".join(blocks[1].group(0).split())
    defined = re.search(r'(?:^|\s)(?P<name>[^"“]*?)\s*\(["“]' + re.escape(term) + r'["”]\)', paragraph)
    if not defined:
        return blocks, {}
    named = centred[0][2].rstrip(" :")
    return blocks[2:], {term: named} if defined.group("name").endswith(named) else {}


def _heading(text: str, block: re.Match) -> list[str] | None:
    """The lines of a centred heading '<title>' ... '<title> of' / '<Org>', or None."""
    lines = _lines(text, block)
    printed = [line for _c, _a, line in lines]
    if len(printed) < 2 or not _centred(lines) or not re.search(r"(?:^|\s)of$", printed[-2]) or not printed[-1][:1].isupper():
        return None
    if any(not line[:1].isupper() or rt.is_person_name(line) for line in printed[:-1] if line != "of"):
        return None
    return printed


def _group_fields(paragraph: str, heading: list[str], members: list[str],
                  defined: dict[str, str]) -> dict[str, dict[str, str]] | None:
    """Each member's fields: the heading's titles and organisation (its full name where the front defines the
    heading's term), the paragraph's defaults and the member's own values; None where the paragraph holds any other
    sentence or opens otherwise."""
    prose = " ".join(paragraph.split())
    org = defined.get(heading[-1], heading[-1])
    opening, titles = _opening(prose, heading)
    if opening is None or len(set(members)) != len(members):
        return None
    who = "|".join(_words(name) for name in sorted(members, key=len, reverse=True))
    cut = re.compile(rf"(?<=\.)\s+(?=The\s+(?:present\s+principal\s+occupation|business\s+address)\s+of\s+(?:{who})\s+is\s"
                     rf"|(?:{who})\s+is\s+a\s)")
    first, *sentences = cut.split(prose)
    defaults = _defaults(first[opening.end():])
    if defaults is None:
        return None
    general = {"organization": org} if _NO_TITLE.fullmatch(" ".join(titles)) else \
        {"position": "; ".join(titles), "organization": org}
    fields = {name: {**general, **defaults} for name in members}
    stated: set[tuple[str, str]] = set()
    for sentence in sentences:
        kind, name, value = _own(sentence, members)
        if kind is None or (name, kind) in stated:
            return None  # (a sentence of another kind, or a value stated twice)
        stated.add((name, kind))
        fields[name][kind] = value
    return fields


def _opening(prose: str, heading: list[str]) -> tuple[re.Match | None, list[str]]:
    """The paragraph's opening sentence and the titles of the group: 'The following persons ... with <Org>.' (the
    heading's lines one title each), or 'Each of the following is <titles> of <Org>.' / 'The following are other
    persons of <Org>.' where the heading prints those very words (its lines wrapped: the sentence's titles)."""
    org, shown = re.escape(heading[-1].rstrip(".")), " ".join(" ".join(heading[:-1]).split())
    if heading[-2] != "of" and (found := re.match(r"The\s+following\s+persons\s+[^.]*?\b(?:with|of)\s+" + org + r"\.?(?:\s+|$)", prose)):
        return found, heading[:-2] + [heading[-2][:-len(" of")]]
    found = re.match(r"(?:Each\s+of\s+the\s+following\s+is\s+(?P<titles>[^.]+?)|The\s+following\s+are\s+(?P<other>other"
                     r"\s+persons))\s+of\s+" + org + r"\.(?:\s+|$)", prose)
    titles = found and (found.group("titles") or found.group("other").capitalize())
    if not found or shown.casefold() != f"{titles} of".casefold():
        return None, []
    return found, ["Other Persons"] if found.group("other") else [titles]


def _defaults(sentence: str) -> dict[str, str] | None:
    """The business address and citizenship a sentence gives each of the following persons ({} for no sentence);
    None for a sentence of another shape."""
    if not sentence.strip():
        return {}
    found = _DEFAULTS.fullmatch(sentence.strip())
    if found is None or not (found.group("address") or found.group("citizen")):
        return None
    values = {"address": found.group("address"), "citizenship": found.group("citizen") and _citizen(found.group("citizen"))}
    return {k: v for k, v in values.items() if v}


def _citizen(phrase: str) -> str:
    """'a citizen of the United States' -> 'United States'; 'a Canadian citizen' -> 'Canadian'."""
    of = re.fullmatch(r"a\s+citizen\s+of\s+(?:the\s+)?(.+)", phrase)
    return of.group(1) if of else re.fullmatch(r"a\s+(\S+)\s+citizen", phrase).group(1)


def _own(sentence: str, members: list[str]) -> tuple[str | None, str | None, str | None]:
    """(field, member, value) of a sentence stating one member's own value by full name, else Nones."""
    for name in members:
        for kind, pattern in _OWN.items():
            if found := re.fullmatch(pattern.format(who=_words(name)), sentence.strip(), re.S):
                value = found.group("v")
                if re.search(r"[a-z]{2}\.\s+[A-Z]", value) or _RUN_ON.search(_CITIZEN_WORDS.sub("", value)):
                    return None, None, None  # (a sentence run into it)
                value = value[:-1] if value.endswith(".") and not _ABBREVIATION.search(value) else value
                return kind, name, _citizen(value) if kind == "citizenship" else value
    return None, None, None
