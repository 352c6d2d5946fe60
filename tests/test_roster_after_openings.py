"""Where an address sentence after a roster may open (kg.forms.roster_after): after a full stop or at a line's start,
past any white space; never inside a sentence. Found from the phrase back since the fuzz bench's seed 37 input 114
(a 27 KB run of blanks and line breaks inserted in a roster) took 27 CPU seconds in the old forward scan; these pin
the rule the rewrite keeps (no timing here: benchmarks/fuzz.py measures it)."""
from kg.forms.roster_after import _named


def _names(text: str) -> list[str]:
    return _named(text, 0, len(text))


def test_a_sentence_after_a_full_stop_or_a_line_start_is_read():
    text = ("Each person is a citizen of Canada. The business address of John Smith is 1 Main Street, Toronto.\n"
            "   The address of Mary Jones is 2 King Street, Montreal.")
    assert _names(text) == ["John Smith", "Mary Jones"]


def test_a_sentence_at_the_start_of_the_text_is_read_past_blanks():
    assert _names("  \n\t The business address of John Smith is 1 Main Street, Toronto.") == ["John Smith"]


def test_a_phrase_inside_a_sentence_is_no_address_sentence():
    text = "He gave the business address of John Smith is 1 Main Street, Toronto."
    assert _names(text) == []


def test_a_long_run_of_blanks_and_line_breaks_before_the_sentence():
    """Fails on main 8ef8601: the name came twice (the forward scan matched the blank run, then an empty match at the
    phrase just after it)."""
    text = "Roster." + " \n" * 20_000 + "The business address of John Smith is 1 Main Street, Toronto."
    assert _names(text) == ["John Smith"]
