"""Paragraph text -> tokens and sentences, with each quoted stretch folded into one token.

Attribution reads the narrative around quotes, so a quote (marks included)
becomes a single ``Q`` token; words inside quotes are never taken as cues or
speakers.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .lexicon import lexicon
from .quotes import QuoteSpan

# US state abbreviations in datelines and appositives ("retired in Cambridge, Mass., said")
STATE_ABBREV = frozenset({
    "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "ky", "la",
    "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "penn", "tenn",
    "tex", "va", "vt", "wash", "wis", "wisc", "wyo",
})
# Abbreviations whose full stop does not end a sentence.
ABBREV = {
    "mr", "mrs", "ms", "dr", "sen", "sens", "rep", "reps", "gov", "govs", "gen", "lt", "col", "maj", "capt", "sgt",
    "adm", "prof", "rev", "st", "jr", "sr", "cmdr", "pres", "sec", "amb", "no", "mt", "ft", "vs",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "inc",
    "corp", "co", "ltd", "dept", "gov't", "approx", "est", "fig", "etc", "al", "ave", "blvd",
} | STATE_ABBREV

_TOKEN = re.compile(
    r"[A-Za-z]\.(?:[A-Za-z]\.)+"  # U.S., U.N., a.m.
    # words, with inner hyphens and apostrophes; a number with thousands separators is one (250,000)
    r"|[^\W_]+(?:(?:[’'\-‐.&]|(?<=\d),(?=\d{3}(?!\d)))[^\W_]+)*(?:[’']s\b|(?<=s)[’'](?![^\W_]))?"
    r"|[^\s\u200b\ufeff]",  # any other single character (zero-width marks are skipped)
)


_PRONOUN_CONTRACTIONS = {
    p + q + t: q + t for p in ("he", "she", "it", "they", "we", "i", "you", "who") for q in "'’"
    for t in ("s", "ve", "d", "ll")
} | {"i'm": "'m", "i’m": "’m", "we're": "'re", "we’re": "’re", "they're": "'re", "they’re": "’re",
     "you're": "'re", "you’re": "’re"}


class Token(NamedTuple):
    """One word, punctuation mark or whole quote. A NamedTuple: immutable, and cheap to make by the
    tens of thousands (a frozen dataclass costs several times more per token)."""

    text: str
    start: int
    end: int
    kind: str  # "w" word, "p" punctuation, "Q" a whole quote
    quote: int = -1  # index into the article's quote spans for kind "Q"
    lower: str = ""  # computed once: attribution reads these many times per token
    is_cap: bool = False


def make_token(text: str, start: int, end: int, kind: str, quote: int = -1) -> Token:
    return Token(text, start, end, kind, quote, text.lower(), kind == "w" and text[:1].isupper())


def tokenize(text: str, start: int, end: int, spans: list[tuple[int, QuoteSpan]]) -> list[Token]:
    """Tokens of ``text[start:end]`` (absolute offsets); each quote span becomes one ``Q`` token.

    ``spans`` are (index, span) pairs for the quotes of this paragraph, in order.
    """
    toks: list[Token] = []
    pos = start
    for qi, sp in spans:
        toks.extend(_words(text, pos, sp.open_at))
        toks.append(make_token(text[sp.open_at:sp.close_end], sp.open_at, sp.close_end, "Q", qi))
        pos = sp.close_end
    toks.extend(_words(text, pos, end))
    return toks


# A token's text -> (kind, lower, is_cap, special); "special" marks a pronoun contraction to split or a
# full stop that may close an abbreviation. Words repeat, so most tokens cost one lookup.
_SHAPES: dict[str, tuple[str, str, bool, bool]] = {}


def _shape(s: str) -> tuple[str, str, bool, bool]:
    if len(_SHAPES) > 200_000:
        _SHAPES.clear()  # bounded: a long run over many articles must not grow it without end
    if s[0].isalnum():
        low = s.lower()
        shape = ("w", low, s[0].isupper(), low in _PRONOUN_CONTRACTIONS)
    else:
        shape = ("p", s, False, s == ".")
    _SHAPES[s] = shape
    return shape


_SPLIT_TAIL = frozenset(",.;:?!)")  # a mark that ends a word and is a token of its own: "said," -> "said" ","


def _strings(text: str, a: int, b: int) -> list[str]:
    """The token strings of ``text[a:b]``, as ``_TOKEN.findall`` gives them. Most stretches between spaces
    are one plain word, or a word and a comma or full stop; only the others go to the regex, at half the
    cost of running it over the whole stretch (a space costs it three failed alternatives)."""
    out: list[str] = []
    append = out.append
    findall = _TOKEN.findall
    for c in text[a:b].split():
        if c.isalnum():
            append(c)
        elif c[-1] in _SPLIT_TAIL and c[:-1].isalnum():
            append(c[:-1])
            append(c[-1])
        else:
            out.extend(findall(c))
    return out


def _words(text: str, a: int, b: int) -> list[Token]:
    out: list[Token] = []
    append = out.append
    find = text.find
    new = tuple.__new__  # a third of the cost of calling Token(...), token by token
    shapes = _SHAPES
    pos = a
    # token strings + str.find is markedly cheaper than finditer's match objects, token by token
    for s in _strings(text, a, b):
        start = find(s, pos)
        end = pos = start + len(s)
        kind, low, cap, special = shapes.get(s) or _shape(s)
        if not special:
            append(new(Token, (s, start, end, kind, -1, low, cap)))
        elif kind == "w":
            # "he's said", "they've told": the pronoun is the subject, the rest an auxiliary
            cut = len(low) - len(_PRONOUN_CONTRACTIONS[low])
            append(new(Token, (s[:cut], start, start + cut, "w", -1, low[:cut], cap)))
            append(new(Token, (s[cut:], start + cut, end, "w", -1, low[cut:], False)))
        elif out and out[-1].kind == "w" and out[-1].end == start and (
                out[-1].lower in ABBREV or (len(out[-1].text) == 1 and out[-1].text.isupper())
                or out[-1].lower.rpartition("-")[2] in ABBREV):  # "Rep. Glenn Thompson, R-Pa., said"
            prev = out.pop()
            append(new(Token, (prev.text + ".", prev.start, end, "w", -1, prev.lower + ".", prev.is_cap)))
        else:
            append(new(Token, (s, start, end, "p", -1, s, False)))
    return out


_END = {".", "!", "?"}
# Words that open a sentence and never follow an abbreviation inside one ("Gov. He" is no title and name).
_OPENERS = frozenset({"he", "she", "they", "it", "we", "the", "but", "this", "his", "her", "their", "there"})
_ENDERS = _END | {")"}
# Abbreviations that end a sentence before any capital: "voted no. Holt spoke first." ("No. 2" has a number after)
_ENDING_ABBREV = frozenset({"no.", "etc."})


def sentences(toks: list[Token], quote_texts: list[str]) -> list[tuple[int, int]]:
    """(first, last+1) token index ranges of the sentences of a paragraph."""
    out = []
    a = 0
    n = len(toks)
    # only a full stop (also an abbreviation's), a closing parenthesis or a quote can end a sentence
    for i in [i for i, t in enumerate(toks) if t.kind == "Q" or t.text[-1] in _ENDERS]:
        if i + 1 >= n:
            break
        t = toks[i]
        nxt = toks[i + 1]
        boundary = False
        if t.kind == "p" and t.text in _END:
            boundary = nxt.is_cap or nxt.kind == "Q" or nxt.text[:1].isdigit() or nxt.text in "(“\"‘'"
        elif t.kind == "w" and t.text[-1] == ".":
            # an abbreviation's full stop ends its sentence too when a sentence's first word follows it:
            # "... terrorist attacks in the U.S. He says ...", "... in Burns, Ore. They ..."
            boundary = nxt.is_cap and (nxt.lower in _OPENERS or t.lower in _ENDING_ABBREV)
        elif t.text == ")" and i > 0 and toks[i - 1].text in _END:
            boundary = nxt.is_cap or nxt.kind == "Q"  # "(... districts.) But if ..."
        elif t.kind == "Q":
            inner = quote_texts[t.quote].rstrip()
            # a quote that ends its own sentence (“... .”) followed by a capital starts a new one,
            # unless what follows is its attribution (“... ?” Biden said.)
            boundary = inner[-1:] in _END and (nxt.is_cap or nxt.kind == "Q") and not (
                i == a and _attribution_follows(toks, i + 1))
        if boundary:
            out.append((a, i + 1))
            a = i + 1
    if a < n:
        out.append((a, n))
    return out


# Words that may follow a cue when its clause only attributes ("X said on Monday", "said of the plan"):
# time, place, occasion; after them comes no new content.
# Words of time that end a name or a phrase after a cue: "said X | yesterday", "at a rally | last week".
TIME_ADVERBS = frozenset({"yesterday", "today", "tonight", "earlier", "later", "last", "this"})
CUE_TAIL = frozenset({"in", "on", "at", "to", "during", "after", "before", "when", "while", "as", "by", "from",
                      "with", "recently", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                      "sunday", "via", "about", "of", "again", "then"}) | TIME_ADVERBS
# after a quote that ends its sentence (“...?” Lichtman said afterwards): also adverbs of sequence
_ATTRIBUTION_TAIL = CUE_TAIL | {"into", "over", "through", "afterward", "afterwards", "back", "once", "too"}


def _attribution_follows(toks: list[Token], k: int) -> bool:
    """A cue verb within the next few words, before any punctuation: “...?” Biden said / said Biden."""
    lex = lexicon()
    for j in range(k, min(len(toks), k + 14)):
        t = toks[j]
        if t.kind != "w" and t.text != ",":
            return False
        lemma = lex.cue_lemma(t.text)
        width = 1
        if lemma is None and t.lower in lex.phrase_heads:  # "“...?” Trump went on, as if ..."
            phrase = lex.phrase_at([x.lower for x in toks[j:j + 5]])
            lemma, width = phrase, len(phrase.split()) if phrase else 1
            if j + width < len(toks) and toks[j + width].lower == "to":
                return False  # "She went on to say:" introduces what follows
        if lemma and (not t.text[:1].isupper() or toks[j - 1].text == ",") or t.text in ("Said", "Says", "Asked", "Added"):
            # (capitalised after an appositive: "“...!” Murphy, the head of the PAC, Tweeted on Friday")
            after = toks[j + width] if j + width < len(toks) else None
            # "Biden said." closes the quote before it; "Greene added that ...", "He added: “...”" and
            # "She noted a planned rally" open something new; "asked reporters" does not
            return after is None or after.text in (".", ",", "!", "?", ";") or after.is_cap \
                or after.lower in _ATTRIBUTION_TAIL or after.lower.endswith("ly") \
                or (lemma in ("ask", "tell") and after.kind == "w")
    return False
