"""Interviews and transcripts: the turns of "Q: ... / A: ..." and "TAPPER: ... / FALLIN: ..." texts, written
for these tests."""

import pytest
from conftest import invoke, jsonl

from claims.extract import extract

INTERVIEW = """Dana Okafor on her years in the Senate.

Former senator Dana Okafor has written a memoir about her two terms. Okafor spoke with us this week about \
the book and the race.

Q: You write that the committee "was never the same after 2009." Why?

A: Because the chairman changed. My friends told me "you are wasting your time," and they were right.

Q: Would you run again?

A: Never. I said then that I was "done with the whole business," and I meant it.

Okafor's book is out on Tuesday.
"""

TRANSCRIPT = """Ellery on the shutdown.

On Sunday, Governor Mara Ellery was asked about the shutdown by host Jon Pruitt. Partial transcript:

PRUITT: Senator Hal Brink said on Friday that the deal was "dead on arrival." Is it?

ELLERY: No. I think the deal is alive, and I told the speaker so.

(CROSSTALK.)

PRUITT: But the White House said in a statement: "No deal this week."

That seems final.

ELLERY: It is "the same old script," Jon. They say "final" and then they call.

Follow Jon Pruitt on Twitter.
"""


def by_text(text: str, indirect: bool = True):
    return {q.text: q for q in extract(text, indirect=indirect)}


@pytest.mark.parametrize("text, quote, speaker, mention, rule", [
    # a quote in an answer, with no cue of its own, is the answerer reading it out
    (INTERVIEW, "was never the same after 2009.", None, "Q", "transcript"),
    # the answerer is the person the article's opening speaks of
    (INTERVIEW, "done with the whole business,", "Dana Okafor", "I", "before:partial"),
    # a label in capitals is the person the article introduced
    (TRANSCRIPT, "the same old script,", "Mara Ellery", "ELLERY", "transcript"),
    (TRANSCRIPT, "dead on arrival.", "Hal Brink", "Senator Hal Brink", "before:partial"),
    # the label is no colon speaker for a quote that has its own: "PRUITT: But the White House put out ..."
    (TRANSCRIPT, "No deal this week.", "White House", "the White House", "before"),
])
def test_speaker_of_a_quote_in_a_turn(text, quote, speaker, mention, rule):
    q = by_text(text)[quote]
    assert (q.speaker, q.speaker_mention, q.rule) == (speaker, mention, rule)


def test_a_cued_quote_in_an_answer_keeps_its_own_speaker():
    q = by_text(INTERVIEW)["you are wasting your time,"]
    assert q.speaker_mention == "My friends"


def test_turns_are_kept_as_the_speakers_words_with_indirect():
    turns = [q for q in extract(TRANSCRIPT) if q.kind == "transcript"]
    assert [(q.speaker_mention, q.speaker, q.text[:12]) for q in turns] == [
        ("PRUITT", "Jon Pruitt", "Senator Hal "),
        ("ELLERY", "Mara Ellery", "No. I think "),
        ("PRUITT", "Jon Pruitt", "But the Whit"),
        ("PRUITT", "Jon Pruitt", "That seems f"),  # the turn runs on over an unlabelled paragraph
        ("ELLERY", "Mara Ellery", "It is \"the s"),
    ]
    # one turn over two paragraphs is one attribution; the stage direction is no one's, nor is the sign-off
    assert turns[2].group == turns[3].group != turns[1].group
    assert not any("CROSSTALK" in q.text or "Follow" in q.text for q in extract(TRANSCRIPT))
    # without --indirect only quote-marked words are reported
    assert {q.kind for q in extract(TRANSCRIPT, indirect=False)} == {"direct"}


def test_i_in_a_turn_is_the_turns_speaker():
    claims = [q for q in extract(TRANSCRIPT) if q.kind == "indirect" and q.speaker_mention == "I"]
    assert claims and {q.speaker for q in claims} == {"Mara Ellery"}


def test_interview_answers_are_the_interviewees_and_questions_go_unnamed():
    turns = [(q.speaker_mention, q.speaker) for q in extract(INTERVIEW) if q.kind == "transcript"]
    assert turns == [("Q", None), ("A", "Dana Okafor"), ("Q", None), ("A", "Dana Okafor")]


@pytest.mark.parametrize("text", [
    # a heading in capitals, twice, is one label: no second speaker
    ("Budget news.\n\nUPDATE: The vote was moved to Tuesday, aides said.\n\nThe bill passed.\n\n"
     "UPDATE: The governor signed the bill on Wednesday night.\n"),
    # a tally is not a turn
    ("Delegates.\n\nSenator Ann Marsh and Governor Tom Reyes are close.\n\nMarsh: 547.\n\nReyes: 46.\n\n"
     "Marsh: 2,316.\n\nReyes: 1,547.\n"),
    # names that each head one section are headings
    ("Ideas that lasted.\n\nSenator Ann Marsh and Governor Tom Reyes ran last year.\n\n"
     "Ann Marsh: student loans. Some big ideas do come to pass, and this one did.\n\n"
     "Tom Reyes: credit scores. His plan would have changed how lenders score borrowers.\n"),
])
def test_not_a_transcript(text):
    assert not any(q.kind == "transcript" or q.rule == "transcript" for q in extract(text))


def test_names_in_ordinary_case_make_a_transcript_when_one_speaks_twice():
    text = ("A panel on markets.\n\nHost Carl Matthis and reporter Luz Ortega talked about banks.\n\n"
            "Ortega: People hear 'speculation' and picture different things.\n\n"
            "Matthis: Well, speculation is bad.\n\n"
            "Ortega: No one says 'my pension is speculation,' Carl. It means what people want it to mean.\n")
    turns = [(q.speaker, q.text[:10]) for q in extract(text) if q.kind == "transcript"]
    assert turns == [("Luz Ortega", "People hea"), ("Carl Matthis", "Well, spec"), ("Luz Ortega", "No one say")]


def test_quotes_kind_transcript(runner, tmp_path):
    f = tmp_path / "pruitt.txt"
    f.write_text(TRANSCRIPT, encoding="utf-8")
    db = str(tmp_path / "t.db")
    assert invoke(runner, ["ingest", str(f), "--db", db]).exit_code == 0
    rows = jsonl(invoke(runner, ["quotes", "--db", db, "--json", "--kind", "transcript"]).output)
    assert len(rows) == 5 and {r["speaker"] for r in rows} == {"Jon Pruitt", "Mara Ellery"}
    r = invoke(runner, ["quotes", "--db", db, "--kind", "turns"])
    assert r.exit_code != 0 and "transcript" in r.output


def test_a_short_turn_of_a_known_label_is_a_turn_not_the_turn_before_running_on():
    text = ("Debate night.\n\nSenator Bernie Sanders and Donald Trump met on stage.\n\n"
            "MR. TRUMP: We are going to win so much.\n\nSEN. SANDERS: The economy is rigged.\n\n"
            "MR. TRUMP: Wrong.\n\nSEN. SANDERS: Let me finish.\n")
    turns = [(q.speaker, q.text) for q in extract(text) if q.kind == "transcript"]
    assert turns == [("Donald Trump", "We are going to win so much."), ("Bernie Sanders", "The economy is rigged."),
                     ("Bernie Sanders", "Let me finish.")]


# A transcript quoted whole: each turn opens with a quote mark before its label (and, as often, no closing
# mark until the last paragraph), and a label may be followed by a no-break space.
QUOTED = """Ellery on the levy.

Governor Mara Ellery spoke to host Jon Pruitt on Sunday. An excerpt:

“PRUITT:\u00a0 Governor, you promised in March that the levy would be gone by the summer. It is still here.

“ELLERY: It is, and I own that. The council would not move on it until the audit was done.

“PRUITT: So when does it go?

“ELLERY: By the end of the year. You can hold me to that.”

Follow Jon Pruitt on Twitter.
"""


@pytest.mark.parametrize("indirect", [True, False])
def test_a_transcript_in_quote_marks_gives_each_turn_its_label(indirect):
    quotes = [q for q in extract(QUOTED, indirect=indirect) if q.kind in ("direct", "transcript")]
    got = [(q.speaker, q.speaker_mention, q.text[:14]) for q in quotes]
    # one quote per turn, its words without the label, its speaker the label's
    assert got == [("Jon Pruitt", "PRUITT", "Governor, you "), ("Mara Ellery", "ELLERY", "It is, and I o"),
                   ("Jon Pruitt", "PRUITT", "So when does i"), ("Mara Ellery", "ELLERY", "By the end of ")]


# A reporter's questions to one speaker, and an interview with its labels closed by full stops.
MIXED = """Brink on the trail.

Senator Hal Brink spoke with reporters on Tuesday aboard the campaign bus. A transcript, lightly edited:

QUESTION: Senator, what do you make of the new polls?

BRINK: Look, polls go up and down. We are focused on the work.

QUESTION: Will the governor hold a press conference soon?

BRINK: I think she will. She has done a lot of interviews.
"""

DOTTED = """Okafor on the book.

Former senator Dana Okafor has written a memoir. She spoke with us this week.

Q. Are you worried about the reviews?

A. No. The book says what I meant to say.

Q. Would you run again?

A. Never again, and I mean it.
"""


@pytest.mark.parametrize("text, expected", [
    (MIXED, [("QUESTION", None), ("BRINK", "Hal Brink"), ("QUESTION", None), ("BRINK", "Hal Brink")]),
    (DOTTED, [("Q", None), ("A", "Dana Okafor"), ("Q", None), ("A", "Dana Okafor")]),
])
def test_questions_to_one_speaker_and_dotted_labels_make_a_transcript(text, expected):
    turns = [(q.speaker_mention, q.speaker) for q in extract(text) if q.kind == "transcript"]
    assert turns == expected


def test_a_paragraph_opening_with_an_initial_is_no_answer():
    text = ("A memoir.\n\nDana Okafor has written a memoir.\n\nA. J. Holm reviewed it on Sunday for the paper.\n\n"
            "A. Berg, the publisher, was pleased with the review.\n")
    assert not any(q.kind == "transcript" for q in extract(text))


UNLABELLED = """'I was terrified': A guide on the avalanche

Nepali guide Pemba Sherpa, 34, was leading four climbers on Manaslu when an avalanche swept the slope. He spoke to \
our reporter by phone. The conversation has been edited for length and clarity.

What do you remember of that morning?

It was very cold. We left camp at 4. At around 6 we heard a sound like thunder.

The whole slope was moving.

What did you do?

I shouted to my clients to clip into the rope. One of them was too slow.

Will you go back to the mountain?

Of course. This is my job.
"""


def test_an_interview_without_labels_gives_answers_to_the_interviewee():
    turns = [(q.speaker_mention, q.speaker, q.text[:12]) for q in extract(UNLABELLED) if q.kind == "transcript"]
    assert turns == [("", None, "What do you "), ("", "Pemba Sherpa", "It was very "),
                     ("", "Pemba Sherpa", "The whole sl"), ("", None, "What did you"),
                     ("", "Pemba Sherpa", "I shouted to"), ("", None, "Will you go "),
                     ("", "Pemba Sherpa", "Of course. T")]


@pytest.mark.parametrize("text", [
    # (guards: they pass on the code before unlabelled interviews too; a first version took the column for one)
    # questions in a column, rhetorical, and no note that an interview was edited
    ("A senator's run.\n\nSo I asked him then, if you do end up endorsing her, what happens to me?\n\n"
     "Sanders laughed, heartily. I met him in May.\n\nCome again?\n\nMy favorite description came from a student."
     "\n\nWhat grandfather of seven wouldn't love that?\n\nI met with Sanders in his office.\n"),
    # a question as a heading, once
    ("Shutdown live.\n\nWhat happens if the government shuts down?\n\nAbout 2 million workers would be affected, "
     "officials said. We will update this page.\n"),
])
def test_questions_that_head_paragraphs_are_no_interview(text):
    assert not any(q.kind == "transcript" for q in extract(text))


# A news story that quotes one person at length, then turns to an interview with another: the paragraph right before
# the first turn says whom the interview is with.
_BEFORE_THE_INTERVIEW = """Senator blasts budget as shutdown looms

WASHINGTON — Sen. Maria Delgado on Sunday called the House spending bill "reckless and cruel." \
"You cannot balance the budget on the backs of children," Delgado said. She added that Democrats would block it.

Delgado's office said she would "fight it to the end."

{lead}

Q: Will the bill pass?

A: I think we have the votes. But it is going to be "too close for comfort," and we know it.

Q: And if it fails?

A: Then we go back to the table.
"""


@pytest.mark.parametrize("lead", [
    "In an interview with The Associated Press, House Speaker Tom Reilly was more cautious.",
    "Here is an edited transcript of our conversation with House Speaker Tom Reilly.",
    "House Speaker Tom Reilly spoke to us on Monday. Our interview with him has been edited.",
    "In an interview with CNN’s Jake Tapper, House Speaker Tom Reilly was more cautious.",  # (not the interviewer)
])
@pytest.mark.parametrize("indirect", [True, False])
def test_answers_are_of_the_person_the_interview_is_introduced_with(lead, indirect):
    quotes = extract(_BEFORE_THE_INTERVIEW.format(lead=lead), indirect=indirect)
    answers = {q.speaker for q in quotes if q.speaker_mention == "A" or q.text.startswith("too close")}
    assert answers == {"Tom Reilly"}


def test_answers_are_of_the_person_most_spoken_of_when_the_lead_in_names_no_one():
    # (guard: passes on the code before the lead-in was read too)
    quotes = extract(_BEFORE_THE_INTERVIEW.format(lead="The interview has been edited for length."))
    assert {q.speaker for q in quotes if q.speaker_mention == "A"} == {"Maria Delgado"}
