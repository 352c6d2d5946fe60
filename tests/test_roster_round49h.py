"""Round 49h (issue 13): three fixed-width EDGAR table layouts of gather71/72 read (hyphenated_captions_narrow_table,
family_relationship_column_table, edgar_number_column_address_second_citizenship_last).

- Captions hyphenated inside words over narrow columns ('POSI-' / 'TION(S)' / 'HELD', 'PRIN-' / 'CIPAL' /
  'OCCUPA-' / 'TION', 'CITI-' / 'ZEN-' / 'SHIP'): the header stopped at the line of pieces ('TION(S)  OCCUPA-  NESS
  ZEN-', no caption word) and the columns were 'HELD', 'TION', 'SHIP', no field; now a line of short pieces set
  where the columns start, one cut by a hyphen, is a header line, and a caption's cut words are joined where that
  makes a caption kg knows (kg/forms/roster_cut_captions.py). The cells of such narrow columns wrap with a hanging
  indent: an address or title column that hangs throughout is read by its indents, each line at the margin an
  address line or a title (kg/forms/roster_hanging_lines.py), and an occupation cell of one wrapped item is that one
  item.
- A 'FAMILY RELATIONSHIP' column ('Sibling of <another's name>'): the caption read as a person's name stopped the
  header, and the columns were given roles from the preamble's list in another order; now the caption is a known
  column kg reads but takes no value from (kg/patterns/roster.yml column_roles `unknown`).
- A number column first under a caption between two rules of '=' ('NO.  NAME ...', no <S>/<C>): the caption was
  refused (its first column no names'), the header lines read as body, and the occupation given as the position;
  now a row-number caption before the names' is allowed (kg/forms/roster_ruled_caption.py).
"""
from __future__ import annotations

from pathlib import Path

import kg
from kg.records import to_dict


def _people(tmp_path: Path, text: str) -> dict[str, dict]:
    path = tmp_path / "roster.txt"
    path.write_text(text, encoding="utf-8")
    return {p["name"]: p for p in to_dict(kg.extract(path))["people"]}


_PREAMBLE = """                                  EXHIBIT 1

             Information Concerning the Directors and Officers of
                          Larkspur Holdings, Inc.

The names, positions held with Larkspur Holdings, Inc., present principal
occupations or employment and business addresses and the citizenship of the
directors and executive officers of Larkspur Holdings, Inc. are set forth below.

"""
_HYPHENATED_CAPTION = """                                        PRIN-
                      POSI-             CIPAL                  BUSI-                 CITI-
                      TION(S)           OCCUPA-                NESS                  ZEN-
NAME                  HELD              TION                   ADDRESS               SHIP
"""
_WIDTHS = (22, 18, 23, 22, 14)


def _rows(*rows: tuple[str, ...]) -> str:
    """Fixed-width lines, each cell padded to its column's width (a row given as its cells, '' for none)."""
    return "".join("".join(f"{cell:<{width}}" for cell, width in zip(row, _WIDTHS)).rstrip() + "\n" for row in rows)


_HYPHENATED_ROWS = _rows(
    ("Rowena T. Alcott", "Director", "Retired Senior", "c/o 12 Wharf Street", "United"),
    ("", "", "  Partner,", "Boston,", "States"),
    ("", "", "  Bellweather &", "  Massachusetts 02110", ""),
    ("", "", "  Crane LLP", "", ""),
    ("",),
    ("Desmond K. Varga", "Executive Vice", "--", "12 Harbor Lane", "Canada"),
    ("", "  President", "", "Suite 400", ""),
    ("", "Chief Financial", "", "Halifax, Nova Scotia", ""),
    ("", "  Officer", "", "  B3J 1A1", ""),
    ("",),
    ("Imogen L. Fairbank", "Director", "President, Atlantic", "Atlantic Society of", "United"),
    ("", "", "  Society of Natural", "  Natural Science", "States"),
    ("", "", "  Science", "40 Commerce Row", ""),
    ("", "", "", "Portland, Maine", ""),
    ("", "", "", "  04101", ""),
    ("",)) + "</TABLE>\n"
HYPHENATED_MARKED = _PREAMBLE + "<TABLE>\n<CAPTION>\n" + _HYPHENATED_CAPTION + \
    "<S>                   <C>               <C>                    <C>                   <C>\n" + _HYPHENATED_ROWS
HYPHENATED_RULED = _PREAMBLE + "<TABLE>\n<CAPTION>\n" + _HYPHENATED_CAPTION + "-" * 94 + "\n" + _HYPHENATED_ROWS


def _check_hyphenated(people: dict[str, dict]) -> None:
    assert set(people) == {"Rowena T. Alcott", "Desmond K. Varga", "Imogen L. Fairbank"}
    alcott, varga, fairbank = people["Rowena T. Alcott"], people["Desmond K. Varga"], people["Imogen L. Fairbank"]
    assert alcott["positions"] == ["Director"]
    assert alcott["other_positions"] == ["Retired Senior Partner, Bellweather & Crane LLP"]
    assert alcott["citizenship"] == "United States"
    assert alcott["address"] == "c/o 12 Wharf Street, Boston, Massachusetts 02110"
    assert varga["positions"] == ["Executive Vice President", "Chief Financial Officer"]
    assert not varga.get("other_positions")
    assert varga["citizenship"] == "Canada"
    assert varga["address"] == "12 Harbor Lane, Suite 400, Halifax, Nova Scotia B3J 1A1"
    assert fairbank["other_positions"] == ["President, Atlantic Society of Natural Science"]
    assert fairbank["address"] == "Atlantic Society of Natural Science, 40 Commerce Row, Portland, Maine 04101"


def test_hyphenated_captions_over_marked_columns_are_read(tmp_path):
    _check_hyphenated(_people(tmp_path, HYPHENATED_MARKED))


def test_hyphenated_captions_between_caption_tag_and_rule_are_read(tmp_path):
    _check_hyphenated(_people(tmp_path, HYPHENATED_RULED))


def test_a_cut_caption_kg_does_not_know_is_no_field(tmp_path):
    """'BIRTH-' / 'PLACE' joined is no caption kg knows: its column gives no value (never a default role)."""
    text = HYPHENATED_MARKED.replace("CITI-", "BIRTH-").replace("ZEN-", "").replace("SHIP", "PLACE")
    people = _people(tmp_path, text)
    assert all(not p.get("citizenship") for p in people.values())
    assert people["Rowena T. Alcott"]["positions"] == ["Director"]


FAMILY_RELATIONSHIP = """                                  SCHEDULE I

              DIRECTORS AND EXECUTIVE OFFICERS OF LARKSPUR HOLDINGS, INC.

The following table sets forth the name, position with Larkspur Holdings, Inc., principal occupation, business
address and citizenship of each director and executive officer of Larkspur Holdings, Inc., and any family
relationship between any of them.

<TABLE>
<CAPTION>
                        POSITION WITH LARKSPUR
NAME                    HOLDINGS, INC.          FAMILY RELATIONSHIP     PRINCIPAL OCCUPATION                BUSINESS ADDRESS            CITIZENSHIP
------------------      ------------------      ------------------      ------------------                  ------------------          --------------
<S>                     <C>                     <C>                     <C>                                 <C>                         <C>
Rowena T. Alcott        Director                Sibling of Desmond K.   Retired Senior Partner, Bellweather c/o 12 Wharf Street         United States
                                                  Varga                   & Crane LLP                       Boston, Massachusetts 02110

Desmond K. Varga        Chief Financial Officer Sibling of Rowena T.    Treasurer, Harbor Mutual Savings    12 Harbor Lane              Canada
                                                  Alcott                  Bank                              Halifax, Nova Scotia B3J 1A1

Imogen L. Fairbank      Director                --                      President, Atlantic Society of      40 Commerce Row             United States
                                                                          Natural Science                   Portland, Maine 04101

</TABLE>
"""


def test_family_relationship_column_gives_no_value_and_no_person(tmp_path):
    people = _people(tmp_path, FAMILY_RELATIONSHIP)
    assert set(people) == {"Rowena T. Alcott", "Desmond K. Varga", "Imogen L. Fairbank"}
    assert people["Rowena T. Alcott"]["other_positions"] == ["Retired Senior Partner, Bellweather & Crane LLP"]
    assert people["Desmond K. Varga"]["other_positions"] == ["Treasurer, Harbor Mutual Savings Bank"]
    assert people["Desmond K. Varga"]["positions"] == ["Chief Financial Officer"]
    assert people["Imogen L. Fairbank"]["citizenship"] == "United States"
    for person in people.values():  # (another's name inside the relationship cell is no value of anyone's)
        values = " ".join(str(v) for k, v in person.items() if k in ("positions", "other_positions", "address") and v)
        assert "Sibling" not in values
        assert not any(other in values for other in ("Alcott", "Varga") if other not in person["name"])


NUMBERED_RULED = """                                  SCHEDULE 1

              DIRECTORS AND EXECUTIVE OFFICERS OF LARKSPUR HOLDINGS, INC.

Set forth below are the name, business address, present position with Larkspur Holdings, Inc., present principal
occupation or employment elsewhere and citizenship of each director and executive officer of Larkspur Holdings, Inc.

<TABLE>
=====================================================================================================================
                                                         POSITION(S)
                             BUSINESS                    WITH LARKSPUR           PRINCIPAL OCCUPATION
NO.  NAME                    ADDRESS                     HOLDINGS, INC.          ELSEWHERE                     CITIZENSHIP
=====================================================================================================================
1.   Rowena T. Alcott        c/o 12 Wharf Street         Director                Retired Senior Partner,       United States
                             Boston, Massachusetts 02110                         Bellweather & Crane LLP

2.   Desmond K. Varga        12 Harbor Lane              Chief Financial         Treasurer, Harbor Mutual      Canada
                             Halifax, Nova Scotia          Officer                 Savings Bank
                               B3J 1A1

</TABLE>
"""


def test_number_column_under_a_caption_ruled_with_equals_signs(tmp_path):
    people = _people(tmp_path, NUMBERED_RULED)
    assert set(people) == {"Rowena T. Alcott", "Desmond K. Varga"}
    alcott, varga = people["Rowena T. Alcott"], people["Desmond K. Varga"]
    assert alcott["positions"] == ["Director"]
    assert alcott["other_positions"] == ["Retired Senior Partner, Bellweather & Crane LLP"]
    assert alcott["citizenship"] == "United States"
    assert varga["positions"] == ["Chief Financial Officer"]
    assert varga["citizenship"] == "Canada"


def test_names_caption_first_between_equals_rules_still_reads(tmp_path):
    """The neighbouring layout: no number column, the names' caption first."""
    text = NUMBERED_RULED.replace("NO.  NAME", "NAME     ").replace("1.   Rowena T. Alcott", "Rowena T. Alcott     ")
    text = text.replace("2.   Desmond K. Varga", "Desmond K. Varga     ")
    people = _people(tmp_path, text)
    assert people["Rowena T. Alcott"]["positions"] == ["Director"]
    assert people["Desmond K. Varga"]["citizenship"] == "Canada"
