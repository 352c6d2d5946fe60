"""Round 54b (issue 13): gather118's citizens_funds_name_address_citizenship_caption_real_columns, unmarked variant.

What was wrong: a fixed-width table without EDGAR's <S>/<C> markers whose caption wraps centred over its columns
between two dashed rules ('NAME, ADDRESS' / 'AND CITIZENSHIP' | 'POSITION(S) HELD WITH' / 'REPORTING PERSON' |
'PRINCIPAL OCCUPATION(S)' / 'DURING PAST 5 YEARS'): the caption's second line was no caption line, because
'DURING PAST 5 YEARS' (the wrapped tail of a fund's 'Principal Occupation(s) During Past 5 Years') was no caption
word ('5' is no word of a caption), so no geometry was found and the roster was not read (only names, or nothing).

What changed: kg/patterns/roster.yml `column_roles.occupation`: a cell that is only 'During (the) past/last five/5
years' is the wrapped tail of the occupation's caption.

Texts of our own making. Tests marked "fails on main" fail on main e61d9da3; the guards pass on both."""
from __future__ import annotations

from pathlib import Path

import kg
from kg.forms import roster_types as rt

RULE = "-" * 100
CAPTION = f"""\
{RULE}
  NAME, ADDRESS                   POSITION(S) HELD WITH                 PRINCIPAL OCCUPATION(S)
    AND CITIZENSHIP                  REPORTING PERSON                    DURING PAST 5 YEARS
{RULE}
"""
HEAD = """\
                                             EXHIBIT 3

                    DIRECTORS AND EXECUTIVE OFFICERS OF HARBOURVIEW TRUST FUNDS

Set forth below are the name, business address, position(s) held with Harbourview Trust Funds (the
"Reporting Person") and principal occupation of each director and executive officer of the Reporting
Person.

"""
ROWS = f"""\
(1) Martin Q. Oxley                      Trustee                     Partner, Oxley Ward LLP
    Oxley Ward LLP
    12 Canal Street
    Boston, MA 02110
    United States
{RULE}
(2) Renata D. Fairweather                Trustee                     President, Fairweather Mills
    Fairweather Mills                    Chairman of the Board
    400 Mill Road
    Lowell, MA 01852
    Canada
{RULE}
(3) Tobias K. Lindgren                   President                   President, Harbourview Trust
    One Harbour Place                                                Funds
    Portland, ME 04101
    United States
{RULE}
"""
UNMARKED = HEAD + CAPTION + ROWS


def _unnumbered(line: str) -> str:
    """The row line with its name column set at the margin (no '(1) ' number, no indent under it)."""
    return line if line.startswith("-") else line[4:41].ljust(41) + line[41:]


MARKED = HEAD + "<TABLE>\n<CAPTION>\n" + CAPTION + "<S>".ljust(41) + "<C>".ljust(28) + "<C>\n" + "".join(
    _unnumbered(line).rstrip() + "\n" for line in ROWS.splitlines()) + "</TABLE>\n"


def _people(tmp_path: Path, text: str) -> dict:
    path = tmp_path / "roster.txt"
    path.write_text(text, encoding="utf-8")
    return {p.name: p for p in kg.extract(path).people}


def test_the_wrapped_tail_of_a_funds_occupation_caption_is_a_caption():  # fails on main
    assert rt.is_header("DURING PAST 5 YEARS")
    assert rt.is_header("During the last five years")


def test_unmarked_table_under_a_centred_wrapped_caption_reads(tmp_path):  # fails on main
    people = _people(tmp_path, UNMARKED)
    assert set(people) == {"Martin Q. Oxley", "Renata D. Fairweather", "Tobias K. Lindgren"}
    fairweather = people["Renata D. Fairweather"]
    assert fairweather.positions == ["Trustee", "Chairman of the Board"]
    assert fairweather.other_positions == ["President, Fairweather Mills"]
    assert fairweather.citizenship == "Canada"
    assert fairweather.address == "Fairweather Mills, 400 Mill Road, Lowell, MA 01852"
    oxley = people["Martin Q. Oxley"]
    assert oxley.positions == ["Trustee"] and oxley.citizenship == "United States"
    assert oxley.address == "Oxley Ward LLP, 12 Canal Street, Boston, MA 02110"
    assert people["Tobias K. Lindgren"].positions == ["President"]
    assert people["Tobias K. Lindgren"].address == "One Harbour Place, Portland, ME 04101"


def test_numbers_and_sentences_are_no_caption():  # guard: only the whole tail is a caption's
    assert not rt.is_header("5")
    assert not rt.is_header("During the past five years he served as Treasurer")
    assert not rt.is_header("Past 5 Years Ltd.")


def test_the_marked_table_still_reads(tmp_path):  # guard: the neighbouring layout (the real's <S>/<C> markers)
    people = _people(tmp_path, MARKED)
    assert set(people) == {"Martin Q. Oxley", "Renata D. Fairweather", "Tobias K. Lindgren"}
    assert people["Renata D. Fairweather"].positions == ["Trustee", "Chairman of the Board"]
    assert people["Renata D. Fairweather"].citizenship == "Canada"
    assert people["Martin Q. Oxley"].address == "Oxley Ward LLP, 12 Canal Street, Boston, MA 02110"
