"""A roster's heading printed on a line of its own right over the preamble's first sentence, no blank line between
(an HTML page saved as text: 'Directors and Executive Officers of Power Corporation of Canada' / 'The following table
sets forth certain information regarding each director and executive officer of Power Corporation of Canada.').

Read as one paragraph, the heading's 'of X' runs into the sentence and names nothing. The first line is the heading
where it names the bodies listed ('Directors and Executive Officers of X', no full stop) and the sentence under it
names the same X after 'of' again: X is the roster's organisation, as both print it. A name the sentence does not
repeat is not read here (which words are the name is then not certain)."""
from __future__ import annotations

import re

from kg.forms.roster_org_ends import name_ends
from kg.forms.roster_org_stop import names_nothing
from kg.forms.roster_rules import rules

_OF_END = re.compile(r"\b(?i:of|for)\s+([A-Z][\w&.,'/ -]+?)\s*:?\s*$")


def heading_line_org(printed: str) -> str | None:
    """X where `printed` (a paragraph's lines) opens with a line 'Directors ... of X' over a sentence naming 'of X'."""
    lines = [line.strip() for line in printed.splitlines() if line.strip()]
    if len(lines) < 2 or lines[0].endswith(".") or not rules().roster_heading.search(lines[0]):
        return None
    heading = _OF_END.search(lines[0])
    named = name_ends(heading.group(1)) if heading else None
    if not named or names_nothing(named) or not lines[1][:1].isupper():
        return None
    below = " ".join(" ".join(lines[1:]).split())
    repeated = re.search(r"\b(?i:of|for)\s+" + re.escape(named) + r"(?![\w&-])", below)
    return named if repeated else None
