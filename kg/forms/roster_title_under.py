"""A roster's title that lists bodies and names no organisation, with the organisation on the line right under it
('Directors and Executive Officers, and Controlling Persons' / 'of Southwestern Energy Company ("SE")'): that line
goes on the title, and the organisation it names (with the short name it defines) is the roster's."""
from __future__ import annotations

import re

from kg.forms import roster_types as rt
from kg.forms.roster_org import organization
from kg.forms.roster_rules import rules
from kg.forms.roster_section_letter import without_section_letter
from kg.records import Filing

MAX_UNDER = 160  # characters of the organisation's line (wrapped over two lines at most)
_UNDER = re.compile(r"of\s+(?P<name>[A-Z0-9][\w&.,'’/ -]*?[\w.)](?:\s*\(\s*(?:the\s+)?[\"“][A-Z][^\"“”()]{0,30}[\"”]\s*\))?)"
                    r"\s*:?")


def title_organization(title: str, text_after: str, filing: Filing, earlier: str = "", raw: str = "") -> str | None:
    """The organisation the line under a title of bodies names ('X, Inc. ("X")', its defined short name kept for
    kg.forms.roster_title_term), else the one `organization` reads from the title, the text after it or the filer;
    without a section letter the source (`raw`) sets off before it ('A.&nbsp;&nbsp;&nbsp;&nbsp;POWER ...')."""
    return without_section_letter(_under(title, text_after) or organization(title, text_after, filing, earlier), raw)


def _under(title: str, text_after: str) -> str | None:
    if re.search(r"\b(?i:of|for)\s+[A-Z0-9]", title) or not rules().roster_heading.search(title):
        return None  # (a title naming its organisation, or no title of bodies)
    block = re.match(r"[ \t]*\n((?:[ \t]*\S[^\n]*\n){1,2}?)[ \t]*(?:\n|$)", text_after)
    lines = [line.strip() for line in block.group(1).splitlines()] if block else []
    line = " ".join(lines)
    found = _UNDER.fullmatch(line) if lines and len(line) <= MAX_UNDER and lines[0].startswith("of ") else None
    if found is None or re.search(r"\S {3,}\S", block.group(1)):
        return None
    name = re.sub(r"\s*\([^()]*\)$", "", found.group("name"))
    defined = name != found.group("name")  # (a short name defined for it: an organisation's, never a person's)
    return found.group("name") if defined or rt.is_organization(name) or not rt.is_person_name(name) else None
