"""Whose roster it is: the organisation a roster's heading, preamble or entries name, the
short names the preamble defines for it, and a preamble's 'c/o' default completed with the
address the preamble gives for that organisation."""
from __future__ import annotations

import re
from collections import Counter

from kg.forms import roster_types as rt
from kg.forms.roster_comma_cell import opens_with_name_cell
from kg.forms.roster_defined import term_named
from kg.forms.roster_entry import Entry
from kg.forms.roster_heading_line import heading_line_org
from kg.forms.roster_listed_bodies import bodies_of
from kg.forms.roster_names import title_case
from kg.forms.roster_org_ends import name_ends, subject_organization, without_underline
from kg.forms.roster_org_of_end import of_end_employer
from kg.forms.roster_org_stop import JOINING_END, before_stop, board_sentence_org, of_roster_org, runs_past_stop
from kg.forms.roster_owner_line import owner_over_bodies
from kg.forms.roster_part_heading import is_part_heading, party_title
from kg.forms.roster_recase import recase
from kg.forms.roster_rules import rules
from kg.forms.roster_title_owner import LISTED_WORD, SCHEDULE_HEAD, owner_after_bodies, owner_before_bodies
from kg.lookups.legal_forms import legal_forms
from kg.read import clean
from kg.read.sections import lines_with_offsets
from kg.records import Filing

_GAP = re.compile(r"\S {3,}\S|^[ \t]*-{3,}|<(?:table|s|c)>| \| ", re.I | re.M)  # a table's row ('a | b': HTML
# cells), not a heading


def organization(title: str, text_after: str, filing: Filing, earlier: str = "") -> str | None:
    """The organisation the roster's title names (else its preamble, else the one filer), printed as the text
    after the title prints it in mixed case, or as the `earlier` text does (the exhibit's preamble above a
    second organisation's part)."""
    match = re.search(r"(?<!BOARD )(?<!Board )\b(?:OF|FOR|(?<=[a-z] )(?:of|for|Of|For))\s+"
                      r"(?!(?i:THE\s+(?:SUPERVISORY|MANAGING|BOARD)))"
                      r"([A-Z0-9].+?)\s*$", title)  # ('Officers Of X': a title in title case; 'BOARD OF MANAGEMENT'
    # names a body, not the organisation)
    printed = match.group(1).strip(" :") if match else None
    if owner := owner_before_bodies(title, text_after):  # '... POWER CORPORATION OF CANADA EXECUTIVE OFFICERS': the organisation
        match, printed = None, owner  # named right before the bodies it lists, after the title's other words
    elif owner := owner_after_bodies(title, match.start() if match else len(title)):  # '... DIRECTORS POWER
        match, printed = None, owner  # CORPORATION OF CANADA', '... DIRECTORS AND OFFICERS ARIEL CAPITAL MANAGEMENT, INC.'
    if match and not LISTED_WORD.search(head := title[:match.start()]) and SCHEDULE_HEAD.sub("", head).strip().lower() != "management":
        whole = SCHEDULE_HEAD.sub("", title).strip(" :")  # 'SCHEDULE A POWER CORPORATION OF CANADA': no word of who is
        printed = whole if rt.is_organization(whole) else None  # listed ('MANAGEMENT OF X' lists) before the 'of',
        # which is inside the organisation's name: the title names it whole
    if printed and (named := re.fullmatch(r"[A-Za-z][\w ]{0,30}?\s+\(([A-Z0-9][^()]+)\)", printed)):
        printed = named.group(1)  # 'PURCHASER (TSPTC ACQUISITION CORP.)': the defined term's name, in brackets
    if printed:  # 'IDT CORPORATION AS OF OCTOBER 23, 2001': the date the roster speaks for
        printed = _AS_OF.sub("", printed).strip(" ,:") or printed
    if printed and (owner := re.match(r"(.+?)['’]S\s+(?:EXECUTIVE\s+)?(?:DIRECTORS|OFFICERS|TRUSTEES|PARTNERS|MANAGERS)\b",
                                      printed)):
        printed = owner.group(1)  # "OF BSCI'S DIRECTORS AND OFFICERS"
    if printed:  # 'BACKGROUND OF THE DIRECTORS AND EXECUTIVE OFFICERS OF CONAGRA, INC.': whose they are, after the bodies
        printed = bodies_of().sub("", printed) or printed
    if printed:  # 'Identity and Background of Refac Officers and Directors'
        printed = re.sub(r"(?:\s+(?:and|&))?(?:\s+(?:executive\s+)?(?:officers|directors|trustees|managers|partners))+"
                         r"(?:\s+(?:and|&)\s+(?:executive\s+)?(?:officers|directors|trustees|managers|partners))*\s*$",
                         "", printed, flags=re.I) or printed
    numbered = re.search(r"(?:^|\s)\d+\.\s+([A-Z][A-Z0-9&.,' -]+?)\s*$", title) or _numbered_heading(text_after)
    if numbered and not rules().roster_heading.search(numbered.group(1)):  # "1. SOUTHWESTERN ENERGY COMPANY": one
        # organisation of several ('2. DIRECTORS AND EXECUTIVE OFFICERS OF THE PURCHASER' names its own after OF)
        printed = numbered.group(1).strip()
    if printed and rules().generic_referent.match(printed):  # "OF THE FILING PARTIES": the preamble names them
        printed = None
    if printed and JOINING_END.search(printed):  # 'MEMBERS OF THE BOARD OF' / 'DIRECTORS AND OFFICERS OF' (the name on
        printed = None  # the next line): words ending in a joining word name no organisation; the text after says
    if not printed:  # a heading sentence: "Information with Respect to Directors ... of Ariel Capital Management, Inc."
        found = next((name for name in (owner_over_bodies(text_after), _heading_organization(text_after),
                                        board_sentence_org(text_after)) if name and not JOINING_END.search(name)), None)
        # ('Power Corporation of Canada' / 'Directors and Executive Officers' is no roster 'of Canada'; roster_org_stop)
        if found and found.upper() == found and re.search(r"[A-Z]{2}", found):  # '... of / LOR FINANCE'
            found = recase(title_case(found), text_after)
        return term_named(found, text_after) or _filer(filing)  # ('of Merger Sub': the name it is defined as)
    known = [p.name for p in filing.reporting_persons if p.name] + [filing.issuer.name or ""]
    for name in known:
        if name and clean.squash(name).casefold().rstrip(".") == printed.casefold().rstrip("."):
            return name
    dotted = printed.endswith(".") or bool(re.search(r"\b(?:INC|CORP|LTD|CO|[A-Z]\.[A-Z])$", printed.rstrip("."), re.I))
    for text in (text_after, earlier):  # (the first mention in mixed case: a preamble in capitals comes first)
        for mixed in re.finditer(re.escape(printed.rstrip(".")) + (r"\.?" if dotted else ""), text, re.I):
            if mixed.group(0) != mixed.group(0).upper():
                return clean.squash(mixed.group(0))
    return recase(title_case(printed), text_after) if printed.upper() == printed else printed


def _numbered_heading(text_after: str) -> re.Match | None:
    """'1. SOUTHWESTERN ENERGY COMPANY' opening the text under the title: one organisation of several (a person's
    name there, '1. BRUCE C. ROHDE', is the first person listed, no organisation)."""
    found = re.match(r"\s*\d+\.\s+([A-Z][A-Z0-9&.,' -]+)\n", text_after)
    name = found.group(1).strip() if found else ""
    return found if found and (rt.is_organization(name) or not rt.is_person_name(name)) else None


_LISTED_OF = re.compile(r"(?i:\bthe\s+following\s+(?:persons\s+|individuals\s+)?are\s+(?:all\s+)?(?:the\s+)?"
                        r"(?:general\s+partners|directors|executive\s+officers|officers|trustees|managing\s+members)"
                        r"\s+of\s+(?:the\s+)?)([A-Z][^\n]{0,150})")
_LEGAL_FORM = re.compile(legal_forms("org_ends") + r"\.?,?$")


def listed_organization(preamble: str) -> str | None:
    """The organisation a preamble says the list is of ('The following are the general partners
    of FLC XXX, ...'), spelt out where the text defines it as a short name ('FLC XXX Partnership,
    L.P., a New York limited partnership ("FLC XXX")'); None when it names none, or only by a
    short name the text does not spell out, or by a word such as 'the Company'."""
    flat = " ".join(preamble.split())
    said = _LISTED_OF.search(flat)
    short = _proper_name(said.group(1)) if said else None
    if not short or rules().generic_referent.match(short):
        return None
    for defined in re.finditer(r"\(\s*(?:the\s+)?[\"“]" + re.escape(short) + r"[\"”]\s*\)", flat):
        before = re.sub(r",?\s+an?\s+[^()\"“”,]{1,60}$", "", flat[max(0, defined.start() - 200):defined.start()].rstrip())
        words = before.split()
        first = short.split()[0]
        starts = [i for i, w in enumerate(words) if w == first]
        if starts and (full := _proper_name(" ".join(words[starts[-1]:]))) and full != short:
            return full.rstrip(",")
    return short if _LEGAL_FORM.search(short) else None


def _proper_name(text: str) -> str | None:
    """The capitalised words that open `text` ('Acme Holdings Inc.' of 'Acme Holdings Inc. Each
    ...'): a word ending in a full stop ends the name unless a legal form follows it."""
    words: list[str] = []
    for word in text.split():
        if not re.match(r"[A-Z0-9&]", word) or words and words[-1].endswith(".") and not _LEGAL_FORM.match(word):
            break
        words.append(word)
        if word.endswith((",", ";", ":")) and not _LEGAL_FORM.match(text.split()[len(words)] if len(words) < len(
                text.split()) else ""):
            break
    name = " ".join(words).rstrip(",;:")
    if name.endswith(".") and not _LEGAL_FORM.search(name.split()[-1]):
        name = name[:-1]  # the sentence's full stop
    return name or None


_AS_OF = re.compile(r",?\s+(?i:as\s+(?:of|at)|on)\s+(?i:[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|"
                    r"\d{1,2}/\d{1,2}/\d{2,4})\s*$")
_ENDS_ABBREVIATED = re.compile(r"\b" + legal_forms("org_abbreviated") + r"\.$", re.I)
_OF_ORG_END = re.compile(r"\b(?i:of|for)\s+([A-Z][\w&.,'/ -]+?)\s*:?\s*$")  # ('Novo Holdings A/S'; 'of X, Inc.:' before the list)
_PREAMBLE_ORG = re.compile(r"\b(?:director|officer|partner|member|trustee)s?\s+of\s+((?:(?:[A-Z][\w&.,'/-]*|and|of(?=\s+[A-Z]))\s*){1,6}?)"
                           r"(?:\(|,|\.(?:\s|$)|\s+(?:is|are)\b)")  # (a paragraph's last word: '... of Lor Finance.')

_POSSESSIVE_ORG = re.compile(r"((?:[A-Z][\w&.,/-]*\s+(?:(?:of|and|de)\s+)?){0,5}?[A-Z][\w&.,/-]*?)'s\s+(?:\([\"“][^\"”]+[\"”]\)\s+)?"
                             r"(?:executive\s+officers|directors|officers|general\s+partners?|managing\s+members?)\b")


_TABLE_ROWS = re.compile(r"^[ \t]*<(?:table|s|c)>|^[ \t]*(?:-{3,}|={3,})[ \t=-]*\n[^\n]*?\S {2,}\S|^[^\n]*?\S {2,}\S[^\n]*\n"
                         r"[ \t]*(?:-{3,}|={3,})[ \t=-]*$", re.I | re.M)  # where a table starts: its tags, or a rule
# ('---', '===') under or over a row of cells (a justified preamble prints gaps, with no rule by them)
_COLON_ROSTER = re.compile(r"([A-Z][\w&.,'’/ -]{1,80}?):\s+(?:the\s+)?(?:executive\s+)?(?:directors|officers|trustees|"
                           r"managers|partners)\b", re.I)


def _heading_organization(text_after: str) -> str | None:
    """The organisation a mixed-case heading or the preamble names: '... Officers of Ariel Capital
    Management, Inc.', 'Identity and Background of Refac Officers and Directors', 'each director
    and executive officer of UCSG is ...'."""
    raw = [without_underline(part) for block in re.split(r"\n\s*\n", text_after.strip())[:6] for part in _saved_lines(block)][:6]
    paragraphs = [" ".join(p.split()) for p in raw]
    for printed, paragraph in zip(raw, paragraphs):
        if len(paragraph) >= 200 or not rules().roster_heading.search(paragraph) or _GAP.search(printed) \
                or opens_with_name_cell(printed):
            continue  # (a table's row is no heading, nor an entry's cell lines: kg.forms.roster_comma_cell)
        if found := of_roster_org(paragraph) or heading_line_org(printed):  # ('... of X directors', never past a sentence's stop: roster_org_stop)
            return found
        if (named := _COLON_ROSTER.match(paragraph)) and rules().organization_words.search(named.group(1)) \
                and not runs_past_stop(named.group(1)):
            return named.group(1)  # 'Larchmont Freight Inc.: directors and executive officers'
        if (ended := re.search(r"\b(?i:of)\s+([A-Z][\w&.,' -]*?\b" + legal_forms("heading_stop") + r"\.)\s+[A-Z]",
                               paragraph)) and not runs_past_stop(ended.group(1)):
            return bodies_of().sub("", ended.group(1))  # ('the Board of Directors of X, Inc. All ...': X's)
        if (heading := _OF_ORG_END.search(paragraph)) and (named := name_ends(heading.group(1))) and not runs_past_stop(named):
            return bodies_of().sub("", named.strip(" .:")) + ("." if _ENDS_ABBREVIATED.search(named) else "")  # ('GROUP,
            # INC.', 'Partnership, L.P.': the legal form's full stop)
    for printed, paragraph in zip(raw, paragraphs):
        if " | " in printed:
            continue  # (an HTML table's rows name other organisations)
        if table := _TABLE_ROWS.search(printed):  # the prose about a table, not its rows, which name other
            paragraph = " ".join((printed[:table.start()] + " ".join(  # organisations ('main board member of
                line for line in printed[table.start():].splitlines()  # Samsung Electronics, Korea'); a line of
                if len(line.strip()) >= 50 and not re.search(r"\S {2,}\S|^\s*<", line))).split())  # prose after it
        if len(paragraph) >= 200 and (found := _POSSESSIVE_ORG.match(paragraph)) and not runs_past_stop(found.group(1)):
            return found.group(1).strip(" :,")  # "ConAgra Foods, Inc.'s executive officers"
        if len(paragraph) >= 200 and (found := _PREAMBLE_ORG.search(paragraph)):
            name = before_stop(found.group(1)).strip(" .:,")  # (a legal form keeps its full stop: 'Group, Inc.')
            return name + ("." if re.search(r"\b" + legal_forms("stop_cut") + "$", name) and "." in (found.group(1).rstrip(" :,")[-1:]
                                                                             + paragraph[found.end(1):][:1]) else "")
    for paragraph in paragraphs:  # 'Deutsche Acquisition Corp. ("Purchaser") ... each Director ... of Purchaser', or
        for defined in _DEFINED.finditer(paragraph):  # '... each director and executive officer of Danaher ("Purchaser")'
            if re.search(_WHOSE + f"(?:{re.escape(defined.group(2))}\\b|{re.escape(defined.group(0))})", paragraph, re.I):
                return defined.group(1).strip(" ,")
    return subject_organization([p for printed, p in zip(raw, paragraphs) if not _GAP.search(printed)])


_WHOSE = r"\b(?:directors?|officers?|trustees?|partners?|members?)\s+of\s+(?:the\s+)?"


def _saved_lines(block: str) -> list[str]:
    """A block of HTML saved as text (each paragraph on one line, a line of prose of 200 characters or more, no
    blank line between them): the lines down to that prose, each a paragraph of its own (the cells under it
    name other organisations); the title line over a table's cells alone; any other block whole."""
    lines = block.splitlines()
    prose = next((i for i, line in enumerate(lines) if len(line) >= 200 and line.rstrip().endswith(".")), None)
    if prose is None and len(lines) > 1 and " | " not in lines[0] and " | " in lines[1]:
        return [lines[0]]  # a table's title row over its cells ('DIRECTORS AND EXECUTIVE OFFICERS OF X' / 'Name | ...')
    return [line for line in lines[:prose + 1] if line.strip()] if prose is not None else [block]


_DEFINED = re.compile(r"(?<![\w&.'/-])((?:[A-Z][\w&.'/-]*,?\s+(?:(?:of|and|de)\s+)?){0,6}[A-Z][\w&.'/-]*)\s*\(\s*(?:the\s+)?[\"“]"
                      r"([A-Z][\w&.-]+(?:\s[A-Z][\w&.-]+){0,3})[\"”]\s*\)")


def aliases(organization: str | None, text: str) -> list[str]:
    """Short names the preamble defines: 'University Capital Strategies Group, LLC ("UCSG")' (the name's full stop
    printed where it was read without one: 'FLC XXX Partnership, L.P. ("FXP")')."""
    if not organization:
        return []
    name = r"\s+".join(re.escape(word) for word in organization.split())
    return list(dict.fromkeys(m.group(1) for m in re.finditer(  # also 'X Corporation, a Vermont corporation ("X")'
        name + r"\.?(?:'s|,[^,()\"“”]{1,40})?\s*\(\s*(?:the\s+)?[\"“']([A-Z][\w&.-]{1,20}(?:\s[A-Z][\w&.-]{1,20}){0,3})[\"”']\s*\)",
        " ".join(text.split()), re.I)))


def _filer(filing: Filing) -> str | None:
    """The one reporting person of the filing: whose roster an untitled annex is."""
    names = {p.name for p in filing.reporting_persons if p.name}
    return names.pop() if len(names) == 1 else None


PRINCIPAL_ADDRESS = re.compile(r"principal\s+(?:business\s+)?address\s+of\s+([^.]{2,80}?)\s+is\s+(.{1,200}?\d{5}(?:-\d{4})?)", re.I)


def names_same(care_of: str, named: str) -> bool:
    """'c/o MetLife, Inc.' and 'MLINC and MetLife': the c/o organisation is among those named."""
    core = re.sub(r"^c/o\s+|,?\s+" + legal_forms("care_of_ends") + r"\.?$", "", care_of.strip(" ."), flags=re.I).strip()
    return len(core) >= 3 and re.search(r"\b" + re.escape(core) + r"\b", named) is not None




def common_employer(entries: list[Entry]) -> str | None:
    """A roster with no organisation named anywhere: the organisation its entries' titles all
    end in ('... Chief Financial Officer of Canopy.'), when at least two thirds of them (two or
    more) do."""
    found = Counter(m for entry in entries for field in ("occupation", "position", "title")
                    if (m := of_end_employer(" ".join((entry.fields.get(field) or "").split()))))
    name, count = found.most_common(1)[0] if found else (None, 0)
    named = Counter(m for entry in entries for field in ("occupation", "position", "title")  # every
                    for piece in (entry.fields.get(field) or "").split(";")  # ';'-separated title's organisation
                    if (m := of_end_employer(" ".join(piece.split()))))
    if any(other != name and times >= 2 for other, times in named.items()):
        return None  # ('... of Trilogy, Inc.; and ... of Versata Enterprises, Inc.': two organisations, which is it?)
    return name if count >= 2 and count * 3 >= 2 * len(entries) and rt.is_person_name(name or "") is False else None


_ORG_TITLE = re.compile(r"^(?:\d+\.\s+)?(?:[A-Z][A-Z&.,'-]*\s+){0,8}(?:OF|FOR)\s+([A-Z0-9][A-Za-z0-9&.,'/ -]+?"
                        r"(?:\s+\([A-Z0-9][A-Za-z0-9&.,'/ -]+\))?)\.?$")  # ('OF PURCHASER (TSPTC ACQUISITION CORP.)')


def is_org_title(line: str) -> bool:
    """'DIRECTORS AND EXECUTIVE OFFICERS OF X' in capitals: the title of one organisation's roster."""
    org = _ORG_TITLE.match(line) if line.upper() == line and not re.search(r"\S {3,}\S", line) else None  # (a gap:
    # a table row typed in capitals, 'JAMES W. ATKINSON     EXECUTIVE VICE PRES. OF ARIEL     U.S.A.')
    return bool(org) and bool(rules().roster_heading.search(line)) and not any(
        p.search(org.group(1)) for p, _ in rules().body_headings)


def opens_part(line: str) -> bool:
    """A line that opens one organisation's part of an annex: its title in capitals, or a numbered part heading."""
    return is_org_title(line) or is_part_heading(line)


def part_title(text: str, title: str, title_end: int, end: int) -> str:
    """The title that names the roster's organisation: a part's own title under a heading over two
    organisations' parts ('... OF PURCHASER AND PARENT', then '1. DIRECTORS ... OF PURCHASER (X CORP.)')."""
    parts = [line for start, _e, line in lines_with_offsets(text, title_end, end) if is_part_heading(line)
             or is_org_title(line) and not _in_capitals_prose(text, start)]  # (a preamble's line in capitals: no title)
    two = " AND " in re.split(r"\s+OF(?:\s+|$)", title.upper())[-1]  # ('1. Directors of X' under '... OF X AND Y': X's)
    if len(parts) == 1 and two and not is_part_heading(parts[0]) and (party := party_title(parts[0], title)):
        return party  # ('1. DIRECTORS OF X' under '... OF X AND THE PURCHASER')
    return parts[0] if len(parts) == 1 and two and (is_part_heading(parts[0]) or not is_org_title(title)) else title


def _in_capitals_prose(text: str, start: int) -> bool:
    """The line at `start` is in a paragraph (between blank lines) of sentences typed in capitals: fifteen words or
    more, ending in a full stop ('... OCCUPATION OF EACH DIRECTOR AND EXECUTIVE OFFICER OF X ARE SET FORTH BELOW.')."""
    blanks = [m.end() for m in re.finditer(r"\n[ \t]*\n", text[:start])]
    after = re.search(r"\n[ \t]*\n", text[start:])
    paragraph = text[blanks[-1] if blanks else 0:start + after.start() if after else len(text)].strip()
    return len(paragraph.split()) >= 15 and paragraph.endswith(".") and paragraph.upper() == paragraph
