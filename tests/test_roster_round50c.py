"""Round 50c (issue 13): a labelled block's label wrapped over two lines whose first line already makes a label
(micron_labelled_blocks_citizenship_field, gather82).

- 'Present Principal Occupation    Retired Vice Chairman, ...' over 'or Employment:' in a 32-character label column:
  the first line's words make a label kg knows but carry no colon, so the run was left alone (a short run whose first
  words make the label already) and the occupation was lost; with it the block's address. Now a run whose later
  lines each open with a joining word ('or', 'and', 'of'), words no label opens with, is read as one wrapped label
  (kg/forms/roster_wrapped_labels.py `_continues`).
- 'Unless a business address is given below, the business address of each such person is 70 Pine Street, ...'
  (underlined_name_dot_leader_labels_default_address_citizenship_exceptions, gather83): the preamble's default
  address was known only as 'Unless a different (another) business address is given', so every entry that prints
  no address lost it. Now 'a' / 'an' is taken too (kg/patterns/roster.yml `default_address_given`).
"""
from __future__ import annotations

from pathlib import Path

import kg
from kg.records import to_dict


def _people(tmp_path: Path, text: str) -> dict[str, dict]:
    path = tmp_path / "roster.txt"
    path.write_text(text, encoding="utf-8")
    return {p["name"]: p for p in to_dict(kg.extract(path))["people"]}


_BLOCKS = """                                  SCHEDULE I

                       DIRECTORS AND EXECUTIVE OFFICERS

     The following is a list of all directors and executive officers of
Quillfeather Instruments, Inc.

Name:                           Adela M. Vantongeren

Position with Quillfeather      Director
Instruments, Inc.:

Residence or Business           411 Marrow Street
Address:                        Tacoma, Washington 98402

Present Principal Occupation    Retired Treasurer, Pellworth Shipping
or Employment:                  Company

Citizenship:                    United States


Name:                           Osgood T. Brightwater

Position with Quillfeather      Chief Financial Officer
Instruments, Inc.:

Residence or Business           1200 Harbor Road
Address:                        Seattle, Washington 98101

Present Principal Occupation    Chief Financial Officer of Quillfeather
or Employment:                  Instruments, Inc.

Citizenship:                    Canada
"""


def test_wrapped_occupation_label_opening_with_a_label_is_read(tmp_path: Path) -> None:
    people = _people(tmp_path, _BLOCKS)
    first, second = people["Adela M. Vantongeren"], people["Osgood T. Brightwater"]
    assert first["other_positions"] == ["Retired Treasurer, Pellworth Shipping Company"]
    assert first["address"] == "411 Marrow Street, Tacoma, Washington 98402"
    assert second["address"] == "1200 Harbor Road, Seattle, Washington 98101"
    assert first["positions"] == ["Director"] and second["positions"] == ["Chief Financial Officer"]
    assert first["citizenship"] == "United States" and second["citizenship"] == "Canada"


_ONE_LINE = """                                  SCHEDULE I

                       DIRECTORS AND EXECUTIVE OFFICERS

     The following is a list of all directors and executive officers of
Quillfeather Instruments, Inc.

Name:                                Adela M. Vantongeren

Business Address:                    411 Marrow Street
                                     Tacoma, Washington 98402

Principal Occupation:                Retired Treasurer, Pellworth Shipping
                                     Company

Citizenship:                         United States


Name:                                Osgood T. Brightwater

Business Address:                    1200 Harbor Road
                                     Seattle, Washington 98101

Principal Occupation:                Chief Financial Officer of Quillfeather
                                     Instruments, Inc.

Citizenship:                         Canada
"""


def test_guard_one_line_labels_still_read(tmp_path: Path) -> None:
    people = _people(tmp_path, _ONE_LINE)
    first, second = people["Adela M. Vantongeren"], people["Osgood T. Brightwater"]
    assert first["other_positions"] == ["Retired Treasurer, Pellworth Shipping Company"]
    assert first["address"] == "411 Marrow Street, Tacoma, Washington 98402"
    assert second["address"] == "1200 Harbor Road, Seattle, Washington 98101"
    assert second["citizenship"] == "Canada"


_DEFAULT = """                                 SCHEDULE II

              DIRECTORS AND EXECUTIVE OFFICERS OF TARRAGON MILLS, INC.

The name, present position with Tarragon Mills, Inc. and present principal
occupation of each director and executive officer of Tarragon Mills, Inc. are
set forth below. Unless {article} business address is given below, the business
address of each such person is 88 Quarry Lane, Dayton, Ohio 45402. Each such
person is a citizen of the United States.

Hollis B. Wrenfield
-------------------
    Position with Tarragon Mills, Inc. .......... Director
    Principal Occupation ........................ Retired Partner, Ashgrove & Pell

Corinna D. Lattimore
--------------------
    Position with Tarragon Mills, Inc. .......... President
    Business Address ............................ 14 Ferry Street
                                                  Toledo, Ohio 43604
"""


def test_preamble_default_address_unless_a_business_address_is_given(tmp_path: Path) -> None:
    people = _people(tmp_path, _DEFAULT.format(article="a"))
    assert people["Hollis B. Wrenfield"]["address"] == "88 Quarry Lane, Dayton, Ohio 45402"
    assert people["Corinna D. Lattimore"]["address"] == "14 Ferry Street, Toledo, Ohio 43604"
    assert people["Hollis B. Wrenfield"]["other_positions"] == ["Retired Partner, Ashgrove & Pell"]


def test_guard_unless_a_different_business_address_still_read(tmp_path: Path) -> None:
    people = _people(tmp_path, _DEFAULT.format(article="a different"))
    assert people["Hollis B. Wrenfield"]["address"] == "88 Quarry Lane, Dayton, Ohio 45402"
    assert people["Corinna D. Lattimore"]["address"] == "14 Ferry Street, Toledo, Ohio 43604"
