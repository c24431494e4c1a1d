"""The tokeniser's fast path (split on spaces, regex only for the rest) gives what the token regex gives."""

from __future__ import annotations

import pytest
from conftest import POLNEAR, SEEDS, needs_shared

from claims.extract.tokens import _TOKEN, _strings, tokenize


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
