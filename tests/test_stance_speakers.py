"""helpers.stance.speakers and the speaker walks it reads: who reports a position, and so holds it too.

Sentences are written for these tests in the style of news copy; each case asserts the
rows (actor, topic, stance, rule) the full pipeline codes.
"""

from __future__ import annotations

import pytest

from tests.test_stance_rules import rows_of


@pytest.mark.parametrize("text, expected", [
    # a participle opening the sentence has no subject: "and warned" shares the speaker of "said"
    ("Announcing the package on Monday, Chancellor Friedrich Merz said it was overdue, and warned that Germany "
     "was prepared to impose further sanctions.",
     {("friedrich_merz", "sanctions", "support", "own_side"), ("germany", "sanctions", "support", "own_side")}),
    ("Merz said the package was overdue and warned that Germany was prepared to impose further sanctions.",
     {("friedrich_merz", "sanctions", "support", "own_side"), ("germany", "sanctions", "support", "own_side")}),
])
def test_a_second_speech_verb_shares_the_first_one_s_speaker(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "in writing" is a manner, not a speech verb: the "said" before it still reports the clause
    ("Vladimir Medinsky led the Russian delegation. He said each side would set out its terms in writing, and that "
     "Russia was ready to continue contacts.",
     {("vladimir_medinsky", "direct_talks", "support", "own_side"), ("russia", "direct_talks", "support", "own_side")}),
    # a gerund after "by" that introduces a clause still speaks
    ("Zelensky answered by saying that Ukraine was ready for a ceasefire.",
     {("volodymyr_zelensky", "ceasefire", "support", "own_side"), ("ukraine", "ceasefire", "support", "own_side")}),
    # "reminded reporters" reports like "said"
    ("Zelensky spoke in Kyiv. Ukraine had accepted an unconditional ceasefire in March, he reminded reporters.",
     {("volodymyr_zelensky", "ceasefire", "support", "own_side"), ("ukraine", "ceasefire", "support", "own_side")}),
])
def test_manners_are_no_speech_and_reminding_is(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # an unnamed spokesperson speaks for the body or person named after "for"
    ("A spokesperson for the Russian foreign ministry said Moscow would never accept NATO troops in Ukraine.",
     {("russian_foreign_ministry", "security_guarantees", "oppose", "own_side"),
      ("russia", "security_guarantees", "oppose", "own_side")}),
    ("A spokesman for Chancellor Friedrich Merz said Germany would back new sanctions.",
     {("friedrich_merz", "sanctions", "support", "own_side"), ("germany", "sanctions", "support", "own_side")}),
    # a named spokesperson is the speaker; the body is not added for them
    ("Maria Zakharova, a spokesperson for the Russian foreign ministry, said any deployment of NATO countries' "
     "forces in Ukraine would be unacceptable.",
     {("maria_zakharova", "security_guarantees", "oppose", "subject")}),
])
def test_a_spokesperson_for_someone_speaks_for_them(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "they" after a person who went "with" others is all of them, past a time opener with no comma and a fronted
    # clause before the pronoun
    ("On Saturday Friedrich Merz travelled to Kyiv with NATO's Mark Rutte and Marco Rubio. Standing alongside "
     "Zelensky, they called for an unconditional ceasefire.",
     {("friedrich_merz", "ceasefire", "support", "pronoun"), ("mark_rutte", "ceasefire", "support", "pronoun"),
      ("marco_rubio", "ceasefire", "support", "pronoun")}),
    ("Friedrich Merz travelled to Kyiv with Mark Rutte. If Moscow refused, they warned, Russia would face tougher "
     "sanctions.",
     {("friedrich_merz", "sanctions", "conditional", "speaker"), ("mark_rutte", "sanctions", "conditional", "speaker")}),
    # a "they" that opens the sentence before passes its people on
    ("Merz flew to Washington with Rutte. They called for a ceasefire. If Moscow refused, they warned, it would face "
     "tougher sanctions.",
     {("friedrich_merz", "ceasefire", "support", "pronoun"), ("mark_rutte", "ceasefire", "support", "pronoun"),
      ("friedrich_merz", "sanctions", "conditional", "speaker"), ("mark_rutte", "sanctions", "conditional", "speaker")}),
    # one who spoke with another is no company: "they" stays unnamed
    ("Friedrich Merz spoke with Mark Rutte on Monday. They called for a ceasefire.", set()),
])
def test_they_after_a_person_and_their_companions_is_all_of_them(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a purpose after travelling "with" others is all of theirs; countries after "with the leaders of" are company,
    # not the subject
    ("Merz travelled to Kyiv with Mark Rutte and Marco Rubio to call for an unconditional ceasefire.",
     {("friedrich_merz", "ceasefire", "support", "subject"), ("mark_rutte", "ceasefire", "support", "subject"),
      ("marco_rubio", "ceasefire", "support", "subject")}),
    ("Merz went to Kyiv with the leaders of France, Britain and Italy to call for an unconditional ceasefire.",
     {("friedrich_merz", "ceasefire", "support", "subject")}),
    # the same inside a clause opened by "after", the purpose past the clause's verb
    ("The offer came two days after Merz flew to Kyiv with the leaders of France and Britain to demand a ceasefire.",
     {("friedrich_merz", "ceasefire", "support", "subject")}),
    # the leaders of countries as a subject stay the countries; one who spoke with another shares nothing
    ("The leaders of France and Germany demanded a ceasefire.",
     {("france", "ceasefire", "support", "subject"), ("germany", "ceasefire", "support", "subject")}),
    ("Merz spoke with Mark Rutte and called for a ceasefire.",
     {("friedrich_merz", "ceasefire", "support", "shared_subject")}),
])
def test_a_purpose_after_travelling_with_others_is_theirs_too(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a place or party before a local title is part of the title, not the speaker
    ("Reform UK councillor Dean Marsh went further, saying British troops should not be deployed to Ukraine.",
     {("dean_marsh", "security_guarantees", "oppose", "speaker")}),
    # a country that acts before a person named after its verb is still the subject
    ("Russia told Marco Rubio it would never accept NATO troops in Ukraine.",
     {("russia", "security_guarantees", "oppose", "pronoun")}),
])
def test_a_party_before_a_local_title_is_no_speaker(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "its spokesman" opening a sentence speaks for the body the sentence before was about; "his office" for him
    ("The Kremlin was frosty. Its spokesman said the ceasefire was unacceptable.",
     {("kremlin", "ceasefire", "oppose", "pronoun")}),
    ("Zelensky was in Kyiv. His office said Ukraine would never cede land.",
     {("volodymyr_zelensky", "territorial_concessions", "oppose", "own_side"),
      ("ukraine", "territorial_concessions", "oppose", "own_side")}),
])
def test_a_possessed_spokesman_speaks_for_the_possessor(nlp, text, expected):
    assert rows_of(nlp, text) == expected
