"""Fortieth round (e), issue 13: preamble sentences that run straight into the table's header.

A conversion that drops blank lines (the mutation bench's `blank_removed`) leaves the preamble's last sentence
('The business address of each such person is c/o ..., Henderson, Nevada 89014.') directly above the table's
caption ('Name and      Position(s) with ...'). The preamble then was one paragraph with the table, no prose,
and its default address was lost for every entry. Now the lines up to the last one ending a sentence are the
preamble when they are prose and the next line is a table's (columns three spaces apart, or a rule)
(kg/forms/roster_preamble.py `_prose_above_table`).

Texts of our own making. The test marked "fails on main" failed on main eedc97a and passes here; the guards pass
on both."""
from __future__ import annotations

import kg

_ADDRESS = "c/o IDT Nevada Holdings, Inc., 400 North Stephanie Street, Suite 235, Henderson, Nevada 89014"

_TEXT = """                                  SCHEDULE I
        DIRECTORS AND EXECUTIVE OFFICERS OF IDT NEVADA HOLDINGS, INC.
     The following table sets forth the name, citizenship, position(s) with
IDT Nevada Holdings, Inc. (the "Company") and other present principal
occupation or employment of each director and executive officer of the
Company. The business address of each such person is c/o IDT Nevada Holdings,
Inc., 400 North Stephanie Street, Suite 235, Henderson, Nevada 89014.
Name and                      Position(s) with                    Other Present Principal
Citizenship                   the Company                         Occupation or Employment
-----------                   -----------                         ------------------------
James A. Courter              Director                            Chief Executive Officer and Vice
United States                                                       Chairman of the Board of IDT
                                                                    Corporation
Anthony S. Davidson           Chief Financial Officer; Vice
United States                 President; Secretary; Director
"""


def _people(tmp_path, text: str) -> dict[str, dict]:
    path = tmp_path / "annex.txt"
    path.write_text(text, encoding="utf-8")
    return {p.name: p for p in kg.extract(path).people}


def test_preamble_address_above_header_without_blank_line(tmp_path):
    """Fails on main: the preamble's default address is read when no blank line parts it from the header."""
    people = _people(tmp_path, _TEXT)
    assert set(people) == {"James A. Courter", "Anthony S. Davidson"}
    assert all(p.address == _ADDRESS for p in people.values())


def test_entries_keep_their_own_values(tmp_path):
    """Guard (passes on both): the table below is read as before, each value on its own person."""
    people = _people(tmp_path, _TEXT)
    assert people["James A. Courter"].citizenship == "United States"
    assert people["Anthony S. Davidson"].positions == ["Chief Financial Officer", "Vice President", "Secretary",
                                                       "Director"]


def test_blank_line_layout_reads_as_before(tmp_path):
    """Guard (passes on both): with the blank line between preamble and header, the default address is read."""
    people = _people(tmp_path, _TEXT.replace("89014.\nName and", "89014.\n\nName and"))
    assert all(p.address == _ADDRESS for p in people.values())
