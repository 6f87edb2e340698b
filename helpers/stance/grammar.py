"""English function words and punctuation the stance rules rely on.

Not lexicon: users extend cues in ``stance_cues.yaml``, not prepositions, so
these sets live in code. Each one says which rule reads it.
"""

from __future__ import annotations

import re

# a noun phrase after one of these is a prepositional object, not a subject ("talks *with* Putin")
PREPOSITIONS = {"with", "between", "to", "from", "for", "on", "against", "by", "of", "at", "in", "into", "over",
                "about", "toward", "towards", "among", "than", "like", "including", "without", "after", "before",
                "during", "despite", "via", "upon", "across", "through", "behind", "under", "amid", "within",
                "according", "ahead", "beside", "besides", "alongside", "around", "near", "per", "unlike"}
# a later topic introduced by one of these is a place or time, not a second topic of the cue
SCOPE_STOP_PREPOSITIONS = {"at", "in", "during", "on", "after", "before", "amid", "since", "until", "ahead", "from",
                           "following", "within", "throughout"}
# words a noun phrase may contain between a preposition and an actor ("with the former Russian side")
NP_GLUE = {"the", "a", "an", "and", "or", "both", "’s", "'s", "his", "her", "their", "its", "himself", "herself",
           "him", "them", "-", "–", "—", "former", "then", "then-", "top", "chief"}
DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my",
               "your", "any", "no", "such", "’s", "'s"}
POSSESSIVE_MARKS = {"’s", "'s", "’", "'"}
# pronoun -> what it refers to: the last person named, or the last country/institution in the sentence
POSSESSIVE_PRONOUNS = {"his": "person", "her": "person", "its": "thing", "their": None}
SUBJECT_PRONOUNS = {"he": "person", "she": "person", "it": "thing"}
# a clause starts after one of these: the subject walk and the topic scope stop there
CLAUSE_BREAKS = {";", "while", "whereas", "although", "though"}
# words between a cue and the proposal it names that say how much or how new ("announced *new* sanctions")
PROPOSAL_MODIFIERS = {"new", "fresh", "further", "more", "additional", "tougher", "tough", "full", "unconditional",
                      "immediate", "comprehensive", "complete", "lasting", "unilateral", "temporary", "limited",
                      "partial", "short", "brief", "durable", "permanent", "genuine", "real", "very", "severe",
                      "harsh", "harsher", "crippling", "sweeping", "massive", "heavy", "stronger", "strong", "robust",
                      "major", "punishing", "wider", "broader", "significant", "direct", "bilateral", "trilateral",
                      "possible", "potential", "proposed", "planned", "future", "eventual", "ironclad", "reliable",
                      "credible", "firm", "solid", "effective", "binding", "meaningful", "concrete", "watertight",
                      "hard", "harder", "tight", "tighter", "painful", "large", "scale", "far", "reaching", "economic",
                      "financial", "sectoral", "targeted", "mere", "simple", "quick", "much", "even", "next"}
# "a new *package of* sanctions", "a fresh *round of* talks": what a cue right before a proposal may pass over
PROPOSAL_BATCHES = {"package", "packages", "round", "rounds", "wave", "set", "batch"}
# verbs whose object is told to do what follows ("Trump *told* Putin to agree"): the subject demands it (the verbs
# that are demand cues of the lexicon, "urged", "pressed", are handled as such)
CONTROL_VERBS = {"tell", "tells", "told", "telling", "encourage", "encourages", "encouraged", "encouraging", "invite",
                 "invites", "invited", "inviting", "implore", "implores", "implored", "beg", "begs", "begged",
                 "advise", "advises", "advised", "warn", "warns", "warned", "order", "orders", "ordered",
                 "instruct", "instructs", "instructed", "remind", "reminds", "reminded",
                 # a call made for a purpose ("*phoned Putin to* begin arranging a meeting"): the caller's purpose
                 "phone", "phones", "phoned", "telephone", "telephoned", "call", "calls", "called", "ring", "rang"}
# a sentence opening with one of these may have a fronted clause ("Despite proposing the talks, Putin ...")
FRONTED_OPENERS = {"despite", "after", "before", "while", "by", "since", "when", "although", "though", "upon",
                   "in", "having", "following"}
# a time phrase before "after" or "before" keeps the clause fronted ("*A day after* rejecting the truce, Putin ...")
_TIME_PHRASE_WORDS = {"a", "an", "one", "two", "three", "four", "few", "several", "the", "same", "just", "only",
                      "shortly", "soon", "barely", "moments", "minutes", "hours", "hour", "day", "days", "week",
                      "weeks", "month", "months", "night", "morning", "evening"}


def fronted_opener(doc, start: int, end: int) -> bool:
    """Does the sentence from ``start`` open with a fronted clause's opener ("Despite ...", "After ...", "Hours
    after ...")?"""
    if doc[start].lower_ in FRONTED_OPENERS:
        return True
    if start + 1 < end and (doc[start].lower_, doc[start + 1].lower_) in {("rather", "than"), ("instead", "of")}:
        return True  # "*Rather than* accept a truce, Putin proposed talks": put aside by the main clause's subject
    for j in range(start + 1, min(start + 4, end)):
        if doc[j].lower_ in {"after", "before", "since"}:
            return all(doc[k].lower_ in _TIME_PHRASE_WORDS for k in range(start, j))
    return False


RELATIVE_PRONOUNS = {"which", "who", "whom", "whose"}
# "the *leaders* of Britain and France": a group named by its members, who are the subject
GROUP_HEADS = {"leaders", "heads", "governments", "ministers", "presidents", "officials", "delegations",
               "representatives", "envoys", "negotiators"}
# "Zelensky's *office* said": the office speaks for its principal
OFFICE_NOUNS = {"office", "team", "camp", "administration", "aides", "spokesman", "spokeswoman", "spokesperson"}
# words between a subject and its verb ("Putin *had already* rejected")
# the forms of "be" (a passive participle follows one: "*was* rejected", "could not *be* accepted")
BE_FORMS = frozenset({"is", "are", "was", "were", "be", "been", "being"})
AUXILIARIES = {"has", "have", "had", "was", "were", "is", "are", "did", "does", "already", "also", "again",
               "reportedly", "publicly", "first", "finally", "repeatedly", "would", "will", "could"}
# "it's ready" is a contraction, not a possessive
CONTRACTING_PRONOUNS = {"it", "he", "she", "that", "there", "what", "who", "here", "where", "this", "let"}
# lengths of time spent doing something ("has spent *the past week* demanding a truce")
SPANS_OF_TIME = {"week", "weeks", "day", "days", "month", "months", "year", "years", "weekend", "hours", "time"}
# a noun cue after one of these is held by the verb's subject ("extended an invitation")
LIGHT_VERBS = {"expressed", "expresses", "express", "voiced", "voices", "extended", "extends", "made", "makes",
               "issued", "issues", "offered", "offers", "renewed", "reiterated", "repeated", "reaffirmed",
               "signalled", "signaled", "showed", "shows", "show", "shown", "has", "have", "had", "gave", "gives",
               "stated",
               "announced", "confirmed", "underscored", "stressed", "emphasized", "emphasised",
               # drafting one's own proposal: "Moscow is *finalizing* proposals for the next round"
               "finalizing", "finalising", "drafting", "drafted", "preparing", "submitted", "presented", "tabled",
               "sent", "handed", "delivered",
               # making one's own plan public: "European leaders *unveiled* plans for a force", "*set out* proposals"
               "unveiled", "unveils", "unveil", "unveiling", "outlined", "outlines", "outline", "outlining", "set",
               "sets", "laid", "lays", "floated", "floats", "circulated", "circulates", "detailed", "details",
               "flesh", "fleshed", "fleshing",
               # giving up one's own demand: "Trump *dropped* the demand" (a reversal, see the lexicon's negation)
               "dropped", "drops", "dropping", "abandoned", "abandons", "abandoning", "withdrew",
               "put", "started", "began", "submit", "present", "have", "has"}
# quotation marks, for pairing quotations when the quotes stage did not run
OPEN_QUOTES = {"“": "”", "«": "»", "„": "“"}
QUOTE_MARK_RE = re.compile('[“”«»„"]')
QUOTE_MARKS = {"“", "”", "«", "»", "„", '"'}
CLOSE_QUOTES = {"”", "»"}
# verbs that say what their object is ("India *called* the tariff unfair", "*described* the plan as a trap"): the
# judge is their subject, not an actor named in the object
JUDGING_VERBS = {"call", "calls", "called", "calling", "describe", "describes", "described", "describing", "brand",
                 "brands", "branded", "branding", "label", "labels", "labelled", "labeled", "labelling", "term",
                 "terms", "termed", "dub", "dubs", "dubbed", "deem", "deems", "deemed", "consider", "considers",
                 "considered", "declare", "declares", "declared", "slam", "slams", "slammed"}
# what a statement says is whoever issued it speaks ("the statement said", "*a statement issued by* Canada and
# Japan said ..."); other documents only in the second form
STATEMENT_NOUNS = {"statement", "communique", "communiqué", "declaration", "readout"}
DOCUMENT_NOUNS = STATEMENT_NOUNS | {"letter", "text", "resolution", "document", "memorandum", "memo"}
ISSUING_VERBS = {"issued", "signed", "released", "published", "adopted", "endorsed", "drafted", "backed", "agreed",
                 "handed", "submitted", "presented", "tabled", "delivered", "sent"}
# days and times that end a noun phrase walked back ("claimed on *Sunday* Putin had accepted")
DAY_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "weekend", "today",
             "yesterday", "morning", "evening", "night", "afternoon"}
# a plan is a state that ends when it is dropped, not a demand that was made ("shelved *plans for* a summit")
PLANNING = frozenset({"plan", "plans", "planned", "planning"})
# a plan described by a relative clause ("rejects any *plan that would force* it to surrender land")
PLAN_NOUNS = {"plan", "plans", "proposal", "proposals", "deal", "deals", "agreement", "agreements", "draft",
              "framework", "document", "text", "blueprint", "initiative", "settlement", "arrangement", "scheme",
              "offer", "package"}
# documents that act as the subject of a past tense ("Kyiv's *document* insisted on a truce"); narrower than
# PLAN_NOUNS: "the deal agreed in Istanbul" is a participle
WRITINGS = frozenset({"document", "memorandum", "draft", "text", "statement", "communique", "communiqué",
                      "declaration", "proposal", "plan", "letter", "resolution", "counterproposal", "blueprint"})
# a stated position whose possessor holds what follows ("Kyiv's *position* is that ..."; the speech marker is in
# stance_cues.yaml)
POSITION_NOUNS = {"position", "view", "stance", "argument", "belief", "line", "insistence", "assessment", "contention",
                  "signal", "message", "assurance", "suggestion", "opinion", "estimation", "judgement", "judgment"}
# what may stand between the subject of a relative clause with no "that" and its verb ("the truce Kyiv *and its
# Western backers have long* demanded")
REDUCED_RELATIVE = {"and", "its", "their", "his", "her", "western", "european", "allies", "backers", "partners",
                    "supporters", "been", "not", "never", "long", "so", "far", "also", "still", "repeatedly", "n't"}
# verbs whose object is the one addressed ("told Putin that ..."), never the subject of what they report
TELL_VERBS = {"tell", "tells", "told", "telling", "inform", "informs", "informed", "informing", "assure", "assures",
              "assured", "assuring", "warn", "warns", "warned", "warning", "remind", "reminds", "reminded",
              "reminding"}
# people a reported clause may name as its subject whom the codebook cannot ("the other side", "the sides")
PARTIES = {"side", "sides", "parties", "party", "delegations", "negotiators", "participants", "allies", "partners",
           "officials", "everyone", "everybody", "nobody", "others", "countries", "governments", "diplomats"}
# nouns for a group of states ("EU *member states*", "*26 countries* had committed")
STATE_GROUPS = frozenset({"countries", "nations", "states", "governments"})
# number words that count a group ("*twenty-six* countries")
COUNT_WORDS = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty",
               "thirty", "forty", "dozen", "dozens"}
REPORTED_NEGATIONS = {"not", "n't", "never", "no", "also", "still", "already", "now", "only", "just"}
COORDINATORS = {"and", "or", "nor", ","}
# words between a coordinator and the actor after it ("Zelensky and *other* European leaders", "and *its* allies")
CONJUNCT_GLUE = {"other", "the", "its", "their", "his", "her", "all", "fellow", "several", "many", "some"}
A_GROUP_OF = {"a", "group", "number", "of"}  # "Zelensky and *a group of* European leaders"
# words right before a proposal that put it aside ("proposed talks *without mentioning* the ceasefire"): no "the
# offer" after it refers back to that proposal
PUT_ASIDE = {"without", "ignoring", "sidestepping", "snubbing", "dodging", "bypassing", "skipping", "than", "instead"}
# references that name a written plan, and the words that end a meeting's name: a plan is not a meeting held
# words right before a proposal that name it as a threatened consequence ("warning of tougher sanctions if it
# refused", "or face tariffs"): what was offered or asked for is another proposal ("Putin did not take up the offer")
THREAT_WORDS = {"warning", "warned", "warn", "warns", "threatening", "threatened", "threaten", "threatens", "threat",
                "threats", "face", "faces", "facing"}
# references that name something offered or asked for, which a threatened consequence never is
OFFERED_REFERENCES = {"offer", "idea", "proposal", "proposals", "initiative", "request", "requests", "calls", "appeal",
                      "appeals", "demand", "approach", "option"}
DOCUMENT_REFERENCES = {"plan", "plans", "blueprint", "scheme", "framework", "draft", "document", "text"}
MEETING_WORDS = {"talks", "meeting", "meetings", "summit", "summits", "negotiations", "round", "rounds", "dialogue",
                 "contacts"}
OCCASION_WORDS = {"after", "during", "at", "since", "following", "amid", "of", "in", "before", "ahead"}
# nouns that sum up what a sentence listed before a dash or comma ("... renounce NATO — *conditions* Kyiv rejects")
SUMMARY_NOUNS = {"conditions", "demands", "terms", "proposals", "ideas", "steps", "measures", "points", "ones",
                 "position", "demand", "condition", "proposal", "idea", "step"}
# heads of a title written before a name ("*President of Ukraine* Volodymyr Zelensky")
TITLE_HEADS = {"president", "minister", "head", "chairman", "chair", "leader", "secretary", "chief", "office",
               "speaker", "commander", "director"}


def issued_by(doc, by: int, lo: int) -> bool:
    """Does the "by" at ``by`` name who issued a document ("the statement*,* *signed by* ...", "a statement issued
    on the sidelines of the summit *by* ...")? Then those named are the subject the document speaks for, not a
    preposition's object."""
    k = next((k for k in range(by - 1, max(lo, by - 12) - 1, -1) if doc[k].lower_ in ISSUING_VERBS), None)
    if k is None or k - 1 < lo or any(doc[i].lower_ in {"by", "and", "that"} for i in range(k + 1, by)):
        return False
    j = k - 1
    while j > lo and doc[j].text in {",", "joint", "final", "written"}:
        j -= 1
    return doc[j].lower_ in DOCUMENT_NOUNS


def past_auxiliaries_back(doc, pos: int, lo: int) -> int:
    """The token right before ``pos`` once auxiliaries and adverbs are passed over, going back."""
    j = pos
    while j - 1 > lo and doc[j - 1].lower_ in AUXILIARIES:
        j -= 1
    return j

# verbs of receiving: what a condition says the holder's side gets is wanted ("only if it *received* guarantees")
RECEIPT_VERBS = frozenset({"receive", "receives", "received", "receiving", "get", "gets", "got", "getting", "obtain",
                           "obtains", "obtained", "secure", "secures", "secured", "given", "granted", "offered"})

# "They were *joined by* Starmer and Tusk": the people after "by" are company, not a preposition's objects
JOINED_BY = frozenset({"joined", "accompanied"})

# verbs whose "his"/"her" object is the subject's own position ("Trump *dropped his* insistence on a truce",
# "Putin *repeated his* demand"); after other verbs it is usually another's ("Zelensky welcomed his offer")
OWN_POSITION_VERBS = frozenset({
    "drop", "drops", "dropped", "abandon", "abandons", "abandoned", "repeat", "repeats", "repeated",
    "reiterate", "reiterates", "reiterated", "renew", "renews", "renewed", "restate", "restates", "restated",
    "reaffirm", "reaffirms", "reaffirmed", "soften", "softens", "softened", "harden", "hardens", "hardened",
    "shelve", "shelves", "shelved", "withdraw", "withdraws", "withdrew", "reverse", "reverses", "reversed",
    "revise", "revises", "revised", "defend", "defends", "defended", "outline", "outlines", "outlined",
    "present", "presents", "presented", "unveil", "unveils", "unveiled", "press", "presses", "pressed",
    "renewing", "repeating", "reiterating", "dropping", "abandoning", "softening", "restating"})

# past tenses not ending in "-ed" that open a news clause ("Zelensky *met* Merz and said ..."): enough, with
# "-ed", to pair two verbs of a sentence
IRREGULAR_PAST = frozenset({"said", "told", "met", "spoke", "held", "flew", "went", "came", "took", "gave", "sent",
                            "made", "wrote", "saw", "sat", "led", "brought", "thought", "began", "spent"})


def base_form(word: str) -> bool:
    """Is a verb in its bare form ("write", not "wrote", "writes", "said" or "according")?"""
    return not word.endswith(("ed", "s", "ing")) and word not in IRREGULAR_PAST

# a force named by the troops a country would (not) send ("will not send *troops*", "ruled out *ground forces*")
TROOP_WORDS = frozenset({"troops", "soldiers", "forces", "personnel", "boots", "contingent", "contingents"})
# what a country offers instead, after "but" ("will not send troops *but offers* to act as the logistics hub")
OFFER_WORDS = frozenset({"offer", "offers", "offered", "offering", "ready", "willing", "prepared", "help", "helps",
                         "contribute", "contributes", "support", "supports", "provide", "provides", "hub", "backstop",
                         "backing", "air", "logistics", "funding", "training"})

# verbs of ruling something out ("has not *ruled out* a summit", "did not *exclude* that ...")
RULE_OUT_VERBS = frozenset({"rule", "rules", "ruled", "ruling", "exclude", "excludes", "excluded", "excluding"})


def aside_marker(doc, m) -> bool:
    """Is speech marker ``m`` an aside inside a clause, not who says it: "Trump, who *according to* officials urged
    ...", "and that, *in Ukraine's view,* the next step ..." (a view reports the clause only when "In" opens the
    sentence: "*In his view,* sanctions should stay")?"""
    if m.start > 0 and doc[m.start].lower_.endswith("ing") and doc[m.start - 1].lower_ in {"in", "by", "without"} \
            and (m.end >= len(doc) or doc[m.end].lower_ not in {"that", "to"}):
        return True  # "set out *in writing*", "*without stating* a view": a manner, nobody speaks
    if doc[m.end - 1].text == ",":
        return not any(doc[k].lower_ == "in" and doc[k].is_sent_start for k in range(max(0, m.start - 5), m.start))
    return doc[m.start].lower_ == "according" and m.start > 0 and not doc[m.start].is_sent_start \
        and doc[m.start - 1].text not in {",", "—", "–", "(", ":"}
