"""Provisional actors: people the codebook lacks, read off a title that names their side."""

from __future__ import annotations

import shutil

import pytest

from helpers.affiliations import parse_affiliations, provisional_id
from helpers.codebook import CodebookError
from helpers.codebooks import load_codebooks
from helpers.corpus import load_corpus
from helpers.pipeline import analyse, build_nlp
from helpers.provisional import actor_sides, provisional_actors
from helpers.stance import extract_stances
from helpers.mentions import count_mentions
from tests.conftest import FIXTURE_CORPUS


def _found(nlp, text):
    doc = nlp(text)
    return ([(s.text, s.label_) for s in doc.spans["actors"]],
            {a["actor_id"]: (a["side"], a["title"]) for a in doc.user_data.get("provisional_actors", ())})


@pytest.mark.parametrize("text, spans, actors", [
    # demonym in the title
    ("Turkish Foreign Minister Hakan Fidan said talks would resume. Fidan said Ankara was ready.",
     [("Hakan Fidan", "hakan_fidan"), ("Fidan", "hakan_fidan"), ("Ankara", "turkey")],
     {"hakan_fidan": ("turkey", "Turkish Foreign Minister")}),
    # a codebook person's envoy speaks for that person's side
    ("Trump's special envoy Keith Kellogg backed a truce.",
     [("Trump", "donald_trump"), ("Keith Kellogg", "keith_kellogg")],
     {"keith_kellogg": ("us", "Trump's special envoy")}),
    # a codebook institution; the title after the name, set off by a comma
    ("Dmitry Peskov, the Kremlin spokesman, said no. Peskov later softened.",
     [("Dmitry Peskov", "dmitry_peskov"), ("Kremlin", "kremlin"), ("Peskov", "dmitry_peskov")],
     {"dmitry_peskov": ("russia", "the Kremlin spokesman")}),
    # a place in the possessive; a hyphenated, accented first name
    ("Jean-Noël Barrot, France's foreign minister, spoke.",
     [("Jean-Noël Barrot", "jean_noel_barrot"), ("France", "france")],
     {"jean_noel_barrot": ("europe", "France's foreign minister")}),
    # a person introduced by what they do, with no office: of the side the clause names, else "other"
    ("Anna Kowal, who runs a Polish grain exporter, backed a truce.",
     [("Anna Kowal", "anna_kowal")], {"anna_kowal": ("europe", "who runs a Polish grain exporter")}),
    ("Salim Bakari, who runs a milling company in Mombasa, backed a truce.",
     [("Salim Bakari", "salim_bakari")], {"salim_bakari": ("other", "who runs a milling company in Mombasa")}),
    # ... or by their family, or by where they fled from
    ("Halyna Koval, whose son serves near Pokrovsk, backed a truce.",
     [("Halyna Koval", "halyna_koval")], {"halyna_koval": ("other", "whose son serves near Pokrovsk")}),
    ("Olha Bondar, who fled Kharkiv in 2022, backed a truce.",
     [("Olha Bondar", "olha_bondar")], {"olha_bondar": ("other", "who fled Kharkiv in 2022")}),
    # past an age; a given name alone only when it opens its sentence
    ("Olha Bondar, 61, who fled Kharkiv in 2022, backed a truce.",
     [("Olha Bondar", "olha_bondar")], {"olha_bondar": ("other", "who fled Kharkiv in 2022")}),
    ("Olena, who fled Kharkiv in 2022, backed a truce.",
     [("Olena", "olena")], {"olena": ("other", "who fled Kharkiv in 2022")}),
    # any "who" clause after a full name introduces a person ("who has hosted", "who ships fruit", "who spoke")
    ("Salim Bakari, who spoke to reporters, backed a truce.",
     [("Salim Bakari", "salim_bakari")], {"salim_bakari": ("other", "who spoke to reporters")}),
    ("Gareth Pritchard, who has hosted a family from Kharkiv since 2022, backed a truce.",
     [("Gareth Pritchard", "gareth_pritchard")],
     {"gareth_pritchard": ("other", "who has hosted a family from Kharkiv since 2022")}),
    # ... but not a place after a preposition, whose "who" is the people named before it
    ("Officials in Banja Luka, who have avoided criticising Moscow, backed a truce.", [("Moscow", "russia")], {}),
    # adjectives between the article and the office of an apposition ("an opposition MP")
    ("Anna Kowal, an opposition MP, backed a truce.",
     [("Anna Kowal", "anna_kowal")], {"anna_kowal": ("other", "MP")}),
    # an apposition with no article when the office says where ("operations manager at ...")
    ("Rodrigo Vellos, operations manager at a fuel distributor, backed a truce.",
     [("Rodrigo Vellos", "rodrigo_vellos")], {"rodrigo_vellos": ("other", "manager")}),
    # a member of a body, the chair of one
    ("Iryna Koval, a member of the Rada's foreign affairs committee, backed a truce.",
     [("Iryna Koval", "iryna_koval")], {"iryna_koval": ("other", "member of the Rada's foreign affairs")}),
    # a name right after a codebook actor's possessive is that actor's person, of its side
    ("France's Anne Girard backed a truce.",
     [("France", "france"), ("Anne Girard", "anne_girard")], {"anne_girard": ("europe", "France's")}),
    ("Russia's Black Sea Fleet moved west.", [("Russia", "russia")], {}),
    # a name after the possessive of a capitalised word the codebook lacks (a party's), then a verb or a comma
    ("Labour's Priya Nandakumar said a truce must come first.",
     [("Priya Nandakumar", "priya_nandakumar")], {"priya_nandakumar": ("other", "Labour's")}),
    ("Monday's Security Council meeting backed a truce.", [], {}),
    # a party's name may end in an institution word ("Party", "Alliance"); another body's does not
    ("The Green Party's Imogen Tallis said a truce must come first.",
     [("Imogen Tallis", "imogen_tallis")], {"imogen_tallis": ("other", "Green Party's")}),
    ("The Security Council's Crimea Platform backed a truce.", [], {}),
    # a sentence that opens with a name "of" a party or institution; a body's own name is no person
    ("Jouni Partanen of the Left Alliance welcomed a truce.",
     [("Jouni Partanen", "jouni_partanen")], {"jouni_partanen": ("other", "of the Left Alliance")}),
    ("Security Service of Ukraine officers backed a truce.", [("Ukraine", "ukraine")], {}),
    # ... past an honorific
    ("Dr. Yael Shafir of Tel Aviv University backed a truce.",
     [("Yael Shafir", "yael_shafir")], {"yael_shafir": ("other", "of Tel Aviv University")}),
    # ... or with the body set off by commas
    ("Oleh Tkach, of the Brotherhood of Defenders, backed a truce.",
     [("Oleh Tkach", "oleh_tkach")], {"oleh_tkach": ("other", "of the Brotherhood of Defenders")}),
    # a local office and the head of a body are offices too
    ("French councillor Anne Girard backed a truce.",
     [("Anne Girard", "anne_girard")], {"anne_girard": ("europe", "French councillor")}),
    ("Polish deputy mayor Piotr Nowak backed a truce.",
     [("Piotr Nowak", "piotr_nowak")], {"piotr_nowak": ("europe", "Polish deputy mayor")}),
    # the name set off by commas after an office and where it sits ("a spokesman in Kyiv, Name,")
    ("A foreign ministry spokesman in Kyiv, Dmytro Savchuk, backed a truce.",
     [("Kyiv", "ukraine"), ("Dmytro Savchuk", "dmytro_savchuk")],
     {"dmytro_savchuk": ("ukraine", "spokesman in Kyiv")}),
    # an abbreviated office ("Sen.", "Prof."), one token however it is cased
    ("Sen. Mark Kelly backed a truce.", [("Mark Kelly", "mark_kelly")], {"mark_kelly": ("other", "Sen.")}),
    ("Prof. Anna Lind backed a truce.", [("Anna Lind", "anna_lind")], {"anna_lind": ("other", "Prof.")}),
    # clergy are named by their office too
    ("Ukrainian Archbishop Ihor Savchuk backed the talks.",
     [("Ihor Savchuk", "ihor_savchuk")], {"ihor_savchuk": ("ukraine", "Ukrainian Archbishop")}),
    ("Father Mykola Hrynchuk backed a truce.", [("Mykola Hrynchuk", "mykola_hrynchuk")],
     {"mykola_hrynchuk": ("other", "Father")}),
    # military and academic ranks are offices, never part of the name
    ("Finnish Lieutenant Colonel Petri Halonen said the border would stay closed.",
     [("Petri Halonen", "petri_halonen")], {"petri_halonen": ("europe", "Finnish Lieutenant Colonel")}),
    ("Professor Marta Lind backed a truce.", [("Marta Lind", "marta_lind")], {"marta_lind": ("other", "Professor")}),
    # an occupation introduces a local voice, before the name or in an apposition after it
    ("In Odesa, ship agent Oleksandr Hrytsenko rejected a truce at sea only.",
     [("Oleksandr Hrytsenko", "oleksandr_hrytsenko")], {"oleksandr_hrytsenko": ("other", "ship agent")}),
    ("Sanne Visser, an agricultural economist at a Dutch bank, backed a truce.",
     [("Sanne Visser", "sanne_visser")], {"sanne_visser": ("other", "economist")}),
    ("Polish farmer Piotr Nowak backed a truce.",
     [("Piotr Nowak", "piotr_nowak")], {"piotr_nowak": ("europe", "Polish farmer")}),
    # more words between the article and the occupation, a place among them; never a place or a country itself
    ("Oleh Marko, a Kyiv-based political analyst, rejected the plan.",
     [("Oleh Marko", "oleh_marko"), ("Kyiv", "ukraine")], {"oleh_marko": ("other", "political analyst")}),
    ("Tanzania, a large grain importer, backed a truce.", [], {}),
    ("Afterwards, a spokesman said nothing.", [], {}),
    # a hyphenated given name is one name, also when the apposition follows it
    ('"Format matters," said Chen Wei-lun, a research fellow at a Taipei think tank.',
     [("Chen Wei-lun", "chen_wei_lun")], {"chen_wei_lun": ("other", "research fellow")}),
    ("Anders Bolin, 67, a retired officer, backed a truce.",
     [("Anders Bolin", "anders_bolin")], {"anders_bolin": ("other", "officer")}),
    ("Ministry spokesperson Choi Min-seok backed a truce.",
     [("Choi Min-seok", "choi_min_seok")], {"choi_min_seok": ("other", "Ministry spokesperson")}),
    # the title first, the name after it set off by commas
    ("Lithuania's foreign minister, Kestutis Budrys, rejected the plan.",
     [("Kestutis Budrys", "kestutis_budrys")],
     {"kestutis_budrys": ("europe", "Lithuania's foreign minister")}),
    # ... but not a list after a comma ("the minister, France and Germany")
    ("The Turkish foreign minister, Britain and France met.", [("Britain", "britain"), ("France", "france")], {}),
    # name particles
    ("European Commission President Ursula von der Leyen spoke.",
     [("European Commission", "european_commission"), ("Ursula von der Leyen", "ursula_von_der_leyen")],
     {"ursula_von_der_leyen": ("europe", "European Commission President")}),
    # a codebook person is never provisional; a title without a side gives a person of side "other"
    ("Russian President Vladimir Putin met spokesman John Smith on Monday.",
     [("Russian President Vladimir Putin", "vladimir_putin"), ("John Smith", "john_smith")],
     {"john_smith": ("other", "spokesman")}),
    # a leader of the US Senate speaks for the US
    ("Senate Majority Leader John Thune said he would bring the bill to the floor.",
     [("John Thune", "john_thune")], {"john_thune": ("us", "Senate Majority Leader")}),
    # a title but no name, or a name without a title: nothing
    ("A Kremlin spokesman said Sergei Lavrov would attend.", [("Kremlin", "kremlin")], {}),
    # members of parliaments by their abbreviations
    ("The Greek MEP Elena Papadaki objected.", [("Elena Papadaki", "elena_papadaki")],
     {"elena_papadaki": ("europe", "The Greek MEP")}),
])
def test_provisional_actors_from_titles(nlp, text, spans, actors):
    assert _found(nlp, text) == (spans, actors)


def test_people_sharing_a_surname_are_not_merged(nlp):
    spans, actors = _found(nlp, "Ukrainian envoy Olga Stefanishyna met Taras Stefanishyna. Stefanishyna spoke.")
    assert actors == {"olga_stefanishyna": ("ukraine", "Ukrainian envoy")}
    # "Taras Stefanishyna" is another person: his surname is not Olga's mention
    assert spans == [("Olga Stefanishyna", "olga_stefanishyna"), ("Stefanishyna", "olga_stefanishyna")]


def test_provisional_id_is_ascii_and_never_a_codebook_id():
    assert provisional_id("Recep Tayyip Erdoğan") == "recep_tayyip_erdogan"
    assert provisional_id("Donald Trump", {"donald_trump"}) == "donald_trump_provisional"


@pytest.mark.parametrize("name, expected", [
    ("Szymon Hołownia", "szymon_holownia"),          # ł has no decomposition: it must not vanish
    ("Lars Løkke Rasmussen", "lars_lokke_rasmussen"),
    ("Đorđe Vukadinović", "dorde_vukadinovic"),
    ("Jürgen Straße", "jurgen_strasse"),
    ("Ærø Ørsted", "aero_orsted"),
])
def test_provisional_id_spells_letters_unicode_does_not_decompose(name, expected):
    assert provisional_id(name) == expected


@pytest.mark.parametrize("data, message", [
    ({"demonyms": {"Chinese": "china"}}, "names side 'china', which the actor codebook does not declare"),
    ({"places": ["Kremlin"]}, "places: expected 'word: side_id' lines"),
    ({"demonyms": {"Turkish": "turkey"}, "places": {"Turkish": "turkey"}}, "'Turkish' appears in both demonyms and places"),
    ({"office_words": "envoy"}, "office_words: expected a list"),
    ({"officials": []}, "unknown section"),
])
def test_affiliations_are_validated(data, message):
    with pytest.raises(CodebookError, match=message):
        parse_affiliations(data, source=None, sides=("us", "turkey", "other"))


ARTICLE = ("Kremlin spokesman Dmitry Peskov rejected the 30-day ceasefire.\n\n"
           "Peskov said Russia would not accept a truce. Turkish Foreign Minister Hakan Fidan called for "
           "a ceasefire.\n")


def test_provisional_actors_count_for_their_side_in_the_tables(make_corpus):
    root = make_corpus({"p.txt": ARTICLE})
    an = analyse(load_corpus(root), corpus_dir=root, cache=False)
    table = provisional_actors(an)
    assert table[["actor_id", "name", "side", "titles", "articles", "mentions"]].values.tolist() == [
        ["dmitry_peskov", "Dmitry Peskov", "russia", "Kremlin spokesman", 1, 2],
        ["hakan_fidan", "Hakan Fidan", "turkey", "Turkish Foreign Minister", 1, 1]]
    assert table.loc[0, "evidence"] == "Kremlin spokesman Dmitry Peskov rejected the 30-day ceasefire."
    assert table.loc[0, "yaml"] == ("  dmitry_peskov:\n    name: Dmitry Peskov\n    kind: person\n"
                                    "    side: russia\n    aliases: [Peskov]\n")
    assert actor_sides(an)["hakan_fidan"] == "turkey" and actor_sides(an)["donald_trump"] == "us"
    counts = count_mentions(an)
    peskov = counts[counts["actor_id"] == "dmitry_peskov"].iloc[0]
    assert (peskov["side"], peskov["kind"], peskov["mentions"], peskov["provisional"]) == ("russia", "person", 2, True)
    st = extract_stances(an)
    got = set(zip(st["actor_id"], st["side"], st["topic"], st["stance"], st["provisional"]))
    assert ("dmitry_peskov", "russia", "ceasefire", "oppose", True) in got
    assert ("hakan_fidan", "turkey", "ceasefire", "support", True) in got


_GRAHAM = """
  - actor_id: lindsey_graham
    name: Lindsey Graham
    kind: person
    gender: male
    side: us
    aliases: [Graham]

"""


@pytest.fixture(scope="module")
def graham_nlp(tmp_path_factory):
    """The test codebooks plus a person known by a surname that is also a given name ("Graham")."""
    root = tmp_path_factory.mktemp("graham")
    shutil.copytree(FIXTURE_CORPUS, root, dirs_exist_ok=True)
    actors = root / "actors.yaml"
    anchor = "  - actor_id: mark_rutte\n"
    text = actors.read_text(encoding="utf-8")
    assert anchor in text
    actors.write_text(text.replace(anchor, _GRAHAM.lstrip("\n") + anchor), encoding="utf-8")
    return build_nlp(load_codebooks(root))


@pytest.mark.parametrize("text, spans, actors", [
    # a known surname as someone else's given name, after a title: that someone else
    ("Conservative group leader Graham Pilling said he supported tougher sanctions.",
     [("Graham Pilling", "graham_pilling")], {"graham_pilling": ("other", "leader")}),
    # with no title, and in a title-case headline, the known person stays
    ("Senator Graham said he supported tougher sanctions.", [("Graham", "lindsey_graham")], {}),
    ("Graham Warns Moscow Over Ceasefire", [("Graham", "lindsey_graham"), ("Moscow", "russia")], {}),
])
def test_a_known_surname_as_another_person_s_given_name(graham_nlp, text, spans, actors):
    assert _found(graham_nlp, text) == (spans, actors)
