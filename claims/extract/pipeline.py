"""Article text -> attributed quotes and reported claims.

One pass over the paragraphs, in order, so that speakers are known when a
later pronoun or an unattributed quote paragraph needs them:

1. pair quote marks (``quotes.py``) and tokenise each paragraph (``tokens.py``);
2. register every capitalised name with its title (``speakers.Entities``), so
   titles and full names are known even before they are first used;
3. per sentence: note its subject, attribute each quote (``attribution.py``),
   resolve the speaker mention, and find reported speech without marks;
4. a quote with no cue of its own continues the speaker of the quote before it,
   in its sentence, its paragraph, or the paragraph before ("He said:" hands
   the speaker to the next paragraph).

A stray or unbalanced quote mark costs at most its own paragraph; nothing here
raises on real text.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cached_property
from itertools import compress
from operator import itemgetter

from ..model import Quote
from .attribution import (
    COLON_LABELS,
    DASHES,
    ISSUED,
    NOUN_CUES,
    POSSESSIVE_PRONOUNS,
    SUBJECT_PRONOUNS,
    SUBORD_OPEN,
    Attribution,
    after_cue,
    after_dateline,
    attribute_after,
    attribute_before,
    attribute_joined,
    clause_after_dummy,
    clause_pronoun,
    ends_on_comma,
    index_of,
    inverted_name_pattern,
    inverted_speaker,
    is_cue,
    named_by,
    not_a_name_opener,
    opens_subordinate,
    participle_subject,
    relative_clause_subject,
    relative_subject,
    sentence_subject,
    subject_after,
    subject_before,
    that_after_phrase,
)
from .dates import find_stated_day, resolve_stated_day
from .lexicon import MEDIA_WORDS, lexicon
from .quotes import Paragraph, QuoteSpan, find_quote_spans, paragraphs
from .speakers import (
    CONNECTORS,
    DETERMINERS,
    NOT_NAMES,
    NUMBER_WORDS,
    PREPOSITIONS,
    Entities,
    Mention,
    is_day_or_month,
    is_possessive,
    norm_word,
    strip_possessive,
)
from .tokens import (
    ABBREV,
    CUE_TAIL,
    TIME_ADVERBS,
    Token,
    make_token,
    sentences,
    tokenize,
)
from .transcript import INTERVIEWER, Turn, find_turns, is_aside

# Quotes right after these words name a title or a term, not words someone said. Chosen on PolNeAR
# train: after "entitled", "so-called", "podcast" ... a quote is rarely someone's words, while after
# "book", "show", "campaign" or "called" it mostly is (the article attributes it), so those stay.
# Words before a Title Case quote that make it the name of a work or a programme, not speech.
_WORK_NOUNS = {"show", "book", "film", "movie", "album", "song", "series", "program", "programme", "column", "novel",
               "memoir", "documentary", "play", "musical", "sitcom", "newsletter", "magazine", "told"}
# What airs or prints a programme: "on Fox News channel’s “Sunday Morning Futures,”".
_OUTLET_NOUNS = {"channel", "network", "station", "newspaper", "paper", "magazine", "radio", "television", "website"}
# Words before a naming verb that make it a verb of its own clause, not a participle after a noun: "has called",
# "what they called" (the pronouns are the lexicon's).
_CLAUSE_BEFORE_NAMING = {"has", "have", "had", "was", "were", "is", "are", "be", "been", "being", "what", "which",
                         "that", "who", "whom", "also", "once", "then", "and", "or", "but", "not", "never", "just",
                         "even", "will", "would", "could", "should", "may", "might", "can", "did", "does", "do", "as",
                         "to"}
# Makers of a work, whose "of" is followed by its title: "the co-author of “Going Viral”".
_MAKERS = {"author", "co-author", "coauthor", "authors", "writer", "director", "producer", "creator", "host",
           "star", "editor", "publisher", "composer", "narrator", "architect"}
TITLE_CUES = {"entitled", "titled", "so-called", "dubbed", "nicknamed", "headlined", "hashtag",
              "podcast", "codenamed", "subtitled", "trademarked", "tagline"}
# A line like these starts the page furniture after an article's body.
_BOILERPLATE = re.compile(
    r"^\s*(related (news|articles|stories|content|posts|coverage|links)|read more\b|readers'? comments|"
    r"most (popular|read|viewed)|recommended( for you)?\s*$|more from\b|you (may|might) also like|"
    r"share this( article)?\s*$|comments \(\d+\)|add your comment|leave a (comment|reply))",
    re.I,
)
# Capitalised runs of two or more words, through name connectors ("Secretary of State Rex Tillerson").
_NAME_RUN = re.compile(r"[A-Z][\w’'.\-]*(?:[ \t]+(?:(?:" + "|".join(sorted(CONNECTORS)) + r")[ \t]+)*[A-Z][\w’'.\-]*)+")
# The capitalised subject of a sentence, matched at its start (after a sentence break, or the paragraph's start)
# and before a lower-case word ("Sanders said", "Clinton, who ...", "But Trump insists").
_SUBJECT_RUN = r"([A-Z][\w’'\-]*(?:\s+(?:(?:of|the|de|al)\s+)*[A-Z][\w’'\-]*)*)"
_SUBJECT_AT = re.compile(r"(?:(?:But|And|So|Yet|Still|Now|Then),?\s+)?" + _SUBJECT_RUN + r"(?=,|\s+[a-z(])")
_SENTENCE_BREAK = re.compile(r"[.!?][”\"’]?\s+")
# lower-case title words and the name after a subject's capitals: "Former US| secretary of state Madeleine Albright"
_TITLED_NAME = re.compile(r"((?:\s+[a-z]+(?:-[a-z]+)?){1,5}?)\s+" + _SUBJECT_RUN + r"(?=,|\s+[a-z(])")
# the second of two subjects joined by "and", after the first and its apposition, if any: "Lind, 61, and Berg met"
_AND_SUBJECT = re.compile(r"(?:,[^,.]{1,30},)?\s+and\s+" + _SUBJECT_RUN + r"(?=,|\s+[a-z(])")
# the subject after an opening phrase and its comma: "In her 2003 book, Living History, Clinton noted ..."
_OPENED_SUBJECT = re.compile(r",\s+(?:the\s+)?" + _SUBJECT_RUN + r"(?=\s+[a-z])")
# The lead-in of an interview that names whom it is with: "Here is our conversation with Sen. Tom Reilly:".
_INTERVIEW_WITH = re.compile(r"\b(?:interview|conversation|talk|chat|Q&A|exchange|sit-down)\s+with\s+"
                             r"(?P<name>[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,4})(?![\w’'])")
# a capital that opens a word (the capital is matched first: the regex engine then skips to candidates fast)
_CAP_WORD = re.compile(r"[A-Z](?<![\w’'][A-Z])")
# A word in lower case that Title Case would capitalise ("met", "says", "because"; not "and", "of", "with"): a
# sentence's, which a Title Case headline does not have.
_UNTITLED_WORD = re.compile(r"(?<![\w’'-])(?!(?:a|an|the|and|but|or|nor|for|so|yet|as|at|by|in|of|off|on|per|to|"
                            r"up|via|vs|v|with|from|into|onto|over|upon|than|out)\b)[a-z]+\b")
# A photo's credit line, a paragraph of its own: "Neilson Barnard via Getty Images.", "Photo: Jane Doe/AP".
_CREDIT = re.compile(r"\s*(?:(?:photo|image|picture|credit)s?\s*(?:by|:)|[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3} "
                     r"(?:via|for|/) ?(?:getty|ap\b|afp\b|reuters|shutterstock|epa\b|the associated press))",
                     re.IGNORECASE)
_CAPTION = re.compile(r"\((?:[^()]*(?:photo|image|afp|reuters|ap|getty|flash90|/)[^()]*)\)\s*$", re.I)
# Verbs that take the hearer as object before the claim: "told reporters that ...".
_OBJECT_VERBS = {"tell", "inform", "assure", "remind", "warn", "ask", "urge", "advise", "promise", "brief"}
# What may follow "declined" when someone refused: "declined to comment", "declined comment", "declined an
# interview request", "declined repeated requests".
_DECLINED = frozenset({"to", "comment", "comments", "a", "an", "the", "requests", "repeated", "multiple", "several",
                       "interview", "interviews", "his", "her", "their", "our", "further", ",", "again"})
# Cues of evidence and belief that attribute the claim before them too: "..., the study found.", "..., a poll shows."
# ("shows" and "estimates" are as often nouns: "television shows")
_EVIDENCE_AFTER = frozenset({"found", "finds", "showed", "concluded", "concludes", "estimated", "thinks", "believes",
                             "believed"})
# Words of a clause, not of the name after an inverted cue: "..., said the president wanted Congress to ..."
_NOT_IN_INVERTED = frozenset({"to", "would", "will", "was", "is", "had", "has", "have", "could", "should", "did"})
# Auxiliaries that make a clause finite: after one, a "that" belongs to the claim ("said Washington would not
# sign a statement that ...").
_FINITE_AUX = frozenset({"would", "will", "is", "was", "are", "were", "has", "had", "have", "could", "should", "can",
                         "must", "may", "might", "did", "does", "do", "won't", "wouldn't", "isn't", "wasn't"})
# What "said" has as its object when it reports no words: "officials have said little about it".
_NO_CONTENT = frozenset({"little", "nothing", "much", "anything", "something", "everything", "so", "otherwise"})
# (... when a preposition, an adverb or the sentence's end follows it: not "saying anything less would be")
_AFTER_NO_CONTENT = frozenset({"about", "on", "to", "in", "at", "for", "over", "regarding", "since", "during",
                               "new", "else", "more", "further", "specific", "yet", "then", "when", "as", "but",
                               "and"})
# Words that open an adjunct clause after an attribution's tail: "..., police said Friday, as rescuers ..."
_ADJUNCT_OPENERS = frozenset({"as", "while", "after", "when", "amid", "with", "before", "since", "though",
                              "although", "even", "despite", "because"})
# A hearer's first word ("told the court"); after the hearer it opens the claim ("told Reuters the company had")
_HEARER_OPENERS = frozenset({"the", "a", "his", "their"})
# Words that end the search for a claim's subject after a hearer: "told him to leave because he ...".
_NOT_HEARER = frozenset({"to", "what", "how", "why", "whether", "if", "because", "when", "that", "who", "and", "as",
                         "while", "about", "since", "so", "than", "where", "which"})
# Who is told: "told reporters", "told him".
_HEARERS = frozenset({"reporters", "journalists", "him", "her", "them", "us", "me"})
# After a cue, a phrase opening with these (or with a name) is the hearer or the occasion, not the claim:
# "wrote in an op-ed for the Hill on April 10 that ...".
_PP_OPENERS = {"in", "on", "at", "to", "during", "after", "before", "for", "from", "with", "via", "through"} | \
    _HEARERS
# Continuations that belong to the attribution of the quote they continue (one group).
GROUPED = ("continue:sentence", "continue:paragraph")
_ANSWERS = frozenset({"reply", "answer", "respond", "say", "retort"})
MIN_WORDS = 2  # a quote of one word is a term, not an utterance
_MAX_SUBHEAD_WORDS = 6  # a section heading made of a quote from the section
_MAX_TERM_WORDS = 3  # a quote this short whose subject is no one is a term
MIN_CLAIM_WORDS = 4  # reported speech shorter than this is rarely a claim ("he said so")


def boilerplate_start(text: str, paras: list[Paragraph]) -> int:
    """Index of the first paragraph of trailing page furniture ("Related News", "read more:")."""
    for p in paras[3:]:
        if _BOILERPLATE.match(text[p.start:p.end]):
            return p.index
    return len(paras)


_WORD = re.compile(r"[^\W_]+")
_WORD_APOS = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")  # "America’s" is one word
_TWO_WORDS = re.compile(r"[^\W_][\W_]+[^\W_]")  # two words or more: a search stops at the second
# the words place_and_via looks for
_PLACE_VIA_WORDS = frozenset({"according", "by", "in", "at", "on", "told", "quoted"})


def _and_subject(toks: list[Token], k: int, hi: int) -> list[Token] | None:
    """The second of two named subjects, after the first ends at ``k``: "Lind, 61, and Berg, 47, have sparred",
    "Clinton and Sanders debated"."""
    if k < hi and toks[k].text == ",":  # (an apposition of a few words: "Lind, 61, and")
        k = next((x + 1 for x in range(k + 1, min(hi, k + 6)) if toks[x].text == ","), hi)
    if k + 1 >= hi or toks[k].lower != "and" or not toks[k + 1].is_cap:
        return None
    e = k + 1
    while e < hi and (toks[e].is_cap or toks[e].lower in CONNECTORS and e + 1 < hi and toks[e + 1].is_cap):
        e += 1
    if e < hi and (toks[e].text == "," or toks[e].kind == "w" and not toks[e].is_cap):
        return toks[k + 1:e]
    return None


def _subject_words(run: str) -> list[str]:
    """The words of a subject the regex scan found; a plural's apostrophe is no part of the name ("Sessions’")."""
    words = run.split()
    words[-1] = words[-1].rstrip("’'") or words[-1]
    return words


def _claim_ends(toks: list[Token], a: int, end: int) -> int | None:
    """Where a reported claim ends before its sentence does: at a semicolon; at ", but" or ", though" before a
    clause of its own ("Mr. Bush had not yet won him over, but he sounded a nostalgic note"); at a comparison
    (", compared with 64 percent who ..."). (", and" goes on with the claim as often as not.)"""
    for x in range(a, end - 1):
        t = toks[x]
        if t.text == ";":
            return x
        if t.text == "," and x + 2 < end:
            w, nxt = toks[x + 1].lower, toks[x + 2]
            if w in ("but", "yet", "though", "although") and (
                    nxt.lower in _CLAUSE_SUBJECTS or nxt.is_cap and x + 3 < end and toks[x + 3].kind == "w" and
                    not toks[x + 3].is_cap):
                return x
            if w == "compared" and nxt.lower in ("with", "to"):
                return x
    return None


def _main_clause_resumes(toks: list[Token], k: int, end: int) -> int | None:
    """Where the sentence's main clause goes on after a participle cue's claim, which opens at ``k``: at ", and"
    before a past verb ("Quill cancelled the tour, citing exhaustion, and largely disappeared from view")."""
    for x in range(k + 1, end - 2):
        if toks[x].text == "," and toks[x + 1].lower == "and":
            v = x + 3 if toks[x + 2].lower.endswith("ly") and x + 3 < end else x + 2
            if toks[v].kind == "w" and not toks[v].is_cap and (toks[v].lower.endswith("ed") or
                                                                toks[v].lower in _PAST_VERBS):
                return x
    return None


# Irregular past forms of verbs that go on with a main clause after ", and": "..., citing X, and left town".
_PAST_VERBS = frozenset({"left", "went", "made", "took", "came", "gave", "got", "told", "said", "wrote", "ran",
                         "spoke", "sent", "spent", "became", "fled", "quit", "won", "lost", "held", "kept"})


def _before_time_tail(toks: list[Token], k: int, end: int) -> int:
    """The end of a stance's object before a time phrase that closes its sentence and tells when the stance was
    taken: "endorsed Mr. Trump | on Friday", "endorsed Clinton | last week", "| yesterday"."""
    lex = lexicon()
    x = end
    if x - 1 > k and toks[x - 1].lower in ("yesterday", "today", "tonight", "recently", "again"):
        x -= 1
    elif x - 2 > k and toks[x - 2].lower in ("on", "last", "this", "next", "early", "late") and (
            toks[x - 1].lower in lex.weekdays or toks[x - 1].lower in ("week", "month", "year", "night", "morning",
                                                                        "weekend", "summer", "fall", "spring")):
        x -= 2
    elif x - 3 > k and toks[x - 3].lower in ("on", "earlier", "later", "last") and toks[x - 2].lower in (
            lex.weekdays + ("this", "last")) and toks[x - 1].lower in ("night", "morning", "afternoon", "evening",
                                                                       "week", "month"):
        x -= 3
    return x if x > k else end


def _source_end(toks: list[Token], a: int, end: int) -> int:
    """Where the source named from ``a`` after "according to" ends: at punctuation or a clause word ("a poll
    released Monday | that ...", "a poll last week | - virtually the same as ...")."""
    return next((x for x in range(a, end) if toks[x].kind != "w" or toks[x].lower in _SOURCE_END), end)


def _words_end(toks: list[Token], a: int, end: int) -> int:
    """``end`` without the punctuation that closes toks[a:end] (a headline's full stop, a quote's comma)."""
    while end > a and toks[end - 1].kind == "p":
        end -= 1
    return end


def _lead_in(toks: list[Token], s0: int, q: int) -> tuple[int, int] | None:
    """The words before quote ``q`` that open its sentence as one clause with it, when the attribution follows
    the quote: "Ms. Brainard is" in "Ms. Brainard is “not a backslapper,” said Mr. Sperling"."""
    a = s0
    while a < q and toks[a].lower in ("and", "but", "so", "yet"):
        a += 1
    words = toks[a:q]
    if sum(t.kind == "w" for t in words) < 2 or any(t.kind != "w" for t in words) or \
            any(is_cue(toks, x) for x in range(a, q)):
        return None
    return a, q


_KIND, _IS_CAP = itemgetter(3), itemgetter(6)  # Token.kind, Token.is_cap


def _mostly_capitalised(toks: list[Token]) -> bool:
    """Four words or more, at least 0.6 of them capitalised: a Title Case line."""
    n_words = list(map(_KIND, toks)).count("w")  # (C-level, token by token: no generator frame per token)
    return n_words >= 4 and sum(map(_IS_CAP, toks)) >= 0.6 * n_words


def _in_dash_aside(toks: list[Token], qi: int, s0: int, s1: int) -> bool:
    """The quote at ``qi`` and its cue stand in a dash aside between two quotes of one sentence: "He said, “A”
    - at which point the crowd chanted “B” - “and C.”"."""
    before = next((x for x in range(qi - 1, s0 - 1, -1) if toks[x].kind == "Q" or toks[x].text in DASHES), None)
    after = next((x for x in range(qi + 1, s1) if toks[x].kind == "Q" or toks[x].text in DASHES), None)
    return before is not None and after is not None and toks[before].text in DASHES and \
        toks[after].text in DASHES and any(toks[x].kind == "Q" for x in range(after + 1, s1)) and \
        any(toks[x].kind == "Q" for x in range(s0, before))


def _headline_verb(t: Token) -> bool:
    """A headline's verb after its subject's name, capitalised or not: "Takes", "Just", "Is", "announced"."""
    w = t.lower
    return t.kind == "w" and (w in _HEADLINE_VERB_WORDS or len(w) > 3 and (
        w.endswith("s") and not w.endswith(("ss", "us", "is", "’s", "'s")) or w.endswith("ed")))


def _n_words(s: str) -> int:
    return len(_WORD.findall(s))


# Nouns for what someone said in answer, whose owner spoke the quote after a colon: "Her reply: “...”".
_REPLY_NOUNS = NOUN_CUES | {"response", "answer", "reply", "reaction", "retort", "verdict", "advice", "explanation",
                            "excuse", "plea", "pitch", "defense", "defence", "rejoinder", "riposte"}


class _Article:
    """State of one extraction run: the text, its quotes, the entities met so far."""

    def __init__(self, text: str, published: str | None, indirect: bool = True) -> None:
        self.text = text
        self.published = published
        self.paras = paragraphs(text)
        self.spans = find_quote_spans(text, self.paras)
        self.stop = boilerplate_start(text, self.paras)
        self.ents = Entities(text, self._headline_end())
        self.out: list[Quote] = []
        self.groups: dict[Mention, int] = {}  # a speaker mention -> the group of the attribution it made
        self.quote_group: dict[int, int | None] = {}  # quote span index -> group of its direct quote
        self.group = 0
        by_para: dict[int, list[tuple[int, QuoteSpan]]] = {}
        for i, sp in enumerate(self.spans):
            by_para.setdefault(sp.paragraph, []).append((i, sp))
        self.quote_texts = [text[s.start:s.end] for s in self.spans]
        self.by_para = by_para
        n = len(self.paras)
        # Without reported speech, a paragraph is read word by word only for a quote: the quote's own, and the
        # one before a paragraph that opens with a quote ("He said:"); a sign-off after a quote is read on its
        # own. The others give their names and sentence subjects to a cheaper scan (``_register_far``).
        self.near = [indirect or pi in by_para or self.opens_with_quote(pi + 1) for pi in range(n)]
        self.last_near = max((pi for pi in range(n) if self.near[pi]), default=-1)
        self._tokens: list[list[Token] | None] = [None] * n
        self._sents: list[list[tuple[int, int]] | None] = [None] * n
        self.turns: dict[int, Turn] = {}  # transcript turns by paragraph, found once the names are known
        self._turn_speakers: dict[int, tuple[Mention, int]] = {}  # a turn's opening paragraph -> speaker, group
        self._label_names: dict[str, str | None] = {}  # a transcript label -> the name it resolves to
        self.first_person: Mention | None = None  # who "I" is in the paragraph at hand (a turn's speaker)
        # a paragraph -> the speaker, cue lemma and question mark of its last direct quote (for dialogue)
        self.last_said: dict[int, tuple[Mention, str | None, bool]] = {}

    @cached_property
    def title_case_headline(self) -> bool:
        """The headline capitalises every word but the small ones ("and", "of"): its capitals name no one by that
        (a headline with another word in lower case has its names read as such)."""
        return _mostly_capitalised(self.toks(0)) and not _UNTITLED_WORD.search(self.text, *self.paras[0][1:])

    def toks(self, pi: int) -> list[Token]:
        """Tokens of paragraph ``pi``, made on first use."""
        got = self._tokens[pi]
        if got is None:
            p = self.paras[pi]
            got = tokenize(self.text, p.start, p.end, self.by_para.get(p.index, []))
            self._tokens[pi] = got
            self._sents[pi] = sentences(got, self.quote_texts)
        return got

    def sents(self, pi: int) -> list[tuple[int, int]]:
        self.toks(pi)
        return self._sents[pi]  # type: ignore[return-value]

    def opens_with_quote(self, pi: int) -> bool:
        spans = self.by_para.get(pi)
        if not spans:
            return False
        return not self.text[self.paras[pi].start:spans[0][1].open_at].strip()

    def register_names(self) -> None:
        """Every capitalised run of the narrative, with its title, before any is resolved."""
        seen: set[tuple[str, ...]] = set()
        self.ents.register_name_forms(self.paras[min(self.stop, len(self.paras)) - 1].end if self.stop else 0)
        for pi in range(min(self.stop, len(self.paras))):
            if not self.near[pi]:
                if pi < self.last_near:
                    self._register_far(pi, seen)
                else:
                    self._register_late(pi, seen)
                continue
            toks = self.toks(pi)
            if _mostly_capitalised(toks) and (pi == 0 or not _UNTITLED_WORD.search(self.text, *self.paras[pi][1:])):
                continue  # a Title Case headline: every word is capitalised, none is a name by that
            caps = list(compress(range(len(toks)), map(_IS_CAP, toks)))
            # a run opens with a capital and goes on through capitals, connectors and small numbers
            n = len(toks)
            end = 0
            for i in caps:
                if i < end:
                    continue
                end = i + 1
                while end < n and ((t := toks[end]).is_cap or t.kind == "w" and (
                        t.lower in CONNECTORS or (t.text.isdigit() and len(t.text) <= 2))):
                    end += 1
                if end == i + 1 and (not (t := toks[i]).text.isupper() or t.lower in NOT_NAMES):
                    continue  # one word that is no acronym: see _register_prepass (most runs, tested here first)
                self._register_prepass(toks[i:end], seen)

    def _register_far(self, pi: int, seen: set[tuple[str, ...]]) -> None:
        """The names and sentence subjects of a paragraph far from any quote, found without tokenising it: an
        article often introduces someone ("GOP candidate Carly Fiorina") paragraphs before quoting them, and a
        pronoun in a quote's attribution refers to the subject of a sentence before it."""
        p = self.paras[pi]
        para = self.text[p.start:p.end]
        n_words = para.count(" ") + 1
        if 4 <= n_words <= 40 and len(_CAP_WORD.findall(para)) >= 0.6 * n_words and \
                (pi == 0 or not _UNTITLED_WORD.search(para)):
            return  # a Title Case headline (not "Hillary Clinton and Bernie Sanders debated in Las Vegas.")
        if pi < self.last_near:
            self._register_far_subjects(para, p.start)
        for m in inverted_name_pattern().finditer(para):
            self.ents.register_run(m.group(1).split(), p.start + m.start(1), subject=True)  # "..., said Kari Dahl."
        for m in _NAME_RUN.finditer(para):
            if "." not in (got := m.group()):
                self._register_far_run(got.split(), p.start + m.start(), seen)
                continue
            run: list[str] = []
            for w in got.split():
                full_stop = w.endswith(".") and len(w) > 2 and w[:-1].lower() not in ABBREV
                run.append(w[:-1] if full_stop else w)
                if full_stop:
                    self._register_far_run(run, p.start + m.start(), seen)
                    run = []
            self._register_far_run(run, p.start + m.start(), seen)

    def _register_late(self, pi: int, seen: set[tuple[str, ...]]) -> None:
        """A paragraph after the last quote can name no speaker anew; it only gives the full name of someone the
        quotes called by the surname alone ("Mr. Obama" throughout, "Barack Obama" in the closing paragraph)."""
        p = self.paras[pi]
        for m in _NAME_RUN.finditer(self.text, p.start, p.end):
            words = m.group().split()
            last = strip_possessive(words[-1])
            ent = self.ents.by_name.get(last.rstrip("."))
            if ent is not None and " " not in ent.name:
                self._register_far_run(words, m.start(), seen)

    def _register_far_subjects(self, para: str, offset: int) -> None:
        """The capitalised subject of each sentence of a far paragraph, for the pronouns after them: the
        sentence's first words ("Sanders said"), or the words after an opening phrase or a dateline and its
        comma ("In her 2003 book, Living History, Clinton noted", "BUENA PARK, Calif. - Rallying ...,
        Hillary Clinton tried")."""
        starts = [0] + [m.end() for m in _SENTENCE_BREAK.finditer(para)]
        for k, st in enumerate(starts):
            m = _SUBJECT_AT.match(para, st)
            dateline = False
            if m is not None:
                words = _subject_words(m.group(1))
                first = words[0].lower()
                dateline = all(w.isupper() for w in words)
                if not not_a_name_opener(first) and not dateline:  # (not "Asked", "There's", "Apolitically")
                    titles = lexicon().titles
                    if (nxt := para[m.end(1):m.end(1) + 24].split(None, 1)) and nxt[0] in titles and \
                            (t := _TITLED_NAME.match(para, m.end(1))) is not None and \
                            all(w in titles or w in ("of", "for") for w in t.group(1).split()):
                        words += t.group(1).split() + _subject_words(t.group(2))  # "Former US secretary of state X"
                    self.ents.register_run(words, offset + m.start(1), subject=True)
                    if (a := _AND_SUBJECT.match(para, m.end(1))) is not None:
                        # "Mayor Ana Lind and Councilman Ivo Berg met ...": a "he" or "she" after may mean either,
                        # the first when both agree (noted before it)
                        self.ents.register_run(_subject_words(a.group(1)), offset + m.start(1) - 1, subject=True)
                    if norm_word(first) not in NOT_NAMES:
                        continue
            else:
                head = para[st:st + 24].split(None, 1)
                first = head[0].lower() if head else ""
            if first in ("a", "an"):  # "A senior City Hall official pushed back.": someone "the official" can mean
                end = starts[k + 1] if k + 1 < len(starts) else len(para)
                toks = tokenize(self.text, offset + st, offset + end, [])
                if subj := sentence_subject(toks, -1, len(toks)):
                    self.note_described(subj)
            if first in SUBORD_OPEN or not_a_name_opener(first) or dateline:
                after = k + 2 if dateline else k + 1  # (a dateline's state ends on a full stop: "Calif.")
                m = _OPENED_SUBJECT.search(para, st, starts[after] if after < len(starts) else len(para))
                if m is not None and not not_a_name_opener((words := _subject_words(m.group(1)))[0].lower()):
                    self.ents.register_run(words, offset + m.start(1), subject=True)

    def _register_far_run(self, run: list[str], position: int, seen: set[tuple[str, ...]]) -> None:
        while run and not run[-1][:1].isupper():
            run.pop()  # a connector ends no name
        key = tuple(run)
        if len(key) >= 2 and key not in seen:
            seen.add(key)
            self.ents.register_run(run, position)

    def _register_prepass(self, run: list[Token], seen: set[tuple[str, ...]]) -> None:
        while run and not run[-1].is_cap and not run[-1].text.isdigit():
            run = run[:-1]  # a connector ends no name: "Secretary of state" -> "Secretary"
        if _opens_with_cue(run):
            run = run[1:]
        # one word carries no title and is registered when a mention needs it; acronyms are kept
        # so that "ICG" can find "International Crisis Group"
        if not run or (len(run) == 1 and (not run[0].text.isupper() or run[0].lower in NOT_NAMES)):
            return
        key = tuple([x.text for x in run])
        if key not in seen:
            seen.add(key)
            self.ents.register_run(list(key), run[0].start)

    # -- per quote ------------------------------------------------------------------
    def subhead(self, pi: int, sp: QuoteSpan, qtext: str) -> bool:
        """A paragraph that is only a few words in single quote marks, or in capitals, heads a section with
        words from below it ("'Totally pro-Israel.'", "“EVENTUALLY VOTERS MAKE GOOD DECISIONS”"): a heading,
        not a report of what was said."""
        p = self.paras[pi]
        if (sp.double and not qtext.isupper()) or _n_words(qtext) > _MAX_SUBHEAD_WORDS:
            return False
        return not (self.text[p.start:sp.open_at] + self.text[sp.close_end:p.end]).strip(" \t.")

    def _headline_end(self) -> int:
        """Where the headline ends: after a first paragraph of several that is one short sentence, else 0."""
        if len(self.paras) < 2:
            return 0
        head = self.text[self.paras[0].start:self.paras[0].end].rstrip(" .")
        return self.paras[0].end if head.count(" ") < 20 and not _SENTENCE_BREAK.search(head) else 0

    def in_headline(self, at: int) -> bool:
        """Offset ``at`` is in the first paragraph of several: the headline, which capitalises every word."""
        return len(self.paras) > 1 and at < self.paras[0].end

    def not_speech(self, toks: list[Token], qi: int, qtext: str, lo: int, hi: int) -> bool:
        """A title, a term or markup rather than words someone said."""
        prev = [t for t in toks[max(0, qi - 3):qi] if t.kind == "w"]
        if prev and prev[-1].lower in TITLE_CUES:
            # (but not a namer's own: "what one conservative has dubbed “the yuca primary”")
            return prev[-1].lower not in lexicon().naming or named_by(toks, qi, lo, hi) is None
        if len(prev) >= 2 and prev[-1].lower in ("called", "named", "labeled", "labelled") and \
                not prev[-2].is_cap and prev[-2].lower.isalpha() and prev[-2].lower not in _CLAUSE_BEFORE_NAMING and \
                not prev[-2].lower.endswith("ly") and prev[-2].lower not in lexicon().pronouns and \
                named_by(toks, qi, lo, hi) is None:
            return True  # a thing by its name: "a group called “We The People”", "a play called “Sons of Trump”"
            # (not a namer's: "what Bay Buchanan, treasurer for the campaign, called “...”")
        if prev and prev[-1].lower in _WORK_NOUNS and _title_case(qtext):
            return True  # a work by its title: "the reality TV show “The Apprentice,”", "told “Fox and Friends”"
        if prev and is_possessive(prev[-1].text) and _title_case(qtext) and \
                (prev[-1].is_cap or prev[-1].lower[:-2] in _OUTLET_NOUNS) and not self.in_headline(toks[qi].start):
            # a programme by its outlet: "told ABC's “Good Morning America”", "on the network's “Meet the Press”"
            # (not in a headline, which capitalises every word: "Graham: Trump’s ‘Incredibly Hateful Rhetoric’")
            return True
        if prev and prev[-1].lower in ("on", "with", "in") and _title_case(qtext) and _n_words(qtext) <= 6 and \
                not self.in_headline(toks[qi].start):
            return True  # a programme or a work: "an appearance on “Meet the Press”", "starred in “The Revenant”"
        if len(prev) >= 2 and prev[-2].lower == "known" and prev[-1].lower == "as":
            return True
        if len(prev) >= 2 and prev[-1].lower == "of" and prev[-2].lower in _MAKERS and _title_case(qtext):
            return True  # "the co-author of “Going Viral,”", "the host of “The Apprentice”"
        if qi > 0 and toks[qi - 1].text == "=" and toks[qi - 1].end == toks[qi].start:
            return True  # an attribute in markup: datetime="2016-06-29"
        j = qi - 1
        while j > lo and toks[j].lower in (",", "and", "or", "&"):
            j -= 1
        if j > lo and toks[j].kind == "Q" and _title_case(qtext) and \
                self.not_speech(toks, j, self.quote_texts[toks[j].quote], lo, hi):
            return True  # one of a list of titles: "so are “24,” “Prison Break” and “Gilmore Girls.”"
        if qi == lo + 1 and _title_case(qtext) and _n_words(qtext) <= 6 and qi + 1 < hi and \
                not any(t.kind == "Q" for t in toks[qi + 1:hi]) and \
                ((nxt := toks[qi + 1]).lower == "which" or not qtext.rstrip().endswith(",") and nxt.kind == "w" and
                 not nxt.is_cap and nxt.lower not in lexicon().pronouns and not is_cue(toks, qi + 1, after_quote=True)):
            return True  # a title the sentence goes on about: "“Daily Show” host Trevor Noah ...", "“Opening
            # Belle,” which will be in bookstores ...", "“Sons of Trump” happily roots ..." (not one in words quoted
            # whole: "“Harbour Lights” was to be a “cautionary tale,” said ...")
        if qtext.rstrip().endswith(",") and len(toks) > qi + 2 and toks[qi + 1].lower == "by" and toks[qi + 2].is_cap \
                and not (prev and (prev[-1].lower == "the" or is_cue(toks, index_of(toks, prev[-1])))):
            return True  # a headline with its byline: "“Gallery show for a sketch artist,” by Carey Dunne"
            # (not "X said the “ugliness of utterances,” by Trump last week stood ...")
        return ("://" in qtext or qtext.strip().startswith("www.")) and len(qtext.split()) <= 2  # a link, not a tweet with one

    def mention(self, att: Attribution) -> Mention | None:
        return self.resolve_np(list(att.speaker))

    def note_described(self, subj: list[Token]) -> None:
        """Note a sentence subject that describes someone not named ("A senior City Hall official pushed back."),
        whom a later "the official" can mean."""
        if subj[0].lower in ("a", "an") and not subj[-1].is_cap and \
                self.ents.a_person_described(desc := " ".join(t.text for t in subj)):
            self.ents.note_speaker(desc, subj[0].start)

    def resolve_np(self, np: list[Token]) -> Mention | None:
        """Resolve a speaker phrase; "who" + antecedent keeps "who" as the mention, named by the antecedent."""
        if self.first_person is not None and len(np) == 1 and np[0].lower in ("i", "me"):
            return Mention(np[0].text, np[0].start, np[0].end, self.first_person.name, "pronoun")
        if len(np) == 1 and np[0].lower in POSSESSIVE_PRONOUNS:
            return self.possessor(np, 1, -1)  # "her assertion that": "she", shown as written
        if len(np) > 1 and np[0].lower in ("who", "which", "that"):
            ante = self.ents.resolve(np[1:], np[1].start)
            name = ante.name if ante else None
            if ante is not None and ante.kind == "description" and name == ante.text and \
                    (np[1].lower not in ("a", "an") or self.text[:np[1].start].rstrip().endswith(",")) and \
                    self.ents.a_person_described(name) and not self.ents.a_person_described(name, plural=True):
                # a description in apposition, most often to the name just before it: "said Scott Reed, the
                # Chamber's chief strategist, who added ...", "Geoffrey Garin, a Democratic pollster who" (not an
                # indefinite one without a comma before it, which introduces someone unnamed: "said a committee
                # member who supports Trump", "remarks made by a campaign surrogate who said")
                name = self.ents.recent_holder(np[1].start, name) or name
            return Mention(np[0].text, np[0].start, np[0].end, name, "pronoun")
        return self.ents.resolve(np, np[0].start)

    def speaker(self, np: list[Token]) -> Mention | None:
        """Resolve a speaker phrase and note it as the latest speaker (for pronouns that follow)."""
        m = self.resolve_np(np)
        if m is not None and m.name:
            self.ents.note_speaker(m.name, m.start)
        return m

    def group_within(self, body: list[Token]) -> int | None:
        """The group of a quote inside a claim's words: a claim that holds partial quotes is one
        attribution with them ("said the US was “quite concerned”")."""
        return next((self.quote_group[x.quote] for x in body if x.kind == "Q" and x.quote in self.quote_group), None)

    def stated(self, words: list[Token], low: list[str]) -> tuple[str | None, str | None]:
        """A stated day in the attribution's own words (quotes excluded), and their lower case."""
        found = find_stated_day(" ".join([t.text for t in words]), " ".join(low))
        if not found:
            return None, None
        return found[0], resolve_stated_day(found[0], self.published)

    def place_and_via(self, words: list[Token], low: list[str]) -> tuple[str | None, str | None]:
        place = via = None
        for k in [k for k, w in enumerate(low) if w in _PLACE_VIA_WORDS]:
            w = low[k]
            nxt = words[k + 1] if k + 1 < len(words) else None
            if w == "according" and k + 1 < len(low) and low[k + 1] == "to":
                run = []
                for t in words[k + 2:k + 9]:
                    if t.kind != "w":
                        break
                    run.append(t.text)
                via = "according to " + " ".join(_leading_name(run)) if run else None
            elif w == "by" and k > 0 and low[k - 1] in ("saying", "quoted", "cited", "telling"):
                run = []
                for t in words[k + 1:k + 9]:
                    if t.kind != "w" or t.lower in ("as", "saying", "that", "who", "which", "when", "on", "in", "at"):
                        break  # ("quoted by Xinhua | as saying")
                    run.append(t.text)
                while run and run[0].lower() in ("the", "a", "an"):
                    run.pop(0)
                via = "quoted by " + " ".join(run) if run else None
            elif w == "quoted" and k > 0 and words[k - 1].is_cap and "as" in low[k + 1:k + 8]:
                n = k  # "Xinhua quoted Defense Minister Wei Fenghe as saying": the agency that quotes
                while n > 0 and k - n < 4 and words[n - 1].is_cap and words[n - 1].lower not in NOT_NAMES:
                    n -= 1
                via = "quoted by " + " ".join(t.text for t in words[n:k]) if n < k else via
            elif w in ("in", "at", "on") and place is None and nxt is not None:
                phrase = _phrase(words[k + 1:k + 9])
                # "in an interview with Reuters", "on state television"
                if any(x.lower in MEDIA_WORDS for x in phrase[:4]):
                    place = w + " " + " ".join(x.text for x in phrase)
                elif w != "on" and nxt.is_cap and nxt.lower not in NOT_NAMES:  # "in Amman", "in New York"
                    caps = [x.text for x in phrase[:4]]
                    n = next((i for i, x in enumerate(phrase[:4]) if not x.is_cap), len(caps))
                    place = w + " " + " ".join(caps[:n])
            elif w == "told" and place is None and nxt is not None and nxt.lower not in ("him", "her", "them", "me", "us"):
                phrase = _phrase(words[k + 1:k + 5])
                if phrase and (phrase[0].is_cap or
                               phrase[0].lower in ("reporters", "journalists", "state", "the", "a", "an")):
                    place = "told " + " ".join(x.text for x in phrase)
        return place, via

    def add(self, sp_start: int, sp_end: int, kind: str, pi: int, mention: Mention | None, cue: str | None,
            rule: str, conf: float, ctx: tuple[list[Token], int, int] | None, group: int | None = None) -> None:
        said_when = said_on = place = via = None
        if ctx is not None:
            toks, a, b = ctx
            words = [t for t in toks[max(a, 0):b] if t.kind != "Q"]  # the attribution's own words
            low = [t.lower for t in words]
            said_when, said_on = self.stated(words, low)
            place, via = self.place_and_via(words, low)
        if mention is not None and mention.name and (via or "").endswith(mention.name) or \
                (cue or "").lower() == "according to":
            via = None  # the source itself is no intermediary
        name = mention.name if mention else None
        if mention is not None and mention.kind == "pronoun" and not name:
            conf -= 0.3
        if group is None:
            # one attribution, one group: quotes that continue a speaker share its group
            group = self.groups.get(mention) if mention is not None and rule.startswith(GROUPED) else None
            if group is None:
                self.group += 1
                group = self.group
                if mention is not None:
                    self.groups[mention] = group
        self.out.append(Quote(
            start=sp_start, end=sp_end, text=self.text[sp_start:sp_end], kind=kind,
            speaker=name, speaker_mention=mention.text if mention else None,
            speaker_start=mention.start if mention else None, speaker_end=mention.end if mention else None,
            cue=cue, paragraph=pi, confidence=max(0.05, min(1.0, conf)), rule=rule,
            said_on=said_on, said_when=said_when, place=place, via=via, group=group,
        ))
        if kind == "direct" and mention is not None:
            self.last_said[pi] = (mention, lexicon().cue_lemma(cue) if cue else None,
                                  self.text[sp_start:sp_end].rstrip(" \"'”’").endswith("?"))

    def questioner(self, pi: int) -> Mention | None:
        """Who asks the unattributed question that opens paragraph ``pi`` in a dialogue: the one who asked two
        paragraphs before, when someone else answered in between ("“... weren't you?” Feld asked. / “I was,”
        Okafor replied. / “And now you're facing none?”")."""
        asked, answered = self.last_said.get(pi - 2), self.last_said.get(pi - 1)
        if asked is None or answered is None:
            return None
        if asked[1] != "ask" or not asked[2] or answered[2] or answered[1] not in _ANSWERS or \
                answered[0].name == asked[0].name:
            return None
        return asked[0]

    # -- transcripts -------------------------------------------------------------
    def find_turns(self) -> None:
        def is_person(word: str) -> bool:
            ent = self.ents.lookup_name(word)
            return ent is not None and ent.kind == "person"
        self.turns = find_turns(self.text, self.paras, is_person)

    def turn_speaker(self, turn: Turn) -> tuple[Mention, int]:
        """The speaker of a turn, as the label's mention, and the group its words share. "JAKE TAPPER"
        is the "Jake Tapper" the article introduced; "A" is the person the interview is with (the one
        the article's opening speaks of most); "Q", the interviewer, goes unnamed."""
        got = self._turn_speakers.get(turn.opener)
        if got is not None:
            return got
        if turn.label not in self._label_names:
            self._label_names[turn.label] = self.label_name(turn)
        name = self._label_names[turn.label]
        m = Mention(self.text[turn.label_start:turn.label_end], turn.label_start, turn.label_end, name,
                    "name" if name else "description")  # (no words name the speaker of an interview without labels)
        self.group += 1
        got = self._turn_speakers[turn.opener] = (m, self.group)
        return got

    def label_name(self, turn: Turn) -> str | None:
        """The name a transcript label stands for, resolved at its first turn."""
        label, a = turn.label, turn.label_start
        if label in INTERVIEWER:
            return None
        if label in ("A", "ANSWER"):
            first = min(t.label_start for t in self.turns.values())
            if (lead := self.interviewee_named(min(self.turns) - 1)) is not None:
                return lead
            counts: dict[str, int] = {}
            for pos, name in self.ents.salience:
                ent = self.ents.by_name.get(name)
                if pos < first and ent is not None and ent.kind == "person":
                    counts[ent.name] = counts.get(ent.name, 0) + 1
            return max(counts, key=lambda k: counts[k]) if counts else None  # the first of the most said
        words: list[Token] = []
        for w in re.finditer(r"\S+", label):
            text = w.group().title() if label.isupper() else w.group()
            words.append(make_token(text, a + w.start(), a + w.end(), "w"))
        found = self.ents.resolve(words, a)
        return found.name if found is not None and found.name else " ".join(t.text for t in words)

    def interviewee_named(self, pi: int) -> str | None:
        """The person the paragraph ``pi``, right before an interview's first turn, introduces it with: the one
        the interview is "with" ("Here is our interview with Tom Reilly:"), else the last person it has as a
        subject ("In an interview with The Associated Press, Reilly was more cautious.")."""
        if pi < 0 or pi in self.turns:
            return None
        p = self.paras[pi]
        if (m := _INTERVIEW_WITH.search(self.text, p.start, p.end)) is not None:
            for w in reversed(m["name"].split()):
                if (ent := self.ents.lookup_name(w.rstrip("."))) is not None and ent.kind == "person":
                    return ent.name
        people = [name for pos, name in self.ents.salience if p.start <= pos < p.end and
                  (ent := self.ents.by_name.get(name)) is not None and ent.kind == "person"]
        return people[-1] if people else None

    def add_turn(self, pi: int, turn: Turn) -> None:
        """A turn's own words, without quote marks: kind "transcript", one group over its paragraphs."""
        p = self.paras[pi]
        end = p.start + len(self.text[p.start:p.end].rstrip())
        outside = self.text[turn.body_start:end]
        for _, sp in reversed(self.by_para.get(pi, [])):
            if sp.close_end > turn.body_start:  # (a quote mark may open before the label: "“PENCE: ...")
                a = max(sp.open_at, turn.body_start) - turn.body_start
                outside = outside[:a] + outside[sp.close_end - turn.body_start:]
        if len(re.findall(r"\w+", outside)) < MIN_WORDS or end <= turn.body_start:
            return  # a turn that is one quote ("PENCE: “...”") is that quote
        m, group = self.turn_speaker(turn)
        self.add(turn.body_start, end, "transcript", pi, m, None, "transcript", 0.8, None, group=group)

    # -- the pass --------------------------------------------------------------
    def run(self, indirect: bool) -> list[Quote]:
        self.register_names()
        self.find_turns()
        prev_para: Mention | None = None  # the last speaker of the paragraph before
        prev_para_caption = False
        before_prev: Mention | None = None
        for pi in range(min(self.stop, len(self.paras))):
            if not self.near[pi]:
                prev_para = before_prev = None
                prev_para_caption = False
                continue
            if self.turns and is_aside(self.text, self.paras[pi]):
                continue  # "(CROSSTALK.)" names no one and breaks no turn
            toks = self.toks(pi)
            turn = self.turns.get(pi)
            self.first_person = self.turn_speaker(turn)[0] if turn is not None else None
            if turn is not None and indirect:
                self.add_turn(pi, turn)
            para_last: Mention | None = None
            subjects: list[list[Token]] = []  # the subjects of the sentences so far, in this paragraph
            reported_in_para = False  # a reported claim (no quote marks) was attributed in this paragraph
            signoff = self.signoff(pi + 1)
            quote_at = list(compress(range(len(toks)), map("Q".__eq__, map(_KIND, toks)))) if pi in self.by_para else []
            subj, s0, s1 = None, 0, 0
            credit: bool | None = None  # the paragraph is a photo's credit line ("... via Getty Images."), once known
            for s0, s1 in self.sents(pi):
                lo = s0 - 1
                if turn is not None and turn.opener == pi and toks[s0].start == turn.label_start:
                    # the label is no part of the turn's first sentence: "WALLACE: But he tweeted “...”"
                    lo = next((k for k in range(s0, s1) if toks[k].start >= turn.body_start), s1) - 1
                subj = sentence_subject(toks, lo, s1)
                if subj and _opens_with_cue(subj):
                    subj = subj[1:]
                if subj and subj[0].text == "the" and not subj[-1].is_cap:
                    # a description after an opening phrase, when it resolves to the holder of its office ("Asked
                    # about it, the governor smiled.")
                    if (holder := self.ents.office_holder(subj, subj[0].start)) is not None:
                        self.ents.note_speaker(holder, subj[0].start)
                elif subj and subj[0].lower in _CROWD_COUNTS and len(subj) > 2 and subj[1].lower == "of" and \
                        not subj[-1].is_cap and self.ents.a_person_described(subj[-1].text, plural=True):
                    # "Hundreds of protesters gathered ... Their message was simple: “...”": people a "they" may mean
                    self.ents.note_speaker(" ".join(t.text for t in subj), subj[0].start)
                elif subj and subj[0].is_cap and not _names_a_group(toks, subj, s1):
                    if subj[0].lower in DETERMINERS and not subj[-1].is_cap:
                        # a description is no name: "The Florida senator ..." is the person it resolves to ("The
                        # source said ..." is no one's)
                        m = self.ents.resolve(subj, subj[0].start) if subj[-1].lower not in lexicon().anonymous \
                            else None
                        if m is not None and m.kind == "description" and m.name is not None and \
                                (ent := self.ents.by_name.get(m.name)) is not None and ent.kind == "person":
                            self.ents.note_speaker(m.name, subj[0].start)
                        elif subj[0].lower in ("a", "an"):
                            if m is None or m.name == m.text:
                                self.note_described(subj)  # "A DNC official pushed back."
                        elif len(subj) == 2 and subj[0].lower in ("his", "her") and \
                                self.ents.a_person_described(subj[1].text) and \
                                (owner := self.possessor(subj, 1, lo)) is not None and owner.name:
                            self.ents.note_relative(owner.name, subj[1].text, subj[0].start)  # "Her husband runs ..."
                    elif (w := _whose(subj)) is not None:
                        # "Lind’s husband runs a bakery.", "Clinton’s campaign manager was asked ...": someone a
                        # later "he" can mean, by whose he is
                        noun = " ".join(t.text for t in subj[w + 1:])
                        # (the owner of an organisation that speaks is a later "he" or "she": "Mr. Sanders's
                        # campaign vowed ... he gave a defiant speech")
                        whose = self.ents.register_run(
                            [t.text for t in subj[:w]] + [strip_possessive(subj[w].text)], subj[0].start,
                            subject=subj[-1].lower in lexicon().org_nouns)
                        if whose is not None and whose.kind != "org" and self.ents.a_person_described(noun):
                            self.ents.note_relative(whose.name, noun, subj[0].start)
                    elif not (pi == 0 and self.title_case_headline):
                        if credit is None:  # (once a paragraph, and only for one with a name as a subject)
                            credit = _CREDIT.match(self.text, self.paras[pi].start) is not None
                        ent = self.ents.register_run([t.text for t in subj], subj[0].start, subject=not credit)
                        k0 = index_of(toks, subj[0])
                        if ent is not None and k0 >= 2 and toks[k0 - 1].text == "," and not toks[k0 - 2].is_cap:
                            self.ents.note_apposed(ent, toks[k0 - 2].lower)  # "Her spokesman, Tom Berg, ..."
                        if (other := _and_subject(toks, index_of(toks, subj[-1]) + 1, s1)) is not None:
                            # "Lind and Berg have sparred": the second subject, whom a "he" or "she" may mean when
                            # the first is of the other sex (noted before the first, which wins when both agree)
                            self.ents.register_run([t.text for t in other], subj[0].start - 1, subject=True)
                            both = self.ents.resolve(toks[index_of(toks, subj[0]):index_of(toks, other[-1]) + 1],
                                                     subj[0].start)
                            if both is not None and both.kind == "names" and both.name:
                                # "Frank and Rosa Delgado woke up at 3 a.m. ... they say": the pair, a "they"
                                self.ents.note_speaker(both.name, subj[0].start + 1)
                in_sent = quote_at[bisect_left(quote_at, s0):bisect_left(quote_at, s1)]  # the sentence's quotes
                if not in_sent and (np := inverted_speaker(toks, lo, s1)) is not None:
                    self.speaker(np)  # "..., said Kari Dahl, the city treasurer.": the "she" of a quote after it
                sent_last: Mention | None = None
                used_cues: set[int] = set()
                cue_group: dict[int, int | None] = {}  # "“A,” X said, “B.”": both halves of one attribution
                for qi in in_sent:
                    t = toks[qi]
                    sp = self.spans[t.quote]
                    qtext = self.quote_texts[t.quote]
                    if self.subhead(pi, sp, qtext):
                        continue
                    if self.not_speech(toks, qi, qtext, lo, s1):
                        # a title is no speech, but the cue before it still speaks for the quotes after it:
                        # "X said on the show “Morning Joe” that “...”"
                        att = attribute_before(toks, qi, lo)
                        if att is not None and (m := self.mention(att)) is not None:
                            sent_last = para_last = m
                        continue
                    # a one-word quote is a term, not a report of words; it still names who is speaking
                    # for the quotes that follow ("Safety," said Grimm. "Safety for everybody.")
                    emit = _TWO_WORDS.search(qtext) is not None  # MIN_WORDS (two) or more
                    ends_open = qtext.rstrip()[-1:] in (",", "?", "!", "—", "-") or \
                        (qi + 1 < s1 and toks[qi + 1].text in (",", "—"))
                    att = attribute_after(toks, qi, s1) if ends_open else None
                    nxt = qi + 2 if qi + 2 < s1 and toks[qi + 1].text == "," else qi + 1
                    after_ok = True  # the cue after the quote may attribute it
                    if att is not None and nxt < s1 and toks[nxt].lower in ("and", "but", "while", "whereas") and \
                            att.cue_index > qi:
                        # "“...,” and he vowed to ...": a clause that goes on, not the quote's attribution,
                        # when a cue before the quote has one ("Trump told supporters that “...,” and he ..."), or a
                        # quote before it in the sentence does ("Lind called it “A” and “B,” but Berg said ..."); a
                        # "while" clause is never the quote's ("Trump mocked the plan as “...,” while Clinton accused")
                        after_ok = sent_last is None and toks[nxt].lower in ("and", "but")
                        att = attribute_before(toks, qi, lo) or (att if after_ok else None)
                    if att is not None and att.rule == "after" and att.cue_index + 1 < s1 and \
                            toks[att.cue_index + 1].text == ":" and \
                            (before := attribute_before(toks, qi, lo)) is not None:
                        att = before  # "After X said that ... “...,” Trump said: “...”": that cue opens what follows
                    # "what Sroka called “...”": Sroka's words, over any other cue
                    att = named_by(toks, qi, lo, s1) or att or attribute_before(toks, qi, lo) or \
                        (attribute_after(toks, qi, s1) if after_ok else None) or attribute_joined(toks, qi, s1) or \
                        (self.headline_cue(toks, qi, s0, s1) if pi == 0 else None)
                    m = None
                    q_end = sp.end
                    inner = self.inner_signoff(sp.start, sp.end) if att is None else None
                    if inner is not None:  # "“... for her here.\nS.C. Rep. Jim Clyburn.”": a pull quote, signed inside
                        m, q_end = inner
                        ctx, cue, rule, conf = None, None, "after:sign-off", 0.75
                    elif att is not None:
                        m = self.through_poll(self.mention(att), toks, pi)
                        if att.rule not in ("before:partial", "before:participle") and not \
                                (att.rule == "before" and _clause_goes_on(toks, qi, s1)):
                            # a partial quote's cue still introduces the claim around it:
                            # "Trump says he is “a unifier” who ..." is one claim holding one quote
                            used_cues.add(att.cue_index)
                        rule, conf = att.rule, att.confidence
                        if m is not None and m.kind == "description" and m.name == m.text:
                            conf -= 0.1
                        a = min(att.cue_index, index_of(toks, att.speaker[0]))
                        b = max(att.cue_index, index_of(toks, att.speaker[-1])) + 16
                        if a > 1 and toks[a - 1].lower == "quoted":
                            a = max(lo + 1, a - 5)  # "Xinhua quoted Wei as saying": the agency is the via
                        if a > qi:  # attribution after the quote: up to the next quote or the end
                            b = min(b, next((x for x in range(qi + 1, s1) if toks[x].kind == "Q"), s1))
                        else:
                            b = min(b, qi)
                        ctx = (toks, a, b)
                        cue = att.cue
                    else:
                        # no cue of its own: the speaker of the quote before, in this sentence,
                        # this paragraph, or the paragraph before
                        at_start = qi == s0 or all(x.kind == "p" for x in toks[s0:qi])
                        ctx, cue = None, None
                        if sent_last is not None:
                            if _title_case(qtext):
                                continue  # "so are “24,” “Prison Break” and “Gilmore Girls.”": titles, not words
                            m, rule, conf = sent_last, "continue:sentence", 0.8
                            # "..., said Ervin, who thinks the staff “need to ...”": the mention is the "who"
                            # that opens the clause holding the quote, when it is the same speaker's
                            rel = relative_clause_subject(toks, qi, lo) or \
                                ([p] if (p := clause_pronoun(toks, qi, lo, coordinated=True)) else None)
                            if rel is not None and (mr := self.resolve_np(rel)) is not None and mr.name == m.name \
                                    and (rel[0].lower != "who" or
                                         any(is_cue(toks, x, claim=True) for x in range(index_of(toks, rel[0]), qi))):
                                m = mr
                            if (mn := self.new_clause_subject(toks, qi, s0)) is not None and mn.name != m.name:
                                # "In a video that Judge Mosman called “distasteful,” Santilli expressed a desire
                                # to “...”": the main clause has a subject of its own
                                m, rule, conf = mn, "unattributed:subject", 0.4
                        elif qi == 0 and signoff is not None:
                            m, rule, conf = signoff, "after:sign-off", 0.8
                        elif para_last is not None and at_start:
                            m, rule, conf = para_last, "continue:paragraph", 0.8
                        elif not sp.closed and (mn := self.run_on_speaker(pi, sp)) is not None:
                            m, rule, conf = mn, "continue:next-paragraph", 0.8
                        elif turn is not None:  # a transcript's speaker reading words out
                            m, rule, conf = self.first_person, "transcript", 0.7
                        elif at_start and (prev_subject := self.latest_subject(subjects)) is not None:
                            m, rule, conf = prev_subject, "continue:subject", 0.35
                        elif qi == 0 and prev_para is not None and qtext.rstrip().endswith("?") and \
                                (mq := self.questioner(pi)) is not None:
                            m, rule, conf = mq, "continue:dialogue", 0.6
                        elif qi == 0 and prev_para is not None:
                            m, rule, conf = prev_para, "continue:previous-paragraph", 0.75
                        elif qi == 0 and prev_para is None and prev_para_caption and before_prev is not None:
                            m, rule, conf = before_prev, "continue:previous-paragraph", 0.65
                        elif pi == 0 and (hs := self.headline_subject(toks, s0, qi)) is not None:
                            m, rule, conf = hs, "unattributed:headline", 0.6
                        else:
                            # no cue anywhere near: a characterisation, a term, a title. Most are still
                            # someone's words; the likeliest someone is the sentence's subject.
                            if _title_case(qtext):
                                continue  # no cue and Every Word Capitalised: a title or a slogan
                            if any(toks[x].lower == "asked" and toks[x - 1].lower in _COPULAS
                                   for x in range(max(s0 + 1, qi - 3), qi)):
                                continue  # "Lind was asked, “...?”": the question of someone unnamed
                            subj = sentence_subject(toks, lo, qi)
                            if not subj and pi > 0 and toks[s0].lower in SUBORD_OPEN and \
                                    _n_words(qtext) > _MAX_TERM_WORDS and \
                                    (main := sentence_subject(toks, lo, s1)) and main[0].start > toks[qi].start:
                                # the quote in the opening phrase: "In an address that spoke to the “...” of
                                # voters, Mrs. Clinton struck the same notes": the main clause's subject
                                subj = main
                            pron = clause_pronoun(toks, qi, lo)
                            if subj and pron is not None and pron.start > subj[0].start:
                                subj = [pron]  # "Perez is winning nods as he keeps talking about the “...”"
                            if subj and subj[0].lower in ("it", "this", "that") and (
                                    len(subj) == 1 or not subj[1].is_cap and subj[1].lower.endswith("s")):
                                # "It is strange that ...", "That makes her “...”": no one speaks, but a
                                # clause after it may have someone: "It is strange that Trump would denounce “...”"
                                subj = clause_after_dummy(toks, index_of(toks, subj[0]), qi)
                            # "Good information can still ...": a capital by position only, a thing's word
                            ordinary = subj is not None and len(subj) == 1 and subj[0] is toks[s0] and \
                                self.opens_sentences_only(toks, s0)
                            m = self.ents.resolve(subj, subj[0].start) if subj and not ordinary else None
                            owner = self.noun_cue_owner(toks, qi, lo)
                            if owner is None and subj and toks[qi - 1].text == ":" and \
                                    (k := next((x for x, t in enumerate(subj) if t.lower in _REPLY_NOUNS), 0)) > 0:
                                # "The mayor's response was swift: “...”", "Her answer: “...”": whose words they are
                                owner = self.possessor(toks, index_of(toks, subj[k]), lo)
                            rel = relative_clause_subject(toks, qi, lo) if owner is None else None
                            if owner is not None:
                                m, rule, conf = owner, "before:possessive", 0.6
                            elif (nb := named_by(toks, qi, lo, s1, pronoun=True)) is not None and \
                                    (mn := self.mention(nb)) is not None and mn.name:
                                m, rule, conf = mn, nb.rule, 0.6  # "The group seeks ... what it calls “...”"
                            elif rel is not None and (mr := self.resolve_np(rel)) is not None and mr.name:
                                m, rule, conf = mr, "unattributed:relative", 0.4
                            elif para_last is not None and reported_in_para and (m is None or m.kind != "pronoun") \
                                    and any(x.lower == "would" for x in toks[s0:qi]):
                                # "Channel 2 reported the deal would .... Russia would also accept “...”":
                                # a sentence that goes on with the report is the reporter's
                                m, rule, conf = para_last, "continue:report", 0.5
                            elif para_last is not None and subj and index_of(toks, subj[-1]) + 1 == qi and \
                                    _n_words(qtext) > _MAX_TERM_WORDS:
                                # "“...,” said Aida. Biden “kind of misspoke. This is not ...”": the quote goes on
                                # with the sentence's verb; the words are the paragraph's speaker's
                                m, rule, conf = para_last, "continue:paragraph", 0.5
                            elif m is not None and m.name:
                                if _n_words(qtext) <= _MAX_TERM_WORDS and self.ents.names_a_thing(m):
                                    continue  # "The deal carries a “pre-agreement”": a term, not anyone's words
                                # (confidences here and below: the share of such quotes whose speaker PolNeAR's
                                # train split agrees with, rounded down: 0.68 of 407, 0.56 of 32, 0.36 of 14)
                                rule, conf = "unattributed:subject", 0.6
                                if qi - 1 > s0 and toks[qi - 1].text == ":":
                                    conf = 0.85  # "X had a message for Democrats: “...”" (37 of 40)
                            elif ordinary and _n_words(qtext) <= _MAX_TERM_WORDS:
                                continue  # a term, as after any thing
                            elif para_last is not None:
                                m, rule, conf = para_last, "unattributed:paragraph", 0.5
                            elif not ordinary and (mp := self.person_before(toks, qi, s0)) is not None:
                                m, rule, conf = mp, "unattributed:person", 0.25
                            elif sp.closed and at_start and qi + 1 == len(toks) and \
                                    (mn := self.run_on_speaker(pi, sp)) is not None:
                                # (a quote left open was looked up above, before the speakers around it)
                                m, rule, conf = mn, "continue:next-paragraph", 0.5
                            else:
                                # no one near to say it: a term ("soft power"), a title, a slogan, an
                                # excerpt. A tracker of who said what has nothing to file it under.
                                continue
                    if m is not None and m.name:
                        self.ents.note_speaker(m.name, m.start)
                    if not emit:
                        if att is not None:
                            sent_last = para_last = m
                        continue
                    q_start = sp.start
                    if turn is not None and q_start <= turn.label_start < turn.body_start < q_end:
                        q_start = turn.body_start  # a turn in quote marks: “PENCE: Well, ...” says "Well, ..."
                    self.add(q_start, q_end, "direct", pi, m, cue, rule, conf, ctx,
                             group=cue_group.get(att.cue_index) if att is not None else
                             self.turn_speaker(turn)[1] if rule == "transcript" and turn is not None else None)
                    if att is not None:
                        cue_group[att.cue_index] = self.out[-1].group
                    self.quote_group[t.quote] = self.out[-1].group
                    if indirect and att is not None and att.cue_index > qi and (lead := _lead_in(toks, s0, qi)):
                        # "Ms. Brainard is “not a backslapper,” said Mr. Sperling": the claim holds its quote
                        self.add(toks[lead[0]].start, sp.close_end, "indirect", pi, m, cue, "indirect:lead-in", conf,
                                 None, group=self.out[-1].group)
                    if sent_last is None or att is None or not _in_dash_aside(toks, qi, s0, s1):
                        sent_last = m  # (not the crowd of "“A” - at which point the crowd chanted “B” -")
                        para_last = m
                if subj:
                    subjects.append(subj)  # resolved only if a later quote needs it
                found = self.claims(toks, s0, s1, used_cues, pi, sent_last) if indirect else []
                if indirect:
                    self.topics(toks, s0, s1, pi)
                for claim in found:
                    para_last = claim or para_last
                    reported_in_para = True
                if not found and not sent_last and (indirect or self.quote_follows(pi, s1)):
                    # still note who spoke ("She said:"), so that a following quote paragraph continues them
                    cue_words = lexicon().cue_words
                    for c in [c for c in range(s0, s1) if toks[c].lower in cue_words]:
                        if c not in used_cues and is_cue(toks, c):
                            np = subject_before(toks, c, lo)
                            if not np and c == s0 and c + 1 < s1 and toks[c + 1].is_cap:
                                np = subject_after(toks, c + 1, s1)  # "Stated Stone:" before the quote below
                            if np:
                                m = self.speaker(np)
                                if m is not None and (m.name or m.kind == "pronoun" and toks[s1 - 1].text == ":"):
                                    para_last = m  # ("He told his audience:" hands over its "he", named or not)
                                    reported_in_para = True
                                break
                    else:
                        if s1 == len(toks) and self.opens_with_quote(pi + 1):
                            # "Trump spoke only in bromides during the interview." over a quote paragraph
                            para_last = self.event_speaker(toks, s0, s1, lo) or para_last
            text = self.text[self.paras[pi].start:self.paras[pi].end]
            if para_last is not None and subj and len(subj) == 1 and subj[0].lower in ("he", "she", "they") and \
                    subj[0].start > para_last.start and not any(t.kind == "Q" for t in toks[s0:s1]):
                # "“...,” Trump added. He then had a question for the crowd.": the quote below continues
                # the last sentence's "He", the same speaker
                mr = self.ents.resolve(subj, subj[0].start)
                if mr is not None and mr.name == para_last.name:
                    para_last = mr
            if para_last is None and text.rstrip().endswith(":") and subjects:
                # "He then listed the qualities a nominee needs:" hands the floor to the quotes below (not "Wait, it
                # gets better:", whose capital only opens the sentence)
                para_last = self.latest_subject([s for s in subjects if not (
                    len(s) == 1 and s[0].is_cap and self.opens_sentences_only(toks, index_of(toks, s[0])))])
            caption = para_last is None and bool(_CAPTION.search(text))
            if para_last is not None or not caption:
                before_prev = prev_para if para_last is None else para_last
            prev_para, prev_para_caption = para_last, caption
            if caption:
                prev_para = None
        return self.out

    def run_on_speaker(self, pi: int, sp: QuoteSpan) -> Mention | None:
        """Who speaks quote ``sp``, which paragraph ``pi`` leaves open: the attribution of the quote that goes on
        in the next paragraph, or in the one after that, when it too runs on. "“First we fix the quay.\n“Then
        we build the homes,” Lind said." is all Lind's, whoever spoke before it."""
        nxt = pi + 1
        if nxt >= min(self.stop, len(self.paras)) or not self.near[nxt] or not self.opens_with_quote(nxt):
            return None
        toks = self.toks(nxt)
        qi = next(i for i, t in enumerate(toks) if t.kind == "Q")
        if (self.text[toks[qi].start] == '"') != (self.text[sp.open_at] == '"'):
            return None  # (a straight mark opens an excerpt; the curly one after it is a quote inside it)
        s1 = next(b for a, b in self.sents(nxt) if a <= qi < b)
        if (att := attribute_after(toks, qi, s1)) is None:
            goes_on = self.spans[toks[qi].quote]
            return self.run_on_speaker(nxt, goes_on) if not goes_on.closed else None
        m = self.mention(att)
        return m if m is not None and m.name else None

    def through_poll(self, m: Mention | None, toks: list[Token], pi: int) -> Mention | None:
        """The poll named in the sentence of a speaker that is a share of its respondents: "The poll finds that
        37 percent of Americans say ..." is the poll's finding; anyone else is themselves. ``toks`` are the
        tokens of paragraph ``pi``."""
        if m is None or not _SHARE_OF.match(m.text) and not (
                (before := self.text[max(0, m.start - 50):m.start]).rstrip().endswith((" of", " and")) and
                _SHARE_OF_BEFORE.search(before)):
            return m
        s0, s1 = next(((a, b) for a, b in self.sents(pi) if toks[a].start <= m.start < toks[b - 1].end), (0, 0))
        poll = _poll_in(toks, s0, s1)
        return self.resolve_np(poll) if poll else m

    def person_before(self, toks: list[Token], qi: int, s0: int) -> Mention | None:
        """The nearest "he", "she" or person the article has named before quote ``qi`` in its sentence,
        outside a prepositional phrase: "When Trump used the words, “...”", "Mr. Obama's lyrical rejection of
        “...”". The last resort for a quote with no cue and no subject of its own."""
        k = qi - 1
        while k > s0:
            t = toks[k]
            if t.lower in ("he", "she"):
                return self.resolve_np([t])
            if t.is_cap and t.lower not in NOT_NAMES and not t.text.isupper():
                b = k
                while k - 1 > s0 and toks[k - 1].is_cap and toks[k - 1].lower not in NOT_NAMES:
                    k -= 1
                ent = self.ents.lookup_name(toks[b].text)
                if ent is not None and ent.kind == "person" and toks[k - 1].lower not in PREPOSITIONS:
                    return self.ents.resolve(toks[k:b + 1], toks[k].start)
            k -= 1
        return None

    def new_clause_subject(self, toks: list[Token], qi: int, s0: int) -> Mention | None:
        """A named subject and its verb opening the clause of quote ``qi`` after the comma that follows the
        sentence's previous quote: ", Santilli expressed a desire to “...”"."""
        p = next((x for x in range(qi - 1, s0 - 1, -1) if toks[x].kind == "Q"), None)
        if p is None:
            return None
        c = next((x for x in range(qi - 1, p, -1) if toks[x].text == ","), None)
        if c is None:
            c = p if ends_on_comma(toks[p]) else None
        if c is None:
            return None
        e = c + 1
        while e < qi and toks[e].is_cap and toks[e].lower not in NOT_NAMES:
            e += 1
        if e == c + 1 or e >= qi or toks[e].kind != "w" or toks[e].is_cap or not toks[e].lower.endswith(("ed", "s")):
            return None
        m = self.ents.resolve(toks[c + 1:e], toks[c + 1].start)
        return m if m is not None and m.name and m.kind == "name" else None

    def latest_subject(self, subjects: list[list[Token]]) -> Mention | None:
        """The latest sentence subject of the paragraph that names someone."""
        for subj in reversed(subjects):
            m = self.ents.resolve(subj, subj[0].start)
            if m is not None and m.name:
                return m
        return None

    def event_speaker(self, toks: list[Token], s0: int, s1: int, lo: int) -> Mention | None:
        """The named subject of a speech event ("Trump spoke to reporters") in toks[s0:s1]."""
        events = lexicon().event_forms
        for c in range(s0, s1):
            if toks[c].lower in events and (np := participle_subject(toks, c, lo) if toks[c].lower.endswith("ing")
                                            else subject_before(toks, c, lo)):
                m = self.speaker(np)  # ("Fiorina opened by talking about ...": Fiorina)
                return m if m is not None and m.name else None
        return None

    def quote_follows(self, pi: int, after: int) -> bool:
        """A quote later in paragraph ``pi`` (after token ``after``) or opening one of the next two."""
        toks = self.toks(pi)
        if self.by_para.get(pi) and after < len(toks) and self.by_para[pi][-1][1].open_at >= toks[after].start:
            return True
        return any(self.opens_with_quote(p) for p in range(pi + 1, min(pi + 3, len(self.paras))))

    def signoff(self, pi: int) -> Mention | None:
        """A paragraph that only signs off the quote before it: "— Michelle Marks, Philadelphia."."""
        if pi >= min(self.stop, len(self.paras)):
            return None
        if self.text[self.paras[pi].start:self.paras[pi].end].lstrip()[:1] not in ("-", "—", "–", "―"):
            return None
        toks = self.toks(pi)
        if len(toks) < 2 or toks[0].text not in DASHES or len(toks) > 40:
            return None
        words = _name_run(toks[1:], ("of", "the", "de", "al", "bin"))
        if not words or words[0].lower in NOT_NAMES:
            return None  # ("– An immigrant himself –." is an aside, no one's name)
        if len(toks) > 16:
            # a long sign-off gives the occasion after the name ("- Sen. Bernie Sanders (I-Vt.), in a speech in
            # Philadelphia, Jan. 12, 2016"); a sentence that opens on a dash has a verb of its own
            after = 1 + len(words)
            if after >= len(toks) or toks[after].text not in (",", "(") or \
                    any(t.kind == "Q" or is_cue(toks, x) for x, t in enumerate(toks)):
                return None
        return self.ents.resolve(words, words[0].start)

    def inner_signoff(self, start: int, end: int) -> tuple[Mention, int] | None:
        """A pull quote signed on its own last line before the closing mark ("... for her here.\nS.C. Rep.
        Jim Clyburn.”"): (the speaker, where the words end)."""
        if not self.text.startswith("\n", end):
            return None
        stop = self.text.find("\n", end + 1)
        stop = len(self.text) if stop < 0 else stop
        line = self.text[end + 1:stop].rstrip()
        if not line or line[-1] not in "\"”'’" or len(line) > 90:
            return None
        words = [t for t in tokenize(self.text, end + 1, end + 1 + len(line) - 1, []) if t.kind == "w"]
        if not 2 <= len(words) <= 10 or not words[0].is_cap or lexicon().cue_lemma(words[0].text):
            return None
        run = _name_run(words, ("of", "the", "de", "al", "bin", "von", "van"))
        if len(run) < 2:
            return None
        m = self.ents.resolve(run, run[0].start)
        return (m, end) if m is not None and m.name else None

    def headline_claim(self, toks: list[Token], s0: int, s1: int, pi: int) -> Mention | None:
        """A headline's "Name Says Claim" in capitals ("Glenn Beck Says Trump Poses A Threat To Democracy"): a
        cue capitalised like every word of the headline, the name before it, the claim after it."""
        if not (s1 > s0 and self.in_headline(toks[s0].start)):
            return None
        lex = lexicon()
        c = next((x for x in range(s0 + 1, min(s1, s0 + 7)) if toks[x].is_cap and
                  lex.cue_forms.get(toks[x].lower) in _HEADLINE_CUES), None)
        if c is None or not all(t.kind == "w" and t.is_cap for t in toks[s0:c]) or toks[s0].lower in NOT_NAMES:
            return None
        end = _words_end(toks, c + 1, s1)
        if sum(t.kind == "w" for t in toks[c + 1:end]) < MIN_CLAIM_WORDS - 1:
            return None
        return self._claim(toks, (s0, c), (c + 1, end), c, toks[c].text, pi, rule="indirect:headline")

    def headline_cue(self, toks: list[Token], qi: int, s0: int, s1: int) -> Attribution | None:
        """A headline's quote and its "Name Says", the cue capitalised like every word of the headline
        ("Hollande Says Donald Trump ‘Makes You Want To Retch’", "Guns Are ‘The Ultimate Public Health Crisis,’
        Howard Dean Tells Democratic Convention")."""
        if not self.in_headline(toks[qi].start):
            return None
        lex = lexicon()
        for c in range(s0 + 1, s1):
            if toks[c].kind != "w" or not toks[c].is_cap or \
                    lex.cue_forms.get(toks[c].lower) not in _HEADLINE_QUOTE_CUES:
                continue
            a = c
            while a - 1 >= s0 and c - a < 4 and toks[a - 1].kind == "w" and toks[a - 1].is_cap:
                a -= 1
            if a < c and toks[a].lower not in NOT_NAMES and toks[a].lower not in COLON_LABELS:
                return Attribution(toks[c].text, c, tuple(toks[a:c]), "after:headline" if c > qi else
                                   "before:headline", 0.7)
        # "Cruz: Trump Would Put Liberals On Court, ‘I Fear The Same Thing Is True’", "Gillibrand on Hillary
        # Releasing Her Speeches: ‘I Think She Will.’": the name that opens the headline, before its colon
        colon = next((x for x in range(s0 + 1, qi) if toks[x].text == ":"), None)
        if colon is None:
            return None
        e = s0
        while e < min(colon, s0 + 3) and toks[e].kind == "w" and toks[e].is_cap:
            e += 1
        if e > s0 and (e == colon or toks[e].lower in ("on", "to", "at")) and toks[s0].lower not in NOT_NAMES \
                and toks[s0].lower not in COLON_LABELS and not lex.cue_lemma(toks[e - 1].lower):
            return Attribution(":", colon, tuple(toks[s0:e]), "before:headline", 0.7)
        return None

    def headline_subject(self, toks: list[Token], s0: int, qi: int) -> Mention | None:
        """The name that opens a headline before its verb, the speaker of a quote in it with no cue ("Gingrich
        Takes Talk Of Being Trump’s Running Mate ‘Very Seriously.’", "The Latest: Trump delivers defense of
        ‘New York values.’")."""
        if not self.in_headline(toks[qi].start):
            return None
        a = s0
        colon = next((x for x in range(s0 + 1, min(qi, s0 + 4)) if toks[x].text == ":"), None)
        if colon is not None and all(t.lower in COLON_LABELS or t.lower in ("the", "latest") for t in toks[s0:colon]):
            a = colon + 1  # (after a label: "The Latest:")
        e = a
        while e < min(qi, a + 4) and toks[e].kind == "w" and toks[e].is_cap and (
                not _headline_verb(toks[e]) or e > a and toks[e].lower.endswith("s") and
                re.compile(r"[a-z0-9,;:] " + re.escape(toks[e].text) + r"\b").search(self.text, self.paras[0].end)):
            e += 1  # (a name in -s that the article writes as one: "Jeff Sessions", not "Gingrich Takes")
        if e == a or e >= qi or not _headline_verb(toks[e]) or toks[a].lower in NOT_NAMES or \
                toks[a].lower in COLON_LABELS:
            return None
        return self.speaker(toks[a:e])

    def claim_after_colon(self, toks: list[Token], s0: int, s1: int, pi: int) -> Mention | None:
        """A headline's "Name: claim" ("Obama: It’s Going To Be OK", "Lynch: No outside influence on FBI probe",
        "Poll: ..."): a short name, its colon, and the words after it, the name's (not a label: "UPDATE:",
        "Note:", "Q:")."""
        if pi in self.turns:
            return None  # a transcript's "Wallace: ..." is a turn, read as one
        c = next((x for x in range(s0 + 1, min(s1, s0 + 5)) if toks[x].text == ":"), None)
        if c is None or not all(t.kind == "w" and t.is_cap and not t.text.isupper() for t in toks[s0:c]) or \
                toks[s0].lower in NOT_NAMES or toks[s0].lower in COLON_LABELS or toks[c - 1].lower.endswith("ed") \
                or " ".join(t.lower for t in toks[s0:c]) in lexicon().regions or \
                any(t.kind == "Q" for t in toks[c + 1:c + 2]):
            return None  # (nor a place before a list: "Iowa: Tim Albrecht, Brad Anderson, ...")
        end = _words_end(toks, c + 1, s1)
        if sum(t.kind == "w" for t in toks[c + 1:end]) < MIN_CLAIM_WORDS + 1 or \
                sum(t.text == "," for t in toks[c + 1:end]) >= 3:
            return None
        return self._claim(toks, (s0, c), (c + 1, end), c, ":", pi, rule="indirect:colon")

    def claim_before_cue(self, toks: list[Token], s0: int, s1: int, used: set[int], pi: int) -> Mention | None:
        """ "CONTENT, X said (on Monday)." / "CONTENT, according to X." / "According to X, CONTENT." """
        end = s1
        while end > s0 and toks[end - 1].kind == "p" and toks[end - 1].text in ".!?;":
            end -= 1
        lex = lexicon()
        # "(But) According to X, CONTENT."
        a0 = s0
        while a0 < min(end, s0 + 4) and (toks[a0].lower in _CLAIM_OPENERS or toks[a0].text in (",", ":")):
            a0 += 1
        if a0 + 2 < end and toks[a0].lower == "according" and toks[a0 + 1].lower == "to":
            comma = next((x for x in range(a0 + 2, end) if toks[x].text == ","), None)
            if comma is not None and comma - a0 <= 20:  # "According to early results of exit polls ..., "
                return self._claim(toks, (a0 + 2, comma), (comma + 1, end), a0, "according to", pi)
        # "Since November, according to Human Rights Watch, security forces have killed ...": the sentence
        # around the attribution is the claim
        for x in range(s0 + 1, end - 3):
            if toks[x].text == "," and toks[x + 1].lower == "according" and toks[x + 2].lower == "to":
                comma = next((y for y in range(x + 3, min(end, x + 14)) if toks[y].text == ","), None)
                if comma is None or end - comma - 1 < MIN_CLAIM_WORDS or \
                        any(t.kind == "Q" or is_cue(toks, i) for i, t in enumerate(toks[s0:end], s0)):
                    break
                return self._claim(toks, (x + 3, comma), (s0, end), x + 1, "according to", pi)
        # "CONTENT(,) according to X - ...": the source ends the claim's clause, however long the sentence goes on
        for x in range(s0 + MIN_CLAIM_WORDS, end - 2):
            if toks[x].lower == "according" and toks[x + 1].lower == "to" and (toks[x - 1].text == "," or
                                                                                toks[x - 1].kind == "w"):
                cm = x - 1 if toks[x - 1].text == "," else x
                src_end = _source_end(toks, x + 2, end)
                if src_end > x + 2 and (src_end == end or toks[src_end].text in ("-", "—", "–", ";", ")")) and \
                        cm - s0 >= MIN_CLAIM_WORDS and not any(t.kind == "Q" for t in toks[s0:end]) and \
                        not any(is_cue(toks, y) for y in range(s0, cm)):
                    return self._claim(toks, (x + 2, src_end), (s0, cm), x, "according to", pi)
                break
        # an attribution clause at the end: a comma, then (within a few words) the cue
        # (reaching further back past an adjunct after the cue: "..., including six children, a war monitor and
        # rescue workers said, as talks on extending a ceasefire stalled in Geneva.")
        anchor = next((x for x in range(end - 2, max(s0, end - 18), -1) if toks[x].text == "," and
                       toks[x + 1].lower in _ADJUNCT_OPENERS and
                       any(is_cue(toks, y) for y in range(max(s0, x - 4), x))), end)
        commas = [x for x in range(end - 1, max(s0, anchor - 18), -1) if toks[x].text == ","]
        for cm in commas:  # "CONTENT, according to X."
            if cm + 2 < end and toks[cm + 1].lower == "according" and toks[cm + 2].lower == "to":
                if cm - s0 < MIN_CLAIM_WORDS or any(t.kind == "Q" for t in toks[cm:end]) or \
                        any(t.kind == "Q" for t in toks[s0:cm]) and any(is_cue(toks, x) for x in range(s0, cm)):
                    # too short, or the channel of a quote with its own cue: "X said, according to Y:
                    # “...”", "“...,” he said, according to Y."
                    return None
                src_end = _source_end(toks, cm + 3, end)  # (not "... poll last week - virtually the same as Mr. Trump")
                return self._claim(toks, (cm + 3, src_end), (s0, cm), cm + 1, "according to", pi)
        for c in range(commas[-1] + 1 if commas else end, end):
            if c in used:
                return None
            lemma = is_cue(toks, c) or (is_cue(toks, c, claim=True) if toks[c].lower in _EVIDENCE_AFTER else None)
            if lemma is None:
                continue
            if lemma in lex.no_claim:
                return None
            before = [x for x in commas if x < c]  # nearest first
            span: tuple[int, int] | None = None
            content_end = 0  # (set with span)
            rest: list[Token] = []
            # inverted: "..., said Smith(, a spokesman)." (a participle never is: "..., calling Christie a friend")
            if toks[c - 1].text == "," and not toks[c].lower.endswith("ing"):
                np = subject_after(toks, c + 1, end)
                if np and not any(x.lower in _NOT_IN_NAME or not x.is_cap and (
                        x.lower in _NOT_IN_INVERTED or x.lower.endswith("ed")) for x in np) and \
                        not (len(np) > 1 and np[0].lower in lex.pronouns) and \
                        not (np[0].lower in SUBORD_OPEN and not np[0].is_cap) and \
                        (c + 1 + len(np) == end or toks[c + 1 + len(np)].text == ",") and \
                        not (np[0].lower in DETERMINERS and not np[-1].is_cap and
                             (thing := self.ents.resolve(np, np[0].start)) is not None and
                             self.ents.names_a_thing(thing)):
                    # (a thing after the cue is its object: "Her son, Andres Ilves, confirmed the death")
                    span, content_end = (c + 1, c + 1 + len(np)), c - 1
            if span is None:
                # "..., the senator said (on Monday)." / "..., Smith, a spokesman, said."
                for k, cm in enumerate(before):
                    np = subject_before(toks, c, cm) if c - cm <= 14 else None
                    if not np:
                        continue
                    span, content_end = (index_of(toks, np[0]), index_of(toks, np[-1]) + 1), cm
                    if k + 1 < len(before) and not np[0].is_cap and np[0].lower not in lex.pronouns and \
                            0 < cm - before[k + 1] - 1 <= 4 and \
                            all(x.is_cap for x in toks[before[k + 1] + 1:cm]):
                        span, content_end = (before[k + 1] + 1, cm), before[k + 1]  # the name, not its appositive
                    break
                rest = toks[c + 1:end]
            if rest and rest[0].text == "," and len(rest) > 1 and rest[1].lower in ("adding", "saying") and \
                    span is not None and content_end - s0 >= MIN_CLAIM_WORDS and \
                    not any(t.kind == "Q" for t in toks[s0:content_end]):
                rest = []  # "Ryan and Trump will meet next week, Spicer said, adding, “...”": the quote is added
            if span is None or content_end - s0 < MIN_CLAIM_WORDS or any(t.kind == "Q" for t in rest):
                return None  # (", X said Wednesday, “...”": what X said is the quote)
            if lemma == "tell" and len(rest) > 1 and (rest[1].lower in SUBJECT_PRONOUNS or
                                                      any(t.lower == "that" for t in rest[:6])):
                return None  # "..., he told me he didn't care about polls": the claim follows the cue
            cut = next((x for x in range(1, min(len(rest) - 1, 6)) if rest[x].text == "," and (
                rest[x + 1].lower in _ADJUNCT_OPENERS or rest[x + 1].lower == "in" and x + 2 < len(rest) and
                rest[x + 2].lower in ("the", "a", "an", "what") and not any(t.lower == "that" for t in rest))), None)
            # ("..., the palace said on Friday, in the latest reshuffle of royal duties.")
            if cut is not None and rest[0].text != "," and not any(t.kind == "Q" for t in rest):
                rest = rest[:cut]  # "..., officials said on Friday, as rescuers raced to ...": an adjunct
            if rest and (not (rest[0].text == "," or rest[0].lower in _CLAIM_TAIL or rest[0].lower.endswith("ly")
                              or lemma in ("tell", "ask")) or
                         rest[0].text != "," and sum(t.kind == "w" for t in rest) > 8):
                # "Lance Beebe, 49, a veteran, said Clinton should ...": the claim follows the cue
                return None
            used.add(c)
            return self._claim(toks, span, (s0, content_end), c, toks[c].text, pi)
        return None

    def _claim(self, toks: list[Token], speaker: tuple[int, int], content: tuple[int, int], cue_at: int,
               cue: str, pi: int, rule: str = "indirect:before-cue") -> Mention | None:
        body = toks[after_dateline(toks, content[0], content[1]):content[1]]  # ("PORT ARDEN, Fla. — ...")
        while body and body[0].lower in ("and", "but", "so", "that"):
            body.pop(0)
        if sum(1 for x in body if x.kind == "w") < MIN_CLAIM_WORDS or all(x.kind == "Q" or x.kind == "p" for x in body):
            return None
        np = [t for t in toks[speaker[0]:speaker[1]] if t.kind == "w" or t.text == "&"]
        if not np:
            return None
        m = self.through_poll(self.speaker(np), toks, pi)
        self.add(body[0].start, body[-1].end, "indirect", pi, m, cue, rule, 0.6,
                 (toks, min(speaker[0], cue_at), max(speaker[1], cue_at + 1)), group=self.group_within(body))
        return m

    def topics(self, toks: list[Token], s0: int, s1: int, pi: int) -> None:
        """What someone said or thought about a thing, without their words: "X talked about the vagueness",
        "his support for Clinton", "Trump's attacks on the press" (``[topics]`` in the lexicon)."""
        lex = lexicon()
        lo = s0 - 1
        taken = [(q.start, q.end) for q in self.out if q.paragraph == pi]
        for i in range(s0 + 1, s1 - 2):
            preps = lex.topics.get(toks[i].lower)
            if preps is None or toks[i + 1].lower not in preps or toks[i].kind != "w":
                continue
            k = i + 2
            end = k
            while end < s1 and end - k < 20 and toks[end].kind == "w" and toks[end].lower not in _TOPIC_STOP:
                end += 1
            body = toks[k:end]
            if not body or body[0].lower in DETERMINERS and len(body) == 1 or is_day_or_month(body[0].lower):
                continue  # ("faced criticism on Sunday": a day, no topic)
            a, b = body[0].start, body[-1].end
            if any(x < b and a < y for x, y in taken):
                continue
            m = self.possessor(toks, i, lo)
            if m is None:
                j = i  # "X talked about", or the verb of "X expressed (strong) concerns about": its subject
                while j - 1 > lo and j > i - 3 and toks[j - 1].kind == "w" and not toks[j - 1].is_cap and \
                        (toks[j - 1].lower in DETERMINERS or toks[j - 1].lower in _TOPIC_MODIFIERS):
                    j -= 1
                w = toks[i].lower
                if j == i and lex.cue_lemma(w) is None:
                    # a noun's own determiner before its adjectives: "mounted a vigorous defense of"
                    d = next((d for d in range(i - 2, max(lo, i - 4), -1) if toks[d].lower in ("a", "an", "the")), None)
                    if d is not None and all(t.kind == "w" and not t.is_cap and not lex.cue_lemma(t.lower)
                                             for t in toks[d + 1:i]):
                        j = d
                verb = j - 1 if j < i or lex.cue_lemma(w) is None and i - 1 > lo and \
                    toks[i - 1].kind == "w" and not toks[i - 1].is_cap and toks[i - 1].lower.endswith(("ed", "s")) else i
                np = subject_before(toks, verb, lo) if verb > lo else None
                if np and np[0].lower in ("who", "which", "that") and len(np) == 1:
                    np = None
                if np and verb == i and not w.endswith(("ed", "ing")) and lex.cue_lemma(w) is None and \
                        toks[i - 1].is_cap:
                    np = None  # "Latino support for", "generating support for": a noun, whose owner is unknown
                if np and not (np[0].is_cap or np[0].lower in DETERMINERS or np[0].lower in _TOPIC_SUBJECT_WORDS or
                               np[0].text[:1].isdigit()):
                    np = None  # a verb phrase, not a subject: "re-tweeting several negative", "emerged over the"
                m = self.speaker(np) if np else None
            if m is None:
                continue
            self.add(a, b, "indirect", pi, m, toks[i].text + " " + toks[i + 1].text, "indirect:topic", 0.4, None)
            taken.append((a, b))

    def opens_sentences_only(self, toks: list[Token], k: int) -> bool:
        """The capitalised word at ``k`` opens its sentence, names no one the article introduced, and is never
        capitalised inside a sentence: an ordinary word ("Good information ...", "Pretty soon ..."), not a
        name ("Sanders said ...", which the article writes mid-sentence too) nor a group ("Officials", "Two
        analysts", "Liberal politicians")."""
        t = toks[k]
        w = t.text
        if not w.isalpha() or w.isupper() or w.endswith("s") or t.lower in NOT_NAMES or t.lower in NUMBER_WORDS \
                or t.lower in lexicon().pronouns or k + 1 < len(toks) and (
                    toks[k + 1].lower.endswith(("s", "ed")) or toks[k + 1].lower in _VERB_AFTER_NAME) or \
                (e := self.ents.lookup_name(w)) is not None and (" " in e.name or e.kind != "unknown"):
            return False
        return not self.ents.capitalised_inside_sentence(w)

    def noun_cue_owner(self, toks: list[Token], q: int, lo: int) -> Mention | None:
        """The owner of a noun cue whose clause holds quote ``q``: "his warning that Britain would go to the
        “back of the queue”", "her claim that she “never sent ...”", "in Forbes’ words, “...”"."""
        for k in range(q - 1, max(lo, q - 24), -1):
            t = toks[k]
            if t.kind == "Q" or t.text in (";", ":") or t.lower in ("but", "while", "although"):
                return None
            if k - 1 > lo and (t.lower in NOUN_CUES and (k + 1 == q or toks[k + 1].lower in ("that", ",", "of") or
                                                         that_after_phrase(toks, k + 1, q)) or
                               t.lower in ("call", "calls") and toks[k + 1].lower == "for"):
                if toks[k + 1].lower == "of":
                    # "the contention of former secretary of state Hillary Clinton that ... “...”"
                    j = k + 2
                    while j < min(q, k + 14) and toks[j].kind == "w" and toks[j].lower != "that":
                        j += 1
                    if j < q and toks[j].lower == "that" and any(x.is_cap for x in toks[k + 2:j]):
                        return self.speaker(toks[k + 2:j])
                if toks[k + 1].lower != "that" and any(x.lower in _COPULAS for x in toks[k + 1:q]):
                    return None  # "Trump's view of the world is “dangerously wrong”": said of the view
                owner = self.possessor(toks, k, lo)
                if owner is None and k - 2 > lo and toks[k - 1].kind == "w" and toks[k - 1].lower not in DETERMINERS:
                    owner = self.possessor(toks, k - 1, lo)  # "her March comment that", "his famous warning"
                return owner
        return None

    def possessor(self, toks: list[Token], i: int, lo: int) -> Mention | None:
        """The owner of a noun cue: "his support", "Trump's attacks"."""
        p = toks[i - 1] if i - 1 > lo else None
        if p is None or p.kind != "w":
            return None
        if p.lower in POSSESSIVE_PRONOUNS:  # resolved as its subject form ("his" as "he"), shown as written
            m = self.ents.resolve([make_token(POSSESSIVE_PRONOUNS[p.lower], p.start, p.end, "w")], p.start)
            return m._replace(text=p.text) if m is not None else None
        if p.is_cap and is_possessive(p.lower) and len(p.lower) > 3:
            run = [make_token(owner := strip_possessive(p.text), p.start, p.start + len(owner), "w")]
            j = i - 2
            while j > lo and toks[j].is_cap and len(run) < 4:
                run.insert(0, toks[j])
                j -= 1
            return self.speaker(run)
        if is_possessive(p.lower) and i - 2 > lo and toks[i - 2].lower == "the" and \
                strip_possessive(p.lower) in lexicon().person_nouns:
            owner = strip_possessive(p.text)
            return self.speaker([toks[i - 2], make_token(owner, p.start, p.start + len(owner), "w")])  # "the mayor's"
        return None

    def question(self, toks: list[Token], c: int, q: int, s1: int, pi: int, used: set[int]) -> int:
        """ "Asked (by X) whether ..., Y said ...": the question is a claim of the asker (often unnamed);
        returns where the main clause starts."""
        end = next((x for x in range(q, s1) if toks[x].text in (",", ";", ":", "—")), s1)
        body = toks[q:end]
        while body and body[-1].kind == "p":
            body.pop()
        used.add(c)
        if sum(x.kind == "w" for x in body) < 2:
            return end
        m = None
        if toks[c + 1].lower == "by":
            np = [x for x in toks[c + 2:q] if x.kind == "w"]
            m = self.resolve_np(np) if np else None  # the asker is no antecedent for the answer's "she"
        self.add(body[0].start, body[-1].end, "indirect", pi, m, toks[c].text, "indirect:asked", 0.4 if m else 0.3,
                 (toks, c, q))
        return end

    def claims(self, toks: list[Token], s0: int, s1: int, used: set[int], pi: int,
               quoted: Mention | None = None) -> list[Mention | None]:
        """Reported speech without quote marks in one sentence: "Lavrov said only Syrian troops ...".
        ``quoted`` is the speaker of a quote in the sentence: "“...,” he added, noting that ..." is theirs."""
        lo = s0 - 1
        found: list[Mention | None] = []
        headline = self.claim_after_colon(toks, s0, s1, pi) or self.headline_claim(toks, s0, s1, pi)
        if headline is not None:
            return [headline]
        before = self.claim_before_cue(toks, s0, s1, used, pi)
        if before is not None:
            return [before]
        after = s0  # a second claim starts after the first one's words
        carry: list[Token] | None = None  # the antecedent of a relative clause's claim, for the main verb
        for c in range(s0, s1):
            if c in used or c < after:
                continue
            lemma = is_cue(toks, c, claim=True)
            asked = _asked_at(toks, c, s1) if lemma == "ask" else None
            if lemma is None or lemma in lexicon().no_claim and asked is None and lemma not in _STANCE or \
                    _not_a_claim_cue(toks, c, s1, lemma) or lemma != "ask" and _passive(toks, c, s1):
                continue
            participle = toks[c].lower.endswith("ing") and (c == s0 or toks[c - 1].lower in (",", "by", "while"))
            shared = _shares_subject(toks, s0, c)
            np = sentence_subject(toks, lo, c) if participle or shared else subject_before(toks, c, lo)
            if not participle and not shared and toks[c].lower.endswith("ing") and c > s0 and \
                    toks[c - 1].kind == "w" and \
                    (not toks[c - 1].is_cap or toks[c - 1].lower in lexicon().weekdays) and \
                    (doer := participle_subject(toks, c, lo)) and (len(doer) < len(np or ()) or
                                                                   np and np[-1].lower in ISSUED):
                # "Halvorsen's office released a statement Sunday saying ...", "X sent a letter opposing ...": the
                # document's issuer (after an auxiliary, "is saying", participle_subject gives subject_before's
                # phrase, the same as np's)
                np = doer
            if participle and (semi := next((x for x in range(c - 1, s0, -1) if toks[x].text == ";"), None)):
                # "Eleven members backed it; Governor Michelle Bowman dissented, saying ...": the clause's own
                np = sentence_subject(toks, semi, c) or np
            lead = quoted if participle and quoted is not None and any(t.kind == "Q" for t in toks[s0:c]) else None
            if lead is None and participle and not np and found and found[-1] is not None:
                lead = found[-1]  # "Some candidates have called for ..., saying ...": the first claim's speaker
            if lead is not None:
                np = [toks[c]]  # the participle's subject is the quote's speaker (set below)
            if carry and c <= after + 3:
                np = carry  # the main verb after "X, who ...,": X's
            if asked is not None and toks[asked].lower in _QUESTION_WORDS and _asked_opens(toks, s0, c):
                after = self.question(toks, c, asked, s1, pi, used)
                continue
            if not np or len(np) == 1 and np[0].lower == "who":
                np = relative_subject(toks, c, lo, ("who",)) or np  # "Republicans who say the law ..."
            if not np or (np[0].lower in ("who", "which", "that", "what") and len(np) == 1):
                continue
            if len(np) == 1 and not np[0].is_cap and np[0].lower.endswith("ed"):
                continue  # "who helped found EDGE": a verb is no speaker
            k = c + 1 if asked is None else asked
            if asked is None and (n := after_cue(toks, c)) > k and n < s1 and toks[n].lower == "that":
                k = n  # after all of a phrase and its "that": "pointed out that", "made it clear that"
            if lemma == "call":
                if k < s1 and toks[k].lower == "for":
                    k += 1
                elif k + 1 < s1 and toks[k].lower == "on" and toks[k + 1].lower not in lexicon().weekdays and \
                        any(x.lower == "to" for x in toks[k + 2:min(s1, k + 10)]):
                    k += 1  # "called on the government to block the visit"
                elif not any(x.kind == "Q" for x in toks[k:min(s1, k + 8)]) and not (
                        k + 2 < s1 and (toks[k].is_cap or toks[k].lower in ("him", "her", "them", "himself", "herself"))
                        and toks[k + 1].kind == "w"):
                    continue  # "called the law “much, much better”" characterises in quoted words, "called Trump a
                    # liar" in its own; "called a vote" not
            # the hearer of "told reporters that", then "that", a day, "in a statement"
            opener = toks[k] if k < s1 else None
            if asked is None and (lemma in _OBJECT_VERBS or
                                     (opener is not None and (opener.lower in _PP_OPENERS or opener.is_cap))):
                that = next((x for x in range(k, min(s1, k + 16)) if toks[x].lower == "that"
                             and not any(y.kind == "Q" for y in toks[k:x])), None)
                if that is not None and lemma not in _OBJECT_VERBS and opener is not None and opener.is_cap and \
                        any(y.lower in _FINITE_AUX for y in toks[k:that]):
                    that = None  # "said Washington would not sign a statement that ...": the claim's own clause
                if that is not None:
                    k = that + 1
                elif lemma in _OBJECT_VERBS:
                    while k < s1 and toks[k].kind == "w" and (toks[k].is_cap or toks[k].lower in _HEARERS or
                                                              k == c + 1 and toks[k].lower in _HEARER_OPENERS):
                        k += 1  # (a determiner after the hearer opens the claim: "told Reuters the company had")
                    # "told reporters in Brussels he ...", "told the court she ...": the hearer, perhaps a place,
                    # then the claim's subject
                    j = next((x for x in range(k, min(s1, k + 5)) if toks[x].kind != "w" or
                              toks[x].lower in SUBJECT_PRONOUNS or toks[x].lower in _NOT_HEARER), None)
                    if j is not None and j > k and toks[j].lower in SUBJECT_PRONOUNS:
                        k = j
                    elif k > c + 1 and k < s1 and toks[k].lower in ("over", "for", "after"):
                        continue  # "warned Sweden over its NATO bid": a hearer and a topic, no claim
            while k < s1 and (toks[k].lower in ("that", "on", "in", "statement", "interview", "earlier", "this", "week",
                                                "last", ":", ",") or toks[k].lower in lexicon().weekdays
                              or toks[k].lower == "a" and k + 1 < s1 and toks[k + 1].lower in ("statement", "interview")):
                k += 1  # "that", "on Monday", "in a statement": not yet the claim ("a third of ..." is)
            end = s1
            while end > k and toks[end - 1].kind == "p" and toks[end - 1].text in ".!?;:,":
                end -= 1
            if (lemma in lexicon().speech_lemmas or lemma in _ASIDE_STANCE) and \
                    _aside_after_subject(toks, s0, a_aside := index_of(toks, np[0]), c, end):
                # "The ad, as Chait noted recently, promises to ...": what was noted is the sentence around the aside
                body = toks[s0:end]
                if _claim_words(body, self.quote_texts) >= MIN_CLAIM_WORDS:
                    m = self.through_poll(self.speaker(np), toks, pi)
                    self.add(body[0].start, body[-1].end, "indirect", pi, m, toks[c].text, "indirect", 0.5,
                             (toks, a_aside, k), group=self.group_within(body))
                    found.append(m)
                    used.add(c)
                break
            # "Ever since Sanders announced his candidacy, he has said ...": the clause ends at its comma
            comma = next((x for x in range(k, end) if toks[x].text == ","), None)
            nxt = None  # where a second claim of this sentence may start
            if comma is not None and opens_subordinate(toks, s0, comma):
                end = nxt = comma  # "While Comey has said that ..., Lewandowski said ...": the main clause's too
            elif comma is not None and np[0].lower in ("who", "which"):
                end = nxt = comma  # "Leenders, who estimated that ..., said he voted ...": the relative clause ends
                carry = np[1:] or None
            # stop at a following cue clause (", adding ...")
            for x in range(k, end):
                if ends_on_comma(toks[x]) and x + 1 < end and (is_cue(toks, x + 1) or toks[x + 1].lower == "according"):
                    # "mocked her record, saying she would ...": the participle's claim follows (a quote closing
                    # on the comma stays in: "was “running a negative campaign,” adding: ...")
                    end = x + (toks[x].kind == "Q")
                    nxt = x
                    break
            # "... claimed responsibility, but U.S. officials have said they ...": a second speaker's claim
            first = k + MIN_CLAIM_WORDS  # (a quote is one token of several words: "the ruling “a landmark,” while")
            while first > k + 1 and _claim_words(toks[k:first - 1], self.quote_texts) >= MIN_CLAIM_WORDS:
                first -= 1
            second = next((x for x in range(first, end) if toks[x].lower in _SECOND_CLAIM
                           and (any(is_cue(toks, y, claim=True) and subject_before(toks, y, x)
                                    for y in range(x + 2, min(s1 if _contrast_clause(toks, x) else end, x + 9)))
                                or toks[x].lower in ("and", "but") and is_cue(toks, x + 1, claim=True))), None)
            if second is not None:
                end = second - 1 if toks[second - 1].text == "," else second
                nxt = second
            cuts = [x for x in (_claim_ends(toks, k + MIN_CLAIM_WORDS, end),
                                _main_clause_resumes(toks, k, end) if toks[c].lower.endswith("ing") else None)
                    if x is not None]
            if cuts:
                end = min(cuts)
            if lemma in _OBJECT_STANCE:  # "endorsed Clinton last week": when the stance was taken, not its object
                end = _before_time_tail(toks, k, end)
            body = toks[k:end]
            if not body or _claim_words(body, self.quote_texts) < (1 if lemma in _OBJECT_STANCE else MIN_CLAIM_WORDS):
                continue  # a stance on a thing may be one word: "endorsed Clinton"
            if all(x.kind == "p" or x.kind == "Q" for x in body):
                continue
            if body[0].kind == "Q" and len([x for x in body if x.kind == "w"]) < MIN_CLAIM_WORDS:
                continue
            m = lead or self.through_poll(self.speaker(np), toks, pi)
            a_idx = index_of(toks, np[0])
            self.add(body[0].start, body[-1].end, "indirect", pi, m, toks[c].text, "indirect", 0.6,
                     (toks, a_idx, k), group=self.group_within(body))
            found.append(m)
            used.add(c)
            if nxt is None:
                break  # one claim per sentence: the first cue is the main verb
            after = nxt + 1
        return found


def _aside_after_subject(toks: list[Token], s0: int, a: int, c: int, end: int) -> bool:
    """The speaker at ``a`` and cue at ``c`` are an "as" aside set off after the sentence's subject, which opens at
    ``s0`` ("The ad, as Chait noted recently, promises ..."), not after an opening phrase ("However, as POLITICO has
    reported, cases ..." reports the clause after it)."""
    return a - 2 > s0 and toks[a - 1].lower == "as" and toks[a - 2].text in _ASIDE_MARKS and \
        any(toks[x].text in _ASIDE_MARKS for x in range(c + 1, end)) and \
        toks[s0].lower not in SUBORD_OPEN and toks[s0].lower not in _CLAIM_OPENERS and \
        toks[s0].lower not in ("of", "just", "then") and not any(t.text in _ASIDE_MARKS for t in toks[s0:a - 2])


_ASIDE_MARKS = (",", "—", "–")
# Stance verbs that report what was said in an aside: ", as X observed, ...", ", as X has argued, ..."
_ASIDE_STANCE = frozenset({"observe", "argue", "point", "predict", "acknowledge", "suggest", "warn", "claim"})
# Words that end the source after "according to": "a poll released Monday | that ...", "X | and Y ...".
_SOURCE_END = {"that", "which", "who", "while", "but", "although", "though", "when", "as"}
# Cues a headline capitalises before its claim: "X Says ...", "X Warns ...".
_HEADLINE_CUES = {"say", "warn", "claim", "insist", "admit", "vow", "predict", "argue", "suggest", "believe",
                  "think", "hope", "fear", "promise", "declare", "deny", "charge", "concede", "confirm", "reveal"}
# ... and before a quote ("Guns Are ‘...,’ Howard Dean Tells Democratic Convention")
_HEADLINE_QUOTE_CUES = _HEADLINE_CUES | {"tell"}
# Words after a headline's subject that open its predicate
_HEADLINE_VERB_WORDS = {"is", "was", "are", "has", "had", "have", "just", "now", "will", "would", "can", "could",
                        "may", "might", "to", "gets", "got"}
# Words that open a clause of their own after ", but": "..., but he sounded ...".
_CLAUSE_SUBJECTS = {"he", "she", "they", "it", "we", "i", "you", "the", "this", "that", "there", "his", "her", "their"}
# Words before a second speaker's claim in the same sentence: "..., but U.S. officials have said ...", "... — the
# actress also pointed out that ...".
_SECOND_CLAIM = {"but", "while", "whereas", "and", "—", "–", "--"}
# Of those, the ones that open a contrasting clause whose own cue may come after an aside the claim stopped at: "...
# called the ruling “a landmark,” while its director, Ursula Pachl, urged ..." (not "and assistance, Rubio said")
_CONTRAST = frozenset({"but", "while", "whereas"})


def _contrast_clause(toks: list[Token], x: int) -> bool:
    """A contrasting clause with a subject of its own opens at ``x`` ("while its director", "but Mr. Lind"; not
    "while secretary of state", "while condemning violence")."""
    if toks[x].lower not in _CONTRAST or x + 1 >= len(toks):
        return False
    nxt = toks[x + 1]
    return nxt.is_cap or nxt.lower in DETERMINERS or nxt.lower in POSSESSIVE_PRONOUNS or nxt.lower in SUBJECT_PRONOUNS
# Words that may open a sentence before its "According to X, ...": "But according to reports, ..."
_CLAIM_OPENERS = {"but", "and", "yet", "so", "now", "still", "also", "however", "in", "addition", "because",
                  "meanwhile", "moreover", "indeed", "instead", "then"}
_TOPIC_STOP = {"that", "which", "who", "whom", "whose", "when", "while", "because", "but", "as", "after",
               "before", "since", "if", "though", "although", "where", "during", "and", "or", "is", "was",
               "are", "were", "has", "have", "had", "will", "would", "said", "says"}
_TOPIC_MODIFIERS = {"strong", "sharp", "harsh", "serious", "deep", "growing", "public", "full", "new", "repeated",
                    "early", "vocal", "loud", "continued", "open", "fierce", "broad", "lukewarm", "tepid"}
# Lower-case words that open a topic's subject: a pronoun or a quantifier ("he", "half", "most of them").
_TOPIC_SUBJECT_WORDS = {"he", "she", "they", "it", "we", "i", "you", "who", "half", "most", "many", "some", "few",
                        "several", "both", "all", "each", "more", "others"}
_COPULAS = {"is", "was", "are", "were", "be", "been"}
# Words that follow a name as its verb, not a noun after an adjective: "Lind may", "Berg will", "Hale is".
_VERB_AFTER_NAME = {"is", "was", "are", "were", "has", "had", "have", "will", "would", "can", "could", "may", "might",
                    "should", "must", "does", "did", "do", "also", "said", "says", "told", "not", "never"}
# Counts that open a crowd's description as a sentence's subject: "Hundreds of protesters gathered ...".
_CROWD_COUNTS = frozenset({"hundreds", "thousands", "dozens", "scores", "tens", "millions"})
_OBJECT_STANCE = {"express", "denounce", "attack", "blame", "condemn", "applaud", "hail", "decry",
                  "bemoan", "tout", "champion", "discuss", "favor", "endorse", "oppose", "defend",
                  "support", "decline", "refuse", "criticize", "criticise", "praise", "reject",
                  "blast", "slam", "mock"}
_STANCE = {"criticize", "criticise", "reject", "question", "praise", "cite", "dismiss", "blast", "slam", "mock",
           "describe", "highlight", "mention", "recount", "rebut", "refute", "request", "protest", "thank"}
_QUESTION_WORDS = {"whether", "if", "how", "what", "why", "when", "where", "who", "which"}


def _asked_at(toks: list[Token], c: int, s1: int) -> int | None:
    """Where what was asked starts after "asked" at ``c``: a question ("asked the minister whether ...") or a
    request ("asked a judge to block ...", "asked for a delay"); None when neither follows."""
    q = _question_at(toks, c, s1)
    if q is not None:
        return q
    if c + 1 < s1 and toks[c + 1].lower == "for":
        return c + 2
    if c + 1 < s1 and toks[c + 1].kind == "w" and any(x.lower == "to" for x in toks[c + 2:min(s1, c + 7)]):
        if c + 4 < s1 and toks[c + 1].lower == "not" and toks[c + 3].lower == "be" and \
                toks[c + 4].lower in ("named", "identified", "quoted"):
            return None  # "who asked not to be named because ...": anonymity, no request worth reporting
        return c + 1
    return None


def _clause_goes_on(toks: list[Token], qi: int, s1: int) -> bool:
    """The clause goes on after the quote at ``qi``: "said the “extraordinary measures” she used were
    unsustainable" reports a claim that holds the quote."""
    n = 0
    for t in toks[qi + 1:s1]:
        if t.kind != "w":
            break
        n += 1
    return n >= 2


def _asked_opens(toks: list[Token], s0: int, c: int) -> bool:
    """ "Asked ...", "When asked ...", "After being asked ...": a question put to the subject that follows."""
    k = c - 1
    while k >= s0 and toks[k].lower in ("when", "after", "being", "if", "while", "once", "later", "also"):
        k -= 1
    return k < s0 or toks[k].text in (",", "—", "(")


def _not_a_claim_cue(toks: list[Token], c: int, s1: int, lemma: str) -> bool:
    """A cue word used otherwise: "Additional reporting by ..." (a credit line), "pledged delegates" (not "told
    delegates that ..."), "found himself playing defense", "helped found Fox News"."""
    nxt = toks[c + 1].lower if c + 1 < s1 else ""
    return toks[c].lower.endswith("ing") and nxt == "by" or \
        nxt in ("delegates", "delegate") and lemma not in ("tell", "ask") or \
        nxt in ("himself", "herself", "themselves", "itself") or \
        lemma == "find" and c > 0 and toks[c - 1].lower in ("helped", "help") or \
        lemma == "add" and nxt == "to" or \
        lemma == "charge" and nxt in ("with", "after", "in", "over", "for") or \
        lemma == "decline" and nxt not in _DECLINED or \
        lemma in ("say", "tell") and nxt in _NO_CONTENT and (c + 2 >= s1 or toks[c + 2].kind != "w" or
                                                          (w2 := toks[c + 2].lower) in _AFTER_NO_CONTENT or
                                                          w2.endswith("ly"))
    # ("declined 27 percent", "declined sharply": no refusal; "have said little publicly", "told us nothing new")


def _passive(toks: list[Token], c: int, s1: int) -> bool:
    """A cue in the passive, its agent after "by": "a comedy written and directed by the Coens", "a fact
    reported by a local station" (the noun before it said nothing)."""
    if not toks[c].lower.endswith(("ed", "en", "wn", "ld")):
        return False  # (not "said by Friday the port would ...")
    nxt = toks[c + 1].lower if c + 1 < s1 else ""
    return nxt == "by" or nxt == "and" and c + 3 < s1 and toks[c + 3].lower == "by"


def _shares_subject(toks: list[Token], s0: int, c: int) -> bool:
    """The cue at ``c`` is coordinated with the verb before it and shares its subject: "Ms. Conway rejected
    the idea ... and said that ...", "... but has said ..."."""
    b = c - 1
    while b > s0 and toks[b].lower in ("has", "have", "had", "also", "then", "later", "would", "will"):
        b -= 1
    return b >= s0 and toks[b].lower in ("but", "and")


def _question_at(toks: list[Token], c: int, s1: int) -> int | None:
    """Where the reported question of "asked (Y) whether ..." starts: at its question word, after the
    person asked ("asked the minister whether", "asked Trump how"); None when no question follows."""
    k = c + 1
    while k < s1 and k < c + 9 and toks[k].kind == "w" and toks[k].lower not in _QUESTION_WORDS and \
            toks[k].lower not in ("for", "to", "about", "that", "on", "in", "at", "after", "before"):
        k += 1  # the person asked: "Trump", "the minister", "his counterpart"
    return k if k < s1 and toks[k].lower in _QUESTION_WORDS else None


def _whose(subj: list[Token]) -> int | None:
    """The index of the possessive in a subject that is someone by whose they are, one or two words in lower case
    after a name's "’s": "Lind’s husband", "Clinton’s campaign manager"."""
    n = len(subj)
    for w in (n - 2, n - 3):
        if w >= 0 and is_possessive(subj[w].text) and \
                all(not t.is_cap and t.kind == "w" for t in subj[w + 1:]):
            return w
    return None


def _names_a_group(toks: list[Token], subj: list[Token], s1: int) -> bool:
    """ "Aid groups say ...", "Rebel fighters have ...": the capitalised word qualifies a plural noun, and the
    subject is a group, never the "he" or "she" of a later sentence."""
    k = index_of(toks, subj[-1]) + 1
    if k >= s1 or not subj[-1].is_cap:
        return False  # ("Her husband runs ...": the subject ends on its noun)
    if len(subj) >= 2 and norm_word(subj[0].text) in lexicon().titles:
        return False  # a titled name qualifies no noun: "Senator Bernie Sanders advocates tax increases"
    t = toks[k]
    if k + 1 < s1 and (toks[k + 1].lower in _VERB_OBJECT_OPENERS or toks[k + 1].text in (".", "!")):
        # a verb with its object or complement, or none: "Tomas Kovac unties the rope.", "Quill pauses for a long
        # time.", "Trump holds several positions", "Quill laughs." ("Aid groups say ..." has none)
        return False
    return t.kind == "w" and not t.is_cap and t.lower.endswith("s") and len(t.lower) > 3 and \
        lexicon().cue_lemma(t.lower) is None and t.lower not in ("has", "was", "does", "is", "always", "perhaps")


_VERB_OBJECT_OPENERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "him", "them", "it", "our", "my",
                                  "to", "for", "with", "what", "several", "multiple", "most", "much", "some", "no",
                                  "this", "that", "these", "those", "up", "out", "off", "back", "down", "about"})


# A share of those polled: "37 percent of Americans", "Six in 10 Republicans", "The vast majority of voters".
_SHARE_OF = re.compile(r"(?:about |nearly |almost |more than |fewer than |just |only )?(?:\d[\d.,]*(?: ?%| percent)|"
                       r"(?:\d+|one|two|three|four|five|six|seven|eight|nine) (?:in|out of) (?:10|ten|\d+)\b|"
                       r"(?:the |a )?(?:vast |slim |large )?majority of|half of|two-thirds of|three-quarters of|"
                       r"most of)", re.IGNORECASE)
# ("31% of| voters", "31% of Republicans and| Republican-leaning voters": the mention may begin after the share, or
# after the first of two groups it counts)
_SHARE_OF_BEFORE = re.compile(r"(?:\d ?%|\bpercent|\bin (?:10|ten)|\bmajority|\bhalf|\bmost) of\s+"
                              r"(?:[\w’'-]+ (?:[\w’'-]+ )?and\s+)?$", re.IGNORECASE)
_POLL_NOUNS = frozenset({"poll", "survey"})


def _poll_in(toks: list[Token], s0: int, s1: int) -> list[Token] | None:
    """The poll named in toks[s0:s1], from its determiner: "an Associated Press-GfK poll", "The Q poll"."""
    k = next((x for x in range(s0, s1) if toks[x].lower in _POLL_NOUNS), None)
    if k is None:
        return None
    a = next((x for x in range(k - 1, max(s0, k - 7) - 1, -1) if toks[x].lower in DETERMINERS), None)
    if a is None or any(t.kind != "w" for t in toks[a:k]):
        a = k
        while a > s0 and toks[a - 1].is_cap:
            a -= 1  # "Quinnipiac poll"
    return toks[a:k + 1]


def _opens_with_cue(run: list[Token]) -> bool:
    """A capitalised run opened by a cue of quotations ("Said Trump", "Stated Stone:", "Asserting Clinton"): the
    cue is no part of the name. A claim-only cue may be ("Planned Parenthood")."""
    lex = lexicon()
    lemma = lex.cue_lemma(run[0].lower) if len(run) > 1 else None
    return lemma is not None and lemma not in lex.claim_only


def _name_run(words: list[Token], particles: tuple[str, ...]) -> list[Token]:
    """The capitalised run (with name particles) that ``words`` open with: the name of a sign-off."""
    run: list[Token] = []
    for t in words:
        if not (t.is_cap or t.lower in particles):
            break
        run.append(t)
    return run


def _claim_words(body: list[Token], quote_texts: list[str]) -> int:
    """The words of a claim's body, those inside its quotes too: "his pen “has got an eraser”" has 7."""
    return sum(1 if x.kind == "w" else _n_words(quote_texts[x.quote]) if x.kind == "Q" else 0 for x in body)


# what may follow the cue of "CONTENT, X said ...": time, place, manner, the hearer; not a clause
_CLAIM_TAIL = CUE_TAIL | {"reporters", "journalists", "him", "them", "us", "me"}

# words that end a speaker's name: "said Hillary Clinton should ..." names no speaker
_NOT_IN_NAME = {"should", "would", "will", "could", "can", "may", "might", "must", "is", "are", "was", "were",
                "has", "have", "had", "did", "does", "do", "not", "be"}

_TITLE_SMALL = {"of", "the", "and", "a", "an", "to", "in", "for", "on", "with", "at", "from", "by", "or"}


def _title_case(text: str) -> bool:
    """Every word capitalised (small words aside): "Morning Joe", "Saving Private Ryan"."""
    words = 0
    for m in _WORD_APOS.finditer(text):  # (stops at the first word in lower case: most quotes are sentences)
        w = m.group()
        if not (w[:1].isupper() or w.isdigit() or w.lower() in _TITLE_SMALL):
            return False
        words += 1
    # two sentences are no title: "Vote for Hillary. Seriously." (not "Mrs. Doubtfire", "Mr. Smith Goes to Washington")
    return words > 0 and not any(m.group(1).lower() not in ABBREV for m in _SENTENCE_INSIDE.finditer(text))


_SENTENCE_INSIDE = re.compile(r"(\w+)[.!?]\s+[A-Z]")
# A place phrase ends before these: "at a news conference | on Monday", "told Reuters | that ...".
_PHRASE_END = {"on", "according", "quoted", "that", "after", "before", "when", "while", "as", "and", "but"} | \
    TIME_ADVERBS


def _phrase(toks: list[Token]) -> list[Token]:
    """The words of ``toks`` up to the first punctuation mark or phrase end."""
    out: list[Token] = []
    for t in toks:
        if t.kind != "w" or (out and t.lower in _PHRASE_END):
            break
        out.append(t)
    return out


def _leading_name(words: list[str]) -> list[str]:
    """The name (or description) at the start of ``words``: "Fars News" of "Fars News on Monday", "the
    state news agency" of "the state news agency in Tehran"."""
    if words and words[0].lower() in ("the", "a", "an"):
        stop = next((i for i, w in enumerate(words[1:], 1) if w.lower() in ("on", "in", "at", "that", "who",
                                                                            "which", "last", "this")), len(words))
        return words[:stop]
    out: list[str] = []
    for w in words:
        if out and not (w[:1].isupper() or w.lower() in ("of", "the", "news", "agency", "website")):
            break
        out.append(w)
    return out


def extract(text: str, *, published: str | None = None, indirect: bool = True) -> list[Quote]:
    """Every attributed quote (and, with ``indirect``, reported claim) in an article's text, in order."""
    art = _Article(text, published, indirect)
    return sorted(art.run(indirect), key=lambda q: (q.start, q.end))
