"""Forty-second round (a), issue 13: a citizenship read for a person the preamble names as an exception.

After the mutation bench (indent_page x employer_tables_by_section): a preamble giving everyone a default
citizenship 'other than <NAME>, who is a citizen of <X>', then a fixed-column table whose later rows are indented
(a second page shifted). The shifted row's cells were read against the unshifted header, so the employer's second
line ('Canada' of 'Northern Lakes Corp. of Canada') stood as the row's citizenship, over the preamble's exception:
the person named as a citizen of the United States got Canada. A citizenship read for a person the preamble names
with another one is now refused, and the default is not given either (kg/forms/roster_excepted.py
against_exception, used in kg/forms/roster_entry.py).

A text of our own making. The test marked "fails on main" failed on main b63d17f and passes here; the guard passes
on both."""
from __future__ import annotations

import kg

_TABLE = """                                                                    EXHIBIT 99.2

          IDENTITY AND BACKGROUND OF THE DIRECTORS AND OFFICERS OF NLH

To the knowledge of the Reporting Persons, the following represents the names,
present principal occupations or employment, and the names and addresses of the
employers, of the directors and executive officers of Northern Lakes Holdings
Corporation ("NLH"). Each of the persons listed below is a citizen of Canada, other
than Martin Keller, who is a citizen of Germany and Thomas Whitcombe, who is a
citizen of the United States.

NLH's Directors

                            Present Principal
        Name            Occupation or Employment      Name of Employer         Address of Employer
---------------------   -------------------------   ---------------------   -------------------------
1. Helene Tremblay      Director                    Northern Lakes Corp. of Northern Lakes Holdings,
                                                    Canada                  1200 Rue Sherbrooke,
                        President and Chief                                 Montreal QC H3A 2M1
                         Operating Officer

2. Martin Keller        Director                    Northern Lakes Corp. of Keller Beteiligungen,
                                                    Canada                  Koenigsallee 12,
                        Managing Director,                                  40212 Duesseldorf, Germany
                         Keller Beteiligungen

      3. Thomas Whitcombe     Director                    Northern Lakes Corp. of Whitcombe Grain Co.,
                                                          Canada                  410 Park Avenue,
                              Chairman and                                        21st Floor, New York,
                               CEO                                                N.Y. 10022

      NLH's Executive Officers

                                  Present Principal
              Name            Occupation or Employment      Name of Employer         Address of Employer
      ---------------------   -------------------------   ---------------------   -------------------------
      4. Louise Gagnon        Executive Officer           Northern Lakes Corp. of Northern Lakes Holdings,
                                                          Canada                  1200 Rue Sherbrooke,
                              Vice-President                                      Montreal QC H3A 2M1
"""


def _people(tmp_path, text: str) -> dict:
    path = tmp_path / "annex.txt"
    path.write_text(text, encoding="utf-8")
    return {p.name: p for p in kg.extract(path).people}


def test_a_named_exception_never_takes_a_citizenship_read_against_it(tmp_path):
    """Fails on main (Thomas Whitcombe: Canada, the employer's line read as his citizenship)."""
    people = _people(tmp_path, _TABLE)
    assert people["Thomas Whitcombe"].citizenship in (None, "United States")


def test_the_default_and_the_other_exception_still_read(tmp_path):
    """Guard (passes on both): the people the preamble does not except keep the default; the other exception its own."""
    people = _people(tmp_path, _TABLE)
    assert people["Helene Tremblay"].citizenship == "Canada"
    assert people["Louise Gagnon"].citizenship == "Canada"
    assert people["Martin Keller"].citizenship == "Germany"
