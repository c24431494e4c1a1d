"""Cue words and speaker mentions around a quote or a reported claim.

Works on the token list of one sentence (``tokens.py``), where every quote is
one ``Q`` token. The patterns, in the order they are tried:

- after the quote: ``“…,” X said``, ``“…,” said X``, ``“…,” X, the minister, said``,
  ``“…,” X was quoted as saying``, ``“…,” according to X``;
- before the quote: ``X said: “…”``, ``X said that “…”``, ``X told reporters “…”``,
  ``In a statement, X said: “…”``, ``According to X, “…”``, ``an assessment by X that … “…”``
  and partial quotes inside reported speech (``X said the US was “quite concerned”``);
  a participle cue (``…, saying “…”``) takes the subject of its sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from operator import itemgetter
from typing import NamedTuple

from .lexicon import lexicon
from .speakers import (
    CONNECTORS,
    DETERMINERS,
    NOT_NAMES,
    NUMBER_WORDS,
    PREPOSITIONS,
    is_day_or_month,
    is_nationality,
    is_possessive,
    norm_word,
)
from .tokens import STATE_ABBREV, TIME_ADVERBS, Token

# The dashes that set off a sign-off ("“...” — Jane Roe", "--Kim Hjelmgaard"), one token each.
DASHES = frozenset({"-", "—", "–", "―", "--"})
# Nouns that introduce whose words follow: "an assessment by X that ...".
NOUN_CUES = {"assessment", "statement", "claim", "claims", "remark", "remarks", "comments", "comment", "warning",
             "view", "suggestion", "allegation", "allegations", "accusation", "accusations", "assertion",
             "argument", "message", "tweet", "announcement", "admission", "promise", "pledge", "vow",
             "threat", "criticism", "words", "testimony", "complaint", "interview", "letter", "speech",
             "post", "posting", "op-ed", "essay", "column", "editorial", "report", "briefing", "memo", "contention"}
# Words that end a noun phrase when reading backwards from a cue.
_NP_STOP = {"that", "when", "while", "as", "after", "before", "because", "if", "since", "although",
            "though", "but", "than", "where", "which", "whom", "whose", "is", "was", "are", "were",
            "has", "have", "had", "be", "been", "will", "would", "could", "should", "can", "may",
            "might", "must", "not", "did", "does", "do", "so", "why", "how", "what", "whether",
            "until", "unless", "once", "whereas", "and", "or", "nor", "yet", "also", "then", "even"}
SUBORD_OPEN = {"after", "before", "when", "while", "as", "since", "ever", "even", "unless", "whether", "back",
                "because", "although", "though", "if", "once", "until", "during", "in", "on", "at", "with", "without", "for", "from",
                "amid", "despite", "following", "speaking", "according", "asked", "writing", "under",
                "over", "like", "unlike", "by", "ahead", "addressing", "responding", "reacting",
                "citing", "talking", "appearing", "meanwhile", "however", "separately", "earlier",
                "later", "still", "instead", "overall", "yet", "also", "but", "and", "so", "outside", "inside",
                "across", "throughout", "beyond", "near", "behind", "around", "alongside", "among", "against",
                "between", "beside", "besides", "within", "upon", "toward", "towards", "amongst", "aside"}
_TIME_NOUNS = {"week", "month", "year", "night", "morning", "afternoon", "evening", "weekend",
               "day", "days", "weeks", "months", "years"}
_TIME_PHRASE_HEADS = {("in", "the"), ("at", "the"), ("at", "one"), ("over", "the"), ("in", "recent")}
_TIME_MODS = {"last", "this", "earlier", "next", "that", "the", "previous", "on", "late", "early"}
# A word after "states", "reports" that makes it a plural noun: "the Rust Belt states have suffered".
_AFTER_PLURAL_NOUN = {"have", "are", "were", "will", "would", "can", "could", "should", "may", "might", "must",
                      "do", "did", "who", "which", "where", "like", "such", "of", "and", "or"}
# Forms that are verbs even after "that" or "which": "a sign that read", "bottles that said".
_PAST_SPEECH = {"said", "says", "told", "wrote", "writes", "read", "reads", "stated", "declared", "announced",
                "warned", "proclaimed"}
# "went on to say", "was quick to add": the infinitive after these reports the subject's words.
_GOES_ON_TO = {"went", "continued", "going", "goes", "go", "quick", "careful", "hastened", "sure"}


def _goes_on_to(toks: list[Token], c: int) -> int:
    """Where "was quick to" / "went on to" starts before the verb at ``c`` ("was quick to add", "she went on to
    say"): the index of "quick" / "went", or -1."""
    if c > 1 and toks[c - 1].lower == "to":
        if toks[c - 2].lower in _GOES_ON_TO:
            return c - 2
        if c > 3 and toks[c - 2].lower == "on" and toks[c - 3].lower in _GOES_ON_TO:
            return c - 3
    return -1


# "took to Twitter to say", "used her speech to call", "went on CNN to declare": the infinitive says what the
# subject of these did with the occasion, so it reports the subject's words.
_OCCASION_HEADS = {"took", "take", "takes", "taking", "turned", "turn", "turns", "turning", "used", "use", "uses",
                   "using", "went", "appeared", "appear", "appears", "appearing"}


def _occasion_head(toks: list[Token], c: int) -> int:
    """Where "took to Twitter" / "used the occasion" starts before "to" + the cue at ``c``, or -1."""
    if c < 3 or toks[c - 1].lower != "to":
        return -1
    for k in range(c - 2, max(0, c - 9), -1):
        t = toks[k]
        if t.lower in _OCCASION_HEADS:
            nxt = toks[k + 1].lower
            if t.lower.startswith(("took", "tak", "turn")) and nxt != "to" or \
                    t.lower.startswith(("went", "appear")) and nxt not in ("on", "before"):
                return -1
            return k if k + 1 < c - 1 else -1
        if t.kind != "w" or t.lower in ("that", "and", "but", "who", "which") or \
                t.lower == "to" and toks[k - 1].lower not in _OCCASION_HEADS:
            return -1
    return -1


def _someone_speaks_by(toks: list[Token], c: int) -> bool:
    """"to" + the cue at ``c`` reports someone's words: "prompted the mayor to declare", "took to Twitter to say"."""
    return _controlled(toks, c) is not None or _occasion_head(toks, c) >= 0


# "prompted the mayor to declare", "leading advisers like Gene Sperling to counter that": the object of these,
# made to speak, is the speaker of the infinitive.
_CONTROL = {"prompted", "prompting", "prompts", "prompt", "led", "leading", "leads", "forced", "forcing", "forces",
            "caused", "causing", "pushed", "pushing", "spurred", "spurring", "moved", "inspired", "inspiring",
            "drove", "driving", "compelled", "compelling", "provoked", "provoking"}


def _controlled(toks: list[Token], c: int) -> tuple[int, int] | None:
    """The object of a verb that makes someone speak, before "to" + the cue at ``c``: (start, end) of the
    object's tokens in "prompted the mayor, Tom Reyes, to declare", or None."""
    if c < 3 or toks[c - 1].lower != "to":
        return None
    for k in range(c - 2, max(0, c - 14), -1):
        t = toks[k]
        if t.lower in _CONTROL:
            end = c - 1
            while end > k + 1 and toks[end - 1].text == ",":
                end -= 1
            return (k + 1, end) if end > k + 1 else None
        if t.kind != "w" and t.text != "," or t.lower in ("to", "that", "and", "but"):
            return None
    return None

_PREPS_IN_NP = {"of", "to", "for", "at", "in", "from", "with", "on"}
# Determiners that stand alone as a subject before a verb in the past, or any verb after "the": "Several said",
# "Many argued", "the two write".
_COUNT_SUBJECTS = {"some", "several", "many", "two", "three", "one", "another", "others", "most", "both"}
# Words after which the antecedent of a restrictive relative starts: "leads among | voters who say".
_ANTECEDENT_CUT = _PREPS_IN_NP | {"about", "among", "by", "like", "including", "out", "up", "off", "under", "over",
                                  "near", "behind", "above", "below", "beside", "across", "along", "around",
                                  "through", "during", "into", "onto", "upon", "via", "outside", "inside"}
_PREP_BEFORE_NOUN = {"about", "of", "on", "with", "for", "from", "over", "amid", "despite", "into", "against"}


class Attribution(NamedTuple):
    """A cue and the tokens of its speaker mention (not yet resolved). A NamedTuple, like ``Token``: immutable,
    and several times cheaper to make than a frozen dataclass."""

    cue: str
    cue_index: int
    speaker: tuple[Token, ...]
    rule: str
    confidence: float


def is_cue(toks: list[Token], i: int, *, after_quote: bool = False, claim: bool = False,
           follows_quote: bool = False) -> str | None:
    """The lemma if ``toks[i]`` is a cue verb used as a verb here ("the report" is not).

    Cues of belief and evidence ("shows", "found") count only with ``claim``: for reported claims,
    never for quotations.
    """
    t = toks[i]
    lex = lexicon()
    if t.lower not in lex.cue_words:
        return None  # most words: no cue in any use
    lemma = lex.cue_forms.get(t.lower)
    if lemma is None and t.lower in lex.bare_forms and i > 0 and \
            _bare_verb(toks, i, claim, after_quote or follows_quote):
        lemma = t.lower
    if (lemma is None or lemma in lex.claim_only and not claim) and t.lower in lex.phrase_heads and t.kind == "w":
        # a multi-word cue whose head is no cue of its own: "Grant shot back", "She chimed in" (for a claim, one
        # whose head's own sense is no claim's: "wants to know whether", "made it clear that")
        phrase = lex.phrase_at([x.lower for x in toks[i:i + 5]])
        if phrase is None:
            return None
        nxt = i + len(phrase.split())
        # "he went on." / "she shot back: “...”" / "made clear that": not "went on a trip"; after a quote, a
        # manner or occasion may follow ("“...,” Bennett shot back with a laugh")
        if nxt + 1 < len(toks) and toks[nxt].lower.endswith("ly") and toks[nxt + 1].kind != "w":
            nxt += 1  # "Rubio fired back forcefully: “...”"
        if claim:  # a claim's phrase has its "that" clause: "pointed out that ...", "made it clear that ..."
            return phrase if nxt < len(toks) and toks[nxt].lower == "that" else None
        return phrase if nxt >= len(toks) or toks[nxt].kind != "w" or toks[nxt].lower == "that" or \
            (after_quote or follows_quote) and toks[nxt].lower in _PHRASE_TAIL else None
    if lemma is None or t.kind != "w" or (lemma in lex.claim_only and not claim) \
            or (lemma in lex.after_only and not (after_quote or follows_quote) and not
                (i + 2 < len(toks) and toks[i + 1].text in (",", ":") and toks[i + 2].kind == "Q")):
        return None  # ("the sign reads: “...”" introduces its quote)
    if after_quote and lemma in lex.before_only:
        return None
    if t.lower in lex.titles and i + 1 < len(toks) and toks[i + 1].lower in lex.titles and not toks[i + 1].is_cap:
        return None  # "White House press secretary Eva Strand": a title's first word
    prev = toks[i - 1].lower if i > 0 else ""
    if lemma in lex.noun_base and t.lower.endswith("s") and t.lower != lemma and not t.lower.endswith("ss"):
        # "reports", "comments": a plural noun unless a name or pronoun stands right before it
        p = toks[i - 1] if i > 0 else None
        ends = i + 1 >= len(toks) or toks[i + 1].text in (".", ",", ";")
        # "as the Heritage Foundation website notes:" introduces what follows
        colon = i + 1 < len(toks) and toks[i + 1].text == ":" and p is not None and p.kind == "w"
        if p is None or not (p.is_cap or
                             p.lower in ("he", "she", "it", "they", "we", "who", "which") or colon or
                             (after_quote or follows_quote) and ends) or \
                i + 1 < len(toks) and toks[i + 1].lower in _AFTER_PLURAL_NOUN or \
                p.lower in _BEFORE_PLURAL_NOUN or p.text.isdigit():
            # ("even if he doesn't win any states."; "all claims")
            return None  # "reports", "claims": a noun, unless "“...,” a voice-over in the ad states."
        if t.lower == "states" and not (after_quote or follows_quote) and \
                not (i + 1 < len(toks) and (toks[i + 1].lower in ("that", ":") or toks[i + 1].kind == "Q")):
            return None  # "the Southern states": a verb only as "the report states that ..."
    if prev in _PREP_BEFORE_NOUN and not (toks[i - 1].is_cap and i > 1 and toks[i - 2].kind in ("p", "Q")) \
            and not (prev == "over" and toks[i - 2].lower == "voice"):  # ("a voice over says" is the ad's narrator)
        return None  # "concerns about said ..." is no cue; "“...,” From said" is Al From's
    if i > 1 and toks[i - 2].lower == "to" and prev in lex.adverbs:
        return None  # "to further explain": an infinitive, not a report
    if (prev in DETERMINERS and not (prev in ("that", "which") and t.lower in _PAST_SPEECH)
            and not (prev in _COUNT_SUBJECTS and (t.lower != lemma and (t.lower.endswith(("ed", "d", "t")) or
                                                                          t.lower in _PAST_SPEECH)
                                                  or i > 1 and toks[i - 2].lower == "the"))) or \
            (is_possessive(prev) and len(prev) > 2) or prev in ("to", "of", "so-", "well-"):
        if not (prev == "to" and (lemma in lex.speech_lemmas and _goes_on_to(toks, i) >= 0 or
                                  (lemma in lex.speech_lemmas or lemma in lex.naming) and
                                  _someone_speaks_by(toks, i))):
            return None  # ("she went on to say:", "prompted the mayor to declare" report)
    if t.text[:1].isupper() and i > 0 and toks[i - 1].kind == "w":
        return None  # "Tell", "Said" inside a name or title
    if t.lower.endswith("ed") and (prev in NUMBER_WORDS or prev.isdigit() or prev in _DEGREE) and \
            i + 1 < len(toks) and \
            toks[i + 1].kind == "w" and not toks[i + 1].is_cap and toks[i + 1].lower not in _OBJECT_OPENERS and \
            toks[i + 1].lower not in DETERMINERS and toks[i + 1].lower not in _QUANTIFIERS and \
            toks[i + 1].lower not in SUBJECT_PRONOUNS:  # ("the statement by the two suggested both are ...")
        return None  # "the first of three planned strikes", "the most feared figures": an adjective before its noun
    if i + 1 < len(toks) and _modifies_compound(t, toks[i + 1]) and \
            not (i + 2 < len(toks) and toks[i + 2].lower in ("that", "to", "of", "about", "not")):
        return None  # "the city planning department said", "warning signs": a noun's modifier (not "a memo warning
        # staff that ...")
    if lemma == "ask" and i + 1 < len(toks) and toks[i + 1].lower in ("not", "for", "that") and \
            any(x.lower in _ANONYMITY for x in toks[i + 2:i + 8]):
        return None  # "who asked not to be named", "asked for anonymity": a condition, no words reported
    if lemma == "call":
        if t.lower == "called" and i > 1 and prev.isalpha() and not toks[i - 1].is_cap and \
                prev not in lex.person_nouns and prev not in lex.pronouns and \
                (toks[i - 2].lower in ("a", "an") or i > 2 and toks[i - 3].lower in ("a", "an")):
            return None  # "a consulting firm called Gavekal Dragonomics": a name given, not words said
        if t.lower == "called" and i + 1 < len(toks) and toks[i + 1].is_cap and \
                any(toks[x].lower in ("a", "an") and all(y.kind == "w" and y.lower not in _NOT_IN_A_NAMED_NP
                                                         for y in toks[x + 1:i])
                    for x in range(i - 2, max(-1, i - 6), -1)) and \
                (toks[i - 1].text.isupper() and len(prev) > 1 or not toks[i - 1].is_cap) and \
                prev not in lex.person_nouns:
            return None  # "a newly formed super PAC called Future 45", "a mall and spa called Bulgari Tower"
        j = i + 1
        while j < len(toks) and toks[j].lower in lex.weekdays + ("today", "yesterday", "again", "also", "repeatedly"):
            j += 1
        if j < len(toks) and toks[j].lower not in ("for", "on", "it", "this", "that", "the", "him", "her", "them",
                                                     "his", "their", "its") \
                and not toks[j].is_cap:
            return None  # "called a meeting" is an act; "called for", "called Trump a liar" report words
    return lemma


# Words that show a clause, not a noun phrase, between "a" and "called": "a candidate who has called Trump ...".
_NOT_IN_A_NAMED_NP = frozenset({"who", "which", "that", "has", "have", "had", "was", "were", "is", "are", "also"})
# Nouns an -ing form of a cue modifies as one word of a compound: "planning department", "talking points".
_ING_COMPOUND_HEADS = frozenset({
    "staff", "staffs", "department", "departments", "commission", "commissions", "board", "boards", "committee",
    "office", "director", "directors", "process", "points", "fees", "fee", "engagements", "engagement", "tour",
    "signs", "sign", "shots", "shot", "label", "labels", "requirement", "requirements", "session", "sessions", "room",
    "permission", "application", "applications", "stage", "documents", "document", "system", "systems", "light",
    "lights", "style", "career", "skills", "rights", "agency", "unit", "team", "teams", "officials", "official",
})
def _modifies_compound(word: Token, head: Token) -> bool:
    """An -ing form that is the first word of a compound noun with the word after it: "planning department"."""
    return word.lower.endswith("ing") and head.lower in _ING_COMPOUND_HEADS


# Documents a participle after them speaks for, and the verbs of issuing them: "The town released a statement saying".
ISSUED = frozenset({"statement", "statements", "letter", "letters", "release", "memo", "email", "e-mail", "report",
                     "note", "post", "tweet", "tweets", "video", "ad", "advertisement"})
_ISSUING = frozenset({"issued", "released", "sent", "wrote", "posted", "published", "put", "signed", "delivered",
                      "circulated", "filed", "distributed", "aired", "ran", "tweeted", "emailed", "e-mailed", "mailed",
                      "penned", "issues", "releases", "sends", "writes", "posts", "publishes", "puts", "signs"})


def _issuing_verb(toks: list[Token], doer: list[Token], lo: int) -> int | None:
    """The index of the verb that issued the document a participle follows ("The town released a statement
    saying", "put out a joint statement calling", "sent a letter to the council opposing"), or None."""
    k = next((x for x in range(len(doer) - 1, -1, -1) if doer[x].lower in ISSUED), None)
    if k is None or k < len(doer) - 1 and doer[k + 1].lower != "to":
        return None
    d = index_of(toks, doer[k])
    p = d - 1
    while p > max(lo, d - 5) and toks[p].kind == "w" and toks[p].lower not in _ISSUING and \
            (toks[p].lower in DETERMINERS or not toks[p].is_cap):
        p -= 1
    return p if p > lo and toks[p].lower in _ISSUING else None


def _issuer(toks: list[Token], doc: list[Token], lo: int) -> list[Token] | None:
    """The subject of the verb that issued the document ``doc`` ("The town released a statement"), or None."""
    v = _issuing_verb(toks, doc, lo)
    return subject_before(toks, v, lo) if v is not None else None


# What a source asks for who speaks on condition of anonymity.
_ANONYMITY = frozenset({"named", "identified", "anonymity", "quoted", "used", "name"})
# Things that bear words, the subject of a participle right after them: "held up a sign saying “...”".
_INSCRIBED = {"sign", "signs", "banner", "banners", "poster", "posters", "placard", "placards", "shirt", "shirts",
              "t-shirt", "t-shirts", "hat", "hats", "headline", "caption", "sticker", "stickers", "billboard"}
# Recordings of someone, whose participle after them is that someone's: "footage of Trump saying “...”".
_RECORDINGS = {"footage", "video", "videos", "clip", "clips", "audio", "recording", "recordings", "tape", "tapes"}
# Words that only stand before a noun: "any states", "all reports", "no comments".
_BEFORE_PLURAL_NOUN = {"any", "all", "both", "most", "no", "more", "few", "such", "every",
                       # a determiner or a possessive: "many of the same notes", "his remarks", "their reports"
                       "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "these", "those", "same",
                       "many", "several", "some", "other"}


def _bare_verb(toks: list[Token], i: int, claim: bool, after_quote: bool) -> bool:
    """A bare form that is also a noun ("hope", "quip", "add") is a verb here: after a plural subject for
    claims ("Democrats hope ...", "they claim ...") and right after a quote ("“...,” the Saudis state in");
    after a modal or "quick to" for quotes ("an aide could only quip", "was quick to add")."""
    if after_quote and _subject_after_quote(toks, i):
        return True
    if claim:
        return _plural_subject(toks[i - 1])
    if toks[i].lower in ("continue", "begin"):
        return False  # "would continue “to break barriers”": no report
    return _after_modal(toks, i) or i > 1 and toks[i - 1].lower == "to" and (
        toks[i - 2].lower in _GOES_ON_TO or _someone_speaks_by(toks, i))


# Words after a multi-word cue that still close its clause after a quote: "“...,” Bennett shot back with a laugh".
_PHRASE_TAIL = {"with", "at", "in", "on", "during", "from", "after", "before", "as", "while", "when"}

_MODALS = {"will", "would", "could", "can", "might", "may", "should", "must", "shall", "did", "does", "do",
           "’ll", "'ll", "’d", "'d"}
_AUXILIARIES = _MODALS | {"is", "was", "are", "were", "has", "had", "have"}


def _after_modal(toks: list[Token], i: int) -> bool:
    """toks[i] follows a modal or "do", over adverbs: a verb ("could only quip", "would later note")."""
    j = i - 1
    while j > 0 and toks[j].lower in lexicon().adverbs and toks[j].lower not in _MODALS:
        j -= 1
    return j >= 0 and toks[j].lower in _MODALS


def _subject_after_quote(toks: list[Token], i: int) -> bool:
    """toks[i] follows a plural subject that stands right after a quote: "“...,” the Saudis state in"."""
    j = i - 2 if i > 1 and toks[i - 2].lower == "the" else i - 1
    return j > 0 and _plural_subject(toks[i - 1]) and (toks[j - 1].kind == "Q" or toks[j - 1].text == ",")


def _plural_subject(t: Token) -> bool:
    """A word that can be the plural subject of a bare verb right after it: "they", "Democrats", "who"."""
    return t.lower in ("i", "we", "they", "you", "who") or \
        t.kind == "w" and t.lower.endswith("s") and not t.lower.endswith(("ss", "'s", "’s", "ous")) and \
        len(t.lower) > 3 \
        and lexicon().cue_lemma(t.lower) is None


# Two-word adverbs between a subject and its verb.
_ADVERB_PAIRS = {("at", "last"), ("at", "least"), ("in", "fact"), ("of", "course"), ("at", "times"), ("at", "first"),
                 ("once", "again"), ("in", "turn"), ("in", "part"), ("by", "contrast"), ("in", "private"),
                 ("in", "public")}


def _skip_back(toks: list[Token], j: int, lo: int) -> int:
    """Step left over adverbs, auxiliaries, time phrases and parentheses between a speaker and its cue."""
    lex = lexicon()
    while j > lo:
        t = toks[j]
        w = t.lower
        if w in lex.adverbs and not (t.is_cap and j > lo + 1 and w in ("will", "may")) or w == "not" or \
                (len(w) > 4 and w.endswith("ly") and t.kind == "w" and not t.is_cap):
            j -= 1  # (but "Will" and "May" inside a sentence are names: "which Will claims", "as May said")
        elif w == "ago":
            j -= 1  # "less than two weeks ago"
            while j > lo and (toks[j].lower in _TIME_NOUNS or toks[j].lower.isdigit() or toks[j].lower in
                              ("a", "an", "one", "two", "three", "four", "five", "six", "several", "few", "many",
                               "than", "less", "more", "about", "just", "only", "nearly", "almost")):
                j -= 1
        elif j - 1 > lo and (toks[j - 1].lower, w) in _ADVERB_PAIRS:
            j -= 2  # "had at last described", "has in fact said"
        elif w in lex.weekdays or w in ("today", "yesterday", "tonight"):
            j -= 1
            if j > lo and toks[j].lower in ("on", "late", "early", "last"):
                j -= 1
        elif w in ("past", "time", "point", "years") and j - 2 > lo and \
                (toks[j - 2].lower, toks[j - 1].lower) in _TIME_PHRASE_HEADS:
            j -= 3  # "who has in the past described", "at one point said", "over the years called"
        elif w in _TIME_NOUNS and j - 1 > lo and toks[j - 1].lower in _TIME_MODS:
            j -= 2
            if j > lo and toks[j].lower in ("earlier", "later", "on"):
                j -= 1
        elif w.isdigit() and j - 1 > lo and norm_word(toks[j - 1].text) in lex.months:
            j -= 2
            if j > lo and toks[j].lower == "on":
                j -= 1
        elif t.text == ")":
            k = j - 1
            while k > lo and toks[k].text != "(":
                k -= 1
            if k <= lo:
                break
            j = k - 1
        else:
            break
    return j


def _np_back(toks: list[Token], j: int, lo: int) -> list[Token]:
    """The noun phrase that ends at ``toks[j]``, read backwards (at most 14 tokens)."""
    lex = lexicon()
    k = j
    out: list[Token] = []
    while k > lo and len(out) < 14:
        t = toks[k]
        w = t.lower
        if t.kind == "Q" and not (out and _a_title(t) and k - 1 > lo and toks[k - 1].kind == "w") or \
                (t.kind == "p" and t.text not in (")", "&")):
            break  # (a title inside the phrase is one of its words: "a hat and “Ted Cruz” pins")
        if t.kind == "w" and not t.is_cap and (w in _NP_STOP or w in _PAST or lex.cue_lemma(w)
                                               or w.endswith(("n't", "n’t"))) and \
                not (w in lex.titles and out and out[-1].lower in lex.titles) and \
                not (out and _modifies_compound(t, out[-1])):
            break  # (not in "press secretary", "the city planning department")
        if t.text == ")":
            m = k - 1
            while m > lo and toks[m].text != "(":
                m -= 1
            k = m - 1
            continue
        out.append(t)
        k -= 1
    out.reverse()
    if out and out[-1].lower in ("he", "she", "it", "they", "we", "i"):
        return [out[-1]]  # "on Tuesday night he said": the pronoun is the subject
    if len(out) > 2 and out[1].lower in ("the", "a", "an") and not out[0].is_cap and k >= 0 and \
            toks[k].lower in ("which", "whose", "what"):
        out = out[1:]  # "at which point the crowd chanted": "which point" is the clause's opener, not its subject
    if len(out) == 1 and out[0].lower in NOT_NAMES and out[0].lower not in _QUANTIFIERS and \
            not (out[0].lower in ("one", "another") and j + 1 < len(toks) and toks[j + 1].kind == "w" and
                 toks[j + 1].lower not in ("who", "that", "which")):
        return []  # "And said ...": no subject here ("Some chanted ...", "One wrote: “...”" have one)
    # the phrase starts at a determiner, a capital, a pronoun or a number; drop leading prepositions
    while out and out[0].kind == "w" and not out[0].is_cap and out[0].lower in _PREPS_IN_NP:
        out.pop(0)
    if out and out[0].is_cap and out[0].lower in NOT_NAMES and out[0].lower not in DETERMINERS \
            and out[0].lower not in ("he", "she", "it", "they", "we", "i") and len(out) > 1 and \
            not (out[0].lower == "at" and out[1].lower in ("least", "most")):
        # "But Tillerson", "In Amman Tillerson": drop the opener ("At least half of voters" is one phrase)
        while out and out[0].lower in NOT_NAMES and out[0].lower not in DETERMINERS and len(out) > 1:
            out.pop(0)
    return out


def relative_subject(toks: list[Token], c: int, lo: int, pronouns: tuple[str, ...]) -> list[Token] | None:
    """The subject of a cue right after a restrictive relative pronoun: the pronoun, then its antecedent
    ("(handed out) water bottles that said", "(leads among) voters who say"); None when there is none."""
    if not (c - 2 > lo and toks[c - 1].lower in pronouns and toks[c - 2].kind == "w"):
        return None
    np = _antecedent(_np_back(toks, c - 2, lo))
    return [toks[c - 1]] + np if np else None


def _antecedent(np: list[Token]) -> list[Token]:
    """The noun phrase a relative pronoun refers to, from the words before it: the last phrase after a
    preposition or a participle ("release linked to the AP report, which" -> "the AP report")."""
    cut = max((k + 1 for k, x in enumerate(np) if x.lower in _ANTECEDENT_CUT and not (
        x.lower in ("of", "from", "for") and k and np[k - 1].is_cap)  # (not "Sen. Marco Rubio of Florida")
               or not x.is_cap and x.lower.endswith(("ed", "ing")) and len(x.lower) > 4 and
               not (k + 1 < len(np) and _modifies_compound(x, np[k + 1]))),
              default=0)  # (a participle, not "planning" in "the county's planning staff")
    return np[cut:]


def relative_clause_subject(toks: list[Token], q: int, lo: int) -> list[Token] | None:
    """ "who" and its antecedent when quote ``q`` stands in a relative clause about someone ("Trump, who has
    postured himself as the “law and order candidate,”"); None when the quote is outside one."""
    for k in range(q - 1, lo, -1):
        t = toks[k]
        if t.kind == "Q" or t.text in (",", ";", ":", "—", "–", "(", ")"):
            return None
        if t.lower == "who":
            b = k - 2 if k - 1 > lo and toks[k - 1].text == "," else k - 1
            antecedent = _antecedent(_np_back(toks, b, lo)) if b > lo else []
            if b == k - 1 and antecedent and not antecedent[-1].is_cap:
                return None  # "The lawyer who ran three marathons is already talking about “...”": restrictive
                # clauses often end before the quote, at the main verb
            return [t] + antecedent if antecedent else None
    return None


def clause_pronoun(toks: list[Token], q: int, lo: int, *, coordinated: bool = False) -> Token | None:
    """The pronoun that opens the clause holding quote ``q``; None when no such clause holds it.

    - an uncued quote's clause after "as", "and", "because" ...: "Perez is winning nods as he keeps talking
      about the “...”";
    - with ``coordinated``, a later quote's clause after ", but" / ", and", within the clause: "X said ... “...,”
      but he gave the Texan a back-handed compliment: “...”"."""
    openers = ("but", "and") if coordinated else _OWN_SUBJECT_AFTER
    for x in range(q - 2, lo + 1, -1):
        t = toks[x]
        if t.kind == "Q" or coordinated and t.text in (";", "."):
            return None
        if t.lower in ("he", "she", "they") and toks[x + 1].kind == "w" and toks[x - 1].lower in openers and \
                (not coordinated or x - 2 > lo and ends_on_comma(toks[x - 2])):
            return t
    return None


# Words after which a pronoun opens a clause of its own, not a report of the sentence subject's: "as he keeps
# talking about", "and he has long used". ("what he called" is left to the sentence subject, as in named_by.)
_OWN_SUBJECT_AFTER = {"as", "and", "which", "because", "when", "while"}


def ends_on_comma(t: Token) -> bool:
    """A comma, or a quote that closes on one (“... ,”): the end of a phrase or clause either way."""
    return t.text == "," or t.kind == "Q" and t.text.rstrip("”\"’'").endswith(",")


def _segments(toks: list[Token], lo: int, j: int) -> list[tuple[int, int]]:
    """Comma/dash separated segments of toks[lo+1 .. j] as (first, last) index pairs, last may be empty."""
    segs = []
    a = lo + 1
    for k in range(lo + 1, j + 1):
        if toks[k].text in (",", "—", "–") or (toks[k].text == "-" and toks[k].start > toks[k - 1].end):
            segs.append((a, k - 1))
            a = k + 1
    segs.append((a, j))
    return segs


# Words after which a quote is inside a noun phrase, a title, and does not end a clause: "the author of “...”".
_NP_INSIDE = frozenset({"of", "the", "a", "an"})


# The auxiliaries of a cue in -ing used as a finite verb: "is telling", "has been saying", "will be arguing".
_PROGRESSIVE_AUX = frozenset({"is", "are", "was", "were", "am", "be", "been", "has", "have", "had", "will", "would"})


def _progressive(toks: list[Token], k: int, lo: int) -> bool:
    """The cue in -ing at ``k`` is a finite verb with its auxiliary: "is telling", "has also been saying"."""
    return (b := _skip_back(toks, k - 1, lo)) > lo and toks[b].lower in _PROGRESSIVE_AUX


def _clause_start(toks: list[Token], j: int, lo: int) -> int:
    """Index before the clause that holds toks[j]: a quote, ';', ':', 'that' or the sentence start."""
    k = j
    while k > lo:
        t = toks[k]
        if t.kind == "Q" and not (k - 1 > lo and (toks[k - 1].lower in _NP_INSIDE or toks[k - 1].kind == "w" and
                                                  k < j and toks[k + 1].kind == "w" and _a_title(t) and
                                                  " " in t.text.strip())) or \
                t.text in (";", ":") or \
                (t.lower == "that" and k < j and not _relative_in_appositive(toks, k, j, lo)):
            return k  # (not a title inside a noun phrase: "Hemsley, the co-author of “Going Viral,” ..., said")
        k -= 1
    return lo


def _relative_in_appositive(toks: list[Token], k: int, j: int, lo: int) -> bool:
    """The "that" at ``k`` opens a relative clause inside an appositive that a comma closes at ``j`` ("The
    Syrian Observatory, a monitor that relies on sources, said"), not a clause of its own."""
    if toks[j].text != "," or toks[k - 1].kind != "w" or toks[k - 1].is_cap:
        return False
    p = next((x for x in range(k - 1, lo, -1) if toks[x].kind != "w"), lo)
    return p > lo and toks[p].text == "," and toks[p + 1].lower in ("a", "an", "the") and \
        not any(toks[x].text == "," for x in range(k + 1, j))


# A party and a state after a lawmaker's name: "R-Fla.", "D-N.Y.", "I-Vt."
_PARTY_TAG = re.compile(r"^[RDI]-[A-Z][A-Za-z.]*$")
# Verbs by which a source reports someone's words: "Xinhua quoted Wei Fenghe as saying ...".
_QUOTING = frozenset({"quoted", "quotes", "quoting", "cited", "cites", "citing"})
_PASSIVE_AUX = frozenset({"was", "were", "is", "are", "been", "being", "has", "have", "had"})


def subject_before(toks: list[Token], c: int, lo: int) -> list[Token] | None:
    """The speaker mention of the cue at ``c``: the subject before it, within toks[lo+1 .. c-1], with the names
    coordinated before it ("Clinton and Sanders said")."""
    np = _subject_before(toks, c, lo)
    if np and len(np) >= 3 and _reduced_relative(np[-1], np[-2]):
        np = np[:-1]  # "A survey released last week found", "A study published Tuesday found": the survey, the study
    if np and len(np) > 2 and np[1].lower == "by" and not np[0].is_cap and np[0].lower.endswith(("ed", "en")):
        np = np[2:]  # "he will be greeted by thousands of Germans protesting": the agent
    return _with_conjuncts(toks, np, lo) if np else np


# Words before a participle that are no nouns it could follow as a reduced relative ("those surveyed said", "the
# scholars I interviewed")
_NO_HEAD = frozenset({"those", "these", "all", "many", "most", "some", "few", "several", "others", "anyone"})


def _reduced_relative(last: Token, before: Token) -> bool:
    """A past participle that ends a subject after its noun, the rest of a reduced relative clause: "A survey
    released last week", "a poll conducted Monday" (not "those surveyed", "the newly elected")."""
    lex = lexicon()
    return last.kind == "w" and not last.is_cap and len(last.lower) > 5 and last.lower.endswith("ed") and \
        before.kind == "w" and before.lower not in DETERMINERS and before.lower not in _NO_HEAD and \
        before.lower not in lex.pronouns and not before.lower.endswith("ly") and before.lower not in lex.adverbs


def _with_conjuncts(toks: list[Token], np: list[Token], lo: int) -> list[Token]:
    """A subject with the names coordinated before it, which speak with it: "Clinton and Sanders said", "Britain,
    France and Germany said", "Mr. Trump and his aides said" (not "a senator from Vermont, and Clinton said", nor
    "In Paris, France said")."""
    if not (np[0].is_cap or np[0].lower in ("his", "her", "their")) or np[0].lower in SUBJECT_PRONOUNS or \
            any(t.kind == "w" and not t.is_cap and t.lower not in CONNECTORS for t in np[1:]) and np[0].is_cap:
        return np  # (a name, not "Clinton campaigns" nor "Ryan issued a statement")
    i = index_of(toks, np[0])
    if i - 2 <= lo or toks[i - 1].lower != "and" or toks[i - 2].kind != "w" or not toks[i - 2].is_cap:
        return np
    lex = lexicon()
    start = None  # the first word of the earliest conjunct accepted
    end = i - 1  # the conjunct ends before this
    while True:
        j = end - 1
        while j > lo and toks[j].kind == "w" and (toks[j].is_cap or toks[j].lower in ("of", "for") and
                                                  j - 1 > lo and toks[j - 1].is_cap):
            j -= 1
        run = toks[j + 1:end]
        if not run or run[0].lower in NOT_NAMES and run[0].lower not in DETERMINERS or \
                any(t.lower in lex.weekdays or t.lower in lex.months for t in run) or len(run) == 1 and (
                run[0].lower in lex.adverbs or run[0].lower.endswith(("ly", "wards"))):
            break  # "On Friday, Britain and France said", "Afterwards, Clinton and Sanders said": the list starts
            # after the opening phrase
        opens = j <= lo or toks[j].text in (",", "—", "–") or toks[j].lower in ("but", "and", "yet", "so")
        if not opens and toks[j].lower == "the" and start is None and (
                j - 1 <= lo or toks[j - 1].text in (",", "—", "–") or toks[j - 1].lower in ("but", "and", "yet", "so")):
            start = j  # "..., the Centers for Disease Control and Prevention said"
            break
        if not opens:
            return np  # a list inside a longer name: "the National Academies of Sciences, Engineering and Medicine"
        start = j + 1
        if j > lo and toks[j].text == "," and j - 1 > lo and toks[j - 1].kind == "w" and toks[j - 1].is_cap:
            end = j
            continue
        break
    return np if start is None else toks[start:i] + np


def _subject_before(toks: list[Token], c: int, lo: int) -> list[Token] | None:
    j = c - 1
    ctl = _controlled(toks, c)
    if ctl is not None and ctl[0] > lo:  # "The record prompted the mayor to declare"
        return toks[ctl[0]:ctl[1]]
    g = _goes_on_to(toks, c)
    if g < 0 and (h := _occasion_head(toks, c)) > lo:  # "Trump took to Twitter to call"
        j = h - 1
    if g > lo:  # "Ortiz was quick to add", "she continued to say", "she went on to say"
        j = g - 1
        if toks[g + 1].lower == "to":  # ("was quick to")
            while j > lo and toks[j].lower in ("was", "were", "is", "are", "been", "be"):
                j -= 1
    # "X was quoted as saying", "X was quoted by Xinhua as saying": X; "Xinhua quoted Defense Minister Wei Fenghe as
    # saying": the one quoted
    if toks[c].lower in ("saying", "telling") and j - 1 > lo and toks[j].lower == "as" and \
            (q := next((x for x in range(j - 1, max(lo, j - 8), -1) if toks[x].lower in _QUOTING), None)) is not None \
            and all(t.kind == "w" for t in toks[q + 1:j]):
        if q + 1 < j and toks[q + 1].lower != "by" and toks[q - 1].lower not in _PASSIVE_AUX:
            return toks[q + 1:j]
        j = q - 1
        while j > lo and toks[j].lower in _PASSIVE_AUX:
            j -= 1
    # perceived: "a reporter can be heard asking", "Trump was caught on tape saying"
    if toks[c].lower.endswith("ing") and j > lo and toks[j].lower in ("heard", "seen", "caught", "overheard", "filmed",
                                                                     "recorded", "shown"):
        j -= 1
        while j > lo and toks[j].lower in ("be", "was", "were", "is", "are", "been", "can", "could", "being"):
            j -= 1
    j = _skip_back(toks, j, lo)
    if toks[c].lower.endswith("ing") and j > lo and toks[j].lower in _PROGRESSIVE_AUX:
        while j > lo and toks[j].lower in _PROGRESSIVE_AUX:
            j -= 1  # "The senator is telling reporters", "she has been saying"
        j = _skip_back(toks, j, lo)
    if j <= lo:
        return None
    if toks[j].lower in ("and", "but") and j - 1 > lo and toks[j - 1].kind == "w":
        return _coordinated_subject(toks, j, lo)
    if toks[j].lower in ("who", "which") and j - 2 > lo and toks[j - 1].text in (",", "-", "—", "–"):
        # "Donald Trump, who proclaimed that ...": the mention is "who", its antecedent names it
        antecedent = _antecedent(_np_back(toks, j - 2, lo))
        return [toks[j]] + antecedent if antecedent else None
    start = _clause_start(toks, j, lo)
    segs = _segments(toks, start, j)
    if segs[-1][1] < segs[-1][0]:
        # comma right before the cue: "X, the foreign minister, said" / "X, on Twitter, stressed"
        candidates = [s for s in segs[:-1] if s[1] >= s[0]]
        w = len(candidates) - 1
        while w > 0 and toks[candidates[w][0]].lower in SUBORD_OPEN:
            w -= 1
        if 0 < w < len(candidates) - 1 and candidates[w][0] == candidates[w][1] and \
                toks[candidates[w][0]].lower == "who":
            a, b = candidates[w - 1]  # "Bret Stephens, who, after trading insults with Hannity, said"
            antecedent = _np_back(toks, b, a - 1)
            if antecedent:
                return [toks[candidates[w][0]]] + antecedent
        rel = next((i for i, (a, _) in enumerate(candidates) if i and toks[a].lower in ("who", "whose")), None)
        if rel is not None:  # "Rubio, whose hometown, Miami, is ..., argues": the relative clause's antecedent
            candidates = candidates[:rel + 1]
        where = next((i for i in range(len(candidates) - 2, 0, -1) if toks[candidates[i][0]].lower == "where" and
                      candidates[i][0] < candidates[i][1]), None)
        if where is not None:
            # "She studied at the institute, where a professor, Endel Rand, called her ...": the cue is the
            # relative clause's, and so is its subject, not the main clause's
            candidates = [(candidates[where][0] + 1, candidates[where][1])] + candidates[where + 1:]
        nps = []
        for a, b in reversed(candidates[:-1] if len(candidates) > 1 else candidates):
            if a < b and toks[a].lower in ("but", "and", "so", "yet") and all(t.is_cap for t in toks[a + 1:b + 1]):
                a += 1  # "But Tom Miller, at a consulting firm called ..., argues": the name after the conjunction
            first = toks[a].lower
            if first in _SUBORDINATORS and a + 1 <= b and toks[a + 1].is_cap:
                np = _np_back(toks, b, a)  # "when Mr. Buchanan, who had failed ..., called for"
                if np and np[0] is toks[a + 1] and all(t.is_cap or t.kind == "p" for t in np):
                    nps.append(np)
                continue
            if first in SUBORD_OPEN or first == "who":
                continue
            np = _np_back(toks, _skip_back(toks, b, a - 1), a - 1)
            if np and len(np) == 1 and _PARTY_TAG.match(np[0].text):
                continue  # "Rep. Matt Gaetz, R-Fla., a critic of the speaker, said": a party and state, no one
            if np and (any(t.is_cap and not is_day_or_month(t.lower) for t in np) or
                       np[0].lower in ("he", "she", "it", "they", "we")):
                nps.append(np)  # (not a time: "conceded defeat late Tuesday night, ...")
        # "Giovanni Vian, the editor of the Vatican's newspaper, L'Osservatore Romano, said": the name
        # before its descriptions
        # (not a description with its owner: "Ana Lind’s spokesman, Ivo Berg, said" is Ivo Berg)
        named = [np for np in nps if np[0].is_cap and np[0].lower not in DETERMINERS and
                 not (len(np) > 1 and np[-1].kind == "w" and not np[-1].is_cap and _with_owner(np))]
        if len(candidates) > 1 and (not named or len(named[0]) == 1):
            # "Tuesday in Berea, OH, after winning Ohio, Gov. John Kasich (R-OH), said": a titled name right
            # before the comma, over a lone capitalised word before it
            a, b = candidates[-1]
            last = _np_back(toks, b, a - 1)
            if len(last) >= 3 and norm_word(last[0].text) in lexicon().titles and last[1].is_cap:
                return last
        if not named and nps and len(candidates) > 1:  # "the Vatican spokesman, Federico Lombardi, told"
            a, b = candidates[-1]
            last = _np_back(toks, b, a - 1)
            if last and all(t.is_cap for t in last) and last[0].lower not in DETERMINERS and len(last) >= 2:
                return last
            if len(last) >= 3 and last[0].lower == "the" and all(t.is_cap for t in last[1:]):
                return last  # "The pilots' union, the Air Line Pilots Association, said": the name
        if named or nps:
            return (named or nps)[0]
        if candidates:
            # the last segment that is no aside: "But an aide, speaking on background, said"
            own = [s for s in candidates if toks[s[0]].lower not in SUBORD_OPEN and
                   toks[s[0]].lower not in ("who", "whose", "which") or
                   toks[s[0]].lower in ("but", "and", "yet", "so") and s[0] < s[1] and
                   toks[s[0] + 1].lower in DETERMINERS]  # (nor a relative clause: "a neighbor, who lives nearby,")
            if not own:
                return None  # asides only: "a statement that, while condemning violence, accused" is not violence's
            seg = own[-1]
            if len(own) > 1 and toks[seg[0]].lower in ("a", "an"):
                seg = own[-2]  # "the councilman, a Democrat from the east side, told": the head, not its apposition
            np = _np_back(toks, _skip_back(toks, seg[1], seg[0] - 1), seg[0] - 1)
            return np or None
        return None
    a, b = segs[-1]
    np = _np_back(toks, b, a - 1)
    if len(segs) == 2 and a < b and toks[a].lower in ("a", "an") and np and np[0] is toks[a] and \
            (n := segs[0])[0] == start + 1 and n[1] > n[0] and toks[n[0]].lower not in NOT_NAMES and \
            all(t.kind == "w" and t.is_cap for t in toks[n[0]:n[1] + 1]):
        return toks[n[0]:n[1] + 1]  # "Doug Andres, a spokesman for the speaker told the Post": the comma forgotten
    rel = next((x for x in range(a + 1, b) if toks[x].lower == "who" and toks[x - 1].kind == "w"), None)
    if rel is not None and np and np[0].start > toks[rel].start:
        head = _np_back(toks, rel - 1, a - 1)  # "a White House official who spoke anonymously ... said"
        if head:
            return head
    return np or None


def _with_owner(np: list[Token]) -> bool:
    """A noun phrase with an owner's name in it: "Ana Lind’s spokesman"."""
    return any(t.text.endswith(("’s", "'s", "s’", "s'")) for t in np[:-1])


def _coordinated_subject(toks: list[Token], j: int, lo: int) -> list[Token] | None:
    """The pronoun subject shared by a verb after "and"/"but" at ``j``: the one that opens the clause before
    it ("when he brought up the bombing and later said", "he laughed and said"), also over a series of verbs
    ("he looked into the camera, furrowed his brow and said"); None when there is none."""
    for _ in range(3):
        b = j - 1
        while b > lo and toks[b].kind != "Q" and toks[b].text not in (",", ";", ":") and \
                toks[b].lower not in _SUBORDINATORS and toks[b].lower not in ("that", "who", "which"):
            b -= 1
        comma = b
        b += 1
        while b < j and toks[b].lower in ("and", "but", "so", "then"):
            b += 1
        if toks[b].lower in SUBJECT_PRONOUNS:
            return [toks[b]]
        if not (toks[comma].text == "," and toks[b].lower.endswith("ed") and not toks[b].is_cap):
            return None
        j = comma  # one verb of a series: the subject opens the clause before
    return None


# A noun phrase read forwards ends before these: "said X | on Monday", "said X | yesterday in Doha".
_NP_AFTER_END = {"in", "on", "at", "during", "after", "before", "who", "that", "when", "while", "as", "and", "but",
                 "which", "adding", "saying"} | TIME_ADVERBS


def subject_after(toks: list[Token], i: int, hi: int) -> list[Token] | None:
    """The noun phrase right after an inverted cue ("said X, a spokesman") or "according to"."""
    out: list[Token] = []
    k = i
    while k < hi and len(out) < 12:
        t = toks[k]
        if t.kind != "w" and t.text not in ("&",) or (not t.is_cap and t.lower in _NP_AFTER_END) or \
                out and out[-1].is_cap and not t.is_cap and len(t.lower) > 5 and t.lower.endswith("ing") and \
                k + 1 < hi and toks[k + 1].lower in DETERMINERS:
            break  # (a participle after a name opens a clause: "a tweet from Trump featuring an image of ...", not
            # "Oversight ranking Democrat Elijah Cummings")
        if not out and not (t.is_cap or t.lower in DETERMINERS or t.lower in ("he", "she", "it", "they", "we")
                            or t.lower in lexicon().titles or t.lower in lexicon().person_nouns
                            or any(x.is_cap for x in toks[k + 1:min(hi, k + 4)])):
            # (a name close behind: "farmer Joe Pratt", "master of ceremonies Asab Al-Tabchi")
            return None
        out.append(t)
        k += 1
    if out and out[-1].is_cap and k + 1 < hi and toks[k].lower == "and" and toks[k + 1].is_cap and \
            toks[k + 1].lower not in NOT_NAMES:
        e = k + 1
        while e < min(hi, k + 8) and toks[e].is_cap and toks[e].kind == "w":
            e += 1
        out += toks[k:e]  # names coordinated after the cue speak together: "said Clinton and Sanders"
    if len(out) > 1 and out[0].lower in ("he", "she", "it", "they", "we"):
        return None  # "“...,” says she warned about surprises": a clause of the cue's own, no inverted subject
    return out or None


_OPENERS = {"moreover", "given", "thus", "therefore", "hence", "furthermore", "additionally", "nevertheless",
            "nonetheless", "otherwise", "perhaps", "maybe", "instead", "rather", "first", "second", "third",
            "finally", "ironically", "notably", "importantly", "specifically", "overall", "clearly",
            "obviously", "sure", "yes", "no", "well", "oh", "okay", "ok", "asked", "told", "whatever",
            "everyone", "everybody", "someone", "somebody", "nobody", "anyone", "anybody", "people", "here",
            "hours", "days", "weeks", "months", "years", "decades", "beyond"}  # ("Days after the vote, Lind ...")


def not_a_name_opener(w: str) -> bool:
    """Sentence-initial words that are capitalised only by position: adverbs, participles, connectives."""
    w = w.replace("’", "'")
    if w.endswith(("'s", "'re", "'ll", "'d", "'ve")):
        w = w.rsplit("'", 1)[0]
        if w in NOT_NAMES or w in ("that", "it", "there", "here", "what", "who", "this"):
            return True
    # ("Carly Fiorina", "Kelly Ayotte": given names, not adverbs)
    return w in _OPENERS or (len(w) > 4 and w.endswith(("ly", "ing", "ed")) and w not in lexicon().female_names)


def after_dateline(toks: list[Token], k: int, hi: int) -> int:
    """Index after a dateline ("BEIRUT:", "JACKSON, Miss. -", "WASHINGTON (AP) --"), or k."""
    j = k
    while j < hi and toks[j].kind == "w" and toks[j].text.isupper() and len(toks[j].text) > 1:
        j += 1
    if j == k and k + 3 < hi and toks[k].is_cap and toks[k + 1].text == "(" and toks[k + 2].text.isupper():
        j = k + 1  # "Washington (AFP) –"
    if j == k:
        return k
    if j < hi and toks[j].text == ",":  # ", Miss." / ", Calif."
        j += 1
        while j < hi and toks[j].kind == "w" and (toks[j].is_cap or toks[j].text.isdigit()) and j - k < 6:
            j += 1  # ", Miss." / ", July 25"
    if j < hi and toks[j].text == "(":
        while j < hi and toks[j].text != ")":
            j += 1
        j += 1
    while j < hi and toks[j].text in (":", "—", "–", "-", "--"):
        j += 1
    return j if j > k and toks[j - 1].text in (":", "—", "–", "-", "--") else k


_QUANTIFIERS = {"some", "many", "most", "others", "several", "few", "both", "all"}
# Degree words before an adjective: "the most feared figures", "a widely reported case".
# (not adverbs that stand before verbs as well: "which has long supported the rebels")
_DEGREE = frozenset({"most", "more", "less", "least", "very", "highly", "widely"})
_PAST = {"began", "made", "took", "went", "came", "gave", "got", "told", "said", "wrote", "left", "led", "sued",
         "ran", "saw", "spoke", "put", "set", "kept", "held", "brought", "found", "thought", "felt", "stood",
         "sat", "won", "lost", "met", "paid", "sent", "spent", "built", "became", "seemed", "has", "had",
         "is", "was", "are", "were", "will", "would", "can", "could", "may", "might", "must", "should",
         "does", "did", "says", "tells", "adds", "also", "who", "which", "that", "not",
         # irregular past forms that are no nouns ("the campaign laid out its math")
         "laid", "drew", "chose", "struck", "threw", "sought", "taught", "caught", "bought", "fought", "meant",
         "sold", "swore", "grew", "knew", "drove", "shook", "fled", "stole", "dealt", "lent", "forgot",
         "withdrew", "undertook", "upheld", "withheld", "understood", "misled"}


def _description(toks: list[Token], k: int, hi: int) -> list[Token]:
    """A determiner and the words of its noun phrase, up to the first verb-looking word (at most 6)."""
    out = [toks[k]]
    m = k + 1
    lex = lexicon()
    while m < hi and len(out) < 6:
        t = toks[m]
        w = t.lower
        if t.kind != "w" or w in _PAST or lex.cue_lemma(w) or (len(w) > 4 and w.endswith("ed") and not (
                m == k + 1 and toks[k].lower in _ARTICLES_AND_POSSESSIVES)):
            break  # (right after an article it is an adjective: "The retired neurosurgeon"; not "That prompted")
        if not t.is_cap and (w in _NP_STOP and not (w == "than" and toks[m - 1].lower in ("more", "less", "fewer"))
                             or w in _VERB_ADVERBS or w.endswith(("n't", "n’t")) or w == "cannot"):
            break  # "the disruptions have become", "The shot then covers", "people didn't like"
        if m > k + 1 and not t.is_cap and len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "'s", "’s")) \
                and not toks[m - 1].lower.endswith("s") and m + 1 < hi and \
                (toks[m + 1].lower in _OBJECT_OPENERS or toks[m + 1].is_cap or toks[m + 1].kind == "Q" or
                 toks[k].lower in ("a", "an") and toks[m + 1].lower in _AFTER_A_VERB):
            break  # a verb in the 3rd person with its object: "The ad targets a ...", "The photo quotes Romans";
            # after "a", with a preposition: "a maintenance guy walks in front of her" (no plural after "a")
        out.append(t)
        m += 1
    while len(out) > 2 and (out[-1].lower in _NP_TAIL_PREPS or out[-1].lower in ("the", "a", "an") and
                            out[-2].lower in _NP_TAIL_PREPS):
        out.pop()  # "The question of | whether ...", "his willingness to | be ...", "top adviser on | the ..."
    return out


# Prepositions after which an -s word in a phrase opened by "a" is a verb: "a maintenance guy walks in".
_AFTER_A_VERB = frozenset({"in", "into", "across", "onto", "through", "past", "toward", "towards", "around", "over",
                           "off", "away", "down", "with", "at", "for", "about"})
# Words after which an -ed word is an adjective, not a verb: "The retired neurosurgeon" (not "That prompted").
_ARTICLES_AND_POSSESSIVES = {"the", "a", "an", "his", "her", "its", "their", "our", "my", "your"}
# Prepositions that end no description: "The question of | whether ...", "his willingness to | be ...".
_NP_TAIL_PREPS = _PREPS_IN_NP | {"between", "about", "by"}
# Adverbs that stand between a subject and its verb ("The judge then ruled").
_VERB_ADVERBS = {"then", "now", "also", "still", "never", "already", "just", "often", "always", "again", "recently",
                 "herself", "himself", "itself", "themselves", "reportedly", "repeatedly", "quickly", "later",
                 "further"}
_OBJECT_OPENERS = {"a", "an", "the", "that", "to", "on", "his", "her", "their", "its", "it", "him", "them", "this",
                   "these", "those", "up", "out", "back"}


def participle_subject(toks: list[Token], k: int, lo: int) -> list[Token] | None:
    """The subject of a participle cue: the noun phrase right before it ("Ryan saying ..."), else the
    subject of the clause before its comma ("... he used stronger language, saying ..."), else the
    sentence's."""
    prev = toks[k - 1] if k - 1 > lo else None
    if prev is not None and prev.lower == "and":
        # "with Donald Trump tweeting that ... and asking, “...”": the first participle's subject
        p = next((x for x in range(k - 2, max(lo, k - 24), -1) if toks[x].kind == "w" and
                  toks[x].lower.endswith("ing") and not toks[x].is_cap and len(toks[x].lower) > 4 and
                  toks[x - 1].kind == "w" and toks[x - 1].is_cap or toks[x].text in (".", ";")), None)
        if p is not None and toks[p].kind == "w":
            return participle_subject(toks, p, lo)
    if _progressive(toks, k, lo):
        return subject_before(toks, k, lo)  # "Sanders is (also) pledging": a finite verb, not a participle
    if prev is not None and prev.kind == "w" and prev.lower not in ("by", "upon", "after", "before", "while",
                                                                 "when", "and", "in", "also", "then"):
        doer = _np_back(toks, max(lo + 1, _skip_back(toks, k - 1, lo)), lo)  # ("a statement Tuesday saying")
        if (c := next((x for x in range(len(doer) - 2, 0, -1) if doer[x].lower == "with" or doer[x].lower == "by"
                       and not doer[x - 1].is_cap and doer[x - 1].lower.endswith(("ed", "en"))), None)) is not None:
            doer = doer[c + 1:]  # "The ad ends with a narrator saying": the one with whom the clause ends;
            # "he will be greeted by thousands of Germans protesting": the agent
        lex = lexicon()
        if doer and (issuer := _issuer(toks, doer, lo)) and \
                (issuer[0].is_cap or issuer[0].lower in SUBJECT_PRONOUNS or issuer[0].lower in ("the", "a", "an")):
            return issuer  # "The town released a statement saying", "sent a letter opposing": the issuer's words
            # (not a phrase of a clause before it: "Mr. Trump, who said a judge was biased, issued")
        if len(doer) > 2 and (f := next((x for x in range(len(doer) - 2) if doer[x].lower in _RECORDINGS and
                                         doer[x + 1].lower == "of"), None)) is not None and doer[f + 2].is_cap:
            return doer[f + 2:]  # "The ad then cuts to footage of Trump saying": the one recorded
        if doer and doer[-1].lower in _INSCRIBED:
            d = next((x for x in range(len(doer) - 2, -1, -1) if doer[x].lower in DETERMINERS), None)
            if d is not None:
                return doer[d:]  # "held up a sign saying “...”": the sign's words
        if doer and (doer[-1].is_cap and doer[-1].lower not in lex.months and doer[-1].lower not in lex.weekdays
                     and not any(x.lower in ("on", "during") for x in doer[1:])
                     or doer[-1].lower in ("he", "she", "they", "we")
                     or doer[-1].lower in NOUN_CUES and len(doer) > 1 and doer[0].lower in DETERMINERS):
            # (not "He sent a memo to The Post in April explaining ...", "responded to her question on Facebook
            # writing"; "the newspaper's editorial telling him"
            # is the editorial's, "issued a statement saying" the issuer's)
            return doer
        w = index_of(toks, doer[0]) - 1 if doer else lo
        if w > lo and toks[w].lower in ("and", "or"):
            first = _np_back(toks, w - 1, lo)  # "with many marchers and spectators chanting “...”"
            if first and (v := index_of(toks, first[0]) - 1) > lo and toks[v].lower == "with":
                return first + [toks[w]] + doer
        if w > lo and toks[w].lower == "with":
            return doer  # "with hundreds of marchers chanting “...”"
    j = k - 1
    while j > lo and toks[j].text not in (",", ";", "—", "–") and toks[j].kind != "Q":
        j -= 1
    if j > lo and toks[j].text in (",", "—", "–"):
        m = j - 1
        while m > lo and toks[m].text not in (",", ";") and (toks[m].kind != "Q" or _a_title(toks[m])):
            m -= 1  # (a title in its clause is a noun: "when Clinton ended the debate with a “Star Wars” joke,")
        if j == k - 1 and m - 1 > lo and toks[m].text == "," and toks[m + 1].lower == "who" and \
                (ante := _antecedent(_np_back(toks, m - 1, lo))) and ante[-1].is_cap:
            return [toks[m + 1]] + ante  # "Eric Kingson, who worked the crowd, praising “...”": the "who"
        np = sentence_subject(toks, m, j)
        o = next((x for x in range(j - 1, m, -1) if toks[x].lower in _CLAUSE_OPENERS), None) if j == k - 1 else None
        if o is not None and o - 1 > lo and o + 1 < j:  # a clause inside the sentence, not one that opens it
            inner = sentence_subject(toks, o, j)
            after = index_of(toks, inner[-1]) + 1 if inner else j
            # "... when Sanders protesters interrupted her speech, shouting “...”", "He tweeted when Clinton ended
            # the debate with a reference to the film, remarking, “...”"; not "went after Bush, calling", "serve as
            # a ladder to the middle class, noting"
            if inner and inner[0] is toks[o + 1] and after < j and toks[after].kind == "w" and \
                    (inner[0].lower not in ("a", "an") or _finite_after(toks[after])):
                return inner
        if np and len(np) == 1 and np[0].lower in ("he", "she", "they", "we"):
            return np  # "... though last week he used stronger language, saying ..."
    np = sentence_subject(toks, lo, k)
    if np is None and (k - 1 > lo and toks[k - 1].lower in ("in", "by", "after", "while", "when", "before", "upon")
                       or k == lo + 1):
        np = sentence_subject(toks, lo, len(toks))  # "In declaring ... “not Christian,” the pope ...",
        # "Acknowledging that Trump “says a lot,” though, Allen did suggest"
    return np


def _finite_after(t: Token) -> bool:
    """A verb in the past or present tense after an indefinite subject: "as a maintenance guy walks in", "when a
    heckler shouted", not the preposition of "serve as a ladder to the middle class"."""
    return not t.is_cap and t.lower.endswith(("ed", "s")) and not t.lower.endswith(("ss", "us")) and len(t.lower) > 3


def after_cue(toks: list[Token], k: int) -> int:
    """The index after the words of the cue at ``k``: after a phrase ("pointed out", "wanted to know", "made it
    clear") or the one word."""
    lex = lexicon()
    phrase = lex.phrase_at([x.lower for x in toks[k:k + 5]]) if toks[k].lower in lex.phrase_heads else None
    return k + (len(phrase.split()) if phrase else 1)


def _a_title(t: Token) -> bool:
    """A quote token that is a short title in capitals ("“Star Wars”", "“Meet the Press”"), not words said."""
    words = t.text.strip("\"“”‘’'").split()
    return 0 < len(words) <= 4 and words[0][:1].isupper() and \
        all(w[:1].isupper() or w in ("the", "of", "a", "and", "in", "on", "to", "for") for w in words) and \
        t.text.rstrip("\"“”‘’'")[-1:] not in (",", ".", "!", "?")


# Words that open a clause whose subject does what a participle after the clause's comma says: "when
# protesters interrupted her speech, shouting", "as Mrs. Clinton echoed the criticism, saying".
_CLAUSE_OPENERS = {"when", "where", "while", "as", "because", "after", "before", "since"}
SUBJECT_PRONOUNS = frozenset(("he", "she", "they", "we", "i"))
_TIME_WORDS = {"on", "in", "last", "this", "early", "late", "next", "morning", "afternoon", "evening", "night",
               "week", "month", "year"}


_LATER = {"later", "earlier", "ago", "afterward", "afterwards", "before", "after", "since"}
_OPENING_TIME_NOUNS = _TIME_NOUNS | {"day", "time", "summer", "winter", "spring", "fall", "autumn"}


def _short_segment(toks: list[Token], k: int, hi: int) -> int | None:
    """The comma that ends a short run of capitalised or time words from ``k``, if any."""
    m = next((x for x in range(k, min(hi, k + 4)) if toks[x].text == ","), None)
    if m is None or m == k or not all(t.is_cap or t.lower in _TIME_WORDS or t.text.isdigit() for t in toks[k:m]):
        return None
    return m


def _past_appositives(toks: list[Token], k: int, hi: int) -> int | None:
    """Where a sentence's subject starts after descriptions set off by commas from ``k`` ("a testimonial to
    John Kerry, the Democratic nominee that year, Mr. Obama decried"): the name or pronoun after the last of
    them, or None when none follows (", the senator, a Democrat, said": the description is the subject)."""
    while k < hi and toks[k].lower in ("the", "a", "an"):
        m = k
        while m < hi and toks[m].text != "," and toks[m].kind != "Q" and m - k < 12:
            m += 1
        if m + 1 >= hi or toks[m].text != ",":
            return None
        k = m + 1
    return k if k < hi and (toks[k].is_cap or toks[k].lower in ("he", "she", "they", "it", "we")) else None


def _time_phrase(toks: list[Token], a: int, b: int) -> bool:
    """toks[a:b] is "on Sunday", "last week", "late Tuesday"."""
    return b > a and toks[a].lower in _TIME_WORDS and not toks[a].is_cap


def sentence_subject(toks: list[Token], lo: int, hi: int) -> list[Token] | None:
    """The subject of a sentence: its first name or pronoun after any opening phrase."""
    k = after_dateline(toks, lo + 1, hi)
    while k < hi and toks[k].lower in ("but", "and", "so", "yet", "or", "then", "still", "now"):
        k += 1
    m = None
    for x in range(k, min(hi, k + 6)):
        if toks[x].text == ",":
            m = x
            break
    if m is not None and m > k and all(t.kind == "w" for t in toks[k:m]) and (
            toks[m - 1].lower in _LATER or m - k <= 3 and toks[m - 1].lower in _OPENING_TIME_NOUNS and
            toks[k].lower in ("that", "this", "last", "next", "each", "every", "one", "the", "same", "later")):
        k = m + 1  # "Hours later, Trump ...", "A few days later, Trump ...", "That morning, an army of ..."
    # skip an introductory phrase that ends with a comma ("Speaking alongside X, he added"), and an
    # appositive that closes it ("Preceded by Joe Arpaio, the Arizona sheriff, Trump launched ...")
    if k < hi and (toks[k].lower in SUBORD_OPEN or not_a_name_opener(toks[k].lower)):
        m = k
        # (over quotes inside the phrase: "In explaining why those “common-sense solutions” had failed, Clinton")
        while m < hi and toks[m].text != "," and not (toks[m].kind == "Q" and (
                m + 1 >= hi or toks[m + 1].kind != "w" or ends_on_comma(toks[m]))):
            m += 1
        if m < hi and toks[m].text == "," and m > k + 1 and toks[k].lower in _SUBORDINATORS and \
                all(t.is_cap for t in toks[k + 1:m]) and sum(t.text == "," for t in toks[m + 1:hi]) == 1:
            return toks[k + 1:m]  # "While Mr. Ryan, representing the party's wing, laid out “...”": no clause
            # ends at a name alone, the comma opens its appositive, and the main clause has not begun
        if m < hi and ends_on_comma(toks[m]):
            k = m + 1  # "In declaring his statements “not Christian,” the pope ..."
            # more of the opening phrase: "At an event in Ames, Iowa, on Sunday, Mrs. Clinton ..."
            while k < hi:
                seg = _short_segment(toks, k, hi)
                if seg is None:
                    break
                after = _short_segment(toks, seg + 1, hi)
                place = " ".join(t.lower for t in toks[k:seg])
                if not _time_phrase(toks, k, seg) and not (after is not None and _time_phrase(toks, seg + 1, after)) \
                        and place not in lexicon().regions and place.rstrip(".") not in STATE_ABBREV:
                    # "In Amman, Tillerson, the ...": the subject; "Ames, Iowa, on Sunday,", "Salem, Ore.,": the place
                    break
                k = seg + 1
            if k < hi and toks[k].lower in SUBORD_OPEN and toks[k].lower not in ("and", "but", "so", "yet", "also"):
                # a second opening phrase: "Moreover, as part of the exchange with Clinton, Gowdy ..."
                m = k + 1
                while m < min(hi, k + 14) and toks[m].kind == "w":
                    m += 1
                if m < hi and toks[m].text == "," and not any(
                        is_cue(toks, x) or toks[x].lower in SUBJECT_PRONOUNS for x in range(k + 1, m)):
                    k = m + 1  # (not "as he puts it,": a clause of its own)
            if k < hi and toks[k].lower in ("the", "a", "an") and (m := _past_appositives(toks, k, hi)) is not None:
                k = m  # "In his 2004 speech, a testimonial to John Kerry, the nominee that year, Mr. Obama decried"
    # "Hours after the attack in San Bernardino, Calif., he wrote": a pronoun right after the opening
    # phrase's comma is the subject
    cue_forms = lexicon().cue_forms
    for c in range(k, min(hi - 1, k + 14)):
        t = toks[c]
        if t.text == ",":
            if c > k and toks[c + 1].lower in SUBJECT_PRONOUNS:
                return [toks[c + 1]]
        elif t.kind != "w" and (t.kind == "Q" or t.text in (".", ";", ":")) or t.lower in cue_forms:
            break
    if k + 1 < hi and toks[k].lower in ("even", "only", "also", "just") and toks[k + 1].lower in ("the", "a", "an"):
        k += 1  # "even a top GOP strategist said"
    if k < hi and toks[k].lower in ("the", "a", "an", "another", "his", "her", "its", "their", "this", "that", "one") \
            and k + 1 < hi and toks[k + 1].kind == "w":
        if not toks[k + 1].is_cap:
            # "The billionaire businessman began by ..., saying ...", "His campaign manager, Jeff Roe, echoed"
            return _appositive_name(toks, _description(toks, k, hi), hi)
        m = next((x for x in range(k + 1, min(hi, k + 4)) if not toks[x].is_cap), hi)
        if m < hi and toks[m].lower in lexicon().person_nouns:
            return _appositive_name(toks, _description(toks, k, hi), hi)  # "The Florida senator sought to ..."
        if m < hi and toks[m].text == "," and toks[k].lower == "the" and toks[m - 1].lower in lexicon().titles and \
                (name := _appositive_name(toks, toks[k:m], hi))[0] is not toks[k]:
            return name  # "The Chancellor, Rachel Reeves, has defended ...": the name, not the office
    if k + 2 < hi and toks[k].lower in ("about", "some", "nearly", "more", "dozens", "hundreds", "thousands") and \
            (toks[k + 1].text.isdigit() or toks[k + 1].lower in ("than", "of")):
        return _description(toks, k, hi)  # "about 200 protesters congregated ..., chanting ..."
    while k < hi:
        t = toks[k]
        if t.kind == "Q":
            return None
        if t.lower in ("he", "she", "it", "they", "we"):
            return [t]
        if t.is_cap and t.lower not in NOT_NAMES and not (k == lo + 1 and not_a_name_opener(t.lower)):
            out = [t]
            m = k + 1
            while m < hi and (toks[m].is_cap or toks[m].lower in CONNECTORS and toks[m].lower != "the" and
                              m + 1 < hi and toks[m + 1].is_cap):  # ("Luiz Inacio Lula da Silva")
                out.append(toks[m])
                m += 1
            if m < hi and is_possessive(toks[m - 1].text) and _owned_head(toks, m, hi):
                # "Lind’s husband, Thomas, runs ...", "Trump's running mate, Gov. Mike Pence, defended him", "Iran's
                # foreign ministry spokesman, Nasser Kanaani, blamed": the one whose, not the owner
                desc = _description(toks, k, hi)
                e = index_of(toks, desc[-1]) + 1
                if e < hi and toks[e].is_cap and desc[-1].lower in lexicon().org_nouns:
                    return _name_run_at(toks, e, hi) or desc  # "Syria's state news agency SANA": its name
                return _appositive_name(toks, desc, hi)
            n = m
            if m < hi and (toks[m].lower in (titles := lexicon().titles) or toks[m].lower in lexicon().org_nouns):
                n = m + 1  # (or an organisation's: "Semiconductor maker Altera Systems", "Trump campaign Chairman")
                while n < min(hi, m + 5) and (toks[n].lower in titles or toks[n].lower in ("of", "for")):
                    n += 1
            elif m + 2 < hi and toks[m].kind == "w" and not toks[m].is_cap and toks[m].lower not in NOT_NAMES:
                # a trade of several words in lower case: "Home goods retailer Brightline Stores Inc. cut ..."
                lex = lexicon()
                x = next((x for x in range(m + 1, min(hi - 1, m + 3)) if toks[x].kind != "w" or toks[x].is_cap or
                          toks[x].lower in lex.trade_nouns or toks[x].lower in lex.org_nouns), m)
                if x > m and toks[x].kind == "w" and not toks[x].is_cap and \
                        all(toks[y].kind == "w" and toks[y].lower not in NOT_NAMES for y in range(m, x)):
                    n = x + 1
            if n == m and m == k + 1 and m + 2 < hi and is_nationality(t.text) and toks[m].kind == "w" and \
                    not toks[m].is_cap and toks[m + 1].is_cap and toks[m + 2].is_cap and \
                    toks[m + 1].lower not in NOT_NAMES and not is_day_or_month(toks[m + 1].lower):
                n = m + 1  # an occupation after a nationality: "Nepali guide Pemba Sherpa, 34, was leading"
            if n > m and n < hi and toks[n].is_cap and (toks[n].lower not in NOT_NAMES or (
                    toks[n].lower not in DETERMINERS and n + 1 < hi and toks[n + 1].is_cap)):
                # a title in lower case between the capitals: "Former US secretary of state Madeleine Albright",
                # "Former mayor Per Sandvik"
                while n < hi and toks[n].is_cap:
                    n += 1
                out = toks[k:n]
                m = n
            if k > lo + 1 and toks[k - 1].text == "," and m + 1 < hi and toks[m].text == ",":
                # a name in apposition to the opening phrase, then the subject: "In her book, Tidewater, Lena
                # Holt wrote" (not a list: "On Monday, Trump, Clinton and Sanders spoke")
                if toks[m + 1].is_cap and (named := _name_before_verb(toks, m + 1, hi)):
                    return named
                # a place and its description close the opening phrase: "When she moved to Jamaica Estates,
                # Queens, the wealthy enclave where they lived, Freddy confided ..."
                if toks[m + 1].lower in ("the", "a", "an") and \
                        (past := _past_appositives(toks, m + 1, hi)) is not None and \
                        (named := _name_before_verb(toks, past, hi)):
                    return named
            return out
        if t.kind == "w" and lexicon().cue_lemma(t.text):
            return None
        k += 1
    return None


def _owned_head(toks: list[Token], m: int, hi: int) -> bool:
    """After an owner's name at ``m``: a person's noun among the next few words in lower case ("'s husband", "'s
    running mate", "'s foreign ministry spokesman"), or an organisation's noun before a name ("'s state news agency
    SANA")."""
    lex = lexicon()
    if m + 1 < hi and toks[m].lower in lex.org_nouns and toks[m + 1].kind == "w" and not toks[m + 1].is_cap and \
            ((v := toks[m + 1].lower) in _PAST or v.endswith("ed") or lex.cue_lemma(v) or v in lex.adverbs or
             v in ("has", "had", "is", "was", "will", "would", "says", "said")):
        return True  # "Halvorsen's office released ...": the office, not its owner ("Clinton's campaign slogan" is no
        # subject)
    x = m
    while x < min(hi, m + 4) and toks[x].kind == "w" and not toks[x].is_cap:
        if toks[x].lower in lex.person_nouns:
            return True
        x += 1
    return x > m and x < hi and toks[x].is_cap and toks[x - 1].lower in lex.org_nouns


def _name_run_at(toks: list[Token], n: int, hi: int) -> list[Token] | None:
    """The capitalised run from ``n``."""
    e = n
    while e < hi and toks[e].is_cap:
        e += 1
    return toks[n:e] if e > n else None


def _name_before_verb(toks: list[Token], n: int, hi: int) -> list[Token] | None:
    """The capitalised run from ``n`` when a word other than "and", "or", "nor" follows it: a subject before its
    verb, not one of a list."""
    run = _name_run_at(toks, n, hi)
    e = n + len(run) if run else n
    return run if run and e < hi and toks[e].kind == "w" and toks[e].lower not in ("and", "or", "nor") else None


def _appositive_name(toks: list[Token], desc: list[Token], hi: int) -> list[Token]:
    """The name in apposition to a subject's description, set off by commas ("His campaign manager, Jeff
    Roe, echoed ...", "Her opponent, incumbent councillor Bernt Haug, is ..."), or the description itself."""
    m = index_of(toks, desc[-1]) + 1
    if m + 1 >= hi or toks[m].text != ",":
        return desc
    a = m + 1
    while a < min(hi - 1, m + 4) and not toks[a].is_cap and toks[a].lower in lexicon().titles:
        a += 1  # (a title in lower case before the name)
    if not toks[a].is_cap or toks[a].lower in NOT_NAMES:
        return desc
    n = a
    while n < hi and n - a <= 5 and (toks[n].is_cap or n - a <= 3 and toks[n].lower in ("of", "from") and
                                     n + 1 < hi and toks[n + 1].is_cap):
        n += 1  # ("Sen. Bernie Sanders of Vermont")
    if n == hi or toks[n].text == "." or toks[n].text == "," and not (n + 1 < hi and toks[n + 1].is_cap):
        return toks[a:n]
    return desc


def clause_after_dummy(toks: list[Token], d: int, hi: int) -> list[Token] | None:
    """The subject of the clause that a dummy subject at ``d`` introduces, before ``hi``: "It is strange
    that Trump would ...", "This is why Democrats can't ...", "It has not helped that her campaign ..."."""
    j = next((x for x in range(d + 1, min(hi, d + 8)) if toks[x].lower in _DUMMY_CLAUSE_OPENERS), None)
    if j is None or any(t.kind != "w" for t in toks[d + 1:j]):
        return None
    subj = sentence_subject(toks, j, hi)
    if subj is None or subj[0].lower in ("it", "this", "that") or index_of(toks, subj[0]) > j + 3:
        return None
    return subj


_DUMMY_CLAUSE_OPENERS = frozenset({"that", "why", "how", "because", "when", "if"})


def _closes_sentence(toks: list[Token], c: int, hi: int) -> bool:
    """The cue at ``c`` ends its sentence after a comma and a short subject: "..., the lawsuit alleges." (a
    stance verb there attributes the sentence, as a speech verb anywhere after the quote does)."""
    e = c + 1
    weekdays = lexicon().weekdays
    while e < hi and e - c <= 2 and (toks[e].lower in weekdays or toks[e].lower in _SENTENCE_END_TAIL):
        e += 1
    if not (e < hi and toks[e].text in (".", "!") or e == hi):
        return False
    s = next((x for x in range(c - 1, max(c - 6, 0), -1) if toks[x].text in (",", "—")), None)
    return s is not None and all(t.kind == "w" for t in toks[s + 1:c])


# Words of time that may close a sentence after its cue besides a weekday: "..., the lawsuit alleges today."
_SENTENCE_END_TAIL = frozenset({"yesterday", "today", "tonight", "earlier", "later", "recently"})


def _titled_head(np: list[Token]) -> bool:
    """A description whose head, before its first preposition, is a title or a person's noun in lower case:
    "the health spokesman for Labour", "a senior adviser to Sen. Ted Cruz"."""
    lex = lexicon()
    cut = next((x for x, t in enumerate(np) if x and t.lower in PREPOSITIONS), len(np))
    return cut > 1 and not np[cut - 1].is_cap and (np[cut - 1].lower in lex.titles or
                                                   np[cut - 1].lower in lex.person_nouns)


def _inverted(toks: list[Token], c: int, np: list[Token], hi: int, confidence: float) -> Attribution | None:
    """The attribution of an inverted cue ("“…,” said X"); a passive one names its agent ("“…,” written by X");
    a description's name in apposition is the speaker ("“…,” said one voter, Mary Jones, 64")."""
    cue = toks[c].text
    if np[0].lower != "by":
        if (np[0].lower in DETERMINERS or len(np) > 1 and is_possessive(np[0].text)) and not np[-1].is_cap:
            np = _appositive_name(toks, np, hi)  # (also "said Labour's health spokesman, Peter Wynn")
        elif np[0].lower in DETERMINERS and _titled_head(np):
            # "said the health spokesman for Labour, Peter Wynn" (a full name: not "the mayor of Springfield,
            # Illinois")
            named = _appositive_name(toks, np, hi)
            if len(named) >= 2 and named is not np and all(t.is_cap for t in named):
                np = named
        return Attribution(cue, c, tuple(np), "after:inverted", confidence)
    lex = lexicon()
    if any(t.is_cap or t.lower in lex.person_nouns or t.lower in lex.org_nouns for t in np[1:]):
        return Attribution(cue, c, tuple(np[1:]), "after:by", 0.7)
    return None  # ("“…,” written by hand")


_CONVERSATIONS = frozenset({"conversation", "interview", "chat", "q&a"})


def _conversation_with(toks: list[Token], k: int, hi: int) -> Attribution | None:
    """A headline's quote labelled as taken from an interview after a colon: "‘We were never going to win that
    way’: A conversation with Mayor Dana Whitfield"."""
    if k + 3 >= hi or toks[k].text != ":":
        return None
    j = k + 1 + (toks[k + 1].lower in ("a", "an", "our", "the"))
    if j + 2 >= hi or toks[j].lower not in _CONVERSATIONS or toks[j + 1].lower != "with" or not toks[j + 2].is_cap:
        return None
    np = subject_after(toks, j + 2, hi)
    return Attribution(toks[j].text, j, tuple(np), "after:interview", 0.8) if np else None


def attribute_after(toks: list[Token], q: int, hi: int) -> Attribution | None:
    """``“…,” X said`` / ``“…,” said X`` / ``“…,” according to X``: the cue after quote ``q``."""
    k = q + 1
    if (conv := _conversation_with(toks, k, hi)) is not None:
        return conv
    while k < hi and toks[k].text in (",", "—", "–", "―", "-", "'", "’", '"'):
        k += 1
    if k >= hi:
        return None
    t = toks[k]
    if t.lower == "according" and k + 1 < hi and toks[k + 1].lower == "to":
        np = subject_after(toks, k + 2, hi)
        return Attribution("according to", k, tuple(np), "after:according-to", 0.85) if np else None
    if t.lower in ("came", "comes") and (came := _came_from(toks, k, hi)) is not None:
        return came  # "“Call the roll!” came shouts from the floor", "“No,” came the reply from Lind"
    lemma = is_cue(toks, k, after_quote=True)
    if lemma is None and k + 1 < hi and toks[k + 1].is_cap and \
            (stance := lexicon().cue_lemma(t.lower)) in lexicon().inverted_stance and \
            t.lower != stance and not t.lower.endswith("ing"):
        lemma = stance  # "“...,” agrees Michelle Stevens"
    if lemma:
        # "“...,” said Clinton"; a participle takes no subject after it ("“...,” saying the city ..."), nor
        # a phrase ("“...,” put it")
        np = subject_after(toks, k + 1, hi) if not t.lower.endswith("ing") and " " not in lemma else None
        if np and any(not x.is_cap and x.lower in _AUXILIARIES for x in np[1:]):
            return None  # "X, citing “...,” said the candidate could win": the cue opens a clause of its own
        if np:
            return _inverted(toks, k, np, hi, 0.95)
        if t.is_cap and k + 1 < hi and is_cue(toks, k + 1, follows_quote=True):
            return Attribution(toks[k + 1].text, k + 1, (t,), "after", 0.95)  # "“...,” Read said": a surname
        return None
    if toks[k - 1].text in DASHES and t.is_cap and \
            (q == 0 or toks[q - 1].kind != "w" and toks[q - 1].text not in DASHES):
        # a sign-off: “...” — Jane Roe, a nurse in Ohio. (Not after a quote inside a sentence: "he was
        # “still the No. 1 force.”--Kim Hjelmgaard." signs the item; "lamented - “...” - Democrats said")
        np = subject_after(toks, k, hi)
        if np and all(x.is_cap or x.lower in ("of", "the", "de", "al") for x in np):
            return Attribution("—", k - 1, tuple(np), "after:sign-off", 0.8)
    limit = min(hi, k + 40)
    lex = lexicon()
    depth = 0
    seen_quote = seen_break = False  # a quote, or a quote, comma or dash, in toks[k:c]
    cue_words = lex.cue_words
    for c in range(k, limit):
        if c > k:
            x = toks[c - 1]
            if x.kind == "Q":
                seen_quote = seen_break = True
            elif x.text in (",", "—"):
                seen_break = True
        tc = toks[c]
        if tc.text in ("(", ")"):
            depth += 1 if tc.text == "(" else -1
            continue
        if depth > 0:
            continue  # "Rep. Jim McDermott (D-Wash.) said": a parenthesis does not end the sentence
        if tc.text in (".", ";", "!", "?") or (tc.kind == "Q" and c - k <= 1):
            break
        if tc.lower not in cue_words:
            continue  # (most words: no cue in any use, and is_cue's own first test)
        near = c - k <= 8 and not seen_break \
            or (c - k <= 16 and not seen_quote and toks[k].kind == "w" and toks[k].is_cap)
        lemma = is_cue(toks, c, follows_quote=True) if near else is_cue(toks, c, after_quote=True)
        if lemma and tc.lower.endswith("ing") and (tc.lower not in ("saying", "telling", "asking") or
                                                   toks[c - 1].lower == "by"):
            # "…,” a nod to the front-runner acknowledging …", "…,” after the professor hoaxed the class by
            # telling them …": not this quote's attribution
            lemma = None
        if lemma and not near and lemma not in lex.speech_lemmas and not _closes_sentence(toks, c, hi):
            lemma = None
        if lemma and not near and ends_on_comma(toks[c - 1]) and c + 1 < hi and lemma != "tell":
            # "..." that Sanders can catch Clinton, said Steve Elmendorf, a strategist; "“A” was to be a “B,” said
            # X". (", told Vatican Radio" names the hearer; ", said Sunday" a day)
            np = subject_after(toks, c + 1, hi)
            if np and np[0].lower not in lex.weekdays and np[0].lower not in TIME_ADVERBS:
                return _inverted(toks, c, np, hi, 0.85)
        if lemma in _REFUTING and toks[k].lower in ("a", "an"):
            return None  # "Berg accused Lind of “lying,” a charge she denied": she answers the quote, not says it
        if lemma:
            # (a title in quote marks is a noun of the phrase: "Bill Eastland, wearing “Ted Cruz” pins, said")
            np = subject_before(toks, c, max(q, max((x for x in range(k, c) if toks[x].kind == "Q" and
                                                     not _a_title(toks[x])), default=q)))
            if not np and c == k + 1 and (toks[k].is_cap and toks[k].lower not in _NOT_A_SURNAME or
                                          toks[k].lower in ("one", "another")):
                # "“...,” From said", "“...,” Will wrote": a surname that is also a word; "Residents were angry.
                # “...,” one said."
                np = [toks[k]]
            if np and c + 3 < hi and toks[c + 1].lower in ("it", "he", "she", "they", "this", "we") and \
                    toks[c + 2].lower in _FINITE_AFTER_PRONOUN and \
                    any(toks[x].kind == "Q" for x in range(c + 3, min(hi, c + 6))):
                # "“...,” was booed when Lind said it was “...”": the cue has a quote of its own
                return None
            if np:
                cue = tc.text
                if tc.lower in ("saying", "telling") and c >= 2 and toks[c - 1].lower == "as" and toks[c - 2].lower == "quoted":
                    cue = "quoted as " + tc.text
                close = c - k <= 12
                return Attribution(cue, c, tuple(np), "after", 0.95 if close else 0.8)
            # a cue with no subject of its own ("... that would respond to ...") is not the attribution
    return None


# Verbs that make a pronoun after a cue the subject of a clause of the cue's own: "said it was “...”".
_FINITE_AFTER_PRONOUN = {"is", "was", "are", "were", "would", "will", "had", "has", "could"}


def attribute_joined(toks: list[Token], q: int, hi: int) -> Attribution | None:
    """The attribution after the next quote when "and"/"or" joins the two: "Guns are “a crisis” and “stunt
    growth,” Dean proclaimed"."""
    x = q + 1
    if x + 1 < hi and toks[x].lower in ("and", "or") and toks[x + 1].kind == "Q":
        return attribute_after(toks, x + 1, hi)
    return None


# Verbs of answering a charge: after "a charge", "a claim" that stands for the quote before, their subject rejects
# the quote rather than speaks it.
_REFUTING = {"deny", "reject", "dismiss", "refute", "rebut"}


# Capitalised words that stand before a cue without being anyone's name.
_NOT_A_SURNAME = {"it", "this", "that", "these", "those", "there", "here", "what", "who", "which", "he", "she", "they",
                  "we", "i", "you", "one", "each", "all", "both", "some", "many", "most", "others", "another", "and",
                  "but", "then", "also", "so", "officials", "police"}


# Capitalised words before a colon that label what follows rather than name who says it.
COLON_LABELS = {"update", "updated", "note", "editor", "editors", "correction", "photo", "photos", "video", "watch",
                "read", "related", "source", "sources", "q", "a", "question", "answer", "transcript", "excerpt",
                "disclosure", "breaking", "exclusive", "analysis", "opinion", "live", "warning",
                "bottom", "background", "why", "what", "how", "who", "when", "where", "here", "more", "also", "see",
                "click", "subscribe", "follow", "contact", "email", "sign", "tags", "topics", "filed", "wow",
                "remember", "plus", "name", "contributing", "delegate"}


def _colon_speaker(toks: list[Token], q: int, lo: int) -> Attribution | None:
    """ "Philip Bump: “...”", "Issa: Clinton’s ‘Honesty Is In Question’": a name and a colon open the quote."""
    k = q - 1
    if k <= lo:
        return None
    # the colon may sit right before the quote, or a headline's few words may follow it
    colon = next((j for j in range(k, max(lo, k - 6), -1) if toks[j].text == ":"), None)
    if colon is None or any(toks[j].kind == "Q" for j in range(colon + 1, q)):
        return None
    if toks[lo + 1].lower == "from" and colon - lo - 2 in range(1, 8) and \
            all(t.kind == "w" for t in toks[lo + 2:colon]):  # "From the report: “...”"
        return Attribution("from", lo + 1, tuple(toks[lo + 2:colon]), "before:colon", 0.7)
    j = colon - 1
    name: list[Token] = []
    while j > lo and toks[j].kind == "w" and len(name) < 8 and (
            toks[j].is_cap and (len(name) < 5 or "and" in (t.lower for t in name)) or toks[j].lower in ("of", "de", "al")
            or toks[j].lower == "and" and name and toks[j - 1].is_cap):  # ("Mark Blumenthal and Jon Cohen:")
        name.insert(0, toks[j])
        j -= 1
    if j - 1 > lo and toks[j].lower == "from" and toks[j - 1].lower == "more":
        j -= 2  # "-More from Blumenthal and Cohen: “...”"
    if not name or not (j <= lo or toks[j].text in ("-", "—", "–", ",", "(")):
        return None
    if lexicon().cue_lemma(name[-1].text) or name[0].lower in NOT_NAMES or \
            len(name) == 1 and name[0].lower in COLON_LABELS:
        return None  # (nor a label: "EXCLUSIVE: Sessions Says ...")
    if len(name) > 1 and lexicon().cue_lemma(name[0].text) and index_of(toks, name[0]) == lo + 1:
        return Attribution(name[0].text, index_of(toks, name[0]), tuple(name[1:]), "before:inverted", 0.85)
    return Attribution(":", colon, tuple(name), "before:colon", 0.75)


# Nouns of speech that "came" after a quote, from their speaker: "“No,” came the reply from Lind".
_CAME_NOUNS = frozenset({"reply", "response", "answer", "retort", "rejoinder", "riposte", "shout", "shouts", "cry",
                         "cries", "chant", "chants", "call", "calls", "word", "question", "scream", "screams", "yell",
                         "yells", "plea", "warning", "message", "verdict", "reaction", "jeers", "boos", "cheers"})
# Parts of a room, not people: "came a shout from the back of the hall".
_PLACE_PARTS = frozenset({"back", "front", "rear", "side", "middle", "far", "end"})


def _came_from(toks: list[Token], k: int, hi: int) -> Attribution | None:
    """``“…,” came the reply from X``: an inverted noun of speech after the quote, and "from" its speaker."""
    j = k + 1
    if j < hi and toks[j].lower in ("the", "a", "an", "his", "her", "their", "its"):
        j += 1
    while j < hi and toks[j].kind == "w" and not toks[j].is_cap and toks[j].lower not in _CAME_NOUNS and \
            j - k <= 3 and toks[j].lower != "from":
        j += 1  # "came a swift reply", "came angry shouts"
    if not (j + 1 < hi and toks[j].lower in _CAME_NOUNS and toks[j + 1].lower == "from"):
        return None
    np = subject_after(toks, j + 2, hi)
    if not np or any(x.lower in _PLACE_PARTS for x in np[:2]):
        return None  # ("from the back of the room" is where, not who)
    return Attribution(toks[j].lower, j, tuple(np), "after:inverted", 0.85)


def named_by(toks: list[Token], q: int, lo: int, hi: int, pronoun: bool = False) -> Attribution | None:
    """ "what they called “financial supermarkets”", "as an American diplomat put it, an “extreme
    makeover”": the words are the namer's, who stands right before the quote. A namer that is only a
    pronoun is left to the sentence's other cues, unless ``pronoun`` (when they found none). A passive names its
    namer after "by": "has been called “strategic ambiguity” by Joshua Hendrick"."""
    j = q - 1
    if j > lo and toks[j].lower in ("a", "an", "the"):
        j -= 1
    put = next((k for k in range(j, max(lo + 1, j - 30), -1) if toks[k].lower == "it" and toks[k + 1].text == ","
                and toks[k - 1].lower in ("put", "puts")), None)  # "as X put it, the deal was “...”"
    if j > lo and toks[j].text == ",":
        j -= 1
    if put is not None and all(t.kind != "Q" for t in toks[put:q]):
        verb, opener = put - 1, "as"
    elif j > lo and toks[j].lower == "as" and toks[j - 1].lower in lexicon().naming:  # what X described as
        verb, opener = j - 1, "what"
    elif j > lo and toks[j].lower in lexicon().naming:
        verb, opener = j, "what"
    elif j > lo and (b := next((x for x in range(j - 1, max(lo + 1, j - 8), -1) if toks[x].lower == "by"), None)) \
            is not None and toks[b - 1].lower in lexicon().naming and toks[b + 1].kind == "w" and \
            all(t.kind == "w" or t.text == "." for t in toks[b + 1:j + 1]) and not is_day_or_month(toks[b + 1].lower):
        # the namer of a passive before the quote: "The offer was described by Mr Lynch as “...”", "called by
        # critics “...”"
        e = j if toks[j].lower == "as" else j + 1
        if e > b + 1:
            return Attribution(toks[b - 1].lower, b - 1, tuple(toks[b + 1:e]), "before:named", 0.7)
        return None
    else:
        return None
    aux = verb - 1
    while aux > lo and (toks[aux].lower in lexicon().adverbs or toks[aux].lower.endswith("ly")
                        or toks[aux].lower == "today"):
        aux -= 1
    if toks[aux].lower in ("be", "been", "being", "is", "was", "are", "were", "what's", "what’s", "that's", "that’s") \
            or toks[aux].text in (",", "—", "–", "(") and toks[verb].lower.endswith("ed") and q + 1 < hi and \
            toks[q + 1].lower == "by":
        # passive: "the work could be termed “influence peddling”", "what's typically called “...”": no namer,
        # unless "by" names one right after the quote; a participle after a comma with "by" after its quote is a
        # passive too ("Terre Haute, called the “Crossroads of America” by Mayor Duke Bennett")
        b = q + 2 if q + 2 < hi and toks[q + 1].text == "," else q + 1
        by = subject_after(toks, b + 1, hi) if b + 1 < hi and toks[b].lower == "by" else None
        lex = lexicon()
        if by is None or not any(t.is_cap or t.lower in lex.person_nouns or t.lower in lex.org_nouns for t in by) \
                or by[0].lower in lex.weekdays or by[0].lower in lex.months:
            return None  # ("by the standards of the day", "by Friday" name no one)
        return Attribution(toks[verb].lower, verb, tuple(by), "after:by", 0.7)
    k = verb - 1
    # "as Akhil Amar, a professor at Yale, put it", "a country that the previous nominee, Mitt Romney, called"
    reach = 25 if opener == "as" else 14
    openers = (opener,) if opener == "as" else _NAMING_OPENERS
    while k > lo and k > verb - reach and (toks[k].kind == "w" or toks[k].text == ",") \
            and toks[k].lower not in openers:
        k -= 1
    if toks[k].lower not in openers and opener == "what" and (np := _reduced_namer(toks, verb, lo)) is not None:
        return Attribution(toks[verb].lower, verb, tuple(np), "before:named", 0.7)
    if toks[k].lower not in openers or k + 1 >= verb or toks[k].lower == "what" and \
            any(t.text == "," for t in toks[k + 1:verb]) and not (toks[k + 1].is_cap and toks[verb - 1].text == ","):
        return None  # (after "what" the namer stands without commas: "what Trump called", "what Bay Buchanan, a
        # treasurer for the campaign, called")
    stop = next((x for x in range(k + 1, verb) if toks[x].text == ","), verb)
    start = k + 1
    if stop < verb and toks[start].lower in DETERMINERS:  # "the previous nominee, Mitt Romney, called": the name
        nxt = next((x for x in range(stop + 1, verb) if toks[x].text == ","), verb)
        if stop + 1 < nxt and all(t.is_cap for t in toks[stop + 1:nxt]):
            start, stop = stop + 1, nxt
    while stop > start and toks[stop - 1].lower in _NAMING_AUX:
        stop -= 1  # "which Trump had once called"
    if stop - 2 > start and toks[stop - 2].lower == "on" and toks[stop - 1].lower in lexicon().weekdays:
        stop -= 2  # "who Beck on Wednesday called"
    speaker = tuple(toks[start:stop])
    if not speaker or toks[k].lower == "who" and not (speaker[0].is_cap or speaker[0].lower in SUBJECT_PRONOUNS):
        return None  # ("those who moved here prefer the term “...”": "who" is that clause's subject)
    if speaker[0].lower in ("is", "was", "are", "were", "has", "had", "will", "would"):
        return None  # "what was called", "what is described as": no namer
    if len(speaker) == 1 and speaker[0].lower in lexicon().pronouns and toks[k].lower != "who" and not pronoun:
        return None  # "Ban condemned what he called “...”": the sentence names him better (but in "Brekke, who
        # she called “...”" the sentence's subject may be no one: "Much of Lind’s ire was directed at ...")
    return Attribution(toks[verb].lower, verb, speaker, "before:named", 0.7)


def _reduced_namer(toks: list[Token], verb: int, lo: int) -> list[Token] | None:
    """The namer of a relative clause without its "that", after the noun it describes: "a project Pavel Drago has
    called “...”", "a bridge, a project its chairman, Pavel Drago, has called “...”", "a move critics called
    “...”" (not "a group called “...”", a name given)."""
    np = subject_before(toks, verb, lo)
    if not np or not (np[-1].is_cap or _a_person_noun(np[-1].lower)):
        return None
    if np[0].lower in ("a", "an", "the"):  # "a project Pavel Drago": the noun, then its namer
        x = next((x for x in range(2, len(np)) if np[x].is_cap or _a_person_noun(np[x].lower)), None)
        if x is None or x > 3 or any(t.is_cap or t.lower in _NOT_A_NOUN or t.lower in PREPOSITIONS
                                     for t in np[1:x]):
            return None
        return np[x:]
    s = index_of(toks, np[0]) - 1
    if s > lo and toks[s].text == ",":  # "its chairman, Pavel Drago,": back over the description
        s = next((x for x in range(s - 1, max(lo, s - 5), -1) if toks[x].lower in POSSESSIVE_PRONOUNS
                  or toks[x].lower == "the"), lo) - 1
    if s - 1 <= lo or toks[s].kind != "w" or toks[s].is_cap or toks[s].lower in _NOT_A_NOUN or \
            toks[s - 1].lower not in ("a", "an", "the") and not (
                s - 2 > lo and toks[s - 2].lower in ("a", "an", "the") and toks[s - 1].kind == "w"):
        return None
    return np


def _a_person_noun(w: str) -> bool:
    nouns = lexicon().person_nouns
    return w in nouns or w.endswith("s") and w[:-1] in nouns


# Words that are no noun a relative clause could describe: "a group that was called ..."
_NOT_A_NOUN = frozenset({"that", "which", "who", "and", "or", "but", "is", "was", "has", "had", "been", "be"})


# Words that open the clause of a namer: "what he called", "which Trump had called", "a country that X called".
_NAMING_OPENERS = ("what", "which", "that", "whom", "who")  # ("Bannon, who Beck called “...”")
_NAMING_AUX = {"had", "has", "have", "once", "also", "previously", "repeatedly", "famously", "recently", "often",
               "later", "then", "memorably", "would", "will", "just", "even"}


# A possessive pronoun and the pronoun that resolves it: "his warning" is what "he" warned.
POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "their": "they", "its": "it", "our": "we", "my": "i"}


def that_after_phrase(toks: list[Token], k: int, q: int) -> bool:
    """A noun cue's "that" before quote ``q``, after a phrase of time or place at ``k``: "her comments
    before a House committee that “...”", "her assertion during the debate that she was “...”"."""
    if toks[k].lower not in ("during", "before", "at", "in", "on", "to"):
        return False
    j = next((j for j in range(k + 1, min(q, k + 8)) if toks[j].kind != "w" or toks[j].lower == "that"), q)
    return j < q and toks[j].lower == "that"


def _owner_at(toks: list[Token], k: int, lo: int) -> int:
    """Where the owner of noun cue ``k`` would stand: right before it, or before up to two modifiers ("her
    repeated assertion", "Mr. Obama's patronizing suggestion")."""
    p = k - 1
    while p > lo and k - p <= 2 and toks[p].kind == "w" and toks[p].text[:1].islower() and \
            toks[p].lower not in _NP_STOP and toks[p].lower not in POSSESSIVE_PRONOUNS and \
            toks[p].lower not in DETERMINERS and not is_possessive(toks[p].text):
        p -= 1
    return p


# Verbs that stand before their subject in news ("…, explained Rosenberg, …"); "told CNN" names a hearer.
_INVERTING = {"say", "add", "explain", "write", "ask", "continue", "note", "recall", "reply", "insist", "argue"}


@lru_cache(maxsize=1)
def inverted_name_pattern() -> re.Pattern[str]:
    """``inverted_speaker`` on plain text, for a paragraph that is not tokenised: ", said Kari Dahl," (group 1)."""
    forms = "|".join(sorted(f for f, lemma in lexicon().cue_forms.items() if lemma in _INVERTING and " " not in f))
    particles = "|".join(sorted(CONNECTORS))
    return re.compile(r", (?:" + forms + r") ((?:[A-Z][\w’'.\-]*[ \t]+(?:(?:" + particles + r")[ \t]+)?)*"
                      r"[A-Z][\w’'.\-]*)(?=[,.;]|$)")


def inverted_speaker(toks: list[Token], lo: int, hi: int) -> list[Token] | None:
    """The named speaker of an inverted cue after a comma in a sentence without quote marks ("The plan is made
    possible by its budget, said Kari Dahl, the city treasurer."): whom a later "she said" means."""
    forms = lexicon().cue_forms
    for k in range(lo + 2, hi - 1):
        if toks[k - 1].text == "," and toks[k + 1].is_cap and forms.get(toks[k].lower) in _INVERTING and \
                toks[k].kind == "w" and toks[k + 1].lower not in NOT_NAMES:
            e = k + 1
            while e < hi and (toks[e].is_cap or toks[e].lower in CONNECTORS and e + 1 < hi and toks[e + 1].is_cap):
                e += 1
            # the name ends the clause (not "X, an expert, says Libya is ...", "..., said Obama failed")
            return toks[k + 1:e] if e == hi or toks[e].text in (",", ".", ";") else None
    return None


@lru_cache(maxsize=1)
def _before_stops() -> frozenset[str]:
    """The words _before_candidates stops at: a comma, "with", "words", "according", a noun of speech, a cue."""
    return frozenset({",", "with", "words", "according"}) | frozenset(NOUN_CUES) | lexicon().cue_words


def _before_candidates(toks: list[Token], q: int, lo: int) -> list[Attribution]:
    """Every cue before quote ``q`` in its sentence that has a speaker, nearest first."""
    out: list[Attribution] = []
    colon = _colon_speaker(toks, q, lo)
    if colon is not None:
        return [colon]
    k = q - 1
    stops = _before_stops()
    while k > lo:
        t = toks[k]
        if t.kind == "Q":
            break
        w = t.lower
        if w not in stops:
            k -= 1
            continue  # (most words: none of the tests below holds for them)
        if w == "," and out and k - 2 > lo and toks[k - 2].text == "," and toks[k - 1].lower in _CONNECTIVES:
            k -= 2  # "Even as X was criticizing Trump, however, she ...": the clause before the connective
        if w == "," and out and (_opens_aside(toks, lo + 1, k) or _opening_then_aside(toks, lo + 1, k)
                                 or _opening_participle(toks, lo + 1, k)):
            break  # "While Trump affirmed that ..., he also stated “...”": the main clause's cue counts
        if w == "with" and out and toks[k - 1].text == "," and (out[-1].rule == "before:participle" or
                                                                 out[-1].speaker[0].start == toks[k + 1].start):
            break  # "..., with Senator McCain telling reporters he viewed Obama as “...”": a clause of its own
        if w == "words" and k + 1 < q and toks[k + 1].lower == "of" and k + 2 < q:
            np = subject_after(toks, k + 2, q)  # "in the words of a senior adviser, “...”"
            if np:
                out.append(Attribution("in the words of", k, tuple(np), "before:noun-cue", 0.75))
        if w == "according" and k + 1 < q and toks[k + 1].lower == "to":
            np = subject_after(toks, k + 2, q)
            if np:
                out.append(Attribution("according to", k, tuple(np), "before:according-to", 0.85))
        elif w in NOUN_CUES and k + 1 < q and toks[k + 1].lower in ("by", "from") and k + 2 < q:
            np = subject_after(toks, k + 2, q)
            forms = lexicon().cue_forms
            if np and (v := next((x for x, t in enumerate(np) if t.lower in _AUXILIARIES or
                                  x and not t.is_cap and t.lower in forms), None)) is not None:
                np = np[:v]  # "The message from Ryan | was clear:", "A letter from the union | said the deal ..."
            if np and not np[0].is_cap:
                np = _appositive_name(toks, np, q)  # "a message from her adviser, Ann O'Leary, that read: “...”"
            if np:
                out.append(Attribution(t.text + " " + toks[k + 1].text, k, tuple(np), "before:noun-cue", 0.75))
        elif w in NOUN_CUES and k - 1 > lo and (toks[k + 1].lower == "that" or that_after_phrase(toks, k + 1, q)) \
                and ((p := toks[_owner_at(toks, k, lo)]).lower in POSSESSIVE_PRONOUNS
                     or p.is_cap and is_possessive(p.text)):
            # "her assertion during the debate that “...”", "Mr. Obama's patronizing suggestion that “...”": the
            # owner of the words
            out.append(Attribution(t.text, k, (p,), "before:possessive", 0.7))
        elif is_cue(toks, k):
            if toks[k - 1].text == "," and k + 1 < q and toks[k + 1].is_cap and \
                    lexicon().cue_forms.get(w) in _INVERTING:
                np = subject_after(toks, k + 1, q)  # "..., explained Rosenberg, “...”"
                after_np = k + 1 + len(np) if np else q
                if np and after_np < q and toks[after_np].text in (",", ":") and np[0].is_cap and np[-1].is_cap:
                    out.append(Attribution(t.text, k, tuple(np), "before:inverted", 0.85))
                    k -= 1
                    continue
            if w.endswith("ing") and not (w in ("saying", "telling") and toks[k - 1].lower == "as") and \
                    not _progressive(toks, k, lo):
                # a participle's subject is its clause's: "Silverman ... incurred boos upon saying"
                np = participle_subject(toks, k, lo)
                if np:
                    out.append(Attribution(t.text, k, tuple(np), "before:participle", 0.8))
            else:
                np = subject_before(toks, k, lo)
                if w == "asked" and k + 2 < q and toks[k + 1].lower == "by":
                    np = subject_after(toks, k + 2, q) or np  # "Sanders was asked by host Bill Maher, “...”"
                elif not np:
                    np = relative_subject(toks, k, lo, ("that", "which", "who"))  # "water bottles that said, “...”"
                    if np and np[0].lower != "who" and (issuer := _issuer(toks, np[1:], lo)) and \
                            (issuer[0].is_cap or issuer[0].lower in SUBJECT_PRONOUNS):
                        np = issuer  # "Trump released a marketing video that said, “...”": the issuer's words
                if np:
                    rest = after_cue(toks, k)
                    adjacent = all(x.kind == "p" or x.lower in ("that", "in", "a", "an", "the", "statement",
                                                                "interview", "on", "twitter", "reporters", "told")
                                   for x in toks[rest:q]) or \
                        (toks[q - 1].text == ":" and all(x.kind != "Q" and x.lower != "that" for x in toks[rest:q]))
                    # (a colon: "X said on Monday in Doha, according to Fars: “...”" introduces the whole quote)
                    out.append(Attribution(t.text, k, tuple(np), "before" if adjacent else "before:partial",
                                           0.9 if adjacent else 0.8))
        k -= 1
    return out


_SPEECH = {"said", "says", "told", "tells", "added", "adds", "stated", "declared"}
# Adverbs set off by commas between an opening clause and the main one.
_CONNECTIVES = {"however", "though", "meanwhile", "moreover", "too", "then", "nonetheless", "nevertheless"}


def _via_of_verb(toks: list[Token], a: Attribution, q: int) -> bool:
    """``according to Y`` names the channel of the speech verb before it, not the source: "X said on
    Monday, according to the state news agency: “...”" (no "that" between, only punctuation after Y).
    "According to Fars, X said “...”" stays Fars's, as news annotation (PolNeAR) reads the outer source."""
    if a.rule != "before:according-to":
        return False
    k = a.cue_index + 2
    end = a.speaker[-1].start
    while k < q and toks[k].start <= end:
        k += 1
    if any(t.kind != "p" for t in toks[k:q]):
        return False
    k = a.cue_index - 1
    while k >= 0 and toks[k].kind != "Q" and toks[k].text not in (".", "that"):
        if toks[k].lower in _SPEECH and is_cue(toks, k):
            return True
        k -= 1
    return False


_SUBORDINATORS = {"while", "although", "though", "when", "after", "before", "because", "since", "as", "if",
                  "whereas", "once", "until", "unless", "ever", "despite"}


def opens_subordinate(toks: list[Token], a: int, comma: int) -> bool:
    """toks[a:comma] is a subordinate clause opening the sentence ("While X said Y,", "Ever since ...,")."""
    while a < comma and toks[a].lower in ("but", "and", "yet", "so"):
        a += 1
    if a + 1 < comma and toks[a].lower in ("even", "just") and toks[a + 1].lower in _SUBORDINATORS:
        a += 1  # "Even as Clinton was criticizing Trump,"
    return a < comma and toks[a].lower in _SUBORDINATORS and all(x.text != "," for x in toks[a:comma])


_OPENING_PREPOSITIONS = {"alongside", "amid", "amidst", "among", "amongst", "beside", "besides", "despite",
                         "following", "unlike", "like", "with", "without", "against", "in", "on", "at", "for", "from",
                         "during", "under", "over", "through", "throughout", "within", "toward", "towards", "upon"}


def _opens_aside(toks: list[Token], a: int, comma: int) -> bool:
    """toks[a:comma] is a subordinate clause ("While Trump affirmed that ...,") or a prepositional phrase
    ("Alongside BLM calls for action,"): a cue in it is no verb of the main clause after the comma."""
    return opens_subordinate(toks, a, comma) or \
        a < comma and toks[a].lower in _OPENING_PREPOSITIONS and all(x.text != "," for x in toks[a:comma])


def _opening_participle(toks: list[Token], a: int, comma: int) -> bool:
    """toks[a:comma] is a participle's phrase that opens the sentence ("Facing criticism from Democrats,"): a
    noun cue in it is not the main clause's ("According to X," is a cue of its own)."""
    return a + 1 < comma and toks[a].lower.endswith("ing") and toks[a].lower != "according" and \
        toks[a + 1].kind == "w" and all(x.text != "," for x in toks[a:comma])


def _opening_then_aside(toks: list[Token], a: int, comma: int) -> bool:
    """toks[a:comma] is an opening phrase and then such a clause or phrase: "Later in the show, after the
    interview concluded,", "On Thursday, in the Trump release announcing his role,"."""
    prev = next((x for x in range(comma - 1, a - 1, -1) if toks[x].text == ","), None)
    return prev is not None and _opens_aside(toks, prev + 1, comma) and \
        not any(toks[x].kind == "Q" or is_cue(toks, x) for x in range(a, prev))


# When several cues precede a quote in one sentence ("Trump said that Romney begged him and “...”"),
# the outermost speaker is credited, as news attribution (and PolNeAR's annotation) reads it.
OUTERMOST = True


def attribute_before(toks: list[Token], q: int, lo: int) -> Attribution | None:
    """A cue before quote ``q`` in the same sentence (``X said: “…”``, ``X said the US was “…”``)."""
    found = _before_candidates(toks, q, lo)
    if not found:
        return None
    # "according to Y" that carries a speech verb's report names a channel, not the speaker:
    # "X said on Monday, according to Fars: “...”" is X's
    found = [a for a in found if not _via_of_verb(toks, a, q)] or found
    # a cue inside a relative clause is not the sentence's: "Trump, who questioned ..., said that “...”"
    found = [a for a in found if not (a.speaker[0].lower in ("who", "which") and a is found[-1] and len(found) > 1
                                      and found[0].speaker[-1].start < a.speaker[0].start)] or found
    # a cue that names its author outright ("an assessment by X that", "according to X") beats an outer verb
    # ("an assessment by X that ... “...”" is X's; "Y said that the comment by X “was ...”" is Y's: a speech verb
    # before a noun cue without its own "that" clause is the outer one)
    named = [a for a in found if a.rule == "before:according-to" or
             a.rule == "before:noun-cue" and (_noun_cue_that(toks, a, q, found) or
                                              not any(b.rule.startswith("before") and b.rule != "before:noun-cue"
                                                      for b in found))]
    if named:
        return named[0]
    # a parenthetical attribution ("He believes, he said, that “...”", "..., though he said, “...”") is the
    # quote's own, whatever cue stands before it
    if len(found) > 1:
        for a in found:
            s = index_of(toks, a.speaker[0])
            if s > 0 and toks[s - 1].lower in (",", "though", "although", "but"):
                p = next((x for x in range(a.cue_index + 1, min(q, a.cue_index + 8)) if toks[x].text in (",", ":")),
                         None)  # (the aside's own comma: not one after a second clause, "a woman asked ... and X said,")
                if p is not None and not any(toks[x].lower in ("and", "but") for x in range(a.cue_index + 1, p)) and \
                        not (toks[p].text == "," and toks[p + 1].lower == "who"):
                    # (a comma before "who" ends the cue's object, no aside: "Later, Swanson praised Franklin Graham,
                    # who vowed ... “...”")
                    return a
    if len(found) > 1 and (_holds_in_own_clause(toks, found[0], q) or found[0].rule == "before:participle" and
                           all(t.kind == "p" for t in toks[found[0].cue_index + 1:q])):
        # (a participle right before the quote introduces it: "X acknowledged some plagiarism even as he defended
        # the speech, saying, “...”" is the participle's subject's)
        return found[0]
    if len(found) > 1 and _attributes_quote_before(toks, found[-1], lo) and found[-2].rule.startswith("before") \
            and found[-2].rule != "before:participle" and (s := index_of(toks, found[-2].speaker[0])) > 0 \
            and toks[s - 1].lower in _SUBORDINATORS and toks[s - 1].lower not in ("if", "although", "though"):
        # "“...,” Axelrod tweeted after Clinton argued ... that “...”": the outer cue is the first quote's
        return found[-2]
    if len(found) > 1 and found[-1].rule == "before:noun-cue" and \
            (main := _main_clause_cue(toks, found, lo)) is not None:
        return main
    return found[-1] if OUTERMOST else found[0]


def _main_clause_cue(toks: list[Token], found: list[Attribution], lo: int) -> Attribution | None:
    """The cue of the main clause when the outermost cue is a noun cue inside an opening subordinate clause:
    "While discussing a tweet from Trump featuring an image of Clinton, money and a star, Ryan said “...”" is Ryan's
    (the list's commas hide the clause from the tests for asides)."""
    n = found[-1].cue_index
    if not any(toks[x].lower in _SUBORDINATORS and (x == lo + 1 or toks[x - 1].text == "," or toks[x - 1].kind == "Q")
               for x in range(lo + 1, n)):
        return None
    for a in found[:-1]:
        s = index_of(toks, a.speaker[0])
        if a.rule in ("before", "before:partial") and s > n and toks[s - 1].text == ",":
            return a
    return None


def _noun_cue_that(toks: list[Token], a: Attribution, q: int, found: list[Attribution]) -> bool:
    """The noun cue has its own "that" clause before the quote ("an assessment by X that ... “...”"), not one
    of a later cue ("Facing criticism from Democrats, Mr. Trump released a statement, insisting that “...”")."""
    that = next((x for x in range(a.cue_index, q) if toks[x].lower == "that"), None)
    return that is not None and not any(a.cue_index < b.cue_index < that for b in found)


def _attributes_quote_before(toks: list[Token], a: Attribution, lo: int) -> bool:
    """The cue stands right after an earlier quote of the sentence, as its attribution: "“...,” X said"."""
    s = min(a.cue_index, index_of(toks, a.speaker[0]))
    return s - 1 > lo and (toks[s - 1].kind == "Q" or toks[s - 1].text == "," and s - 2 > lo and toks[s - 2].kind == "Q")


def _holds_in_own_clause(toks: list[Token], near: Attribution, q: int) -> bool:
    """The nearest cue before quote ``q`` attributes it in a clause of its own, over any outer cue:
    - a cue right before the quote, with a colon ("Cruz said as the heckler yelled: “You suck!”") or after a
      relative pronoun ("Palin posted her message under a headline that said, “...”");
    - a clause after "and", "but", "when" ("a woman asked for a photo and Clinton said, “...”", "..., but she
      cautions that “...”"), or after "while" or "although" that holds the quote ("X suggested ..., while Cruz
      said that “...”", "X said ..., although he tweeted that he “...”");
    - a relative clause with its own subject that is still open at the quote ("Trump, who he blasted as “...”";
      not "..., which some have argued was intended to ..., was an “insult”"), or a "who" clause after a name
      that runs on to the quote ("Swanson praised Franklin Graham, who has vowed ... over their “...”")."""
    first = near.speaker[0].lower
    if all(t.kind == "p" for t in toks[near.cue_index + 1:q]) and \
            (toks[q - 1].text == ":" or first in ("that", "which", "who")):
        return True
    s = index_of(toks, near.speaker[0])
    if first == "who" and s > 1 and toks[s - 1].text == "," and toks[s - 2].is_cap and \
            all(t.text not in (",", "—", "–") for t in toks[near.cue_index + 1:q - 1]):
        return True  # "Swanson praised Franklin Graham, who has vowed not to buy cookies over their “...”"
    if s == 0 or first == "who":
        return False
    before = toks[s - 1].lower
    return before in ("and", "but", "yet", "when") or \
        before in ("while", "whereas", "although", "though") and \
        all(t.text != "," for t in toks[near.cue_index + 1:q]) or \
        before in ("which", "who", "whom") and all(t.text != "," for t in toks[near.cue_index + 1:q - 1])


_START = itemgetter(1)  # Token.start


def index_of(toks: list[Token], t: Token) -> int:
    """Position of a token in its paragraph (tokens are in offset order)."""
    lo = bisect_left(toks, t.start, key=_START)
    return lo if lo < len(toks) and toks[lo].start == t.start else 0
