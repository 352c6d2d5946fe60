"""Issue 13: a title held in a body of ANOTHER organisation ('Vice Chairman of the Board of IDT Corporation', in the
roster of IDT Nevada Holdings) is an other position, not a position in the listed organisation: the organisation an
item names is what follows the body ('the Board of'), not 'Board of IDT Corporation' (which reads as a body, so the
title was kept as a position). The first test fails on main 4a90018; the guards pass on both."""
from __future__ import annotations

import kg

ROW = ('<tr><td valign="top"><p>{name}</p></td><td>&nbsp;</td><td valign="top">{cells}</td></tr>'
       '<tr style="font-size:1pt"><td height="16"></td><td height="16" colspan="2"></td></tr>')
HTML = """<html><body><p align="center"><b><u>SCHEDULE A</u></b></p><p><b>IDT NEVADA HOLDINGS, INC.</b></p>
<p>The name, business address, title and present principal occupation or employment of each of the directors and
executive officers of IDT Nevada Holdings, Inc. are set forth below. Except where another address is shown, the
business address of each such person is c/o IDT Nevada Holdings, Inc., 400 North Stephanie Street, Suite 235,
Henderson, Nevada 89014. Unless otherwise indicated below, all of the persons listed below are citizens of the
United States.</p><table width="100%" border="0"><tr><td width="30%"><b>Name</b></td><td width="1%">&nbsp;</td>
<td width="69%" align="center"><b>Present Principal Occupation Including Name and Address of Employer</b></td></tr>
{rows}</table></body></html>"""


def _people(tmp_path, rows: list[tuple[str, list[str]]]) -> dict:
    cells = [ROW.format(name=name, cells="".join(f"<p>{line}</p>" for line in lines)) for name, lines in rows]
    path = tmp_path / "idt.htm"
    path.write_text(HTML.format(rows="".join(cells)), encoding="utf-8")
    return {p.name: p for p in kg.extract(path).people}


def test_a_title_in_another_organisations_board_is_an_other_position(tmp_path):  # fails on main 4a90018
    people = _people(tmp_path, [
        ("James A. Courter", ["Director", "Chief Executive Officer and Vice Chairman of the Board of IDT Corporation"]),
        ("Anthony S. Davidson", ["Chief Financial Officer", "Director"])])
    courter = people["James A. Courter"]
    assert courter.positions == ["Director"]
    assert courter.other_positions == ["Chief Executive Officer and Vice Chairman of the Board of IDT Corporation"]
    assert people["Anthony S. Davidson"].positions == ["Chief Financial Officer", "Director"]


def test_chairman_of_the_board_of_the_listed_organisation_stays_a_position(tmp_path):  # guard
    people = _people(tmp_path, [
        ("James A. Courter", ["Chairman of the Board of Directors", "Director"]),
        ("Anthony S. Davidson", ["Vice Chairman of the Board of IDT Nevada Holdings, Inc."])])
    assert "Chairman of the Board of Directors" in people["James A. Courter"].positions
    assert people["James A. Courter"].other_positions == []
    assert people["Anthony S. Davidson"].other_positions == []
    assert people["Anthony S. Davidson"].positions
