"""Rosters where filings put them: an annex, Item 2 itself, or an exhibit of a submission.

The variants are the seed's own text moved to another place, as filers do."""
from __future__ import annotations

from conftest import SEED

import kg

HEADER = """<SEC-DOCUMENT>0000950103-04-000123.txt : 20040120
<SEC-HEADER>0000950103-04-000123.hdr.sgml : 20040120
ACCESSION NUMBER:		0000950103-04-000123
CONFORMED SUBMISSION TYPE:	SC 13D/A
PUBLIC DOCUMENT COUNT:		2
FILED AS OF DATE:		20040120

SUBJECT COMPANY:

	COMPANY DATA:
		COMPANY CONFORMED NAME:			8X8 INC /DE/
		CENTRAL INDEX KEY:			0001023731

FILED BY:

	COMPANY DATA:
		COMPANY CONFORMED NAME:			STMICROELECTRONICS NV
		CENTRAL INDEX KEY:			0000932787
</SEC-HEADER>
"""


def _split_seed() -> tuple[str, str]:
    text = SEED.read_text()
    cut = text.index("Tom de Waard\n\nANNEX A")
    return text[:cut], text[cut:]


def test_roster_in_an_exhibit_of_a_full_submission(tmp_path):
    body, annex = _split_seed()
    submission = (HEADER + "<DOCUMENT>\n<TYPE>SC 13D/A\n<SEQUENCE>1\n<FILENAME>d13da.txt\n<TEXT>\n" + body
                  + "</TEXT>\n</DOCUMENT>\n<DOCUMENT>\n<TYPE>EX-99.1\n<SEQUENCE>2\n<FILENAME>ex99.txt\n"
                  "<DESCRIPTION>ANNEX A\n<TEXT>\n" + annex + "</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n")
    path = tmp_path / "0000950103-04-000123.txt"
    path.write_text(submission)
    filing = kg.extract(path)
    assert filing.accession_number == "0000950103-04-000123"
    assert filing.reporting_persons[0].cik == "0000932787"
    assert len(filing.people) == 26
    assert {p.organization for p in filing.people} == {"STMicroelectronics N.V."}


def test_roster_inside_item_2(tmp_path):
    body, annex = _split_seed()
    roster = annex[annex.index("MEMBERS OF THE SUPERVISORY BOARD\n"):]
    item2 = ("Identity and Background.\n\nThe name, business address, present principal occupation and "
             "citizenship of each director and executive officer of ST is set forth below.\n\n"
             "Tom de Waard\n\n" + roster + "\n\n")
    text = body.replace("Identity and Background.\n", item2, 1)
    path = tmp_path / "item2.txt"
    path.write_text(text)
    filing = kg.extract(path)
    assert len(filing.people) == 26
    assert next(p for p in filing.people if p.name == "Tom de Waard").citizenship == "Dutch"
