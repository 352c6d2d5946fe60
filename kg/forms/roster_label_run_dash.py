"""A person's name run in before a dash and the entry's labelled sentences (kg.forms.roster_label_runs):

    Pei-yuan Chia -- Position with American International Group, Inc.:
        Director. Present Principal Occupation: Retired Vice Chairman,
        Citicorp and Citibank, N.A. Citizenship: United States.

The dash, set apart by a space on each side, stands where 'Name. Position ...' has the name's full stop: it is read
as that full stop (the same length: '.' and spaces), and the paragraph then reads as one that opens with the name
and its full stop (its name checked there). Only where the region shows the layout: two paragraphs or more open
with a person's name and a dash, and a label of the rules follows the dash in every one of them; where one is
followed by prose ('KEHR, Catherine A. -- Director of X. Business address: ...', the dash reader's), none is read so.
"""
from __future__ import annotations

import re

from kg.forms import roster_types as rt
from kg.forms.roster_rules import rules

_DASH = re.compile(r"[ \t]+(?:--|\u2014|\u2013)[ \t]+")  # (' -- ', ' \u2014 ', ' \u2013 ': apart by spaces)
_MARK = re.compile(r"\(?[a-z0-9]{1,3}[.)][ \t]+")  # ('1. ', '(a) ': the entry's mark, no part of the name)
_SHOWN = 2  # paragraphs opening with a name, a dash and a label, for any to be read so


def dash_stops(text: str, paragraphs: list[tuple[int, int]]) -> str:
    """The text with the dash after the name of each paragraph (start, end) that opens with a person's name and a
    dash read as the name's full stop, where every such paragraph has a label right after its dash and `_SHOWN` or
    more are; else the text as it is."""
    found = [dash for start, end in paragraphs if (dash := _name_dash(text, start, end)) is not None]
    if len(found) < _SHOWN or not all(labelled for _dash, labelled in found):
        return text  # (too few to show the layout, or prose after a name's dash: the dash reader's paragraphs)
    for dash, _labelled in found:
        text = text[:dash.start()] + "." + " " * (dash.end() - dash.start() - 1) + text[dash.end():]
    return text


def _name_dash(text: str, start: int, end: int) -> tuple[re.Match, bool] | None:
    """The dash after the person's name the paragraph's first line opens with, and whether a label of the rules
    follows it right away (its words wrapped or not); None where the line opens with no name and dash."""
    line_end = text.find("\n", start, end)
    dash = _DASH.search(text, start, end if line_end < 0 else line_end)
    lead = text[start:dash.start()].strip() if dash else ""
    mark = _MARK.match(lead)
    if not lead or not rt.is_person_name(lead[mark.end() if mark else 0:]):
        return None
    flat = text[dash.end():end].replace("\n", " ")  # (a label wrapped: 'Position with American International' / 'Group:')
    return dash, any(label.match(flat) for label in rules().labels.values())
