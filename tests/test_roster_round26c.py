"""Issue 13, twenty-sixth round (c): a typed table filed as HTML inside <pre> (kg/read/html_stream.py), business
addresses given by a key letter and listed under the table (kg/forms/roster_address_keys.py), an HTML table whose
first column only numbers the rows (kg/forms/roster_table.py), an occupation cell typed with a hanging indent
(kg/forms/roster_gridentry.py), a word under a name read as its end only where the column wraps
(kg/forms/roster_name_tail.py).
Texts of our own making (people and organisations invented here).

Each test says whether it fails on main (a fix) or passes on both (a guard of precision)."""
from __future__ import annotations

import kg
from kg.read.html import html_to_text

HEAD = """                                   SCHEDULE I

      DIRECTORS AND EXECUTIVE OFFICERS OF HARROW & PELL INDUSTRIES, INC.

"""


def _extract(tmp_path, text: str, name: str = "roster.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return kg.extract(path)


# ---- a typed table inside <pre>, with markup that takes no room on the page -------------------------------
def _pre_line(*cells: tuple[str, str]) -> str:
    """One <pre> line: each (shown text, markup) cell padded to 38 printed characters by the text it shows."""
    return "".join(markup + " " * (38 - len(shown)) for shown, markup in cells).rstrip()


def _bold(text: str, tags: str = "b") -> tuple[str, str]:
    opening = "".join(f"<{t}>" for t in tags.split())
    closing = "".join(f"</{t}>" for t in reversed(tags.split()))
    return text, opening + text.replace("&", "&amp;") + closing


def _plain(text: str) -> tuple[str, str]:
    return text, text.replace("&", "&amp;")


PRE = "\n".join([
    """<html><body><p align="center"><b>SCHEDULE I</b></p>""",
    """<p align="center"><b>DIRECTORS AND EXECUTIVE OFFICERS OF HARROW &amp; PELL INDUSTRIES, INC.</b></p>""",
    "<pre>",
    _pre_line(_bold("Name and Business Address", "b u"), _bold("Present Principal Occupation", "b u"),
              _bold("Citizenship", "b u")),
    "",
    _pre_line(_bold("Oswin T. Marlowe"), _plain("Director, Harrow & Pell Industries,"), _plain("United States")),
    _pre_line(_plain("12 Quarry Lane"), _plain("  Inc.")),
    _pre_line(_plain("Dover, Delaware 19901"), _plain("Partner, Marlowe & Finch LLP")),
    "",
    _pre_line(_bold("Beatrix L. Ashdown"), _plain("Treasurer, Harrow & Pell Industries,"), _plain("United Kingdom")),
    _pre_line(_plain("40 Fleet Street"), _plain("  Inc.")),
    _pre_line(_plain("London EC4Y 1AA")),
    "</pre>", "</body></html>", ""])


def test_pre_keeps_the_spaces_between_tags_as_printed():
    """Fails on main ('Name and Business AddressPresent Principal Occupation'): spaces alone between two tags inside
    <pre> are the gap between two columns; the caption's columns line up with the rows' once the tags are gone."""
    text, _offsets = html_to_text(PRE)
    caption = next(line for line in text.splitlines() if line.startswith("Name and Business Address"))
    row = next(line for line in text.splitlines() if line.startswith("Oswin T. Marlowe"))
    assert caption.index("Present Principal") == row.index("Director") == 38
    assert "&amp;" not in text and "Harrow & Pell" in row
    assert caption.index("Citizenship") == row.index("United States")


def test_a_typed_table_in_pre_is_read_as_fixed_width_text(tmp_path):
    """Fails on main (no one read: the caption ran together): the <pre> table reads as the .txt it prints, each
    occupation item at the column's margin apart from the next (a hanging indent), the title in the listed
    organisation a position."""
    filing = _extract(tmp_path, PRE, "roster.htm")
    people = {p.name: p for p in filing.people}
    assert sorted(people) == ["Beatrix L. Ashdown", "Oswin T. Marlowe"]
    oswin = people["Oswin T. Marlowe"]
    assert oswin.citizenship == "United States" and oswin.address_city == "Dover"
    assert oswin.positions == ["Director"]
    assert oswin.other_positions == ["Partner, Marlowe & Finch LLP"]
    assert people["Beatrix L. Ashdown"].positions == ["Treasurer"]
    assert people["Beatrix L. Ashdown"].citizenship == "United Kingdom"


# ---- business addresses given by a key letter -------------------------------------------------------------
KEYED = HEAD + """Business addresses are indicated by the letter set forth opposite each person's name, which
corresponds to the address so designated at the end of this Schedule I.

                            Position with           Business
Name                        the Company             Address   Citizenship
--------------------------  ----------------------  --------  --------------
Oswin T. Marlowe            Director                (A)       United States

Beatrix L. Ashdown          Treasurer               (B)       United Kingdom

Cedric M. Thorncastle       Secretary               (A)       United States

Business Addresses:

     (A)   12 Quarry Lane
           Dover, Delaware 19901

     (B)   40 Fleet Street
           London EC4Y 1AA
           United Kingdom
"""


def test_a_key_letter_takes_the_address_listed_once_for_it(tmp_path):
    """Fails on main (the address '(A)', and the list under the table read into the last entry): each letter
    stands for the address listed once for it under the table; the list is no entry's text."""
    people = {p.name: p for p in _extract(tmp_path, KEYED).people}
    assert sorted(people) == ["Beatrix L. Ashdown", "Cedric M. Thorncastle", "Oswin T. Marlowe"]
    assert people["Oswin T. Marlowe"].address == "12 Quarry Lane, Dover, Delaware 19901"
    assert people["Cedric M. Thorncastle"].address == "12 Quarry Lane, Dover, Delaware 19901"
    assert people["Beatrix L. Ashdown"].address == "40 Fleet Street, London EC4Y 1AA, United Kingdom"
    assert people["Beatrix L. Ashdown"].address_country == "GB"
    assert people["Cedric M. Thorncastle"].positions == ["Secretary"]


def test_a_key_listed_twice_gives_no_address(tmp_path):
    """Fails on main (the address '(A)'): where the list gives a letter twice, the address it stands for is not
    certain: left out, with a finding; the letter listed once is still read."""
    text = KEYED.replace("     (B)   40 Fleet Street", "     (A)   40 Fleet Street")
    text = text.replace("(B)       United Kingdom", "(A)       United Kingdom")
    filing = _extract(tmp_path, text)
    people = {p.name: p for p in filing.people}
    assert all(p.address is None for p in people.values())
    assert any(w.code == "roster-ambiguous" and "(A)" in w.message for w in filing.warnings)


def test_a_bare_key_without_a_list_is_no_address(tmp_path):
    """Fails on main (the address '(A)'): a key letter with no list to resolve it is never kept as the address."""
    text = KEYED[:KEYED.index("Business Addresses:")]
    people = {p.name: p for p in _extract(tmp_path, text).people}
    assert people and all(p.address is None for p in people.values())
    assert people["Oswin T. Marlowe"].citizenship == "United States"


# ---- an HTML table whose first column only numbers the rows -----------------------------------------------
NUMBERED = """<html><body><p align="center"><b>SCHEDULE I</b></p><p align="center"><b>DIRECTORS AND EXECUTIVE
OFFICERS OF HARROW &amp; PELL INDUSTRIES, INC.</b></p><table>
<tr><th>No.</th><th>Name<br>Position(s) with the Reporting Person</th><th>Residence or Business Address</th>
<th>Country of Citizenship</th></tr>
<tr><td>(1)</td><td><b>Oswin T. Marlowe</b><br>Director</td><td>12 Quarry Lane<br>Dover, Delaware 19901</td>
<td>United States</td></tr>
<tr><td>(2)</td><td><b>Beatrix L. Ashdown</b><br>Treasurer</td><td>40 Fleet Street<br>London EC4Y 1AA</td>
<td>United Kingdom</td></tr>
</table></body></html>
"""


def test_a_row_number_column_is_read_past(tmp_path):
    """Fails on main (no roster found): a first column captioned 'No.' whose cells only number the rows holds no
    value of the person; the table is read from the name column on."""
    people = {p.name: p for p in _extract(tmp_path, NUMBERED, "roster.htm").people}
    assert sorted(people) == ["Beatrix L. Ashdown", "Oswin T. Marlowe"]
    assert people["Oswin T. Marlowe"].positions == ["Director"]
    assert people["Beatrix L. Ashdown"].citizenship == "United Kingdom"
    assert people["Beatrix L. Ashdown"].address == "40 Fleet Street, London EC4Y 1AA"


# ---- a word under a name is its end only where the column wraps -------------------------------------------
ROOMY = """                                   SCHEDULE I

      DIRECTORS AND EXECUTIVE OFFICERS OF HALLORAN TRUST COMPANY

Set forth below are the name, business address, present principal
occupation or employment and citizenship of each of the directors and
executive officers of Halloran Trust Company.

Name and Business Address             Present Principal Occupation or       Citizenship
                                      Employment

Oswin Marlowe                         Director, Halloran Trust Company      United States
Halloran Consulting Group             Executive Vice President, Director
388 Greenwich Street                    of Managed Accounts, Halloran
New York, NY 10013                      Consulting Group

Edmund Martinez                       Director, Halloran Trust Company      United States
Halloran Trust Company                Executive Officer, Halloran Trust
824 Market Street, Suite 210            Company
Wilmington, DE 19801                  President, Halloran Trust Company
                                      Chief Executive Officer, Halloran
                                        Trust Company
"""


def test_a_name_with_room_to_spare_takes_no_word_from_the_line_under_it(tmp_path):
    """Fails on main ('Edmund Martinez Halloran', the title 'Trust Company Chief Executive Officer'): the name
    column had room for 'Halloran' on the name's line, so the line under the name does not go on with it (it is
    the address's first line), and the title is the one printed."""
    people = {p.name: p for p in _extract(tmp_path, ROOMY).people}
    assert sorted(people) == ["Edmund Martinez", "Oswin Marlowe"]
    assert people["Edmund Martinez"].positions == ["Director", "Executive Officer", "President",
                                                   "Chief Executive Officer"]
    assert people["Edmund Martinez"].address == "Halloran Trust Company, 824 Market Street, Suite 210, Wilmington, DE 19801"


# ---- quote marks: the display name as printed (round 37d), the linker pairs either form -------------------------
def test_a_nickname_in_curly_quotes_is_kept_as_printed_beside_the_display_name(tmp_path):
    """The display name keeps the quote marks as printed (round 37d: it straightened them before); a user who
    types 'Sylvester "Chip" Holt' finds him by the name key (kg/link/names.py, kg/graph/mapping_base.py)."""
    text = HEAD + """Name                           Position                         Citizenship
-----------------------------  -------------------------------  -------------
Oswin T. Marlowe               Director                         United States
Sylvester \u201cChip\u201d Holt         Treasurer                        United States
"""
    people = {p.name: p for p in _extract(tmp_path, text).people}
    assert sorted(people) == ["Oswin T. Marlowe", "Sylvester \u201cChip\u201d Holt"]
    assert people["Sylvester \u201cChip\u201d Holt"].name_as_printed in (None, "Sylvester \u201cChip\u201d Holt")


STACKED_EMPLOYER = """                                    EXHIBIT 99.A

                      EXECUTIVE OFFICERS AND DIRECTORS OF
                          HALLORAN TRUST COMPANY

NAME, TITLE, AND CITIZENSHIP          PRINCIPAL OCCUPATION AND BUSINESS ADDRESS
----------------------------          -----------------------------------------
Oswin Marlowe                         Executive Vice President,
Director                                Director of Managed Accounts
United States                         Halloran Consulting Group
                                      388 Greenwich Street
                                      New York, NY 10013

Beatrix Ashdown                       President and Chief Executive Officer
Director                              Halloran Trust Company
United States                         824 Market Street
                                      Wilmington, DE 19801
"""


def test_an_indented_wrap_over_an_employer_and_address_is_no_list_of_items(tmp_path):
    """Passes on both (a guard): one wrapped line indented under a title, then the employer and the address at the
    column's margin, is one occupation at that employer, and the address its own; no hanging-indent list."""
    people = {p.name: p for p in _extract(tmp_path, STACKED_EMPLOYER).people}
    assert people["Oswin Marlowe"].address.endswith("388 Greenwich Street, New York, NY 10013")
    assert people["Oswin Marlowe"].other_positions == [
        "Executive Vice President, Director of Managed Accounts Halloran Consulting Group"]


NO_RULE = """                                 SCHEDULE I

      DIRECTORS AND EXECUTIVE OFFICERS OF HARROW & PELL INDUSTRIES, INC.

Set forth below are the name, business address, present principal
occupation or employment and citizenship of each of the directors and
executive officers of Harrow & Pell Industries, Inc.

Name and Business Address             Present Principal Occupation or       Citizenship
                                      Employment

Oswin T. Marlowe                      Director, Harrow & Pell Industries    United States
Marlowe Partners                        Inc.
                                      Chief Executive

Beatrix L. Ashdown                    Director, Harrow & Pell Industries    United States
Ashdown Group                           Inc.
Limited                               Partner, Ashdown Group
Quarry House

Cedric M. Thorncastle                 Director, Harrow & Pell Industries    United States
Thorncastle Holdings                    Inc.
                                      Chairman
"""


def test_a_persons_row_is_no_header_of_a_hard_wrapped_table(tmp_path):
    """Fails on main (the citizenship 'United States Marlowe Partners Inc.', the address 'Limited'): a table with
    no rule whose rows' second lines start at column 0 was read as hard-wrapped at the page's width, a person's row
    taken for its header and each address line for the rest of the line above. A header names a column kg knows
    ('Name', 'Citizenship'); a person's row names none: the table is read as printed."""
    people = {p.name: p for p in _extract(tmp_path, NO_RULE).people}
    assert sorted(people) == ["Beatrix L. Ashdown", "Cedric M. Thorncastle", "Oswin T. Marlowe"]
    assert all(p.citizenship == "United States" for p in people.values())
    assert people["Oswin T. Marlowe"].address == "Marlowe Partners"
    assert people["Oswin T. Marlowe"].other_positions == ["Chief Executive"]
    assert people["Beatrix L. Ashdown"].address == "Ashdown Group Limited, Quarry House"
