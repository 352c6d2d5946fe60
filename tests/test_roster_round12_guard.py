"""Round twelve of the roster guard (issue 13): a labelled block never takes a name across the head of
another entry ('(3) Member, Conseil de Surveillance:  Jean-Luc Marchetti'), on texts of our own making."""
from kg.forms.roster_blocks import read_blocks

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
