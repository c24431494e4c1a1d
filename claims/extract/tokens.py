"""Paragraph text -> tokens and sentences, with each quoted stretch folded into one token.

Attribution reads the narrative around quotes, so a quote (marks included)
becomes a single ``Q`` token; words inside quotes are never taken as cues or
speakers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .quotes import QuoteSpan

# Abbreviations whose full stop does not end a sentence.
ABBREV = {
    "mr", "mrs", "ms", "dr", "sen", "rep", "reps", "gov", "gen", "lt", "col", "maj", "capt", "sgt",
    "adm", "prof", "rev", "st", "jr", "sr", "cmdr", "pres", "sec", "amb", "no", "mt", "ft", "vs",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "inc",
    "corp", "co", "ltd", "dept", "gov't", "approx", "est", "fig", "etc", "al", "ave", "blvd",
}

_TOKEN = re.compile(
    r"(?:[A-Za-z]\.){2,}"  # U.S., U.N., a.m.
    r"|[^\W_]+(?:[’'\-‐.&][^\W_]+)*(?:[’']s\b)?"  # words, with inner hyphens/apostrophes
    r"|[^\s]",  # any other single character
)


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int
    kind: str  # "w" word, "p" punctuation, "Q" a whole quote
    quote: int = -1  # index into the article's quote spans for kind "Q"

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def is_cap(self) -> bool:
        return self.kind == "w" and self.text[:1].isupper()

    @property
    def is_word(self) -> bool:
        return self.kind == "w"


def tokenize(text: str, start: int, end: int, spans: list[tuple[int, QuoteSpan]]) -> list[Token]:
    """Tokens of ``text[start:end]`` (absolute offsets); each quote span becomes one ``Q`` token.

    ``spans`` are (index, span) pairs for the quotes of this paragraph, in order.
    """
    toks: list[Token] = []
    pos = start
    for qi, sp in spans:
        toks.extend(_words(text, pos, sp.open_at))
        toks.append(Token(text[sp.open_at:sp.close_end], sp.open_at, sp.close_end, "Q", qi))
        pos = sp.close_end
    toks.extend(_words(text, pos, end))
    return toks


def _words(text: str, a: int, b: int) -> list[Token]:
    out: list[Token] = []
    for m in _TOKEN.finditer(text, a, b):
        s = m.group()
        if s in "\u200b\ufeff":
            continue
        kind = "w" if (s[0].isalnum()) else "p"
        if s == "." and out and out[-1].kind == "w" and out[-1].end == m.start() and (
                out[-1].lower in ABBREV or (len(out[-1].text) == 1 and out[-1].text.isupper())):
            prev = out.pop()
            out.append(Token(prev.text + ".", prev.start, m.end(), "w"))
            continue
        out.append(Token(s, m.start(), m.end(), kind))
    return out


_END = {".", "!", "?"}


def sentences(toks: list[Token], quote_texts: list[str]) -> list[tuple[int, int]]:
    """(first, last+1) token index ranges of the sentences of a paragraph."""
    out = []
    a = 0
    n = len(toks)
    for i, t in enumerate(toks):
        nxt = toks[i + 1] if i + 1 < n else None
        if nxt is None:
            break
        boundary = False
        if t.kind == "p" and t.text in _END:
            boundary = nxt.is_cap or nxt.kind == "Q" or nxt.text[:1].isdigit() or nxt.text in "(“\"‘'"
        elif t.kind == "Q":
            inner = quote_texts[t.quote].rstrip()
            # a quote that ends its own sentence (“... .”) followed by a capital starts a new one
            boundary = inner[-1:] in _END and (nxt.is_cap and nxt.lower not in _PRONOUN_CONT or nxt.kind == "Q")
        if boundary:
            out.append((a, i + 1))
            a = i + 1
    if a < n:
        out.append((a, n))
    return out


# A capitalised pronoun right after a closing quote can still be its attribution ("... .” He said.")
# only when followed by a cue; sentences() cannot see the cue, so it keeps these together.
_PRONOUN_CONT = {"he", "she", "they", "it", "we"}
