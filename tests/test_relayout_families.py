"""The re-layout families themselves (tests/relayout.py), without kg: every family renders every
development roster, in the option variants the benchmark uses and a few more, into well-formed
text whose expected people are what it prints. Nothing here runs the reader, so it says nothing
about the reader's quality on any family (held-out ones included); it catches a family whose
expected people drift from its text."""
from __future__ import annotations

import html
import re
from html.parser import HTMLParser

import pytest
import relayout
from conftest import DATA

ROSTERS = relayout.load_rosters(DATA / "relayout" / "people_dev.json")
FAMILIES = {**relayout.DEV_FAMILIES, **relayout.HELD_OUT_FAMILIES}
VARIANTS = [relayout.Options(), relayout.Options(upper_last_first=True, rules=True),
            relayout.Options(numbered=True, markers=False, width=28),
            relayout.Options(citizenship=False, page_break_in=1, width=40)]
KEYS = {"name", "organization", "bodies", "positions", "other_positions", "citizenship", "country", "address",
        "address_city", "address_country"}


_NICKNAME = re.compile(r' "[^"\s]+"(?= )')  # ('Pei-yuan "Bud" Chia': a nickname the layout prints, kept in the
# expected name as the real Southwestern Energy gold keeps 'Sylvester “Chip” Johnson': relayout_dev43j)


def _words(text: str) -> set[str]:
    return {w for w in re.split(r"[^\w'&]+", html.unescape(text).casefold()) if w}


class _Strict(HTMLParser):
    def __init__(self):
        super().__init__()
        self.open: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag not in ("br", "p"):
            self.open.append(tag)

    def handle_endtag(self, tag):
        if tag != "p":
            assert self.open and self.open.pop() == tag, f"</{tag}> closes {self.open[-1:]}"


def test_held_out_and_development_families_are_disjoint():
    assert relayout.DEV_FAMILIES
    assert not set(relayout.HELD_OUT_FAMILIES) & set(relayout.DEV_FAMILIES)


@pytest.mark.parametrize("variant", range(len(VARIANTS)))
@pytest.mark.parametrize("index", range(len(ROSTERS)))
@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_a_family_prints_the_people_it_expects(family, index, variant):
    roster, options = ROSTERS[index], VARIANTS[variant]
    suffix, text, people = FAMILIES[family](roster, options)
    assert (suffix, text, people) == FAMILIES[family](roster, options)          # deterministic
    assert suffix in (".txt", ".htm") and text.strip()
    if suffix == ".htm":
        parser = _Strict()
        parser.feed(text)
        assert parser.open == []
    words = _words(text)
    own = [p for p in people if p["organization"] == roster.organization]
    assert [_NICKNAME.sub("", p["name"]) for p in own] == [p["name"] for p in roster.people]
    # An exhibit may also print a second organisation's roster (relayout_heldout8.two_organisation_rosters):
    # its records are people of this roster, one per person and organisation, the organisation printed.
    others = [(p["name"], p["organization"]) for p in people if p not in own]
    assert len(set(others)) == len(others) and {name for name, _ in others} <= {p["name"] for p in roster.people}
    for person in people:
        assert set(person) >= KEYS and _words(person["organization"]) <= words
        for value in [person["name"], person["citizenship"] or "", person["address_city"] or "",
                      *person["positions"], *person["other_positions"]]:
            assert _words(value) <= words, (person["name"], value)
        assert (person["citizenship"] is None) == (person["country"] is None)
