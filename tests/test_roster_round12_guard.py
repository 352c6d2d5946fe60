"""Round twelve of the roster guard (issue 13), on texts of our own making: a labelled block never takes a name
across the head of another entry ('(3) Member, Conseil de Surveillance:  Jean-Luc Marchetti'), and the name after
such a head's title is a name an entry must not run over (the swallowed-name check)."""
from kg.context import Context
from kg.forms.roster_blocks import read_blocks
from kg.forms.roster_entry import Entry
from kg.forms.roster_guard import check_swallowed

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
