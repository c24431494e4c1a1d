"""Attribution: (text, expected speaker) tables written for these tests, plus the hard patterns."""

import pytest

from claims.extract import extract
from claims.extract.attribution import sentence_subject
from claims.extract.lexicon import inflect, lexicon
from claims.extract.speakers import Entities, split_title
from claims.extract.tokens import tokenize


def direct(text: str):
    return [q for q in extract(text) if q.kind == "direct"]


def speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in direct(text)]


@pytest.mark.parametrize("text, quote, speaker", [
    # speaker after the quote
    ("“The dam will hold through the winter,” Maria Lopez said.", "The dam will hold through the winter,", "Maria Lopez"),
    ("“The dam will hold through the winter,” said Maria Lopez.", "The dam will hold through the winter,", "Maria Lopez"),
    ("“We expect a vote by March,” Tom Reyes, the party's whip, said on Tuesday.",
     "We expect a vote by March,", "Tom Reyes"),
    ("“The figures are wrong,” Anna Berg told reporters in Oslo.", "The figures are wrong,", "Anna Berg"),
    ("“Prices will fall next year,” according to Oxford Economics.", "Prices will fall next year,", "Oxford Economics"),
    ("“The border stays closed,” Karim Haddad, an adviser to the interior minister, was quoted as saying by Reuters.",
     "The border stays closed,", "Karim Haddad"),
    ("“Nobody asked the farmers first,” the union leader Paul Martin wrote.",
     "Nobody asked the farmers first,", "Paul Martin"),
    # speaker before the quote
    ("The Ministry of Health said in a statement: “Vaccines are safe for children.”",
     "Vaccines are safe for children.", "Ministry of Health"),
    ("In a statement, Senator Jane Doyle said: “This bill protects renters.”",
     "This bill protects renters.", "Jane Doyle"),
    ("Governor Alan Pike told local radio that the plan was “dead on arrival” in the assembly.",
     "dead on arrival", "Alan Pike"),
    ("According to Lena Novak, “the report was rushed out far too early.”",
     "the report was rushed out far too early.", "Lena Novak"),
    # what someone said in answer, before a colon, and a description's possessive before a noun cue
    ("Harbour vote\n\nMayor Ana Lind met Berg. The mayor's response was swift: “This is a lie and I will sue.”",
     "This is a lie and I will sue.", "Ana Lind"),
    ("Harbour vote\n\nCouncilman Ivo Berg met Lind.\n\nHis reaction to the news: “I am not surprised at all.”",
     "I am not surprised at all.", "Ivo Berg"),
    ("Harbour vote\n\nMayor Ana Lind met Berg. The mayor's claim that the plan was “a lie and a fraud” drew boos.",
     "a lie and a fraud", "Ana Lind"),
    # a news agency quoting someone: the one quoted speaks, passive or active
    ("Ostland's news agency quoted Defence Minister Ivo Berg as saying the army was “fully prepared” to act.",
     "fully prepared", "Ivo Berg"),
    ("Ivo Berg was quoted by the Ostland news agency as saying the army was “fully prepared” to act.",
     "fully prepared", "Ivo Berg"),
    ("Ana Lind spoke. Reuters quoted her as saying the army was “fully prepared” to act.", "fully prepared",
     "Ana Lind"),
    ("Economist Ravi Shah warned that “inflation will bite harder than expected.”",
     "inflation will bite harder than expected.", "Ravi Shah"),
    # signed off on the same line, with any dash
    ("“The buses never come on time.” — Ines Duarte, a nurse", "The buses never come on time.", "Ines Duarte"),
    ("“The buses never come on time.”― Ines Duarte.", "The buses never come on time.", "Ines Duarte"),
    ("“The buses never come on time.” ― Ines M. Duarte", "The buses never come on time.", "Ines M. Duarte"),
    # but a dash after a quote inside a sentence signs the whole item, not the quote
    ("Pia Holm said Monday that her party was “still the first force in the towns.”--Ines Duarte.",
     "still the first force in the towns.", "Pia Holm"),
    ("Pia Holm said Monday that her party was “still the first force in the towns.” — Ines Duarte, Oslo",
     "still the first force in the towns.", "Pia Holm"),
    # particle names and names with inner connectors
    ("“The buses never come on time,” said Ursula von der Berg.", "The buses never come on time,", "Ursula von der Berg"),
    ("“The buses never come on time,” Colonel Hamid al-Rashidi said.", "The buses never come on time,",
     "Hamid al-Rashidi"),
    # a thing named in someone's words: "what X called", "as X put it"
    ("The port was closed under what harbour master Lars Eik called “the worst storm plan in Europe.”",
     "the worst storm plan in Europe.", "Lars Eik"),
    ("The deal, as trade envoy Mira Sand put it, was “a truce, not a peace” for the farmers.",
     "a truce, not a peace", "Mira Sand"),
    (("As Lena Holm, a professor of law at Uppsala and author of two books on the court, put it, “the judges "
      "have lost the room.”"), "the judges have lost the room.", "Lena Holm"),
    ("As columnist Ruth Marsh puts it, the ministry is making farmers “an offer they cannot refuse.”",
     "an offer they cannot refuse.", "Ruth Marsh"),
    ("Critics attacked what Mayor Tom Vale described as a “temporary pause” in the works.",
     "temporary pause", "Tom Vale"),
    ("Nina Lutz, the head of the Baltic desk at the Nordic Council, Norden, said the plan was “far too late.”",
     "far too late.", "Nina Lutz"),
    # a participle's subject is the sentence's, after an opening phrase with its place and day
    ("At a rally in Ames, Iowa, on Sunday, Senator Ruth Ames went further, saying the plan was “dead on arrival.”",
     "dead on arrival.", "Ruth Ames"),
    ("Outside the court in Valletta, about 200 fishermen gathered in the rain, chanting “Save our harbour.”",
     "Save our harbour.", "about 200 fishermen"),
    # after the quote, "told X" names the hearer and "said Sunday" a day, not the speaker
    ("“The pope wants bridges, not walls,” the Vatican spokesman, Federico Lombardi, told Vatican Radio.",
     "The pope wants bridges, not walls,", "Federico Lombardi"),
    ("“He should resign at once!” the party's nominee, Donald Trump, said Sunday.",
     "He should resign at once!", "Donald Trump"),
    ("“Thanks for welcoming these families,” said master of ceremonies Asab Tabchi, an engineer.",
     "Thanks for welcoming these families,", "Asab Tabchi"),
    ("From the audit report: “Most of the samples were handled without any written record.”",
     "Most of the samples were handled without any written record.", "the audit report"),
    # a restrictive "who" clause belongs to the subject, not the speaker
    (("Although talks stalled, a senior official who spoke anonymously to discuss strategy said Wednesday, "
      "“There are discussions between the two teams.”"), "There are discussions between the two teams.",
      "a senior official"),
    # a surname that is also a common word
    ("“People point the finger at the banks now,” From said.", "People point the finger at the banks now,", "From"),
    ("“The campaign has been the coarsest in memory,” Will wrote on Sunday.",
     "The campaign has been the coarsest in memory,", "Will"),
    # a parenthetical attribution is the quote's own
    ("Lena Berg sincerely believes, Omar Diallo said, that “the deal is done and dusted.”",
     "the deal is done and dusted.", "Omar Diallo"),
    # the outer verb's speaker, not the author of what they comment on
    ("Senator Ruth Ames said on Friday that the remark by Dr. Paul Song “was insensitive and wrong.”",
     "was insensitive and wrong.", "Ruth Ames"),
    # the sentence's verb, not one inside a relative clause before it
    ("Ada Lind, who questioned the budget in May, said on Friday that the audit was “a whitewash from start to end.”",
     "a whitewash from start to end.", "Ada Lind"),
    ("Omar Bekri, whose town, Sfax, lies on the coast, argues that the dam will “ruin the fishing for good.”",
     "ruin the fishing for good.", "Omar Bekri"),
    # a relative clause names its namer: "which X had called", "a town that the mayor, Ada Lind, called"
    ("And the trade pact, which Governor Alan Pike had called a “disaster” and promised to “tear up right away”?",
     "tear up right away", "Alan Pike"),
    ("Sfax, a town that the former mayor, Omar Bekri, called “our forgotten capital,” voted on Sunday.",
     "our forgotten capital,", "Omar Bekri"),
    # a thing that says it, and the one who asked
    ("The party handed out water bottles that said, “Welcome to the games in Ohio.”",
     "Welcome to the games in Ohio.", "water bottles"),
    ("Lind posted her message under a banner that said, “The harbour opens in spring.”",
     "The harbour opens in spring.", "a banner"),
    # "who" after a phrase "about" someone is that someone's
    ("There is a lot of talk about Ines Duarte, who is the liveliest on stage, saying “the port is ours.”",
     "the port is ours.", "Ines Duarte"),
    # "which" and a present-tense plural cue ("notes") after it: the antecedent before, past the phrase it ends
    ("The mayor's release linked to the Harbour Board report, which notes, “Half the berths stand empty.”",
     "Half the berths stand empty.", "the Harbour Board report"),
    # "who" after a phrase that ends on its antecedent: the name, not the phrase
    (("The plan drew a sharp reply from Donald Hale, who suggested in a radio interview that the port was “never "
      "for sale.”"), "never for sale.", "Donald Hale"),
    ("The plan came under fire from Sen. Ana Lind of Maine, who said it was “dead on arrival.”",
     "dead on arrival.", "Ana Lind"),
    ("Sanders was asked by host Bill Maher, who backs him, “Now, are you tired of the emails?”",
     "Now, are you tired of the emails?", "Bill Maher"),
    # a clause of its own after "but" or "and" has its own cue
    ("At one point, a woman asked for a photo and Ada Lind said, “as long as we are not breaking any laws.”",
     "as long as we are not breaking any laws.", "Ada Lind"),
    # a participle's subject after an opening phrase of place or time, and never after the participle
    ("Speaking at a town hall in Salem, New Hampshire, Pike went after Ames, calling him “a total stiff.”",
     "a total stiff.", "Pike"),
    ("Hours later, Pike returned the compliment, telling Reuters, “We have been friends for a long time.”",
     "We have been friends for a long time.", "Pike"),
    ("Ada Lind defended the “river town values,” saying the town embodied “the heart of the valley.”",
     "river town values,", "Ada Lind"),
    ("The town was on their minds, with hundreds of marchers chanting “We are Ames and we stand together.”",
     "We are Ames and we stand together.", "hundreds of marchers"),
    # a speaker heard asking; a noun-like cue before a colon ("the website notes:")
    ("“Should there be a register of every boat in the harbour?” a reporter can be heard asking Pike.",
     "Should there be a register of every boat in the harbour?", "a reporter"),
    ("It all began in 1960, as the Ledger website notes:\n\n“In the fall of 1960, some ninety students met in Ames.”",
     "In the fall of 1960, some ninety students met in Ames.", "the Ledger website"),
    # an inverted cue with a colon hands the speaker to the quote paragraph below
    ("The mayor spoke on the radio on Sunday.\n\nStated Lind:\n\n“I think the stakes are high for all of us.”",
     "I think the stakes are high for all of us.", "Lind"),
    # a relative clause with its own subject and cue holds the quote; one that closes before it does not
    ("Dale Moss faulted the audit, which an outside review said was “badly rushed” but lawful.",
     "badly rushed", "an outside review"),
    ("Rita Vance said the rates were fair, to which Omar Diaz interjected: “That is just not true.”",
     "That is just not true.", "Omar Diaz"),
    (("Some residents said they feared a repeat of the 2009 meeting, when Mr. Hale, who had lost the vote, "
      "called for a “war on the council.”"), "war on the council.", "Hale"),
    ("Moss said that the plan, which some have argued was rushed, was an “insult to the volunteers.”",
     "insult to the volunteers.", "Moss"),
    # an opening "despite" clause is not the sentence's attribution
    ("Despite what he wrote in the mayor's speech, Tom Cross said he “may yet have to vote for her.”",
     "may yet have to vote for her.", "Tom Cross"),
    # a participle after a clause inside the sentence is that clause's subject's; a time word is no subject
    ("The trouble began at the college, when the union members interrupted her speech, shouting “you win, we lose!”",
     "you win, we lose!", "the union members"),
    ("Here in Tulsa, Ada Lind stepped up her talk of roads, saying, “We have got to fix the bridges first.”",
     "We have got to fix the bridges first.", "Ada Lind"),
    ("Mr. Pike issued a statement Tuesday saying, “I do not feel that anyone's birthplace makes them unfit.”",
     "I do not feel that anyone's birthplace makes them unfit.", "Pike"),
    ("Speaking at a town hall in Salem, Oregon, Pike went after Ames, calling him “a total stiff.”",
     "a total stiff.", "Pike"),
    # "the two" as a subject; a capitalised cue after an appositive; "retaliated" as a verb of manner
    ("The letter went out on Friday.\n\n“You seem to have picked a new standard out of thin air,” the two write.",
     "You seem to have picked a new standard out of thin air,", "the two"),
    (("The plane flew over the stadium.\n\n“Not us but we can’t argue with it!” Murphy, the head of the PAC, "
      "Tweeted on Friday."), "Not us but we can’t argue with it!", "Murphy"),
    ("The mayor spoke first.\n\n“The town will always be the town,” an angry Ortiz retaliated.",
     "The town will always be the town,", "Ortiz"),
    # an adjacent cue and colon beat an outer cue; an inverted cue with a title before a colon
    ("“There is a young man having some problems,” Pike said as the heckler yelled: “You are a fraud!”",
     "You are a fraud!", "the heckler"),
    ("In other words, explained NPR host Nancy Cordes: “What does that have to do with big donations?”",
     "What does that have to do with big donations?", "Nancy Cordes"),
    # a quantifier subject; a given name ending in -ly is no adverb; a modal before a noun-like cue
    ("Several said they would rather see the money spent as “local grants” to each county.",
     "local grants", "Several"),
    ("Kelly Brandt backed the levy on Monday, saying it is time for “a school the town can be proud of.”",
     "a school the town can be proud of.", "Kelly Brandt"),
    ("The timing was so strange that an aide to Mayor Olsen could only quip: “I guess the parade was booked.”",
     "I guess the parade was booked.", "an aide to Mayor Olsen"),
    # a dateline with a date is no subject
    ("OSLO, March 4 (NTB) — The Green Party released a statement offering “a full and frank apology” to members.",
     "a full and frank apology", "Green Party"),
    # the object of a verb that makes someone speak is the speaker of the infinitive
    ("The flood record prompted the mayor, Tomas Reyes, to declare, “We are the bellwether of the valley.”",
     "We are the bellwether of the valley.", "Tomas Reyes"),
    # a thing that bears words is the subject of the participle after it
    ("Ada Holm held up a sign saying “No ferry, no future” outside the hall.", "No ferry, no future", "a sign"),
    # an opening "While" clause whose subject is a name and an appositive holds the quote: the name's
    (("While Mr. Hale, speaking for the Greens' wing, laid out a plan for “a port that pays its own way,” the "
      "council left early."), "a port that pays its own way,", "Hale"),
    # a participle right after a noun cue with its determiner is the noun's: the words are the editorial's
    (("Mayor Lind did visit the port, but only after the newspaper's editorial telling him to leave his “ivory "
      "tower” for good."), "ivory tower", "the newspaper's editorial"),
    ("The memo was shared widely, leading aides like Nora Vance to counter that “every cent was accounted for.”",
     "every cent was accounted for.", "Nora Vance"),
    # a passive naming verb names its namer after "by"; "by" + no one names no one
    ("The ferry plan has been called “a floating folly” by Edda Lund, a councillor in Bergen.",
     "a floating folly", "Edda Lund"),
    ("The port town, Vik, called the “Gateway of the North” by Mayor Ivo Berg, is growing.",
     "Gateway of the North", "Ivo Berg"),
    (("While the council has faced criticism for the long inquiry — often labelled as a “fishing trip” by the "
      "Greens — the audit goes on."), "fishing trip", "Greens"),
    ("The budget was described as “a steady hand” by the standards of the decade, Minister Sara Holt said.",
     "a steady hand", "Sara Holt"),
    # the cue that attributes the quote before is not the outer cue of a quote in an "after" clause
    ("“That is simply wrong,” Lena Dahl wrote after Mayor Ivo Berg argued at the council that “every district gained.”",
     "every district gained.", "Ivo Berg"),
    # a cue whose colon opens the next quote is not the attribution of the quote before it
    ("After Ivo Berg said that small towns might do better with “less ambitious plans,” Lena Dahl said: “I disagree.”",
     "less ambitious plans,", "Ivo Berg"),
    # "what X, an appositive, called": the namer has its appositive
    ("The fight was, in what Ola Brun, a treasurer for the campaign, called “hand-to-hand combat.”",
     "hand-to-hand combat.", "Ola Brun"),
    # a noun cue in a participle's opening phrase is not the main clause's
    ("Facing criticism from Labour, Minister Ivo Berg issued a statement, insisting the cuts were “no mistake” at all.",
     "no mistake", "Ivo Berg"),
    # an inverted cue after a second quote that closes on a comma speaks for the sentence's first quote too; a
    # passive one names its agent, without the "by"
    ("Lind ran the port.\n\n“Harbour Lights” was to be a “cautionary tale,” said Tom Berg, her agent.",
     "Harbour Lights", "Tom Berg"),
    (("The play is an adaptation of “a story about the docks and ships,” written by a Spanish troupe, that "
      "skewers the rich."), "a story about the docks and ships,", "a Spanish troupe"),
    # a month that ends the phrase before a participle names no one; "with X and Y chanting" is X and Y's
    ("Lind sent a memo to The Harbour Post in April explaining her plan, which includes “a toll on every ship.”",
     "a toll on every ship.", "Lind"),
    ("The hall was loud, with many dockers and sailors chanting “Open the harbour now!” at the door.",
     "Open the harbour now!", "many dockers and sailors"),
    # a clause after ", with X" is X's
    ("The council denied it, with Lena Dahl taking to Facebook to call the audit “a partisan stunt” on Monday.",
     "a partisan stunt", "Lena Dahl"),
    # a title in quote marks inside an appositive does not end the subject's clause
    ("Holm, the author of “Ships and Tolls,” about the port's long decline, said the ferry was “a relic of an age.”",
     "a relic of an age.", "Holm"),
    ("“The harbour is closed for good,” Ana Lind murmured.", "The harbour is closed for good,", "Ana Lind"),
    # a quote in a dash aside has its own speaker, and the sentence's quote after the aside goes on with the first
    ("Ivo Berg said, “We will build it” - at which point the crowd chanted “Build it!” - “and open the port.”",
     "and open the port.", "Ivo Berg"),
    # a phrase cue with an adverb before its colon is the main clause's, not the "when" clause's
    ("When Ivo Berg suggested that the town would sue, Ana Lind fired back forcefully: “If they sue, they lose.”",
     "If they sue, they lose.", "Ana Lind"),
    # a cue after ", but" opens a clause of its own; so does a cue with its own quote after it
    ("Ana Lind called the plan “a disaster” and “a waste of money,” but Ivo Berg said the plan would help.",
     "a waste of money,", "Ana Lind"),
    ("Ivo Berg, who called the plan “the best deal we could get,” was booed when Lind said it was “a ruin.”",
     "the best deal we could get,", "Ivo Berg"),
    # a participle aside between the speaker and the cue is no speaker
    ("But an aide, speaking on background, said the mayor “stands by every word.”", "stands by every word.",
     "an aide"),
    ("“She stands by every word,” an aide, speaking on background, said.", "She stands by every word,", "an aide"),
    (("Ana Lind did not back down, releasing a statement that, while condemning violence, accused the council of "
      "“a shameful power grab.”"), "a shameful power grab.", "Ana Lind"),
    # a cue whose past doubles its consonant ("slammed")
    ("In her speech, Ana Lind slammed the plan as “a disaster for the port.”", "a disaster for the port.", "Ana Lind"),
    # the owner of a noun cue, past modifiers and a phrase of time or place before its "that"
    ("Ana Lind won partly because of Mr. Berg’s patronizing suggestion at a debate that she was “likable enough.”",
     "likable enough.", "Berg"),
    ("Ana Lind won here partly because of Mr. Berg’s suggestion at a debate that she was “likable enough.”",
     "likable enough.", "Berg"),
])
def test_speaker_of_one_quote(text, quote, speaker):
    got = dict(speakers(text))
    assert got.get(quote) == speaker


@pytest.mark.parametrize("text, mention", [
    # a description that opens the sentence is the participle's subject, with its capitalised modifier and an
    # adjective in -ed ("The Florida senator", "The retired neurosurgeon")
    (("Ana Lind spoke on Monday.\n\nThe Ostland senator sought to calm the crowd, saying the dam would “hold "
      "through the winter” at least."), "The Ostland senator"),
    (("Ana Lind spoke on Monday.\n\nThe retired engineer gave no details, saying only that the dam was “holding "
      "up well for now.”"), "The retired engineer"),
    # an office in capitals with the name in apposition: the name ("The shadow chancellor, ..." already was)
    (("Harbour plan\n\nThe Chancellor, Ana Lind, has defended the plan, insisting it would “fix the "
      "foundations” of the port."), "Ana Lind"),
    (("Harbour plan\n\nThe Foreign Secretary, Ola Berg, has defended the plan, insisting it would “fix the "
      "foundations” of the port."), "Ola Berg"),
])
def test_a_description_opening_the_sentence_is_a_participles_subject(text, mention):
    (q,) = direct(text)
    assert q.speaker_mention == mention


def test_pronoun_resolves_to_the_person_named_before():
    text = ("Finance Minister Olaf Brandt met bankers on Monday.\n\n"
            "“We will not raise taxes this year,” he told reporters.")
    (q,) = direct(text)
    assert q.speaker == "Olaf Brandt"
    assert text[q.speaker_start:q.speaker_end] == "he"


@pytest.mark.parametrize("indirect", [True, False])
def test_a_headlines_first_word_before_a_noun_in_s_is_no_he(indirect):
    # "Harbour talks" reads like "Harbour says" in a headline; below it "Harbour" never acts, so it is no one
    text = "Harbour talks resume\n\nThe council met on Monday.\n\n“We are close to a deal,” he said."
    (q,) = [q for q in extract(text, indirect=indirect) if q.kind == "direct"]
    assert (text[q.speaker_start:q.speaker_end], q.speaker) == ("he", None)


@pytest.mark.parametrize("indirect", [True, False])
def test_a_word_only_the_headline_capitalises_is_no_it(indirect):
    text = ("Harbour plan splits council\n\nInstead, Ana Lind opened by talking about her work.\n\n"
            "The council was unmoved. “We have heard it before,” it said.")
    (q,) = [q for q in extract(text, indirect=indirect) if q.kind == "direct"]
    assert q.speaker != "Harbour"


def test_the_writers_i_is_no_one_the_article_named():
    # outside a transcript, "I" in the narrative is the writer, whom the text does not name
    text = ("I met Mayor Olaf Brandt at the harbour. Pretty soon he would have to tell the council.\n\n"
            "“This is a big win for me,” I confessed.")
    (q,) = direct(text)
    assert (text[q.speaker_start:q.speaker_end], q.speaker) == ("I", None)


def test_an_honorific_and_surname_is_a_name_a_pronoun_can_resolve_to():
    # "Mr. Hale" as a sentence subject is a person, so the "he" of the next sentence is his
    assert speakers("Mr. Hale spoke to the council on Monday. “We never lied,” he said.") == [
        ("We never lied,", "Hale")]
    # and it resolves to the full name when the article gave one
    assert speakers("Donald Hale arrived on Monday. “We will win,” Mr. Hale said.") == [("We will win,", "Donald Hale")]


@pytest.mark.parametrize("text, mention", [
    ("The hall was full.\n\nHe told the crowd, to loud applause:\n\n“Nobody is more qualified to serve.”", "He"),
    (("Ortiz said the town would talk.\n\nBut Ortiz was quick to add that the port was safe.\n\n“Selling it? Not "
      "negotiable.”"), "Ortiz"),
])
def test_the_speaker_of_a_paragraph_without_quotes_carries_to_the_quote_below(text, mention):
    # with reported speech off (`claims extract` without --indirect), the cue alone notes who spoke
    (q,) = extract(text, indirect=False)
    assert (q.speaker_mention, q.rule) == (mention, "continue:previous-paragraph")


@pytest.mark.parametrize("text, mention", [
    # a quote left open at the paragraph's end goes on in the next: its attribution there is the whole quote's
    ("“First we fix the quay, whatever the council says.\n\n“Then we build the homes,” Lind said.", "Lind"),
    # ... over the subject of the sentence before
    ("Berg spoke first. “First we fix the quay, whatever the council says.\n\n“Then we build,” Ana Lind said.",
     "Ana Lind"),
    # ... and over two paragraphs
    ("Ivo Berg spoke first. “First the quay.\n\n“Then the homes.\n\n“Then we rest,” said Kari Dahl.",
     "Kari Dahl"),
])
def test_a_quote_that_runs_on_into_the_next_paragraph_is_its_attributions(text, mention):
    first = extract(text, indirect=False)[0]
    assert (first.speaker_mention, first.rule) == (mention, "continue:next-paragraph")


def test_a_title_case_quote_that_only_continues_the_speaker_before_it_is_a_title():
    # no cue of its own: after the first of a list, "Gilmore Girls" is one more title, not more of Lind's words
    got = [q.text for q in direct("Harbour TV\n\nLind said the shows “Prison Break” and “Gilmore Girls” are back.")]
    assert got == ["Prison Break"]
    # ... while words in lower case go on with her words
    got = [q.rule for q in direct("Harbour TV\n\nLind called the plan “a disgrace” and “a waste of money.”")]
    assert got == ["before:partial", "continue:sentence"]


def test_a_quote_paragraph_no_one_before_speaks_is_the_next_quote_paragraphs_speakers():
    text = ("Viken is upbeat about the vote.\n\n“Not only can we win, we will win big.”\n\n"
            "“The council is ours,” Viken said.")
    first, second = extract(text, indirect=False)
    assert (first.speaker_mention, first.rule) == ("Viken", "continue:next-paragraph")
    assert second.rule == "after"
    # a speaker before it still speaks it
    text = "Berg told reporters the vote was close.\n\n“We can win it.”\n\n“The council is ours,” Lind said."
    assert [(q.speaker, q.rule) for q in extract(text, indirect=False)] == [
        ("Berg", "continue:previous-paragraph"), ("Lind", "after")]


def test_a_straight_quote_mark_opening_an_excerpt_takes_no_speaker_from_a_curly_quote_inside_it():
    # an outlet quoting another's paragraphs in straight marks: the curly quote inside is not the excerpt's end
    text = ("Reporters questioned Press Secretary Josh Earnest at the White House, Breitbart News reported:\n\n"
            "\"Officials said the shooters had planned the attack for weeks before anyone noticed.\n\n"
            "“I don’t want to talk about the situation,” Earnest said.\"")
    first = extract(text, indirect=False)[0]
    assert first.rule != "continue:next-paragraph" and first.speaker != "Josh Earnest"


@pytest.mark.parametrize("text, mention", [
    ("The plan is vague, since Mayor Ines Kurz spoke only in generalities at the rally.\n\n“We will be tougher.”",
     "Mayor Ines Kurz"),
    ("Kurz talked to reporters for an hour on Friday.\n\n“Nobody here wants a ferry.”", "Kurz"),
    ("Senator Pia Holm addressed the chamber on Monday.\n\n“The bridge must wait.”", "Senator Pia Holm"),
    # an event in -ing after a preposition: the clause's subject
    ("Instead, Pia Holm opened by talking about her work abroad.\n\n“We will go back next year.”", "Pia Holm"),
    ("Holm disagreed with the mayor on Monday.\n\n“There is no money for it.”", "Holm"),
])
def test_a_paragraph_ending_on_a_speech_event_hands_its_speaker_to_the_quote_below(text, mention):
    for indirect in (False, True):
        (q,) = [q for q in extract(text, indirect=indirect) if q.kind == "direct"]
        assert (q.speaker_mention, q.rule) == (mention, "continue:previous-paragraph")


@pytest.mark.parametrize("text", [
    "“We will build,” Kurz said. Holm disagreed.\n\n“There is no money for it.”",
    "“We will build,” Kurz said.\n\nHolm dissented.\n\n“There is no money for it.”",
])
def test_someone_disagreeing_after_a_quote_speaks_the_quote_paragraph_below(text):
    for indirect in (False, True):
        assert [q.speaker for q in extract(text, indirect=indirect) if q.kind == "direct"] == ["Kurz", "Holm"]


def test_a_speech_event_does_not_reach_past_a_later_sentence_or_paragraph():
    # the event must end the paragraph right above the quote
    for text in ("Kurz talked to reporters on Friday. The ferry was late.\n\n“Nobody here wants a ferry.”",
                 "Kurz talked to reporters on Friday.\n\nThe ferry was late.\n\n“Nobody here wants a ferry.”"):
        # with no speaker to give it, the quote is not reported at all
        assert extract(text, indirect=False) == [], text


def test_a_plural_cue_after_a_quote_is_a_verb():
    (q,) = direct("“She will take on the gun lobby,” a voice-over in the campaign ad states.")
    assert q.speaker_mention == "a voice-over in the campaign ad"


def test_an_aside_set_off_by_dashes_signs_off_no_quote():
    text = ("Ivo Berg spoke.\n\n“I think there is resistance among many people to it,” Ola Brekke said.\n\n"
            "“So I think there is resistance among many people to it.”\n\n"
            "– An islander himself –.\n\nBrekke lives in the port.")
    assert [q.speaker for q in direct(text)] == ["Ola Brekke", "Ola Brekke"]


def test_a_pull_quote_signed_on_its_last_line():
    text = "\"The harbour will not reopen before the spring, whatever the ministry says.\nMayor Ana Lind.\"\n\nMore later."
    (q,) = direct(text)
    assert q.speaker == "Ana Lind"
    assert q.text.endswith("whatever the ministry says.")


@pytest.mark.parametrize("text, speaker", [
    # "he" or "she" after two subjects joined by "and": the one of that sex, the first when both are
    ("Ana Lind, 61, and Ivo Berg, 47, have sparred for years. “She never listens,” he said.", "Ivo Berg"),
    ("Ana Lind and Ivo Berg have sparred for years. “He never listens,” she said.", "Ana Lind"),
    ("Tom Berg and Ana Lind have sparred for years. “He never listens,” she said.", "Ana Lind"),
    ("Ivo Berg and Tom Holt have sparred for years. “He never listens,” he said.", "Ivo Berg"),
    # in a paragraph far from the quote too
    (("The port is old.\n\nMayor Ana Lind and Councilman Ivo Berg met on Monday.\n\nThe plan was dropped.\n\n"
      "“We agree,” he said."), "Ivo Berg"),
])
def test_a_pronoun_may_mean_the_second_of_two_subjects(text, speaker):
    assert [q.speaker for q in direct(text)] == [speaker]


@pytest.mark.parametrize("text", [
    "Ivo Berg accused Ana Lind of “lying to the public,” a charge she denied.",
    "Ivo Berg called the plan “a fraud and a disgrace,” a claim the mayor rejected on Monday.",
])
def test_whoever_denies_a_charge_does_not_speak_it(text):
    assert [q.speaker for q in direct(text)] == ["Ivo Berg"]


def test_a_pronoun_skips_a_description_of_no_person():
    """A crowd or a thing said to hear or say something is no "he" ("gave a capacity crowd ... an endorsement
    of Lind. ... he told them")."""
    text = ("Ivo Berg spoke on Monday.\n\nIn his first speech of the year, the former mayor gave a capacity crowd "
            "of about 700 in Harbour Hall gym a warm endorsement of Ana Lind. He did not mention the ferry.\n\n"
            "“We fell in love with this town,” he told them.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Ivo Berg"]


def test_a_pronoun_skips_a_group_named_by_a_capitalised_word():
    text = ("Marta Cerny, the Ostland foreign minister, spoke in Vienna.\n\n"
            "Aid groups say the situation on the ground remains difficult.\n\n"
            "“The ceasefire must hold through the winter,” she said on Friday.")
    (q,) = direct(text)
    assert q.speaker == "Marta Cerny"


@pytest.mark.parametrize("opener, speaker", [
    ("Soon the talks moved to the harbour.", "Thomas Berg"),  # an ordinary word that opens a sentence
    ("Himself a sailor, he knew the port.", "Thomas Berg"),
    ("Lind arrived later.", "Lind"),  # a surname before a verb is a name
])
def test_a_pronoun_skips_a_word_capitalised_only_to_open_a_sentence(opener, speaker):
    text = "Thomas Berg met the press in Oslo.\n\n" + opener + "\n\n“The harbour opens in spring,” he said."
    (q,) = direct(text)
    assert q.speaker == speaker


_OSLO = "Thomas Berg met the press in Oslo.\n\n"
_HARBOUR_SHE = "“The harbour opens in spring,” she said."
_HARBOUR_HE = "“The harbour opens in spring,” he said."


@pytest.mark.parametrize("text, speaker", [
    # a man's title or given name keeps "she" off him, as a woman's keeps "he" off her
    ("Ana Lind met the press in Oslo.\n\nMr. Berg left early.\n\n" + _HARBOUR_SHE, "Ana Lind"),
    ("Ana Lind met the press in Oslo.\n\nLater, Thomas Berg arrived.\n\n" + _HARBOUR_SHE, "Ana Lind"),
    ("Mrs. Lind met the press in Oslo.\n\nLater, Thomas Berg arrived.\n\n" + _HARBOUR_HE, "Thomas Berg"),
    # no woman in sight: no name, rather than the man's
    (_OSLO + _HARBOUR_SHE, None),
    # a capitalised common word or an indefinite opening a sentence is nobody's "he"
    (_OSLO + "Competition for the berths is fierce, and competition grows.\n\n" + _HARBOUR_HE, "Thomas Berg"),
    (_OSLO + "Any delay would cost the town dearly.\n\n" + _HARBOUR_HE, "Thomas Berg"),
    # nor is a place, a month or a party
    (_OSLO + "Florida is still waiting for the berths.\n\n" + _HARBOUR_HE, "Thomas Berg"),
    (_OSLO + "December is the deadline for the berths.\n\n" + _HARBOUR_HE, "Thomas Berg"),
    (_OSLO + "Liberals in the council want a vote.\n\n" + _HARBOUR_HE, "Thomas Berg"),
    # the lexicon's given names tell a man from a woman beyond the politicians
    ("Ivo Berg met the press in Oslo.\n\nLater, Chelsea Lind arrived.\n\n" + _HARBOUR_HE, "Ivo Berg"),
    ("Ana Lind met the press in Oslo.\n\nLater, Chris Berg arrived.\n\n" + _HARBOUR_SHE, "Ana Lind"),
])
def test_a_pronoun_agrees_in_sex_with_the_name_it_resolves_to(text, speaker):
    (q,) = direct(text)
    assert q.speaker == speaker


_FILLER = "The hall was half empty.\n\nTickets had sold slowly all week.\n\n"


@pytest.mark.parametrize("text, speaker", [
    # a name introduced paragraphs before its quote, far from any quote mark
    ("Mayoral candidate Ana Lindqvist strode onstage on Monday.\n\n" + _FILLER + "The crowd was small.\n\n"
     "“The harbour opens in spring,” Lindqvist said.", "Ana Lindqvist"),
    # the subject of a sentence far from any quote is the latest person for a pronoun after it
    ("Tarn Vell opened the harbour in 1990.\n\nRune Okk, 51, took over the port in May.\n\nThe hall was half empty."
     + "\n\nThe tickets had sold slowly all week.\n\nThe crowd was small.\n\n“The harbour opens in spring,” he said.",
     "Rune Okk"),
    # a second person with the same surname does not rename the first
    ("Mayor Lindqvist was late.\n\nMayor Ana Lindqvist strode onstage to a half-empty hall.\n\n"
     + "Her husband, Jon Lindqvist, stayed home.\n\n“The harbour opens in spring,” Lindqvist said.", "Ana Lindqvist"),
    # a word capitalised only because it opens the sentence is no part of the name
    ("The port has a rival.\n\nRival Ana Lind spoke first on Monday evening.\n\n“The harbour opens in spring,” Lind said.",
     "Ana Lind"),
    ("Neither Ana Lind nor the council would give a date.\n\n“The harbour opens in spring,” Lind said.", "Ana Lind"),
    ("New Ostland Gov. Ana Lind spoke first on Monday, in a new hall.\n\n“The harbour opens in spring,” Lind said.",
     "Ana Lind"),
    ("Ana Lind met the council.\n\nNeither Lind nor the council would give a date.\n\n"
     + "“The harbour opens in spring,” Lind said.", "Ana Lind"),
    # so is a verb or an adverb that opens it, before a surname alone
    ("Ana Lind ran the port for a decade, and talked about it often.\n\nInterestingly Lind kept the old cranes."
     + "\n\n“The harbour opens in spring,” Lind said.", "Ana Lind"),
    ("Ana Lind ran the port, and said little about it.\n\nSaid Lind: “The harbour opens in spring.”", "Ana Lind"),
    # a title in lower case between capitals is the subject's title: "Former US secretary of state Madeleine Albright"
    ("Former Ostland governor Ana Lind spoke first.\n\nThe hall was full.\n\n“The harbour opens in spring,” she said.",
     "Ana Lind"),
    ("Harbour Times columnist Ana Lind spoke first.\n\nThe hall was full.\n\n“The harbour opens in spring,” she said.",
     "Ana Lind"),
    # a plural time noun or a preposition that opens a sentence is no name ("Days after the vote, Lind ...")
    (("Ana Lind ran the port.\n\nDays after the vote, Lind resigned from the board.\n\n“The harbour opens in "
      "spring,” she said."), "Ana Lind"),
    # "the Republican", "the Texan": a person described by party or origin
    ("Republican mayoral candidate Ana Lind spoke first.\n\n“The harbour opens in spring,” the Republican said.",
     "Ana Lind"),
    ("Former Texas Gov. Ana Lind spoke first.\n\n“The harbour opens in spring,” the Texan said.", "Ana Lind"),
    ("Former Texas Gov. Ana Lind spoke first.\n\n“The harbour opens in spring,” the U.S. said.", "U.S."),
    # a description that opens a sentence is the person it resolves to, not a name for a later "she"
    (("Tom Berg is launching his campaign for the harbour seat.\n\nThe Ostland senator is telling reporters that "
      "he is looking ahead to the vote because he will have “a lot of delegates” after it."), "Tom Berg"),
    # capitals before an organisation's word are its name, not a title ("State Department", not "Department"),
    # so its acronym finds it
    ("The talks went on.\n\n“The harbour opens in spring,” the State Department said.", "State Department"),
    ("Officials at the Ostland National Committee met on Monday.\n\n“The harbour opens in spring,” the ONC said.",
     "Ostland National Committee"),
    # a candidacy is a title too: "Republican presidential hopeful Sen. Ted Cruz", "Democratic front-runner X"
    ("Later, Ostland Labour presidential hopeful Ana Lind was critical, telling reporters: “The harbour opens in spring.”",
     "Ana Lind"),
    (("Ostland Labour front-runner Ana Lind spoke first.\n\nThe hall was full.\n\n“The harbour opens in spring,” "
      "she said."), "Ana Lind"),
    # a day, a preposition or a headline's verb ends the name
    ("Ana Lind met the council.\n\n“The harbour opens in spring,” said Lind Thursday.", "Ana Lind"),
    ("Ana Lind met the council.\n\nThe paper ran it as Lind Says Harbour Will Open Soon, and doubts grew.\n\n"
     + "“The harbour opens in spring,” Lind said.", "Ana Lind"),
    # a surname alone is the person's, not a thing named after them; a first name is the person's too
    ("Ana Lind gave her name to Lind Tower Manila in 1990.\n\n“The harbour opens in spring,” Lind said.", "Ana Lind"),
    ("Tom Anna arrived.\n\nAnna Lind opened the hotel in 1990.\n\n“The harbour opens in spring,” Anna said.", "Anna Lind"),
    # an occupation before a name is a title ("Comedian Sarah Silverman"), also after "Former"
    ("Comedian Ana Lind was first on stage.\n\n“The harbour opens in spring,” Lind said.", "Ana Lind"),
    ("Former Ostland Gov. Ana Lind was first on stage.\n\n“The harbour opens in spring,” Lind said.", "Ana Lind"),
    # a conjunction or adverb that opens the sentence is no part of a name, also far from any quote
    ("The crowd was small.\n\nBut Ana Lind, an organiser, stayed on.\n\n" + _FILLER + "The hall emptied.\n\n"
     + "“The harbour opens in spring,” Lind said.", "Ana Lind"),
    # whose someone is comes before them; a relative pronoun ends a name
    ("Ostland Radio hired Tom Berg in 1990.\n\n“The harbour opens in spring,” as Ostland Radio's Berg said.", "Tom Berg"),
    ("On the front page of the paper was a story on Ana Lind's Plan, which was new.\n\n"
     + "“The harbour opens in spring,” Lind said.", "Ana Lind"),
    # a pronoun reaches the latest subject by position, also one in a paragraph read without its words: the
    # speaker of an earlier quote does not come after it because it was noted later
    ("“The tide is late,” said Mara Dunn, the harbour master.\n\nLena Holt rowed out alone a week later."
     + "\n\nThe sea was calm.\n\nAt the quay, she said the wall “will hold all winter,” and left.", "Lena Holt"),
    # the subject after an opening phrase and its comma, or after a dateline, far from any quote
    ("“The tide is late,” said Mara Dunn, the harbour master.\n\nIn her new book, Tidewater, Lena Holt wrote of it."
     + "\n\nAt the quay, she said the wall “will hold all winter,” and left.", "Lena Holt"),
    ("“The tide is late,” said Mara Dunn, the harbour master.\n\nPORT ELLEN, Islay - Rowing out alone, Lena Holt "
     + "tested the wall.\n\nThe sea was calm.\n\nAt the quay, she said the wall “will hold all winter,” and left.", "Lena Holt"),
    # a place or an organisation before a title is part of the title, not of the name
    ("“The harbour opens in spring,” said Ostland Gov. Ana Lind.", "Ana Lind"),
    ("“The harbour opens in spring,” NRC Chairman Tom Berg said.", "Tom Berg"),
    ("“The harbour opens in spring,” said U.S. District Judge Tom Berg.", "Tom Berg"),
    # a long word in -ed or -ing that opens a headline before a name is no part of it
    ("Understated Lind rises in the race\n\nHarbour Secretary Ana Lind toured the quay on Monday.\n\n"
     + "“We are building it here,” Lind said.", "Ana Lind"),
    ("Debating Lind is no easy task\n\nAna Lind prepared for the debate on Monday.\n\n"
     + "“We are ready for it,” Lind said.", "Ana Lind"),
    # (but a given name in -ing is a name)
    ("“The harbour opens in spring,” said Sterling Holm.", "Sterling Holm"),
    # an outlet's name that is also a surname ends a person's name after a given name or a title
    ("Michael Post, a ferry pilot, spoke first.\n\n“The harbour opens in spring,” he said.", "Michael Post"),
    ("Former Ostland President Vera Fox spoke first.\n\n“The harbour opens in spring,” Fox said.", "Vera Fox"),
    ("Mayor Bloomberg spoke first.\n\n“The harbour opens in spring,” he said.", "Bloomberg"),
    # a description with a name in it is that name's, not the latest organisation's
    (("Ana Lind spoke first. The Ostland Port Authority met.\n\n“The harbour opens in spring,” the Lind campaign "
      "said."), "the Lind campaign"),
    # an occupation that opens the sentence before a given name is no part of the name
    ("Harbour talks\n\nSteelworker Dave Holm, 52, says he will vote no.\n\n“It is a waste,” Holm says.", "Dave Holm"),
    # a sentence with many names is no Title Case headline: its names count
    ("Harbour talks\n\nAna Lind and Ivo Berg debated in Ostland City Hall on Monday.\n\n“He is wrong,” said Lind.",
     "Ana Lind"),
    (("Harbour talks\n\nAna Lind and Ivo Berg debated in Ostland City Hall on Monday.\n\nThe hall was full.\n\n"
      "“He is wrong,” said Lind."), "Ana Lind"),
    # a name in apposition after an inverted cue's description
    ("Ivo Berg spoke first.\n\n“The harbour opens in spring,” said one voter, Mary Holm, 64.", "Mary Holm"),
    ("Ivo Berg spoke first.\n\n“The harbour opens in spring,” said a spokesman for the port, Ola Brekke.",
     "Ola Brekke"),
    # someone's spokesman is named in apposition, or stays a description: not the owner, nor the latest name
    ("Ana Lind spoke first.\n\nAna Lind’s spokesman, Ivo Berg, said: “The harbour opens in spring.”", "Ivo Berg"),
    ("Ivo Berg spoke first. Ana Lind spoke next.\n\n“The harbour opens in spring,” Lind’s attorney said.",
     "Lind’s attorney"),
    # a description's name in apposition: "His campaign manager, Jeff Roe, echoed that view, writing ..."
    (("Ana Lind spoke first.\n\nHer campaign manager, Ola Brekke, echoed that view in a memo, writing that “the "
      "harbour opens in spring.”"), "Ola Brekke"),
    # a title of local government is no part of the name
    ("Alderwoman Ana Lind met the press in Oslo.\n\n“The harbour opens in spring,” Lind said.", "Ana Lind"),
    # namesakes: a title's sex picks the one its given name fits ("Mr. Clinton" is not Hillary Clinton)
    ("Annabel Lind and her husband, Tom Lind, spoke in Oslo.\n\n“The harbour opens in spring,” Mr. Lind said.",
     "Tom Lind"),
    ("Thomas Lind and his wife, Ana Lind, spoke in Oslo.\n\n“The harbour opens in spring,” Mrs. Lind said.",
     "Ana Lind"),
    ("Thomas Lind and his daughter, Chelsea Lind, spoke.\n\n“The harbour opens in spring,” Ms. Lind said.",
     "Chelsea Lind"),
    ("Chelsea Lind and her father, Thomas Lind, spoke.\n\n“The harbour opens in spring,” Mr. Lind said.",
     "Thomas Lind"),
    # a title with no namesake of its sex still finds the one full name ("Mr. Khan" after "Khizr and Ghazala Khan")
    ("Ivo and Aziza Okk spoke in Oslo.\n\n“The harbour opens in spring,” Mr. Okk said.", "Aziza Okk"),
    # a sentence dense with names is no Title Case headline: "met" is a word Title Case would capitalise
    ("Harbour talks\n\nMayor Ana Lind and Councilman Ivo Berg met on Monday in Oslo.\n\n“It opens,” Berg said.",
     "Ivo Berg"),
    # a title in -man is no nationality: "the councilman" is the one introduced as "Councilman"
    ("Harbour talks\n\nCouncilman Ivo Berg met Ana Lind in Oslo.\n\n“It opens in spring,” the councilman said.",
     "Ivo Berg"),
    (("Harbour talks\n\nCommitteeman Ivo Berg met Ana Lind in Oslo.\n\n“It opens in spring,” the committeeman, "
      "a Democrat from the east side, told reporters."), "Ivo Berg"),
    # a title in the plural before a list gives each name the title; of several holders, "the councilman" is the one
    # spoken of last
    ("Harbour vote\n\nCouncilmen Ivo Berg and Jon Holt voted no. Holt spoke first. “A farce,” the councilman said.",
     "Jon Holt"),
    ("Harbour vote\n\nCouncilmen Ivo Berg and Jon Holt voted no. Berg spoke first. “A farce,” the councilman said.",
     "Ivo Berg"),
    (("Harbour vote\n\nSenators Ivo Berg of Utah, Per Moe (R-Ohio) and Jon Holt voted no.\n\nHolt spoke first. Ana "
      "Lind nodded. “A farce,” the senator said."), "Jon Holt"),
    # ... but a holiday is no one: "Presidents Day"
    ("Harbour vote\n\nOn Presidents Day, Ana Lind spoke in Oslo.\n\n“We will win,” she said.", "Ana Lind"),
    # someone introduced by whose they are is the "he" or "she" of that sex after them
    ("Harbour talks\n\nMayor Ana Lind spoke.\n\nHer husband runs a bakery. “She works too hard,” he said.",
     "Ana Lind’s husband"),
    ("Harbour talks\n\nMayor Ana Lind spoke.\n\nLind’s husband runs a bakery. “She works too hard,” he said.",
     "Ana Lind’s husband"),
    ("Harbour talks\n\nMayor Ana Lind spoke.\n\nLind’s husband, Tom, runs a bakery. “She works too hard,” he said.",
     "Tom"),
    ("Harbour talks\n\nIvo Berg spoke.\n\nAna Lind’s spokeswoman declined to comment. “He is busy,” she said later.",
     "Ana Lind’s spokeswoman"),
    # ... by two words ("campaign manager", "running mate"), and the name in apposition to them
    ("Harbour talks\n\nAna Lind spoke.\n\nLind’s campaign manager was asked about it. “We are fine,” he said.",
     "Ana Lind’s campaign manager"),
    ("Harbour talks\n\nAna Lind spoke.\n\nLind’s running mate, Jon Holt, defended her. “She is tough,” he said.",
     "Jon Holt"),
    # a name in apposition with its place
    ("Harbour talks\n\nAna Lind spoke.\n\nLind’s chief rival, Ivo Berg of Oslo, skipped the vote. “A farce,” he said.",
     "Ivo Berg"),
    # a titled someone is no one else's title ("Lind’s spokeswoman" is not Berg’s spokeswoman Kari Holm)
    (("Harbour talks\n\nBerg’s spokeswoman Kari Holm said he was “proud of his vote.”\n\n“The mayor is busy,” "
      "Lind’s spokeswoman said."), "Lind’s spokeswoman"),
    # a word that is one person's given name and another's surname is the one named later
    ("Thomas Brekke chairs the board.\n\nOla Thomas, a delegate, spoke next. “It opens in spring,” Thomas said.",
     "Ola Thomas"),
    ("Ola Thomas, a delegate, spoke first.\n\nThomas Brekke chairs the board. “It opens in spring,” Thomas said.",
     "Thomas Brekke"),
    # a surname with a particle, and a particle capitalised to open a sentence
    ("Harbour talks\n\nMayor Piet de Vries met Berg.\n\n“It opens in spring,” de Vries said.", "Piet de Vries"),
    ("Harbour talks\n\nMayor Piet de Vries met Berg.\n\n“It opens in spring,” Vries said.", "Piet de Vries"),
    ("Harbour talks\n\nMayor Piet de Vries met Berg.\n\nDe Vries was pleased. “It opens in spring,” he said.",
     "Piet de Vries"),
    ("Harbour talks\n\nKarin von der Au met Berg.\n\n“It opens in spring,” Von der Au said.", "Karin von der Au"),
    # a nickname in quote marks inside a name, and a couple who share a surname
    ("Harbour talks\n\nJuan “Chico” Ruiz met Berg.\n\n“It opens in spring,” Ruiz said.", "Juan Ruiz"),
    ("Harbour talks\n\nJuan “Chico” Ruiz met Berg.\n\n“It opens in spring,” Chico said.", "Juan Ruiz"),
    ("Harbour talks\n\nTom and Anna Hansen own a shop.\n\n“It opens in spring,” Tom said.", "Tom Hansen"),
    # ... not a surname that ends the name before it
    ("Harbour talks\n\nDr. Lawrence Joyce and William Graham met.\n\n“It opens in spring,” Joyce said.",
     "Lawrence Joyce"),
    # the speaker of an inverted cue in a sentence without quotes is the "she" after it, near or far
    (("Harbour talks\n\nIvo Berg met the mayor.\n\nThe plan is paid for, said Kari Dahl, the city treasurer. "
      "Others are “having to be leaner,” she said."), "Kari Dahl"),
    (("Harbour talks\n\nIvo Berg met the mayor.\n\nThe plan is paid for, said Kari Dahl, the city treasurer.\n\n"
      "The council met on Tuesday.\n\nThe mayor was away.\n\nOthers are “having to be leaner,” she said."),
     "Kari Dahl"),
    # ... but not a subject's verb after an apposition
    (("Harbour talks\n\nKari Dahl spoke.\n\nTom Hanlon, a port expert, says Oslo is the trouble spot for Lind. "
      "“She has to rethink,” he said."), "Tom Hanlon"),
    # a hyphenated title before a name; the first of two surnames
    ("Harbour talks\n\nTimes Editor-in-Chief Tor Brekke met Lind.\n\n“It opens in spring,” Brekke said.",
     "Tor Brekke"),
    ("Harbour talks\n\nCarmen Ruiz Soto runs the port bank.\n\n“It opens in spring,” Ms. Ruiz said.",
     "Carmen Ruiz Soto"),
    # a number word that opens a sentence is no part of a name
    ("Harbour news\n\nTor Brekke runs the port.\n\nSix Brekke backers walked out.\n\n“A hard year,” Brekke said.",
     "Tor Brekke"),
    ("Harbour news\n\nThe port lost money.\n\nSix Brekke supporters walked out.\n\n“A hard year,” Brekke said.",
     "Brekke"),
    # a name with a generation's suffix is found by its surname
    ("Harbour talks\n\nTom Lind Jr. met Berg.\n\n“It opens in spring,” Lind said.", "Tom Lind Jr."),
    ("Harbour talks\n\nOla Berg III met Lind.\n\n“It opens in spring,” Mr. Berg said.", "Ola Berg III"),
    # a given name that is also a preposition, after a title in lower case; a surname that is also a modal
    (("Harbour talks\n\nFormer mayor Per Sandvik, who led the city for years, weighed in. “It is a fine plan,” he "
      "said."), "Per Sandvik"),
    ("Harbour talks\n\nTheresa May met Lind.\n\n“It opens in spring,” May said.", "Theresa May"),
    # a sentence that opens with a plural noun and "of" before a name: the name is the person's
    ("Harbour talks\n\nAllies of Boris Lindqvist are angry.\n\n“It was a witch hunt,” Mr Lindqvist said.",
     "Boris Lindqvist"),
    ("Harbour talks\n\nCritics of Ted Lindqvist walked out.\n\n“It was a witch hunt,” Lindqvist said.",
     "Ted Lindqvist"),
    # the holder of an office described after an opening phrase is the "he" after it
    (("Gov. Ivo Berg spoke. Former mayor Jon Holt spoke too. “I'm for Berg,” Holt said.\n\nAsked about Holt's "
      "remarks, the governor smiled. “Jon's a good friend,” he said."), "Ivo Berg"),
    # a business named by its trade is an organisation, which "the company" means
    ("Harbour talks\n\nNordic Ferries disputed that.\n\n“It was a fair offer,” the company said.",
     "Nordic Ferries"),
])
@pytest.mark.parametrize("indirect", [True, False])  # without reported speech, far paragraphs are not tokenised
def test_names_resolve_to_the_person_the_article_introduced(text, speaker, indirect):
    assert [q.speaker for q in extract(text, indirect=indirect) if q.kind == "direct"][-1] == speaker


@pytest.mark.parametrize("order, description, speaker", [
    ("“We sail at dawn,” Tom Berg said. “The port is ready,” Ana Lind said.", "the businessman", "Tom Berg"),
    ("“We sail at dawn,” Ana Lind said. “The port is ready,” Tom Berg said.", "the widow", "Ana Lind"),
    ("“We sail at dawn,” Ana Lind said. “The port is ready,” Tom Berg said.", "the strategist", "Tom Berg"),
])
def test_a_description_of_a_woman_or_a_man_resolves_to_one(order, description, speaker):
    text = f"{order}\n\nThe crowd was small.\n\n“The harbour opens in spring,” {description} said."
    assert [q.speaker for q in direct(text)][-1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ("Ana Lind spoke first. A port official pushed back. “Every berth is taken,” the official said.",
     "A port official"),
    ("Ana Lind spoke first. A senior aide to the mayor disagreed. “Every berth is taken,” the aide said.",
     "A senior aide to the mayor"),
    # the head is the noun before an adjective that takes a preposition
    ("Ana Lind spoke first. A source close to the mayor was angry. “Every berth is taken,” the source said.",
     "A source close to the mayor"),
    ("Ana Lind spoke first. A person familiar with the talks was angry. “Every berth is taken,” the person said.",
     "A person familiar with the talks"),
    # another head is someone else
    ("The port was full. A port official pushed back. “Every berth is taken,” the mayor said.", "the mayor"),
    # a source is someone the article does not name, not the person spoken of last
    ("Mayor Ana Lind spoke first. The port was full. “Every berth is taken,” the source said.", "the source"),
    # a person introduced with one office is not described by another
    ("Mayor Ana Lind spoke first. “Every berth is taken,” the prime minister said.", "the prime minister"),
    ("Sen. Ana Lind spoke first. The port was full. “Every berth is taken,” the senator said.", "Ana Lind"),
    ("Rep. Ivo Berg spoke first. The port was full. “Every berth is taken,” the congressman said.", "Ivo Berg"),
    ("Sen. Ivo Berg spoke first. The port was full. “Every berth is taken,” the former congressman said.",
     "Ivo Berg"),
    # ... nor is the one a "who" after the description means
    (("Gov. Maria Holm signed the bill.\n\nIts sponsor, State Senator Jon Lie, praised it. He had clashed with the "
      "governor, who once called his draft “a gift to shipping barons.”"), "Maria Holm"),
    ("Theresa May spoke first. Mayor Ana Lind spoke next. “Every berth is taken,” the prime minister said.",
     "Theresa May"),
    # in a paragraph far from any quote too
    (("Harbour talks\n\nMayor Ana Lind spoke on Monday about the plan and the port.\n\nA senior City Hall official "
      "pushed back on the criticism.\n\nThe port has lost money for a decade, and the council is split on what to "
      "do.\n\n“We have the votes,” the official said."), "A senior City Hall official"),
])
@pytest.mark.parametrize("indirect", [True, False])  # without reported speech, far paragraphs are not tokenised
def test_a_definite_description_is_the_someone_introduced_by_its_head(text, speaker, indirect):
    assert [q.speaker for q in extract(text, indirect=indirect) if q.kind == "direct"] == [speaker]


def test_an_organisation_described_is_no_person_described_before_it():
    text = ("A spokesman for the mayor, who spoke on condition of anonymity, said the mayor would “meet anyone "
            "halfway.”\n\nIn a statement, the police union said the cuts would “endanger every neighborhood.”")
    assert [q.speaker for q in direct(text)] == ["A spokesman for the mayor", "the police union"]


def test_it_resolves_to_the_organisation_and_acronym_to_its_full_name():
    text = ("The Global Policy Institute said the sanctions had failed.\n\n"
            "“Sanctions alone will not change the regime’s course,” GPI wrote in a briefing.\n\n"
            "“A deal remains within reach for both sides,” it said.")
    got = speakers(text)
    assert [s for _, s in got] == ["Global Policy Institute", "Global Policy Institute"]


@pytest.mark.parametrize("text, speaker", [
    # the organisation whose name holds the description's head, not the subject of the sentence before
    (("About 800 courses have closed since 2006, according to the National Trail Foundation.\n\nAlmost 40 more "
      "closed last year. The closures will go on “for the next few years,” the foundation said."),
     "National Trail Foundation"),
    (("The Harbor Budget Office released its figures.\n\nDeficits will grow. The rise is “mainly the aging of "
      "the fleet,” the budget office wrote."), "Harbor Budget Office"),
    # a group, a common word or a month opening a sentence is no "the company" or "it"
    (("Shares in Northwind fell.\n\nAnalysts were unconvinced.\n\nIn a statement, the company said it remained "
      "“confident in the long-term strategy.”"), "the company"),
    (("In October, the Port Board cut its forecast for the year.\n\nCompetition is fierce. “The risk is real,” the "
      "board wrote."), "Port Board"),
    (("In October, the Port Board cut its forecast for the year.\n\nAnalysts were unconvinced. “The risk is real,” "
      "it said."), "Port Board"),
    # an organisation the description names is kept: "the Lind campaign" is Lind's, whoever spoke last
    (("Ana Lind and the Holt Group clashed.\n\n“We will not pay,” the Lind campaign said."), "the Lind campaign"),
])
def test_an_organisation_described_is_the_one_its_head_names(text, speaker):
    assert [q.speaker for q in direct(text)] == [speaker]


def test_a_name_in_the_possessive_before_an_organisation_is_a_name_of_its_own():
    """"Karl Rove's PAC": the PAC is an organisation, and Karl Rove someone a later "Rove" is."""
    text = ("The ad is funded by strategist Karl Rove’s PAC, Harbor Crossroads.\n\n"
            "“We will spend what it takes,” Rove said.")
    assert [q.speaker for q in direct(text)] == ["Karl Rove"]


@pytest.mark.parametrize("title, description", [
    ("President", "the President"),
    ("Secretary of State", "the Secretary of State"),
    ("Chief Minister", "the Chief Minister"),
    ("Labour MP", "the MP"),
])
def test_a_title_in_capitals_after_the_is_the_person_introduced_with_it(title, description):
    text = (f"{title} Ana Lind spoke on Monday about the port.\n\nThe port was full. “Every berth is taken,” "
            f"{description} said.")
    assert [q.speaker for q in direct(text)] == ["Ana Lind"]


def test_a_title_held_by_two_is_the_one_introduced_before_the_description():
    text = ("BENGALURU: Members walked out after Chief Minister R. Siddappa refused to table the report.\n\n"
            "Responding to the charge, the Chief Minister said the report would be tabled “at the appropriate "
            "time” once lawyers had read it.\n\nFormer Chief Minister H.M. Ravindra said the issue needed “a "
            "consensus, not confrontation.”")
    assert [q.speaker for q in direct(text)] == ["R. Siddappa", "H.M. Ravindra"]


@pytest.mark.parametrize("words, title, name", [
    ("Leader of the Opposition K. Narayan Gowda", "Leader of the Opposition", "K. Narayan Gowda"),
    ("Minister of the Interior Ana Lind", "Minister of the Interior", "Ana Lind"),
    ("Bernalillo County Clerk Ann Ochoa", "Bernalillo County Clerk", "Ann Ochoa"),
    ("Labour MP Jess Phillips", "Labour MP", "Jess Phillips"),
    ("City Treasurer Kari Dahl", "City Treasurer", "Kari Dahl"),
])
def test_offices_of_local_and_parliamentary_government_are_titles(words, title, name):
    got = split_title(words.split())
    assert (" ".join(got[0]), " ".join(got[1])) == (title, name)


@pytest.mark.parametrize("noun", ["teenager", "youngster", "striker", "coach"])
def test_a_person_by_a_common_noun_is_the_person_named_before(noun):
    text = (f"Jonny Mbeki, 19, struck in the 93rd minute.\n\n“I just hit it and hoped,” the {noun} said "
            "afterwards.")
    assert [q.speaker for q in direct(text)] == ["Jonny Mbeki"]


def test_description_resolves_to_the_titled_person():
    text = ("Secretary of State Mary Collins arrived in Cairo on Sunday.\n\n"
            "The secretary of state said the talks were “going better than anyone expected.”")
    (q,) = direct(text)
    assert q.speaker == "Mary Collins"


@pytest.mark.parametrize("words, title, name", [
    ("Former US secretary of state Madeleine Albright", "Former US secretary of state", "Madeleine Albright"),
    ("Clinton campaign Chairman John Podesta", "Clinton campaign Chairman", "John Podesta"),
    ("US Secretary of State Rex Tillerson", "US Secretary of State", "Rex Tillerson"),
    ("Osama bin Laden", "", "Osama bin Laden"),
    # an institution before a title of several words
    ("Senate Majority Leader Ana Lind", "Senate Majority Leader", "Ana Lind"),
    ("Ostland Attorney General Ivo M. Berg", "Ostland Attorney General", "Ivo M. Berg"),
    ("NATO Secretary General Ola Brekke", "NATO Secretary General", "Ola Brekke"),
])
def test_a_title_is_split_from_the_name_after_it(words, title, name):
    assert tuple(" ".join(x) for x in split_title(words.split())) == (title, name)


@pytest.mark.parametrize("words, titles", [
    # a nationality or an owner is no part of the title kept
    ("Ostlandic Foreign Minister Ola Brekke", {"foreign minister"}),
    ("Ostland's Foreign Minister Ola Brekke", {"foreign minister"}),
    # a title in the plural is kept in the singular
    ("Senators Ola Brekke", {"senator"}),
])
def test_the_title_kept_for_a_name_is_its_office(words, titles):
    text = f"Talks\n\n{words} spoke."
    ent = Entities(text).register_run(words.split(), text.index(words))
    assert ent.name == "Ola Brekke" and ent.titles == titles


def test_a_description_of_someone_unnamed_is_not_the_titled_person():
    text = ("Former Harbour Party campaign manager Tom Berg left in June.\n\n"
            "“I could not afford to defend myself,” one former campaign staffer said.")
    (q,) = direct(text)
    assert q.speaker == "one former campaign staffer"


@pytest.mark.parametrize("noun", ["spokesman", "spokeswoman", "spokesperson"])
def test_a_spokesman_unnamed_is_not_the_person_named_last(noun):
    text = (f"Prime Minister Ana Lind met the president on Monday.\n\n“The prime minister has made her views "
            f"clear,” the {noun} said.")
    assert [q.speaker for q in direct(text)] == [f"the {noun}"]
    text = f"Her {noun}, Alex Berg, spoke later.\n\n“It is final,” the {noun} said."  # (named in apposition)
    assert [q.speaker for q in direct(text)] == ["Alex Berg"]


@pytest.mark.parametrize("indirect", [True, False])
def test_someones_lawyer_is_not_the_person_named_last(indirect):
    text = ("Mayor Ana Lind met the council on Monday.\n\n"
            "The council's lawyer said the city had “no legal basis for the claim.”")
    (q,) = [q for q in extract(text, indirect=indirect) if q.kind == "direct"]
    assert q.speaker == "The council's lawyer"


@pytest.mark.parametrize("office", ["the sheriff's office", "the county sheriff's office", "the mayor’s office"])
def test_the_office_of_someone_described_is_no_one_named_before_it(office):
    text = (f"Ortega said no injuries had been reported. “Two homes were destroyed,” according to "
            f"{office}.")
    assert [(q.speaker_mention, q.speaker) for q in direct(text)] == [(office, office)]


def test_an_organisation_described_by_its_owner_in_common_words_is_the_one_named_before():
    # (guard: passes on the code before the test above too)
    text = ("The National Rifle Association spent $3 million in Iowa.\n\n"
            "“We will not back down,” the nation’s largest gun group said.")
    assert [q.speaker for q in direct(text)] == ["National Rifle Association"]


def test_who_after_a_description_in_apposition_is_the_name_before_it():
    text = ("“We are gearing up,” said Tom Reed, the council's chief strategist, who added that the party would "
            "campaign “like folks are running for sheriff.”")
    assert [q.speaker for q in direct(text)] == ["Tom Reed", "Tom Reed"]


def test_short_name_resolves_to_the_full_name():
    text = ("Prime Minister David Okafor opened the summit.\n\n"
            "“We have a deal on the table,” Okafor said.")
    assert speakers(text) == [("We have a deal on the table,", "David Okafor")]


@pytest.mark.parametrize("text, speaker", [
    # a person and an affiliation: the person, however the affiliation is written
    ("“Users were left exposed,” said Maya Lindgren of the group Digital Rights Now.", "Maya Lindgren"),
    ("“Users were left exposed,” said Phil Musser of digital consulting firm IMGE.", "Phil Musser"),
    ("“Users were left exposed,” said Prof. Martin Okoye of the University of Leeds.", "Martin Okoye"),
    # a title that holds "of" after a place or an organisation
    ("“Rates will stay high,” said Bank of England Governor Andrew Bailey.", "Andrew Bailey"),
    # a name in apposition after a title in lower case
    (("Her opponent, incumbent councillor Bernt Haug, is less impressed. “Running a stall is not running a city,” "
      "he said."), "Bernt Haug"),
])
def test_the_name_in_a_speaker_phrase_with_an_affiliation_or_a_title(text, speaker):
    assert [q.speaker for q in direct(text)] == [speaker]


@pytest.mark.parametrize("speaker_phrase, mention, speaker", [
    # a description after an inverted cue, and the name in apposition to it: the name speaks
    ("said Labour's health spokesman, Peter Wynn.", "Peter Wynn", "Peter Wynn"),
    ("said Labour’s health spokesman, Peter Wynn, on Monday.", "Peter Wynn", "Peter Wynn"),
    ("said the health spokesman for Labour, Peter Wynn.", "Peter Wynn", "Peter Wynn"),
    # (guard: without a name after it, the description speaks)
    ("said Trump's campaign manager.", "Trump's campaign manager", "Trump's campaign manager"),
    # the place or the person an office serves is not the one who holds it, nor a place after the comma a name
    ("said the mayor of Springfield, Illinois.", "the mayor of Springfield", "the mayor of Springfield"),
    ("said the governor of Texas.", "the governor of Texas", "the governor of Texas"),
    ("said the spokesman for Donald Trump.", "the spokesman for Donald Trump", "the spokesman for Donald Trump"),
    ("A spokeswoman for Mayor Ana Lind said.", "A spokeswoman for Mayor Ana Lind", "A spokeswoman for Mayor Ana Lind"),
    # (guard: a title before the name is the name's)
    ("said the secretary of state John Kerry.", "the secretary of state John Kerry", "John Kerry"),
])
def test_a_description_of_someone_and_the_name_in_apposition_to_it(speaker_phrase, mention, speaker):
    (q,) = direct(f"“This is a government in chaos,” {speaker_phrase}")
    assert (q.speaker_mention, q.speaker) == (mention, speaker)


@pytest.mark.parametrize("text, mention, speaker", [
    # words issued in a statement, a letter or an email are the issuer's
    ("“The port is not for sale,” read a statement from Ana Lind's office.", "a statement from Ana Lind's office",
     "Ana Lind's office"),
    ("“The deal is a disaster,” according to a statement from Tom Berg.", "a statement from Tom Berg", "Tom Berg"),
    ("An email from Tom Berg said the deal was “a betrayal of workers.”", "An email from Tom Berg", "Tom Berg"),
    ("A letter from the Harbor Union said the deal was “a betrayal of workers.”", "the Harbor Union",
     "Harbor Union"),
])
def test_a_statement_from_someone_is_theirs(text, mention, speaker):
    (q,) = direct(text)
    assert (q.speaker_mention, q.speaker) == (mention, speaker)


@pytest.mark.parametrize("headline, speaker", [
    ("‘We were never going to win that way’: A conversation with Mayor Dana Whitfield", "Dana Whitfield"),
    ("“I have no regrets”: An interview with Ana Lind", "Ana Lind"),
    ("“I have no regrets”: Our Q&A with Ana Lind, the outgoing mayor", "Ana Lind"),
])
def test_a_headline_quote_before_an_interview_is_the_interviewees(headline, speaker):
    text = f"{headline}\n\nThe mayor lost her bid for a third term last week. She spoke with the Ledger."
    assert [(q.speaker, q.rule) for q in direct(text)] == [(speaker, "after:interview")]


@pytest.mark.parametrize("father", ["Duncan Hunter Sr.", "Duncan Hunter Jr."])
def test_a_surname_is_not_the_father_or_son_named_after_the_one_introduced(father):
    """A generational suffix makes no name longer: "Hunter" is the Duncan Hunter the article is about."""
    text = (f"Rep. Duncan Hunter endorsed the mayor on Wednesday. His father, {father}, once held the seat.\n\n"
            "“We need a leader,” Hunter said.")
    assert [q.speaker for q in direct(text)] == ["Duncan Hunter"]
    text = text.replace("Rep. Duncan Hunter", "Rep. Duncan Hunter III")
    assert [q.speaker for q in direct(text)] == ["Duncan Hunter III"]


@pytest.mark.parametrize("closing, speaker", [
    ("Ingrid Dahl became mayor in 2019.", "Ingrid Dahl"),  # the full name, given only after the last quote
    ("Nils Moe of the Harbor Union was not at the meeting.", "Dahl"),  # no one the quotes named
])
def test_a_paragraph_after_the_last_quote_completes_only_a_name_the_quotes_used(closing, speaker):
    text = ("Dahl pushes tolls while the council stalls\n\n"
            "“The bridge will pay for itself,” Ms. Dahl said on Monday.\n\n"
            "The council meets again in March to vote on the plan.\n\n" + closing)
    assert [q.speaker for q in direct(text)] == [speaker]


@pytest.mark.parametrize("signoff, speaker", [
    ("- Sen. Ana Lind (D-Ore.), in a speech in Salem, Jan. 12, 2016", "Ana Lind"),  # a fact check's epigraph
    ("— Ivo Berg, the county's longtime treasurer, at a town hall in Bend on Monday night", "Ivo Berg"),
    ("- Ivo Berg, who has chaired the board since 2011, said the county would cut staff", None),  # a sentence
])
def test_a_long_sign_off_gives_the_occasion_after_the_name(signoff, speaker):
    text = f"Fact check: the county budget\n\n“The county has never been in better shape.”\n{signoff}\n\nIs that so?"
    assert [q.speaker for q in direct(text)] == ([speaker] if speaker else [])


@pytest.mark.parametrize("text, mention", [
    ("In a memo obtained by the Ledger, the campaign laid out its math: “We cannot lose the north.”", "the campaign"),
    ("At the meeting, the union drew a line: “No cuts to pensions, not one.”", "the union"),
])
def test_a_description_ends_before_an_irregular_past_verb(text, mention):
    assert [q.speaker_mention for q in direct(text)] == [mention]


def test_a_plural_noun_after_a_determiner_is_no_cue():
    """"many of the same notes" is a noun: the quote before it is the main clause's subject's."""
    text = ("Lind opens her campaign\n\nIn a speech that spoke to “the frustration, the fear and the anger” of voters, "
            "Mayor Ana Lind struck many of the same notes, hitting the themes of her first race.")
    assert [(q.speaker, q.cue) for q in direct(text)] == [("Ana Lind", None)]


@pytest.mark.parametrize("text, speaker", [
    ("After her vow to “put every family first and every lobbyist last,” Ana Lind won the primary.", "Ana Lind"),
    ("In an address that spoke to “the fear and the anger of the valley,” Ivo Berg made his case.", "Ivo Berg"),
])
def test_a_quote_in_an_opening_phrase_is_the_main_clause_subject_s(text, speaker):
    assert [(q.speaker, q.rule) for q in direct("The primary\n\n" + text)] == [(speaker, "unattributed:subject")]


@pytest.mark.parametrize("quote, speaker", [
    ("Vote for Hillary. Seriously.", "Sarah Silverman"),  # two sentences in capitals are no title
    ("Vote Yes! Save Our Parks.", "Sarah Silverman"),
    ("Mr. Smith Goes to Washington", None),  # a title: "Mr." opens no sentence
])
def test_a_quote_of_several_sentences_is_no_title(quote, speaker):
    text = f"Stars react\n\nSarah Silverman had a message for her fellow progressives: “{quote}”"
    assert [q.speaker for q in direct(text)] == ([speaker] if speaker else [])


@pytest.mark.parametrize("conjunction", ["while", "whereas"])
def test_a_cue_in_a_while_clause_after_a_quote_is_not_the_quote_s(conjunction):
    text = ("Budget fight\n\nMayor Ana Lind on Monday mocked the council's plan as “more of the same,” "
            f"{conjunction} Councilman Ivo Berg accused the mayor of wanting to “sell the harbor to the highest "
            "bidder.”")
    assert [q.speaker for q in direct(text)] == ["Ana Lind", "Ivo Berg"]


@pytest.mark.parametrize("text, speaker", [
    ("“Several senators are weighing it,” The Hill reported.", "The Hill"),
    ("The Atlantic reported that the deal was “all but done.”", "The Atlantic"),
    ("“The deal is all but done,” Anita Hill said.", "Anita Hill"),
])
def test_an_outlet_named_with_the_keeps_it(text, speaker):
    assert [q.speaker for q in direct("Trade fight\n\n" + text)] == [speaker]


def test_quote_paragraph_without_attribution_continues_the_previous_speaker():
    text = ("“The harvest was the worst in a decade,” said farmer Joe Pratt.\n\n"
            "“Nobody in this valley remembers anything like it.”")
    assert [s for _, s in speakers(text)] == ["Joe Pratt", "Joe Pratt"]


def test_he_said_colon_hands_the_speaker_to_the_next_paragraph():
    text = ("Mayor Rosa Diaz spoke after the flood. She said:\n\n"
            "“We will rebuild every home that was lost in this disaster.”")
    (q,) = direct(text)
    assert q.speaker == "Rosa Diaz"


def test_second_quote_in_the_same_sentence_keeps_the_speaker():
    text = "Chen Wei said the move was “deeply regrettable” and would “harm ties for years to come.”"
    assert [s for _, s in speakers(text)] == ["Chen Wei", "Chen Wei"]


@pytest.mark.parametrize("text", [
    "The report, entitled “Saving the River Delta,” was published on Monday.",
    "Critics of the so-called “peace dividend” were not convinced by the numbers.",
    "He read a book titled “The Long Road Home” during the flight.",
    "The voters' anger at the 'elites' was plain.",
    "Worth reading: “A sketch artist gets a gallery show of his own at last,” by Carey Dunne in Hyperallergic.",
    "Lena Ray, a contestant on the reality TV show “The Big Kitchen,” who later ran for mayor, said little.",
    "“We have to cut taxes now,” the governor told “Good Morning Coast” after the vote.",
    "Ana Berg, the co-author of “Ports and Power,” about shipping, said the docks would close.",
    # a programme by its outlet
    "“We have to cut taxes now,” the governor said on NBC's “Meet the Harbour” on Sunday.",
    "“We have to cut taxes now,” the governor told ABC’s “Good Morning Coast.”",
    "Sunday on the Coast News channel’s “Sunday Harbour Futures,” the governor said the ferries would run.",
    "In an interview with “Coast and Friends,” the governor said the ferries would run.",
    "The governor, who starred in “The Long Harbour Tide,” said the ferries would run.",
    # a term of up to three words with no one near to say it
    "The “harbour tax” may be gone by May.",
    "Ending “harbour tax season” was the plan.",
    # a title the sentence goes on about, where a quote's own attribution would stand
    "The show was a hit.\n\n“Harbour Nights” host Ana Lind said the ferries would run.",
    "“The ferries will run,” Ana Lind said.\n\n“The Long Harbour Tide,” which opens on Friday, is a remake.",
    "“The ferries will run,” Ana Lind said.\n\n“Harbour Nights” happily mocks the ferry board.",
    # a thing by its name, and a list of titles after one
    "“The ferries will run,” Ana Lind said, citing a group called “Friends of the Ferry.”",
    "“The ferries will run,” Ana Lind said.\n\nShe wrote a play called “Harbour Lights,” or “Port Lights,” in May.",
    # a title with a possessive is Title Case
    "“The ferries will run,” said Ana Lind, the author of “Oslo’s Long Harbour,” a history of the port.",
])
def test_titles_and_scare_quotes_are_not_speech(text):
    assert [q.text for q in direct(text) if q.text not in ("We have to cut taxes now,", "The ferries will run,",
                                                           "The ferries will run.")] == []


@pytest.mark.parametrize("heading", ["'A fight from start to finish.'", "‘Totally pro-harbour.’",
                                     "“EVENTUALLY VOTERS MAKE GOOD CHOICES”"])
def test_a_section_heading_made_of_a_quote_is_not_speech(heading):
    text = (f"“We will win the harbour vote,” Ana Lind said.\n\n{heading}\n\nThe race went on for months.\n\n"
            "“It was a fight from start to finish,” she said.")
    assert [q.text for q in direct(text)] == ["We will win the harbour vote,", "It was a fight from start to finish,"]


@pytest.mark.parametrize("text, speaker", [
    ("Ana Lind spoke.\n\n“Enough Is Enough,” said Ana Lind.", "Ana Lind"),
    ("Ana Lind spoke.\n\n“Family Leave Now,” the document says.", "the document"),
    ("Ana Lind spoke.\n\n“We Will Win” she said.", "Ana Lind"),
    # a namer's name before its naming verb is no thing named
    ("Ana Lind spoke.\n\nIt was what Ivo Berg, a spokesman for the port, called “Harbour Madness.”", "Ivo Berg"),
])
def test_a_title_case_quote_opening_a_sentence_with_its_cue_is_speech(text, speaker):
    assert [q.speaker for q in direct(text)] == [speaker]


def test_a_quote_paragraph_in_double_marks_is_still_speech():
    text = "“We will win the harbour vote,” Ana Lind said.\n\n“Not negotiable.”\n\nThe race went on."
    assert [(q.text, q.speaker) for q in direct(text)][-1] == ("Not negotiable.", "Ana Lind")


def test_a_headline_quote_after_a_possessive_is_still_speech():
    text = "Lind: Berg’s ‘Hateful Harbour Plan’ Must Go.\n\nAna Lind spoke on Monday."
    assert [q.text for q in direct(text)] == ["Hateful Harbour Plan"]


@pytest.mark.parametrize("text", [
    "The “harbour tax on every ship” may be gone by May.",
    "The ferry was late again.\n\n“Nobody here wants a ferry that never comes.”",
    # a colon that hands over from an interjection, not a speaker
    "Ivo Berg spoke on Monday about the bridge.\n\nWait, it gets better:\n\n“We will build the bridge by spring.”",
    # a question put to someone, by someone unnamed
    "Ivo Berg spoke.\n\nLind was asked, “If you had known about the bridge, would you have stopped it?”",
    # not one inside a prepositional phrase either
    "Senator Ivo Berg spoke last. It was a nod to Berg: “a fair deal for towns” in five words.",
])
def test_a_quote_with_no_one_near_to_say_it_is_not_reported(text):
    # a tracker of who said what has nothing to file it under; on news these are mostly titles, slogans
    # and excerpts (on PolNeAR train, 32 of 50 were no attributed quote at all, and only 3 had no source)
    assert direct(text) == []


@pytest.mark.parametrize("text, mention", [
    # a term of up to three words whose sentence subject is a thing, not anyone who could say it
    ("The deal carries a “pre-agreement” clause for the port.", None),
    ("Weeds now cover the old greens, known locally as “goat farms.”", None),
    ("The hashtag became an “open door” for critics of the levy.", None),
    # a person, a group of people or an organisation keeps it
    ("Officials see an “open door” in the port deal.", "Officials"),
    ("Democrats want a “fair shake” on the levy.", "Democrats"),
    ("Mara Ellery toured the port. The former first lady sees a “responsibility gene” in the town.",
     "The former first lady"),
    ("The harbour authority calls it an “open door” for shipping.", "The harbour authority"),
    # and so does a longer quote
    ("The deal carries a “pre-agreement clause for the port” in it.", "The deal"),
])
def test_a_short_term_whose_subject_is_a_thing_is_not_reported(text, mention):
    assert [q.speaker_mention for q in direct(text)] == ([mention] if mention else [])


@pytest.mark.parametrize("text, quote", [
    # a quote ending in a comma and followed by "by Name" is a byline only where a headline can stand
    (("Salceda said the “ugliness of remarks, largely unprompted and undeserved,” by Pike last week stood in "
      "contrast to the warm welcome."), "ugliness of remarks, largely unprompted and undeserved,"),
    # a tweet with a link in it is still speech; a bare link is not
    ("“Your facts are wrong,” Ramos wrote. “Migrants commit fewer crimes. Please check this http://bit.ly/1abc”",
     "Migrants commit fewer crimes. Please check this http://bit.ly/1abc"),
])
def test_quotes_that_look_like_markup_are_still_speech(text, quote):
    assert quote in [q.text for q in direct(text)]


def test_reported_speech_without_marks_is_indirect():
    text = "Foreign Minister Ivan Petrov said on Monday only local troops should guard the northern border."
    claims = [q for q in extract(text) if q.kind == "indirect"]
    assert len(claims) == 1
    assert claims[0].speaker == "Ivan Petrov"
    assert claims[0].text.startswith("only local troops should guard")


@pytest.mark.parametrize("when, published, said_on", [
    ("on Monday", "2018-02-14", "2018-02-12"),  # a Wednesday paper
    ("on Wednesday", "2018-02-14", "2018-02-14"),  # the paper's own day
    ("last Wednesday", "2018-02-14", "2018-02-07"),
    ("yesterday", "2018-03-01", "2018-02-28"),
    ("on December 30", "2018-01-02", "2017-12-30"),  # the nearest such date: last year's
])
def test_stated_day_resolves_from_the_article_date(when, published, said_on):
    (q,) = extract(f"“We are ready,” Petra Holm said {when}.", published=published)
    assert (q.said_when, q.said_on) == (when, said_on)


@pytest.mark.parametrize("lemma, forms", [
    ("slam", {"slam", "slams", "slammed", "slamming"}),
    ("sob", {"sob", "sobs", "sobbed", "sobbing"}),
    ("scream", {"scream", "screams", "screamed", "screaming"}),  # two vowels: no doubling
    ("blast", {"blast", "blasts", "blasted", "blasting"}),
    ("note", {"note", "notes", "noted", "noting"}),
    ("cry", {"cry", "cries", "cried", "crying"}),
])
def test_cue_lemmas_inflect_by_english_spelling(lemma, forms):
    assert inflect(lemma) == forms


@pytest.mark.parametrize("form, lemma", [("rebutted", "rebut"), ("concurred", "concur"), ("averred", "aver"),
                                         ("deadpanned", "deadpan"), ("signalled", "signal"), ("bragged", "brag")])
def test_verbs_stressed_on_the_last_syllable_are_listed(form, lemma):
    assert lexicon().cue_forms[form] == lemma


def test_every_quote_carries_rule_and_confidence():
    for q in extract("“The plan is sound,” Ada Lind said. “It will pass.”"):
        assert q.rule and 0.0 <= q.confidence <= 1.0


@pytest.mark.parametrize("sentence, confidence", [
    ("Ana Lind had a message for the council: “We will build the bridge.”", 0.85),  # the clause hands over
    ("Ana Lind sounded tired of “the whole ferry business” by then.", 0.6),
])
def test_a_sentence_subject_is_surer_when_its_clause_hands_over_with_a_colon(sentence, confidence):
    (q,) = direct(f"Ana Lind spoke on Monday.\n\n{sentence}")
    assert (q.speaker, q.rule, q.confidence) == ("Ana Lind", "unattributed:subject", confidence)


@pytest.mark.parametrize("text", [
    "",
    "“",
    "”” “ ‘ ’ ' \" ''",
    "He said “" + "word " * 5000,
    "\n\n\n“Unclosed\n\n”Closed at the start” he said\n",
])
def test_odd_input_never_raises(text):
    extract(text)


def test_sentence_that_goes_on_with_a_report_is_the_reporters():
    text = ("Radio Sud reported the agreement would give the port to the city. "
            "The ministry would also accept the mayor’s “full authority over the harbour and its docks.”")
    (q,) = direct(text)
    assert q.speaker == "Radio Sud"


@pytest.mark.parametrize("text, quote, speaker", [
    # verbs of manner attribute the quote before them
    ("“Sit down and wait your turn,” Mayor Olsen snapped at the reporter.", "Sit down and wait your turn,", "Olsen"),
    ("“This is the best day of my life!” beamed Rosa Quint, a nurse from Leeds.",
     "This is the best day of my life!", "Rosa Quint"),
    ("“Not a chance,” Grant shot back.", "Not a chance,", "Grant"),
    # a question or exclamation still belongs to the attribution after it
    ("Nobody expected it.\n\n“Why would anyone vote for that?” Dana Lutz said of the proposal.",
     "Why would anyone vote for that?", "Dana Lutz"),
    ("Nobody expected it.\n\n“Are you ready for this?” Coach Henley asked the players quietly.",
     "Are you ready for this?", "Henley"),
    ("“What a mess!” Sen. Mark Ortiz, D-Ariz., said afterwards.", "What a mess!", "Mark Ortiz"),
    ("“Can we win?” Ivy Park, a teacher who ran the phone bank, said cheerfully.", "Can we win?", "Ivy Park"),
])
def test_speaker_after_manner_verbs_and_questions(text, quote, speaker):
    found = dict(speakers(text))
    assert quote in found
    assert found[quote].endswith(speaker)


def indirect(text: str):
    return [(q.text, q.speaker) for q in extract(text) if q.kind == "indirect"]


@pytest.mark.parametrize("text, claim, speaker", [
    # the attribution ends the sentence: the claim is everything before it
    ("Exports will fall this winter, the minister said on Monday.", "Exports will fall this winter", "minister"),
    ("Exports will fall this winter, said Omar Diallo, an economist at the bank.",
     "Exports will fall this winter", "Omar Diallo"),
    ("Exports will fall this winter, Omar Diallo, an economist at the bank, said.",
     "Exports will fall this winter", "Omar Diallo"),
    ("The port, which reopened in May, is losing money, Ines Carvalho said.",
     "The port, which reopened in May, is losing money", "Ines Carvalho"),
    # an appositive before the cue: the claim follows the cue
    ("Lars Berg, 52, a retired pilot who lives near the airport, said the runway should never have been built.",
     "the runway should never have been built", "Lars Berg"),
    # a verb coordinated with the subject's first verb shares its subject
    ("In a short interview, Ms. Adler rejected the idea of a recount and said that the count was fair.",
     "the count was fair", "Adler"),
    # a partial quote's cue still introduces the whole claim around it
    ("Premier Ruth Kagame says the budget is “a fair deal” that voters will accept.",
     "the budget is “a fair deal” that voters will accept", "Ruth Kagame"),
    # a second speaker's claim in the same sentence ends the first claim and is one of its own
    ("Tehran said the talks had failed for good, but Western diplomats have said they still expect a deal.",
     "the talks had failed for good", "Tehran"),
    ("Tehran said the talks had failed for good, but Western diplomats have said they still expect a deal.",
     "they still expect a deal", "Western diplomats"),
    ("The mayor said the bridge would open in May and opposition leaders said the date was a fantasy.",
     "the bridge would open in May", "mayor"),
    # a relative clause's claim ends at its comma; the main clause has its own
    ("Ken Moss, who estimated that a third of the workers were laid off, said he voted for the mayor twice.",
     "he voted for the mayor twice", "Ken Moss"),
    ("While the minister has said that the tax is fair, union leaders said it would hurt the poorest.",
     "it would hurt the poorest", "union leaders"),
    # a verb after "but" shares the subject of the verb before
    ("The judge put off the ruling but said the group could come back with a new request.",
     "the group could come back with a new request", "judge"),
    # a characterisation in quoted words is a claim; a reported question too
    ("Premier Ruth Kagame called the new law “much, much better” than the old one.",
     "the new law “much, much better” than the old one", "Ruth Kagame"),
    ("Senator Mira Holt asked the minister whether he was concerned that the deal could collapse.",
     "whether he was concerned that the deal could collapse", "Mira Holt"),
    # "according to" in the middle of the claim, or after a long source
    ("Since last November, according to Human Rights Watch, security forces have killed more than 400 protesters.",
     "Since last November, according to Human Rights Watch, security forces have killed more than 400 protesters",
     "Human Rights Watch"),
    (("According to early results of exit polls conducted for the Associated Press and television networks by "
      "Edison Research, most voters want a change."), "most voters want a change", "Edison Research"),
    # a participle after a quote's attribution is that speaker's; a long phrase after the cue is the claim
    ("“We filed on time,” Governor Alan Pike said in Richmond, noting that his rival had asked for an extension.",
     "his rival had asked for an extension", "Alan Pike"),
    (("On Friday, as the parade rolled through the town, Radio Sud reported at least six small planes had flown "
      "low over the crowd of marchers."), "at least six small planes had flown low over the crowd of marchers",
      "Radio Sud"),
    ("Lawyers for the city asked a federal judge to block the rules before the school year.",
     "a federal judge to block the rules before the school year", "Lawyers for the city"),
    # a participle after the first claim is a claim of its own, by the same speaker
    ("Governor Alan Pike mocked the budget of his rival, saying it would bankrupt the state within a year.",
     "it would bankrupt the state within a year", "Alan Pike"),
    ("The senator has voiced doubts but has said she wants the bill to pass before the summer.",
     "she wants the bill to pass before the summer", "senator"),
    # a stance taken on a thing: what was criticised, rejected, endorsed
    ("In an interview on Thursday, Governor Alan Pike criticized the ministry for closing three rural clinics.",
     "the ministry for closing three rural clinics", "Alan Pike"),
    ("Mayor Rosa Diaz rejected the notion that the flood defences had failed.",
     "the notion that the flood defences had failed", "Rosa Diaz"),
    # wants, beliefs, refusals; a bare verb after a plural subject ("farmers hope"), not a plural noun
    ("Governor Alan Pike wants to close the old prison by the end of the year.",
     "to close the old prison by the end of the year", "Alan Pike"),
    ("Local farmers hope the new dam will end the floods in the valley.",
     "the new dam will end the floods in the valley", "farmers"),
    ("Most economists think the new tariff will raise prices.", "the new tariff will raise prices", "economists"),
    ("Mayor Rosa Diaz declined to comment.", "to comment", "Rosa Diaz"),
    ("The governor denounced the ruling as an attack on the courts.", "the ruling as an attack on the courts",
     "governor"),
    # a topic: what someone talked about, or a stance on a thing held by its possessor
    ("Mayor Rosa Diaz talked about the cost of the new bridge at the meeting.",
     "the cost of the new bridge at the meeting", "Rosa Diaz"),
    ("The senator voiced serious concerns about the cost of the new bridge.", "the cost of the new bridge",
     "senator"),
    ("Governor Alan Pike repeated his support for the striking teachers on Friday.",
     "the striking teachers on Friday", "Alan Pike"),
    ("Rosa Diaz’s attacks on the ministry have grown sharper.", "the ministry", "Rosa Diaz"),
    # a cue after "and" shares the subject of the verb before, even after a name; a restrictive "who"
    ("Reid caucused in Nevada on Saturday and says he voted uncommitted in the race.",
     "he voted uncommitted in the race", "Reid"),
    ("The party offered fresh ammunition to Republicans who say the law is a money pit.",
     "the law is a money pit", "Republicans"),
    ("But according to reports in the local press, the mayor will resign before the summer.",
     "the mayor will resign before the summer", "press"),
    # the words around a quote that opens the object of the cue are one claim
    ("The secretary said the “extraordinary measures” she had used to raise cash were running out.",
     "the “extraordinary measures” she had used to raise cash were running out", "secretary"),
    # a share of those polled speaks through the poll
    ("In a Daily Courier poll released Monday, 41% of voters said the mayor was out of touch with the town.",
     "the mayor was out of touch with the town", "Daily Courier poll"),
    ("The Harbour Survey found that 62 percent of residents say the ferry is too slow.",
     "62 percent of residents say the ferry is too slow", "Harbour Survey"),
    # a cue in -ing with its auxiliary is a finite verb with a subject before it
    ("Lind is saying the ferry would stop running by the end of the year.",
     "the ferry would stop running by the end of the year", "Lind"),
    ("The senator has also been telling reporters that the port would close in the spring.",
     "the port would close in the spring", "senator"),
    # "called X Y" reports a characterisation in the writer's words too; "called a vote" is an act
    ("Mayor Lind called Brandt a coward and a liar.", "Brandt a coward and a liar", "Lind"),
    # a stance's object without the time the stance was taken
    ("Mayor Ines Duarte endorsed Olaf Brandt on Friday.", "Olaf Brandt", "Ines Duarte"),
    # a participle's claim after a first claim in the sentence is the first claim's speaker's
    ("Some councillors have called for a new ferry across the fjord, saying the old one is unsafe in winter.",
     "the old one is unsafe in winter", "Some councillors"),
    # the claim before "X said, adding, “...”" is X's; the added quote is no part of it
    ('The ferry will run again next week, Lind said, adding, "It is time."', "The ferry will run again next week",
     "Lind"),
    # "says despite ..." opens the claim, names no one
    ("One harbour official, Ines Duarte, says despite being a Bergen native, she will root for Oslo.",
     "despite being a Bergen native, she will root for Oslo", "Ines Duarte"),
    # a claim ends at a semicolon, at ", but" before a clause of its own, and before a comparison
    ("Most voters said they follow the race; a third of them do not.", "they follow the race", "voters"),
    ("Mr. Berg said the mayor had not yet won him over, but he liked her plan.", "the mayor had not yet won him over",
     "Berg"),
    ("Most members say they back the plan, compared with 40 percent who say the same of the old one.",
     "they back the plan", "members"),
    # "according to X" that ends the claim's clause, however long the sentence goes on after a dash, or with
    # no comma before it
    (("The ferry is losing money this winter, according to the harbour board's latest figures - despite fares "
      "that rose twice last year and a new timetable that the council approved in May."),
     "The ferry is losing money this winter", "harbour board's latest figures"),
    ("Lind now leads the race by five points according to a Ledger poll released Monday.",
     "Lind now leads the race by five points", "Ledger poll released Monday"),
    # the source after "according to" ends at a dash
    ("Most voters distrust the plan, according to a Harbour Herald poll last week - the same as in May.",
     "Most voters distrust the plan", "Harbour Herald poll last week"),
    # "told delegates that": the delegates are the hearers ("pledged delegates" is no cue)
    ("Ana Lind told delegates at the convention that the port should stay public.", "the port should stay public",
     "Ana Lind"),
    # a dash before a second speaker's clause ends the first claim
    ("Lind told the Ledger that the port would close — the mayor also said that fees would rise.",
     "the port would close", "Lind"),
    # less common verbs of stance
    ("Ana Lind reckoned the port would reopen by the summer.", "the port would reopen by the summer", "Ana Lind"),
    ("Ivo Berg chided the council for closing the port early.", "the council for closing the port early", "Ivo Berg"),
    # a topic noun's adjectives are not its speaker's verb ("mounted a vigorous defense of")
    ("Ivo Berg mounted a vigorous defense of the harbour plan.", "the harbour plan", "Ivo Berg"),
    # a cue clause after a quote that closes on its comma ends the claim, with the quote in it
    ("Her spokesman Ivo Berg wrote that Lind was “running a negative campaign,” adding: “She promised not to.”",
     "Lind was “running a negative campaign,”", "Ivo Berg"),
])
def test_claim_and_its_speaker(text, claim, speaker):
    found = dict(indirect(text))
    assert claim in found, found
    assert (found[claim] or "").endswith(speaker)


def test_a_topics_speaker_is_a_subject_not_a_verb_phrase():
    """"kept re-tweeting several negative comments about X": the words before the topic's noun are no speaker."""
    text = "Ana Lind kept re-tweeting several negative comments about the bridge."
    mentions = [q.speaker_mention for q in extract(text) if q.kind == "indirect"]
    assert all(m is None or m[0].isupper() for m in mentions), mentions


@pytest.mark.parametrize("text, claim", [
    # a quote attributed after it, in a clause that opens before it: the claim is the clause, quote and all
    ("Ms. Holm is “not a backslapper,” said Olaf Brandt, who knows her.", "Ms. Holm is “not a backslapper,”"),
    ("The port is “a relic of an age,” Lind said on Friday.", "The port is “a relic of an age,”"),
])
def test_a_quote_and_the_words_that_lead_into_it_are_one_claim(text, claim):
    found = [q for q in extract(text)]
    lead = next(q for q in found if q.kind == "indirect")
    quote = next(q for q in found if q.kind == "direct")
    assert lead.text == claim and lead.rule == "indirect:lead-in"
    assert lead.group == quote.group and lead.speaker == quote.speaker


@pytest.mark.parametrize("text", [
    "“The port is a relic,” Lind said on Friday.",  # the quote opens the sentence: nothing leads into it
    "In a statement, “the port is a relic,” Lind said.",  # a phrase and its comma: no clause
])
def test_no_lead_in_without_a_clause_before_the_quote(text):
    assert [q.kind for q in extract(text)] == ["direct"]


@pytest.mark.parametrize("text, claim", [
    # a headline's "Name: claim" is the name's claim
    ("Lind: Harbour Fees Will Not Rise This Year\n\nThe mayor spoke on Monday.",
     ("Harbour Fees Will Not Rise This Year", "Lind")),
    ("Ana Lind: the port will stay public\n\nThe mayor spoke on Monday.", ("the port will stay public", "Ana Lind")),
    # not a label, a place before a list, or a transcript's turn
    ("UPDATE: The port reopened after the storm.\n\nThe mayor spoke on Monday.", None),
    ("Revealed: What the Port Papers Actually Contain\n\nThe mayor spoke on Monday.", None),
    ("Ohio: Ana Lind, Olaf Brandt, Ines Duarte, Tom Berg and Rosa Diaz.\n\nThe list is long.", None),
])
def test_a_name_and_its_colon_claim_what_follows(text, claim):
    found = [(q.text, q.speaker) for q in extract(text) if q.rule == "indirect:colon"]
    assert found == ([claim] if claim else [])


def test_a_participle_after_a_comma_is_no_inverted_cue():
    # "..., calling X a friend" names no speaker "X a friend" for the words before it
    assert [q.speaker for q in extract("Lind welcomed the endorsement, calling Brandt a great friend.")
            if q.kind == "indirect" and q.rule == "indirect:before-cue"] == []


@pytest.mark.parametrize("text, claim", [
    # a headline's "Name Says Claim", capitalised like every word of it
    ("Ana Lind Says The Ferry Will Run All Winter\n\nThe mayor spoke on Monday.",
     ("The Ferry Will Run All Winter", "Ana Lind")),
    # not in the body, where a capitalised "Says" is part of a name or title
    ("The mayor spoke on Monday.\n\nSimon Says The Ferry Will Run is a game the children play.", None),
])
def test_a_headline_names_who_says_its_claim(text, claim):
    found = [(q.text, q.speaker) for q in extract(text) if q.rule == "indirect:headline"]
    assert found == ([claim] if claim else [])


def test_a_possessive_owner_is_shown_as_written_and_resolved():
    q = next(q for q in extract("Governor Alan Pike repeated his support for the striking teachers on Friday.")
             if q.kind == "indirect")
    assert (q.speaker_mention, q.speaker, q.text) == ("his", "Alan Pike", "the striking teachers on Friday")


def test_a_reported_question_is_the_askers_and_the_answer_the_subjects():
    found = [(q.text, q.speaker, q.rule) for q in extract(
        "Asked by a reporter from the Ledger whether she would run again, Mayor Rosa Diaz said she had not "
        "decided yet.") if q.kind == "indirect"]
    assert found == [("whether she would run again", "Ledger", "indirect:asked"),
                     ("she had not decided yet", "Rosa Diaz", "indirect")]
    # no asker named: the question is still reported, with no speaker
    found = [(q.text, q.speaker) for q in extract(
        "When asked whether he would run again, Governor Alan Pike said he had not decided yet.")]
    assert found == [("whether he would run again", None), ("he had not decided yet", "Alan Pike")]


@pytest.mark.parametrize("text", [
    "The Rust Belt states have suffered from the loss of good manufacturing jobs.",
    "The Southern states account for more than half of the delegates.",
    "Hillary Clinton won the primary on Tuesday, adding to her sizable delegate lead over Sen. Bernie Sanders.",
    "Further, demographic decline and the lure of civilian jobs have made it difficult to recruit soldiers.",
    # a cue in the passive: the noun before it said nothing
    "The play is a harbour fantasy written and directed by Ola and Tom Berg.",
    "It is a fact reported by Ines Duarte, a reporter for the Ledger.",
])
def test_nouns_and_acts_that_look_like_cues_are_no_claims(text):
    assert indirect(text) == []


def test_a_quote_split_around_its_attribution_is_one_group():
    qs = direct("“The voters are furious,” Mr. Gidley said, “and they are not letting a speech sway their vote.”")
    assert [q.speaker for q in qs] == ["Gidley", "Gidley"]
    assert qs[0].group == qs[1].group


def test_what_comes_before_a_subject_and_cue_that_open_a_quote_is_no_claim():
    qs = extract("Although the talks in Geneva stalled again last week, a senior official said Wednesday, "
                 "“There are discussions under way.”")
    assert [q.kind for q in qs] == ["direct"]


def test_partial_quote_shares_the_group_of_its_claim():
    qs = extract("Premier Ruth Kagame says the budget is “a fair deal” that voters will accept.")
    assert {q.kind for q in qs} == {"direct", "indirect"}
    assert len({q.group for q in qs}) == 1


@pytest.mark.parametrize("text, quote, mention", [
    # a pronoun contraction is the subject of the cue after it
    ("Ever since Nora Vance entered the race, she's said the same thing: “It is about the town, not me.”",
     "It is about the town, not me.", "she"),
    # the cue of an opening subordinate clause is not the quote's attribution
    ("While Pablo Ruiz insisted that he likes the mayor, he also stated, “If she runs again, we will fight.”",
     "If she runs again, we will fight.", "he"),
    ("Even as Ana Lind was criticizing Berg, she came under fire for her claim that “the port pays for itself.”",
     "the port pays for itself.", "her"),
    (("Even as Ana Lind was criticizing Berg, however, she came under fire for her claim that “the port pays for "
      "itself.”"), "the port pays for itself.", "her"),
    # after an opening phrase, a pronoun is the subject
    ("Hours after the storm hit Tulsa, Okla., she posted: “We are safe and we are staying.”",
     "We are safe and we are staying.", "she"),
    # "and"/"but" after a quote goes on with the sentence: the cue before the quote attributes it
    (("Hours later, Governor Pike told supporters that “we close one chapter and we begin another,” and he "
      "vowed to carry on."), "we close one chapter and we begin another,", "Governor Pike"),
    # "reads" introduces a quote that follows it right after a comma or colon
    ("The flyer was pinned to the door. At the bottom it reads, “You can help by giving $10 today.”",
     "You can help by giving $10 today.", "it"),
    # a verb after "and" shares the subject of its own clause, not the sentence's
    ("Colonel Ray Dunn started the argument when he raised the strike and later said, “It was never about pay.”",
     "It was never about pay.", "he"),
    # an uncued quote inside a relative clause about someone is the antecedent's, through "who"
    ("Ada Lind, who has styled herself as the “candidate of the harbour,” has taken a hard line on taxes.",
     "candidate of the harbour,", "who"),
    ("Lind may be celebrating a win over Pike, who could be dubbed the “presumptive nominee” by Friday.",
     "presumptive nominee", "who"),
    # a time phrase between "who" and its cue; "who" alone before an opening phrase and the cue
    ("Beck, who has in the past described the mayor as “a danger to the town,” spoke on Friday.",
     "a danger to the town,", "who"),
    (("Then came Ines Duarte, who, after trading insults with the mayor, said on the radio that “the town deserves "
      "better.”"), "the town deserves better.", "who"),
    # an uncued quote in a clause opened by "as" or "because" is its own subject's
    ("Perez is winning applause as he keeps talking about the “collective power of the union” in every town.",
     "collective power of the union", "he"),
    # an uncued quote in the words of a possessed noun cue is the possessor's
    ("The council kept his warning that the port would fall to the “back of the queue” in mind.",
     "back of the queue", "his"),
    ("The hearing turned on her claim that she “never sent a single classified email” from home.",
     "never sent a single classified email", "her"),
    # the nearer cue after an abbreviation that ends a sentence
    (("Cox says the mayor wants to distract from his lack of a plan for the U.S. He says voters want “facts, not "
      "lectures.”"), "facts, not lectures.", "He"),
    # "a firm called X" gives a name, no cue; a name after an opening "But" is the subject before its appositive
    (("But Tom Berg, at a shipping firm called Nordvik Lines, argues that as fees rise, “the port will empty,” "
      "too."), "the port will empty,", "Tom Berg"),
    # a participle after a "who" clause is the clause's: "who" and the name before it
    (("The mayor was campaigning for a young lawyer named Ines Duarte, who is running for the council and who "
      "worked the room, praising “the mayor's steady hand” as she went."), "the mayor's steady hand", "who"),
    # a word capitalised only because it opens the sentence is no one: the paragraph's speaker goes on
    (("Mayor Ola Berg spoke first. Ferries rarely pay, he said. Good service can still win riders back, but only "
      "when “the timetable is honest.”"), "the timetable is honest.", "he"),
    # the last verb of a series shares the subject that opens the series
    (("When I asked Mayor Lind if she would sign the plan, she looked at the camera, raised her hand and said, "
      "“Not today!”"), "Not today!", "she"),
    # a clause after "although" with a cue of its own holds the quote, over the sentence's outer cue
    ("Lind said on Friday that she would meet the board, although she tweeted that she “rejects the whole plan.”",
     "rejects the whole plan.", "she"),
    # ... also with a phrase of time or place before its "that", as a singular "remark", or as a "call for"
    ("Ms. Ortiz drew fire over her remarks before a budget committee that “the pier will pay for itself.”",
     "the pier will pay for itself.", "her"),
    ("Kemal Arslan, a shipping magnate, stirred anger with his remark that the port was “a sinking ship.”",
     "a sinking ship.", "his"),
    ("Mayor Lind's standing rose after his call for “a total freeze on harbour fees” last spring.",
     "a total freeze on harbour fees", "his"),
    # a cue inside an opening phrase or an opening subordinate clause is not the main clause's
    (("Later in the show, after the panel discussion concluded, Osgood stated of the audit that the board's report "
      "“was not good enough.”"), "was not good enough.", "Osgood"),
    (("Alongside UNISON calls for a strike, even a senior party organiser said the mayor must choose, saying, "
      "“At some point, she has to pick a side.”"), "At some point, she has to pick a side.", "a senior party organiser"),
    ("Amid Labour calls for an inquiry, Hart said the minister had “misled the house” twice.",
     "misled the house", "Hart"),
    # the owner of a noun cue with a word before it, or named after "of" ... "that"
    ("The miners are unlikely to back Hale after her April comment that, “We will close the pits.”",
     "We will close the pits.", "her"),
    ("The audit supports the contention of former finance minister Rhea Lamb that the budget was “badly padded.”",
     "badly padded.", "former finance minister Rhea Lamb"),
    # a second opening phrase is skipped before the subject
    ("Moreover, as part of the exchange with Hale, Gowdy referenced an audit that “less than one percent” was kept.",
     "less than one percent", "Gowdy"),
    (("In June, after Hale suffered a fall, Axel Ruud emailed her, addressing her as “Mira” and telling her, "
      "“you are the star of the team.”"), "you are the star of the team.", "Axel Ruud"),
    # a quote that goes on in a "who" clause of the same speaker, with a verb of thinking: the "who"
    ("“People are angry,” said Alderman Jo Ervin, who thinks the mayor and his staff “need to listen more.”",
     "need to listen more.", "who"),
    ("“It is too early,” said Mark Lund, who is also a host on the show “Fish Tank Weekly.”",
     "It is too early,", "Mark Lund"),
    (("On Friday, in the Harlow Group release announcing her new role, Ostrander described the plan "
      "“as a long series of careful steps.”"), "as a long series of careful steps.", "Ostrander"),
    # "said" after a quote that opens a clause of its own ("said the town could") is no inverted attribution
    ("Ms. Quill, citing “the odd charm of the coast,” said the town could win the prize.",
     "the odd charm of the coast,", "Ms. Quill"),
    # a bare form that is also a noun is a verb after a plural subject right after the quote
    ("“We have worked with our allies on all fronts,” the Danes state in the white paper.",
     "We have worked with our allies on all fronts,", "the Danes"),
    # a number with thousands separators is one word, not the start of a name ("000 Venezuelans")
    (("Mayor Grant, later claiming that the city had taken in 250,000 Venezuelans, said he would cut taxes, "
      "which he insists are “strangling business.”"), "strangling business.", "he"),
    # an opening aside's cue is the quote's only when its comma is the aside's, not a later clause's
    ("At one point, a boy asked for an autograph and Tillman said, “as long as it is not on a ballot.”",
     "as long as it is not on a ballot.", "Tillman"),
    # "as X puts it" attributes the quote after it
    ("That is because, as she puts it, “the cheapest power is the power we never use” in the end.",
     "the cheapest power is the power we never use", "she"),
    # a participle after "and" shares the subject of the participle before it ("with X tweeting ... and asking")
    (("Democrats were quick to react, with Mayor Ilse Brandt tweeting that it was a “disgrace” for the city and "
      "asking, “Who will pay for this?”"), "Who will pay for this?", "Mayor Ilse Brandt"),
    (("I am old enough to remember Governor Ann Cole going on the radio in 1979, declaring a “war on waste” at "
      "home, and telling farmers that “we need to plant more trees.”"), "we need to plant more trees.",
      "Governor Ann Cole"),
    # a later quote of the sentence in a clause after ", but he" / ", and he" takes that pronoun
    ("Ruiz said both rivals are “weak on crime,” but he gave the mayor a compliment: “She never gives up.”",
     "She never gives up.", "he"),
    # "went on to say:" hands the speaker to the quote below
    ("“We are outspent,” Tenney said. She went on to say:\n\n“None of them will come out and support us.”",
     "None of them will come out and support us.", "She"),
    # a multi-word cue after a quote, with a manner or a comma after it
    ("“They are all here for the free lunch,” Bennett shot back with a laugh.",
     "They are all here for the free lunch,", "Bennett"),
    ("“You know, it happens, right?” Hale went on, as if he had not heard. “But you get over it.”",
     "You know, it happens, right?", "Hale"),
    # "started" after a quote attributes it
    ("“The paper is claiming that you met in January,” Hannity started.",
     "The paper is claiming that you met in January,", "Hannity"),
    # a paragraph that ends on the speaker's "He" hands that mention to the quote below
    ("“We will build it,” Trump added. He then had a question for the crowd.\n\n“Who will pay for it?”",
     "Who will pay for it?", "He"),
    # a participle that opens the sentence: its subject is the main clause's
    ("Acknowledging that the mayor “says a lot of silly things,” though, Allen did suggest he was honest.",
     "says a lot of silly things,", "Allen"),
    # an opening phrase goes on over a quote inside it, to its comma
    ("And in explaining why those “common-sense rules” had not passed, Vance described a rigged system.",
     "common-sense rules", "Vance"),
    # a titled name right before the cue's comma, after a place and an opening clause
    (("Tuesday at a college in Berea, OH, after winning the primary, Gov. Jon Kasko (R-OH), said, “We are "
      "going all the way.”"), "We are going all the way.", "Gov. Jon Kasko"),
    # a passive naming verb names no one: the attribution after the quote counts
    ("Pike admitted that the work could be termed “influence peddling,” The Daily Mail reported in 1991.",
     "influence peddling,", "The Daily Mail"),
    # a title in quote marks is no speech, but its cue still speaks for the quote after it
    (("Lena Stephens, who, after trading insults with the host, said on the talk show “Morning Coffee” that "
      "“too much of the party became an echo chamber.”"), "too much of the party became an echo chamber.", "who"),
    # a quote joined by "and" to the next one shares that quote's attribution after it
    ("Guns are “the worst health crisis” and “a threat to children,” Howard Deane, a former governor, said.",
     "the worst health crisis", "Howard Deane"),
    # an uncued quote whose sentence opens with "It" or "That" + verb is the paragraph's last speaker's
    ("“She keeps her friends,” Bill Carter has said of his wife. That makes her “a loyal and reliable person.”",
     "a loyal and reliable person.", "Bill Carter"),
    ("Reynolds met him once.\n\n“It's ambush journalism,” she says. It's “this new in-your-face journalism.”",
     "this new in-your-face journalism.", "she"),
    # a clause after ", while" that holds the quote is its own
    ("Rubio suggested that the mayor can't lead, while Cruz said that the “stakes are too high” for her.",
     "stakes are too high", "Cruz"),
    ("Hier has said that while he fears comparing any event to the war, “I've never seen anything like it.”",
     "I've never seen anything like it.", "Hier"),
    # ", with X telling ..." is a clause of its own: the cues before it are not the quote's
    (("The attack sparked a debate over how the city responds to violence, with Senator Jon Kell telling "
      "reporters he viewed the mayor as “directly responsible” for it."), "directly responsible", "Senator Jon Kell"),
    # "who" as the object of a naming verb: the namer after it names the words
    ("Much of Lind’s ire was aimed at Brekke, who Lind on Wednesday called “a horrible, despicable man.”",
     "a horrible, despicable man.", "Lind"),
    ("Lind attacked Brekke, who she called “a horrible, despicable man.”", "a horrible, despicable man.", "she"),
    # a relative clause between a description and its cue is no speaker
    ("“It’s heartbreaking,” a neighbor, who declined to give her name, told the Oslo Times.", "It’s heartbreaking,",
     "a neighbor"),
    # descriptions in apposition after an opening phrase, then the subject
    (("In her 2009 keynote, a tribute to Carl Mertz, the party's founder that year, Mayor Ana Lind decried the "
      "“cynics who bet against this town,” and left."), "cynics who bet against this town,", "Mayor Ana Lind"),
    (("When the Lind family moved to Seaview Heights, Bergen, the quiet suburb where the mayor grew up, Tom Lind "
      "confided to a neighbor that they were “the first newcomers in a generation.”"),
     "the first newcomers in a generation.", "Tom Lind"),
    # a participle after "with" is said by the one the clause is with
    ("The 30-second ad ends with a narrator saying: “Lind lied to you.”", "Lind lied to you.", "a narrator"),
    ("The rally closed with Tom Lind telling the crowd, “We are not done.”", "We are not done.", "Tom Lind"),
    # ... but a description in apposition to the subject is no opening phrase
    ("In Oslo, the mayor, a Democrat, decried the “cynics who bet against this town.”",
     "cynics who bet against this town.", "the mayor"),
    # a cue that is also a title's first word ("press") is part of the title
    ("“We do not negotiate,” White House press secretary Eva Strand told reporters.", "We do not negotiate,",
     "White House press secretary Eva Strand"),
    ("White House press secretary Eva Strand said: “We do not negotiate.”", "We do not negotiate.",
     "White House press secretary Eva Strand"),
    ("The mayor's press office said the plan was “on track for spring.”", "on track for spring.",
     "The mayor's press office"),
])
def test_speaker_mention_is_the_local_subject(text, quote, mention):
    (q,) = [q for q in direct(text) if q.text == quote]
    assert q.speaker_mention == mention


@pytest.mark.parametrize("text, place, via", [
    ("“We are ready,” Petra Holm said in Amman.", "in Amman", None),
    ("Petra Holm said at a news conference in New York: “We are ready.”", "at a news conference in New York", None),
    ("“We are ready,” Petra Holm said in an interview with Reuters on Monday.", "in an interview with Reuters", None),
    ("“We are ready,” Petra Holm told state television.", "told state television", None),
    ("“We are ready,” Petra Holm said on Twitter, according to Fars News.", "on Twitter", "according to Fars News"),
    ("Petra Holm said on Monday, according to the state news agency: “We are ready.”", None,
     "according to the state news agency"),
    # a news agency that quotes someone
    ("State news agency Xinhua quoted Petra Holm as saying the army was “fully prepared.”", None, "quoted by Xinhua"),
    ("Petra Holm was quoted by Xinhua as saying the army was “fully prepared.”", None, "quoted by Xinhua"),
    ("Petra Holm was quoted by the state news agency as saying it was “fully prepared.”", None,
     "quoted by state news agency"),
])
def test_place_or_medium_and_intermediary(text, place, via):
    (q,) = [q for q in extract(text, published="2018-02-14") if q.kind == "direct"]
    assert (q.speaker, q.place, q.via) == ("Petra Holm", place, via)


@pytest.mark.parametrize("text, quote, speaker, cue", [
    ("Mayor Ivo Berg took to Twitter to call Lena Dahl “a partisan hack.”", "a partisan hack.", "Ivo Berg", "call"),
    ("Lena Dahl went on local radio to say the audit was “a partisan stunt.”", "a partisan stunt.", "Lena Dahl", "say"),
    ("Lena Dahl used her speech to declare, “The audit is over.”", "The audit is over.", "Lena Dahl", "declare"),
])
def test_an_infinitive_of_the_occasion_reports_the_subjects_words(text, quote, speaker, cue):
    """"took to Twitter to call", "went on radio to say": cued quotes, not a sentence subject's by default."""
    q = next(q for q in direct(text) if q.text == quote)
    assert (q.speaker, q.cue) == (speaker, cue)


@pytest.mark.parametrize("text, mention, rule", [
    # a pronoun that names the words, when no cue of the sentence reports them
    ("The Oslo Port Authority is building what it calls “a harbour for the next century.”", "it", "before:named"),
    ("Mayor Ana Lind was blunt about the rift - what she called “our long hard year.”", "she", "before:named"),
    # ... but a cue that does is the attribution
    ("Mayor Ana Lind said the city is in what she called “our long hard year.”", "Mayor Ana Lind",
     "before:partial"),
    # a stance verb that closes the sentence attributes a quote earlier in it
    ("The closures were “especially harsh” on rural towns, which lost most of their clinics, the lawsuit alleges.",
     "the lawsuit", "after"),
    ("The plan would “gut the harbour” and cost the region jobs, Mayor Ines Kurz warned Tuesday.", "Mayor Ines Kurz",
     "after"),
    # a digest item names its authors before the colon
    ("PORT TALKS STALL AGAIN - Ines Kurz and Pia Holm: “Neither side has moved since the spring.” [Harbour Daily]",
     "Ines Kurz and Pia Holm", "before:colon"),
    ("The ferry question returns -More from Kurz and Holm: “The ferry costs more than the bridge.” [Harbour Daily]",
     "Kurz and Holm", "before:colon"),
    ("Ferry fares rise - Harbour Watch: “Fares went up by a third this year.” [Harbour Daily]", "Harbour Watch",
     "before:colon"),
    # an inverted cue opening the sentence is no part of the name before the colon
    ("Said Ana Lind: “We will build the bridge.”", "Ana Lind", "before:inverted"),
    ("Wrote Ivo Berg: “We will build the bridge.”", "Ivo Berg", "before:inverted"),
    # "dubbed" names a title, unless someone dubbed it so
    ("They ran in what one Ostland conservative has dubbed “the herring primary,” after the fish.",
     "one Ostland conservative", "before:named"),
    # a noun cue's author ends before the verb after it
    ("The message from Ana Lind was clear: “We will build the bridge.”", "Ana Lind", "before:noun-cue"),
    # a headline's capitalised cue and the name before it, before or after the quote; a label before a colon
    # names no one
    ("EXCLUSIVE: Lind Says Harbour Plan ‘Dead In The Water’\n\nThe plan was shelved on Monday.", "Lind",
     "before:headline"),
    ("Ferries Are ‘The Best Way Across,’ Ana Lind Tells Harbour Board\n\nThe plan was shelved on Monday.",
     "Ana Lind", "after:headline"),
    # a headline's quote with no cue is its subject's, the name before its verb (a name in -s the article writes
    # as a name is no verb)
    ("Lind Takes Talk Of A Second Bridge ‘Very Seriously.’\n\nAna Lind spoke on Monday.", "Lind",
     "unattributed:headline"),
    ("The Latest: Lind delivers defense of ‘harbour values.’\n\nAna Lind spoke on Monday.", "Lind",
     "unattributed:headline"),
    ("Ivo Adams Just Called The Bridge ‘A Waste Of Money’\n\nThe mayor, Ivo Adams, spoke on Monday.", "Ivo Adams",
     "unattributed:headline"),
    # a headline's name before its colon, with the topic after "on"
    ("Lind: Berg Would Close The Port, ‘I Fear The Same For The Ferry’\n\nThe plan was shelved on Monday.", "Lind",
     "before:headline"),
    ("Lind on the Harbour Plan Hearings: ‘I Think It Will Pass.’\n\nThe plan was shelved on Monday.", "Lind",
     "before:headline"),
    # a cue in -ing with its auxiliary
    ("The senator is telling reporters that the levy was “a tax by another name” this week.", "The senator",
     "before:partial"),
    ("Lind has also been saying that the ferry is “too slow to matter” for the islands.", "Lind", "before:partial"),
    # "Will" and "May" inside a sentence are names, not auxiliaries to step over
    ("Berg spoke in Bergen, which Will claims marked “the end of the ferry era” for the town.", "Will",
     "before:partial"),
])
def test_the_speaker_mention_and_the_rule_that_found_it(text, mention, rule):
    (q,) = direct(text)
    assert (q.speaker_mention, q.rule) == (mention, rule)


def test_a_stance_verb_in_a_later_clause_is_not_the_quote_s_cue():
    # the verb must close the sentence: here "warned" has an object of its own
    (q,) = direct("The closures were “especially harsh on rural towns” this year, and Kurz warned the council about it.")
    assert q.rule != "after"


def test_which_point_opens_a_clause_and_is_not_part_of_its_subject():
    (q,) = direct("Kurz spoke for an hour, at which point the crowd chanted “Close the port!” and left.")
    assert q.speaker_mention == "the crowd"


@pytest.mark.parametrize("opening", ["That morning,", "But that morning,", "The same day,", "Last week,"])
def test_an_opening_time_phrase_is_not_the_subject_a_participle_takes(opening):
    (q,) = direct(f"{opening} a crowd of dockers gathered at the gate, carrying signs saying “Keep the port open.”")
    assert q.speaker_mention == "a crowd of dockers"


@pytest.mark.parametrize("text, second", [
    ("In a speech that Mayor Ines Kurz called “a reckless stunt,” Holm expressed a wish to “close the port by June.”",
     "Holm"),
    ("“We lost,” Kurz said, and Holm added that the port “will close by June.”", "Holm"),
    # the same speaker goes on: no new subject after the comma
    ("Kurz called the plan “a reckless gamble,” and said it would “close the port by June.”", "Kurz"),
])
def test_a_main_clause_with_its_own_subject_does_not_continue_the_quote_before(text, second):
    (_, q) = direct(text)
    assert q.speaker_mention == second


@pytest.mark.parametrize("tail", ["even if he doesn’t win any states.", "after all reports.", "in 12 states."])
def test_a_plural_noun_after_a_quantifier_is_no_cue(tail):
    # no cue at all: the sentence's subject, not "win any" as the subject of "states"
    (q,) = direct(f"Senator Pia Holm expects to have “a lot of delegates” in the spring, {tail}")
    assert (q.speaker_mention, q.rule) == ("Senator Pia Holm", "unattributed:subject")


@pytest.mark.parametrize("adverb", ["at last", "in fact", "of course", "at least", "once again"])
def test_a_two_word_adverb_between_subject_and_cue_is_skipped(adverb):
    (q,) = direct(f"Senator Pia Holm has {adverb} described the plan as “a disaster for everyone.”")
    assert q.speaker_mention == "Senator Pia Holm"


@pytest.mark.parametrize("text, mention", [
    ("The ad targets a “rigged system that keeps the port closed.”", "The ad"),
    ("The leaflet then quotes the mayor: “No ferry, no future.”", "The leaflet"),
    ("The former first lady calls it her “responsibility gene.”", "The former first lady"),
    ("More than 100,000 people signed a petition calling for “a port that works.”", "More than 100,000 people"),
    ("A footnote in the report makes that plain: “These figures are estimates.”", "A footnote in the report"),
])
def test_a_description_as_subject_ends_before_its_verb(text, mention):
    (q,) = direct(text)
    assert q.speaker_mention == mention


def test_a_participle_after_by_is_a_manner_not_the_attribution_of_the_quote_before():
    text = ("Holm wrote in her memoir that she was the only student in the class “Harbour Law and Its Critics,” "
            "who stayed after the lecturer fooled everyone by telling them the exam was cancelled.")
    (q,) = direct(text)
    assert q.speaker_mention == "Holm"  # the cue before it, not "the lecturer fooled everyone by"


@pytest.mark.parametrize("text, mention", [
    ("“Nobody here wants a ferry,” a voice over says as the harbour fills the screen.", "a voice over"),
    ("“Our ideas of success are different,” agrees Michelle Stevens, 30, of Vik.", "Michelle Stevens"),
    ("“We believe this deal is a great deal for shareholders,” Read said.", "Read"),
    ("“The harbour will reopen in May,” Will said on Monday.", "Will"),
    ("Some residents were angry. “The port is finished,” one said.", "one"),
    ("One resident gave up. “It will come back,” another said.", "another"),
])
def test_the_attribution_after_a_quote_in_its_awkward_forms(text, mention):
    (q,) = direct("Kurz spoke at length.\n\n" + text)
    assert q.speaker_mention == mention


@pytest.mark.parametrize("text", [
    # a phrase cue whose head is a cue of claims only ("want"), or a cue of its own ("point")
    "The host played a clip.\n\nBut Ana Lind wanted to know, “How surprised are you by the vote?”",
    "The host played a clip.\n\nAna Lind pointed out, “Nobody was surprised by the vote.”",
])
def test_a_cue_of_several_words_introduces_the_quote_after_it(text):
    (q,) = direct(text)
    assert (q.speaker, q.rule) == ("Ana Lind", "before")


@pytest.mark.parametrize("sentence, subject", [
    ("In her new book, Tidewater, Lena Holt wrote of the storm.", "Lena Holt"),  # a title in apposition first
    ("On Monday, Mara Dunn, Lena Holt and Tom Berg rowed out.", "Mara Dunn"),  # a list: its first name
    ("In Port Ellen, Lena Holt rowed out.", "Lena Holt"),
])
def test_the_subject_after_an_opening_phrase(sentence, subject):
    toks = tokenize(sentence, 0, len(sentence), [])
    assert " ".join(t.text for t in sentence_subject(toks, -1, len(toks))) == subject


@pytest.mark.parametrize("text, quote, mention, rule", [
    # a dummy subject ("it", "this") hands over to the subject of the clause it introduces
    (("Governor Mara Ellery toured the port on Monday. It is strange that Ellery would denounce “self-reliance,” "
      "which she once championed."), "self-reliance,", "Ellery", "unattributed:subject"),
    ("Turnout fell again. This is why Democrats can’t just cry “the numbers lie!” when they lose a seat.",
     "the numbers lie!", "Democrats", "unattributed:subject"),
    (("Mara Ellery ran twice. It has not helped that her campaign has cycled through slogans, from “fair shares "
      "for all” to “stronger towns.”"), "fair shares for all", "her campaign", "unattributed:subject"),
    # a state's abbreviation after an opening phrase's place is part of the place, not the subject
    ("In the hours after the vote in Salem, Ore., a familiar voice greeted it online: “We are already here.”",
     "We are already here.", "a familiar voice", "unattributed:subject"),
    # with no subject to take, the person named nearest before the quote in its sentence
    ("Senator Ivo Berg spoke last. It was Mr. Berg’s flat rejection of “a budget of cuts” that won the room.",
     "a budget of cuts", "Mr. Berg’s", "unattributed:person"),
])
def test_a_quote_with_no_cue_is_the_subject_of_its_clause(text, quote, mention, rule):
    q = next(q for q in direct(text) if q.text == quote)
    assert (q.speaker_mention, q.rule) == (mention, rule)


@pytest.mark.parametrize("text, mention", [
    ("The Harbour Survey found that 62 percent of residents say the ferry is “too slow to matter,” up from half.",
     "The Harbour Survey"),
    ("In a Daily Courier poll released Monday, 41% of voters said the mayor was “out of touch.”",
     "a Daily Courier poll"),
    ("Six in 10 voters told the Courier’s new poll that the levy was “a tax by another name.”", "the Courier’s new poll"),
    # a share with no poll in its sentence speaks for itself
    ("At the rally, about 60 percent of those present said the levy was “a tax by another name.”",
     "about 60 percent of those present"),
])
def test_a_share_of_those_polled_speaks_through_the_poll(text, mention):
    (q,) = direct(text)
    assert q.speaker_mention == mention


@pytest.mark.parametrize("phrase", ["put it this way", "put it another way", "said it best"])
def test_putting_it_some_way_is_the_cue_not_a_verb_in_the_relative_clause_before_it(phrase):
    text = (f"The mayor's staff were guarded. One senior aide, who asked not to be named because she was not "
            f"authorized to speak, {phrase}: “Our job is to win.”")
    quotes = extract(text)
    assert [(q.text, q.speaker_mention, q.cue) for q in quotes] == [
        ("Our job is to win.", "One senior aide", phrase.split()[0])]  # and asking not to be named is no claim


@pytest.mark.parametrize("place", ["Keene, N.H.", "Salem, Ore.", "the old harbour"])
def test_a_pronoun_after_an_opening_clause_tells_the_claim_that_follows(place):
    text = (f"When I first met Peter Berg in a diner in {place}, he told me he didn't care about polls. "
            f"“Polls go up, polls go down,” he said.")
    got = [(q.kind, q.text, q.speaker_mention, q.speaker) for q in extract(text)]
    assert got == [("indirect", "he didn't care about polls", "he", "Peter Berg"),
                   ("direct", "Polls go up, polls go down,", "he", "Peter Berg")]


@pytest.mark.parametrize("text, speaker", [
    # the one person the article named, though only as an object, is the "he" that follows
    ("When I first met Peter Berg at the harbour, he was angry. “Polls go up,” he said.", "Peter Berg"),
    # one named person of the other sex is no "he"
    ("When I first met Ana Lind at the harbour, it was raining. “Polls go up,” he said.", None),
    # a person whose sex the name does not tell may not be a "he"
    ("When I first met Ivo Berg at the harbour, it was raining. “Polls go up,” he said.", None),
    # two named persons: no telling which
    ("When I first met Peter Berg and John Diallo at the harbour, it was raining. “Polls go up,” he said.", None),
])
def test_a_pronoun_with_no_subject_before_it_is_the_one_person_named(text, speaker):
    (q,) = direct(text)
    assert q.speaker == speaker


@pytest.mark.parametrize("text, claim, speaker", [
    # the hearer, perhaps a place or a day, then the claim's subject
    ("Ivo Berg spoke last. He told reporters in Brussels he still believed the port would reopen.",
     "he still believed the port would reopen", "Ivo Berg"),
    ("Ivo Berg, who was charged in the attack, told the court he was innocent of every charge.",
     "he was innocent of every charge", "Ivo Berg"),
    # a determiner after the hearer opens the claim
    ("Finance chief Tom Whitaker told Reuters the company had no plans to cut its dividend.",
     "the company had no plans to cut its dividend", "Tom Whitaker"),
    # what a company is, before its name: the name is the company's
    ("Chipmaker Intel said demand for its processors would recover next year.",
     "demand for its processors would recover next year", "Intel"),
    ("Semiconductor maker Altera Systems Inc on Tuesday cut its forecast, blaming a slump in demand for computers.",
     "a slump in demand for computers", "Altera Systems Inc"),
])
def test_reported_speech_after_a_hearer_or_a_trade(text, claim, speaker):
    assert (claim, speaker) in indirect(text)


@pytest.mark.parametrize("text", [
    "Erdogan warned Sweden over its NATO bid after a protester burned a book.",  # a hearer and a topic
    "Man charged after three injured in downtown stabbing\n\nThe man was arrested on Sunday night.",
    "Police arrested Ivo Berg on Sunday. Berg was charged with attempted murder after the attack.",
])
def test_no_claim_in_a_warning_over_a_topic_or_a_criminal_charge(text):
    assert [q for q in extract(text) if q.cue in ("warned", "charged")] == []


@pytest.mark.parametrize("text, speaker", [
    # a description by trade is the company the article introduced by it
    ("Chipmaker Intel cut jobs in May. The chipmaker said demand for its processors would recover next year.",
     "Intel"),
    # and nobody else: not the name before it that the article never called a company
    ("Ivo Assem had logged 2,766 flying hours, the airline said on Friday in a statement to the press.",
     "the airline"),
    # a plural capitalised only to open its sentence is no company
    ("Shares fell 9 percent. The company said demand for its processors would recover next year.", "The company"),
])
def test_a_company_described_resolves_to_one_the_article_named_as_such(text, speaker):
    assert [s for _, s in indirect(text)][-1] == speaker


def test_a_trade_before_a_name_seen_in_a_longer_name_still_makes_a_company():
    text = ("Nabisco rolls out layoffs.\n\nSnack giant Nabisco on Wednesday began laying off workers.\n\n"
            "One of the forerunners of Mondelez, RJR Nabisco, was promised $90 million in incentives.\n\n"
            "Donald Trump, who was once a pitchman for the Oreo, has vowed to boycott the product.\n\n"
            "The company says it considered building the factory lines in Chicago.")
    claim, speaker = indirect(text)[-1]
    # (the short name has joined the longer one, "RJR Nabisco", which the article named after it)
    assert (claim, speaker.split()[-1]) == ("it considered building the factory lines in Chicago", "Nabisco")


@pytest.mark.parametrize("verb", ["unties the rope", "opens his shop", "shrugs it off"])
def test_a_name_before_a_present_verb_with_its_object_is_the_subject_a_pronoun_means(verb):
    # a verb in -s after a name is no plural noun ("Aid groups say ..." is a group, no "he")
    text = (f"The ferryman\n\nEvery morning at six, Tomas Kovac {verb}.\n\n"
            "“People ask me when I will stop,” he says.")
    (q,) = direct(text)
    assert q.speaker == "Tomas Kovac"


@pytest.mark.parametrize("text, speaker", [
    ("The council will build a bridge, a project Pavel Drago has called “the most important investment here.”",
     "Pavel Drago"),
    ("The council will build a bridge, a project its chairman, Pavel Drago, has called “the most important "
     "investment here.”", "Pavel Drago"),
    ("The council passed the plan, a move critics called “a power grab by the mayor.”", "critics"),
])
def test_the_namer_of_a_relative_clause_without_that_speaks_the_words_named(text, speaker):
    (q,) = direct(text)
    assert (q.speaker, q.rule) == (speaker, "before:named")


def test_a_name_given_in_a_participle_is_nobodys_words():
    assert direct("They joined a group called “Women for a Better Harbour” in May.") == []


@pytest.mark.parametrize("text, claim, speaker", [
    # evidence after the claim: the study, the poll, the researchers
    ("Patients on the drug declined 27 percent less than those given a placebo, the study found.",
     "Patients on the drug declined 27 percent less than those given a placebo", "the study"),
    ("Most voters in the city oppose the new levy on ferries, researchers found.",
     "Most voters in the city oppose the new levy on ferries", "researchers"),
    # a refusal is still a claim of the one who declined
    ("A spokeswoman for the port declined to comment on the findings.", "to comment on the findings",
     "A spokeswoman for the port"),
])
def test_evidence_after_a_claim_and_refusals(text, claim, speaker):
    assert indirect(text) == [(claim, speaker)]


@pytest.mark.parametrize("text", [
    "Trade between the two nations declined 40 percent in the first six months of the year.",
    "Exports of grain declined sharply after the port closed in the spring.",
])
def test_a_figure_that_declined_is_no_refusal(text):
    assert indirect(text) == []


@pytest.mark.parametrize("text, claim, speaker", [
    # a clause after the cue is the claim, not an inverted speaker: the name before the cue speaks
    ("The mayor's spokeswoman, Karine Holm, said the mayor wanted the council to pass the budget quickly.",
     "the mayor wanted the council to pass the budget quickly", "Karine Holm"),
    # a party and a state after a lawmaker's name are no one
    ("Rep. Matt Gaetz, R-Fla., a frequent critic of the speaker, said he would try to remove him.",
     "he would try to remove him", "Matt Gaetz"),
    # an inverted description whose last noun is an organisation's is still a person, unnamed
    ("Exports will fall this winter, said the governor of the central bank.", "Exports will fall this winter",
     "the governor of the central bank"),
])
def test_claims_with_appositives_and_inverted_descriptions(text, claim, speaker):
    assert indirect(text) == [(claim, speaker)]


def test_a_name_before_a_surnames_particle_names_the_person():
    text = ("President Luiz Inacio Lula da Silva visited the region on Thursday.\n\n"
            "“There will be no shortage of resources,” Lula said.")
    (q,) = direct(text)
    assert q.speaker == "Luiz Inacio Lula da Silva"


def test_an_adjunct_clause_after_the_attribution_is_no_claim():
    text = ("Heavy rains have killed at least 40 people and left dozens missing, local authorities said on Friday, "
            "as rescuers raced to reach stranded residents.")
    assert indirect(text) == [("Heavy rains have killed at least 40 people and left dozens missing",
                               "local authorities")]


@pytest.mark.parametrize("group", ["Meteorologists", "Economists"])
def test_a_plural_in_ists_is_a_group_no_he_or_organisation(group):
    text = (f"Ivo Berg runs the weather office. {group} blamed the rains on the El Nino phenomenon.\n\n"
            "“More rain is on the way,” he said.")
    assert direct(text)[0].speaker == "Ivo Berg"


@pytest.mark.parametrize("text, claim, speaker", [
    # a thing after the cue is its object, not an inverted speaker: the claim is the participle's
    ("Her son, Ivo Tamm, confirmed the death, saying she had been ill with pneumonia for several weeks.",
     "she had been ill with pneumonia for several weeks", "Ivo Tamm"),
    # (an inverted description of someone still speaks)
    ("The plan will cut emissions by half, confirmed the ministry.", "The plan will cut emissions by half",
     "the ministry"),
    # an occupation before a name is a title: "City boss" is no speaker of its own
    ("City boss Helena Marsh was furious about the corner, insisting the ball had gone out off a Rovers player.",
     "the ball had gone out off a Rovers player", "Helena Marsh"),
    ("Veteran striker Emeka Okafor shrugged off the criticism, saying the goals would come.",
     "the goals would come", "Emeka Okafor"),
])
def test_objects_after_a_cue_and_occupations_before_a_name(text, claim, speaker):
    assert indirect(text) == [(claim, speaker)]


@pytest.mark.parametrize("appositive", ["a professor, Endel Rand,", "a professor, the late Endel Rand,"])
def test_the_subject_of_a_where_clause_speaks_not_the_main_clause(appositive):
    text = (f"She studied at the Tallinn Polytechnic Institute, where {appositive} called her "
            "“the most stubborn student I have ever failed to discourage.”")
    (q,) = direct(text)
    assert q.speaker == "Endel Rand"


@pytest.mark.parametrize("text, speaker", [
    # a description opened by "Another" is no name: its appositive is the "she" of the next sentence, over the
    # speaker before
    (("“This is a company that missed the boat,” said Gil Navarro, an analyst at Bernstone Capital.\n\n"
      "Another analyst, Rachel Soto of Meridian Securities, was more measured. In a note to clients, she wrote "
      "that the cuts were “painful but necessary.”"), "Rachel Soto"),
    # a name before a verb in -s and a preposition is the subject, no group ("Aid groups say ...")
    (("Mara Quill is laughing about it now.\n\nCritics have been kind; Rolling Stone called the record “her "
      "bravest work.”\n\nQuill pauses for a long time.\n\n“Every day,” she says finally."), "Mara Quill"),
    (("Senator Jon Abel of Ohio had a rough week.\n\n“He is wrong,” said Gov. Tom Reyes.\n\nSenator Abel "
      "advocates tax increases of $2 trillion.\n\n“I will not apologise for that,” he said."), "Jon Abel"),
    # a country is no "she", though its name is two capitals
    (("“You will not find anything similar,” Ms. Acosta said.\n\nMost states decentralize their finances. But even "
      "today, Puerto Rico runs the whole system through one bank. Its job is “really a combination of three "
      "jobs,” she said."), "Acosta"),
])
def test_a_pronoun_means_the_subject_a_sentence_named_not_a_place_or_the_speaker_before(text, speaker):
    assert direct(text)[-1].speaker == speaker


@pytest.mark.parametrize("text, claim", [
    # a dateline opens the article's first sentence, not the claim
    ("PORT ARDEN, Fla. — Hurricane Delia came ashore early Thursday as a Category 3 storm, officials said.",
     "Hurricane Delia came ashore early Thursday as a Category 3 storm"),
    ("WASHINGTON (AP) -- The Senate will vote on the bill next week, party leaders said.",
     "The Senate will vote on the bill next week"),
    # a participle's claim ends where ", and" goes on with the main clause's verb
    ("The mayor resigned, citing a long-running dispute with the council, and moved to Florida.",
     "a long-running dispute with the council"),
    ("The singer cancelled the tour, citing exhaustion after ten years on the road, and largely disappeared.",
     "exhaustion after ten years on the road"),
    # (a claim's own "and" stays in it)
    ("The mayor resigned, saying the council had lied to him and the voters deserved better.",
     "the council had lied to him and the voters deserved better"),
])
def test_where_a_reported_claim_begins_and_ends(text, claim):
    assert indirect(text)[0][0] == claim


@pytest.mark.parametrize("text, claims", [
    # a second cue after "and" opens a second claim, though a quote of several words is all the first has
    ("Lind declared it “another great day for the harbour” and said the port would reopen by the summer.",
     [("it “another great day for the harbour”", "Lind"), ("the port would reopen by the summer", "Lind")]),
    ("Berg slammed the mayor's “reckless plan,” and bragged about the harbour he had built in 1990.",
     [("the mayor's “reckless plan,”", "Berg"), ("about the harbour he had built in 1990", "Berg")]),
    # a contrasting clause with a subject of its own, and its own cue after an aside, is another speaker's claim
    (("Consumer groups called the ruling “a landmark decision,” while their director, Ursula Pachl, urged "
      "regulators to act faster."),
     [("the ruling “a landmark decision,”", "Consumer groups"), ("regulators to act faster", "Ursula Pachl")]),
    # (guards: "while" before a phrase without a subject, or a participle, goes on with the claim)
    (("Trump called for a prosecutor to study her use of email while secretary of state, saying she had lied "
      "about it."),
     [("a prosecutor to study her use of email while secretary of state", "Trump"), ("she had lied about it", "Trump")]),
])
def test_each_cue_of_a_sentence_reports_its_own_claim(text, claims):
    assert indirect(text) == claims


@pytest.mark.parametrize("text, speaker", [
    # a description whose head is no title resolves to no titled person: the ministry is no minister
    (("Iran rejected the call, with the foreign ministry describing the demand as “illegal and unacceptable.”\n\n"
      "Deputy Foreign Minister Kazem Gharibabadi spoke later."), "the foreign ministry"),
    # a group in a place is the group, not the place
    ("Analysts in Tehran said the government was “unlikely to back down now.”", "Analysts in Tehran"),
    ("Residents of Aleppo said the shelling had “stopped for the first time in weeks.”", "Residents of Aleppo"),
    # "At least" opens the phrase
    ("At least half of voters in each state say the plans are “about right.”", "At least half of voters in each state"),
    # a people is no "he"
    (("“It is a strong voice,” President Obama said.\n\nObama departs for Germany today, where he will be greeted "
      "by thousands of Germans protesting against the trade deal. In a riff on his campaign line, they will hold "
      "banners proclaiming: “Yes we can – Stop TTIP!”\n\nBut he leaves behind a furious backlash, particularly "
      "over his warning that Britain would have to go to the “back of the queue” for a deal."), "Obama"),
])
def test_descriptions_groups_and_peoples_are_not_the_names_inside_them(text, speaker):
    assert direct(text)[-1].speaker == speaker


@pytest.mark.parametrize("text, mention, speaker", [
    # names coordinated before a cue speak together, each resolved
    (("Britain, France and Germany said in a joint statement that the stockpile had “no credible civilian "
      "justification.”"), "Britain, France and Germany", "Britain, France and Germany"),
    (("Hillary Clinton and Bernie Sanders met in Flint. Afterwards, Clinton and Sanders said the water crisis "
      "was “a disgrace to the nation.”"), "Clinton and Sanders", "Hillary Clinton and Bernie Sanders"),
    ("Donald Trump spoke first. Mr. Trump and his aides said the report was “false and misleading.”",
     "Mr. Trump and his aides", "Donald Trump and his aides"),
    # a given name before a shared surname is that family's, not another of the same given name
    (("David Lowe opened the panel. David and Jeanne Heidler, historians at the academy, said the party had died "
      "“of its own divisions.”"), "David and Jeanne Heidler", "David Heidler and Jeanne Heidler"),
    # not a list: an opening phrase, an appositive, one person's titles, a possessive plural
    ("On Friday, Britain and France said the talks had “failed completely.”", "Britain and France",
     "Britain and France"),
    ("Sanders, a senator from Vermont, and Clinton said the debate was “fair to both.”", "Clinton", "Clinton"),
    ("Former Secretary of State and Democratic frontrunner Hillary Clinton said the deal was “a good start.”",
     "Democratic frontrunner Hillary Clinton", "Hillary Clinton"),
])
def test_names_coordinated_before_a_cue_speak_together(text, mention, speaker):
    (q,) = direct(text)
    assert (q.speaker_mention, q.speaker) == (mention, speaker)


def test_names_that_spoke_together_are_a_they_and_no_he():
    text = ("Hillary Clinton and Bernie Sanders met in Flint. Clinton and Sanders said the water crisis was “a "
            "disgrace.”\n\n“We will be back next week,” they said.\n\n“I grew up near here,” he said.")
    _, q2, q3 = direct(text)
    assert q2.speaker == "Hillary Clinton and Bernie Sanders"
    assert q3.speaker == "Bernie Sanders"


@pytest.mark.parametrize("text, speaker", [
    # a department's word before an organisation's name is part of the name, not a title
    ("The National Transportation Safety Board said the recorders were in “good condition.”",
     "National Transportation Safety Board"),
    ("The pilots' union, the Air Line Pilots Association, said the crew had “done everything right.”",
     "Air Line Pilots Association"),
    ("Mr. Burman of the Tax Policy Center said a new tax was “sooner or later inevitable.”", "Mr. Burman"),
    # but a person's title before a name is a title, and an owner before a name is no part of it
    ("Atlantic City Mayor Don Guardian said the casinos were “coming back.”", "Don Guardian"),
    ("Iran's Fars News Agency said the talks were “over for now.”", "Fars News Agency"),
    # an occupation before a name is a title: the speaker is the name, not the word that opens the sentence
    ("Soap star Jenna Marsh has spoken about the split, saying she is “heartbroken but hopeful.”", "Jenna Marsh"),
    ("Reality TV star Jenna Marsh said the show was “a lot harder than it looks.”", "Jenna Marsh"),
])
def test_department_words_in_names_and_occupations_before_names(text, speaker):
    assert direct(text)[-1].speaker == speaker


def test_an_unattributed_question_in_a_dialogue_is_the_askers():
    text = ("“You were facing 20 years in prison, weren't you?” Feld asked.\n\n“I was,” Okafor replied.\n\n"
            "“And now you're facing none?”\n\n“That's not how I understand it,” she said.")
    assert [q.speaker for q in direct(text)] == ["Feld", "Okafor", "Feld", "Okafor"]
    # a statement, or a question after no answer by someone else, continues the speaker before
    text = ("“Were you there?” Feld asked.\n\n“I was,” Okafor replied.\n\n“I saw everything.”")
    assert direct(text)[-1].speaker == "Okafor"
    text = ("“Were you there?” Feld asked.\n\n“Were you?” Feld asked again.\n\n“Or were you not?”")
    assert direct(text)[-1].speaker == "Feld"


@pytest.mark.parametrize("text, claim, speaker", [
    # a description after an owner's name speaks, not the owner: its head may come after several words
    (("Iran's foreign ministry spokesman, Nasser Kanaani, blamed the violence on militants and said Tehran "
      "supported the government."), "Tehran supported the government", "Nasser Kanaani"),
    # an organisation's noun before its name: the name
    (("Syria's state news agency SANA, citing a military source, said the army had struck rebel positions and "
      "denied that civilians had been hit."), "civilians had been hit", "SANA"),
    # a relative clause in an appositive is no clause of the cue's
    (("The Syrian Observatory for Human Rights, a Britain-based monitor that relies on sources on the ground, said "
      "most of the dead were in the town."), "most of the dead were in the town",
     "Syrian Observatory for Human Rights"),
    # an adjunct after the cue: the claim is still before it, however long the subject
    (("Airstrikes on rebel-held towns in northern Syria killed at least 19 people on Thursday, including six "
      "children, a war monitor and rescue workers said, as talks on extending a ceasefire stalled in Geneva."),
     "Airstrikes on rebel-held towns in northern Syria killed at least 19 people on Thursday, including six children",
     "rescue workers"),
])
def test_owners_appositives_and_adjuncts_around_a_claims_speaker(text, claim, speaker):
    assert (claim, speaker) in indirect(text)


@pytest.mark.parametrize("text, claims", [
    # "said little", "said nothing about": no words reported
    ("Mexican officials have said little publicly about the situation.", []),
    ("He said nothing about the tax plan in his speech.", []),
    # but a claim that opens with such a word is one
    ("He said much of the money was gone.", ["much of the money was gone"]),
    ("One argued for more, saying anything less would be a rounding error.",
     ["anything less would be a rounding error"]),
])
def test_said_little_reports_no_claim(text, claims):
    assert [c for c, _ in indirect(text)] == claims


def test_a_country_is_no_given_name_of_a_longer_name():
    text = ("A volunteer with the Syria Civil Defence spoke first. Syria said the army had targeted “terrorist "
            "positions” in the north.")
    assert [q.speaker for q in extract(text)] == ["Syria", "Syria"]


@pytest.mark.parametrize("text, mention, speaker", [
    # an institution whose name holds "and" is one speaker, wherever it stands and with its "the" in lower case
    ("Only a quarter of adults meet that goal, according to the Centers for Disease Control and Prevention.",
     "the Centers for Disease Control and Prevention", "Centers for Disease Control and Prevention"),
    ("Only a quarter of adults meet that goal, the Centers for Disease Control and Prevention said.",
     "the Centers for Disease Control and Prevention", "Centers for Disease Control and Prevention"),
    ("The Centers for Disease Control and Prevention said only a quarter of adults meet that goal.",
     "The Centers for Disease Control and Prevention", "Centers for Disease Control and Prevention"),
    # (a guard: two institutions are still a list)
    ("The raid was planned for weeks, the Justice Department and the FBI said.", "the FBI", "FBI"),
])
def test_an_institution_named_with_and_is_one_speaker(text, mention, speaker):
    (q,) = extract(text)
    assert (q.speaker_mention, q.speaker) == (mention, speaker)


def test_an_adjunct_in_after_the_cue_and_its_time_is_no_claim():
    text = ("The Duke of Kent will step back from his patronage of several charities, Buckingham Palace said on "
            "Friday, in the latest reshuffle of royal duties.")
    assert indirect(text) == [("The Duke of Kent will step back from his patronage of several charities",
                               "Buckingham Palace")]
    # (a guard: a statement named in an aside still leads to the claim after it)
    assert indirect("The palace said on Friday, in a statement, that the Duke will step back.") == [
        ("the Duke will step back", "The palace")]


def test_names_coordinated_as_a_subject_are_a_later_they():
    text = ("For four decades, Frank and Rosa Delgado woke up at 3 a.m. to make bread. Now in their 70s, they say it "
            "is time to rest.")
    assert indirect(text) == [("it is time to rest", "Frank Delgado and Rosa Delgado")]


def test_a_participle_after_a_semicolon_is_the_subject_of_its_own_clause():
    text = ("Eleven of the 12 voting members backed the decision; Governor Michelle Bowman dissented, saying she would "
            "have preferred to signal that rates could stay high.")
    assert indirect(text) == [("she would have preferred to signal that rates could stay high", "Michelle Bowman")]


def test_an_institution_with_and_in_its_name_opening_a_sentence_is_one_speaker():
    # (a guard: the pair of subjects a later "they" may mean must not split the name in two)
    text = ("Hundreds of parents care for children with autism. The Centers for Disease Control and Prevention "
            "estimates that one in 45 children has autism.")
    assert [s for _, s in indirect(text)] == ["Centers for Disease Control and Prevention"]


def test_a_phrase_capitalised_only_by_a_day_is_no_speakers_name():
    text = ("Mayor Patricia Vance conceded defeat late Tuesday night, ending a bitter campaign in which her "
            "challenger, City Council member Raymond Osei, accused her of neglecting the city's poorest "
            "neighborhoods.")
    assert indirect(text)[-1] == ("her of neglecting the city's poorest neighborhoods", "Raymond Osei")


@pytest.mark.parametrize("text, speaker", [
    # the namer of a passive before the quote: "described by X as", "called by X"
    ("The operators' offer - a 5% rise this year - was described by Mr Lynch as “an insult dressed up as a deal”.",
     "Mr Lynch"),
    ("The bill, called by critics “a giveaway to the rich”, passed on Friday.", "critics"),
])
def test_the_agent_of_a_passive_naming_before_the_quote_named_it(text, speaker):
    assert direct(text)[0].speaker_mention == speaker


@pytest.mark.parametrize("text, claims", [
    # a participle between a number and its noun is an adjective, no cue
    ("Workers walked out in the first of three planned strikes, after talks broke down over pay.", []),
    (("Trump so far has won 758 pledged delegates, compared to Cruz's 538, according to a CNN tally, but his "
      "pathway is narrowing."), [(("Trump so far has won 758 pledged delegates, compared to Cruz's 538, according "
                                    "to a CNN tally, but his pathway is narrowing"), "a CNN tally")]),
    # (a guard: after a number that is the subject, it is a verb)
    ("The statement by the two suggested both are invested in ending the infighting.",
     [("both are invested in ending the infighting", "the two")]),
    # "sued" ends the subject before it
    ("A group of novelists sued the company on Thursday, accusing it of copying their books.",
     [("it of copying their books", "A group of novelists")]),
])
def test_participles_as_adjectives_and_verbs_that_end_a_subject(text, claims):
    assert indirect(text) == claims


@pytest.mark.parametrize("text, speaker", [
    # businesses by their trade words ("Labs", "Guild") are organisations: "the company" is the one named so
    (("The authors say the company, Cortex Labs, copied their books. Cortex Labs did not respond. In the past, "
      "the company has said its use of public material is protected by fair use."), "Cortex Labs"),
    ("The Authors Guild said it backed the writers. Authors are not raw material, the guild said.", "Authors Guild"),
])
def test_trade_words_make_organisations_a_description_resolves_to(text, speaker):
    assert [s for _, s in indirect(text)][-1] == speaker


@pytest.mark.parametrize("text, claim", [
    # a "that" after a finite verb of the claim is the claim's own: the claim starts right after "said"
    ("A senior official said Washington would not sign a joint statement that included a call for debt relief.",
     "Washington would not sign a joint statement that included a call for debt relief"),
    # (guards: a day or a hearer before "that" is skipped)
    ("Clinton said Monday that she would win the state.", "she would win the state"),
    ("Clinton told Reuters that she would win the state.", "she would win the state"),
])
def test_a_that_inside_the_claim_does_not_move_its_start(text, claim):
    assert indirect(text)[0][0] == claim


@pytest.mark.parametrize("text, speaker", [
    # "the <state> Democrat/Republican" describes a person named before, not a name of its own
    ("Sen. Elaine Porter spoke first. “That is not an answer,” the Minnesota Democrat told the witness.",
     "Elaine Porter"),
    ("Sen. Tom Avery spoke first. “That is not an answer,” the New York Republican said.", "Tom Avery"),
])
def test_a_party_member_from_a_place_is_a_description(text, speaker):
    assert direct(text)[0].speaker == speaker


@pytest.mark.parametrize("text, claims", [
    # a participle after a degree word is an adjective
    ("It made the former prosecutor one of the most feared figures in Silicon Valley.", []),
    ("That headline mirrors a widely denounced tweet by a columnist.", []),
    # (a guard: after an adverb that also stands before verbs, a verb)
    ("Turkey, which has long supported anti-Assad rebels, has cooperated with Russia.",
     [("anti-Assad rebels", "Turkey")]),
])
def test_a_participle_after_a_degree_word_is_an_adjective(text, claims):
    assert indirect(text) == claims


@pytest.mark.parametrize("text, speaker", [
    # "the 22-year-old" is the person written of just before
    (("Diego Martinez, who joined in January, had been on the pitch for six minutes when he curled a shot into the "
      "top corner.\n\n“I saw the space and I just hit it,” the 22-year-old said."), "Diego Martinez"),
    # not a photo's credit line between them
    (("Peter Serafinowicz posted the clip to YouTube on Thursday.\n\nNeilson Barnard via Getty Images.\n\n“What if "
      "he had elocution lessons?” the 43-year-old asked."), "Peter Serafinowicz"),
    # nor someone written of long before (the description stays unresolved)
    (("Paul Ryan spoke on Monday. " + "The convention went on with speeches and votes late into the night. " * 5 +
      "\n\n“He is an amazing leader,” said the 46-year-old."), "the 46-year-old"),
])
def test_an_age_describes_the_person_just_written_of(text, speaker):
    assert direct(text)[0].speaker == speaker


def test_asking_not_to_be_named_is_no_cue():
    text = ("Marcus Bell spoke first.\n\nOne restaurateur, who asked not to be named, calls her approach “romantic and "
            "a little self-defeating.”")
    (q,) = direct(text)
    assert (q.speaker, q.cue) == ("One restaurateur", None)  # (the cue had been "asked")


@pytest.mark.parametrize("text, speaker", [
    # kin and trades are persons: the "he" or "she" after them is theirs, not their owner's nor a group's
    (("The victim, Thomas Keane, was a teacher.\n\nKeane’s brother, Sean, said the family was relieved. “Twelve "
      "years,” he said."), "Sean"),
    (("Ana Kowalczyk runs Marrow. Investors have offered to back a second location. She has turned them all down."
      "\n\n“Every chef I admire who expanded lost something,” she says."), "Ana Kowalczyk"),
])
def test_kin_and_trades_are_people(text, speaker):
    assert direct(text)[-1].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    # an indefinite description that introduces someone unnamed is that someone, not the person named before
    (("Donald Trump spent heavily.\n\n“I’d want answers,” said a committee member who supports Trump, asking for "
      "anonymity. “That is bad.”"), "a committee member"),
    # (a guard: one in apposition to a name is that name's)
    (("“Women are the hurdle,” says Geoffrey Garin, a Democratic pollster who advised Clinton. “They decide.”"),
     "Geoffrey Garin"),
])
def test_who_after_an_indefinite_description_is_the_person_described(text, speaker):
    assert direct(text)[-1].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    # a participle after a statement is its issuer's, even with a day between
    ("Halvorsen's office released a statement Sunday saying the senator stands by every word.", "Halvorsen's office"),
    ("The Vermont senator emailed supporters Monday urging them to keep fighting for the platform.",
     "The Vermont senator"),
])
def test_a_participle_after_an_object_is_the_subjects(text, speaker):
    assert indirect(text)[0][1] == speaker


def test_a_day_after_a_topic_word_is_no_topic():
    assert indirect("A Republican senator faced a wave of criticism on Sunday after his posts.") == []


@pytest.mark.parametrize("text, speaker", [
    # a campaign is no "he" or "she"; its owner is
    (("Bernie Sanders spoke in Ohio. Mr. Sanders's campaign vowed Tuesday to remain in the fight. As word rolled in "
      "on Tuesday, he gave a defiant speech in West Virginia, predicting he would win the state."), "Bernie Sanders"),
    (("Hillary Clinton spoke in Iowa. Clinton’s campaign has declined to respond to questions. She said she "
      "would support the ethanol program."), "Hillary Clinton"),
    # (a guard: an organisation described is not another described before it, under another head)
    (("Rubio's campaign ran ads in Iowa. The Union Leader has run negative editorials. The editorial board wrote "
      "that Cruz had folded like a gambler."), "Union Leader"),
])
def test_organisations_described_and_their_owners(text, speaker):
    assert indirect(text)[-1][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    # a plural possessive ("Sanders’", "News'") is an owner, like "Clinton’s" (the last case is a guard: a title
    # stays whole with it)
    ("Bernie Sanders’ campaign says it raised more than $21 million in January.", "Bernie Sanders’ campaign"),
    ("Democrats' new warning: Leaks could include Russian lies.", "Democrats"),
    (("In an interview with Fox News’ Sean Hannity on Monday night, Trump was asked about the wall.\n\n“They said "
      "it’s negotiable on the wall,” Hannity said."), "Sean Hannity"),
])
def test_a_plural_possessive_is_an_owner(text, speaker):
    assert extract(text)[-1].speaker == speaker


def test_a_crowd_counted_as_a_subject_is_a_later_they():
    text = ("Hundreds of protesters gathered outside the statehouse on Thursday.\n\nTheir message was simple: “Our "
            "water, our future.”")
    assert direct(text)[0].speaker == "Hundreds of protesters"


@pytest.mark.parametrize("text, speaker", [
    # names coordinated after an inverted cue speak together
    (("Hillary Clinton and Bernie Sanders met in Flint. “The water crisis is a disgrace,” said Clinton and Sanders "
      "in a joint statement."), "Hillary Clinton and Bernie Sanders"),
    ("“The deal is dead,” said Sen. Mark Warner and Sen. Tim Kaine of Virginia.", "Mark Warner and Tim Kaine"),
    # one person's titles joined by "and" are not two people
    (("“He is reprising that role,” said former Pennsylvania Gov. and Democratic National Committee Chairman Ed "
      "Rendell."), "Ed Rendell"),
])
def test_names_coordinated_after_an_inverted_cue(text, speaker):
    assert direct(text)[0].speaker == speaker


@pytest.mark.parametrize("text, quote, mention", [
    # a pronoun of number is a subject before a past-tense cue, as "some" and "many" are; it names no one (a name
    # "Another" would gather every such quote of every article under one speaker)
    ("“The port is dying,” said one fisherman. Yet another said, “It will outlive us all” over a beer.",
     "It will outlive us all", "another"),
    ("Another said he hoped with his “whole heart” that the ferry would return.", "whole heart", "Another"),
    (("Fans rushed to support the star online.\n\nOne wrote: “Sending you all the love, you deserve the world.”"
      "\n\nAnother added: “So sad, they were such a lovely couple.”"),
     "Sending you all the love, you deserve the world.", "One"),
    (("Fans rushed to support the star online.\n\nOne wrote: “Sending you all the love, you deserve the world.”"
      "\n\nAnother added: “So sad, they were such a lovely couple.”"), "So sad, they were such a lovely couple.",
     "Another"),
])
def test_one_or_another_of_a_group_is_a_speaker_unnamed(text, quote, mention):
    (q,) = [q for q in direct(text) if q.text == quote]
    assert (q.speaker_mention, q.speaker) == (mention, None)


@pytest.mark.parametrize("text, speaker", [
    # "&" joins the words of a firm's name, and makes it an organisation ("the company", "it")
    ("Pacific Gas & Electric Co. said in a filing that a transmission line had failed near the town.",
     "Pacific Gas & Electric Co."),
    ("“We will appeal the verdict,” said Procter & Gamble.", "Procter & Gamble"),
    (("Smith & Wesson reported its quarterly results on Monday. “Demand was stronger than we expected,” the company "
      "said."), "Smith & Wesson"),
    ("Smith & Wesson reported its results on Monday. “Demand was strong,” it said.", "Smith & Wesson"),
])
def test_an_ampersand_joins_a_firms_name(text, speaker):
    assert extract(text)[-1].speaker == speaker


@pytest.mark.parametrize("text, mention, speaker", [
    # a past participle after its noun ends the subject: the rest of a reduced relative clause
    ("A Suffolk University survey released last week found Ortiz leading by 2 percentage points.",
     "A Suffolk University survey", "A Suffolk University survey"),
    ("A study published Tuesday found that coffee drinkers live longer than others.", "A study", "A study"),
    # (a guard: a pronoun before the participle is no noun it follows)
    ("Most of those surveyed said they would vote for Ortiz in the fall.", "those surveyed", "those surveyed"),
    # a place inside a description headed by a common noun is not the speaker
    ("A CNN/ORC poll of South Carolina released on Tuesday showed Mr. Trump with a 16-point lead over his rivals.",
     "ORC poll of South Carolina", "ORC poll of South Carolina"),
    ("Legislative leaders in North Carolina said the law would stay in place until the courts ruled.",
     "Legislative leaders in North Carolina", "Legislative leaders in North Carolina"),
    # (a guard: "by" names the author)
    ("Calculations by Amy Glasmeier of the Massachusetts Institute of Technology found that wages fell behind rents.",
     "Calculations by Amy Glasmeier of the Massachusetts Institute of Technology", "Amy Glasmeier"),
    # the agent of a passive before a participle cue is its subject
    ("He will be greeted by thousands of Germans protesting against the trade deal with the United States.",
     "thousands of Germans", "thousands of Germans"),
])
def test_participles_and_places_inside_a_subject(text, mention, speaker):
    q = extract(text)[-1]
    assert (q.speaker_mention, q.speaker) == (mention, speaker)


@pytest.mark.parametrize("text, speaker", [
    # a group counted or headed by a plural noun is no "he", "she" or "it" (guards: they pass on the code before this
    # change too, where the name inside each description was the speaker; kept whole now, the description must not
    # become the "she" or the "it")
    (("Christine Whitman, a former governor, said she would vote for Clinton. Six Gannett newspapers in New Jersey "
      "said the governor should resign.\n\n“It looked like heartbreak,” she said."), "Christine Whitman"),
    (("Hillary Clinton won the state easily. In exit polls, 36 percent of Democrats said they would back Trump. "
      "She said she would win them back by the fall."), "Hillary Clinton"),
    (("The Treasury wants a trade deal. In Berlin, the minister was greeted by thousands of Germans protesting against the "
      "pact.\n\n“We will not be rushed,” it said in a statement."), "Treasury"),
])
def test_a_group_headed_by_a_plural_noun_is_no_he_she_or_it(text, speaker):
    assert extract(text)[-1].speaker == speaker


@pytest.mark.parametrize("text, mention, speaker", [
    # an office "of" something is an organisation's name, not a title ("Office of") and a name
    ("“Workers will be affected,” the Office of Personnel Management said.", "the Office of Personnel Management",
     "Office of Personnel Management"),
    ("The Office of Management and Budget said the cuts would hurt the agency badly.",
     "The Office of Management and Budget", "Office of Management and Budget"),
    # (a guard: a title after the office's name is a person's)
    ("Department of Defense Secretary Ash Carter said the cuts would hurt the agency badly.",
     "Department of Defense Secretary Ash Carter", "Ash Carter"),
    # "planning" before "department" is no cue, and the department speaks
    ("The city planning department said the project was too large for the site.", "The city planning department",
     "The city planning department"),
    # "warning staff that" still reports, and the memo's sender speaks
    ("The mayor sent a memo Monday warning staff that layoffs were coming by June.", "The mayor", "The mayor"),
    # the issuer of a document speaks through the participle after it
    ("The town released a statement Sunday saying the project would ruin its farmland.", "The town", "The town"),
    (("The Virginia Farm Bureau, which rarely weighs in on local fights, sent a letter opposing the data center "
      "project."), "The Virginia Farm Bureau", "Virginia Farm Bureau"),
    # an occupation after a nationality, then a name
    (("Nepali guide Pemba Sherpa, 34, was leading four climbers on Manaslu when the slope gave way. He said the "
      "teams had set out far too late."), "He", "Pemba Sherpa"),
])
def test_offices_compounds_issuers_and_occupations(text, mention, speaker):
    q = extract(text)[-1]
    assert (q.speaker_mention, q.speaker) == (mention, speaker)


@pytest.mark.parametrize("group", ["Jurors", "Victims", "Volunteers", "Firefighters", "Pastors"])
def test_people_named_by_a_plural_trade_are_no_she(group):
    text = (f"{group} met for about six hours. One of them, who declined to give her name, said the talks were "
            "decisive. “You could hear it in his own voice,” she said.")
    assert direct(text)[0].speaker is None


@pytest.mark.parametrize("text, speaker", [
    # a trade of several words in lower case before a company's name, at the sentence's start
    (("Home goods retailer Brightline Stores Inc. cut its sales forecast on Tuesday, saying shoppers were spending "
      "less on furniture."), "Brightline Stores Inc."),
    (("Home goods retailer Brightline Stores Inc. cut its forecast on Tuesday. The company now expects sales to "
      "fall 3 percent this year."), "Brightline Stores Inc."),
])
def test_a_trade_of_several_words_before_a_company_opening_a_sentence(text, speaker):
    assert extract(text)[-1].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    # Dutch particles inside a name
    ("United manager Erik ten Hag called it “a special day for the club.”", "Erik ten Hag"),
    ("Erik ten Hag spoke after the match.\n\n“We showed character,” ten Hag said.", "Erik ten Hag"),
])
def test_dutch_particles_inside_a_name(text, speaker):
    assert direct(text)[-1].speaker == speaker


@pytest.mark.parametrize("text, claim, speaker", [
    # a phrase of several words reports a claim through its "that" clause, which starts after the whole phrase
    ("Mayor Dana Cole made it clear that the budget would not be cut again.",
     "the budget would not be cut again", "Dana Cole"),
    ("The senator made clear that she would not back the bill.", "she would not back the bill", "senator"),
    ("Ana Lind pointed out that the rule had never been enforced.", "the rule had never been enforced", "Ana Lind"),
])
def test_a_phrase_cue_reports_the_claim_after_it(text, claim, speaker):
    (got,) = indirect(text)
    assert got[0] == claim and speaker in got[1]


@pytest.mark.parametrize("text", [
    # (guards: a phrase without its "that" clause reports no claim of its own)
    "Rubio fired back forcefully at his rival during the second hour.",
    "The governor went on a trade mission to Japan last week.",
])
def test_a_phrase_without_a_that_clause_is_no_claim(text):
    assert indirect(text) == []


def test_made_it_clear_attributes_a_partial_quote_to_its_subject():
    text = ("Governor Ana Lind endorsed the deal on Friday, although she made it clear that she has “serious "
            "concerns” about two of its provisions.")
    q = direct(text)[0]
    assert (q.speaker_mention, q.speaker, q.rule) == ("she", "Ana Lind", "before:partial")


@pytest.mark.parametrize("text, speaker", [
    # a noun of speech "came" after the quote, "from" its speaker
    (("The chairman, Kelly Armstrong, called for a voice vote.\n\n“Call the roll,” came shouts from the crowd."),
     "the crowd"),
    ("“Will you run?” a reporter asked.\n\n“Not this year,” came the swift reply from Governor Ana Lind.", "Ana Lind"),
])
def test_a_reply_that_came_from_its_speaker(text, speaker):
    assert direct(text)[-1].speaker == speaker


def test_a_part_of_the_room_is_not_who_shouted():
    # (a guard on the rule above: "from the back of the hall" is where the shout came from, not who shouted)
    text = "“We will win this state,” Ana Lind said.\n\n“Sit down, Lind!” came a shout from the back of the hall."
    assert "back" not in (direct(text)[-1].speaker or "")


@pytest.mark.parametrize("text, speaker", [
    # a participle after a clause that a subordinator opens inside the sentence is that clause's subject's, even
    # after a pronoun that opens the sentence
    (("Mr. Axelrod mocked the effort online. He tweeted when Hillary Clinton ended a debate with a nod to the "
      "film, remarking, “Thank you, and may the Force be with you.”"), "Hillary Clinton"),
    # (and a title in the clause is part of it, no quote that ends it)
    (("Mr. Axelrod mocked the effort online. He tweeted when Hillary Clinton ended a debate with a nod to the "
      "“Star Wars” sequel, remarking, “Thank you, and may the Force be with you.”"), "Hillary Clinton"),
    # (a guard: with no such clause, the pronoun's)
    (("Mr. Axelrod mocked the effort online. Last week he used stronger language, saying, “This is the worst "
      "campaign I have seen.”"), "Axelrod"),
])
def test_a_participle_after_an_inner_clause_is_its_subjects(text, speaker):
    assert direct(text)[-1].speaker == speaker


@pytest.mark.parametrize("group", ["Other Netizens", "Some Netizens"])
def test_a_plural_name_the_article_counts_is_no_he(group):
    text = (f"Donald Trump won three more states on Tuesday.\n\n{group} enjoyed the show.\n\n"
            "Although he says he “loves China,” he also accuses it of stealing jobs.")
    assert direct(text)[-1].speaker == "Donald Trump"


@pytest.mark.parametrize("text, speaker", [
    # a "who" clause after the cue's object runs on to the quote: the quote is the clause's subject's
    (("Later in the broadcast, Kevin Lind praised the preacher Frank Berg, who has vowed not to buy the cookies "
      "because of the group's “support of a radical agenda.”"), "Frank Berg"),
    # (guards: a naming verb in the clause was the namer's before this rule; a "who" clause that ends before the
    # main clause's cue is the subject's aside)
    ("Ana Lind attacked Tom Berg, who has called the plan “a disaster for working families.”", "Tom Berg"),
    ("Tom Berg, who has called the plan a disaster, said on Monday that it was “dead on arrival.”", "Tom Berg"),
    ("Ana Lind, who met Tom Berg on Monday, told reporters that the plan was “dead on arrival.”", "Ana Lind"),
])
def test_a_who_clause_that_runs_on_to_the_quote(text, speaker):
    assert direct(text)[-1].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    # a quote right after the sentence's subject goes on with its verb: the words are the paragraph's speaker's
    (("“We thought only one of them was careless,” said Hiro Aida, a professor in Tokyo. Joe Biden “kind of "
      "misspoke. This is not something he should talk about in public.”"), "Hiro Aida"),
    # (a guard: with no speaker in the paragraph, the subject's, as before)
    ("Joe Biden “kind of misspoke. This is not something he should talk about in public.”", "Joe Biden"),
])
def test_a_quote_that_goes_on_with_the_subjects_verb(text, speaker):
    assert direct(text)[-1].speaker == speaker


@pytest.mark.parametrize("text, cue", [
    # "a ... called Name" gives a name, even several words after the "a" and after an acronym
    (("A newly formed super PAC called Future 45 ran ads in Iowa using her remarks to a committee that “I was "
      "responsible for quite a bit” of the policy."), "remarks"),
    # (guards: "called for", and "called" after a clause's auxiliary, still report words)
    ("A group of rabbis called for “a boycott of his speech” on Monday.", "called"),
    ("A few senators have called Trump “a national disgrace” this week.", "called"),
])
def test_a_name_given_after_a_noun_phrase_is_no_cue(text, cue):
    assert direct(text)[0].cue == cue


@pytest.mark.parametrize("text", [
    # a share of two groups that a poll counts is the poll's finding
    ("In a national Quinnipiac poll released Monday, 31% of Republicans and Republican-leaning voters said they "
     "were “extremely enthusiastic” about voting."),
    ("In a Quinnipiac poll, 40 percent of independents and Democrats said they were “very worried” about it."),
])
def test_a_share_of_two_groups_in_a_poll_is_the_polls(text):
    assert "Quinnipiac poll" in direct(text)[0].speaker


@pytest.mark.parametrize("text, speaker", [
    # a name opened by a word for a people is an organisation's, or no name: no "he" or "she"
    (("Hillary Clinton spoke on Monday.\n\nAmerican Crossroads is combing through digital archives, according to "
      "a Crossroads official. “I was responsible for quite a bit of it,” she said."), "Hillary Clinton"),
    (("Among them is Wayne Borders, a 33-year-old African American who left his job to volunteer. “I have never "
      "seen anything like this,” he said."), "Wayne Borders"),
    # (a guard: a given name that is also a people's word, "German" as in Germán Ortega, stays a person's)
    ("German Ortega says the reaction has been rejection.\n\n“It set off something for Latinos,” he said.",
     "German Ortega"),
])
def test_a_peoples_word_opens_no_persons_name(text, speaker):
    assert direct(text)[-1].speaker == speaker


@pytest.mark.parametrize("description, speaker", [
    # a country's top diplomat is its foreign minister: a secretary of state for the United States
    ("Washington’s lead diplomat", "Rex Tillerson"),
    ("The U.S. top diplomat", "Rex Tillerson"),
    ("Moscow’s top diplomat", "Sergei Lavrov"),
    # (a guard: a senior diplomat is no minister)
    ("A senior diplomat", "A senior diplomat"),
])
def test_a_countrys_top_diplomat_is_its_foreign_minister(description, speaker):
    text = ("US Secretary of State Rex Tillerson arrived in Geneva on Monday. Russian Foreign Minister Sergei Lavrov "
            f"joined him later.\n\n{description} said the strikes were “a grave provocation.”")
    assert direct(text)[-1].speaker == speaker


@pytest.mark.parametrize("text, cue, mention, speaker", [
    # a participle right before the quote introduces it, over a verb with an object before it
    (("Governor Ana Lind conceded some errors on Tuesday even as she defended the budget, saying, “Most of the plan "
      "is sound and will stay.”"), "saying", "she", "Ana Lind"),
    # a participle after an inner clause with an indefinite subject and a verb is that subject's
    (("Senator Tom Berg sat down as a maintenance worker walked across the stage, saying, “I am here to fix the "
      "lights.”"), "saying", "a maintenance worker", "a maintenance worker"),
    # (also in the present: after "a", an -s word before a preposition is a verb, no plural noun)
    (("“How many states have I lost?” Senator Lind asks as a maintenance guy walks in front of her, saying, “I am "
      "here to fix the holes in your wall.”"), "saying", "a maintenance guy", "a maintenance guy"),
    # a medium after the object ends it: the sentence's subject writes, not "Tom Berg’s question on Facebook"
    (("Ana Lind responded to Tom Berg’s question on Facebook writing, “Yes, I will. That was a poor choice of "
      "words.”"), "writing", "Ana Lind", "Ana Lind"),
    # (the participle after "said" and its object is the cue now; its speaker stays the one of "said")
    ("Tom Berg said the budget was sound, adding, “We will not cut a single school.”", "adding", "Tom Berg",
     "Tom Berg"),
])
def test_a_participle_right_before_the_quote(text, cue, mention, speaker):
    q = direct(text)[-1]
    assert (q.cue, q.speaker_mention, q.speaker) == (cue, mention, speaker)


@pytest.mark.parametrize("text, speaker", [
    # verbs of shouting at someone are verbs of saying before a quote
    ("Tom Berg circled the boat twice as his friends jeered, “Do svidaniya!”", "his friends"),
    ("A man in the back heckled, “Go home!”", "A man in the back"),
    ("“Go home!” a man in the back hollered.", "a man in the back"),
])
def test_jeers_heckles_and_hollers(text, speaker):
    assert direct(text)[-1].speaker == speaker


def test_jeers_after_a_quote_are_a_noun():
    # (a guard for "jeer" as a cue: "drawing loud jeers" after a quote is a noun, and "drawing loud" no speaker)
    text = ("Ana Lind was joined on stage by Tom Berg and joked, “You are being ridiculous,” drawing loud jeers "
            "from the hall.")
    assert direct(text)[-1].speaker == "Ana Lind"


@pytest.mark.parametrize("adverb", ["Sometimes", "Often"])
def test_an_adverb_that_opens_a_sentence_is_no_they(adverb):
    # no one plural is named: "they" stays unresolved
    text = (f"Fred Lind owned a speedboat. {adverb} he would take his brother out on it. Once, when they spotted "
            "a trawler, they said “Do svidaniya!”")
    assert direct(text)[-1].speaker is None


@pytest.mark.parametrize("text, mention, speaker", [
    # a participle after a recording of someone is that someone's
    ("The ad then cuts to footage of Ana Lind saying, “We will fix the roads by spring.”", "Ana Lind", "Ana Lind"),
    ("The spot closes on a video clip of Tom Berg saying, “I never voted for the tax.”", "Tom Berg", "Tom Berg"),
    # a document that someone issued and that "said" speaks for the issuer
    (("To sell the courses, Tom Berg released a marketing video that said, “Our teachers are hand-picked by me "
      "and are the best in the country.”"), "Tom Berg", "Tom Berg"),
    # (a guard: a thing that bears words and that no one in the sentence issued speaks for itself)
    ("Protesters waved a banner that said, “No more cuts to our schools.”", "that", "a banner"),
])
def test_recordings_and_issued_documents(text, mention, speaker):
    q = direct(text)[-1]
    assert (q.speaker_mention, q.speaker) == (mention, speaker)


@pytest.mark.parametrize("text, speaker", [
    # a title in quote marks inside an aside is one of its words, no end of the clause
    (("“We have had better conventions than this one,” delegate Tom Berg, wearing a cowboy hat and “Vote Lind” "
      "campaign pins, said as the balloons fell."), "Tom Berg"),
    # an appositive whose closing comma was forgotten: the name before it speaks
    ("“We will look at the options,” Ivo Marsh, a spokesman for Governor Ana Lind told the Gazette.", "Ivo Marsh"),
    # (guards: with the comma, the same; a relative clause in the appositive keeps its own verbs)
    ("“We will look at the options,” Ivo Marsh, a spokesman for Governor Ana Lind, told the Gazette.", "Ivo Marsh"),
    (("Senator Tom Berg, a Vermont Democrat who has met Ana Lind and been mentioned as a running mate, said "
      "“there could be” a line she would cross."), "Tom Berg"),
])
def test_asides_with_titles_and_forgotten_commas(text, speaker):
    assert direct(text)[0].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    # a pronoun with a verb after an inverted cue opens the cue's own clause: no speaker named "she warned ..."
    ("Pollster Ana Lind is happy to be the state’s “gold standard,” says she warned about surprises.", "Ana Lind"),
    # (a guard: a pronoun alone after the cue is the inverted subject)
    ("Ana Lind won the race. “We will win again,” said she.", "Ana Lind"),
])
def test_a_pronoun_and_a_verb_after_an_inverted_cue(text, speaker):
    assert direct(text)[0].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    # a noun cue inside an opening "while" clause whose list has commas is not the outermost cue
    (("Tuesday on WKZO’s “Morning Show with Ivo Marsh,” while discussing a tweet from Governor Ana Lind featuring "
      "a photo of Tom Berg, a dollar sign and a star, Senator Rita Holm said “such images have no place in a "
      "campaign.”"), "Rita Holm"),
    # the name in apposition to a noun cue's description speaks
    ("Ana Lind shared a message from her policy adviser, Ivo Marsh, that read: “The council is right about this.”",
     "Ivo Marsh"),
    # a participle after the name ends the noun cue's phrase (a noun cue in the main clause stays the outer one)
    ("A statement from Governor Ana Lind featuring a photo of the bridge said the repairs were “long overdue.”",
     "Ana Lind"),
    # (a guard: an -ing word before a title is part of the phrase)
    ("A statement from ranking Democrat Ana Lind said the repairs were “long overdue.”", "Ana Lind"),
])
def test_noun_cues_in_asides_and_appositions(text, speaker):
    assert direct(text)[-1].speaker == speaker


@pytest.mark.parametrize("text, claim, speaker", [
    # an "as X noted" aside after the subject: what X noted is the sentence around the aside
    ("Her new ad, as columnist Tom Berg noted recently, promises to cut taxes for every family.",
     "Her new ad, as columnist Tom Berg noted recently, promises to cut taxes for every family", "Tom Berg"),
    ("Ana Lind — as she has said many times — will build a new bridge over the river.",
     "Ana Lind — as she has said many times — will build a new bridge over the river", "Ana Lind"),
    # (a guard: after an opening word, the clause after the aside is the claim)
    ("However, as the Gazette has reported, the city council voted to close the library.",
     "the city council voted to close the library", "Gazette"),
])
def test_an_as_aside_reports_the_sentence_around_it(text, claim, speaker):
    c = next(q for q in extract(text, indirect=True) if q.kind == "indirect")
    assert (c.text, c.speaker) == (claim, speaker)


@pytest.mark.parametrize("text", [
    # an adjective in -ous before a bare noun of speech is no plural subject
    "He was the governor of the most populous state in the country at the time.",
    "The pollster sounded a cautious note about the jobs report on Friday.",
])
def test_an_adjective_in_ous_is_no_plural_subject(text):
    assert [q.text for q in extract(text, indirect=True)] == []


@pytest.mark.parametrize("text, speaker", [
    # (guards: a plural subject and a capitalised name before the verb still report)
    ("Democrats say the new tax cuts will mostly help the richest families.", "Democrats"),
    ("Ryan calls the remarks about the judge racist but still backs the nominee.", "Ryan"),
])
def test_subjects_before_bare_and_plural_cues_still_report(text, speaker):
    assert [q.speaker for q in extract(text, indirect=True)] == [speaker]
