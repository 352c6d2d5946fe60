"""An officers' section row that says its persons are not directors, over persons whose titles name the board alone.

A roster split by section rows into its bodies lists a board's title under the officers' row as an office too
('Chairman of the Board' under OFFICERS: an executive officer as well, kg/forms/roster_fields.py; a heading
'OFFICERS' over the table names the rows' body, round 43e). Where the officers' row itself says its persons are not
directors ('Executive Officers (Who Are Not Directors)') and a person under it prints board titles alone ('Board
Director', 'Chair of the Board', 'Member, Conseil d'Administration'), the row and the person's titles disagree and
the text does not say which is meant: the officers' body the row alone gave is not kept; the board's, which the
titles print, stays. The row's words are data: kg/patterns/roster_officer_section.yml."""
from __future__ import annotations

import re
from functools import cache

from kg.forms.roster_entry import Entry
from kg.forms.roster_fields import bodies_of
from kg.patterns import required_regexes
from kg.records import Person

_OFFICERS, _BOARD = "executive officers", "board of directors"
_HEADING_REACH = 2000  # (characters above the first entry searched for its row)


@cache
def _rules() -> dict[str, re.Pattern]:
    return required_regexes("roster_officer_section.yml", ("not_directors",))


def drop_board_titles_officers(text: str, listed: list[tuple[Entry, Person]]) -> None:
    """Remove the officers' body from persons under an officers' row saying they are not directors whose titles
    name the board alone (`listed`: the roster's entries in reading order, each with its person)."""
    says_not = False
    for index, (entry, person) in enumerate(listed):
        if index == 0 or entry.body != listed[index - 1][0].body:  # (a row opens a section: the text between)
            start = listed[index - 1][0].evidence[1] if index else max(0, entry.evidence[0] - _HEADING_REACH)
            says_not = entry.body == _OFFICERS and bool(_rules()["not_directors"].search(text[start:entry.evidence[0]]))
        if says_not and _OFFICERS in person.bodies and _BOARD in person.bodies \
                and bodies_of(" ; ".join(person.positions), None, {_OFFICERS}) == [_BOARD]:  # (no office)
            person.bodies.remove(_OFFICERS)
