"""Paragraphs -> the turns of an interview or a transcript.

A transcript gives each turn a speaker label and a colon, and no quote marks:

    Q: Did the Immigration service take care of you?
    A: No, no one did. ...
    JAKE TAPPER: Donald Trump released a video on Friday ...
    FALLIN: Well, I think the whole nation needs to work together ...

Every word of a turn is its speaker's, and a quote inside a turn with no cue of its own is the
speaker reading it out. A label is "Q"/"A" (or "QUESTION"/"ANSWER", or "Q."/"A." with a full stop), a name
in capitals, or a name the article has introduced; an interviewer's "QUESTION:" may take turns with a name
("QUESTION: ... / KAINE: ..."); a turn runs on over unlabelled paragraphs up to the next label.
A transcript quoted whole opens each turn with a quote mark before its label ("“PENCE: Well, ..."); the
label is then no part of the quote. It takes two speakers, one of them speaking twice, to make a
transcript, so "UPDATE: ..." or a headline "Sanders: Clinton email story has moved." is not one, and a
list "Clinton: 547." is not one either: a turn has words, not a figure.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise
from typing import NamedTuple

from .quotes import Paragraph

_LABEL = re.compile(
    r"[ \t]*(?P<qa>Q|A)\.[^\S\n]+(?=[A-Z])|"  # "Q. Are you worried? / A. No."
    r"[ \t]*[\"“]?(?P<label>Q|A|QUESTION|ANSWER|"
    r"(?:(?:MR|MS|MRS|DR|SEN|REP|GOV|GEN|PRES)\.\s)?[A-Z][A-Z'’-]+(?:\s[A-Z][A-Z'’-]+){0,2}|"
    r"[A-Z][a-z'’-]+(?:\s[A-Z][a-z'’-]+){0,2})"
    r"\s?:[^\S\n]+(?=\S)"
)
# Words in capitals before a colon that head a section, not a turn.
_NOT_LABELS = {
    "UPDATE", "UPDATED", "BREAKING", "BYLINE", "NOTE", "EDITOR'S NOTE", "EDITOR’S NOTE", "WATCH", "VIDEO",
    "PHOTO", "PHOTOS", "RELATED", "READ MORE", "READ", "CORRECTION", "CLARIFICATION", "SOURCE", "SOURCES",
    "CREDIT", "CONTRIBUTING", "LISTEN", "SEE ALSO", "EXCLUSIVE", "WARNING", "SPOILER", "TRANSCRIPT",
    "DISCLOSURE", "POLL", "LIVE", "ANALYSIS", "OPINION", "FACT CHECK", "TWITTER", "FACEBOOK", "EMAIL",
    "THE LATEST", "PS", "P.S", "BOTTOM LINE", "WHY", "WHAT", "WHO", "WHEN", "WHERE", "HOW", "LOCATION",
    "DATE", "TIME", "TOPIC", "SUBJECT", "TO", "FROM", "CC", "RE",
}
_NOT_LABELS_LOWER = {w.lower() for w in _NOT_LABELS if " " not in w} | {"the", "a", "an", "he", "she", "they", "it"}
_INTERVIEW = {"Q", "A", "QUESTION", "ANSWER"}
INTERVIEWER = {"Q", "QUESTION"}
_MIN_TURN_WORDS = 3  # "Clinton: 547." or "Sanders: Win in a walk." lists a figure or a slogan
_ASIDE = re.compile(r"\s*(?:\([^()]*\)|\[[^\[\]]*\]|[.…\s*—–-]+)\s*$")  # "(BEGIN VIDEO CLIP.)", "…."
_MAX_RUN_ON = 3  # unlabelled paragraphs a turn runs on over


class Turn(NamedTuple):
    """One turn's paragraph: its speaker label, the label's offsets, where its words begin, and the
    paragraph its label opens (a turn that runs on over several paragraphs shares it)."""

    label: str
    label_start: int
    label_end: int
    body_start: int
    opener: int


def find_turns(text: str, paras: list[Paragraph], is_name: Callable[[str], bool]) -> dict[int, Turn]:
    """The transcript turns of an article, by paragraph index. ``is_name`` says whether a word in
    ordinary case names someone the article has introduced ("Matthews"), so that such labels count."""
    labelled: dict[int, Turn] = {}
    short: dict[int, Turn] = {}  # labels with a short turn ("MR. TRUMP: Wrong."), turns once the label is one
    find = text.find
    for p in paras[1:]:  # the first paragraph is the headline
        if find(":", p.start, p.end) < 0 and text[p.start:p.start + 8].lstrip(" \t")[:2] not in ("Q.", "A."):
            continue  # no label without its colon or a "Q." or "A." (tests far cheaper than the pattern's)
        m = _LABEL.match(text, p.start, p.end)
        if m is None:
            continue
        group = "qa" if m.group("qa") else "label"
        label = m.group(group)
        words = len(text[m.end():p.end].split())
        turn = Turn(label, m.start(group), m.end(group), m.end(), p.index)
        if label in _INTERVIEW:
            ok = True  # (the label pattern asks for a word after the colon)
        elif label.isupper() or "." in label:
            ok = label not in _NOT_LABELS and words >= _MIN_TURN_WORDS
        else:
            ok = words >= _MIN_TURN_WORDS and not _mostly_capitalised(text[m.end():p.end]) and \
                label.split()[0].lower() not in _NOT_LABELS_LOWER
        if ok:
            labelled[p.index] = turn
        else:
            short[p.index] = turn
    # a transcript has at least two speakers; an interview has both its questions and its answers
    kinds = {_style(t.label) for t in labelled.values()}
    turns: dict[int, Turn] = {}
    for style in kinds:
        # (an interviewer's "QUESTION:" takes turns with a name: "QUESTION: ... / KAINE: ...")
        mine = {pi: t for pi, t in labelled.items() if _style(t.label) == style or
                style != "interview" and t.label in INTERVIEWER}
        speakers = [t.label.split()[-1] for t in mine.values()]
        if len(set(speakers)) < 2 or style != "interview" and len(speakers) == len(set(speakers)):
            continue  # one label is a heading; names that each open one paragraph head sections
        if style == "names" and not any(is_name(w) for w in speakers):
            continue  # "Poll: ...", "Update: ...": words in ordinary case are labels only when they name someone
        turns.update(mine)
    labels = {t.label for t in turns.values()}
    turns.update({pi: t for pi, t in short.items() if t.label in labels})
    for pi, t in unlabelled_interview(text, paras).items():
        turns.setdefault(pi, t)
    # a turn runs on over unlabelled paragraphs when another turn follows them
    order = sorted(turns)
    for a, b in pairwise(order):
        between = [p for p in paras[a + 1:b] if not is_aside(text, p)]
        if any(p.index in short for p in between):
            continue  # a label that opens no turn of this transcript ends it
        if 0 < len(between) <= _MAX_RUN_ON:
            t = turns[a]
            for p in between:
                turns[p.index] = Turn(t.label, t.label_start, t.label_end, p.start, a)
    return turns


# An interview printed as questions and answers without labels says so: "The conversation has been edited for
# length and clarity."
_INTERVIEW_NOTE = re.compile(r"\b(?:edited|condensed)\b[^.\n]{0,40}\b(?:length|clarity|brevity)|"
                             r"\b(?:interview|conversation|exchange)\b[^.\n]{0,20}\bhas been (?:edited|condensed)",
                             re.IGNORECASE)
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|me|my|we|We|our|Our|My|us)\b")
_TO_YOU = re.compile(r"\b(?:you|your|You|Your)\b")
_QUOTE_MARKS = ("“", "”", '"')
_MIN_PAIRS = 2  # questions answered, with the interview's note; without it, three
_MAX_QUESTION_WORDS = 45


def unlabelled_interview(text: str, paras: list[Paragraph]) -> dict[int, Turn]:
    """The turns of an interview printed without labels: a paragraph that is one question, then the answer's
    paragraphs up to the next question. It takes two answered questions and the interview's note ("edited for
    length and clarity"), or three, most of them put to "you" and answered in the first person, to make one: a
    heading that asks a question ("What happens if the government shuts down?") makes none, nor a column's
    rhetorical questions ("Come again?")."""
    if text.count("?") < _MIN_PAIRS:
        return {}  # (most articles: no paragraph read)
    asks = [p for p in paras[1:] if _a_question(text, p)]
    if len(asks) < _MIN_PAIRS:
        return {}
    noted = _INTERVIEW_NOTE.search(text) is not None
    turns: dict[int, Turn] = {}
    answered = first_person = to_you = 0
    for n, q in enumerate(asks):
        nxt = asks[n + 1] if n + 1 < len(asks) else None
        stop = nxt.index if nxt is not None else min(len(paras), q.index + 1 + _MAX_RUN_ON)
        answer = [p for p in paras[q.index + 1:stop] if not is_aside(text, p)]
        if not answer or nxt is not None and len(answer) > 2 * _MAX_RUN_ON:
            continue  # (a question far from the next one is a heading over a section)
        answered += 1
        first_person += any(_FIRST_PERSON.search(text, p.start, p.end) for p in answer)
        to_you += _TO_YOU.search(text, q.start, q.end) is not None
        turns[q.index] = Turn("Q", q.start, q.start, q.start, q.index)
        for p in answer:
            turns[p.index] = Turn("A", answer[0].start, answer[0].start, p.start, answer[0].index)
    if answered < _MIN_PAIRS or not noted and (answered < _MIN_PAIRS + 1 or 2 * first_person < answered or
                                               3 * to_you < 2 * answered):
        return {}
    return turns


def _a_question(text: str, p: Paragraph) -> bool:
    """A paragraph that is one short question and nothing else: no quote marks, no label."""
    words = text[p.start:p.end].strip()
    return words.endswith("?") and len(words.split()) <= _MAX_QUESTION_WORDS and \
        not any(m in words for m in _QUOTE_MARKS) and _LABEL.match(words) is None and \
        "? " not in words[:-1] and ". " not in words


def is_aside(text: str, p: Paragraph) -> bool:
    """A stage direction or a break in a transcript: "(BEGIN VIDEO CLIP.)", "[CROSSTALK]", "…."."""
    return _ASIDE.fullmatch(text, p.start, p.end) is not None


def _style(label: str) -> str:
    return "interview" if label in _INTERVIEW else "caps" if label.isupper() else "names"


def _mostly_capitalised(body: str) -> bool:
    """A headline's words after the label ("Sanders: Clinton Email Story Has Moved."), not a turn's."""
    words = [w for w in body.split() if w[:1].isalpha()]
    return bool(words) and sum(w[:1].isupper() for w in words) >= 0.6 * len(words)
