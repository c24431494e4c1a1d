"""Normalisation, the same-statement decision, and the relation of two reports."""

import pytest

from claims.compare import substantive, text_relation, word_diff
from claims.match import SURE, Candidate, Link, explain, group, group_why, link
from claims.normalize import normal

TILLERSON_A = "We think Iran needs to withdraw its military, its militia from Syria, and allow the hope for peace process to take hold."
TILLERSON_B = "Iran needs to withdraw its military, its militia from Syria, and allow a hope for the peace process to take hold in Geneva."
LAVROV_1 = "Of course, the withdrawal of all non-Syrian forces must be carried out on a mutual basis. This should be a two-way street,"
LAVROV_2 = "The result of this work, which should continue and is continuing should be a situation when representatives of the Syrian Arab Republic’s army stand at Syria’s border with Israel."


@pytest.mark.parametrize("a, b", [
    ("It is destabilising the region’s defence", "it is destabilizing the region's defense"),
    ("the colour of the Labour programme", "The color of the Labor program"),
    ("drone attacks on Russia’s [Hmeimim] air base", "drone attacks on Russia's air base"),
    ("So I think…this observation", "so I think... this observation"),
    ("a two-way street — he said", "a two way street he said"),
])
def test_normalised_forms_agree(a, b):
    assert normal(a) == normal(b)


def cand(i, speaker, text, day=None):
    return Candidate(i, speaker, normal(text), day, key=f"k{i}")


@pytest.mark.parametrize("a, b, same", [
    (TILLERSON_A, TILLERSON_B, True),  # reworded
    (LAVROV_1, LAVROV_1.replace("basis. This", "basis, this"), True),  # punctuation
    ("quite concerned", "We are quite concerned about the recent incident involving Israel.", True),  # contained
    (LAVROV_1, LAVROV_2, False),  # same speaker, different utterances
    ("This should be a two-way street,", "Trade has to be a two-way street for both of our nations,", False),
])
def test_same_statement_for_one_speaker(a, b, same):
    assert (link(cand(1, 7, a), cand(2, 7, b)) is not None) is same


def test_different_speakers_link_only_on_near_identical_long_words():
    assert link(cand(1, 7, LAVROV_1), cand(2, 8, LAVROV_1)).kind == "same"
    assert link(cand(1, 7, "a two-way street"), cand(2, 8, "a two-way street")) is None


def test_different_speakers_need_close_days():
    assert link(cand(1, 7, LAVROV_1, day=700), cand(2, 8, LAVROV_1, day=705)) is not None
    assert link(cand(1, 7, LAVROV_1, day=700), cand(2, 8, LAVROV_1, day=760)) is None


def test_a_short_phrase_said_weeks_apart_is_said_twice():
    assert link(cand(1, 7, "a two-way street", day=700), cand(2, 7, "a two-way street", day=703)) is not None
    assert link(cand(1, 7, "a two-way street", day=700), cand(2, 7, "a two-way street", day=760)) is None
    assert link(cand(1, 7, LAVROV_1, day=700), cand(2, 7, LAVROV_1, day=760)) is not None  # long: the words decide


def test_fragment_is_a_part_and_a_variant_is_the_same():
    whole = cand(1, 7, TILLERSON_A)
    lk = link(cand(2, 7, "allow the hope for peace process"), whole)
    assert (lk.a, lk.b, lk.kind, lk.score) == (2, 1, "part", 110.0)
    assert lk.test == "its 6 words occur in the longer report"
    assert link(whole, cand(2, 7, TILLERSON_B)).kind == "same"


def test_a_fragment_of_two_statements_joins_one_and_glues_nothing():
    # 1 and 2 are different statements; 3 is a fragment found in both, a closer fit to 2
    sizes = {1: (12, "a"), 2: (10, "b"), 3: (4, "c"), 4: (10, "d")}
    links = [Link(3, 1, "part", 95.0), Link(3, 2, "part", 100.0), Link(4, 2, "same", 90.0)]
    assert sorted(map(sorted, group(sizes, links))) == [[1], [2, 3, 4]]
    # the same links in any order
    assert sorted(map(sorted, group(sizes, links[::-1]))) == [[1], [2, 3, 4]]


@pytest.mark.parametrize("a, b, relation, longer", [
    ("“Yes, we can,” he said", "\"Yes, we can,\" he said", "identical", None),
    (LAVROV_1, LAVROV_1.replace("basis. This", "basis, this"), "punctuation", None),
    ("It is destabilising", "It is destabilizing", "punctuation", None),
    ("only destabilizing to the region", "I think this is only destabilizing to the region today", "contained", "b"),
    (TILLERSON_A, TILLERSON_B, "reworded", None),
])
def test_text_relation(a, b, relation, longer):
    assert text_relation(a, b) == (relation, longer)


def test_word_diff_keeps_original_words():
    ops = word_diff(TILLERSON_A, TILLERSON_B)
    assert [(o.op, o.text) for o in ops if o.op != "equal"] == [
        ("delete", "We think"), ("delete", "the"), ("insert", "a"), ("insert", "the"), ("insert", "in Geneva.")]


@pytest.mark.parametrize("a, b, flag", [
    ("We will withdraw the troops", "We will not withdraw the troops", True),
    ("about 30 percent of the territory", "about 40 percent of the territory", True),
    ("we met on Monday in the capital", "we met on Wednesday in the capital", True),
    ("we want a hope for peace", "we want the hope for peace", False),
])
def test_substantive_changes(a, b, flag):
    assert substantive(word_diff(a, b)) is flag


def sq(i, speaker, said_on, text=LAVROV_1, place=None, via=None):
    from claims.model import StoredQuote
    return StoredQuote(id=i, article_id=i, doc=f"d{i}", outlet=f"o{i}", published=None, start=0,
                       end=len(text), text=text, kind="direct", speaker=speaker, speaker_mention=None,
                       cue="said", confidence=0.9, statement_id=1, said_on=said_on, place=place, via=via)


def test_pair_with_different_speaker_or_stated_day_is_a_discrepancy():
    from claims.compare import compare

    c = compare(sq(1, "Sergei Lavrov", None), sq(2, "Maria Zakharova", None))
    assert (c.relation, c.text_relation, c.agree) == ("different speaker", "identical", False)
    c = compare(sq(1, "Sergei Lavrov", "2018-05-28"), sq(2, "Sergei Lavrov", "2018-05-30"))
    assert (c.relation, c.agree) == ("different date", False)
    c = compare(sq(1, "Sergei Lavrov", "2018-05-28"), sq(2, "Sergei Lavrov", None))
    assert c.agree


@pytest.mark.parametrize("place_a, via_a, place_b, via_b, relation", [
    ("in Amman", None, "in Geneva", None, "different place"),
    ("at a news conference in Amman", None, "in Amman", None, "identical"),  # one occasion, more or less said
    ("at a news conference", None, "at a press conference with his Jordanian counterpart", None, "identical"),
    ("on Twitter", None, "at a news conference", None, "different place"),
    ("in an interview with Reuters", None, "in an interview with Bloomberg", None, "different place"),
    ("in Amman", "according to Fars News", "in Amman", None, "different intermediary"),
    ("in Amman", "according to Fars News", "in Amman", "quoted by ISNA", "different intermediary"),
    (None, None, "in Amman", None, "identical"),  # one side does not say: no discrepancy
])
def test_place_and_intermediary_discrepancies(place_a, via_a, place_b, via_b, relation):
    from claims.compare import compare
    c = compare(sq(1, "Sergei Lavrov", None, place=place_a, via=via_a),
                sq(2, "Sergei Lavrov", None, place=place_b, via=via_b))
    assert c.relation == relation and c.agree is (relation == "identical")


def test_contained_says_what_is_left_out_and_a_rewrite_is_shown_whole():
    from claims.compare import compare
    c = compare(sq(1, "X", None, "only destabilizing to the region"),
                sq(2, "X", None, "I think this is only destabilizing to the region today"))
    assert (c.text_relation, c.longer, c.missing) == ("contained", "b", "I think this is … today")
    c = compare(sq(1, "X", None, "We will not allow anyone to impose conditions on our withdrawal."),
                sq(2, "X", None, "Nobody will dictate the conditions of our withdrawing to us."))
    assert c.text_relation == "paraphrase" and c.mostly_changed
    assert c.shared == ("conditions", "withdrawal", "withdrawing")  # by stem, as written on either side
    c = compare(sq(1, "X", None, TILLERSON_A), sq(2, "X", None, TILLERSON_B))
    assert c.text_relation == "reworded" and not c.mostly_changed


def test_links_carry_confidence_and_evidence():
    same_day = {"day": 736000}
    strong = link(cand(1, 7, TILLERSON_A, **same_day), cand(2, 7, TILLERSON_B, **same_day))
    assert strong.confidence >= SURE and strong.test.startswith("similar wording")
    ev = explain(strong.test, sq(1, "Rex Tillerson", "2018-02-12", TILLERSON_A),
                 sq(2, "Rex Tillerson", "2018-02-12", TILLERSON_B))
    assert ev[:3] == (strong.test, "same speaker", "said the same day")
    assert ev[3].startswith("shared words: iran, needs, withdraw")
    # a two-word fragment is weak evidence; another speaker's identical words are a discrepancy, surer
    weak = link(cand(1, 7, "quite concerned"), cand(2, 7, "We are quite concerned about the recent incident."))
    assert weak.kind == "part" and weak.confidence < SURE
    other = link(cand(1, 7, LAVROV_1, **same_day), cand(2, 8, LAVROV_1, **same_day))
    assert other.test == "identical words" and other.confidence >= SURE
    assert explain(other.test, sq(1, "Sergei Lavrov", None), sq(2, "Maria Zakharova", None))[1] == \
        "different speakers named"


def test_each_member_belongs_as_surely_as_its_weakest_step():
    # 1 and 2 are variants; 3 and 4 are one fragment reported twice, pulled into 1-2 by a weak link; 5 alone
    sizes = {1: (20, "a"), 2: (19, "b"), 3: (2, "c"), 4: (2, "d"), 5: (9, "e")}
    links = [Link(1, 2, "same", 90, 0.9, "similar wording"), Link(3, 4, "same", 110, 0.99, "identical"),
             Link(3, 1, "part", 110, 0.65, "fragment"), Link(4, 2, "part", 105, 0.6, "fragment too")]
    groups, why = group_why(sizes, links)
    assert sorted(map(sorted, groups)) == [[1, 2, 3, 4], [5]]
    assert why[1].confidence == 0.9 and why[3].test == "fragment" and why[4].test == "fragment"
    assert 5 not in why


def test_another_translation_of_one_day_links_on_shared_stems_only_then():
    a = "Our army will send 3,000 troops to Aleppo in March to secure the city."
    b = "Tehran is going to dispatch 3,000 soldiers, bound for Aleppo, in March, securing the city."
    lk = link(cand(1, 7, a, day=736000), cand(2, 7, b, day=736000))
    assert lk is not None and lk.confidence < SURE and lk.test.endswith("content words the same by stem")
    assert link(cand(1, 7, a, day=736000), cand(2, 7, b, day=736003)) is None  # not within a day
    assert link(cand(1, 7, a, day=736000), cand(2, 8, b, day=736000)) is None  # another speaker
