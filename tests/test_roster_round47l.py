"""Round 47l (issue 13): note numbers set as superscripts on names in HTML; Item 2's lettered blocks answering (d)
and (e) for each person.

(1) An HTML roster table whose name cells end with a superscript note number that is a link ('Ines M. Varga<sup><a
href="#n1">1</a></sup>', '1,2' for a person under two notes), the notes after the table. The text without markup ran
the digits into the name ('Varga1'), so no name cell read as a name and nobody was read. kg.read.html now leaves
out of the text a superscript of a table row holding only note numbers and glued to a word (kg/read/html_notes.py);
a superscript after a digit ('10<sup>th</sup>'), a '(1)' mark or a '*' sign stays.

(2) A block per person lettered after Item 2: '(a) Name:', '(b) Business address:', '(c) Present principal
occupation:', '(d) <criminal proceedings>:' and '(e) <civil proceedings>:' answered 'None.' / 'No.', '(f)
Citizenship:'. The letters hid the known labels from kg.forms.roster_labels (its labels must open the line), so the
unknown (d) and (e) labels and their answers ran into the occupation, which was refused; the letter is read past
now, and a lettered label kg does not know is blanked with its answer even on one line. A label wrapped after its
letter ('(c) Present principal' / 'occupation:') is read (kg.forms.roster_wrapped_labels), a block number before the
letter ('1.  (a) Name:') is layout (kg.forms.roster_blocks), an address line set in past the value's column (a
hanging indent) is the wrap of the line above, and a value's line at its column after a line closed by a legal form's
stop ('Director of Scout Capital Corp.' / 'Self Employed Businessman') opens an item of its own."""
from __future__ import annotations

from pathlib import Path

import kg
from kg.read.html import html_to_text
from kg.records import to_dict


def _people(tmp_path: Path, text: str, suffix: str = ".txt") -> dict[str, dict]:
    path = tmp_path / f"roster{suffix}"
    path.write_text(text)
    return {p["name"]: p for p in to_dict(kg.extract(path)).get("people", [])}


def _row(name: str, mark: str, title: str, occupation: str, address: str, citizenship: str) -> str:
    return (f"<tr valign=\"top\"><td>{name}{mark}</td><td>{title}</td><td>{occupation}</td><td>{address}</td>"
            f"<td>{citizenship}</td></tr>")


def _html(marks: tuple[str, str, str]) -> str:
    rows = [_row("Ines M. Varga", marks[0], "Director", "Professor of Law, Dunmore University",
                 "14 Elm Street<br>Hartford, Connecticut 06103", "United States"),
            _row("Osric P. Lindqvist", marks[1], "Director", "Managing Partner, Lindqvist &amp; Berg",
                 "Lindqvist &amp; Berg<br>Strandvagen 7<br>Stockholm 114 56", "Sweden"),
            _row("Paloma Reyes", marks[2], "Chief Financial Officer", "&#151;",
                 "300 Harbor Drive<br>Baltimore, Maryland 21230", "United States")]
    return ("<html><body><p align=\"center\"><b>SCHEDULE A</b></p>\n<p align=\"center\"><b>DIRECTORS AND EXECUTIVE "
            "OFFICERS OF HALVERSON MARINE HOLDINGS, INC.</b></p>\n<p>The name, position with Halverson Marine "
            "Holdings, Inc., present principal occupation or employment, business address and citizenship of each "
            "director and executive officer of Halverson Marine Holdings, Inc. are set forth below.</p>\n<table>\n"
            "<tr><th>Name</th><th>Position with Halverson Marine Holdings, Inc.</th><th>Present Principal "
            "Occupation</th><th>Business Address</th><th>Citizenship</th></tr>\n" + "\n".join(rows) + "\n</table>\n"
            "<p><a name=\"n1\"></a><sup>1</sup>&nbsp;&nbsp;Independent director under the listing standards.</p>\n"
            "<p><a name=\"n2\"></a><sup>2</sup>&nbsp;&nbsp;Appointed during the last twelve months.</p>\n"
            "</body></html>\n")


_LINKED = ("<sup><a href=\"#n1\">1</a></sup>", "<sup><a href=\"#n1\">1</a>,<a href=\"#n2\">2</a></sup>",
           "<sup><a href=\"#n2\">2</a></sup>")


def test_superscript_note_numbers_glued_to_names_are_no_part_of_them(tmp_path):
    people = _people(tmp_path, _html(_LINKED), ".htm")
    assert set(people) == {"Ines M. Varga", "Osric P. Lindqvist", "Paloma Reyes"}
    assert people["Osric P. Lindqvist"]["positions"] == ["Director"]
    assert people["Osric P. Lindqvist"]["citizenship"] == "Sweden"
    assert people["Paloma Reyes"]["positions"] == ["Chief Financial Officer"]
    assert people["Ines M. Varga"]["address"] == "14 Elm Street, Hartford, Connecticut 06103"
    notes = ("Independent director under the listing standards.", "Appointed during the last twelve months.")
    for person in people.values():  # (the notes' text is no value of anybody)
        assert not set(notes) & set(person["positions"] + person["other_positions"])


def test_the_same_table_without_marks_reads_the_same(tmp_path):  # (guard: the bare HTML table)
    assert _people(tmp_path, _html(("", "", "")), ".htm") == _people(tmp_path, _html(_LINKED), ".htm")


def test_html_text_leaves_out_a_glued_note_superscript_only():
    text, _offsets = html_to_text("<table><tr><td>Ines M. Varga<sup>1,2</sup></td><td>10<sup>th</sup> Floor</td>"
                                  "<td>Common Stock<sup>(1)</sup></td><td>Roe <sup>3</sup></td></tr></table>"
                                  "<p>Smith<sup>4</sup> and <sup>5</sup> notes</p>")
    assert "Ines M. Varga | 10th Floor | Common Stock(1) | Roe 3" in text
    assert "Smith4" in text  # (outside a table row: kept as before)


_PROCEEDINGS = {"d": ("(d) Convictions in a criminal proceeding", "    (excluding traffic violations):"),
                "e": ("(e) Party to a civil proceeding", "    resulting in a judgment, decree or", "    final order:")}


def _block(number: str, name: str, address: list[str], occupation: list[str], citizenship: str, answer: str) -> list[str]:
    lead = " " * len(number)

    def field(labels: list[str], values: list[str]) -> list[str]:
        return [f"{lead}{(labels[k] if k < len(labels) else ''):<38}{values[k] if k < len(values) else ''}".rstrip()
                for k in range(max(len(labels), len(values)))]

    lines = field(["(a) Name:"], [name])
    lines[0] = number + lines[0][len(number):]
    lines += field(["(b) Business address:"], address)
    lines += field(["(c) Present principal", "    occupation:"], occupation)
    lines += field(list(_PROCEEDINGS["d"]), [answer]) + field(list(_PROCEEDINGS["e"]), [answer])
    return lines + field(["(f) Citizenship:"], [citizenship]) + [""]


def _item2(numbered: bool, answer: str = "No.") -> str:
    blocks = [("Ines M. Varga", ["14 Elm Street", "Hartford, Connecticut 06103"],
               ["Director of Halverson Marine", "  Holdings, Inc.", "Professor of Law, Dunmore", "  University"],
               "United States"),
              ("Osric P. Lindqvist", ["Scandinavian Shipping Research", "  Institute AB", "Strandvagen 7",
                                      "Stockholm 114 56"], ["Director of Halverson Marine", "  Holdings, Inc."],
               "Sweden"),
              ("Paloma Reyes", ["300 Harbor Drive", "Baltimore, Maryland 21230"],
               ["Director of Halverson Marine Holdings, Inc.", "Self Employed Businesswoman"], "United States")]
    lines = ["                                  SCHEDULE I", "",
             "         INFORMATION CONCERNING THE DIRECTORS AND EXECUTIVE OFFICERS",
             "                    OF HALVERSON MARINE HOLDINGS, INC.", "",
             "The following information is given, in the order of the items of Item 2 of",
             "Schedule 13D, for each director and executive officer of Halverson Marine", "Holdings, Inc.", ""]
    for index, (name, address, occupation, citizenship) in enumerate(blocks):
        lines += _block(f"{index + 1}.  " if numbered else "", name, address, occupation, citizenship, answer)
    return "\n".join(lines) + "\n"


def test_item2_lettered_blocks_read_past_the_proceedings_answers(tmp_path):
    people = _people(tmp_path, _item2(numbered=False))
    assert set(people) == {"Ines M. Varga", "Osric P. Lindqvist", "Paloma Reyes"}
    varga = people["Ines M. Varga"]
    assert varga["positions"] == ["Director"]
    assert varga["other_positions"] == ["Professor of Law, Dunmore University"]
    assert varga["organization"] == "Halverson Marine Holdings, Inc."
    assert varga["citizenship"] == "United States"
    lindqvist = people["Osric P. Lindqvist"]
    assert lindqvist["address"] == "Scandinavian Shipping Research Institute AB, Strandvagen 7, Stockholm 114 56"
    reyes = people["Paloma Reyes"]  # (a line after one closed by a legal form's stop opens an item)
    assert (reyes["positions"], reyes["other_positions"]) == (["Director"], ["Self Employed Businesswoman"])
    for person in people.values():  # (the answers to (d) and (e) are no values)
        values = person["positions"] + person["other_positions"] + [person["address"] or ""]
        assert not any("No." in v or "proceeding" in v for v in values)


def test_item2_lettered_blocks_numbered_before_the_letter(tmp_path):
    people = _people(tmp_path, _item2(numbered=True, answer="None."))
    assert set(people) == {"Ines M. Varga", "Osric P. Lindqvist", "Paloma Reyes"}
    assert people["Ines M. Varga"]["other_positions"] == ["Professor of Law, Dunmore University"]
    assert people["Osric P. Lindqvist"]["positions"] == ["Director"]


_PLAIN = """                                  SCHEDULE I

         DIRECTORS AND EXECUTIVE OFFICERS OF HALVERSON MARINE HOLDINGS, INC.

Name:                          Ines M. Varga
Business address:              14 Elm Street
                               Hartford, Connecticut 06103
Present principal occupation:  Professor of Law, Dunmore University
Citizenship:                   United States

Name:                          Osric P. Lindqvist
Business address:              Strandvagen 7
                               Stockholm 114 56
Present principal occupation:  Managing Partner, Lindqvist & Berg
Citizenship:                   Sweden
"""


def test_unlettered_labelled_blocks_still_read(tmp_path):  # (guard: the neighbouring layout)
    people = _people(tmp_path, _PLAIN)
    assert people["Ines M. Varga"]["other_positions"] == ["Professor of Law, Dunmore University"]
    assert people["Osric P. Lindqvist"]["address"] == "Strandvagen 7, Stockholm 114 56"
    assert people["Osric P. Lindqvist"]["citizenship"] == "Sweden"
