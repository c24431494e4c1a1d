"""The tokeniser's fast path (split on spaces, regex only for the rest) gives what the token regex gives."""

from __future__ import annotations

import pytest
from conftest import POLNEAR, SEEDS, needs_shared

from claims.extract.tokens import _TOKEN, _strings, sentences, tokenize


@pytest.mark.parametrize("text", [
    "Rep. Glenn Thompson, R-Pa., said the U.S. had 250,000 troops in the '90s.",
    "He said:\u200b “no.” (AFP) Trump's voters’ — 3.5% of 1,000,0000 — said... ok?!",
    "a.m. p.m. Mr. Smith’s e-mail, O'Neill & Co. 12,345.67 x,y (yes) [no] 1,23",
    "  leading and   trailing\tspaces \u00a0 and a no-break space  ",
    "",
    "Zürich’s naïve café; Dvořák, 1½ and ² — Ελλάδα.",
])
def test_fast_path_gives_the_regex_tokens(text):
    assert _strings(text, 0, len(text)) == _TOKEN.findall(text)


@needs_shared
def test_fast_path_gives_the_regex_tokens_on_real_articles():
    paths = sorted(SEEDS.glob("*.txt")) + sorted((POLNEAR / "data" / "dev" / "text").glob("*.txt"))
    assert len(paths) > 80
    for path in paths:
        text = path.read_text(encoding="utf-8")
        # over a part of the text too: the regex reads offsets (pos, endpos) as the fast path reads a slice
        for a, b in ((0, len(text)), (len(text) // 3, 2 * len(text) // 3)):
            assert _strings(text, a, b) == _TOKEN.findall(text, a, b), path.name


def test_tokens_carry_absolute_offsets():
    text = "Intro. Then Rep. Ann Lee, R-Pa., said: it works."
    start = text.index("Then")
    toks = tokenize(text, start, len(text), [])
    assert [t.text for t in toks][:6] == ["Then", "Rep.", "Ann", "Lee", ",", "R-Pa."]
    assert all(text[t.start:t.end] == t.text for t in toks)


@pytest.mark.parametrize("text, expected", [
    # an abbreviation's full stop ends the sentence before a sentence's first word ...
    ("Cox says the plan will hurt the U.S. He says voters know it.",
     ["Cox says the plan will hurt the U.S.", "He says voters know it."]),
    ("The rally was in Burns, Ore. They left at noon.", ["The rally was in Burns, Ore.", "They left at noon."]),
    # ... and not before a name, which an abbreviation often introduces
    ("The U.S. Senate and Gov. Ann Lee met Sen. Hale in Washington, D.C. on Monday.",
     ["The U.S. Senate and Gov. Ann Lee met Sen. Hale in Washington, D.C. on Monday."]),
    # ... nor in the plural: "Sens." and "Govs." open lists of names
    ("Sens. Ted Hale and Ann Lee met Govs. Bo Lind and Per Moe.",
     ["Sens. Ted Hale and Ann Lee met Govs. Bo Lind and Per Moe."]),
    # "no." is an abbreviation before a number only
    ("Hale voted no. Lee spoke first.", ["Hale voted no.", "Lee spoke first."]),
    ("Hale is the No. 2 Democrat.", ["Hale is the No. 2 Democrat."]),
])
def test_sentences_split_after_an_abbreviation_only_before_a_sentence_opener(text, expected):
    toks = tokenize(text, 0, len(text), [])
    got = [text[toks[a].start:toks[b - 1].end] for a, b in sentences(toks, [])]
    assert got == expected
