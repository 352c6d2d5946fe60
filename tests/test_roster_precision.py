"""Roster layouts and checks of the fifth round (issue 13), each on a file of our own making: a
company-by-role matrix read through its legend, provenance of every value, and the consistency
check of a finished roster. The rule throughout: the same people back, or a warning; never a
value on the wrong person."""
from __future__ import annotations

import kg

MATRIX = """Exhibit F:  Nordhafen Group Officers and Directors as of December 31, 2004

Legend:  A = Chairman, Board of Management / CEO (Vorstandsvorsitzender)
-------
         B = Member, Board of Management (Mitglied des Vorstandes)
         C = Member, Supervisory Board (Mitglied des Aufsichtsrates)
         D = Managing Director (Geschaftsfuhrer)

<TABLE>
<CAPTION>
             Company                     A                    B                    C                    D
--------------------------------------------------------------------------------------------------------------
<S>                              <C>                  <C>                  <C>                  <C>
Kiel Hafenbetriebe GmbH          N/A                  N/A                  N/A                  Dr. Jonas Brekke
                                                                                                Ulrike Tamsen
----------------------------------------------------------------------------------------------------------------

                                 Henrik Olafsen       Marit Solberg        Anja Feldkamp


Nordhafen Logistik AG


                                 N/A                  N/A                  N/A                  Jonas Brekke
Baltic Terminal
Verwaltungs GmbH
</TABLE>
"""


def test_a_company_by_role_matrix_gives_each_name_its_company_and_the_legend_title(tmp_path):
    """A legend of letters, a 'Company  A  B  C  D' table: each name is a person of its row's
    company with its column's title (the gloss in brackets is no part of it), and the body the
    title names; names printed apart from their company (cells centred vertically) go to the one
    company beside them that has no names; the same person in two companies is two records."""
    path = tmp_path / "matrix.txt"
    path.write_text(MATRIX, encoding="utf-8")
    filing = kg.extract(path)
    got = sorted((p.name, p.organization, tuple(p.positions), tuple(p.bodies)) for p in filing.people)
    assert got == [
        ("Anja Feldkamp", "Nordhafen Logistik AG", ("Member, Supervisory Board",), ("supervisory board",)),
        ("Henrik Olafsen", "Nordhafen Logistik AG", ("Chairman, Board of Management / CEO",), ("managing board",)),
        ("Jonas Brekke", "Baltic Terminal Verwaltungs GmbH", ("Managing Director",), ("managing board",)),
        ("Jonas Brekke", "Kiel Hafenbetriebe GmbH", ("Managing Director",), ("managing board",)),
        ("Marit Solberg", "Nordhafen Logistik AG", ("Member, Board of Management",), ("managing board",)),
        ("Ulrike Tamsen", "Kiel Hafenbetriebe GmbH", ("Managing Director",), ("managing board",)),
    ]
    text = path.read_text(encoding="utf-8")
    for person in filing.people:  # every value keeps its printed text and its span
        start, end = person.spans["name"]
        assert text[start:end] == person.name_as_printed or text[start:end] == person.name
        start, end = person.spans[f"positions:{person.positions[0]}"]
        assert text[start:end].startswith(person.positions[0])


MATRIX_NO_MARKERS = """Officers and Directors of Subsidiary Companies

Legend:  A = President
         B = Director

     Company                        A                         B
Ridgeway Gas Company          Paul R. Whitcombe         Nora E. Lindqvist
                                                        Paul R. Whitcombe

Ridgeway Pipeline Co.

                              Edgar T. Moberly          Ivy S. Kettering

Ridgeway Storage Co.
"""


def test_names_between_two_companies_without_names_are_reported_not_attached(tmp_path):
    """Without `<S>`/`<C>` markers a cell goes to the letter above it; names that stand between
    two companies with no names of their own could be either's: no person, an `unassigned-name`
    warning for each name."""
    path = tmp_path / "matrix.txt"
    path.write_text(MATRIX_NO_MARKERS, encoding="utf-8")
    filing = kg.extract(path)
    got = sorted((p.name, p.organization, tuple(p.positions)) for p in filing.people)
    # (one person per name and company: Paul R. Whitcombe stands under A and B; the thirty-ninth round (a))
    assert got == [("Nora E. Lindqvist", "Ridgeway Gas Company", ("Director",)),
                   ("Paul R. Whitcombe", "Ridgeway Gas Company", ("President", "Director"))]
    unassigned = sorted(w.values["name"] for w in filing.warnings if w.code == "unassigned-name")
    assert unassigned == ["Edgar T. Moberly", "Ivy S. Kettering"]


def test_a_finished_roster_states_no_value_of_another_kind():
    """The consistency check of a finished roster: a title holding another listed person's name,
    a run of person names read as a title, a citizenship that is an address or a name, an address
    that is only a nationality: each is dropped with a `roster-ambiguous` finding naming the
    person and the field; the values that fit their field stay."""
    from kg.context import Context
    from kg.forms.roster_guard import check_people
    from kg.records import Affiliation, Person
    text = "x" * 400
    people = [
        Person(name="Maren T. Holloway", positions=["Director", "Tomas Brandt"], citizenship="Norway",
               other_positions=["Partner, Holloway & Finch LLP"],
               affiliations=[Affiliation(organization="Holloway & Finch LLP", role="Partner")], evidence=(0, 50)),
        Person(name="Tomas Brandt", positions=["Charles A. Zak Edward Bredniak William F. Sullivan"],
               citizenship="14 Kongens Gate", address="German", evidence=(50, 100),
               other_positions=["Assistant to Maren T. Holloway"],
               affiliations=[Affiliation(organization="Maren T. Holloway", role="Assistant")]),
        Person(name="Ingrid Sola", positions=["Chief Executive Officer"], citizenship="USA, Denmark",
               address="12 Strandvejen, Copenhagen, Denmark", other_positions=["Private Investor"], evidence=(100, 150)),
    ]
    ctx = Context(source="roster.txt", text=text)
    check_people(ctx, people)
    maren, tomas, ingrid = people
    assert (maren.positions, maren.citizenship, maren.other_positions) == (
        ["Director"], "Norway", ["Partner, Holloway & Finch LLP"])
    assert maren.affiliations == [Affiliation(organization="Holloway & Finch LLP", role="Partner")]
    assert (tomas.positions, tomas.citizenship, tomas.address, tomas.other_positions, tomas.affiliations) == (
        [], None, None, [], [])
    assert (ingrid.positions, ingrid.citizenship, ingrid.other_positions) == (
        ["Chief Executive Officer"], "USA, Denmark", ["Private Investor"])
    assert ingrid.address == "12 Strandvejen, Copenhagen, Denmark"
    dropped = sorted((w.values["field"], w.values["readings"][0]) for w in ctx.warnings if w.code == "roster-ambiguous")
    assert dropped == [("address", "Tomas Brandt"), ("citizenship", "Tomas Brandt"), ("other_positions", "Tomas Brandt"),
                       ("positions", "Maren T. Holloway"), ("positions", "Tomas Brandt")]
    assert all(w.span in ((0, 50), (50, 100)) for w in ctx.warnings)


def _post_evidence(graph, label: str) -> list[tuple[int, int]]:
    """(start, end) of every evidence annotation whose body is the post labelled `label`."""
    from rdflib import Literal
    from rdflib.namespace import RDFS, Namespace
    oa = Namespace("http://www.w3.org/ns/oa#")
    out = []
    for post in graph.subjects(RDFS.label, Literal(label)):
        for ann in graph.subjects(oa.hasBody, post):
            for target in graph.objects(ann, oa.hasTarget):
                for selector in graph.objects(target, oa.hasSelector):
                    start, end = graph.value(selector, oa.start), graph.value(selector, oa.end)
                    if start is not None:
                        out.append((int(start), int(end)))
    return out


def test_a_title_from_a_second_listing_or_a_footnote_keeps_its_own_span(tmp_path):
    """A person listed under DIRECTORS and again under OFFICERS is one record: the title of the
    second listing keeps the span of that listing, and the graph's evidence for that post points
    there, not at the first listing. A title given by a footnote sign points at the footnote."""
    from test_roster_sections import FOOTNOTED, SECTIONS

    from kg.graph.mapping import map_filing
    path = tmp_path / "sections.txt"
    path.write_text(SECTIONS, encoding="utf-8")
    filing = kg.extract(path)
    miriam = next(p for p in filing.people if p.name == "Miriam K. Ostrowski")
    start, end = miriam.spans["positions:President"]
    assert "President" in SECTIONS[start:end] and start > SECTIONS.index("OFFICERS")
    assert start > miriam.evidence[1]  # outside the first listing
    assert miriam.spans["listing:2"] == (start, end)
    graph = map_filing(filing, SECTIONS).graph
    assert (start, end) in _post_evidence(graph, "President")
    assert all(s >= SECTIONS.index("OFFICERS") for s, _e in _post_evidence(graph, "President"))  # none in the first

    path = tmp_path / "footnoted.txt"
    path.write_text(FOOTNOTED, encoding="utf-8")
    filing = kg.extract(path)
    note = "Member, Conseil d'Administration"
    for person in filing.people:
        if note in person.positions:
            start, end = person.spans[f"positions:{note}"]
            assert FOOTNOTED[start:end] == note and person.printed[f"positions:{note}"] == note
            assert person.spans["bodies:board of directors"] == (start, end)
    graph = map_filing(filing, FOOTNOTED).graph
    assert set(_post_evidence(graph, note)) == {(start, end)}


NAME_LIST = """                                  Schedule I
                     Harrow Crest Partnership, L.P.:
                          General Partner of
                             Harrow Fund-IV

      Harrow Crest Partnership, L.P., a Delaware limited partnership ("Harrow
Crest"), is the general partner of Harrow Fund-IV. Its purpose is to act as general
partner of Harrow Fund-IV and of other partnerships affiliated with Harrow Fund-IV.
The address of its principal office is c/o Harrow & Vale Co., 410 Tremont Street, Boston, MA  02116.

                              Partners of
                              Harrow Crest

     The following are the general partners of Harrow Crest, the general partner
of Harrow Fund-IV. The business address of each of the following persons is 410
Tremont Street, Boston, MA 02116 and each is a citizen of the United States.

                           Lucinda R. Abernathy
                             Declan P. Moore
                           Rosalind K. Whitfield
"""


def test_a_list_of_names_alone_takes_what_the_preamble_says_of_every_person(tmp_path):
    """Names alone, one a line (centred), under a heading between two preamble paragraphs: the
    preamble's 'The following are the general partners of <short name>' names the organisation
    (spelt out where the text defines the short name), each is a General Partner, and the
    business address ends before 'and each is a citizen of ...', which gives the citizenship."""
    path = tmp_path / "names.txt"
    path.write_text(NAME_LIST, encoding="utf-8")
    people = kg.extract(path).people
    assert [p.name for p in people] == ["Lucinda R. Abernathy", "Declan P. Moore", "Rosalind K. Whitfield"]
    for person in people:
        assert (person.organization, person.positions, person.bodies) == (
            "Harrow Crest Partnership, L.P.", ["General Partner"], ["general partner"])
        assert (person.address, person.address_city, person.citizenship, person.country) == (
            "410 Tremont Street, Boston, MA 02116", "Boston", "United States", "US")
        start, end = person.spans["name"]
        assert NAME_LIST[start:end] == person.name


def test_a_list_with_a_line_that_is_no_name_is_not_read_as_names(tmp_path):
    """One line of the list that is not a person's name alone (a two-column row): the list is not
    read as names alone (no person takes that line's words as a name)."""
    text = NAME_LIST.replace("                             Declan P. Moore\n",
                             "                             Declan P. Moore      Managing Partner\n")
    path = tmp_path / "names.txt"
    path.write_text(text, encoding="utf-8")
    try:
        people = kg.extract(path).people
    except kg.errors.KgError:
        people = []
    assert all(p.name in ("Lucinda R. Abernathy", "Declan P. Moore", "Rosalind K. Whitfield") for p in people)
    assert all("Managing Partner" not in (p.name or "") for p in people)


NAME_BLOCKS = """                                EXHIBIT B

Names, positions and corporate affiliations of officers who may act in the matters
described in this statement during the coming year:

Larkspur Energy Service Company, Inc.

Miriam T. Oakes
Treasurer

Gordon F. Pell
Vice President, Larkspur Energy
President, Tidewater Gas Company

Anita R. Quist
Director, Internal Audit

Hector L. Ramos, Manager, Treasury Services

Beatrice S. Ulm
Senior Vice President and Director of Planning, Larkspur Harbour Electric
Company

The business address of the above listed persons is:

   80 Quarry Lane
   Framingham, MA 01701
"""


def test_name_and_title_blocks_with_a_postamble_address(tmp_path):
    """A name alone on a line (or 'Name, Title'), the titles below it one a line (a long one
    wraps), a blank line between people; the organisation's name alone above the list; the
    address after the list is everyone's. A title naming another company is an other position,
    even a company whose name opens the listed one's ('Larkspur Energy' of 'Larkspur Energy
    Service Company, Inc.'); a title followed by a department ('Director, Internal Audit') is a
    title in the listed company, and no seat on its board."""
    path = tmp_path / "blocks.txt"
    path.write_text(NAME_BLOCKS, encoding="utf-8")
    people = {p.name: p for p in kg.extract(path).people}
    assert list(people) == ["Miriam T. Oakes", "Gordon F. Pell", "Anita R. Quist", "Hector L. Ramos", "Beatrice S. Ulm"]
    got = {name: (p.positions, p.other_positions) for name, p in people.items()}
    assert got == {
        "Miriam T. Oakes": (["Treasurer"], []),
        "Gordon F. Pell": ([], ["Vice President, Larkspur Energy", "President, Tidewater Gas Company"]),
        "Anita R. Quist": (["Director, Internal Audit"], []),
        "Hector L. Ramos": (["Manager, Treasury Services"], []),
        "Beatrice S. Ulm": ([], ["Senior Vice President and Director of Planning, Larkspur Harbour Electric Company"]),
    }
    assert "board of directors" not in people["Anita R. Quist"].bodies
    for person in people.values():
        assert person.organization == "Larkspur Energy Service Company, Inc."
        assert (person.address, person.address_city) == ("80 Quarry Lane, Framingham, MA 01701", "Framingham")


def test_name_blocks_with_an_address_line_are_another_layout(tmp_path):
    """A block with an address line under the name is not a name-and-title block: the list is
    not read as one (no address is taken for a title)."""
    text = NAME_BLOCKS.replace("Miriam T. Oakes\nTreasurer\n", "Miriam T. Oakes\n14 Elm Street\nTreasurer\n")
    path = tmp_path / "blocks.txt"
    path.write_text(text, encoding="utf-8")
    from kg.forms.roster_nameblocks import read_name_blocks
    assert read_name_blocks(text, 0, len(text)) is None


def _pipe_cells(rows: list[tuple[str, ...]]) -> str:
    """An HTML table as some converters save it: each cell's lines between two '|' lines."""
    lines = []
    for row in rows:
        for cell in row:
            lines += ["|", *cell.split("\n"), "|"]
    return "\n".join(lines) + "\n"


PIPE_PREAMBLE = ("EXHIBIT 2\nDIRECTORS AND EXECUTIVE OFFICERS OF\nHARROW MUTUAL HOLDINGS, INC.\n"
                 "The names and present principal occupations of the directors and executive officers of Harrow "
                 "Mutual Holdings, Inc. are set forth below. During the last five years, none of the individuals has "
                 "been convicted in any criminal proceeding. All of the individuals listed below are citizens of the "
                 "United States.\nHarrow Mutual Holdings, Inc.\n")


def test_an_html_table_saved_one_cell_line_between_pipes(tmp_path):
    """Cells between '|' lines, a header row naming the columns, cells cut short at the column's
    width: each row is one person, a cell's lines are one value without a dangling comma or
    'and'; the one-line preamble paragraph (no blank line after it) gives the citizenship; the
    organisation's name above the table names it."""
    rows = [("Name", "Title", "Present", "Business Address", "Shares Owned"),
            ("Margit A. Sorensen", "Director", "Managing\nPartner,", "Vestry Hall\nPartners", "0"),
            ("Oscar D. Lindqvist", "Director", "Chairman and", "Lindqvist\nFoundation", "1,200"),
            ("Thea M. Calloway", "Treasurer", "Treasurer", "Harrow Mutual", "0")]
    path = tmp_path / "pipes.txt"
    path.write_text(PIPE_PREAMBLE + _pipe_cells(rows), encoding="utf-8")
    people = kg.extract(path).people
    got = [(p.name, p.positions, p.other_positions, p.address) for p in people]
    assert got == [("Margit A. Sorensen", ["Director"], ["Managing Partner"], "Vestry Hall Partners"),
                   ("Oscar D. Lindqvist", ["Director"], ["Chairman"], "Lindqvist Foundation"),
                   ("Thea M. Calloway", ["Treasurer"], [], "Harrow Mutual")]
    assert {(p.organization, p.citizenship) for p in people} == {("Harrow Mutual Holdings, Inc.", "United States")}


def test_pipe_cells_that_do_not_alternate_are_not_read_as_a_table():
    """A '|' line missing (the cells no longer alternate open, lines, close): no table is read."""
    from kg.forms.roster_pipecells import read_pipe_cells
    rows = [("Name", "Title", "Address"), ("Margit A. Sorensen", "Director", "Vestry Hall"),
            ("Oscar D. Lindqvist", "Director", "Lindqvist Foundation")]
    text = _pipe_cells(rows)
    assert read_pipe_cells(text, 0, len(text)) is not None
    broken = text.replace("|\nDirector\n|\n|\nVestry Hall", "|\nDirector\n|\nVestry Hall", 1)
    assert read_pipe_cells(broken, 0, len(broken)) is None


FUND_TABLE = """                             TRUSTEES AND OFFICERS

<TABLE>
<CAPTION>
-------------------------------------------------------------------------------------------------------
  NAME, ADDRESS                     POSITION(S) HELD WITH            PRINCIPAL OCCUPATION(S)
    AND AGE                                TRUST                      DURING PAST 5 YEARS
-------------------------------------------------------------------------------------------------------
<S>                                      <C>                    <C>
Ruth A. Kellerman                        Treasurer              Controller, Lanyard Advisers (since
14 Harbor Road, Suite 20                                        May 1999); Senior Accountant,
Salem, MA 01970                                                 Brightwater Trust Company (1990 to
41 years                                                        1999)
-------------------------------------------------------------------------------------------------------
Tobias N. Ferreira                       Trustee                Retired (since 1997); President,
88 Orchard Street                                               Ferreira Foundation (since 1980)
Lowell, MA 01852
72 years
</TABLE>
"""


def test_a_fund_table_with_centred_plural_headers_and_ages(tmp_path):
    """Headers printed centred over their columns and with '(S)' ('POSITION(S) HELD WITH / TRUST')
    name their columns; the age under the address ('41 years') is no part of the address; a
    date range in brackets stays with its occupation, while 'Retired (since 1997)' is no
    occupation."""
    path = tmp_path / "fund.txt"
    path.write_text(FUND_TABLE, encoding="utf-8")
    people = {p.name: p for p in kg.extract(path).people}
    ruth, tobias = people["Ruth A. Kellerman"], people["Tobias N. Ferreira"]
    assert (ruth.positions, ruth.bodies, tobias.positions, tobias.bodies) == (
        ["Treasurer"], ["executive officers"], ["Trustee"], ["trustees"])
    assert (ruth.address, ruth.address_city) == ("14 Harbor Road, Suite 20, Salem, MA 01970", "Salem")
    assert (tobias.address, tobias.address_city) == ("88 Orchard Street, Lowell, MA 01852", "Lowell")
    assert ruth.other_positions[0] == "Controller, Lanyard Advisers (since May 1999)"
    assert tobias.other_positions == ["President, Ferreira Foundation (since 1980)"]


LABELS_ABOVE = """                                   SCHEDULE I

      DIRECTORS AND EXECUTIVE OFFICERS OF KESTREL HOLDINGS A/S

1. VANG-OLESEN, Mette Kirstine
     Present Position with Kestrel Holdings A/S:
          Chair of the Board
     Citizenship:
          USA, Denmark
     Business Address:
          Strandvejen 12
          2900 Hellerup
          Denmark

2. WAY, Bill
     Present Position with Kestrel Holdings A/S:
          Board Director
     Citizenship:
          Denmark
     Business Address:
          Strandvejen 12
          2900 Hellerup
          Denmark

3. SAILLARD, Jean-Paul
     Present Position with Kestrel Holdings A/S:
          Chief Financial Officer
     Citizenship:
          France
     Business Address:
          Strandvejen 12
          2900 Hellerup
          Denmark
"""


def test_surname_headings_the_ner_misses_or_cuts_head_their_blocks(tmp_path):
    """'SURNAME, Given' alone above a block's first label heads that block, whole (a numbered
    line, a hyphenated surname, given names the NER leaves out or a short name it does not see):
    no part of a name is left in a value, and no address takes the next person's name; a dual
    citizenship ('USA, Denmark') just above a label is a citizenship, never a name."""
    path = tmp_path / "labels.txt"
    path.write_text(LABELS_ABOVE, encoding="utf-8")
    people = kg.extract(path).people
    got = [(p.name, p.positions, p.citizenship, p.address) for p in people]
    address = "Strandvejen 12, 2900 Hellerup, Denmark"
    assert got == [("Mette Kirstine Vang-Olesen", ["Chair of the Board"], "USA, Denmark", address),
                   ("Bill Way", ["Board Director"], "Denmark", address),
                   ("Jean-Paul Saillard", ["Chief Financial Officer"], "France", address)]


TWO_COLUMN_EUROPEAN = """                                   SCHEDULE I

      DIRECTORS AND EXECUTIVE OFFICERS OF KESTREL HOLDINGS A/S

<TABLE>
Name and Citizenship          Present Principal Occupation and Business Address
--------------------          ----------------------------------------
<S>                           <C>
Mette K. Vangsgaard           Chair of the Board of Kestrel
Denmark                       Holdings A/S; Professional Board
                              Director
                              Strandvejen 12
                              2900 Hellerup
                              Denmark

Torben Lykke                  Board Director of Kestrel Holdings
USA, Denmark                  A/S; Chief Economist of Apollo
                              Global Management
                              Via Caldera 21
                              20153 Milano
                              Italy
</TABLE>
"""


def test_a_european_street_line_starts_the_address_and_a_dual_citizenship_is_no_name(tmp_path):
    """'Strandvejen 12', 'Via Caldera 21' (the number after the street) start the address, not the
    occupation's last words; 'USA, Denmark' under a name is a dual citizenship, never a person
    ('Denmark Usa'); a roster heading in capitals is re-cased from the text, two-letter
    abbreviations too ('THE ST. PAUL ...' -> 'The St. Paul ...' where 'St. Paul' is printed)."""
    from kg.forms.roster_names import title_case
    from kg.forms.roster_org import recase
    path = tmp_path / "two.txt"
    path.write_text(TWO_COLUMN_EUROPEAN, encoding="utf-8")
    people = kg.extract(path).people
    got = [(p.name, p.citizenship, p.other_positions, p.address, p.address_city) for p in people]
    assert got == [("Mette K. Vangsgaard", "Denmark", ["Professional Board Director"],
                    "Strandvejen 12, 2900 Hellerup, Denmark", "Hellerup"),
                   ("Torben Lykke", "USA, Denmark", ["Chief Economist of Apollo Global Management"],
                    "Via Caldera 21, 20153 Milano, Italy", "Milano")]
    assert recase(title_case("THE ST. PAUL TRAVELERS COMPANIES, INC."), "of The St. Paul Travelers") == \
        "The St. Paul Travelers Companies, Inc."
    assert recase("US Steel", "us") == "US Steel"  # (no dot: an acronym, kept)


WRAPPED_NAMES = """                                   SCHEDULE I

      DIRECTORS AND EXECUTIVE OFFICERS OF KESTREL HOLDINGS A/S

                                     Business                    Present Principal Occupation
Name                  Citizenship    Address                     or Employment
-------------------   ------------   -------------------------   -------------------------
1. Mette Kirstine     Denmark        Strandvejen 12              Chair of the Board, Kestrel
Vangsgaard                           2900 Hellerup               Holdings A/S; Professional
                                     Denmark                     Board Director

2. Torben Lykke       Singapore      Strandvejen 12              Board Director, Kestrel
                                     2900 Hellerup               Holdings A/S; board member
                                     Denmark                     of Samsung Electronics,
                                                                 Korea

3. Francis Edmund     USA, United    Strandvejen 12              Board Director, Kestrel
Cyprian Hale          Kingdom        2900 Hellerup               Holdings A/S;
                                     Denmark                     Biopharmaceutical Consultant
"""


def test_numbered_names_that_wrap_in_their_column_stay_one_person(tmp_path):
    """A name too long for its column wraps onto the next line, unnumbered ('1. Mette Kirstine' /
    'Vangsgaard'; '3. Francis Edmund' / 'Cyprian Hale'): one person, not a second one; a country
    that ends a wrapped occupation ('Samsung Electronics,' / 'Korea') is the occupation's, not a
    second citizenship."""
    path = tmp_path / "wrapped.txt"
    path.write_text(WRAPPED_NAMES, encoding="utf-8")
    people = kg.extract(path).people
    assert [(p.name, p.citizenship) for p in people] == [("Mette Kirstine Vangsgaard", "Denmark"),
                                                        ("Torben Lykke", "Singapore"),
                                                        ("Francis Edmund Cyprian Hale", "USA, United Kingdom")]
    assert people[1].other_positions == ["board member of Samsung Electronics, Korea"]
    assert people[2].other_positions == ["Biopharmaceutical Consultant"]


HTML_A_S = ("<html><body><p>SCHEDULE A</p><p>EXECUTIVE OFFICERS AND DIRECTORS OF Kestrel Holdings A/S</p><table>"
            "<tr><td><p>Name</p></td><td><p>Citizenship</p></td><td><p>Present Principal Occupation</p></td>"
            "<td><p>Business Address</p></td></tr>"
            "<tr><td><p>Mette K. Vangsgaard</p></td><td><p>Denmark</p></td><td><p>Chair of the Board, Kestrel Holdings "
            "A/S; main board member of Samsung Electronics, Korea</p></td><td><p>Strandvejen 12, 2900 Hellerup, "
            "Denmark</p></td></tr>"
            "<tr><td><p>Torben Lykke</p></td><td><p>Denmark</p></td><td><p>Board Director, Kestrel Holdings A/S; "
            "Partner of Lykke Advokater</p></td><td><p>Strandvejen 12, 2900 Hellerup, Denmark</p></td></tr>"
            "</table></body></html>")


def test_a_heading_naming_an_a_s_company_and_never_an_organisation_from_the_table(tmp_path):
    """'... DIRECTORS OF Kestrel Holdings A/S' in mixed case names the roster's organisation (a
    name with '/'); the organisations the table's rows mention ('member of Samsung Electronics')
    are never the roster's own."""
    path = tmp_path / "roster.htm"
    path.write_text(HTML_A_S, encoding="utf-8")
    people = kg.extract(path).people
    assert [(p.name, p.organization, p.positions) for p in people] == [
        ("Mette K. Vangsgaard", "Kestrel Holdings A/S", ["Chair of the Board"]),
        ("Torben Lykke", "Kestrel Holdings A/S", ["Board Director"])]


HTML_CO_TITLE = ("<html><body><p align=center><b>SCHEDULE A</b></p><p align=center>INFORMATION CONCERNING DIRECTORS AND "
                 "EXECUTIVE OFFICERS OF HALDEN POWER CORPORATION</p><table><tr><td><b>Name and Position with the "
                 "Company</b></td><td><b>Citizenship</b></td><td><b>Principal Occupation and Business Address</b></td>"
                 "</tr><tr><td><b>Margit Solvang</b><br>Director, President, Co-Chief Executive Officer</td>"
                 "<td>Canada</td><td>Chairman, Halden Tech<br>751 Victoria Square<br>Montreal QC H2Y 2J3</td></tr>"
                 "<tr><td><b>Oskar Brenne</b><br>Director</td><td>Canada</td><td>President, Brenne Holdings Inc."
                 "<br>20 Bay Street<br>Toronto ON M5J 2N8</td></tr></table></body></html>")


def test_a_co_title_is_no_company(tmp_path):
    """'Co-Chief Executive Officer' after a comma is a title in the listed company: 'Co-' is no
    legal form ('Co.'), so the cell's titles are positions, not another organisation's."""
    path = tmp_path / "roster.htm"
    path.write_text(HTML_CO_TITLE, encoding="utf-8")
    margit = kg.extract(path).people[0]
    assert margit.other_positions == ["Chairman, Halden Tech"]
    assert "Co-Chief Executive Officer" in " ".join(margit.positions)


EMPLOYER_LINE = """                                   SCHEDULE I

      DIRECTORS AND EXECUTIVE OFFICERS OF HARROW FOODS, INC.

<TABLE>
Name and Citizenship          Present Principal Occupation and Business Address
--------------------          ----------------------------------------
<S>                           <C>
Ingrid T. Solberg             Director of Harrow Foods, Inc.
U.S.                          Fjord Shipping Bank
                              420 Montgomery Street
                              San Francisco, CA 94104

Walter K. Amundsen            Director of Harrow Foods, Inc.
U.S.                          Birch Valley Mills
                              88 Front Street
                              Omaha, NE 68102
</TABLE>
"""


def test_an_employer_line_after_a_title_naming_its_organisation_is_the_address(tmp_path):
    """'Director of Harrow Foods, Inc.' is whole; the organisation on the next line, just above the
    street, begins the address: the title stays a position in the listed company, never an
    other position with a second company run into it."""
    path = tmp_path / "two.txt"
    path.write_text(EMPLOYER_LINE, encoding="utf-8")
    people = kg.extract(path).people
    assert [(p.name, p.positions, p.other_positions, p.address_city) for p in people] == [
        ("Ingrid T. Solberg", ["Director"], [], "San Francisco"), ("Walter K. Amundsen", ["Director"], [], "Omaha")]
    assert people[0].address.startswith("Fjord Shipping Bank")


SIDE_BY_SIDE = """                        DIRECTORS AND EXECUTIVE OFFICERS

The names of the directors and executive officers of Harwick and their
business addresses and present principal occupation or employment are set forth below. If
no business address is given, the business address of such director or executive
officer is 1200 Quarry Road, Suite 40, Ogden, Utah 84401.

          DIRECTORS AND EXECUTIVE OFFICERS OF HARWICK

          Name                          Office/Position                   Citizenship       Business Address
          ----                          ---------------                   -----------       ----------------
          Marion T. Quayle              President                         United States of
                                        Director                          America
          Dennis Orwell                 Chief Financial Officer           United States of
                                                                          America
          Priya Ramaswamy               General Counsel                   India
          Walter K. Brandt              Director                          Germany
"""


def test_a_heading_naming_two_bodies_gives_no_one_a_seat(tmp_path):
    """'DIRECTORS AND EXECUTIVE OFFICERS OF X' above a table lists both bodies: it seats no one on
    the board. An officer whose row names no board title is no director (before: every person of
    the table held 'Director', a value on the wrong people); a director's title still seats him."""
    path = tmp_path / "side_by_side.txt"
    path.write_text(SIDE_BY_SIDE, encoding="utf-8")
    people = {p.name: p for p in kg.extract(path).people}
    assert set(people) == {"Marion T. Quayle", "Dennis Orwell", "Priya Ramaswamy", "Walter K. Brandt"}
    for officer, title in (("Dennis Orwell", "Chief Financial Officer"), ("Priya Ramaswamy", "General Counsel")):
        assert people[officer].positions == [title]
        assert people[officer].bodies == ["executive officers"]
    assert people["Walter K. Brandt"].bodies == ["board of directors"]
    assert "board of directors" in people["Marion T. Quayle"].bodies


ADDRESSES_AFTER = """                                   SCHEDULE I

      DIRECTORS AND EXECUTIVE OFFICERS OF BRANDVOLD SHIPPING ASA

Set forth below are the name, position with Brandvold Shipping ASA, present principal
occupation and citizenship of each director and executive officer of Brandvold
Shipping ASA. The business address of each of them follows the table.

Name                        Position                Principal Occupation                Citizenship
--------------------------  ----------------------  ----------------------------------  --------------
Eirik Haugland              Chair of the Board      Professional Board Director         Norway
Margit Solheim              Board Director          Chief Executive Officer, Fjordline  Norway
                                                    AS
Thomas O. Reinholt          Chief Financial                                             Sweden
                            Officer

The address of Eirik Haugland is Strandgaten 14, 5013 Bergen, Norway.

The address of Margit Solheim is Fjordline AS, Kanalveien 9, 5068 Bergen,
Norway.

The address of Anders Vik is Bryggen 3, 5003 Bergen, Norway.
"""


def test_address_sentences_after_a_table_give_each_person_theirs(tmp_path):
    """One 'The address of X is ...' sentence per person after a table without an address column:
    the table ends where the prose begins (in a longer table they ran into the last row's title, and a
    city line became a person), each sentence gives its address to the person of that name
    with its own span; a sentence naming nobody of the table gives nothing; a person without one
    has none."""
    path = tmp_path / "addresses_after.txt"
    path.write_text(ADDRESSES_AFTER, encoding="utf-8")
    filing = kg.extract(path)
    people = {p.name: p for p in filing.people}
    assert set(people) == {"Eirik Haugland", "Margit Solheim", "Thomas O. Reinholt"}
    assert people["Thomas O. Reinholt"].positions == ["Chief Financial Officer"]
    assert people["Thomas O. Reinholt"].address is None
    assert people["Eirik Haugland"].address == "Strandgaten 14, 5013 Bergen, Norway"
    assert people["Margit Solheim"].address_city == "Bergen"
    start, end = people["Margit Solheim"].spans["address"]
    assert ADDRESSES_AFTER[start:end] == "Fjordline AS, Kanalveien 9, 5068 Bergen,\nNorway"
    assert not any("Bryggen" in (p.address or "") for p in filing.people)



def test_a_title_that_holds_a_street_address_is_left_out_and_a_row_number_is_no_part_of_a_name(tmp_path):
    """The Ariel roster in the headerless four-column layout (tests/relayout.py), numbered, its
    occupation column empty: the title and address columns were read as one (by the stacked
    name-and-address reader, which now leaves a table with a third column alone), so a 'title'
    held '307 North Michigan Avenue, Suite 500' and each name began with its row number ('1. James
    W. Atkinson'). The table is read now; a title that still held a street address would be dropped
    by the consistency check with a roster-ambiguous finding rather than stated; the row's number
    is no part of the name (its span starts at the name)."""
    import sys
    from pathlib import Path
    sys.path.insert(0, str(Path(__file__).parent))
    import relayout

    from kg.context import Context
    from kg.forms.roster_guard import check_people
    from kg.records import Person
    roster = next(r for r in relayout.load_rosters(relayout.DATA / "relayout" / "people_dev.json")
                  if "Ariel" in r.organization)
    _suffix, text, expected = relayout.DEV_FAMILIES["headerless_four_column"](
        roster, relayout.Options(numbered=True, markers=False, width=28))
    path = tmp_path / "headerless.txt"
    path.write_text(text, encoding="utf-8")
    filing = kg.extract(path)
    assert {p.name for p in filing.people} == {p["name"] for p in expected}
    for person in filing.people:
        start, end = person.spans["name"]
        assert text[start:end] == person.name
        assert person.positions == next(p["positions"] for p in expected if p["name"] == person.name)
    ctx = Context(source="x", text=text)
    misread = Person(name="James W. Atkinson", positions=[
        "Executive Vice 307 North Michigan Avenue, Suite 500, President Chicago, Illinois 60601"])
    check_people(ctx, [misread])
    assert misread.positions == []
    assert any(w.code == "roster-ambiguous" and "street address" in w.message for w in ctx.warnings)
