"""Round twelve of the roster guard (issue 13), on texts of our own making: a labelled block never takes a name
across the head of another entry ('(3) Member, Conseil de Surveillance:  Jean-Luc Marchetti'), and the name after
such a head's title is a name an entry must not run over (the swallowed-name check); and the mutation check
(tests/relayout_mutations.py) takes a title that names a body the person sits in as theirs."""
from relayout_mutations import violations

from kg.context import Context
from kg.forms.roster_blocks import read_blocks
from kg.forms.roster_entry import Entry
from kg.forms.roster_swallowed import check_swallowed

# a numbered roster whose entries are '(N) Title:  Name' lines with labelled values under them; one entry
# only has its own 'Principal Business Address:' block
ROSTER = """\
         PRINCIPAL BUSINESS ADDRESS:
         14
         RUE DE LA BOETIE
         75008 PARIS
         FRANCE

         DIRECTORS AND EXECUTIVE OFFICERS OF BELCOURT PARTICIPATIONS:

                  (1) Member, Conseil de Surveillance:  Henri Dulac

                                     Principal Occupation: Finance
                                     Department, Belcourt


                  (2) Member, Conseil de Surveillance:  Odile Ferrand.

                                     Principal Occupation: Head of
                                     Legal Department, Belcourt


                  (3) Member, Conseil de Surveillance:  Jean-Luc Marchetti

                                     Principal Business Address:
                                     9
                                     rue Royale
                                     75008 Paris
                                     France

                                     Principal Occupation:
                                     Managing Director, Belcourt


                  (4) Member, Conseil de Surveillance:  Pascale Vidal.

                                     Principal Occupation: Head of
                                     Audit Department, Belcourt
"""


def test_a_block_takes_no_name_across_another_entrys_head():
    blocks, orphans = read_blocks(ROSTER, 0, len(ROSTER), (0, 0), None)
    marchetti = next(b for b in blocks if "rue Royale" in b.value("address"))
    # the block under '(3) ... Jean-Luc Marchetti' is not 'Henri Dulac''s, printed two entries above it
    named = ROSTER[marchetti.name[0]:marchetti.name[1]] if marchetti.name else None
    assert named in (None, "Jean-Luc Marchetti")
    assert "Henri Dulac" not in {ROSTER[b.name[0]:b.name[1]] for b in blocks if b.name}
    assert "Henri Dulac" in {ROSTER[s:e] for s, e in orphans}  # reported, not attached


# a heading in title case (a name to the NER), then the organisation's numbered line and its block
HEADED = """\
                  Information Concerning The Reporting Person And
                     Its Executive Officers And Directors

1.       Belcourt

         PRINCIPAL BUSINESS ADDRESS:
         14 RUE DE LA BOETIE
         75008 PARIS

         DIRECTORS AND EXECUTIVE OFFICERS OF BELCOURT:

                  (1) Director; Chairman of the Board:  Henri Dulac


                  (2) Director:  Odile Ferrand.

                                     Principal Business Address:
                                     9 rue Royale
                                     75008 Paris
                                     France
"""


def test_a_block_takes_no_name_across_a_numbered_line():
    blocks, orphans = read_blocks(HEADED, 0, len(HEADED), (0, 0), None)
    names = {HEADED[b.name[0]:b.name[1]]: b for b in blocks if b.name}
    assert "Information Concerning" not in names  # '1.  Belcourt' stands between it and the block
    # (it was reported as a name no block took; since the twenty-seventh round (b) 'Information' makes no name:
    # a heading is no person, and no orphan either)
    assert "Henri Dulac" in names or "Henri Dulac" in {HEADED[s:e] for s, e in orphans}
    assert "9 rue Royale" in names["Odile Ferrand"].value("address")  # the name next to its block still takes it


def test_a_name_after_a_head_lines_title_is_a_swallowed_name():
    # an entry read from Henri Dulac's head line down to the block under Jean-Luc Marchetti's (whose name,
    # after the title of its own head line, no reader took): its values could be either's and are left out
    start = ROSTER.index("Henri Dulac")
    block = ROSTER.index("Principal Business Address:", start)
    entry = Entry(name="Henri Dulac", name_span=(start, start + len("Henri Dulac")),
                  evidence=(start, ROSTER.index("Principal Occupation:", block)),
                  fields={"address": "9 rue Royale 75008 Paris France"})
    ctx = Context(source="roster.txt", text=ROSTER)
    check_swallowed(ctx, [entry], [])
    assert entry.fields == {} and "address" in entry.refused
    found = [w for w in ctx.warnings if w.code == "roster-ambiguous"]
    assert len(found) == 1 and "'Odile Ferrand'" in found[0].message  # the first name it runs over


def test_an_entrys_own_head_name_is_no_swallowed_name():
    start = ROSTER.index("Jean-Luc Marchetti")
    entry = Entry(name="Jean-Luc Marchetti", name_span=(start, start + len("Jean-Luc Marchetti")),
                  evidence=(start, ROSTER.index("(4)")), fields={"address": "9 rue Royale 75008 Paris France"})
    ctx = Context(source="roster.txt", text=ROSTER)
    check_swallowed(ctx, [entry], [])
    assert entry.fields and not ctx.warnings


def test_a_title_naming_the_persons_own_body_is_theirs_for_the_mutation_check():
    # a Yes under a 'DIRECTOR' flag column states that a member of the board is a director, even where the
    # roster lists other titles for them; a title of a body they do not sit in stays another's value
    expected = [{"name": "Anne Roux", "bodies": ["board of directors", "executive officers"], "positions": ["Chairman"],
                 "other_positions": []},
                {"name": "Paul Brun", "bodies": ["board of directors"], "positions": ["Director"], "other_positions": []},
                {"name": "Luc Marais", "bodies": ["executive officers"], "positions": ["Treasurer"], "other_positions": []}]
    predicted = [{"name": "Anne Roux", "positions": ["Chairman", "Director"]},
                 {"name": "Luc Marais", "positions": ["Director"]}]
    assert violations(expected, predicted) == ["Luc Marais.positions = 'director' belongs to ['Paul Brun']"]
