"""Quote-mark pairing: (text, expected quoted stretches) tables, written for these tests."""

import pytest

from claims.extract.quotes import find_quote_spans


def spans(text: str) -> list[str]:
    return [text[s.start:s.end] for s in find_quote_spans(text)]


@pytest.mark.parametrize("text, expected", [
    ("He said “we will stay the course” on Friday.", ["we will stay the course"]),
    ('He said "we will stay the course" on Friday.', ["we will stay the course"]),
    ('"We are worried about the border,” the envoy said.', ["We are worried about the border,"]),
    ("she added that “the talks must go on in Vienna.\"", ["the talks must go on in Vienna."]),
    ("The minister said ‘no deal is possible’ today.", ["no deal is possible"]),
    ("Le ministre a dit « nous resterons ici » hier.", ["nous resterons ici"]),
    ("The voters' anger was plain in the '90s and they don't forget.", []),
    # a plural possessive inside a quote in single marks is no closing mark ...
    ("'We won't back down,' Berg said, 'and the voters' anger is real.'",
     ["We won't back down,", "and the voters' anger is real."]),
    ("‘And the workers’ unions agree,’ he added.", ["And the workers’ unions agree,"]),
    # ... but a closing mark before a cue, or before a word that follows no possessive, is
    ("'We need homes' said Berg. 'And the workers' unions agree,' he added.",
     ["We need homes", "And the workers' unions agree,"]),
    ("Only ‘One or Two Instances’ where Donations ‘Slipped through the Cracks.’",
     ["One or Two Instances", "Slipped through the Cracks."]),
    ("It’s a “two-way street,” Lavrov’s aide said.", ["two-way street,"]),
    ("“Outer text ‘inner words’ more text,” she said.", ["Outer text ‘inner words’ more text,"]),
    ("Not paying taxes ''makes me smart,'' he said.", ["makes me smart,"]),
    ("News.“All of the territory must be preserved,” he said.", ["All of the territory must be preserved,"]),
    # marks at a paragraph's edges, each paragraph on its own
    ("Intro line.\n‘We stay,’ she said.\nShe added ‘never again’", ["We stay,", "never again"]),
    ("Rock ’n’ roll is what the '60s gave us.\n'Tis the season, the mayor’s aide said.", []),
    ("It is “one paragraph\nand not the next” at all.", ["one paragraph"]),
    # invisible format characters pasted beside a mark (a direction mark, zero-width spaces) hide nothing
    ("Her post:\n\u202a”Sorry Sarah, you should have said ‘over my body‘!!” posted a reader.",
     ["Sorry Sarah, you should have said ‘over my body‘!!"]),
    ("She said \u200b“\u200bwe stay\u200b”\u200b and left, and ‘\u200bnever again\u2060’ too.",
     ["we stay", "never again"]),
])
def test_pairs_marks_of_every_style(text, expected):
    assert spans(text) == expected


def test_quote_over_several_paragraphs_runs_to_each_paragraph_end():
    text = "“The first part of it goes here.\n\n“And the second part ends here,” she said."
    assert spans(text) == ["The first part of it goes here.", "And the second part ends here,"]


def test_single_marks_open_at_a_paragraphs_end_run_on_when_they_open_it_or_follow_a_colon():
    # British style: each paragraph of a long quote reopens with a mark; apostrophes inside close nothing
    text = ("Speaking to the magazine, Jenna said: 'It's been the hardest year. I won't lie, I couldn't sleep.\n\n"
            "'But I've got amazing friends.'")
    assert spans(text) == ["It's been the hardest year. I won't lie, I couldn't sleep.",
                           "But I've got amazing friends."]
    assert spans("'We knew it would take years, and we kept going\n\nThe end.") == [
        "We knew it would take years, and we kept going"]
    # not a mark left open in the middle of a sentence, nor an elision
    assert spans("The band played 'Wonderwall and other songs all night.") == []
    assert spans("Sales: '90s levels were never matched again.") == []


def test_a_closing_mark_forgotten_before_the_attribution_ends_the_quote_there():
    text = ('"There was not a lot of education to parents, said Kessel, whose group is helping.\n\n'
            '"We never knew, she said, and went on.')
    assert spans(text) == ["There was not a lot of education to parents,", "We never knew,"]
    # (a guard: an attribution after the quote's closing mark, and a quote that goes on in the next paragraph)
    assert spans('"We knew it, as Smith said, from the start\n\n"And we said so."') == [
        "We knew it, as Smith said, from the start", "And we said so."]


def test_unbalanced_mark_does_not_lose_the_rest_of_the_article():
    text = ("He said “this never closes\n\n"
            "“A later quote is still found,” the spokesman said.\n\n"
            "And one more: “the last words here.”")
    got = spans(text)
    assert "A later quote is still found," in got
    assert "the last words here." in got


def test_offsets_are_python_str_indices():
    text = "Préambule — “déjà vu all over again,” he said."
    (s,) = find_quote_spans(text)
    assert text[s.start:s.end] == "déjà vu all over again,"
    assert text[s.open_at] == "“" and text[s.close_end - 1] == "”"
