"""Thirty-second round (a), issue 13: (1) row letters ('B. Ruth A. Calloway') are cut before the address sentences
after the table are matched to the names ('The business address of Ruth A. Calloway is ...'); (2) 'DIRECTORS' /
'OFFICERS' sections of name | title rows under a caption line naming the group ('DIRECTORS   POSITION', ruled or
not, set in over the names), the lines set in under a name being that entry's (never a name, never a wrapped
surname), a person in both sections merged on the address one listing prints over the preamble's default. Texts of
our own making. Each test marked "fails on main" failed on main c1c8b33 and passes here; the guards pass on both
and protect precision."""
from __future__ import annotations

import kg

DEFAULT = "100 Mill Road, Dayton, Ohio 45402"

LETTERED = """\
                                  EXHIBIT 2

        EXECUTIVE OFFICERS AND DIRECTORS OF HARROW MILLS, INC.

The name, present principal occupation or employment and citizenship of each
executive officer and director of Harrow Mills, Inc. are set forth below.
Unless otherwise indicated, each person's business address is c/o 100 Mill
Road, Dayton, Ohio 45402.

Name and Citizenship            Present Principal Occupation or Employment
--------------------            ------------------------------------------

A. Owen B. Strand               Director, Harrow Mills, Inc.
   (United States)              Partner, Strand Partners

B. Ruth A. Calloway             Director, Harrow Mills, Inc.
   (Canada)                     Counsel, Falk & Berg LLP

C. Inga M. Falk                 Director, Harrow Mills, Inc.
   (Sweden)                     Professor of Economics, Uppsala
                                  University


Business Addresses

The business address of Ruth A. Calloway is Falk & Berg LLP, 20 King Street
West, Toronto, Ontario M5H 3C2.

The business address of Inga M. Falk is Uppsala University, Box 256, 751 05
Uppsala, Sweden.
"""

PREAMBLE = """\
                                   SCHEDULE B

           DIRECTORS AND EXECUTIVE OFFICERS OF HARROW MILLS, INC.

The names of the directors and the names and positions of the executive
officers of Harrow Mills, Inc. (the "Company") are set forth below. If no
business address is given, the business address of the director or executive
officer is 100 Mill Road, Dayton, Ohio 45402. Unless otherwise indicated, each
position set forth opposite a name refers to the Company and each individual
is a citizen of the United States.

"""

SECTIONS = PREAMBLE + """\
             DIRECTORS                      POSITION

      Owen B. Strand                        Director
        Strand
        Partners
      Ruth A. Calloway                      Director
        Bellweather Capital
        20 Park Lane
        Chicago, Illinois 60601
      Inga M. Falk                          Director

             OFFICERS                       POSITION

      Ruth A. Calloway                      President and Chief Executive
                                            Officer
      Marcus T. Vale                        Treasurer
"""


def _ruled(text: str) -> str:
    for group in ("DIRECTORS", "OFFICERS"):
        caption = f"             {group:<31}POSITION\n"
        text = text.replace(caption, caption + f"             {'-' * len(group):<31}--------\n")
    for name, printed in (("Owen B. Strand", "STRAND, Owen B."), ("Ruth A. Calloway", "CALLOWAY, Ruth A."),
                          ("Inga M. Falk", "FALK, Inga M."), ("Marcus T. Vale", "VALE, Marcus T.")):
        text = text.replace(f"      {name:<38}", f"      {printed:<38}")
    return text


def _read(tmp_path, text: str):
    path = tmp_path / "schedule.txt"
    path.write_text(text, encoding="utf-8")
    filing = kg.extract(path)
    return {p.name: p for p in filing.people}, filing


def test_lettered_rows_take_the_address_sentences_after_the_table(tmp_path):
    """Fails on main: 'B. Ruth A. Calloway' was matched to no sentence, and kept the preamble's default."""
    people, _ = _read(tmp_path, LETTERED)
    assert set(people) == {"Owen B. Strand", "Ruth A. Calloway", "Inga M. Falk"}
    assert people["Ruth A. Calloway"].address.startswith("Falk & Berg LLP, 20 King Street West")
    assert people["Ruth A. Calloway"].address_city == "Toronto"
    assert people["Inga M. Falk"].address.startswith("Uppsala University")
    assert people["Owen B. Strand"].address == "c/o 100 Mill Road, Dayton, Ohio 45402"


def test_group_caption_sections_read_with_set_in_lines(tmp_path):
    """Fails on main: 'Strand' / 'Partners' under 'Owen B. Strand' were read into his name ('Owen B. Strand
    Strand'), and Ruth A. Calloway, listed in both sections, was two records."""
    people, filing = _read(tmp_path, SECTIONS)
    assert set(people) == {"Owen B. Strand", "Ruth A. Calloway", "Inga M. Falk", "Marcus T. Vale"}
    assert len(filing.people) == 4
    ruth = people["Ruth A. Calloway"]
    assert ruth.positions == ["Director", "President and Chief Executive Officer"]
    assert ruth.address == "Bellweather Capital, 20 Park Lane, Chicago, Illinois 60601"
    assert people["Marcus T. Vale"].positions == ["Treasurer"]
    assert people["Inga M. Falk"].address == DEFAULT


def test_ruled_group_captions_over_capitalised_surnames(tmp_path):
    """Fails on main: the rule under 'DIRECTORS' set the name column right of the names, 'STRAND, Owen B.' took
    'Strand' as a wrapped surname and Ruth A. Calloway was two records."""
    people, filing = _read(tmp_path, _ruled(SECTIONS))
    assert set(people) == {"Owen B. Strand", "Ruth A. Calloway", "Inga M. Falk", "Marcus T. Vale"}
    assert len(filing.people) == 4
    assert people["Ruth A. Calloway"].address == "Bellweather Capital, 20 Park Lane, Chicago, Illinois 60601"
    assert people["Ruth A. Calloway"].positions == ["Director", "President and Chief Executive Officer"]


def test_set_in_lines_that_are_no_address_keep_the_default_off(tmp_path):
    """Fails on main (the lines were read into the name): 'Strand' / 'Partners' set in under Owen B. Strand are
    printed for him and not read as an address: the preamble's default is not his for certain."""
    people, _ = _read(tmp_path, SECTIONS)
    assert people["Owen B. Strand"].address is None
    assert people["Owen B. Strand"].positions == ["Director"]


def test_guard_names_caption_over_group_heading_still_reads(tmp_path):
    """Guard (passes on both): a 'DIRECTORS' heading alone over a 'Name   Position' table."""
    text = PREAMBLE + """\
                                   DIRECTORS

      Name                                  Position
      ----                                  --------
      Owen B. Strand                        Director
      Inga M. Falk                          Director and Treasurer
"""
    people, _ = _read(tmp_path, text)
    assert set(people) == {"Owen B. Strand", "Inga M. Falk"}
    assert people["Inga M. Falk"].address == DEFAULT


def test_guard_printed_addresses_that_differ_stay_apart(tmp_path):
    """Guard (passes on both): one name printing two different addresses in two sections is never merged onto
    either (kg never picks one of two printed values), nor given the preamble's default."""
    text = PREAMBLE + """\
                                   DIRECTORS

      Name                                  Position
      ----                                  --------
      Ruth A. Calloway                      Director
        20 Park Lane, Chicago, Illinois 60601
      Inga M. Falk                          Director

                                    OFFICERS

      Name                                  Position
      ----                                  --------
      Ruth A. Calloway                      President
        9 Elm Street, Boston, Massachusetts 02108
      Marcus T. Vale                        Treasurer
"""
    _, filing = _read(tmp_path, text)
    ruths = [p for p in filing.people if p.name == "Ruth A. Calloway"]
    assert all(p.address != DEFAULT for p in ruths)
    assert len({p.address for p in ruths}) == len(ruths)
