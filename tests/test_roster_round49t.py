"""Round 49t (issue 13, fold): the sentence-stop abbreviations of the roster readers are one data file,
kg/lookups/abbreviations.yml, read by named selections and validated on load; every reader's pattern
matches what it matched before."""
import pytest

from kg.errors import DataError
from kg.forms import (
    roster_bios,
    roster_bodies,
    roster_dash,
    roster_defined,
    roster_item2,
    roster_keyed_fields,
    roster_label_run_titles,
    roster_label_runs,
    roster_leaders,
    roster_numbered,
    roster_phrases,
)
from kg.lookups import abbreviations as ab


def test_a_selection_is_its_words_in_order_each_dot_a_printed_dot():
    assert ab.abbreviation_alternatives("keep_stop") == r"Inc|Corp|Co|Ltd|Jr|Sr|N\.A|L\.P|S\.A"
    assert ab.abbreviations("sentence_end") == "(?:Inc|Corp|Co|Ltd|Jr|Sr|Bros)"


@pytest.mark.parametrize("data, complaint", [
    ({"words": ["Inc", "Co"], "selections": {"sentence_end": ["Inc", "Co."]}}, "not in `words`"),
    ({"words": ["Inc", "C o"], "selections": {"sentence_end": ["Inc"]}}, "letters, inner dots"),
    ({"words": ["Inc", "N.A."], "selections": {"sentence_end": ["Inc"]}}, "letters, inner dots"),
    ({"words": ["Inc", "Inc"], "selections": {"sentence_end": ["Inc"]}}, "given twice"),
    ({"words": ["Inc"], "selections": {"sentence_end": []}}, "distinct words"),
    ({"words": ["Inc"]}, "expected `words` and `selections`"),
])
def test_the_file_is_validated_on_load(monkeypatch, data, complaint):
    monkeypatch.setattr(ab, "load_yaml", lambda name: data)
    ab._selections.cache_clear()
    try:
        with pytest.raises(DataError, match=complaint):
            ab.abbreviations("sentence_end")
    finally:
        ab._selections.cache_clear()


def test_a_selection_not_in_the_file_is_refused():
    with pytest.raises(DataError, match="no selection 'nowhere'"):
        ab.abbreviations("nowhere")


def test_the_shipped_file_loads_with_every_selection_a_reader_names():
    for name in ("sentence_end", "keep_stop", "numbered_clause", "item2_word", "leader_value", "leader_initial",
                 "label_value", "label_title", "dash_piece", "defined_term"):
        assert ab.abbreviations(name).startswith("(?:Inc|Corp|Co|Ltd")


def test_the_readers_keep_the_stop_of_an_abbreviation_and_not_of_a_sentence():
    assert roster_bios._ABBREVIATION.search("Forstmann Little & Co.") and not roster_bios._ABBREVIATION.search("Director.")
    assert roster_phrases._ABBREVIATION_END.search("Citibank, N.A.") and not roster_phrases._ABBREVIATION_END.search("Lane.")
    assert roster_bodies._KEEP_STOP.search("Morgan Guaranty, N.A.") and not roster_bodies._KEEP_STOP.search("Chairman.")
    assert roster_numbered._ABBREVIATION.search("100 Main ST") and roster_numbered._ABBREVIATION.search("Citibank, N.A")
    assert not roster_numbered._ABBREVIATION.search("100 Main Street")
    assert roster_item2._ABBREVIATION.fullmatch("MFG.") and not roster_item2._ABBREVIATION.fullmatch("Mfgs.")
    assert roster_keyed_fields._ABBREVIATED.search("ASTAR Air Cargo, Inc") and roster_keyed_fields._ABBREVIATED.search("U.S")
    assert not roster_keyed_fields._ABBREVIATED.search("Cargo Incorporated")
    assert roster_leaders._ABBREVIATION.search("12 Elm Ave.") and not roster_leaders._ABBREVIATION.search("12 Elm Avenue.")
    assert roster_leaders._INITIAL.search("Suite No") and not roster_leaders._INITIAL.search("Suite Nine")
    assert roster_label_runs._ABBREVIATION.search("John Lane, Esq.") and not roster_label_runs._ABBREVIATION.search("Counsel.")
    assert roster_label_run_titles._ABBREVIATION.search("Mrs") and not roster_label_run_titles._ABBREVIATION.search("Mistress")
    assert roster_dash._ABBREVIATION.search("Dept.") and roster_dash._ABBREVIATION.search("1 Rue Blvd.")
    assert not roster_dash._ABBREVIATION.search("Department.")
    assert roster_defined._ABBREVIATION.fullmatch("bros.") and not roster_defined._ABBREVIATION.fullmatch("brothers.")


def test_the_rule_lines_come_from_one_file_each_reader_with_its_own_flags():
    import re

    from kg.forms import (
        roster_centred_heads,
        roster_label_runs,
        roster_nameblocks,
        roster_prose_paragraphs,
        roster_stacked,
    )
    from kg.forms.roster_rule_lines import rule_line
    assert roster_keyed_fields._RULE_LINE.pattern == "(?m)" + rule_line("solid")
    assert roster_nameblocks._RULE_LINE.flags & re.M and roster_stacked._RULE_LINE.pattern == rule_line("solid_no_star")
    assert roster_stacked._RULE_LINE.sub("", "A\n  -----  \nB\n* * *\n") == "A\n\nB\n* * *\n"  # (no '*' rule here)
    assert roster_keyed_fields._RULE_LINE.sub("", "A\n***\nB") == "A\n\nB"
    assert roster_label_runs._RULE_LINE.match("x\n  ====  \nnext", 1).group(0) == "\n  ====  "
    assert roster_prose_paragraphs._PARAGRAPH.findall("Ann Lee is a director.\n-----\nBo Yu is one.") == [
        "Ann Lee is a director.", "-----", "Bo Yu is one."]
    assert roster_centred_heads._SEPARATOR.fullmatch("~ ~ ~") and not roster_centred_heads._SEPARATOR.fullmatch("~ ~")


def test_a_rule_line_not_in_the_file_or_not_compiling_is_refused(monkeypatch):
    from kg.forms import roster_rule_lines as rl
    with pytest.raises(DataError, match="no rule line 'nowhere'"):
        rl.rule_line("nowhere")
    monkeypatch.setattr(rl, "load_yaml", lambda name: {"solid": "^[ \t*$"})
    rl._rule_lines.cache_clear()
    try:
        with pytest.raises(DataError, match="'solid'"):
            rl.rule_line("solid")
    finally:
        rl._rule_lines.cache_clear()
