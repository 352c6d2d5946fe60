"""The body a roster's one numbered part heading names, where it stands under the title and preamble of the
organisation it names ('DIRECTORS AND EXECUTIVE OFFICERS OF X' / preamble defining 'X ("XH")' / '1. Directors of
XH' / the list): the persons listed under that heading are those bodies' members (a part heading opens a part of its
own, kg.forms.annex._split_by_title, so the list under it is this part's). Not where the region holds another such
heading, nor where the heading names an organisation other than the roster's or two bodies ('1. Directors and
Officers of X': which of them each person is, the titles say)."""
from __future__ import annotations

import re

from kg.forms.roster_part_heading import names_its_bodies
from kg.forms.roster_rules import rules
from kg.read.sections import lines_with_offsets


def _key(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", re.sub(r"^the\s+", "", name.strip(), flags=re.I).casefold())


def part_body(text: str, front_end: int, end: int, own_names: list[str]) -> str | None:
    """The body ('board of directors') the one numbered part heading in text[front_end:end] names, where it names
    one body of one of `own_names` (the roster's organisation and the short names its preamble defined); else None."""
    headings = [line.strip() for _s, _e, line in lines_with_offsets(text, front_end, end) if names_its_bodies(line)]
    if len(headings) != 1:
        return None
    named = re.split(r"\s+of\s+", headings[0], flags=re.I)[-1]
    if _key(named) not in {_key(name) for name in own_names if name}:
        return None
    bodies = {body for pattern, body in rules().body_headings if pattern.search(headings[0])}
    return bodies.pop() if len(bodies) == 1 else None
