"""Who said a quotation: the attribution next to it, resolved within the article.

Looked for in this order: between the parts of an interrupted quotation, right
after it ("..." Peskov said / said Peskov / according to Peskov), before it in
its sentence (Peskov told reporters: "..." / He called it "..."), and, for a
quotation that is a paragraph of its own, in the paragraph before it when
that paragraph introduces it. The reporting verb is kept: it tells how the
outlet framed the statement.
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from . import attribution_cjk as cjk
from .gender import (
    FEMININE,
    MASCULINE,
    PRONOUN_GENDER,
    contradicts,
    gender_from_first_name,
    gender_from_honorific,
    gender_from_role,
)
from .places import DEMONYMS, names_a_place_or_people
from .speakers import (
    BODY_NOUNS_BEFORE_A_NAME,
    BODY_WORDS,
    CHINESE_SURNAMES,
    CLOCK_TIME,
    GENERIC_BODY_WORDS,
    KIN_NOUNS,
    NOT_NAME_WORDS,
    NOT_ROLE_ENDINGS,
    NOT_ROLE_LAST_WORDS,
    PARTY_AND_PLACE,
    PRONOUNS,
    ROLE_NOUNS,
    TIME_WORDS,
    TITLE_WORDS,
    ArticleNames,
    Subject,
    age_in_phrase,
    follows_a_body_noun,
    is_honorific,
    is_person_name,
    is_plural_role,
    is_role_noun,
    leading_subject,
    names_a_body,
    split_subject,
    tail_of_a_body_name,
)
from .text import ends_its_paragraph

if TYPE_CHECKING:
    from .quotes import RawQuote

REPORTING_VERBS = """said says say told tells added adds stated states noted notes wrote writes
tweeted tweets
posted posts asked asks explained explains insisted insists warned warns argued argues claimed
claims declared declares confirmed confirms denied denies replied replies responded responds
continued continues stressed stresses emphasised emphasized emphasises emphasizes acknowledged
acknowledges admitted admits announced announces commented comments remarked remarks recalled
recalls suggested suggests urged urges vowed vows pledged pledges promised promises predicted
predicts concluded concludes countered counters conceded concedes observed observes reported
reports reiterated reiterates answered answers testified testifies alleged alleges assured
assures maintained maintains joked jokes quipped quips complained complains lamented laments
boasted boasts cautioned cautions agreed agrees disagreed shouted yelled wondered mused
fumed raged scoffed cried beamed groaned grumbled muttered
thundered whispered snapped sighed called calls described describes tweeted texted messaged
emailed went-on pointed-out chimed-in blasted slammed slams branded brands accused accuses
criticised criticized condemned
praised dismissed begged implored to-claim shared shares revealed reveals gushed laughed
exclaimed recounted reflected captioned captions submitted submits ruled grinned spoke
put-out-a-statement issued-a-statement released-a-statement
adding saying telling noting writing warning insisting explaining arguing declaring stressing
calling describing alleging concluding claiming
annoncé précisé assuré reconnu rappelé répondu insisté averti confié martelé
déclaré dit affirmé expliqué ajouté estimé souligné indiqué sagte sagt erklärte erklärt betonte
betont meinte dijo afirmó declaró explicó añadió aseguró señaló indicó agregó sostuvo
instructed instructs has-written have-written stating emails emailed
disse falou afirmou acrescentou declarou explicou contou ressaltou destacou
detto dichiarato spiegato aggiunto affermato sottolineato
сказал сказала заявил заявила отметил отметила добавил добавила пояснил пояснила
подчеркнул подчеркнула рассказал рассказала"""


def _whole_words(words: list[str]) -> str:
    """A pattern of any of `words` standing alone (no letter or hyphen on either side), tried in
    their order. They are grouped by first letter, each group behind its letter: a scan skips
    to the letters that open one, and tries that letter's words only."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(re.escape(word[1:]))
    return (
        "(?:"
        + "|".join(
            f"{re.escape(first)}(?<![\\w-]{re.escape(first)})(?:{'|'.join(rests)})"
            for first, rests in groups.items()
        )
        + r")(?![\w-])"
    )


def _after_the_first_letter(words: list[str]) -> str:
    """A pattern of any of `words` (each opening on a letter) read from its second letter, the
    first just matched: each word behind a look back at its first letter, grouped by it
    ("actor|adviser|baker" -> "(?<=a)(?:ctor|dviser)|(?<=b)(?:aker)"). A pattern that opens on
    the letter itself lets a search skip to the letters that may open a match."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(word[1:])
    return "|".join(f"(?<={first})(?:{'|'.join(rests)})" for first, rests in groups.items())


# Longest first, so "went on" wins over a shorter overlapping alternative.
_VERBS = sorted({verb.replace("-", " ") for verb in REPORTING_VERBS.split()}, key=len, reverse=True)
_ONE_WORD_VERBS = frozenset(verb for verb in REPORTING_VERBS.split() if "-" not in verb)
_VERB = re.compile(_whole_words(_VERBS))
# Verbs that pin even a word or two on a speaker: 'she called it "inept"', 'he said "no"'.
PINNING_VERBS = frozenset(
    "said says told called calls described describes dismissed wrote added warned "
    "insisted argued claimed tweeted alleged alleges concluded concludes saying telling adding "
    "calling describing warning insisting arguing claiming alleging concluding".split()
) | {"according to"}
# Verbs that may stand before their subject: "said Peskov", "added the minister".
_INVERTIBLE = frozenset(
    "said says added adds asked asks wrote writes continued continues explained explains "
    "insisted insists noted notes replied replies stressed stresses warned warns argued argues "
    "countered counters declared declares recalled recalls remarked remarks tweeted tweets "
    "concluded concludes observed observes commented comments reported reports "
    "admitted admits acknowledged acknowledges conceded concedes confirmed confirms quipped quips "
    "joked jokes cautioned cautions lamented laments complained complains boasted boasts "
    "vowed pledged promised urged claimed revealed gushed "
    "snapped sighed mused laughed shouted yelled whispered thundered exclaimed recounted "
    "fumed raged scoffed cried beamed groaned grumbled muttered "
    "déclaré dit annoncé "
    "précisé assuré reconnu rappelé répondu insisté averti confié martelé "
    "affirmé expliqué ajouté estimé souligné indiqué sagte sagt erklärte betonte meinte dijo "
    "afirmó declaró explicó añadió aseguró señaló indicó agregó sostuvo "
    "responded responds answered answers instructed instructs emailed emails "
    "disse falou afirmou acrescentou declarou explicou contou ressaltou destacou "
    "detto dichiarato spiegato aggiunto affermato sottolineato "
    "сказал сказала заявил заявила отметил отметила добавил добавила пояснил пояснила "
    "подчеркнул подчеркнула рассказал рассказала".split()
)
_FILLER_AFTER_SUBJECT = re.compile(
    r"(?:\s+(?:also|later|earlier|again|then|previously|reportedly|instead|even|still|just|"
    r"never|has|had|have|was|were|is|"
    r"would|will|once|(?-i:[a-z]+ly)(?<!family)(?<!\bally)(?<!assembly)|on\s+\w+|last\s+\w+|"
    r"this\s+\w+|in\s+a\s+statement|"
    r"in\s+an\s+interview))+$",
    re.IGNORECASE,
)
# Where a named subject is ("... office in Wilmore", "Jane Doe from Leeds"): not the subject.
_PLACE_AFTER_SUBJECT = re.compile(
    r"(\S+)\s+(?:in|at|from)\s+(?:the\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2}$"
)
_SUBJECT_BEFORE_VERB = re.compile(r"([\w\u2019'.\-]+(?:\s+[\w\u2019'.\-]+){0,8})\s*$")
_SUBJECT_AFTER_VERB = re.compile(
    r"\s+((?:the\s+)?[\w\u2019'.\-]+(?:\s+(?!(?:on|in|at|during|after|who|which|when|while|"
    r"to|as|that|and|but|am|im|au|lors|en|el)\b)[\w\u2019'.\-]+){0,6})"
)
# Two to five words up to a comma that open a sentence ("Up until recently,").
_OPENING_PHRASE = re.compile(r"([A-Z][\w\-]*(?:\s+[\w\-]+){1,4}),\s")
_WRITING = frozenset("wrote writes posted posts tweeted tweets texted emailed messaged".split())
_COPULA_AFTER = re.compile(r"\s+(?:was|were|is|are)\b")
_WHAT_BEFORE = re.compile(r"\b[Ww]hat\s+(?:[\w\u2019'.\-]+\s+){1,4}$")
_OBJECT_PRONOUNS = frozenset("him her them me us you".split())
# Verbs of saying that name the one spoken to after them ("warned her colleagues")
_SPOKEN_TO = frozenset(
    "asked asks warned warns cautioned cautions instructed instructs emailed emails told tells "
    "reminded reminds assured assures informed informs texted texts messaged messages".split()
)
_PASSIVE_AUXILIARIES = frozenset("was were been being is are be".split())
_BY_AGENT = re.compile(r"\s+by\s+([^,.;:\"\u201c\u201d]{2,60}?)\s*(?:[,.;:]|$)")
_ACCORDING_TO = re.compile(r"(?:according to|selon|laut|según)\s+", re.IGNORECASE)
_ACCORDING_TO_WORDS = ("according to", "selon", "laut")  # those of the pattern in ASCII
# A sentence ends at . ! or ? (not after an initial or a title: U.S. District Judge, Dr. Ames).
# The scan skips to the marks, as a pattern opening on the word before them cannot; the word is
# read back from each mark found.
_SENTENCE_END_MARK = re.compile(r"[.!?][\"\u201d\u2019\u00bb]?\s+(?=\S)")
_NOT_SENTENCE_ENDS = frozenset(
    """Mr Ms Dr St Jr Sr Mrs Gen Sen Rep Gov Prof Jan Feb Aug Sept Oct Nov Dec Inc Corp Sgt Lt
    Capt Col Cpl Det Insp Supt Maj Adm Cmdr Pvt Rev Hon Atty Gens Reps Sens Co""".split()
)
_LONGEST_NOT_SENTENCE_END = max(map(len, _NOT_SENTENCE_ENDS))
# Punctuation and marks between a quotation and its attribution.
_QUOTE_EDGE = " ,;:\u2014\u2013-\u00a0\u202f\"'\u201c\u201d\u201e\u2018\u2019\u00ab\u00bb"
# Auxiliaries of inverted attributions: "a déclaré X", "hat X gesagt".
_AUXILIARIES = frozenset({"a", "ont", "avait", "hat", "ha"})
_ASIDE_WORDS = frozenset({"via", "in", "on", "at", "during", "after", "before", "through", "per"})
# Words set off by commas between a subject and its verb: "Bridenstine, however, said".
_ASIDES = frozenset(
    "however,meanwhile,too,though,also,instead,still,moreover,nonetheless,nevertheless,"
    "therefore,again,in turn,for example,for instance,for his part,for her part,for its part,"
    "in a statement,in an interview,in response".split(",")
)
# A pronoun or possessive opening a colon introduction, and the pronoun it stands for.
_POSSESSIVE_TO_PRONOUN = {
    "he": "he",
    "his": "he",
    "she": "she",
    "her": "she",
    "they": "they",
    "their": "they",
}
_RELATIVE_WORDS = frozenset({"who", "which", "whose", "whom", "where", "when", "qui", "que"})
_MAX_GAP_WORDS = 14
_MAX_WORDS_THAT_TO_QUOTE = 30  # "told investors on Oct. 31 that the merger would ... \"to return"
_AS_PUT_IT = re.compile(
    r"\b[Aa]s\s+((?:[A-Z][\w\u2019'.\-]*\s+){0,2}[A-Z][\w\u2019'.\-]*)\s+put\s+it\b"
)
# A sentence opening with a capitalised name (two words or more) and then a lowercase verb.
# Role words before a name: lowercase, no preposition ("The lawyer for Tom Harrigan", "the
# mother of X": someone else, who speaks or is spoken of).
_ROLE_WORDS = (
    r"(?:(?!(?:for|of|by|to|from|with|at|in|on|about|against|behind|and|or)\b)[a-z]+\s+){1,2}"
)
# Words between a subject and its verb: an auxiliary (not "was": a passive's subject is not
# who speaks) or an adverb of time.
_BEFORE_THE_VERB = r"(?:(?:had|has|have|would|also|earlier|previously|later|then)\s+){0,2}"
# A verb in the past (or the present) after its subject, maybe after an auxiliary and an
# adverb: "savaged", "had earlier hailed", "has repeatedly called".
_SUBJECTS_VERB = r"\s+" + _BEFORE_THE_VERB + r"(?:[a-z]+ly\s+)?[a-z]+(?:ed|s)\b"
# The name may follow a party or a place and a lowercase role: "Labour leader Rachel Amesbury",
# "Quaye's agent Ola Brightwater"; not a phrase ("Working at Energy Control is").
_NAMED_SUBJECT_THEN_VERB = re.compile(
    r"(?:(?![A-Z][a-z]*ing\b)[A-Z][\w\u2019'.\-]*\s+" + _ROLE_WORDS + r"(?=[A-Z]))?"
    r"((?:[A-Z][\w\u2019'.\-]*\s+)+[A-Z][\w\u2019'.\-]*)" + _SUBJECTS_VERB
)
# Another clause, with a subject of its own, between a sentence's verb and its quotation:
# "closed the pier after engineers found ...", "credited five days, which Boudreau values at".
_ANOTHER_CLAUSE = re.compile(
    r"\b(?:after|because|when|while|since|before|until|although|though|if|which|whereas)\s+"
    r"(?:[A-Z][\w\u2019'-]+|(?!(?:has|was|does|goes|says)\b)[a-z]{3,}s)\s+[a-z]+\b"
)  # a name or a plural noun, then a verb; not "a case in which a paramedic ..."
# The same after a possessive or an article and a role noun or two ("Her coach Joseph Serrano
# remembers her as").
_ROLE_THEN_NAMED_SUBJECT_THEN_VERB = re.compile(
    r"(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he)\s+"
    + _ROLE_WORDS
    + r"((?:[A-Z][\w\u2019'.\-]*\s+)+[A-Z][\w\u2019'.\-]*)"
    + _SUBJECTS_VERB
)
# A name after a possessive or an article and a role noun or two ("Her coach Joseph Serrano").
_ROLE_WORDS_THEN_NAME = re.compile(
    r"(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he)\s+" + _ROLE_WORDS + r"([A-Z].*)"
)
# A verb after a subject set off by commas: a verb in -s or -ed, not a copula ("is", "was", "has").
_SET_OFF_VERB = re.compile(r"(?:[a-z]+ly\s+)?(?!(?:is|was|has|does)\b)[a-z]+(?:ed|s)\b")
# "the Republican", "the Kenyan": one person of a party or a people, the one the article
# introduced so ("Republican Peter Kowalczyk"); not "the Republicans", nor "the Swiss" (many).
_THE_ONE_OF_A_PEOPLE = re.compile(
    r"[Tt]he ((?!(?:"
    + "|".join(w for w in DEMONYMS if w.endswith("s"))
    + r")\b)(?:"
    + "|".join(sorted(DEMONYMS, key=len, reverse=True))
    + r"))"
)
# A passive verb of describing before a quotation, and who did it after it: 'has been described
# as "heartbreaking" by the Department of Conservation'.
_DESCRIBED_AS = re.compile(
    r"\b(?:been|was|were|is|are)\s+(described|called|labell?ed|branded|hailed|dismissed|"
    r"critici[sz]ed|condemned|praised|characteri[sz]ed)\s+as\s*$"
)
_BY_AGENT_AFTER = re.compile(
    r"[,\s]*by\s+((?:the\s+)?[A-Z][\w'\u2019.\-]*(?:\s+(?:[A-Z][\w'\u2019.\-]*|of|for|and|the))*)"
)
_ONE_WORD_SUBJECT_THEN_VERB = re.compile(
    r"([A-Z][\w\-]+)\s+" + _BEFORE_THE_VERB + r"(?:[a-z]+ly\s+)?[a-z]+ed\b"
)
_MAX_SUBJECT_WORDS = 9
_MAX_SIGNED_WORDS = 6  # "reports Wee", "writes Dana Ferro of the Ledger"
# A capitalised name standing right before a verb (maybe with an adverb between).
# Someone's noun of speech and "that" right before the quoted words: "Whitcombe's promise that",
# "the minister's earlier statement that it had": the owner said them.
SPEECH_NOUNS = (
    r"(statement|promise|pledge|claim|assurance|warning|insistence|vow|remark|comments?|"
    r"argument|admission|assertion|declaration|announcement|words)"
)  # nouns of what someone said, before "that" and their words
_OWNED_SPEECH_THAT = re.compile(
    r"((?:[A-Z][\w\-]*\s+){0,2}[A-Z][\w\-]*)['\u2019]s\s+(?:[a-z\-]+\s+)?"
    + SPEECH_NOUNS
    + r"\s+that(?:\s+[\w\u2019'\-]+){0,4}\s*$"
)
# Characters from a sentence's start within which the name heading it starts, titles and role
# words before it ("Justice Oluwakemi Fashola-Briggs ruled", "Chief executive Jo Bell said").
_TITLED_HEAD_REACH = 40
# Titles of judges that "the judge" stands for: "Justice Oluwakemi Fashola-Briggs".
_JUDGES_TITLES = frozenset("justice magistrate recorder sheriff".split())
_NAME_BEFORE_VERB = re.compile(
    r"((?:[A-Z][\w\u2019'.\-]*\s+){0,3}[A-Z][\w\u2019'.\-]*)(?:,\s+who)?\s+(?:[a-z]+ly\s+)?$"
)  # "... Jo Walton explained", "... led by Superintendent Farrukh Ali Jatoi, who said"
_NICKNAME_REACH = 40  # characters after a quotation where a quoted name may be its subject
_NICKNAME = re.compile(r"[\"\u201c]([A-Z][a-z]+,?)[\"\u201d](?=\s)")
# "Boudreau gave his players a pep talk, telling them to": a clause of saying after a comma
# speaks for the subject opening the sentence, whatever its main verb.
_PARTICIPLE_OF_SAYING = re.compile(
    r", (?:saying|telling|adding|noting|calling|describing|warning|alleging|concluding|arguing|"
    r"insisting|claiming)"
)
# "Italy has threatened to quit, with its minister, Lorenzo Abate, warning that": the one after
# "with" says it (an absolute clause, set off by a comma), not the sentence's subject; unlike
# "The mayor met with residents on Tuesday, telling them".
_WITH_SOMEONE_SAYING = re.compile(r"(?:^|,\s*)with\s+([^;:]{3,80}?),?\s+[a-z]+ing\s+\S*\s*$")
# A phrase of time or manner set off at a sentence's head: "On Wednesday,", "Later that day,".
_OPENING_ADVERBIAL = re.compile(
    r"(?:(?:On|In|At|By|After|Before|During|Since|Last|Earlier|Later|Late|Early)\b[^,]{0,30}"
    r"|Meanwhile|However|Separately|Afterwards|Yesterday|Today|Tonight)"
)
# "The least developed countries' negotiator": a role heading its sentence, a name set off after it
_THE_ROLE_HEAD = re.compile(
    r"(?:The|A|An)\s+(?:(?!(?:the|a|an|his|her|their|its)\s)[\w\-\u2019']+\s+){0,4}[\w\-]+"
)
# A body by its common noun as the subject right before the verb ("the company", "the council").
_THE_BODY_NOUN_SUBJECT = re.compile(
    r"the\s+(?:company|firm|group|council|ministry|government|department|agency|union|club|"
    r"board|bank|airline|university|hospital|school|police|committee|charity|trust|party)"
)
# A title that holds "of" before the name: "Auditor of State Gretchen Voss-Lindholm"; the word
# before "of" ends as titles do.
_TITLE_ENDINGS = ("or", "er", "ary", "ent", "ist", "ian")
_TITLED_OF = re.compile(r"\b([A-Z][a-z]+) of (?:the )?[A-Z][a-z]+ [A-Z][\w'\-]+ [A-Z]")
_ONE_WORD_SUBJECT = re.compile(r"([A-Z][\w\-]+)\s+(?!(?:and|or)\b)(?:[a-z]+ly\s+)?[a-z]{2,}\b")
# Words a subject never starts with: a subject cut at nine words that starts with one of them
# is the end of a longer phrase ("of the research published in the journal JAMA Psychiatry").
_PREPOSITIONS_CUT = frozenset("of in at for from with by on to about into".split())
# Prepositions of a phrase of time or place opening a sentence before its subject, no comma
# between them ("During his trial Stroud insisted:"), and the words of the name after it.
_OPENING_PREPOSITIONS = frozenset(
    "during after before at in on since following throughout outside inside".split()
)
_MAX_OPENING_NAME_WORDS = 4
# "a payout that New Media investor Leon Cooperman blasted as": the verb's subject follows the
# relative word.
_RELATIVES_BEFORE_SUBJECT = frozenset("that which whom".split())
# A piece set off between a subject and its verb: "who did not endorse either candidate", "an
# independent think-tank".
_SET_OFF_BEFORE_VERB = re.compile(r"(?:who|which|an?)\s+[a-z]")
# A body's name of its noun and what it is of: "Ministry of Fisheries", "Department for X".
_BODY_OF = re.compile(
    r"(?:[Tt]he\s+)?((?:[A-Z][\w\-]*\s+){0,3}"
    r"(?:Ministry|Department|Office|Council|Commission|Agency|Bureau|Board|Institute)\s+"
    r"(?:of|for)\s+(?:the\s+)?[A-Z][\w\-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w\-]*){0,4})"
)  # "The Pakistan Council for Water Research": its name without "The"
# A place or body owning the body named after it: "Iceland's" of "Iceland's Ministry of X".
_OWNER_BEFORE_A_BODY = re.compile(r"[A-Z][\w\-]*['\u2019]s\s+(?=[A-Z])")
# "the elder" or "the younger" right before a name: which of a parent and child is meant.
_GENERATION_BEFORE = re.compile(r"\b(elder|younger)\s+$")
# Someone who gave a name of their own, only part of it: "a caller who gave her name only as
# Ama", "a 70-year-old resident who gave his name only as Pak Din", "a woman who gave only her
# first name, Mariela".
_GAVE_A_NAME = re.compile(
    r"\bwho\s+(?:gave\s+(?:only\s+)?(?P<whose>his|her|their)\s+(?:first\s+)?name"
    r"|identified\s+(?P<self>him|her|them)sel(?:f|ves))(?:\s+only)?"
    r"(?:\s+as\s+|,\s+)([A-Z][\w'\u2019\-]*(?:\s+[A-Z][\w'\u2019\-]*)?)"
)  # "who identified himself only as Jamal"
# A relative named by a first name alone, heading a sentence: "O'Halloran's mother, Bernadette,".
_KIN_BY_FIRST_NAME = re.compile(
    r"\s*(?:[A-Z][\w\-]*(?:['\u2019][A-Z][\w\-]*)?(?:\s+[A-Z][\w\-]*)*['\u2019]s?|His|Her|Their)\s+"
    rf"({'|'.join((*KIN_NOUNS, 'grandmother', 'grandfather'))}),\s+"
    r"([A-Z][a-z]+(?:-[A-Z][a-z]+)?),"
)
# What someone sends or writes to be read: the nouns the patterns below share.
_MESSAGE_NOUNS = "message|text|email|e-mail|letter|post|note|tweet"
# Someone reading out what another wrote: the writer, named ("a message Quinlan sent to a
# colleague") or not ("a text message the defendant sent"), is whose words they are.
_MESSAGE_SENT_BY = re.compile(
    r"\b(?:read|reads|quoted|quotes|cited|cites|showed|shows)\s+(?:aloud\s+|out\s+)?"
    rf"(?:a|an|the|one|another)\s+(?:[a-z\-]+\s+){{0,2}}(?:{_MESSAGE_NOUNS})\s+(?:that\s+)?"
    r"(?:(?P<author>(?:[A-Z][\w.'\u2019\-]*\s+){0,3}[A-Z][\w'\u2019\-]*)"
    r"|(?:the|a|an|his|her|their)\s+[a-z\-]+)\s+(?:had\s+)?(?P<verb>sent|wrote|posted|texted)\b"
)
# A message as the subject that reads out its words, with its sender: "One WhatsApp message she
# sent to a worker in January 2023 read:", "A text Quinlan wrote that night said".
_MESSAGE_AS_SUBJECT = re.compile(
    rf"\s*(?:One|A|An|The|Another)\s+(?:[A-Z][\w\-]*\s+)?(?:[a-z\-]+\s+){{0,2}}"
    rf"(?:{_MESSAGE_NOUNS})\s+(?:that\s+)?"
    r"(?P<author>he|she|(?:[A-Z][\w.'\u2019\-]*"
    r"\s+){0,3}[A-Z][\w'\u2019\-]*)\s+(?:had\s+)?(?P<verb>sent|wrote|posted|texted)\b[^.!?]*?"
    r"\s(?:read|reads|said|says)\s*[:,]?\s*$"
)
# A letter from someone, then what they wrote in it: "He handed the judge a letter from
# Ashworth-Kane, in which she wrote:".
_WRITING_FROM_IN_WHICH = re.compile(
    rf"\b(?:statement|{_MESSAGE_NOUNS})\s+from\s+(?P<author>(?:[A-Z]"
    r"[\w.'\u2019\-]*\s+){0,3}[A-Z][\w'\u2019\-]*),\s+in\s+which\s+(?:she|he|they|it)\s+"
    r"(?P<verb>wrote|writes|said|says|added)\s*[:,]?\s*$"
)
# A name, maybe after role words, as the subject of "what" before the verb: "in what chief
# executive K.V. Harinath Rao described as", "what Ms Duguid called".
_WHAT_SUBJECT = re.compile(
    r"(?:^|[\s,])(?:in\s+)?what\s+((?:[a-z][\w\-]*\s+){0,3}[A-Z][\w.'\u2019\-]*"
    r"(?:\s+[A-Z][\w.'\u2019\-]*){0,3})\s*$"
)
# Pronouns that are the subject when they stand right before the verb.
_PRONOUN_LOOK = 6  # words before a verb looked at for its pronoun and the adverbs after it
_SUBJECT_PRONOUNS = frozenset("he she they it il elle ils elles er sie".split())
# "Wray Grimaldi of the University of Otago ... said": a name, then where the person is from.
_ONLY_A_NAME = re.compile(
    r"[A-Z][\w.\-]*(?:\s+(?:(?:de|van|von|bin|al|el|la|le|da|di|du)\s+)?[A-Z][\w.\-]*)*"
)
_NAME_THEN_OF = re.compile(
    r"[A-Z][\w\u2019'.\-]*(?:\s+[A-Z][\w\u2019'.\-]*)*\s+(?:of|from|at|with)\s"
)
# A piece of a sentence that names a person: the name, maybe role words before it and where the
# person is from after it ("Ruth Okafor", "study lead author Lucas Paganini", "Senator Ada
# Whitlow of Nebraska", "Lena Marsh of the Institute for Fiscal Studies").
_NAME_PIECE = re.compile(
    r"((?:(?!(?:of|from|at)\s)[A-Za-z][\w\-]*\.?\s+){0,4}"
    r"[A-Z][\w\u2019'.\-]*(?:\s+(?:(?:de|van|von|bin|al|el|la|le|da|di|du)\s+)?"
    r"[A-Z][\w\u2019'.\-]*)*)"
    r"(?:\s+(?:of|from|at)\s+\S.*)?",
    re.DOTALL,
)
# After "of": a lowercase role and a capitalised name ("... of Thrones star Emilia Clarke").
_NAMES_A_ROLE_AND_PERSON = re.compile(r"\s([a-z]+)\s+[A-Z][\w\u2019'.\-]*\s+[A-Z]")
_NAME_BETWEEN_COMMAS = re.compile(r"\s+([^,.;:]{3,60}),")
# "... ” — Colm Tierney": a quotation signed with a name after a dash.
_SIGNATURE = re.compile(
    r"[\s\"'\u201d\u2019\u00bb]*(?:[\u2014\u2013]|--|-(?=\s))\s*([A-Z][^\n,(]{1,60}?)\s*"
    r"(?:$|[,(]|https?:|pic\.)"
)
# A quotation's own paragraph signed on the line below it: "— Sarah M., Brighton", "Mark T.".
_SIGNATURE_BELOW = re.compile(
    r"\s*(?:(?:[\u2014\u2013]|--?)\s*)?([A-Z][\w'\u2019\-]*(?:\s+[A-Z][\w.'\u2019\-]*){1,3})"
    r"[ \t]*(?:,[^\n]{0,40})?[ \t]*(?:\n|$)"
)
_CLOSING_ACCORDING_TO = re.compile(r",\s+(?:according to|selon|laut|según)\s+", re.IGNORECASE)
_SAYING = frozenset("said says added adds told explained explains noted notes".split())
_SAYING_VERB = re.compile(_whole_words(sorted(_SAYING)))
_WORDS = re.compile(r"\w+")
_TERM_WORDS = 4
_CLAUSE_WORDS = 8
_CAPTION_WORDS = 20
_LEADING_CONJUNCTION = re.compile(r"^(?:and|but|so|yet|while|as|And|But|Yet)\s+")
_PARENTHETICAL = re.compile(r"\s*\([^()]{0,40}\)")
# "the statement said": a document standing for whoever issued it.
_DOCUMENTS = (
    r"(?:statement|report|letter|release|press release|filing|complaint|memo|affidavit|"
    r"advisory|bulletin)"
)
# Verbs by which a document goes on with words already quoted ("The memo continued:").
_GOES_ON = frozenset(("continued", "continues", "went on", "goes on", "added", "adds"))
_DOCUMENT = re.compile(rf"(?:the|its|their)\s+(?:\w+\s+)?{_DOCUMENTS}", re.IGNORECASE)
_SAID_IN = (
    r"(?:said|says|wrote|added|apologi[sz]ed|announced|confirmed|responded|replied|warned|"
    r"stated|explained|insisted|denied|acknowledged|admitted|promised|pledged|vowed|urged|"
    r"thanked|welcomed|critici[sz]ed|condemned|defended|congratulated)"
    rf"\s+(?:\w+\s+){{0,3}}?in\s+(?:a|an|its|their)\s+(?:[\w.\-]+\s+){{0,3}}?{_DOCUMENTS}"
)  # "said in its 3 p.m. advisory", "apologized to passengers in a statement"
_ISSUED = rf"(?:issued|released|published|put out)\s+(?:a|an)\s+(?:\w+\s+)?{_DOCUMENTS}"
# "The X Union, in a statement signed by its secretary, said": the subject set off before.
_SET_OFF_IN_DOCUMENT_SAID = re.compile(
    rf"([A-Z][^,;:\n\"\u201c\u201d]{{2,80}}?),\s+in\s+(?:a|an|its|their)\s+(?:[\w\-]+\s+){{0,2}}?"
    rf"{_DOCUMENTS}[^,;:\n]{{0,60}},\s+(?:said|says|stated|added)\b"
)
# "read out a statement from Haskell's mother, Loretta Haskell", "a statement on behalf of X":
# the one whose statement it is.
_STATEMENT_FROM = re.compile(
    rf"\b{_DOCUMENTS}\s+(?:from|on\s+behalf\s+of)\s+([^.;:\n\"\u201c\u201d]{{2,80}}?)"
    r"(?:,\s+who\b|\s+who\b|[.;:\n]|,\s+(?:and|but)\b)"
)
_SAID_IN_DOCUMENT = re.compile(rf"([^,;:\n\"\u201c\u201d]{{2,80}}?),?\s+{_SAID_IN}")
_ISSUED_DOCUMENT = re.compile(rf"([^,;:\n\"\u201c\u201d]{{2,80}}?)\s+{_ISSUED}")
# What every match of the two patterns above ends with: a cheap test that most windows fail
# (it skips to the verbs, where they try each character with 80 before it).
_SAID_OR_ISSUED_DOCUMENT = re.compile(f"{_SAID_IN}|{_ISSUED}")
# "In a news release, the Maritime Health Authority said": the one who said it in the document.
_IN_DOCUMENT_SAID = re.compile(
    rf"\b[Ii]n\s+(?:a|an|its|their|his|her)\s+(?:[\w\-]+\s+){{0,2}}?{_DOCUMENTS}"
    r"(?:\s+[\w\-]+){0,8},\s+"  # "In a statement after the vote, Fernleigh Retail said"
    r"([^;:\n\"\u201c\u201d]{2,100}?)\s+(?:said|says|wrote|writes|states|stated|added)\b"
)
_DOCUMENT_TAIL = 4  # words after "in a statement" set off mid-sentence before the name
_DOCUMENT_WORD = re.compile(rf"\b{_DOCUMENTS}\b")
# '"...," the statement read.': a document's words, read out or printed.
# A person reading out words after them: '"...," she read', '"...," Anne Reid read'; not a
# sign or a placard ("the sign read": lowercase, and no person).
_READ_OUT = re.compile(r"(he|she|(?:[A-Z][\w'\u2019\-]+\s+){1,2}[A-Z][\w'\u2019\-]+)\s+read\b")
_DOCUMENT_READS = re.compile(rf"((?:the|its|their|his|her)\s+(?:\w+\s+)?{_DOCUMENTS})\s+(reads?)\b")
# "a study by X concluded": X wrote it ("the CEPR" or "Anna Lee").
_WORK_BY = re.compile(
    r"^\s*(?:\w+\s+){0,4}?(?:study|report|survey|analysis|paper|poll|review|audit|note|memo|"
    r"assessment|briefing)\s+"
    r"(?:by|from)\s+(?:the\s+)?([A-Z][^,;:]*?)\s*$",
    re.IGNORECASE,
)
# "the group added": a body standing for the one the article named with that noun.
_THE_BODY_NOUN = re.compile(
    r"the\s+(group|company|firm|coalition|organi[sz]ation|union|agency|charity|campaign|"
    r"association|network|alliance|startup|party|utility)",
    re.IGNORECASE,
)
# Words of the names of news outlets, who report what a company says and never are "the company".
_NEWS_OUTLET_WORDS = frozenset(
    """Reuters AP AFP Bloomberg CNN BBC NPR Times News Post Journal Press Herald Telegraph
    Tribune Daily Weekly Gazette Guardian Sputnik Tass TASS Media""".split()
)
_BODY_NAME = r"[A-Z][\w\u2019'&\-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w\u2019'&\-]*){0,5}"
# A body's name joined by "of", "for" or "on", whole: "the Ministry of Foreign Affairs", "the
# Texas Commission on Environmental Quality" (group 2 is the word before "of", which must name
# a body: not "Nick of Arachnid Labs").
_BODY_WITH_OF = re.compile(
    r"(?:[Tt]he\s+)?((?:[A-Z][\w\u2019'&.\-]*\s+)*([A-Z][\w\u2019'&\-]*)\s+(?:of|for|on)\s+"
    r"(?:the\s+)?[A-Z][\w\u2019'&\-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w\u2019'&\-]*)*)"
)


# Two named subjects joined: "Ford and Fry", "Ms. Ortiz and Mr. Lee"; not a role and a name
# ("Actor and Omaha native X": one). Its capital first, the word boundary before it and the
# role nouns looked at after it.
_JOINT_SUBJECT = re.compile(
    r"[A-Z](?<!\w.)(?!(?i:" + _after_the_first_letter(sorted(ROLE_NOUNS)) + r")\s)"
    r"[\w\u2019'.\-]*\s+(?:and|&)\s+(?:Mr\.|Mrs\.|Ms\.|Dr\.)?\s*[A-Z]",
)
_THAT_SAID = re.compile(r"\b(?:that|this)\s+(?:being\s+)?said,|\bhaving said (?:that|this),", re.I)
_DESCRIBING = frozenset("described describes called calls characterized characterised".split())
_LATER_SAID = re.compile(r",\s+(said|says)\s+([A-Z][^,.;:]{2,60})")
# "a lawyer for John Smith": someone speaking for a person, who is not the speaker.
_SPOKESPERSON = re.compile(r"(?:a|an|one)\s+spokes(?:man|woman|person)\s+for\s", re.IGNORECASE)
_SPEAKING_FOR = re.compile(
    r"(?:the|a|an|one)\s+(?:[a-z\-]+\s+){0,2}?[a-z]+\s+(?:for|close\s+to|familiar\s+with)\s",
    re.IGNORECASE,
)  # "a lawyer for John Smith", "a source close to King Charles": not Smith, not the King
# "le ministère des Affaires étrangères", "the ministry of Foreign Affairs": a lowercase noun
# and "of" before the capitalised words, which name what the speaker is of, not the speaker.
_NOUN_OF_NAME = re.compile(
    r"(?:(?:the|le|la|les|l[\u2019'])\s*)?[a-z\u00e0-\u00ff]+\s+(?:of|de|des|du|d[\u2019'])\s*"
    r"(?:la\s+|l[\u2019']\s*)?[A-Z\u00c0-\u00de][\w\u2019'\-]*(?:\s+[a-z\u00e0-\u00ff][\w\-]*){0,3}\.?"
)
_UNNAMED_OF = re.compile(
    r"(?:the|a|an|one|two|three|several|some|many)\s+(?:[a-z\-]+\s+){0,2}?[a-z]+\s+of\s",
    re.IGNORECASE,
)
# A handle: one word with a capital or a digit inside ("ScreamMyName", "PlutoPete", "Fox99").
_HANDLE_SUBJECT = re.compile(r"([A-Z][a-z]+(?:[A-Z0-9][A-Za-z0-9]*)+)\s+[a-z]")
_CJK_CLAUSE_CHARACTERS = 24  # a Chinese quotation this long is a statement, not a term
_CJK_LOOK = 12  # characters next to a quotation that tell whether its attribution is Chinese
_MAX_APPOSITIVE_WORDS = 35
_MAX_WORDS_VERB_TO_QUOTE = 12
# Verbs whose reported clause may leave out its "that", and words that open no such clause.
_SAID_PLAINLY = frozenset("said says".split())
_NOT_A_CLAUSE_OPENING = frozenset(
    "in on at of for to from by with about after before during as".split()
)
_TELLING = frozenset("told tells assured warned reminded informed".split())
# A sentence of reported speech from its first words, whatever follows: 'He said he wasn't
# concerned ..., but he did worry there would be "political consequences"', 'Judge Ada Lee told
# the jury ...'. A name of two words or more: 'Neuroscience tells us that ...' is no person.
OPENS_ON_SAYING = re.compile(
    r"\s*(He|She|They|(?:[A-Z][\w\u2019'.\-]+\s+){1,3}[A-Z][\w\u2019'.\-]+)\s+"
    r"(?:also\s+|later\s+|then\s+|previously\s+)?(said|says|told|tells|added|argued|insisted|"
    r"warned|wrote|claimed|testified|explained|acknowledged|conceded|admitted)\b"
)
# A sentence that gives something a name: the words it quotes are the name, not speech.
NAMING = re.compile(
    r"\b(?:dubbed|nicknamed|so-called|termed|known as|branded|labell?ed|coined|titled)\b",
    re.IGNORECASE,
)
_DETERMINER_BEFORE = re.compile(r"\b(?:the|his|her|their|its|these|those)\s+$", re.IGNORECASE)
_WINDOW = 240
_LAST_WORDS_CHARS = 120  # the end of a text scanned first for its last sentence end
# A story's dialogue: at least this many paragraphs open with a quotation, and this share of
# that count of quotations end in "?" or "!" (news pages of the development set: at most 20
# and 0.15; the two stories: 97 and 125, 0.42 and 0.58).
_DIALOGUE_PARAGRAPHS = 30
_DIALOGUE_ASKING_SHARE = 0.3
_OPENS_PARAGRAPH_WITH_QUOTE = re.compile(r"^[\"\u201c\u2018\u00ab]", re.MULTILINE)
_ASKS_OR_EXCLAIMS = re.compile(r"[?!][\"\u201d\u2019\u00bb]")
_SENTENCE_WINDOW = 600  # characters back that the sentence before a quotation may start
# Where a sentence opens: after a sentence mark (and a closing quotation mark) or a line break.
_SENTENCE_OPENING = r"(?:[.!?][\"\u201d\u2019]?\s+|\n\s*)"
# People written with no name, by their gender: "the cyclist's father", "a woman", "his son";
# not "his father, Sam Price," nor "the father of Sam".
_UNNAMED_PEOPLE = {
    **dict.fromkeys(
        "man boy father son brother husband uncle grandfather nephew boyfriend".split(), MASCULINE
    ),
    **dict.fromkeys(
        "woman girl mother daughter sister wife aunt grandmother niece girlfriend".split(),
        FEMININE,
    ),
}
_UNNAMED_PERSON = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ne|[A-Za-z]+['\u2019]s)\s+"
    r"(?:[a-z\-]+\s+)?(" + "|".join(_UNNAMED_PEOPLE) + r")\b"
    r"(?!,?\s+(?:[A-Z][\w\u2019'\-]*\s+[A-Z]|of\b))"
)
# The same opening a sentence: "The man who lives nearby saw the crash.", "Mia's husband ..."
# A first name alone after the comma is no name the article resolves ("Her son, Daniel, drove
# ..."): such a subject still stops the pronoun reaching back past it.
_UNNAMED_SUBJECT = re.compile(
    _SENTENCE_OPENING + r"(?:The|A|An|His|Her|Their|One|[A-Z][a-z]+['\u2019]s)\s+"
    r"(?:[a-z\-]+\s+)?("
    + "|".join(_UNNAMED_PEOPLE)
    + r")\b(?!,?\s+(?:[A-Z][\w\u2019'\-]*\s+[A-Z]|of\b))"
)
# Someone of either gender opening a sentence with no name ("Another resident, who gave only
# his surname, said ...", "Brown's neighbour, an elderly man,", "One of them, a retired
# teacher,"): whom a "he said" or "she said" after it may mean as well.
_UNNAMED_ANYONE_SUBJECT = re.compile(
    _SENTENCE_OPENING
    + r"(?:The|A|An|Another|One|His|Her|Their|[A-Z][a-z]+['\u2019]s)\s+(?:[a-z\-]+\s+)?"
    r"(?:resident|witness|neighbou?r|passenger|worker|employee|student|customer|shopper|voter|"
    r"protester|villager|survivor|relative|friend|colleague|official|source|bystander|driver|"
    r"local|patient|parent|fan|member|soldier|refugee|teenager|farmer|owner|user)\b"
    r"(?!,?\s+(?:[A-Z]|of\b))"
    r"|" + _SENTENCE_OPENING + r"One\s+of\s+(?:them|those|the\s+[a-z\-]+)\b(?!,?\s+[A-Z])"
)
# Someone who asked not to be named opening a sentence ("The manager of the Ouyen IGA, who
# asked not to be named,", "A senior JDM official, who spoke on condition of anonymity"): whom
# a "he said" or "she said" after it means, not anyone named before.
_ANONYMOUS_SUBJECT = re.compile(
    _SENTENCE_OPENING + r"(?:The|A|An|Another|One|Two)\s+[^.!?\n\"\u201c\u2018]{0,80}?,\s+"
    r"(?:who|speaking)\b[^.!?\n]{0,80}?\b(?:named|identified|anonymity|anonymously)\b"
)
# A relative clause set off between a subject and its verb ("Granite Subsea Services Ltd, which
# employs around 1,400 people at its base in Altens, said"): no part of the subject.
_RELATIVE_CLAUSE_SET_OFF = re.compile(
    r",\s+(?:which|who)\s+(?!(?:her|his|the|a|an|their|its|our|my|your)\b)[a-z].*,\s*$"
)  # not "which her editor, Pauline Gaudet, calls", where the subject stands inside
# "the mum-of-two", "the gran-of-three", "the father-of-four": a parent by their children.
_THE_PARENT_OF = re.compile(r"[Tt]he\s+([a-z]+)-of-[a-z]+")
_KIN_GENDER = {
    **dict.fromkeys("mum mother mom gran granny grandmother nan nana".split(), FEMININE),
    **dict.fromkeys("dad father grandad granddad grandfather".split(), MASCULINE),
}
# "the younger brother", "the widow": kin written with no name after a quotation.
# "Her father", "his mother": a relative of the person a possessive stands for.
_NOT_RELATIVES = frozenset("man boy woman girl boyfriend girlfriend".split())
_OWNED_KIN = re.compile(
    r"(his|her)\s+(" + "|".join(sorted({*_UNNAMED_PEOPLE, *_KIN_GENDER} - _NOT_RELATIVES)) + ")",
    re.IGNORECASE,
)
_OWNER_PRONOUNS = {"his": "he", "her": "she"}
_THE_KIN = re.compile(
    r"[Tt]he\s+(?:(?:younger|elder|older|eldest|youngest|late)\s+)?("
    + "|".join(_UNNAMED_PEOPLE)
    + r")"
)
# Someone unnamed by their role heading a sentence: "A clerk at the store said", "An officer",
# "An emergency room nurse", "An Ashbury supporter who has held a season ticket".
# Up to four small words: any of them a role when a comma or a word that ends the noun follows
# them ("who", "said", "at" ...), else any of the first two ("One hundred per cent" is nobody).
_ENDS_A_NOUN = r"(?:who|that|which|whose|said|says|told|at|in|from|with|for|on|near)\b"
_UNNAMED_ROLE_SUBJECT = re.compile(
    _SENTENCE_OPENING + r"(?:A|An|Another|One)\s+(?:[A-Z][\w'\u2019\-]*\s+){0,3}"
    rf"((?!{_ENDS_A_NOUN})[a-z\-]+(?:\s+(?!{_ENDS_A_NOUN})[a-z\-]+){{0,3}})\b"
    rf"(?!,?\s+(?:[A-Z]|of\b))(?=(,|\s+{_ENDS_A_NOUN})?)"
)
# A sentence opening on the question put to its subject: "Asked about X, Ndlovu smiled."
_ASKED_OPENING = re.compile(r"(?:Asked|Pressed|Questioned|Quizzed|Challenged)\b")
# The question itself after the one who put it: "Asked by a reporter at the briefing, "...?","
_ASKED_BY = re.compile(
    _ASKED_OPENING.pattern + r" by ([^,.;:!?]+?)"
    r"(?: (?:at|in|on|during|after|before|about|over|whether|if) [^,.;:!?]*)?,\s*"
)
# Who answers after such an opening, by a pronoun or a role in view: "he laughed", "the chief
# executive laughed for the first time", "the mayor paused".
_ASKED_ONE_ANSWERS = re.compile(r"(he|she|[Tt]he(?:\s+[a-z][\w-]*){1,3}?)\s+[a-z]+ed\b")
_PARTY_NAME_REACH = 80  # characters before a party and state where the lawmaker's name stands
# A sentence (or its clause after an opening phrase) whose subject is "the <role>": "After the
# ceremony, the governor told reporters".
_ROLE_SUBJECT = re.compile(
    r"(?:[.!?][\"\u201d\u2019]?\s+|\n\s*|,\s+)[Tt]he\s+([a-z]+)\s+(?:told|said|says|added|"
    r"insisted|warned|explained|replied|responded|noted|argued|wrote)\b"
)
# A live blog's time stamp on a line of its own, which opens a new entry: "14:20", "2.30pm AEDT".
_TIME_STAMP_LINE = re.compile(rf"\s*{CLOCK_TIME}(?:\s+[A-Z]{{2,5}})?\s*", re.I)
# The sentence right before a quotation opening on a role as its subject, whatever it does:
# "The judge was unmoved.", "The minister paused."
_ROLE_OPENS_SENTENCE = re.compile(r"\s*The\s+([a-z]+)\s+(?:was|is|had|has|did|[a-z]+ed)\b")
# Someone unnamed, a role in small letters after the name of what they belong to: "One Premier
# League scout", "A Downing Street source".
_UNNAMED_WITH_A_NAME = re.compile(
    r"(?:[Oo]ne|[Aa]|[Aa]n|[Aa]nother)\s+(?:[A-Z][\w'\u2019.\-]*\s+){1,4}[a-z][a-z\-]+"
)
# A party, ward or age in brackets after a name: "Cllr Jean Hartley (Lib Dem, Kettlewick North)".
_BRACKETED_AFTER_NAME = re.compile(r"\s*\([^()]{1,60}\)")
_ROLE_STEM = 5  # letters of a role noun its related words share ("senat": senator, Senate)
# A sentence after a quotation that names whose words it was: "That was the message from X",
# "So said X", "That's what X told reporters".
_NAME_WORDS = r"(?:[A-Z][\w.'\u2019\-]*\s+){0,4}[A-Z][\w'\u2019\-]*"
# The verbs of "That's what X said", "That was how X described ...".
_TOLD_IT = (
    r"said|told|wrote|says|tells|writes|put\s+it|puts\s+it|closed|ended|opened|began|summed|"
    r"closes|ends|opens|begins|sums|described|describes|explained|explains|recalled|recalls|"
    r"remembered|remembers|answered|replied|responded|reacted|greeted|welcomed"
)
_NAMED_AFTER = re.compile(
    r"(?:(?:That|This|Those|These|Such)\s+(?:was|were|is|are)\s+(?:the\s+)?(?:[a-z\-]+\s+){0,2}?"
    r"(?:message|warning|verdict|words?|reaction|response|assessment|promise|plea|view|answer|"
    r"advice|conclusion|prediction|pledge|vow|question)\s+(?:(?:from|of)\s+"
    r"(?:[a-z][a-z\-]*\s+){0,4}|(?=(?:[A-Z][\w'\u2019\-]*\s+){1,3}(?:passed|sent|gave|left|"
    r"delivered|offered|had)\b))"
    r"|(?:That|This|Those|These|The|Such)\s+(?:words|comments|remarks|question|plea|warning|"
    r"promise|pledge|vow|prediction|message|interruption|reply|retort|response|heckle)\s+"
    r"(?:came|come)\s+from\s+(?:[a-z][a-z\-]*\s+){0,4}"
    r"|(?:That|This|The)\s+(?:question|plea|warning|remark|answer)\s*,\s+from\s+"
    r"(?:[a-z][a-z\-]*\s+){0,4}"
    rf"|So\s+(?P<verb>said|wrote)\s+)(?P<name>{_NAME_WORDS}\b)?"
    rf"|(?:That|This)\s+was\s+(?P<again>{_NAME_WORDS})\s+again\b"  # "That was Tapsell again"
    r"|(?:That|This)(?:'s|\u2019s|\s+is|\s+was)\s+(?:what|how)\s+(?:[a-z][a-z\-]*\s+){0,3}?"
    rf"(?P<subject>{_NAME_WORDS})"  # "life member Marjorie Ellis, 84, who joined ... in 1980,"
    r"(?:,\s+(?:the|a|an|his|her|their)\s+[^,.;:\n]{3,60},|,\s+\d{1,3},(?:\s+who\s+[^.;:\n]{3,90},)?)?"
    r"\s+"  # "Gwen Oduya, the manager at X,"
    rf"(?P<told>{_TOLD_IT})\b"
    r"|(?:That|This)(?:'s|\u2019s|\s+is|\s+was)\s+(?:what|how)\s+(?:(?:a|an|one|the)\s+)?"
    rf"(?:[A-Za-z\-]+\s+){{0,3}}?[a-z\-]+,\s+(?P<apposed>{_NAME_WORDS}),\s+(?P<apposed_told>{_TOLD_IT})\b"
    # "That was how one Willcox farmer, Gerald Tso, described his new bore"
    rf"|(?:That|This)\s+was\s+all\s+(?P<all_of>{_NAME_WORDS})(?:,[^,.;:\n]{{3,80}},)?\s+"
    r"(?:would|could|did|was\s+willing\s+to|wanted\s+to)\s+(?:offer|say|add|tell)\b"
    # "That was all Ibrahim Danladi, an 80-year-old radiator repairer, would offer"
    rf"|(?:That|This|Those|These)\s+(?:was|is|were|are)\s+(?P<whose>{_NAME_WORDS})['\u2019]s\s+"
    r"(?:closing\s+|final\s+|last\s+|parting\s+|opening\s+)?(?:reply|answer|response|verdict|"
    r"message|warning|plea|view|line|words?|remark|shot|refrain|mantra|advice|promise|plan|hope|"
    r"wish|motto|prayer|farewell|retort|forecast|prediction|recollection|account|memory|"
    r"explanation|version|description|summary)\b"
    # "That was Mrs Ogilvie's parting line", "Those were Ms Duguid's closing words"
    rf"|(?P<owner>{_NAME_WORDS})['\u2019]s\s+(?:closing\s+|final\s+|last\s+|parting\s+)?"
    r"(?:line|words|remark|question|answer|plea|warning|message|reply)\b"
)  # "That was how Marsh closed the meeting", "Dimaculangan's closing line drew laughter"
# The first words of a sentence, where a plural subject of people stands: "Health ministers".
_PLURAL_SUBJECT = re.compile(_SENTENCE_OPENING + r"((?:[A-Za-z\-]+\s+){0,2}[A-Za-z]+s)\b")
# Another person of the pronoun's gender as the object of the verb right after a subject's
# name: "Nelson asked him", "Gray later told her that".
_OBJECT_PRONOUN = {
    "he": re.compile(r"\s*(?:[a-z]+\s+){1,2}him\b"),
    "she": re.compile(
        r"\s*(?:[a-z]+\s+){1,2}her(?=[\s,.;:]+(?:about|to|that|if|whether|for|[,.;:]))"
    ),
}
_MEETING = (
    r"\s+(?:met|spoke\s+(?:to|with)|talked\s+(?:to|with)|caught\s+up\s+with|"
    r"interviewed|visited|reached|called)"
)  # "I met", "We spoke to"
_FROM_WITNESSES = r"\s+(?:evidence|testimony)\s+from(?:\s+[a-z][a-z\-]*){0,3}"
# Each alternative opening on its own letter, its word boundary looked back at after it: a
# search for a pattern that opens on \b, or on a group, tries every position of the article,
# one whose every alternative opens on a letter only those letters'.
_MET_BY_THE_WRITER = re.compile(
    rf"(?:I(?<!\wI){_MEETING}|We(?<!\wWe){_MEETING}"
    rf"|heard{_FROM_WITNESSES}|gave{_FROM_WITNESSES}|took{_FROM_WITNESSES}"
    r"|heard\s+from(?:\s+[a-z][a-z\-]*){0,3})"  # "The inquest heard evidence from staff nurse X"
    r"\s+((?:[A-Z][\w.'\u2019\-]*\s+){0,3}[A-Z][\w'\u2019\-]*)"
)
# A possessive and a kin or role noun before a name: "Her neighbour Muhammad Arsalan Siddiqui".
_KIN_OR_ROLE_THEN_NAME = re.compile(
    r"(?:[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Mm]y|[Tt]he)\s+(?:[a-z\-]+\s+){1,2}"
    r"((?:[A-Z][\w.'\u2019\-]*\s*){2,4})"
)  # "Her son Tom Price", "The critic Roland Achebe-Sutter"
# Participles opening a phrase set off between a subject and its verb.
_ASKED_OR_KNOWN = frozenset("asked pressed questioned known described quoted interviewed".split())
# A name ending a piece of a sentence: "He was supported by Nasreen Akhtar-Lowe".
_NAME_ENDING_A_PIECE = re.compile(r"((?:[A-Z][\w.'\u2019\-]*\s+){0,3}[A-Z][\w'\u2019\-]*)\s*$")
# A piece set off after a name that says what they are: "an adviser at the Advice Centre".
_AN_APPOSITIVE = re.compile(r"\s*(?:an?|the|his|her|their|its)\s+[a-z]")
# Where a sentence breaks into the pieces that may hold its subject: commas, colons, dashes.
# Labels a news page writes before a link or a clip, never a speaker's name.
_LABELS = frozenset("WATCH LISTEN VIDEO PHOTOS READ UPDATE BREAKING EXCLUSIVE LIVE".split())
# A piece that is a name and nothing else, a body's maybe: "The Guilford Center Library Friends".
_A_NAME_ALONE = re.compile(r"\s*[Tt]he\s+(?:[A-Z][\w'\u2019&.\-]*\s+){1,6}[A-Z][\w'\u2019\-]*\s*")
_PIECE_BREAK = re.compile(r"(?<!\d),|,(?!\d)|[;:(\u2014\u2013]")  # not "4,500"
_LEADING_CONJUNCTION = re.compile(r"^(?:and|but|so|as)\s+", re.IGNORECASE)
_NAME_END = re.compile(r"(?:[A-Z][\w.'\u2019\-]*\s+){0,3}[A-Z][\w'\u2019\-]*")
_OBJECT_REACH = 40  # characters after a subject's name where its verb's object stands
# A subject who did not speak: "Bennett declined to comment", "Smith did not respond to a request".
_DID_NOT_SPEAK = re.compile(
    r"\s+(?:(?:also|again|later|previously|has|have|had)\s+)?(?:declined|refused)\s+to\s+"
    r"(?:comment|speak|talk|be\s+interviewed)"
    r"|\s+(?:did\s+not|didn['\u2019]t|could\s+not|couldn['\u2019]t|has\s+not|hasn['\u2019]t)\s+"
    r"(?:(?:immediately|yet)\s+)?(?:respond|reply|return|be\s+reached|comment)\b"
)
# The next sentence, a person's name heading it, says they made the remark: "Mayor Jane Doe made
# the promise at a packed meeting", "Smith offered that assessment".
_MADE_THE_REMARK = re.compile(
    rf"(?P<subject>{_NAME_WORDS})\s+(?:made|offered|delivered|gave|issued)\s+"
    r"(?:the|that|this|those|these)\s+(?:promise|pledge|remarks?|comments?|statement|warning|"
    r"assessment|vow|plea|prediction)\b"
)
# Something done to the subject of a sentence: "was arrested", "has been charged".
_DONE_TO = re.compile(
    r"\b(?:was|were|is|are|been|being|got|gets)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|t)\b"
)
_SPOKE_OR_ASKED = re.compile(
    r"\b(?:asked|said|says|told|spoke|speaking|explained|added|insist(?:ed|s)|admit(?:ted|s)|"
    r"argu(?:ed|es)|conceded|claim(?:ed|s)|denied|denies|warn(?:ed|s)|revealed|recall(?:ed|s)|"
    r"joked|laughed|talk(?:ing|ed|s)|describ(?:ed|es)|acknowledg(?:ed|es)|stress(?:ed|es)|"
    r"replied|responded|complained)\b"
)
# A sentence opening with another person than the one quoted: "Another added,", "A source
# close to the King told".
_ANOTHER_SPEAKER = re.compile(
    r"(?:^|[.!?])\s*(?:Another|One\s+other|Others?|An?\s+(?!few\b|little\b)[a-z])"
)
# A sentence whose subject is something unnamed: "The union said", "A spokesman added".
_UNNAMED_THING_SUBJECT = re.compile(_SENTENCE_OPENING + r"(?:The|A|An)\s+[a-z]")
# A dateline opening a story: "NEW DELHI — ", "SYDNEY (AP) — ", "LONDON, Oct 3 (Reuters) - ".
_DATELINE = re.compile(
    r"^[A-Z][A-Z .'\-]+(?:,[^\u2014\u2013]{1,20})?(?:\([^)]{1,20}\))?\s*[\u2014\u2013-]+\s*"
)
_LEADING_THE = re.compile(r"^The\s+")
_THE_ROLE_NOUN = re.compile(r"the\s+([a-z]+)", re.IGNORECASE)  # "the midfielder", one word
# "the former Germany midfielder", "the Japanese player": a role noun after words saying more.
_THE_DESCRIBED_ROLE = re.compile(r"the\s+(?:[\w\-]+\s+){1,3}([a-z]+)", re.IGNORECASE)
# "the pool", "the sheriff's office": a noun, maybe after its owner's.
_THE_OWNERS_NOUN = re.compile(r"the\s+(?:([a-z]+['\u2019]s)\s+)?([a-z]+)", re.IGNORECASE)
_PRONOUN_REACH = 1500  # characters back that "he said" may look for its speaker


@dataclass(frozen=True, slots=True)
class Attribution:
    speaker: str | None
    role: str | None
    verb: str | None
    introduced: bool = False  # the attribution stands before the quotation in its sentence


_NONE = Attribution(None, None, None)


def _sentence_ends(text: str, start: int = 0):
    """The sentence ends in `text` (from `start` on, the start or a white space), as matches
    from the mark to where the next sentence starts."""
    for found in _SENTENCE_END_MARK.finditer(text, start):
        if not _after_initial_or_title(text, found.start()):
            yield found


def _after_initial_or_title(text: str, mark: int) -> bool:
    """Is the word right before the mark an initial or a title ("U.", "Dr.")? Words are read
    back as far as the longest title, plus one letter."""
    begin = mark
    while (
        begin > 0
        and mark - begin <= _LONGEST_NOT_SENTENCE_END
        and (text[begin - 1].isalnum() or text[begin - 1] == "_")  # what \w matches
    ):
        begin -= 1
    word = text[begin:mark]
    return (len(word) == 1 and word.isupper()) or word in _NOT_SENTENCE_ENDS


_NAME_RUN = re.compile(r"[A-Z][\w'\-]+(?:\s+[A-Z][\w'\-]+)*")


def is_attribution_gap(gap: str) -> bool:
    """Is this text between two quoted parts only their attribution (", Peskov said, ")?"""
    core = gap.strip(" ,.;:\u2014\u2013-\u00a0\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e")
    if not core or len(core.split()) > _MAX_GAP_WORDS or next(_sentence_ends(core), None):
        return False
    return _VERB.search(core) is not None


def two_speakers_gap(gap: str) -> bool:
    """Does the text between two quoted parts attribute them to two people (", Smith said,
    while Jones disagreed: ")? Two verbs of saying and two names (runs of capitalised words,
    days and times aside); or a new sentence with another person ("! Another added, ")."""
    if _ANOTHER_SPEAKER.search(gap):
        return True
    if len(_VERB.findall(gap)) < 2:
        return False
    runs = [run for run in _NAME_RUN.findall(gap) if run not in TIME_WORDS]
    return len(set(runs)) >= 2


def clause_after(text: str) -> str:
    """The words up to the first sentence end."""
    found = next(_sentence_ends(text), None)
    return text[: found.start() + 1] if found else text


def _generation(role: str | None) -> str | None:
    """ "elder" of "the elder (Mr) Kessler", "younger" of "the younger Iyer", else None."""
    words = (role or "").split()
    if "elder" in words or "older" in words or "eldest" in words:
        return "elder"
    if "younger" in words or "youngest" in words:
        return "younger"
    return None


@functools.lru_cache(maxsize=128)
def _clause_before(text: str) -> str:
    """The words since the last sentence end ("" when the text ends a sentence). Kept for the
    last texts: the rules cut the same sentence before a quotation for several questions."""
    last = _last_sentence_end(text.rstrip() + " x")
    return text[last.end() :] if last else text


def _last_sentence_end(text: str) -> re.Match | None:
    """The last of `_sentence_ends(text)`, looked for in the text's last words first. A scan
    from a space finds the same ends after it as a scan from the start, since no end starts in
    white space or inside a word; most clauses begin in those last words."""
    tail = text.rfind(" ", 0, max(len(text) - _LAST_WORDS_CHARS, 0))
    last = None
    if tail > 0:
        for found in _sentence_ends(text, tail):
            last = found
        if last is not None:
            return last
    for found in _sentence_ends(text):
        if tail > 0 and found.start() >= tail:
            break
        last = found
    return last


class SpeakerResolver:
    """Finds and resolves the speaker of each quotation of one article, in order."""

    def __init__(self, text: str, names: ArticleNames) -> None:
        self.text = text
        self.names = names
        self.last_speaker: tuple[int, str] | None = None
        self.previous: tuple[RawQuote, Attribution] | None = None
        self.before_previous: tuple[RawQuote, Attribution] | None = None
        self._clauses: dict[int, str] = {}  # the clause before each opening mark, once
        self._dialogue: bool | None = None  # worked out on first need
        self._called: dict[str, str] = {}  # the gender of the pronoun a speaker was named by
        self._subjects: dict[str, Subject] = {}  # each phrase split into name and role, once
        self._met: list[tuple[int, str]] | None = None  # whom the writer met, found on first need

    def attribute(self, quote: RawQuote) -> Attribution:
        found = self._find_subject(quote)
        if found is None:
            attributed = self._continued(quote)
            if attributed.speaker is None:
                attributed = self._previous_sentence(quote)
            if attributed.speaker is None:
                attributed = self._chinese_paragraph_speaker(quote)
        else:
            (phrase, verb), finder = found
            speaker, role = self._document_going_on(phrase, verb, quote) or self._resolve(
                phrase, quote.open_mark
            )
            if finder == self._between_parts and self._other_voice_at_end(quote, speaker):
                speaker, role = None, None
            pronoun = phrase.strip(" ,;:.!?").casefold()
            if speaker and pronoun in PRONOUN_GENDER:
                self._called[speaker] = PRONOUN_GENDER[pronoun]
            attributed = Attribution(speaker, role, verb, introduced=finder == self._before)
        if attributed.speaker and not self._may_speak(attributed.speaker):
            attributed = Attribution(None, None, attributed.verb, attributed.introduced)
        if attributed.speaker and is_person_name(attributed.speaker):
            self.last_speaker = (quote.close_mark, attributed.speaker)
        if attributed.speaker is not None or not self._is_term(quote):
            self.before_previous, self.previous = self.previous, (quote, attributed)
        if attributed.speaker and " " not in attributed.speaker:
            # "Dr. Feel" as written, for the reader; kept "Feel" above, one word and no person
            # for the pronouns that follow
            titled = self.names.titled(attributed.speaker)
            if titled != attributed.speaker:
                return Attribution(titled, attributed.role, attributed.verb, attributed.introduced)
        return attributed

    def _other_voice_at_end(self, quote: RawQuote, speaker: str | None) -> bool:
        """A quotation that runs on over paragraphs ('"A," he said. "B." and, opening the next
        paragraph, '"C," Alvarez said.') where another gap between its parts, or the attribution
        after it, names someone else: the parts are two people's words joined, and neither name
        is sure for the whole."""
        if speaker is None or self.text.find("\n", quote.open_mark, quote.close_mark) < 0:
            return False
        found = [self._after(quote)]
        for first, second in zip(quote.parts, quote.parts[1:], strict=False):
            gap = self.text[first.end : second.start]
            if "\n" not in gap:
                found.append(subject_after_quote(gap))
        for phrase, _ in filter(None, found):
            if phrase.strip().casefold() in PRONOUNS:
                continue  # "he said": the same voice, most likely
            other, _ = self._resolve(phrase, quote.close_mark)
            if other is not None and other != speaker:
                return True
        return False

    def _subject_of(self, phrase: str) -> Subject:
        """`split_subject` of the phrase with the article's words, once per phrase: an article
        names its speakers with the same few phrases ("he", "Peskov", "the minister")."""
        subject = self._subjects.get(phrase)
        if subject is None:
            subject = self._subjects[phrase] = split_subject(phrase, self.names.words)
        return subject

    def _may_speak(self, name: str) -> bool:
        """Can this name say something: not a place, a people or a common word ("Kentucky",
        "American", "Internet")."""
        if name in _LABELS:
            return False  # 'WATCH: "It's the heart of the village" – workers react'
        return cjk.has_han(name) or cjk.has_hangul(name) or not names_a_place_or_people(name)

    def _is_short(self, quote: RawQuote) -> bool:
        """Fewer words than a clause of speech has: maybe a term inside a sentence."""
        spaces = sum(self.text.count(" ", p.start, p.end) for p in quote.parts)
        return spaces + 1 < _CLAUSE_WORDS

    def _is_term(self, quote: RawQuote) -> bool:
        """A quoted word or two nobody is said to say ('This "model" was'): the voice of the
        quotations around it goes on past it."""
        if len(quote.parts) > 1:
            return False
        part = quote.parts[0]
        return len(_WORDS.findall(self.text, part.start, part.end)) < _TERM_WORDS

    def _continued(self, quote: RawQuote) -> Attribution:
        """An unattributed quotation right after an attributed one goes on in the same voice:
        in the same paragraph ('"A," said X. "B."'), or opening the next paragraph, past a
        caption or a subhead at most."""
        if self.previous is None or self.previous[1].speaker is None:
            return _NONE
        before, attributed = self.previous
        between = self.text[before.close_mark + 1 : quote.open_mark]
        same_paragraph = "\n" not in between and not _has_other_quote_marks(between)
        line_start = self.text.rfind("\n", 0, quote.open_mark) + 1
        opens_paragraph = not self.text[line_start : quote.open_mark].strip()
        paragraphs_between = [line for line in between.split("\n")[1:] if line.strip()]
        next_paragraph = (
            "\n" in between
            and opens_paragraph
            and len(paragraphs_between) <= 1
            and all(_is_caption(line) for line in paragraphs_between)
            and not any(_TIME_STAMP_LINE.fullmatch(line) for line in paragraphs_between)
        )  # not past "14:20", a live blog's next entry
        if next_paragraph and self._is_dialogue():
            return _NONE  # in a story's dialogue, a new paragraph is a new speaker's turn
        if next_paragraph and self._in_an_exchange(quote):
            speaker, role = self.before_previous[1].speaker, self.before_previous[1].role
            return Attribution(speaker, role, None)  # the asker's turn again, or the answerer's
        if same_paragraph and self._other_gender_before(quote, attributed.speaker):
            return _NONE  # '... she said. When asked, he'd respond, "..."'
        if same_paragraph or next_paragraph:
            return Attribution(attributed.speaker, attributed.role, None)
        return _NONE

    def _in_an_exchange(self, quote: RawQuote) -> bool:
        """Is this quotation, alone in its paragraph, the next turn of a question and answer
        between two people in the paragraphs right before ('"Did you write that?" Lee asked.'
        then '"I did," Quinlan said.' then '"Was it a joke?"': Lee's turn)?"""
        if self.before_previous is None or self.previous is None:
            return False
        (first, asked), (second, answered) = self.before_previous, self.previous
        if not asked.speaker or not answered.speaker or asked.speaker == answered.speaker:
            return False
        if not ends_its_paragraph(self.text, quote.close_mark + 1):
            return False  # "Was it a joke?" alone in its paragraph (which it opens)
        if not (
            self._opens_next_paragraph(first, second) and self._opens_next_paragraph(second, quote)
        ):
            return False
        return any(self.text[q.parts[-1].end - 1] == "?" for q in (first, second, quote))

    def _opens_next_paragraph(self, before: RawQuote, quote: RawQuote) -> bool:
        """Does `quote` open the paragraph right after the one `before` opens?"""
        line_start = self.text.rfind("\n", 0, before.open_mark) + 1
        between = self.text[before.close_mark + 1 : quote.open_mark]
        return (
            not self.text[line_start : before.open_mark].strip()
            and between.count("\n") in (1, 2)
            and not between.split("\n")[-1].strip()
            and not _has_other_quote_marks(between)
        )

    def _other_gender_before(self, quote: RawQuote, speaker: str) -> bool:
        """Does the sentence before the quotation have a subject pronoun of the other gender than
        the speaker's ("When his editors would ask, he'd respond, "..."" after Jo Walton)?"""
        words = _WORDS.findall(self._clause_before_quote(quote))
        gender = self._gender(speaker)
        return any(w.casefold() in ("he", "she") and contradicts(w, gender) for w in words)

    def _is_dialogue(self) -> bool:
        """Is the text a story's dialogue rather than news: many paragraphs that open with a
        quotation, and many quotations that ask or exclaim? News that quotes a person over
        several paragraphs has few of either."""
        if self._dialogue is None:
            opening = len(_OPENS_PARAGRAPH_WITH_QUOTE.findall(self.text))
            asking = len(_ASKS_OR_EXCLAIMS.findall(self.text))
            self._dialogue = (
                opening >= _DIALOGUE_PARAGRAPHS and asking >= _DIALOGUE_ASKING_SHARE * opening
            )
        return self._dialogue

    def _chinese_paragraph_speaker(self, quote: RawQuote) -> Attribution:
        """A long Chinese quotation with no attribution of its own speaks for the person its
        paragraph last names as saying something ("卢宇有着自己的看法，“…”")."""
        if not "\u4e00" <= self.text[quote.parts[0].start] <= "\u9fff":
            return _NONE
        if sum(p.end - p.start for p in quote.parts) < _CJK_CLAUSE_CHARACTERS:
            return _NONE  # a term ("一带一路") stays nobody's
        line_start = self.text.rfind("\n", 0, quote.open_mark) + 1
        if not cjk.has_han(self.text[line_start : quote.open_mark]):
            return _NONE
        speaker = cjk.last_named_speaker(self.text, quote.open_mark)
        return Attribution(cjk.fullest(self.text, speaker), None, None) if speaker else _NONE

    def _previous_sentence(self, quote: RawQuote) -> Attribution:
        """A quotation opening a sentence inside a paragraph, with no attribution of its own,
        speaks for the person the sentence before names: by an attribution ('The valve, Ortega
        said, had been replaced. "..."') or as its subject ('Jim Calder expects X. "..."')."""
        sentence = self._whole_sentence_before(quote)
        if sentence is None:
            return _NONE
        for verb in _SAYING_VERB.finditer(sentence):
            piece = _PIECE_BREAK.split(sentence[: verb.start()])[-1]
            named = person_piece(piece) or self._set_off_subject(sentence[: verb.end()])
            if named:
                speaker, role = self._resolve(named, quote.open_mark)
                return Attribution(speaker, role, verb.group()) if speaker else _NONE
        pieces = _PIECE_BREAK.split(sentence)
        asked = len(pieces) > 1 and bool(_ASKED_OPENING.match(pieces[0].strip()))
        if asked:
            pieces = pieces[1:]  # "Asked about Coetzer, Ndlovu smiled.": Ndlovu's
        if (
            len(pieces) > 2
            and _THE_ROLE_HEAD.fullmatch(pieces[0].strip())
            and person_piece(pieces[1])
        ):
            pieces = pieces[1:]  # "The federal Transport Minister, Lachlan Ferris, was scathing."
        subject = leading_subject(pieces[0])
        if subject is None and asked:
            found = _ASKED_ONE_ANSWERS.match(pieces[0].strip())
            subject = found.group(1) if found else None  # "Asked ..., the mayor paused."
        if subject is None:
            return _NONE
        speaker, role = self._resolve(subject, quote.open_mark)
        if speaker is None or not is_person_name(speaker) or "&" in speaker:
            return _NONE  # "Tamar & Exe paid £520m ...": a firm, in a sentence of the writer's
        return Attribution(speaker, role, None)

    def _whole_sentence_before(self, quote: RawQuote) -> str | None:
        """The sentence ending right before a quotation in its paragraph (past a clause of no
        verb that the quotation goes on: 'Howitt says. Just because ..., "that ..."'), or the
        "Asked ..." sentence ending the paragraph before; None when there is none."""
        line_start = self.text.rfind("\n", 0, quote.open_mark) + 1
        before = self.text[max(line_start, quote.open_mark - _SENTENCE_WINDOW) : quote.open_mark]
        before = before.rstrip()
        if not before.strip(_QUOTE_EDGE):
            before = self._asked_paragraph_before(line_start)  # "Asked ..., Kinnear grinned."
        if not before.endswith((".", "!", "?")):
            if self._is_short(quote):
                return None  # a whole clause, not a term
            head = _clause_before(before)
            if _VERB.search(head):
                return None
            before = before[: len(before) - len(head)].rstrip()
        if not before.endswith((".", "!", "?")) or _has_other_quote_marks(before[-2:]):
            return None
        return _clause_before(before[:-1]) + before[-1]

    def _asked_paragraph_before(self, line_start: int) -> str:
        """The paragraph before a quotation that opens its own, when it ends with a sentence of
        no quotation marks opening on being asked ("Asked whether he had ever doubted the side,
        Kinnear grinned."): the answer follows in the next paragraph. Else ""."""
        previous = self.text[max(line_start - _SENTENCE_WINDOW, 0) : line_start].rstrip()
        previous = previous[previous.rfind("\n") + 1 :]
        if not previous.endswith((".", "!", "?")) or _has_other_quote_marks(previous):
            return ""
        sentence = _clause_before(previous[:-1])
        return previous if _ASKED_OPENING.match(sentence.strip()) else ""

    def _set_off_subject(self, clause: str) -> str | None:
        """The person named as the subject of a verb of saying ending `clause`, with words set
        off between them ("X's chief executive, Ingrid Faulkner, said", "Dev Sandhu, who
        increased the precept, said"): a name, not a pronoun or a role."""
        found = subject_before_quote(clause + " ")
        if found is None or not found[0]:
            return None
        name = split_subject(found[0]).name
        return found[0] if name and is_person_name(name) else None

    def _handle_before(self, position: int) -> tuple[int, str] | None:
        """An online handle opening the sentence just before, in the same paragraph
        ("ScreamMyName told me that ... \u201c...\u201d he says"): (where, handle)."""
        line_start = self.text.rfind("\n", 0, position) + 1
        before = self.text[max(line_start, position - _SENTENCE_WINDOW) : position].rstrip()
        if not before.endswith((".", "!", "?")):
            return None
        sentence = _clause_before(before[:-1])
        handle = _HANDLE_SUBJECT.match(sentence)
        if handle is None:
            return None
        named = self.names.fullest(handle.group(1))  # "DeSantis", "McDonald": a surname
        return position - len(sentence), named.name if named else handle.group(1)

    def _find_subject(self, quote: RawQuote):
        """A quotation inside a sentence is attributed by that sentence first; one that opens
        its sentence by what follows it first."""
        opens_sentence = not self._clause_before_quote(quote).strip()
        finders = (self._after, self._before) if opens_sentence else (self._before, self._after)
        for finder in (
            self._asked_by,
            self._described_as_by,
            self._between_parts,
            *finders,
            self._named_in_sentence_after,
            self._signed_below,
            self._introduced,
            self._named_in_its_entry,
        ):
            found = finder(quote)
            if found is not None and finder == self._between_parts:
                return self._named_before_pronoun(quote, found), finder
            if found is not None:
                return found, finder
        return None

    def _described_as_by(self, quote: RawQuote) -> tuple[str, str | None] | None:
        """'The strandings have been described as "heartbreaking" by the Department of
        Conservation': a passive that names who said it after the quotation."""
        described = _DESCRIBED_AS.search(self._clause_before_quote(quote))
        if described is None:
            return None
        agent = _BY_AGENT_AFTER.match(self.text, quote.close_mark + 1)
        return (agent.group(1), described.group(1)) if agent else None

    def _asked_by(self, quote: RawQuote) -> tuple[str, str | None] | None:
        """'Asked by a reporter at the briefing, "Will you appeal?", Dyantyi replied: "..."':
        the question is the asker's words, not those of the one who answers after it."""
        if self.text[quote.parts[-1].end - 1] != "?":
            return None
        found = _ASKED_BY.fullmatch(self._clause_before_quote(quote).lstrip())
        return (found.group(1), "asked") if found else None

    def _named_before_pronoun(
        self, quote: RawQuote, between: tuple[str, str | None]
    ) -> tuple[str, str | None]:
        """'Perry chimed in: "A," he said. "B."': a pronoun between the parts stands for the
        name that introduces the quotation in its sentence."""
        if between[0].strip().casefold() not in PRONOUNS or self._clause_before_quote(quote) == "":
            return between
        before = self._before(quote)
        if before is None or before[0].strip().casefold() in PRONOUNS:
            return between
        if self._resolve(before[0], quote.open_mark)[0] is None:
            return between  # 'A: "The ferry stays," she said': no name before it
        return before[0], between[1]

    def _clause_before_quote(self, quote: RawQuote) -> str:
        mark = quote.open_mark
        if mark not in self._clauses:
            self._clauses[mark] = _clause_ending_at(self.text, mark)
        return self._clauses[mark]

    def _between_parts(self, quote: RawQuote) -> tuple[str, str | None] | None:
        """The attribution between two parts: '"A," she said, "B."'. Not after a part that ends
        the sentence of someone else's words ('The tweet reads, "A." Emery retweeted it,
        saying, "B."'): that attribution is the second part's only."""
        introduced = bool(self._clause_before_quote(quote).strip())
        for first, second in zip(quote.parts, quote.parts[1:], strict=False):
            gap = self.text[first.end : second.start]
            if introduced and self.text[first.end - 1] in ".!?":
                return None
            if "\n" not in gap:
                found = subject_after_quote(gap)
                if found and not _only_a_conjunction(found[0]):
                    return found
        return None

    def _after(self, quote: RawQuote) -> tuple[str, str | None] | None:
        end = self.text.find("\n", quote.close_mark)
        end = len(self.text) if end < 0 else end
        window = self.text[quote.close_mark + 1 : min(end, quote.close_mark + _WINDOW)]
        if self._new_sentence_after(quote, window) or _NAMED_AFTER.match(window.lstrip(". \t")):
            return None  # a sentence of its own, or one that names the speaker by its own rule
        return subject_after_quote(window)

    def _named_in_sentence_after(self, quote: RawQuote) -> tuple[str, str | None] | None:
        """A quotation that ends its sentence, then a sentence that names whose words they were,
        in the same paragraph or opening the next: '"...." That was the message from Gov.
        Gretchen Whitmer on Tuesday', '"...." So said Ann Lee.', '"...." That's what Smith told
        the court.', '"...." Mayor Jane Doe made the promise at a meeting'."""
        after = self.text[quote.close_mark + 1 : quote.close_mark + _WINDOW]
        ends = self.text[quote.parts[-1].end - 1] in ".!?" or after.startswith(".")
        if not ends and not (self.text[quote.parts[-1].end - 1] == "," and after[:1] == "\n"):
            return None  # ending its sentence; or its paragraph, with a comma ('‘..., we know,’')
        sentence = after.lstrip(". \t\n")
        if after[: len(after) - len(sentence)].count("\n") > 2:
            return None  # not the next paragraph's opening
        found = _NAMED_AFTER.match(sentence)
        if found is None:
            made = _MADE_THE_REMARK.match(sentence)  # "Mayor Jane Doe made the promise at ..."
            return (made.group("subject").strip(), None) if made else None
        # "Those were the words of a resident who ...": someone unnamed, nobody said before
        name = (
            found.group("name")
            or found.group("again")
            or found.group("subject")
            or found.group("apposed")
            or found.group("all_of")
            or found.group("owner")
            or found.group("whose")
            or ""
        )
        generation = (
            _GENERATION_BEFORE.search(sentence, 0, found.start("name"))
            if found.group("name")
            else None
        )
        if generation:
            name = f"the {generation.group(1)} {name}"  # "the message from the elder Kulkarni"
        return name, found.group("verb") or found.group("told") or found.group("apposed_told")

    def _signed_below(self, quote: RawQuote) -> tuple[str, str | None] | None:
        """A quotation that is its paragraph alone, signed by a name on the line below it, as
        testimonials and reader letters are: '"The best coffee in town."' then '— Sarah M.,
        Brighton' or 'Mark T.'; the name a person's by a known first name, or after a dash."""
        line_start = self.text.rfind("\n", 0, quote.open_mark) + 1
        line_end = self.text.find("\n", quote.close_mark)
        if line_end < 0 or self.text[line_start : quote.open_mark].strip():
            return None
        if self.text[quote.close_mark + 1 : line_end].strip(" .,"):
            return None  # the paragraph goes on after the quotation
        signed = _SIGNATURE_BELOW.match(self.text, line_end)
        if signed is None:
            return None
        name = signed.group(1)
        dashed = signed.group(0).lstrip()[:1] in "\u2014\u2013-"
        if not dashed and gender_from_first_name(name.split()[0]) is None:
            return None
        return (name, None) if person_piece(name) else None

    def _new_sentence_after(self, quote: RawQuote, window: str) -> bool:
        """'"Every time it's different." For instance, ...': a quotation ending in a full stop
        and followed by a word that opens sentences, not by its attribution."""
        last = self.text[quote.parts[-1].end - 1]
        if last != ".":
            return False
        after = window.lstrip(_QUOTE_EDGE)
        words = after.split(maxsplit=1)
        if words and words[0].strip(",") in NOT_NAME_WORDS:
            return True
        # "Up until recently, Caudevilla answered ...": a phrase set off before the subject
        opening = _OPENING_PHRASE.match(after)
        if opening is None or person_piece(opening.group(1)) is not None:
            return False
        # not "Tadashi Onoue said, speaking in Japanese.": the subject and verb set off
        return opening.group(1).split()[-1] not in _ONE_WORD_VERBS

    def _before(self, quote: RawQuote) -> tuple[str, str | None] | None:
        clause = self._clause_before_quote(quote)
        if cjk.has_hangul(clause[-_CJK_LOOK:]):
            after = self.text[quote.close_mark + 1 : quote.close_mark + _WINDOW]
            return cjk.korean_subject(clause, after)
        participle = self._participle_subject(clause)
        if participle:
            return participle
        found = subject_before_quote(clause)
        if found is None:
            one_word = _ONE_WORD_SUBJECT_THEN_VERB.match(clause.strip())
            if one_word and _ANOTHER_CLAUSE.search(clause.strip(), one_word.end()):
                one_word = None  # "Fundy has credited ..., which Boudreau values at"
            if one_word and self._names_someone(one_word.group(1)):
                return one_word.group(1), None
        return found

    def _participle_subject(self, clause: str) -> tuple[str, str | None] | None:
        """ "Boudreau gave his players a pep talk, telling them to": a clause of saying after a
        comma, with no other verb of saying, speaks for the person opening the sentence, when
        the article names that person in full."""
        if ", " not in clause or not _PARTICIPLE_OF_SAYING.search(clause):
            return None
        verbs = list(_VERB.finditer(clause))
        if len(verbs) != 1 or not _PARTICIPLE_OF_SAYING.fullmatch(
            clause, verbs[0].start() - 2, verbs[0].end()
        ):
            return None
        pieces = _PIECE_BREAK.split(_DATELINE.sub("", clause.strip()))
        while len(pieces) > 2 and _OPENING_ADVERBIAL.fullmatch(pieces[0].strip()):
            pieces = pieces[1:]  # "On Wednesday, chief executive Marcus Delacroix-Hunt ..."
        absolute = _WITH_SOMEONE_SAYING.search(clause)
        if absolute:  # "..., with its foreign minister, Lorenzo Abate, warning that"
            named = (person_piece(piece) for piece in absolute.group(1).split(","))
            return next((name for name in named if name), ""), verbs[0].group()
        head = pieces[0]
        if len(pieces) > 2 and _THE_ROLE_HEAD.fullmatch(head.strip()) and person_piece(pieces[1]):
            return person_piece(pieces[1]), verbs[0].group()  # "The negotiator, Amara Nwosu,"
        one_word = _ONE_WORD_SUBJECT.match(head)
        subject = person_piece(head) or (one_word.group(1) if one_word else None)
        if subject is None and not _JOINT_SUBJECT.search(head):
            subject = leading_subject(head)  # "Councillor Jane Pike spoke after the vote"
        if subject and self._names_someone(subject.split()[-1]):
            return subject, verbs[0].group()
        return "", verbs[0].group()  # "Critics attacked the plan, saying": nobody named

    def _names_someone(self, word: str) -> bool:
        """With no verb of saying, a one-word subject must be a person the article names in
        full ("Benioff introduced Cook as ..." but not "Lisbon welcomed them as") or after a
        title ("President Biden")."""
        if word in NOT_NAME_WORDS:
            return False
        fullest = self.names.fullest(word)
        if fullest is not None and is_person_name(fullest.name):
            return True
        return self.names.known_as_a_person(word)  # "President Biden ..., telling reporters"

    def _named_in_its_entry(self, quote: RawQuote) -> tuple[str, str | None] | None:
        """A live blog's entry opening on a quotation alone in its paragraph, right under the
        entry's time stamp, whose next paragraph opens on a person named with words set off
        after ("14:20" / '"…"' / "Farzana Bibi, a mother of three in Orangi Town, was
        standing ..."): that person's, the entry's subject."""
        line_start = self.text.rfind("\n", 0, quote.open_mark) + 1
        if self.text[line_start : quote.open_mark].strip():
            return None
        line_before = self.text[:line_start].rstrip().rsplit("\n", 1)[-1]
        if not _TIME_STAMP_LINE.fullmatch(line_before):
            return None
        if not ends_its_paragraph(self.text, quote.close_mark + 1):
            return None
        after = self.text[quote.close_mark + 1 :].lstrip(" .\t\n")
        first_piece = after.split("\n", 1)[0].split(",", 1)
        if len(first_piece) < 2:
            return None
        named = person_piece(first_piece[0])
        return (named, None) if named and " " in named else None

    def _introduced(self, quote: RawQuote) -> tuple[str, str | None] | None:
        """A quotation standing alone as a paragraph, introduced by the paragraph before it."""
        line_start = self.text.rfind("\n", 0, quote.open_mark) + 1
        if self.text[line_start : quote.open_mark].strip():
            return None
        previous = self.text[:line_start].rstrip()
        if not previous.endswith(":"):
            return None
        window = previous[-_WINDOW:].rsplit("\n", 1)[-1]
        return subject_before_quote(_clause_before(window))

    def _resolve_cjk(self, phrase: str, position: int) -> str | None:
        """A Chinese or Korean subject as written, or the person its pronoun stands for."""
        if cjk.has_han(phrase):
            if cjk.is_pronoun(phrase):
                phrase = cjk.last_named_speaker(self.text, position) or ""
            return cjk.fullest(self.text, phrase) if phrase else None
        if cjk.is_korean_pronoun(phrase):
            return cjk.last_korean_topic(self.text, position)
        return phrase

    def _resolve(self, phrase: str, position: int) -> tuple[str | None, str | None]:
        """The speaker and role a subject phrase names, the phrase being only a lawmaker's
        party and state ("D-Fresno") read as the name set off before it."""
        if PARTY_AND_PLACE.fullmatch(phrase.strip(" ,")):
            phrase = self._named_before_party(phrase.strip(" ,"), position) or ""
            if not phrase:
                return None, None
        return self._resolve_phrase(phrase, position)

    def _resolve_phrase(self, phrase: str, position: int) -> tuple[str | None, str | None]:
        if cjk.has_han(phrase) or cjk.has_hangul(phrase):
            return self._resolve_cjk(phrase, position), None
        if _DOCUMENT.fullmatch(phrase.strip()):
            return self._author_of_document(position), None
        author = _author_of_work(phrase)
        if author and person_piece(author):
            author = person_piece(author)  # "a study by Jane Doe of the University of X"
        elif author and names_a_body(author):
            return author, None  # "a study by the Centre for Economic Policy Research"
        phrase = author or phrase
        body_or_no_one = _body_or_no_one(phrase)
        if body_or_no_one is not None:
            return body_or_no_one
        phrase = _person_or_titled(phrase)
        if _THE_ONE_OF_A_PEOPLE.fullmatch(phrase.strip()):
            named = self.names.person_by_role(phrase, position)  # "the Republican said"
            return (named, self.names.role_of(named)) if named else (None, None)
        subject = self._subject_of(phrase)
        if subject.is_pronoun:
            pronoun = phrase.strip(" ,;:.!?").casefold()
            name = self._resolve_pronoun(position, pronoun=pronoun)
            name = self.names.real_name(name) if name else None  # "Snow Kettlewell ... he said"
            return name, self.names.role_of(name) if name else None
        if (
            subject.name
            and _SPEAKING_FOR.match(phrase.strip())
            and (not _names_a_body(subject) or _SPOKESPERSON.match(phrase.strip()))
        ):
            return None, None  # "a lawyer for John Smith said", "a spokesman for Acme": unnamed
        if subject.name is None:
            return self._unnamed_subject(phrase, position)
        return self._resolve_name(subject, position)

    def _unnamed_subject(self, phrase: str, position: int) -> tuple[str | None, str | None]:
        """Who a subject naming no one stands for: the body "the group" names, someone in view
        by their role, age or kin, or else the body last in view."""
        if _THE_BODY_NOUN.fullmatch(phrase.strip()):
            body = self._body_named_by_noun(phrase, position)
            if body is not None:
                return body, None  # "the group said", after "The X Coalition, a group, ..."
        named = (
            self.names.person_by_role(phrase, position)
            or self._aged_in_view(phrase, position)
            or self._parent_of_in_view(phrase, position)
            or self._kin_in_view(phrase, position)
            or self._kin_of_one_in_view(phrase, position)
            or self._role_in_view(phrase, position)
        )
        if named is None:
            return self._body_named_by_noun(phrase, position), None
        return named, self.names.role_of(named)

    def _named_before_party(self, tag: str, position: int) -> str | None:
        """The lawmaker whose party and state ("D-Fresno") stand set off after their name
        ("state Sen. Rudy Castellanos, D-Fresno, called"), when that piece names only them."""
        at = self.text.rfind(tag, 0, position)
        before = self.text[max(at - _PARTY_NAME_REACH, 0) : at].rstrip(" ,")
        return person_piece(before.rsplit(",", 1)[-1]) if at >= 0 else None

    def _aged_in_view(self, phrase: str, position: int) -> str | None:
        """ "the 33-year-old said", of an age the article gives nobody: the person in view, as
        a pronoun would be (of the gender of "the 33-year-old woman"); nobody when the article
        wrote of someone unnamed of that age ("a 33-year-old man was arrested")."""
        aged = age_in_phrase(phrase)
        if aged is None:
            return None
        age, noun = aged
        given = rf"\b(?:an?|another)\s+{age}-year-old|,\s*{age}\s*,|\baged\s+{age}\b"
        if re.search(given, self.text[:position], re.IGNORECASE):
            return None  # an age the article gives: person_by_role found no one person of it
        return self._resolve_pronoun(position, pronoun=_pronoun_of(_UNNAMED_PEOPLE.get(noun)))

    def _parent_of_in_view(self, phrase: str, position: int) -> str | None:
        """ "vowed the gran-of-three", "said the father-of-two": the person in view of that
        gender, as "she" or "he" would be."""
        found = _THE_PARENT_OF.fullmatch(phrase.strip().rstrip(".,;:!?"))
        if found is None:
            return None
        pronoun = _pronoun_of(_KIN_GENDER.get(found.group(1).casefold()))
        return self._resolve_pronoun(position, pronoun=pronoun) if pronoun else None

    def _kin_in_view(self, phrase: str, position: int) -> str | None:
        """ "'…,' the younger brother said" right after "Wiremu Te Rangi is more
        philosophical.": the person heading the sentence just before, if of the kin word's
        gender; nobody otherwise (someone's brother, unnamed)."""
        found = _THE_KIN.fullmatch(phrase.strip().rstrip(".,;:!?"))
        if found is None:
            return None
        pronoun = _pronoun_of(_UNNAMED_PEOPLE[found.group(1).casefold()])
        at = self.text.rfind(phrase.strip(), max(position - _SENTENCE_WINDOW, 0), position)
        opening = self._sentence_start(at if at >= 0 else position)
        before = self._sentence_before(opening) if opening else None
        if before is None:
            return None
        subject = self.names.last_subject_before(opening, before[0], pronoun=pronoun)
        return subject[1] or None if subject else None

    def _kin_of_one_in_view(self, phrase: str, position: int) -> str | None:
        """ "Her father added:" after Lorraine Ackroyd-Bell spoke: the person "her" stands for,
        then the one other person of her surname the article names (`ArticleNames.kin_of`)."""
        found = _OWNED_KIN.fullmatch(phrase.strip().rstrip(".,;:!?"))
        if found is None:
            return None
        owner = self._resolve_pronoun(position, pronoun=_OWNER_PRONOUNS[found.group(1).casefold()])
        if owner is None:
            return None
        kin = found.group(2).casefold()
        return self.names.kin_of(owner, _UNNAMED_PEOPLE.get(kin) or _KIN_GENDER.get(kin))

    def _role_in_view(self, phrase: str, position: int) -> str | None:
        """ "the midfielder told Sky Sports", of a role the article gives nobody, right after a
        sentence whose subject speaks or is asked ("Declan Rice, who set up the goal, was asked
        about it"): that person, if they have no role or that one; nobody when the article
        wrote of an unnamed one ("a midfielder was hurt"), and never someone the sentence is
        only about ("Police arrested John Smith. "...," the officer said")."""
        bare = phrase.strip().rstrip(".,;:")  # "said the logistics executive."
        found = _THE_ROLE_NOUN.fullmatch(bare) or _THE_DESCRIBED_ROLE.fullmatch(bare)
        noun = found.group(1).casefold() if found else ""
        if noun not in ROLE_NOUNS:
            return None
        at = self.text.rfind(phrase.strip(), max(position - _SENTENCE_WINDOW, 0), position)
        position = self._sentence_start(at) if at >= 0 else position  # "..., the midfielder said"
        unnamed = rf"\b(?:an?|the|another)\s+(?:[a-z\-]+\s+)?{noun}\b"
        if re.search(unnamed, self.text[:position], re.IGNORECASE):
            return None
        name = self._speaker_heading_sentence_before(position)
        role = self.names.role_of(name) if name else None
        if role is not None and _no_job(role):
            role = None  # "Her son, Mr Tan Jun Hao, ... said ... the logistics executive"
        return name if name and (role is None or _role_fits(noun, role)) else None

    def _speaker_heading_sentence_before(self, position: int) -> str | None:
        """The person heading the sentence just before `position` in its paragraph, when that
        sentence has them speak or be asked ("Declan Rice ... was asked about the race.")."""
        found = self._sentence_before(position)
        if found is None:
            return None
        if _SPOKE_OR_ASKED.search(found[1]):
            subject = self.names.last_subject_before(position, found[0])
            return (subject[1] or None) if subject else None
        if _DONE_TO.search(found[1]):
            return None  # "John Smith was arrested on Monday.": not the officer
        head_end = min(found[0] + _TITLED_HEAD_REACH, position)  # "Justice Oluwakemi ..."
        subject = self.names.last_subject_before(head_end, found[0])  # the one heading it
        return (subject[1] or None) if subject else None  # "Miyazaki broke serve three times."

    def _sentence_start(self, position: int) -> int:
        """Where the sentence holding `position` starts in its paragraph (after the last full
        stop, question or exclamation mark before it)."""
        line_start = self.text.rfind("\n", 0, position) + 1
        ends = [self.text.rfind(mark, line_start, position) for mark in (". ", "! ", "? ")]
        return max(max(ends) + 2, line_start) if max(ends) >= 0 else line_start

    def _sentence_before(self, position: int) -> tuple[int, str] | None:
        """The sentence ending just before `position` in its paragraph, without its final
        mark: (where it starts, its words); None when `position` does not follow a sentence end."""
        line_start = self.text.rfind("\n", 0, position) + 1
        window_start = max(line_start, position - _SENTENCE_WINDOW)
        before = self.text[window_start:position].rstrip()
        if not before.endswith((".", "!", "?")):
            return None
        sentence = _clause_before(before[:-1])
        return window_start + len(before) - len(sentence) - 1, sentence

    def _resolve_name(self, subject: Subject, position: int) -> tuple[str | None, str | None]:
        """A name as the article gives it in full, with its role."""
        wanted = _honorific_gender(subject)
        title = subject.role.split()[-1] if subject.role else None
        first = self.names.first_of_several(
            subject.name, position, wanted, title, generation=_generation(subject.role)
        )
        if first is not None:
            return first, self.names.role_of(first)  # "Parata said" of Hori and Rewi Parata
        fullest = self.names.fullest(subject.name)
        name = fullest.name if fullest is not None else subject.name
        if _of_another_gender(wanted, name):
            return subject.name, None  # "Mr Hollings said", of Margaret Hollings's husband
        if (
            " " not in subject.name
            and not (
                subject.role
                and is_honorific(subject.role)
                and subject.name not in CHINESE_SURNAMES  # "Ms Lim": Lim Wei Ling's too
            )  # "Mr Mistry": a surname, though "Mistry Fresh" opens with it
            and self.names.names_two_people(subject.name, name)
        ):
            return None, None  # "Jordan said" of Michael Jordan and Jordan Price
        if name in GENERIC_BODY_WORDS:
            name = self.names.body_of(name)  # "The Department said": of Energy, or nobody
            return name, None
        real = self.names.real_name(name)
        if real != name:
            return real, self.names.role_of(real)  # "Lindsey wrote", of "C.K. Walker aka Lindsey"
        if subject.role and not is_honorific(subject.role):
            return name, subject.role
        return name, self.names.role_of(name)  # "Ms Quinn said": "her barrister", not "Ms"

    def _body_named_by_noun(self, phrase: str, position: int) -> str | None:
        """ "the group added", where the article wrote "The group, WeWorkers Coalition," or "a
        group called WeWorkers Coalition" before: the body it named so last; else the body that
        last opened a sentence near before, as for "it" ("Acme Corp. said on Monday ... "...,"
        the company said"); None when there is none."""
        found = _THE_BODY_NOUN.fullmatch(phrase.strip())
        if found is None:
            return self._name_ending_in_noun(phrase, position)
        noun = re.escape(found.group(1).casefold())
        named = re.compile(
            rf"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[a-z]+\s+)?{noun},\s+({_BODY_NAME}),"
            rf"|\b{noun} (?:called|named|known as) ({_BODY_NAME})"
            rf"|(?:[Tt]he\s+)?({_BODY_NAME}),\s+an?\s+(?:[\w\-]+\s+){{0,3}}{noun}\b"
        )  # "The group, X,", "a group called X", "The X Coalition, a civil society group,"
        found_all = list(named.finditer(self.text, 0, position))
        if found_all:
            last = found_all[-1]
            return last.group(1) or last.group(2) or last.group(3)
        ending_in_it = self._name_ending_in_noun(phrase, position)
        if ending_in_it is not None:
            return ending_in_it  # "The Dunmore and Eastfield Residents' Association said ..."
        reach = max(position - _PRONOUN_REACH, 0)
        body = self.names.last_subject_before(position, reach, bodies_too=True, named_bodies=True)
        if body is None or any(word in _NEWS_OUTLET_WORDS for word in body[1].split()):
            return None  # "Reuters reported ... "...," the company said": not Reuters
        return body[1] or None

    def _name_ending_in_noun(self, phrase: str, position: int) -> str | None:
        """ "the pool said", after "Mallow Swimming Pool has announced ...": the last name
        before, near enough, whose last word is that noun; not for a role ("the minister" is
        no "Prime Minister") nor a person's noun ("the man")."""
        found = _THE_OWNERS_NOUN.fullmatch(phrase.strip())
        noun = found.group(2).casefold() if found else ""
        if not noun or noun in ROLE_NOUNS or noun in _UNNAMED_PEOPLE or noun.endswith("s"):
            return None
        owner = found.group(1)  # "the sheriff's office": "... Sheriff's Office"
        ending = rf"{owner[:-2].capitalize()}['\u2019]s\s+" if owner else ""
        ending += noun.capitalize()
        word = r"(?:St\.|[A-Z][\w'\u2019\-]*|&)"  # "Keystone & Western Railroad", "St. Luke's"
        named = (
            rf"((?:{word}\s+(?:and\s+)?){{0,6}}{ending}"
            rf"(?:\s+(?:of|for|on)\s+(?:the\s+)?{word}(?:\s+{word})*)?)\b"
        )  # "Mallow Swimming Pool", "The Department of Justice"
        reach = max(position - _PRONOUN_REACH, 0)
        names = [
            _LEADING_THE.sub("", name) for name in re.findall(named, self.text[reach:position])
        ]
        if not names or " " not in names[-1]:
            return None  # "The Department" alone names no one body
        first = names[-1].split()[0]
        if noun not in BODY_NOUNS_BEFORE_A_NAME and (
            first in TITLE_WORDS or gender_from_first_name(first)
        ):
            return None  # "Prime Minister", "John Pool": people; not "Montana ... Cooperative"
        return names[-1]

    def _author_of_document(self, position: int) -> str | None:
        """Who issued "the statement" or "the report": the last one said to have said something
        in one, or to have issued one, before `position`."""
        window = self.text[max(position - _PRONOUN_REACH, 0) : position]
        issued = [
            *filter(_opens_its_sentence_or_is_short, _IN_DOCUMENT_SAID.finditer(window)),
            *_SET_OFF_IN_DOCUMENT_SAID.finditer(window),
            *_STATEMENT_FROM.finditer(window),
        ]
        if _SAID_OR_ISSUED_DOCUMENT.search(window) is not None:
            issued += [*_SAID_IN_DOCUMENT.finditer(window), *_ISSUED_DOCUMENT.finditer(window)]
        if not issued:
            return None
        found = max(issued, key=lambda found: found.start(1))
        author = found.group(1)
        if found.re is _IN_DOCUMENT_SAID:  # "the association's chairperson, Nomvula ..."
            author = (subject_before_quote(f"{author} said ") or ("",))[0]
        if found.re is _STATEMENT_FROM:  # "from Haskell's mother, Loretta Haskell"
            author = author.rsplit(",", 1)[-1].strip()
        if _SET_OFF_BEFORE_VERB.match(author.strip()):  # "X, who did not endorse ..., said"
            author = window[: found.start(1)].rstrip(" ,").rsplit(",", 1)[-1]
        author = _clause_before(author).strip()
        owner = _OWNER_BEFORE_A_BODY.match(author)
        if owner and names_a_body(author[owner.end() :]):
            author = author[owner.end() :]  # "Iceland's Ministry of Fisheries"
        body_of = _BODY_OF.fullmatch(author)
        if body_of:
            return body_of.group(1)  # "Ministry of Fisheries": a body's whole name, no role in it
        subject = self._subject_of(author)
        if subject.name is None:  # "The railroad said in a statement": the body named before
            return self._body_named_by_noun(_clause_before(author).strip(), position)
        fullest = self.names.fullest(subject.name)
        return fullest.name if fullest is not None else subject.name

    def _document_going_on(
        self, phrase: str, verb: str | None, quote: RawQuote
    ) -> tuple[str, None] | None:
        """The speaker of the quotation before in the paragraph, when a document goes on with
        their words ('"We grew faster than we learned," Oduya-Clarke wrote. The memo
        continued:'); None otherwise."""
        if verb not in _GOES_ON or not _DOCUMENT.fullmatch(phrase.strip()):
            return None
        if self.last_speaker is None:
            return None
        end, speaker = self.last_speaker
        between = self.text[end : quote.open_mark].rstrip()  # "The memo continued:" and a block
        return (speaker, None) if "\n" not in between else None

    def _resolve_pronoun(self, position: int, *, pronoun: str) -> str | None:
        """The person last in view: the latest earlier speaker or sentence subject, if near and
        not of the other gender. "it" and "they" stand for a body ("Big Machine have denied it
        ... they said"), never a person: in news a plural "they" is far likelier than a
        singular one."""
        reach = max(position - _PRONOUN_REACH, 0)
        if pronoun in ("they", "it"):
            return self._body_for_pronoun(position, reach, pronoun)
        named = self._name_given_just_before(  # "A man who gave only his first name, Ron, said"
            position, pronoun
        ) or self._named_after_a_subject_of_the_other_gender(position, pronoun)
        if named is not None:
            return named
        latest = self._latest_in_view(position, reach, pronoun)
        if latest is None:
            near = max(position - _SENTENCE_WINDOW, 0)
            only = self.names.only_person_of_gender(position, near, pronoun)
            if only and self._unnamed_of_gender_after(only, near, position, pronoun):
                return None  # "Walsh met the cyclist's father. "...," he said": not Doe
            return only
        if latest[1] and self._unnamed_subject_after(latest[0], position, pronoun):
            return None  # "Doe lives in Dayton. The man next door saw it. "...," he said"
        if latest[1] and self.names.gender_of(latest[1]) is None:
            later = self.names.named_later_in_sentence(latest[0], position, pronoun)
            if later:
                return later  # "Bello was represented by Mrs Halima Yusuf. She told the court"
        role_subject = self._role_subject_after(latest[0], position)
        if role_subject is not None:
            return role_subject or None  # "The governor told reporters ... “…” she said"
        if latest[1] and self._other_of_gender_in_sentence(latest[0], pronoun):
            return None  # "Nelson asked him about it. "...," he said": Nelson, or the one asked
        if latest[1] and self._did_not_speak(latest[0]):
            return None  # "Bennett declined to comment. "...," she said": someone else
        return latest[1] or None  # "": someone known by title and surname, who may be meant

    def _latest_in_view(self, position: int, reach: int, pronoun: str) -> tuple[int, str] | None:
        """The latest of the last sentence subject, the last speaker, a handle, someone speaking
        in the sentence before and someone the writer met: (where, name). Not anyone the
        article just called by a pronoun of the other gender ("Tshepo Mabena, who works with
        his wife, Dineo Mabena, ... he said." then '"...," she said')."""
        seen = [self.names.last_subject_before(position, reach, pronoun=pronoun)]
        speaker = self.last_speaker
        if speaker and speaker[0] >= reach and not contradicts(pronoun, self._gender(speaker[1])):
            seen.append(speaker)
        seen.append(self._handle_before(position))
        seen.append(self._speaking_in_sentence_before(position, pronoun))
        seen.append(self._met_by_the_writer(position, reach, pronoun))
        latest = max((s for s in seen if s is not None), default=None)
        if latest is not None and latest[1] and contradicts(pronoun, self._called.get(latest[1])):
            return None
        return latest

    def _gender(self, name: str) -> str | None:
        """The gender the article tells of a person, or the pronoun it called them by."""
        return self.names.gender_of(name) or self._called.get(name)

    def _name_given_just_before(self, position: int, pronoun: str) -> str | None:
        """The name someone gave of themselves in the sentence right before, when its
        possessive fits the pronoun ("who gave only her first name, Gloria, said ..."); or the
        first name of a relative heading that sentence ("O'Halloran's mother, Bernadette,
        admitted ...") whose kin noun fits it."""
        found = self._sentence_before(position)
        kin = _KIN_BY_FIRST_NAME.match(found[1]) if found else None
        if kin and gender_from_role(kin.group(1)) == PRONOUN_GENDER.get(pronoun):
            fullest = self.names.fullest(kin.group(2))  # "Pauline" of "Pauline Okoro-Whitfield"
            return fullest.name if fullest is not None else kin.group(2)
        gave = _GAVE_A_NAME.search(found[1]) if found else None
        if gave is None:
            return None
        whose = (gave.group("whose") or gave.group("self") or "").casefold()
        fits = {"he": ("his", "him"), "she": ("her",)}.get(pronoun, ())
        return gave.group(3) if whose in fits else None

    def _named_after_a_subject_of_the_other_gender(self, position: int, pronoun: str) -> str | None:
        """The person of the pronoun's gender named later in the sentence just before, whose
        subject is of the other gender: "Union secretary Tama Rangi said ..., a claim Aroha
        Whitcombe rejected. “…,” she said" (not someone further back)."""
        found = self._sentence_before(position)
        if found is None:
            return None
        start, sentence = found
        subject = self._subject_of(sentence.split(",")[0])
        if subject.name is None or not contradicts(pronoun, self.names.gender_of(subject.name)):
            return None
        return self.names.named_later_in_sentence(start, position, pronoun)

    def _body_for_pronoun(self, position: int, reach: int, pronoun: str) -> str | None:
        """The body "it" or "they" stands for: the last one opening a sentence in reach."""
        body = self.names.last_subject_before(position, reach, bodies_too=True)
        if body and pronoun == "they" and self._people_subject_after(body[0], position):
            return None  # "Health ministers ... will meet. They said ...": not the body
        if body and _UNNAMED_THING_SUBJECT.search(self.text, body[0] + 1, position):
            return None  # "The union said the strike would go ahead. "...," it said"
        return (body[1] or None) if body else None

    def _met_by_the_writer(self, position: int, reach: int, pronoun: str) -> tuple[int, str] | None:
        """The person the writer last met or spoke to ("I met Harold Ndiaye, 74, who ...", "We
        spoke to Dolores Quintanilla"), whom a pronoun after stands for as the sentence's
        subject would: (where, fullest name), unless of the pronoun's other gender."""
        if self._met is None:  # found once for the article: most have none
            self._met = [(m.start(1), m.group(1)) for m in _MET_BY_THE_WRITER.finditer(self.text)]
        met = [one for one in self._met if reach <= one[0] < position]
        if not met:
            return None
        start, named = met[-1]
        fullest = self.names.fullest(named)
        name = fullest.name if fullest else named
        if not is_person_name(name) or contradicts(pronoun, self.names.gender_of(name)):
            return None
        return start, name

    def _role_subject_after(self, start: int, position: int) -> str | None:
        """The person a sentence opening with "The <role>" between `start` and `position` stands
        for ("After the ceremony, the governor told reporters she ..."): the one the article
        introduced in that role, "" when it introduced none or several (someone else may be
        meant), None when no such sentence stands there."""
        found = None
        for found in _ROLE_SUBJECT.finditer(self.text, start, position):  # noqa: B007 (the last)
            pass
        if found is None:
            return self._role_heading_sentence_before(position)
        if found.group(1).casefold() not in ROLE_NOUNS:
            return None
        return self.names.person_by_role(f"the {found.group(1)}", position) or ""

    def _role_heading_sentence_before(self, position: int) -> str | None:
        """ "The judge was unmoved. "…," she said": the one person the article introduced in
        the role that heads the sentence right before, whatever that sentence says (None, not
        "", when the article introduced nobody in it: then the role is no clue either way)."""
        sentence = self._sentence_before(position)
        found = _ROLE_OPENS_SENTENCE.match(sentence[1]) if sentence else None
        if found is None or found.group(1) not in ROLE_NOUNS:
            return None
        return self.names.person_by_role(f"the {found.group(1)}", position)

    def _did_not_speak(self, start: int) -> bool:
        """Does the person named at `start` decline to speak right after the name ("Bennett
        declined to comment", "Smith did not respond to a request")?"""
        name_end = _NAME_END.match(self.text, start)
        return name_end is not None and _DID_NOT_SPEAK.match(self.text, name_end.end()) is not None

    def _other_of_gender_in_sentence(self, start: int, pronoun: str) -> bool:
        """Is the object of the verb after the subject at `start` someone else of the
        pronoun's gender ("Eric Nelson asked him about Floyd's heart", "Gray told her that")?
        Not a pronoun further on, which is often the subject again ("an agent to help him")."""
        other = _OBJECT_PRONOUN.get(pronoun)
        if other is None:
            return False
        name_end = _NAME_END.match(self.text, start)
        after = self.text[name_end.end() if name_end else start :][:_OBJECT_REACH]
        return other.match(after) is not None

    def _people_subject_after(self, start: int, position: int) -> bool:
        """Does a sentence between `start` and `position` open with people written as a plural
        role ("Health ministers from the EU will meet", "Officials said")?"""
        for found in _PLURAL_SUBJECT.finditer(self.text, start, position):
            if any(map(is_plural_role, found.group(1).split())):
                return True
        return False

    def _unnamed_of_gender_after(self, name: str, near: int, position: int, pronoun: str) -> bool:
        """Is someone of the pronoun's gender written with no name ("the cyclist's father", "a
        woman") after the last mention of `name` and before `position`?"""
        mention = self.text.rfind(name.split()[-1], near, position)
        wanted = PRONOUN_GENDER.get(pronoun)
        return any(
            _UNNAMED_PEOPLE[found.group(1).casefold()] == wanted
            for found in _UNNAMED_PERSON.finditer(self.text, max(mention, near), position)
        )

    def _unnamed_subject_after(self, start: int, position: int, pronoun: str) -> bool:
        """Does a sentence between `start` and `position` open with someone of the pronoun's
        gender written with no name ("The man who lives nearby saw ...")?"""
        wanted = PRONOUN_GENDER.get(pronoun)
        if wanted is None:
            return False
        if _UNNAMED_ANYONE_SUBJECT.search(self.text, start, position):
            return True  # "Another resident, who gave only his surname, Li, said ..."
        if _ANONYMOUS_SUBJECT.search(self.text, start, position):
            return True  # "The manager of the store, who asked not to be named, said"
        for found in _UNNAMED_ROLE_SUBJECT.finditer(self.text, start, position):
            words = found.group(1).split()
            if "asked" in words or self.text.startswith(" asked", found.end(1)):
                continue  # "A reporter asked: "…?"" then '"Ask her," she replied': who answers
            if any(map(is_role_noun, words if found.group(2) else words[:2])):
                return True  # "A clerk at the store, who did not want to be identified, said"
        return any(
            _UNNAMED_PEOPLE[found.group(1).casefold()] == wanted
            for found in _UNNAMED_SUBJECT.finditer(self.text, start, position)
        )

    def _speaking_in_sentence_before(self, position: int, pronoun: str) -> tuple[int, str] | None:
        """A person named right before a verb of saying in the sentence just before, in the same
        paragraph ("... after the novelist Jo Walton explained them to me. “...” she
        said"): (where, fullest name), unless of the pronoun's other gender."""
        found = self._sentence_before(position)
        if found is None:
            return None
        start, sentence = found
        for verb in reversed(list(_SAYING_VERB.finditer(sentence))):
            named = _NAME_BEFORE_VERB.search(sentence, 0, verb.start())
            if named and tail_of_a_body_name(self.text, start + named.start(1)):
                return None  # "... of the Institute for Urban Water Studies said": no person
            if named and follows_a_body_noun(sentence[: named.start(1)]):
                return None  # "Tamsin Greaves of the consumer group SafeHome Watch said"
            subject = self._subject_of(named.group(1)) if named else None
            if subject is None or subject.name is None:
                return None
            name = self._resolve_name(subject, start + named.start(1))[0]  # "Mrs Brissett" of two
            if name is None or not is_person_name(name):
                return None
            if contradicts(pronoun, self.names.gender_of(name)):
                return None
            return start + named.start(1), name
        return None


def _clause_ending_at(text: str, mark: int) -> str:
    """The words of the sentence before `mark`, within its paragraph. A sentence that starts
    before the usual window is looked for further back, and never read from inside a word ("he
    research published in ..." of "the research ...")."""
    line_start = text.rfind("\n", 0, mark) + 1
    start = max(line_start, mark - _WINDOW)
    clause = _clause_before(text[start:mark])
    if start == line_start or len(clause) < mark - start:
        return clause
    start = max(line_start, mark - _SENTENCE_WINDOW)
    clause = _clause_before(text[start:mark])
    if start > line_start and len(clause) == mark - start and text[start - 1].isalnum():
        return clause.split(maxsplit=1)[-1]
    return clause


def _subject_with_appositive(before: str) -> str | None:
    """The words before the verb that name the subject: all of them when few and unbroken;
    else the first comma-separated piece that is only a name ("Zipp's counsel, Michael Harrow",
    "Mayer, Disney's chairman of ..."), or the name heading "X of the University of Y, ...";
    None when no piece names anyone."""
    before = _BRACKETED_AFTER_NAME.sub("", before).strip()  # "Cllr Jean Hartley (Lib Dem, ...)"
    count = len(before.split())
    if count > _MAX_APPOSITIVE_WORDS:
        return None
    pieces = [piece.strip() for piece in before.split(",") if piece.strip()]
    if pieces and pieces[-1].casefold() in PRONOUNS:
        return pieces[-1]  # "... mutually shared by Ukraine and the U.S., he warned"
    if len(pieces) <= 1 and not (count > _MAX_SUBJECT_WORDS and _NAME_THEN_OF.match(before)):
        return before if count <= _MAX_SUBJECT_WORDS else None
    if person_piece(pieces[0]):
        return person_piece(pieces[0])
    if _NAME_THEN_OF.match(pieces[0]):
        return leading_subject(pieces[0])
    names = [piece for piece in pieces if _ONLY_A_NAME.fullmatch(piece)]
    if names:
        return names[0]
    if pieces[0][:1].isupper():
        return leading_subject(pieces[0])
    return before if count <= _MAX_SUBJECT_WORDS else None


def _opens_its_sentence_or_is_short(found: re.Match) -> bool:
    """Does "In a statement ..., X said" open its sentence, or say little after the document?
    Set off after a subject ("the chairman, in a statement signed by his press secretary, Mr
    Femi Adegoke-Johnson, said"), a long phrase may end in someone else's name."""
    if found.group().startswith("In"):
        return True
    head = found.group().split(",", 1)[0]
    document = _DOCUMENT_WORD.search(head)
    return document is not None and len(head[document.end() :].split()) <= _DOCUMENT_TAIL


def _pronoun_of(gender: str | None) -> str:
    """ "he" or "she" for a gender, "" for none known."""
    return {MASCULINE: "he", FEMININE: "she"}.get(gender, "")


def _no_job(role: str) -> bool:
    """Is the role only an honorific ("Mr") or whose relative someone is ("Her son"), no job
    that "the <role noun>" would have to fit?"""
    words = role.casefold().split()
    return is_honorific(role) or (len(words) <= 2 and bool(words) and words[-1] in _UNNAMED_PEOPLE)


def _role_fits(noun: str, role: str) -> bool:
    """Can "the <noun>" stand for someone of this role: the noun in it, its stem ("the
    senator" for "Senate Finance Committee Chairwoman"), or a judge's title ("the judge" for
    "Justice")?"""
    role = role.casefold()
    if noun == "judge" and any(title in role.split() for title in _JUDGES_TITLES):
        return True
    return noun in role or len(noun) > _ROLE_STEM and noun[:_ROLE_STEM] in role


def _honorific_gender(subject: Subject) -> str | None:
    """The gender of the honorific written right before the subject's name ("Ms Kiely")."""
    return gender_from_honorific(subject.role.split()[-1]) if subject.role else None


def _of_another_gender(wanted: str | None, name: str) -> bool:
    """Is a surname written after an honorific of one gender (`wanted`: "Mr Hollings") one
    whose fullest name in the article is someone of the other ("Margaret Hollings")?"""
    found = gender_from_first_name(name) if " " in name else None
    return wanted is not None and found is not None and found != wanted


def _names_a_body(subject: Subject) -> bool:
    """Is the subject's name a body's ("the Kremlin", "Downing Street"), by its words?"""
    return subject.name is not None and names_a_body(subject.name)


@functools.lru_cache(maxsize=256)
def person_piece(piece: str) -> str | None:
    """The name (with its role words) when a comma-separated piece is only a person named, maybe
    with where they are from: "Senator Ada Whitlow of Nebraska" -> "Senator Ada Whitlow"; None
    for anything else ("In Moscow", "during talks with Vladimir Putin", "the Vermont Democrat").
    Kept for the last pieces asked about: the rules ask again of a piece they just read."""
    found = _NAME_PIECE.fullmatch(_LEADING_CONJUNCTION.sub("", piece.strip()))
    if found is None:
        return None
    named = found.group(1)
    words = named.split()
    titled = len(words) > 1 and is_honorific(words[0])  # "Mrs Treharne-Ross"
    if (words[0] in NOT_NAME_WORDS and not titled) or words[0].casefold() in ("the", "a", "an"):
        return None
    if any(word in NOT_ROLE_ENDINGS for word in words if word.islower()):
        return None
    subject = split_subject(named)
    if subject.name is None or names_a_body(subject.name):
        return None
    role_and_person = _NAMES_A_ROLE_AND_PERSON.search(piece[found.end(1) :])
    if role_and_person and role_and_person.group(1) in BODY_NOUNS_BEFORE_A_NAME:
        return named  # "Natalie Bryce of the group Cash Matters": a body's name after its noun
    if role_and_person and role_and_person.group(1) not in NOT_ROLE_LAST_WORDS:
        return None  # "Game of Thrones star Emilia Clarke": a title, then the person
    return named


def _person_or_titled(phrase: str) -> str:
    """`person_piece` of the phrase, or the phrase when that cuts a title holding "of" from
    the name after it ("Ohio Auditor of State Gretchen Voss-Lindholm": not "Ohio Auditor")."""
    piece = person_piece(phrase)
    if piece is None:
        return phrase
    titled = _TITLED_OF.search(phrase) if " of " in phrase else None
    if titled and _may_hold_of(titled.group(1)) and not _first_name_heads(piece):
        named = split_subject(phrase.strip()).name
        if named and is_person_name(named) and named not in piece and not _a_body(named):
            return phrase
    return piece


def _may_hold_of(word: str) -> bool:
    """May this word before "of" end a title ("Auditor of State", "Secretary of the Navy"), not
    a surname ("Tamsin Ortega of the Nebraska Workplace Safety Board")?"""
    folded = word.casefold()
    return folded in ROLE_NOUNS or folded.endswith(_TITLE_ENDINGS)


def _a_body(name: str) -> bool:
    return name.split()[-1] in BODY_WORDS


def _first_name_heads(name: str) -> bool:
    return gender_from_first_name(name.split()[0]) is not None


def _is_caption(line: str) -> bool:
    """A photo caption or a subhead: a short line with no sentence-final mark."""
    line = line.strip()
    return len(line.split()) <= _CAPTION_WORDS and not line.endswith((".", "!", "?", ":", '"'))


def _has_other_quote_marks(text: str) -> bool:
    return any(mark in text for mark in '"\u201c\u201d\u00ab\u00bb\u201e')


# "shared by", after a verb; not how it was said ("he said by phone", "told by email").
_PARTICIPLE_WITH_AGENT = re.compile(
    r"\s+by\b(?!\s+(?:phone|telephone|text|email|e-mail|letter|video|videolink|video link|"
    r"zoom|satellite|radio|whatsapp)\b)",
    re.IGNORECASE,
)


def _first_verb(clause: str) -> re.Match | None:
    """The clause's first reporting verb, past participles with an agent and no auxiliary
    ('"..." mutually shared by both countries, he warned') passed over."""
    verb = _VERB.search(clause)
    while verb and _PARTICIPLE_WITH_AGENT.match(clause, verb.end()):
        if _is_passive(clause[: verb.start()], verb.group()):
            break  # '"...?" Reyes was asked by reporters'
        verb = _VERB.search(clause, verb.end())
    return verb


def subject_after_quote(window: str) -> tuple[str, str | None] | None:
    """The attribution right after a quotation: ', Peskov said' / ' said Peskov' / ', according
    to X'."""
    if cjk.has_han(window[:_CJK_LOOK]):
        return cjk.subject_after(window)
    signed = _SIGNATURE.match(window)
    if signed and person_piece(signed.group(1)):
        return signed.group(1), None
    head = _unquote_nicknames(window[:_NICKNAME_REACH])  # 'said "Maria," a nurse'
    clause = clause_after((head + window[_NICKNAME_REACH:]).lstrip(_QUOTE_EDGE))
    if not clause or not clause[:1].isalpha():
        return None
    according = _ACCORDING_TO.match(clause)
    if according:
        subject = _SUBJECT_AFTER_VERB.match(" " + clause[according.end() :])
        return (subject.group(1), "according to") if subject else None
    put_it = _AS_PUT_IT.match(clause)
    if put_it:
        return put_it.group(1), "put it"  # '"squatters," as Espinosa put it'
    return _verb_and_subject_after(clause)


def _verb_and_subject_after(clause: str) -> tuple[str, str | None] | None:
    """The subject and verb of the clause after a quotation ("Peskov said", "said the
    minister, X", "the affidavit reads", "was asked by Y")."""
    verb = _first_verb(clause)
    reads = _DOCUMENT_READS.match(clause)
    if reads and (verb is None or verb.start() > reads.start(2)):
        return reads.group(1), reads.group(2)  # "the affidavit reads": whoever issued it
    read_out = _READ_OUT.match(clause)
    if read_out and (verb is None or verb.start() > read_out.end()):
        return read_out.group(1), "read"  # '"Mum spent 40 years ...," she read.': her statement
    if verb is None:
        closing = _CLOSING_ACCORDING_TO.search(clause)
        return _according_to(clause[closing.end() :]) if closing else None
    closing = _closing_inversion(clause, verb)
    if closing:
        return closing
    gave = _GAVE_A_NAME.search(clause, verb.end())
    if gave:  # "said a caller who gave her name only as Ama": the name given, however partial
        return gave.group(3), verb.group()
    before = _subject_with_appositive(clause[: verb.start()])
    if before is None:
        return None
    if _is_passive(before, verb.group()):
        return _passive_agent(clause[verb.end() :]), verb.group()  # '"...?" Reyes was asked.'
    if before.casefold() in _AUXILIARIES:
        before = ""
    if before:
        return _trim_subject(before), verb.group()
    return _subject_after_verb(clause, verb)


def _subject_after_verb(clause: str, verb: re.Match) -> tuple[str, str | None] | None:
    """' said Peskov', or '" announced in October, said X'."""
    if verb.group() in _INVERTIBLE:
        rest = clause[verb.end() :]
        subject = _SUBJECT_AFTER_VERB.match(rest)
        if subject and not _is_object_pronoun(subject.group(1), verb.group()):
            named = _name_set_off_after(subject.group(1), rest[subject.end() :])
            return named or subject.group(1), verb.group()
    later = _LATER_SAID.search(clause, verb.end())
    if later and person_piece(later.group(2)):
        return person_piece(later.group(2)), later.group(1)
    return None


_SET_OFF_DETERMINERS = frozenset("the his her their its our my a an one another".split())
_POSSESSIVE_NAME_HEAD = re.compile(r"(?:[A-Z][\w\-]*\s+){0,3}[A-Z][\w\-]*['\u2019]s\s+[a-z]")


def _name_set_off_after(subject: str, rest: str) -> str | None:
    """'said the group's chair, Professor Sarah Jones', 'added his wife, Mary': the name set off
    by a comma after a role that names nobody ("the chair"), with the role before it."""
    determined = subject.split()[0].casefold() in _SET_OFF_DETERMINERS
    if not (determined or _POSSESSIVE_NAME_HEAD.match(subject)) or not rest.startswith(","):
        return None  # "said South Africa's health minister, Joe Phaahla" is set off too
    piece = _PIECE_END.split(rest[1:], maxsplit=1)[0]  # "the physician, Dr. Anjali Mehta-Carroll."
    named = person_piece(piece)
    return f"{subject} {named}" if named else None


# Where a set-off name ends: a comma, a stop that closes no title ("Dr.", "Mr.", "Prof.").
_PIECE_END = re.compile(
    r"[,;:!?]|(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bProf)(?<!\bRev)(?<!\bSt)(?<!\bGen)"
    r"(?<!\bSen)(?<!\bRep)(?<!\bGov)(?<!\bLt)(?<!\bCol)(?<!\bCapt)(?<!\bSgt)\."
)


def _closing_inversion(clause: str, verb: re.Match) -> tuple[str, str | None] | None:
    """'All "relevant sites" were disinfected, reports Wee.': the sentence closes on an
    inverted attribution after a comma, whatever stands between it and the quotation."""
    if verb.group() not in _INVERTIBLE or not clause[: verb.start()].rstrip().endswith(","):
        return None
    rest = clause[verb.end() :].strip().rstrip(".!?")
    named = person_piece(rest) if len(rest.split()) <= _MAX_SIGNED_WORDS else None
    return (named, verb.group()) if named else None


# A pronoun, maybe with "that" and auxiliaries, right between two verbs of saying ("said he
# had asked"): the second verb is reported speech of the first one's subject.
_REPORTED_PRONOUN = re.compile(
    r"\s+(?:that\s+)?(?:he|she)(?:\s+(?:had|has|would|will|could|might|should|have))"
    r"{0,2}\s+"
)


_QUOTED_IN_CLAUSE = re.compile(r'"[^"]*"|\u201c[^\u201c\u201d]*\u201d')


def subject_before_quote(clause: str) -> tuple[str, str | None] | None:
    """The attribution before a quotation in its sentence: 'Peskov told reporters: '."""
    if cjk.has_han(clause[-_CJK_LOOK:]):
        return cjk.subject_before(clause)
    clause = _lowercase_opening_verb(_without_that_said(_unquote_nicknames(clause)))
    sent = _MESSAGE_AS_SUBJECT.match(clause) or (
        _WRITING_FROM_IN_WHICH.search(clause) if "which" in clause else None
    )
    if sent:  # "One WhatsApp message she sent to a worker in 2023 read:": hers, not WhatsApp's;
        # "a letter from Ashworth-Kane, in which she wrote:": the letter's writer's
        return sent.group("author"), sent.group("verb")
    according = _according_to_in(clause)
    quoted = _quoted_spans(clause)
    verbs = [
        verb
        for verb in _VERB.finditer(clause)
        if not _is_a_noun(clause, verb)
        and not _names_what_is_described(clause, verb)
        and not clause.endswith(" to be ", 0, verb.start())  # "asked for it to be declared"
        and not _passive_not_telling(clause, verb)
        and not any(start < verb.start() < end for start, end in quoted)
    ]
    if according and (not verbs or verbs[-1].start() < according.start()):
        return _according_to(clause[according.end() :])
    put_it = _AS_PUT_IT.search(clause) if "put" in clause else None
    if put_it:
        return put_it.group(1), "put it"
    owned = _OWNED_SPEECH_THAT.search(clause) if "that" in clause else None
    if owned:
        return owned.group(1), owned.group(2)  # "Whitcombe's promise that"
    if not verbs:
        return _colon_introduction(clause) or _sentence_subject(clause)
    reported = (
        len(verbs) > 1
        and not verbs[-2].group().endswith("ing")  # "saying he has replied": "he" resolves
        and _REPORTED_PRONOUN.fullmatch(clause, verbs[-2].end(), verbs[-1].start()) is not None
    )
    if reported:
        verbs = verbs[:-1]  # "X, who toured the town, said he had asked for help": X's saying
    verb = verbs[-1]
    after_verb = clause[verb.end() :].split()
    that_within = 12 if verb.group() in _TELLING else 8  # "told investors of X on Oct. 31 that"
    that_near = reported or "that" in after_verb[:that_within] or _a_second_that(after_verb)
    that_near = that_near or _reported_without_that(verb.group(), after_verb)
    described_as = verb.group() in _DESCRIBING and after_verb[-1:] == ["as"]
    introducing = clause.rstrip().endswith(":")  # "She described the first night ... in 2021:"
    far = that_near or described_as or introducing
    reach = _MAX_WORDS_THAT_TO_QUOTE if far else _MAX_WORDS_VERB_TO_QUOTE
    if len(after_verb) > reach:
        opening = OPENS_ON_SAYING.match(clause)
        if opening is None or NAMING.search(clause):
            return None  # 'He said X had dubbed it "..."': X's name for it
        return opening.group(1), opening.group(2)
    return _subject_of_verb(clause, verbs)


def _reported_without_that(verb: str, after_verb: list[str]) -> bool:
    """ "said drivers could not be expected to buy electric cars and then be left "…"": the
    clause "said" reports, its "that" left out, opening on its own subject (a noun or a
    pronoun, not a name that the words after "said" may be: "said Sorensen, whose ...")."""
    return (
        verb in _SAID_PLAINLY
        and bool(after_verb)
        and after_verb[0][:1].islower()
        and after_verb[0] not in _NOT_A_CLAUSE_OPENING
        and NAMING.search(" ".join(after_verb)) is None  # "said X had dubbed it "…"": X's name
    )


def _a_second_that(after_verb: list[str]) -> bool:
    """Does the verb's saying go on in a second clause ("said the shops had been built on a
    drainage channel and that traders had received "…"")?"""
    return any(
        word.rstrip(",") == "and" and following == "that"
        for word, following in zip(after_verb, after_verb[1:], strict=False)
    )


def _passive_not_telling(clause: str, verb: re.Match) -> bool:
    """ "said spending had been maintained, and that "..."": a passive is nobody's saying. (One
    told or warned, "the family had been told ... it was for "...."", heard the words from
    someone else, and keeps the verb: nobody the sentence names said them.)"""
    return clause.endswith(" been ", 0, verb.start()) and verb.group() not in _TELLING | {"asked"}


def _quoted_spans(clause: str) -> list[tuple[int, int]]:
    """Where a clause holds a quotation of its own ('said members "were never told ...,"
    calling'): no verb in it is the clause's."""
    if '"' not in clause and "\u201c" not in clause:
        return []
    return [found.span() for found in _QUOTED_IN_CLAUSE.finditer(clause)]


def _without_that_said(clause: str) -> str:
    """The clause without "That said," or "Having said this,". The pattern is tried only on a
    clause that holds "said" or is not in ASCII (in ASCII, lower() gives the letters that the
    pattern matches in either case)."""
    if clause.isascii() and "said" not in clause.lower():
        return clause
    return _THAT_SAID.sub("", clause)


def _according_to_in(clause: str) -> re.Match | None:
    """`_ACCORDING_TO` searched for in the clause, only when it holds one of its words or is
    not in ASCII."""
    if clause.isascii() and not any(w in clause.lower() for w in _ACCORDING_TO_WORDS):
        return None
    return _ACCORDING_TO.search(clause)


def _is_a_noun(clause: str, verb: re.Match) -> bool:
    """ "the claims were", "his remarks": a verb's form after a determiner is a noun."""
    return _DETERMINER_BEFORE.search(clause, max(verb.start() - 7, 0), verb.start()) is not None


def _names_what_is_described(clause: str, verb: re.Match) -> bool:
    """ "the letter Mike wrote was "kind and loving"": a verb of writing in a clause that names
    the thing the quoted words describe, not who says them (unlike "what he wrote was" and
    "which Ada Whitlow said was")."""
    if verb.group() not in _WRITING or _COPULA_AFTER.match(clause, verb.end()) is None:
        return False
    return _WHAT_BEFORE.search(clause, max(verb.start() - 40, 0), verb.start()) is None


def _subject_of_verb(clause: str, verbs: list[re.Match]) -> tuple[str, str | None] | None:
    """The subject of the last verb of saying of a clause before a quotation."""
    verb = verbs[-1]
    inverted = _parenthetical_inversion(clause, verb)
    if inverted:
        return inverted
    before_verb = _PARENTHETICAL.sub("", clause[: verb.start()])  # "Amsel (D-Ohio) said"
    if _is_passive(before_verb, verb.group()):
        return _passive_agent(clause[verb.end() :]), verb.group()
    pronoun = _pronoun_before_verb(before_verb)
    if pronoun:
        return pronoun, verb.group()
    second = verb.group().endswith("ing") or _ends_with_a_conjunction(before_verb)
    if second and len(verbs) > 1:
        main = subject_before_quote(clause[: verbs[-2].end()])  # 'She calls it "X" but adds'
        return (main[0], verb.group()) if main else None
    if _ends_with_a_conjunction(before_verb):
        opening = _opening_subject(before_verb)
        if opening:
            return opening, verb.group()
    what = _WHAT_SUBJECT.search(before_verb)
    if what:
        return what.group(1), verb.group()  # "cut 2,300 jobs, in what chief executive X described"
    segments = _PIECE_BREAK.split(_RELATIVE_CLAUSE_SET_OFF.sub(" ", before_verb))
    relative = _relative_clause_subject(segments)
    if relative:
        return relative, verb.group()
    before = _subject_segment(segments)
    subject = _SUBJECT_BEFORE_VERB.search(before)
    if subject and subject.group(1).strip():
        return _cut_subject(subject.group(1)), verb.group()
    if verb.group() in _INVERTIBLE:
        after = _SUBJECT_AFTER_VERB.match(clause[verb.end() :])
        if after and not _is_object_pronoun(after.group(1), verb.group()):
            return after.group(1).strip(" ,:"), verb.group()
    return None


def _is_object_pronoun(phrase: str, verb: str) -> bool:
    """ "asked him to explain": the one spoken to, after the verb, is not its subject. After a
    verb that takes nobody spoken to, "her" before a noun is hers ("said her lawyer")."""
    words = phrase.split(maxsplit=2)
    if not words or words[0].casefold().strip(",:") not in _OBJECT_PRONOUNS:
        return False
    possessive = words[0] == "her" and len(words) > 1 and words[1][:1].islower()
    return not possessive or verb in _SPOKEN_TO


def _is_passive(before_verb: str, verb: str) -> bool:
    """ "Reyes was asked", "she was told", "it was said": the subject is spoken to or about,
    not the speaker (unlike "Rene is alleging")."""
    if verb.endswith(("ing", "s")):
        return False
    words = before_verb.split()
    return bool(words) and words[-1].casefold() in _PASSIVE_AUXILIARIES


def _passive_agent(after_verb: str) -> str:
    """Who spoke, in a passive clause: the name after "by" ("was asked by reporter Lena Marsh"),
    or nobody ("")."""
    found = _BY_AGENT.match(after_verb)
    agent = found.group(1).removesuffix(" as") if found else ""  # "was described by Smith as"
    if person_piece(agent):
        return person_piece(agent) or ""
    titled = _BY_AGENT_AFTER.match(after_verb)  # "by U.S. District Judge X": dots in its title
    return (person_piece(titled.group(1)) or "") if titled else ""


def _opening_subject(before_verb: str) -> str | None:
    """ "She didn't give a date, but said": the pronoun (or the person's name) opening the
    clause is the subject of its second verb after "and" or "but"."""
    words = before_verb.split()
    if len(words) < 3 or words[-1].casefold() not in ("and", "but", "then"):
        return None  # "She pauses, then adds:" too
    if words[0].casefold() in _SUBJECT_PRONOUNS:
        return words[0]
    return _named_opening_subject(before_verb.rsplit(",", 1)[-1].split())


def _named_opening_subject(words: list[str]) -> str | None:
    """ "(In a note to clients,) Bhattacharya kept his rating and": the person whose name opens
    the clause before its first verb, whatever that verb."""
    run = list(itertools.takewhile(lambda word: word[:1].isupper(), words))
    if not run or len(run) == len(words) or not words[len(run)][:1].islower():
        return None
    if run[-1].endswith(("'s", "\u2019s", "s'", "s\u2019")):
        return None  # "Latchwell’s support staff had noticed it and": the staff, unnamed
    return person_piece(" ".join(run))


def _unquote_nicknames(text: str) -> str:
    """'"Perry" chimed in:', 'said "Maria," a nurse': a one-word name in quotation marks, the
    way news names a source by a nickname or a name not their own, read as the name."""
    if '"' not in text and "\u201c" not in text:
        return text
    return _NICKNAME.sub(_nickname_as_name, text)


def _nickname_as_name(found: re.Match) -> str:
    """The name, when nothing but a verb of saying or punctuation stands before it (not 'the
    film "Jaws"', 'his name was "Perry"')."""
    before = found.string[max(found.start() - 30, 0) : found.start()].split()
    word = before[-1] if before else ""
    if word[:1].islower() and word[-1].isalpha() and not _VERB.fullmatch(word):
        return found.group()
    return found.group(1)


def _lowercase_opening_verb(clause: str) -> str:
    """ "Concluded the researchers:": a verb of saying opening its sentence, before its subject,
    is no name."""
    stripped = clause.lstrip()
    words = stripped.split(maxsplit=2)[:2]
    if len(words) < 2 or not words[0][:1].isupper() or words[0].casefold() not in _INVERTIBLE:
        return clause
    if words[1][:1].isupper() or words[1] in ("the", "a", "an"):  # not "Asked on Tuesday"
        return stripped[:1].lower() + stripped[1:]
    return clause


def _parenthetical_inversion(clause: str, verb: re.Match) -> tuple[str, str | None] | None:
    """'The main reason clients leave, writes Dana Ferro, is "..."': a verb set off by commas
    with the person's name after it."""
    if verb.group() not in _INVERTIBLE or not clause[: verb.start()].rstrip().endswith(","):
        return None
    after = _NAME_BETWEEN_COMMAS.match(clause[verb.end() :])
    named = person_piece(after.group(1)) if after else None
    return (named, verb.group()) if named else None


_A_FIRMS_NOUN_ENDING = re.compile(
    r"\b(?:company|firm|label|agency|distributor|publisher|brand|operator|developer|"
    r"management)\s*$"
)  # not "a spokeswoman for the energy ministry, Agata Lis,": a ministry's spokeswoman, named


def _speaking_for_a_body(first: str, second: str) -> bool:
    """ "A spokesperson for the management company" set off before the body's name ("Northlight
    Talent") or before what the body is ("the 4,500-capacity venue"), not before the
    spokesperson's own name ("Jane Miller", a known first name)?"""
    if not _SPOKESPERSON.match(first.strip()):
        return False
    words = second.split()
    if words[:1] and words[0] in ("the", "a", "an"):
        return True  # "A spokeswoman for the Forge, the 4,500-capacity venue off the Parkway,"
    if not _A_FIRMS_NOUN_ENDING.search(first):
        return False
    return bool(words) and words[0][:1].isupper() and gender_from_first_name(words[0]) is None


def _subject_segment(segments: list[str]) -> str:
    """The piece before the verb that holds its subject: the last one that can, unless it is an
    appositive or an aside after a piece naming a person ("Mr. Warner, the Virginia Democrat,
    called"; "Bridenstine, however, said"), when the person's piece is."""
    candidates = [seg for seg in segments if _names_a_subject(seg)]
    if not candidates:
        return ""
    if len(candidates) == 2 and _speaking_for_a_body(candidates[0], candidates[1]):
        return candidates[0]  # "A spokesperson for Jodie's management company, Northlight Talent,"
    head = person_piece(candidates[0])
    if head and len(candidates) > 2 and _set_off_role(candidates[1]) and _capitals(head) >= 2:
        return head  # "Dr. Priyanka Lee, an entomologist at the University of California, Davis,"
    if head and len(candidates) == 2 and _owned_role(candidates[1]) and _capitals(head) >= 2:
        return head  # "Dr Euan Calloway, Scotland's chief veterinary officer,"
    last = candidates[-1].strip()
    if _FILLER_AFTER_SUBJECT.fullmatch(" " + last) and len(candidates) > 1:
        # "Prince Andrew, the younger brother of Charles, has reportedly told": the subject
        # heads the sentence, before its appositives; "The tenant, Marco Villa, is alleging": or
        # is the appositive that names the person
        named = (person_piece(candidate) for candidate in candidates[:-1])
        return next((name for name in named if name), last)
    if not last[:1].islower() or _FILLER_AFTER_SUBJECT.fullmatch(" " + last):
        return last
    if _THE_BODY_NOUN_SUBJECT.fullmatch(last):
        return last  # "In a letter signed by its chief officer, Mrs X, the company said"
    aside = last.casefold() in _ASIDES or _is_phrase_set_off(last)
    for earlier in reversed(candidates[:-1]):
        named = person_piece(earlier) or _name_after_kin_or_role(earlier)
        named = named or (earlier.strip() if _author_of_work(earlier) else None)
        if named and (aside or _capitals(named) >= 2):
            return named
    if (
        len(candidates) >= 2
        and _set_off_role(last)
        and _A_NAME_ALONE.fullmatch(candidates[-2])
        and not any(map(person_piece, candidates[:-2]))
    ):
        return candidates[-2].strip()  # "The Guilford Center Library Friends, a volunteer group
        # that has raised about $40,000 for the branch, said": what the group is, set off; "In
        # a statement, the X Network, an umbrella group ..., said"
    return last


def _set_off_role(segment: str) -> bool:
    """A piece set off after a name that describes its person: "an entomologist at ..."."""
    return segment.split()[:1] in (["a"], ["an"], ["the"])


def _owned_role(segment: str) -> bool:
    """A role set off after a name, of a place or body: "Scotland's chief veterinary officer",
    "the company's managing director", "its chief executive"."""
    words = segment.split()
    if len(words) < 2 or words[-1].casefold() not in ROLE_NOUNS:
        return False
    owner = words[1] if words[0] in ("the", "The") and len(words) > 2 else words[0]
    return owner.endswith(("'s", "\u2019s")) or owner in ("its", "his", "her", "their")


def _capitals(name: str) -> int:
    return sum(word[:1].isupper() for word in name.split())


def _name_after_kin_or_role(piece: str) -> str | None:
    """The name after a possessive and a kin or role noun heading a piece ("Her neighbour
    Muhammad Arsalan Siddiqui", "His brother Tom Reid"), when what follows it is an appositive."""
    found = _KIN_OR_ROLE_THEN_NAME.fullmatch(piece.strip())
    return person_piece(found.group(1)) if found else None


def _is_phrase_set_off(segment: str) -> bool:
    """A phrase set off between a subject and its verb that opens with a participle or a
    preposition of time or means ("Smith, speaking after Jones, said", "Lee, after meeting
    Jones, said"): whoever it names is not the subject."""
    first = segment.split(maxsplit=1)[0]
    return first[:1].islower() and (
        first.endswith("ing") or first in _ASIDE_WORDS or first in _ASKED_OR_KNOWN
    )  # "Muir-Khan, asked afterwards whether ..., said", "X, known to fans as ..., said"


def _author_of_work(phrase: str) -> str | None:
    """ "a 2019 study by the Centre for Economic Policy Research": who wrote the study."""
    found = _WORK_BY.search(phrase)
    return found.group(1) if found else None


def _according_to(rest: str) -> tuple[str, str | None] | None:
    """'according to X, "..."' and 'according to his aunt, Jane Starner, "..."'."""
    pieces = [piece.strip() for piece in rest.split(",") if piece.strip()]
    if pieces and _WORK_BY.match(pieces[0]):
        return pieces[0], "according to"  # "a fiscal note from the Legislative Fiscal Analysis
        # Office": whoever wrote it, however many words its name takes
    names = [piece for piece in pieces[:3] if _ONLY_A_NAME.fullmatch(piece)]
    if names:
        return names[0], "according to"
    subject = _SUBJECT_AFTER_VERB.match(" " + rest)
    return (subject.group(1).strip(" ,"), "according to") if subject else None


def _body_or_no_one(phrase: str) -> tuple[str | None, None] | None:
    """A subject phrase that names a body by its "of" ("the New Zealand Department of
    Conservation"), or someone unnamed or two people: (the body or None, None); None for any
    other phrase."""
    body = _BODY_WITH_OF.fullmatch(phrase.strip().rstrip("."))
    if body and body.group(2) in BODY_WORDS:
        return body.group(1), None  # "the New Zealand Department of Conservation"
    if _UNNAMED_WITH_A_NAME.fullmatch(phrase.strip().rstrip(".,;:")):
        return None, None  # "One Premier League scout described": a scout, unnamed
    if _UNNAMED_OF.match(phrase.strip()) or _NOUN_OF_NAME.fullmatch(phrase.strip()):
        return None, None  # "a member of the Justice League", "the authors of the study"
    if _JOINT_SUBJECT.search(phrase) and not names_a_body(phrase):
        return None, None  # "Ford and Fry replied": two people, not one speaker
    return None


def _sentence_subject(clause: str) -> tuple[str, str | None] | None:
    """A partial quotation in a sentence whose subject is a named person and whose verb is not
    one of saying ('Benioff introduced Cook to the audience as "someone who ..."')."""
    found = _NAMED_SUBJECT_THEN_VERB.match(clause.strip())
    if found is None:
        found = _ROLE_THEN_NAMED_SUBJECT_THEN_VERB.match(clause.strip())
    if found is not None:
        if _ANOTHER_CLAUSE.search(clause.strip(), found.end()):
            return None
        return found.group(1), None
    return _set_off_subject(clause)


def _set_off_subject(clause: str) -> tuple[str, str | None] | None:
    """The same with the subject set off by commas before its verb ('Her coach, Joseph Serrano,
    remembers her as "…"', 'Joseph Serrano, who trained her for ten years, remembers her as
    "…"'); not a copula ('X, who died in 2019, was "the heart of the club"': someone else's
    words of X)."""
    if "," not in clause:
        return None
    head, main = clause.rsplit(",", 1)
    if not _SET_OFF_VERB.match(main.strip()):
        return None
    segment = _subject_segment(re.split(r"[,;(\u2014\u2013]", head))
    if not segment:
        return None
    role_then_name = _ROLE_WORDS_THEN_NAME.fullmatch(segment.strip())
    named = person_piece(role_then_name.group(1) if role_then_name else segment)
    return (named, None) if named else None


def _names_a_subject(segment: str) -> bool:
    """A comma-separated piece that can hold the subject: not empty, not a relative clause, not
    an aside ('Richardson, via USA Today, said'), not an age ('John Smith, 52, said')."""
    words = segment.split()
    if not words or segment.strip().isdigit():
        return False
    if words[0] == "speaking" and words[1:2] in (["in"], ["on"], ["from"], ["through"]):
        return False  # "A tanker driver ..., speaking in Kannada, said": the language, no one
    if words[0].casefold() in _ASIDE_WORDS and _name_after_opening_phrase(words):
        return True  # "After the hearing Stroud said"
    return words[0].casefold() not in _RELATIVE_WORDS | _ASIDE_WORDS


def _colon_introduction(clause: str) -> tuple[str, str | None] | None:
    """'Her answer: "..."' or 'Senator Calloway gave a short answer: "..."': no verb of saying.

    The subject is the clause's first name (or pronoun), after any leading subordinate clause.
    """
    if not clause.rstrip().endswith((":", "\u2014", "\u2013")):
        return None
    sent = _MESSAGE_SENT_BY.search(clause)
    if sent:  # "X read aloud a message Quinlan sent to a colleague in March 2022:": Quinlan's
        return sent.group("author") or "", sent.group("verb")
    main_clause = clause.rsplit(",", 1)[-1]
    if _only_a_conjunction(main_clause.split()[0] if main_clause.split() else ""):
        main_clause = clause.split(",", 1)[0]  # "X echoed it, but laid the blame on Y: "
    first = main_clause.split()[:1]
    pronoun = _POSSESSIVE_TO_PRONOUN.get(first[0].casefold()) if first else None
    if pronoun:
        return pronoun, None  # "Her answer:" is hers, "They chanted:" is theirs, not his
    if first and first[0][:1].islower() and "," in clause:
        # "His wife, Dolores Lindqvist, 71, was more blunt:": the subject set off before the verb
        head = _subject_segment(re.split(r"[,;(\u2014\u2013]", clause.rsplit(",", 1)[0]))
        named = person_piece(head) if head else None
        if named:
            return named, None
    phrase = leading_subject(main_clause) or _the_role_heading(main_clause)
    return (phrase, None) if phrase else None


def _the_role_heading(clause: str) -> str | None:
    """ "the Premier" heading a clause in small letters after a comma ("Asked whether ..., the
    Premier shot back:"): the role with its article, for the person introduced in it."""
    words = clause.split(maxsplit=1)
    if len(words) < 2 or words[0] != "the":
        return None
    role = leading_subject(words[1])
    return f"the {role}" if role else None


def _only_a_conjunction(phrase: str) -> bool:
    return phrase.strip(_QUOTE_EDGE).casefold() in ("and", "but", "yet", "then")


def _relative_clause_subject(segments: list[str]) -> str | None:
    """The verb's subject when the verb ends a relative clause: "The bill, which Senator Ada
    Whitlow said was" -> "Senator Ada Whitlow"; "Ruth Okafor, who warned that" -> "Ruth
    Okafor"."""
    words = segments[-1].split()
    if len(words) > 2 and words[1] in ("which", "whom") and words[0] in _ASIDE_WORDS:
        return _trim_subject(" ".join(words[2:])) or None  # "the report, in which an officer"
    if not words or words[0] not in ("which", "who", "whom"):
        return None
    if len(words) > 1 and not all(word.islower() for word in words[1:]):
        return _trim_subject(" ".join(words[1:])) or None
    if words[0] == "who" and len(segments) > 1:  # "Julia Kessler, who had vowed that"
        if len(segments) > 2 and _AN_APPOSITIVE.match(segments[-2]):
            named = _NAME_ENDING_A_PIECE.search(segments[-3])
            return person_piece(named.group(1)) if named else None  # "He was supported by
            # Nasreen Akhtar-Lowe, an adviser at the Yorkshire Workers' Advice Centre, who said"
        return person_piece(segments[-2])
    return None


def _pronoun_before_verb(before_verb: str) -> str | None:
    """ "In a post at the time she described": a subject pronoun right before the verb (maybe
    with an adverb or an auxiliary between) is its subject, whatever opens the sentence."""
    words = _trim_subject(" ".join(before_verb.split()[-_PRONOUN_LOOK:])).split()
    if len(words) > 1 and words[-1].casefold() in _SUBJECT_PRONOUNS:
        return words[-1]
    return None


def _ends_with_a_conjunction(phrase: str) -> bool:
    """'she described it as "X" and accused': a second verb of the same subject."""
    words = phrase.split()
    return bool(words) and _only_a_conjunction(words[-1])


_PAST_OR_PRESENT_VERB = re.compile(
    r"[a-z]{3,}(?:ed|s)|met|told|gave|took|hit|left|sent|won|beat|saw"
)


def _cut_subject(phrase: str) -> str:
    """The subject before a verb, or "" (nobody named) when the words taken are the end of a
    longer phrase ("of the research published in the journal JAMA Psychiatry argued")."""
    words = phrase.split()
    gave = _GAVE_A_NAME.search(phrase)
    if gave:  # "a 70-year-old resident who gave his name only as Pak Din said"
        return gave.group(3)
    if "who" in words[:-1]:  # "A hawker who sells shoes near the Nakuru Main Stage said"
        return _trim_subject(" ".join(words[: words.index("who")]))  # "" when cut before it
    relative = max(
        (i for i, w in enumerate(words[:-1]) if w in _RELATIVES_BEFORE_SUBJECT), default=-1
    )
    if relative >= 0:
        return _trim_subject(" ".join(words[relative + 1 :]))  # "a payout that Leon Cooperman"
    named = _name_after_opening_phrase(words)
    if named:
        return named
    if words[0].casefold() in _PREPOSITIONS_CUT:
        return ""
    return _trim_subject(_before_an_earlier_verb(words) or phrase)


def _name_after_opening_phrase(words: list[str]) -> str | None:
    """The name after a phrase of time or place opening the sentence with no comma ("During his
    trial Stroud", "After the hearing Judge Ada Lee"): the capitalised words after its last
    lowercase one."""
    if words[0].casefold() not in _OPENING_PREPOSITIONS or not words[0][:1].isupper():
        return None
    words = _FILLER_AFTER_SUBJECT.sub("", " ".join(words)).split()  # "Stroud had insisted"
    last_lowercase = max((i for i, w in enumerate(words) if w[:1].islower()), default=-1)
    name = words[last_lowercase + 1 :]
    if last_lowercase < 1 or not 1 <= len(name) <= _MAX_OPENING_NAME_WORDS:
        return None
    return _trim_subject(" ".join(name)) or None


def _before_an_earlier_verb(words: list[str]) -> str | None:
    """The subject heading a phrase that ends in "and" after another verb and its object ("The
    Western Hockey League congratulated Fiddler and" said): the capitalised words before that
    verb, not its object."""
    if len(words) < 4 or words[-1] != "and":
        return None
    head = 1 if words[0] in ("The", "the") else 0
    at = head
    while at < len(words) and words[at][:1].isupper():
        at += 1
    if at == head or at >= len(words) - 2 or not _PAST_OR_PRESENT_VERB.fullmatch(words[at]):
        return None
    return " ".join(words[:at])


def _trim_subject(phrase: str) -> str:
    """The subject without trailing adverbials ('Peskov on Wednesday' -> 'Peskov') or the place
    it is in ('The National Weather Service office in Wilmore' -> 'The National Weather
    Service office')."""
    phrase = _FILLER_AFTER_SUBJECT.sub("", phrase.strip())
    placed = _PLACE_AFTER_SUBJECT.search(phrase)
    if (
        placed
        and not placed.group(1).endswith(("ed", "ing"))  # "published in X": where, not who
        and not is_plural_role(placed.group(1))  # "Analysts at Brightwater Securities"
    ):
        phrase = phrase[: placed.end(1)]
    return _LEADING_CONJUNCTION.sub("", phrase)
