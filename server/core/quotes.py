"""Direct quotations in a text: their words, where they stand, who said them.

The scan is one pass over the quotation marks of each paragraph with a small
stack, so nested quotations stay inside their outer one and no input makes it
worse than linear. Quotations that run over paragraphs (opening mark repeated,
closing mark only at the end) and quotations interrupted by their attribution
are joined into one; a closing mark missing in the source is supplied. Short
quoted terms, titles, slogans and lines of code (scare quotes) are left out
unless asked for; short words count when the sentence reports them as said.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field, replace

from . import attribution, attribution_european, interviews
from .gender import gender_from_first_name
from .language import FOREIGN, OTHER, RUSSIAN, detect_language
from .models import Quotation, Span
from .normalize import fold
from .places import names_a_place_or_people
from .speakers import CLOCK_TIME, NOT_NAME_WORDS, ArticleNames, is_person_name
from .text import article_and_paragraphs, paragraphs, starts_a_sentence

DOUBLE, SINGLE, GUILLEMET, REVERSED_GUILLEMET, LOW_DOUBLE, LOW_SINGLE, STRAIGHT_DOUBLE = (
    "double",
    "single",
    "guillemet",
    "reversed-guillemet",
    "low-double",
    "low-single",
    "straight-double",
)
STRAIGHT_SINGLE = "straight-single"
# A heading that opens with a name of two or three words and a colon: "JANET BARBOZA: ME CAYÓ".
_NAME_HEADING = re.compile(
    r"([^\W\d_][\w'\u2019\-]*(?:[ \t][^\W\d_][\w'\u2019\-]*){1,2})[ \t]*:[ \t]+\S"
)
_MAX_HEADING_CHARS = 120
_MIN_WORDS_QUOTED_AGAIN = 6  # words a quotation needs to be told the same as another
_MIN_CHARS_QUOTED_AGAIN = 24  # characters of its opening or closing looked for twice
_WORD = re.compile(r"\w+")
_MIN_NAME_HEADINGS = 2  # headings over quotations that make an article a collage of voices
# The marks that may open or close a quotation: every quotation mark but a single one between
# two ASCII letters or digits ("don't", "O’Brien"), which `_classify_single` tells is an
# apostrophe, none. The mark first, so that a search skips to the marks.
_MARKS = re.compile(
    "[\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e\u201a\u2039\u203a]"
    "(?:(?<=[^'\u2019])|(?<![A-Za-z0-9].)|(?![A-Za-z0-9]))"
)
_CLOSERS = {
    DOUBLE: "\u201d",
    SINGLE: "\u2019",
    GUILLEMET: "\u00bb",
    REVERSED_GUILLEMET: "\u00ab",
    LOW_DOUBLE: "\u201c",
    LOW_SINGLE: "\u2018",
    STRAIGHT_DOUBLE: '"',
    STRAIGHT_SINGLE: "'",
}
_CLOSERS_SET = frozenset(_CLOSERS.values())
_DOUBLE_FAMILIES = frozenset((DOUBLE, LOW_DOUBLE, GUILLEMET, STRAIGHT_DOUBLE))
# A quotation that lost its closing mark is taken to its paragraph's end only when it says
# two sentences or more and no attribution stands in it ('"We will never give up, the mayor
# said.': where it closed is not known).
_MIN_UNCLOSED_SENTENCES = 2
_SENTENCE_INSIDE = re.compile(r"[.!?](?=\s+[A-ZÀ-Þ])")
_ATTRIBUTION_INSIDE = re.compile(
    r",\s+(?:\S+\s+){0,3}(?:said|says|told|added|sagte|sagt|erklärte|dit|a déclaré|"
    r"explique|dijo|afirmó|explicó|disse|afirmou)\b"
)
_OPENING_CONTEXT = " \t\n([{\u2014\u2013-/\u00a0"
_SCARE_LEAD = re.compile(
    r"(?:so-called|so called|(?:often|commonly|sometimes|also|widely|popularly) called|dubbed|"
    r"branded(?: as)?|labell?ed(?: as)?|"
    r"known(?:\s+(?:to|by|among)(?:\s+[\w\u2019'\-]+){1,3})?\s+as|nicknamed|"
    r"titled|entitled|headlined|under the title|the terms?|the words?|the phrases?|the slogan|"
    r"the hashtag|(?:signs?|banners?|placards?|posters?|t-shirts?) reading|"
    r"(?:sign|banner|placard|poster|billboard|plaque|inscription|t-shirt|shirt|sticker)s?"
    r"(?:\s+[\w\u2019'\-]+){0,8}?\s+(?:read|reads|said|says)|"
    r"chant(?:ed|ing|s)?(?:\s+of)?|singing|"
    r"(?:bears?|bore|carr(?:y|ies|ied)|printed with|engraved with|inscribed with) the words?,?)"
    r"[ \t]*:?\s*$",
    re.IGNORECASE,
)
# "the phrase:", "the words:" before a whole sentence: someone's statement, not a term.
_PHRASE_THEN_COLON = re.compile(
    r"(?<!bears )(?<!bear )(?<!bore )(?<!carry )(?<!carries )(?<!carried )(?<!reading )"
    r"(?<!printed with )(?<!engraved with )(?<!inscribed with )"
    r"\bthe (?:words?|phrases?)\s*:\s*$",
    re.IGNORECASE,
)  # not "The plaque bears the words:", an inscription
_STATEMENT_WORDS = 8
# One of these stands, in lowercase, in every lead that _SCARE_LEAD finds.
_SCARE_LEAD_WORDS = (
    "called",
    "dubbed",
    "branded",
    "label",
    "known",  # "known as", "known to fans as"
    "nicknamed",
    "titled",
    "the title",
    "headlined",
    "the term",
    "the word",
    "the phrase",
    "the slogan",
    "the hashtag",
    "reading",
    "sign",
    "banner",
    "placard",
    "poster",
    "billboard",
    "plaque",
    "inscription",
    "shirt",
    "sticker",
    "chant",
    "singing",
)
_SCARE_LEAD_WORD = re.compile("|".join(map(re.escape, _SCARE_LEAD_WORDS)))  # one scan for all
# The letters other than ASCII ones that a pattern with re.IGNORECASE matches to an ASCII letter
# (İ and ı to i, ſ to s, the Kelvin sign to k). Where a lead holds none, every match of such a
# pattern stands in the lead's lower() as the lowercase words it is written with: a search for
# those words (a fast scan) tells when the pattern (tried at every position) cannot match.
_FOLDS_INTO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")
# A name something goes by, given in the present: 'what Apple is calling "spatial" videos',
# 'what physicists call "dark"'. Said in the past, it is a quotation: 'what he called
# "experiments"'. A thing introduced by its name: 'a concept called "loop fusion"'.
_WHAT_IT_IS_CALLED = re.compile(
    r"\bwhat\s+(?:[\w\u2019'.\-]+\s+){0,5}(?:calls?|(?:is|are)\s+calling|dubs?|terms?)\s*$"
    r"|\b(?:a|an)\s+(?:[\w\-]+\s+){1,2}?(?:called|named)\s*$",  # 'a concept called "loop fusion"'
    re.IGNORECASE,
)
_WHAT_IT_IS_CALLED_WORDS = re.compile("what|called|named")
# A work or a slogan named right before its title: 'in her book "A Paradise Built in Hell"',
# 'the theme 'The Medium is the Message'', 'a slogan of its own: "Come for the cliffs."'.
_WORK_LEAD = re.compile(
    r"\b(?:book|memoir|novel|biography|film|movie|documentary|album|song|single|series|show|"
    r"podcast|play|poem|essay|episode|exhibition|theme)\s*$"
    r"|\b(?:slogan|motto|tagline|catchphrase|hashtag)(?:\s+of\s+(?:its|their|his|her)\s+own)?"
    r"[ \t]*:?[ \t]*$",
    re.IGNORECASE,
)
_WORK_LEAD_WORDS = re.compile(
    "book|memoir|novel|biography|film|movie|documentary|album|song|single|series|show|"
    "podcast|play|poem|essay|episode|exhibition|theme|slogan|motto|tagline|catchphrase|hashtag"
)
# What a sign says: '"No more cuts," reads one placard'.
_PLACARD_AFTER = re.compile(
    r"[,\s]*(?:reads\s+(?:one|another|(?:a|the)\s+(?:sign|banner|placard|poster|billboard|plaque|"
    r"inscription|t-shirt|shirt|sticker))\b|(?:one|another|(?:a|the|his|her|their)\s+(?:sign|"
    r"banner|placard|poster|billboard|plaque|inscription|t-shirt|shirt|sticker))\s+reads?\b)"
)  # '"...," reads one placard', '"...," the sign read
# A quotation naming a campaign or a sign: 'the "Come for the cliffs" campaign'.
_LABEL_AFTER = re.compile(
    r"\s*(?:ad\s+)?(?:campaign|slogan|motto|tagline|hashtag|sign|banner|billboard|poster|"
    r"logo|label|trademark)s?\b"
)
# Chinese and Japanese write no spaces between words: two characters count as about one word.
_UNSPACED_SCRIPT = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_WORD = re.compile(f"[{_UNSPACED_SCRIPT}]{{1,2}}|[^\\W{_UNSPACED_SCRIPT}]+")
# The letters of those scripts and Korean's, which have no case, as ranges: a pattern of them
# took milliseconds of every start-up to compile, for one character tested at a time.
_UNCASED_LETTERS = (
    ("\u3040", "\u30ff"),
    ("\u3400", "\u4dbf"),
    ("\u4e00", "\u9fff"),
    ("\uf900", "\ufaff"),
    ("\uac00", "\ud7a3"),
)
# A Chinese quotation followed by 的 or 这样的 qualifies a noun ("…”的实验"): a term, not speech.
_ATTRIBUTIVE_AFTER = ("\u7684", "\u8fd9\u6837\u7684")
# Quotations nest two or three deep in real prose; deeper openers are not tracked, which keeps
# every mark's work constant on input made of nothing but opening marks.
_MAX_NESTING = 6
_MAX_TITLE_WORDS = 12
_MAX_FRAGMENT_WORDS = 8
_SHELL_PROMPTS = ("$ ", ">>> ")
_CODE_CHARACTER = re.compile(r"[{}\[\]();=<>$\\|]")
# Prose, quotations with [bracketed] words included, stays under 3% of these; code is over 6%.
_CODE_SHARE = 0.06
_MIN_CODE_CHARS = 20
_AFTER_SENTENCE_END = re.compile(r"[.!?]\s+$")
_LEAD_REACH = 120  # characters before a quotation where "telling them to" and the like stand
# Words given as an example or a reader's thought, not as anyone's statement: 'Something like
# "Don't worry, this is my first CA"', 'If you're wondering "What about JIT?"'.
_EXAMPLE_LEAD = re.compile(
    r"(?:\b(?:something|anything)\s+like"
    r"|\byou(?:\u2019re|'re|\s+are)?\s+(?:might\s+|may\s+|could\s+)?"
    r"(?:wonder(?:ing)?|ask(?:ing)?(?:\s+yourself)?|think(?:ing)?))[\s:,]*$",
    re.IGNORECASE,
)
_EXAMPLE_LEAD_WORDS = re.compile("like|you")
# A function call written as code: "print f()", "console.log(x)", "df.head()".
_CALL = re.compile(r"[A-Za-z_][\w.]*\((?:[\w.,'\" ]{0,20})\)")
# What stands before a string on a line of code: a JSON key, or a name it is given to.
_CODE_KEY = re.compile(r'\s*(?:"[^"\n]*"\s*:|[A-Za-z_][\w.\[\]]*\s*\+?=)\s*')
_SENTENCE_REACH = 300  # characters back that the sentence of a quotation is looked for in
# The noun of a work, a theme, a motto or a name right before a quotation, in German, French,
# Spanish, Portuguese and Italian: "zum Thema „…“", "la campaña “…”", "intitulé « … »".
_FOREIGN_WORK_LEAD = re.compile(
    r"(?<![\w-])(?:Thema|Motto|Titel|Dokumentation|Doku|Sendung|Film|Buch|Roman|Serie|"
    r"Kampagne|Slogan|Parole|Überschrift|Schlagzeile|Ausstellung|Festival|Hashtag|Reihe|"
    r"Album|Lied|Podcast|Kolumne|Rubrik|Leitspruch|Losung|Artikel|Beitrag|Gedicht|"
    r"denominad[oa]|titulad[oa]|bautizad[oa]|lema|campaña|libro|película|documental|"
    r"canción|álbum|consigna|eslogan|intitulée?|baptisée?|surnommée?|thème|campagne|livre|"
    r"émission|documentaire|chanson|intitolat[oa]|campagna|chamad[oa]|intitulad[oa]|"
    r"campanha|livro|artículo|artigo|article|lire(?:\s+aussi)?|spectacle|"
    r"séries?|saga|feuilleton|pièce|exposition|opéra|serie|novela|telenovela|obra|"
    r"exposición|peça|exposição|filme|"
    r"(?:carteles|pancartas?)\s+(?:que\s+(?:decían|rezaban)|con\s+(?:el\s+lema|la\s+leyenda))|"
    r"cartaz(?:es)?\s+(?:onde\s+se\s+lia|que\s+diziam|com\s+os\s+dizeres)|"
    r"pancartes?\s+(?:où\s+l[\u2019']on\s+pouvait\s+lire|proclamant)|"
    r"(?:Plakat|Transparent)(?:e|en)?\s+mit\s+der\s+Aufschrift|"
    r"coreaban|coreando|al\s+grito\s+de|scandant|scandaient|aux\s+cris\s+de|"
    r"cantando|cantaban|cantavam|chantant|chantaient|sangen|"
    r"(?:pancartes?|banderoles?|affiches?|pancartas?|carteles?|mantas?|cartazes?|faixas?)"
    r"(?:\s+(?:que\s+(?:decían|diziam)|portant))?|"
    r"gritavam|entoavam|skandierten|"
    r"artykuł|książk[aię]|wiersz[au]?|piosenk[aię]|serial)\s*:?\s*$"
    # German compounds ending on a group's or an action's name: "die Mitgliedervereinigung „…“"
    r"|(?:vereinigung|initiative|aktion|bündnis)\s*:?\s*$",
    re.IGNORECASE,
)
_HEADLINE_WORDS = 25  # words a headline has at most
# A live blog's time stamp: a line of its own ("4.10pm"), or opening an entry's line in its
# "Key events" list ("4.55pm "Leave now ..."").
_TIME_STAMP_ALONE = re.compile(rf"\s*{CLOCK_TIME}(?:\s+[A-Z]{{2,5}})?\s*", re.I)
_TIME_STAMPED = re.compile(rf"\s*{CLOCK_TIME}\s+(?=\S)", re.I)
_HEADLINE_OWN_WORDS = 3  # words a headline writes around its quotation at least
_HEADING_LINES = 3  # lines a headline, its standfirst and a kicker take at most
_NON_BLANK_LINE = re.compile(r"[^\n]*\S[^\n]*")
_CLOSING_MARKS_TEXT = "\"'\u2019\u201d\u201c\u00bb\u00ab"
_QUOTED_PART = re.compile(
    r"[\"\u201c\u201e\u2018\u00ab\u00bb'][^\"\u201c\u201d\u201e\u2018\u2019\u00ab\u00bb]*"
    r"[\"\u201d\u201c\u2019\u00bb\u00ab']"
)
_TERM_LEAD_REACH = 30  # characters before a quotation read for what introduces it as a term
_HEADING_WORDS = 15  # words under which a quotation alone in its paragraph may be a heading
# A definite article right before a quotation, not after "als", "wie" or "von" ("spricht von
# der „…“").
_GERMAN_ARTICLE_BEFORE = re.compile(
    r"(?<!\bals )(?<!\bwie )(?<!\bvon )\b(?:[Dd]er|[Dd]ie|[Dd]as|[Dd]en|[Dd]em|[Dd]es)\s$"
)
# A verb of saying and "que" in French, Spanish, Portuguese and Italian: "a affirmé qu'",
# "comentó que", "disse que", "ha detto che".
_SAID_THAT_ROMANCE = re.compile(
    r"(?<![\w-])(?:dit|dire|affirmé|affirme|déclaré|déclare|estimé|estime|estimant|expliqué|"
    r"explique|indiqué|indique|précisé|précise|assuré|assure|ajouté|ajoute|souligné|souligne|"
    r"dijo|afirmó|aseguró|señaló|comentó|explicó|indicó|agregó|añadió|sostuvo|declaró|"
    r"advirtió|manifestó|expresó|reconoció|precisó|recordó|aclaró|opinó|disse|afirmou|"
    r"declarou|explicou|detto|dichiarato|spiegato|affermato)\s+(?:que\s|qu['\u2019]|che\s)",
    re.IGNORECASE,
)
# A verb of calling something something, its object and "como", "de" or "comme" right before
# the quotation: "E classificou os pedidos como “anomalias graves”", "la calificó de «…»",
# "a qualifié la mesure de « … »": the words are the subject's, however short.
_CALLED_IT_ROMANCE = re.compile(
    r"(?<![\w-])(?:classific|consider|qualifi|calific|defin|tild|cham|describ|descrev|denomin)"
    r"\w*\s+(?:[^.;:!?\n\"\u201c\u201d\u00ab\u00bb]{0,60}\s)?(?:como|de|comme|come|d['\u2019])\s*$",
    re.IGNORECASE,
)
# A clause reported after a verb of saying: "hatte gesagt, dass „…“".
_GERMAN_SAID_THAT = re.compile(
    r"(?<![\w-])(?:sagte|sagt|gesagt|erklärte|erklärt|betonte|betont|meinte|meint|gemeint|"
    r"schrieb|schreibt|geschrieben|berichtete|berichtet|warnte|warnt|gewarnt|kritisierte|"
    r"kritisiert)(?:\s+(?:hatte|habe|hat|haben))?,\s+dass\s"
)
# "„…“, wie der FDP-Vorsitzende Christian Lindner sich ausdrückte": as somebody put it.
_GERMAN_AS_SAID = re.compile(
    r"\s*,\s*wie\s+(?:[\w.\-]+\s+){0,8}?(?:sagte|sagt|sich\s+ausdrückte|formulierte|"
    r"formuliert|verrät|verriet|es\s+nannte|es\s+nennt|erklärte|erklärt|betonte|betont|"
    r"schrieb|schreibt|meinte|meint)(?![\w-])"
)
# A sentence's end or a line's. Not after an initial: 'the evidence against O.J. did not "..."'
# is one sentence (the mark first, the initial looked back at after it: a search skips to the
# marks).
_SENTENCE_BREAK = re.compile(r"[.!?\n](?:(?<=\n)|(?<!\b[A-Z].)[\"\u201d\u2019]?\s+)")
# The end of a sentence or of its clause: '"eliminate reasonable doubt" \u2014 an odd standard'.
_ENDS_SENTENCE = re.compile(r"\s*(?:[.!?;)\u2014\u2013]|--|\n|$)")
# Verbs whose object is what somebody said: 'maintain that ...', 'described it as ...'.
_CONTENT_VERB = re.compile(
    r"\b(?:say|says|said|saying|tell|tells|told|telling|claim(?:s|ed|ing)?|maintain(?:s|ed|ing)?|"
    r"insist(?:s|ed|ing)?|argue[sd]?|arguing|assure[sd]?|assuring|conclude[sd]?|concluding|"
    r"state[sd]|stating|warn(?:s|ed|ing)?|add(?:s|ed|ing)|note[sd]|noting|explain(?:s|ed|ing)?|"
    r"wrote|writes?|writing|acknowledge[sd]?|acknowledging|admit(?:s|ted|ting)?|"
    r"contend(?:s|ed|ing)?|promise[sd]?|vow(?:s|ed|ing)?|declare[sd]?|declaring|"
    r"announce[sd]?|announcing|testif(?:y|ies|ied|ying)|describe[sd]?|describing|"
    r"blast(?:s|ed|ing)?|den(?:y|ies|ied|ying)|call(?:s|ed|ing)?|rul(?:es|ed|ing)|"
    r"disput(?:es|ed|ing))\b",
    re.IGNORECASE,
)
# '"squatters," as Espinosa put it', '"financial health," as one CEO told me'.
_SAID_AS_AFTER = re.compile(
    r"\s*,?\s*as\s+(?:[\w\u2019'.\-]+\s+){1,5}(?:put it|puts it|said|says|told \w+|calls it|"
    r"called it|describes? it|described it)\b"
)
# Korean marks what was said with a quotative ending right after the mark: '‘...’라고 했다',
# '“...”고 말했다', '“...”라거나'.
_KOREAN_QUOTATIVE = re.compile("(?:\uc774)?\ub77c(?:\uace0|\uba70|\uac70\ub098)|\uace0\\s")
# 'in the economist's phrase, "..."', 'in the words of the mayor, "..."'.
_IN_THEIR_WORDS = re.compile(
    r"(?:['\u2019]s\s+(?:phrase|words)|\bin\s+the\s+words\s+of\s+[^,.;]{1,60})\)?,?\s*"
    r"(?:is\s+|was\s+)?$",
    re.IGNORECASE,
)
_IN_THEIR_WORDS_WORDS = re.compile("phrase|words")
# Quoted words that are the object of a verb of saying: 'politely saying "thank you"'. Lowercase
# only: a line opening "Added "Classic" mode" is a changelog, not speech.
_SAYING_RIGHT_BEFORE = re.compile(
    r"\b(?:say|says|said|saying|yell(?:s|ed|ing)|shout(?:s|ed|ing)|scream(?:s|ed|ing)|"
    r"whisper(?:s|ed|ing)|repl(?:y|ies|ied|ying)|answer(?:s|ed|ing)|tweet(?:s|ed|ing))[,:]?\s*$"
)
# A noun of speech after its owner or article and "that" before the quoted words: 'Whitcombe's
# promise that "no crew member will lose their job"', 'said in a statement that it remained
# "deeply committed"' (not the verb: 'advertisers claim that you can "opt out"').
_SPEECH_NOUN_THAT = re.compile(
    r"(?:['\u2019]s|\b(?:the|a|an|its|his|her|their|our|my))\s+(?:[a-z\-]+\s+)?"
    + attribution.SPEECH_NOUNS
    + r"\s+that(?:\s+[\w\u2019'\-]+){0,4}\s*$"
)
# A reported order or request: 'telling them to "believe in yourselves"', 'instructed news
# sites to "block and control" ...'.
_DIRECTIVE_BEFORE = re.compile(
    r"\b(?:tell|tells|told|telling|urge[sd]?|urging|begg?(?:ed|ing|s)?|ask(?:s|ed|ing)?|"
    r"instruct(?:s|ed|ing)?|order(?:s|ed|ing)?|directives?|call(?:s|ed|ing)? on|"
    r"appeal(?:s|ed|ing)? to|advis(?:e|es|ed|ing))\b(?:\s+[\w\u2019'.,\-]+){0,8}\s+to\s*$",
    re.IGNORECASE,
)
_DIRECTIVE_END = re.compile(r"to\s*$")  # what ends every lead it matches
# The same order with its "to" inside the quotation marks: 'asked them "not to panic"'.
_DIRECTIVE_OPEN = re.compile(
    r"\b(?:tell|tells|told|telling|urge[sd]?|urging|begg?(?:ed|ing|s)?|ask(?:s|ed|ing)?|"
    r"instruct(?:s|ed|ing)?|order(?:s|ed|ing)?|advis(?:e|es|ed|ing))\b(?:\s+[\w\u2019'.,\-]+){0,5}"
    r"\s+(?!(?:for|of|about|with|on|in|at)\s*$)[\w\u2019'.,\-]+\s*$",
    re.IGNORECASE,
)
_TO_INFINITIVE = re.compile(r"(?:not\s+)?to\s+[a-z]")
# Somebody's characterisation of something: 'she described this as the "worst case scenario"',
# 'privacy, which Apple views as "a fundamental human right"'.
_CHARACTERISED_AS = re.compile(
    r"\b(?:describ|view|regard|characteri[sz]|portray|hail|eulogi[sz]|denounc|condemn|blast|"
    r"decr)\w*(?:\s+[\w\u2019'.\-]+){0,6}\s+as\s+(?:(?:the|a|an|his|her|their|its|our)\s+)?$",
    re.IGNORECASE,
)
_CHARACTERISED_AS_WORDS = re.compile(
    "describ|view|regard|characteri|portray|hail|eulogi|denounc|condemn|blast|decr"
)
# Somebody calling something by a word of theirs: 'going so far as to call the play
# "ridiculous."', 'called it "immaterial"'. An object stands between the verb and the word: a
# thing "called "X"" with none is named, not called names.
# A name given with "the" ('call it the "Russian law"') and a passive ('This is called a "..."')
# are namings, not words of somebody's.
_CALLED_SOMETHING = re.compile(
    r"(?<!\bis )(?<!\bwas )(?<!\bare )(?<!\bwere )(?<!\bbe )(?<!\bbeen )(?<!\bbeing )"
    r"\bcall(?:s|ed|ing)?\s+(?!(?:for|on|off|up|out|back|in|at|to|into|upon|over|it\s+quits)\b)"
    r"(?:(?:the|a|an|his|her|its|their|our)\s+)?"
    r"(?:(?!(?:after|before|by|with|from|about|that|which|who|and|or|but|when|while|as|is|was|"
    r"are|were|be|been|the|a|an)\b)[\w\u2019'.\-]+\s+){1,4}(?:(?:a|an)\s+)?$",
    re.IGNORECASE,
)
_CALLED_SOMETHING_WORDS = re.compile("call")
# Where a quoted word ends its clause: '"ridiculous."', '"immaterial")', '"unexplained," and'.
_CLAUSE_ENDS_AFTER = re.compile(r"\s*[.,;:!?)\u2014\u2013]|\s*$")
# 'ministers were "deeply concerned" and that the fund would ...': a clause ends there too.
_CLAUSE_GOES_ON_AFTER = re.compile(r"\s+(?:and|but)\s+(?:that|said|added)\b")
# What something is said to be, right before the quoted words: 'the claims were "baseless"',
# 'there would be "political consequences"', 'it was a "mistake"'.
# Quoted words that say when, how long or how ("within 21 days", "around the clock", "for
# another 48hrs"): an adverbial of what is said, never a thing named.
_WHEN_OR_HOW = re.compile(
    r"(?:within|around|for|until|by|before|after|over|about|in|at|on)\s+\S", re.IGNORECASE
)
# Quoted words that are the reported clause's verb ("levels "have improved significantly"")
# or follow its auxiliary ('the department had "significantly increased" inspections').
_REPORTED_PREDICATE = re.compile(r"(?:have|has|had|would|will|could|can)\s+\S")
_AUXILIARY_BEFORE = re.compile(r"\b(?:had|has|have|would|will|could)\s+$")
_PREDICATE_BEFORE = re.compile(
    r"\b(?:is|are|was|were|be|been|being|seems?|seemed|remains?|remained|looks?|looked|"
    r"sounds?|sounded|feels?|felt|becomes?|became)\s+"
    r"(?:(?:so|too|very|quite|really|not|also|still|just|simply|a|an|more|less|most)\s+)*$"
)
# A phrase the sentence goes on with after short reported words: 'over a "failed refit" of'.
_PHRASE_GOES_ON = re.compile(
    r"\s+(?:(?:of|for|over|by|from|to|in|on|with|at|since|after|before|during|until|than)\s"
    r"|(?:and|but|und|aber|et|mais|y|pero|e|mas)\s+[^\W\d_A-Z])"
)  # a phrase, or a clause with a verb of its own: "als »Rückgrat des Dorfes« und verspricht"
_GERMAN_AS_BEFORE = re.compile(r"(?<![\w-])als\s*$")
_AS_REACH = 8  # characters before a quotation where "als" is looked for
_PLAIN_SAYING = frozenset("said says told tells added adds wrote writes".split())
# Between two quoted words of one list: '"inept" and "incompetent"', '"more gratifying," and'.
_SIBLINGS_GAP = re.compile(r",?\s+(?:and|or)\s+")
_BY_AGENT = re.compile(r"[,\s]*by\s+(?:the\s+)?[A-Za-z]")
# The end of a sentence that is its attribution: ', he added.', ', the CDC says.', ', reports Wee.'
_ATTRIBUTION_AT_END = re.compile(
    r",\s+(?:[\w\u2019'.\-]+\s+){0,5}(?:said|says|added|adds|reported|reports|wrote|writes|"
    r"explained|explains|noted|notes|warned|warns|told \w+)(?:\s+[\w\u2019'.\-]+){0,4}"
    r"[.!?][\"\u201d\u2019]?\s*$"
)
_THAT_OR_AS = re.compile(r"\b(?:that|as)\b")
_ATTRIBUTION_REACH = 40  # characters after a closing mark where "Quinn said" may begin
# What follows a quotation when its attribution comes straight after it: a name, a pronoun or
# the verb itself ('"pretty brutal," Quinn said', '", she said', '", said the minister').
_ATTRIBUTION_START = re.compile(
    r"\s*,?\s*(?:[A-Z]|(?:he|she|they|we|it|said|says|added|told|wrote)\b)"
)
_WHOLE_WORD = re.compile(r"\w[\w\u2019'\-]*")
_BREAKING_PUNCTUATION = ",;:\u2014\u2013-\u2026.!?"
# Between two quotations, a clause set against the first ('..., but Kulkarni-Menon responded:',
# '..., while the captain warned:'): what follows is another statement.
_CONTRASTING_CLAUSE = re.compile(r"[\s,;\u2014\u2013-]*(?:but|while|whereas|although|though|yet)\s")
# How far after a quotation its own attribution is looked for ('"Never," added his wife, Mary.').
_OWN_ATTRIBUTION_REACH = 80
_CLOSER_AFTER = re.compile(r"[^\s\w][\u2019'](?!\w)|\w[\u2019'](?=[\s,.;:!?]|$)")
# An opening single mark before a word or a bracketed insertion ("'[remains] committed'").
_OPENER_AFTER = re.compile(r"(?:^|[\s(\[\u2014\u2013])['\u2018](?=[A-Za-z\[])")
_ROCK_N_ROLL = ("'n'", "\u2019n\u2019", "\u2018n\u2019")
_TITLE_SMALL_WORDS = frozenset(
    "a an and as at but by for from in into of on or the to with after before over under vs via "
    "per onto upon about than nor so yet".split()
)


@dataclass
class _OpenQuote:
    family: str
    mark: int
    parts: list[Span] = field(default_factory=list)
    part_start: int = 0


_NO_ONE = attribution.Attribution(None, None, None)


@dataclass(frozen=True, slots=True)
class RawQuote:
    """The inner ranges of one quotation's parts, and where its first and last marks stand."""

    parts: tuple[Span, ...]
    open_mark: int
    close_mark: int


def find_quotations(
    text: str, *, min_words: int = 4, include_scare_quotes: bool = False
) -> list[Quotation]:
    """The direct quotations of `text`, in order, with offsets into `text`.

    Boilerplate paragraphs (appeals, captions) are skipped. Quotations of fewer
    than `min_words` words, titles and terms introduced as "so-called" are
    scare quotes, left out unless `include_scare_quotes`. In an interview printed as
    questions and answers, each answer is a quotation (`interviews.find_answers`).
    """
    article, paras = article_and_paragraphs(text)
    language = detect_language(article)
    raw = merge_interrupted(article, scan_quotes(article, paras), language)
    # The foreign rules need no ArticleNames; an interview's answers make their own if need be.
    names = ArticleNames(article) if raw and language not in (*FOREIGN, OTHER) else None
    answers = interviews.find_answers(article, names, min_words=min_words, paras=paras)
    if not raw:
        return answers
    resolver = _speaker_resolver(article, names, language)
    in_an_answer = interviews.inside_answers(answers)
    judged: list[tuple[RawQuote, attribution.Attribution, bool]] = []
    for quote in raw:
        if in_an_answer(quote.parts[0].start):
            continue  # words quoted inside an answer stay inside it
        words = quote_words(article, quote)
        if _introduced_as_a_term(article, quote):
            judged.append((quote, _NO_ONE, True))  # "often called", "so-called": nobody's words,
            continue  # and no speaker for the quotations after it to go on with
        attributed = resolver.attribute(quote)
        scare = is_scare_quote(
            article, quote, words, attributed, min_words=min_words, language=language
        )
        judged.append((quote, attributed, scare))
    _headline_quotations(article, judged)
    _entry_headings(article, judged)
    _join_siblings(article, judged, min_words)
    if names is not None:
        _quoted_answers(article, paras, names, judged)
    _name_headings(article, judged)
    _quoted_again(article, judged)
    found = [
        _quotation(article, quote, attributed)
        for quote, attributed, scare in judged
        if include_scare_quotes or not scare
    ]
    return sorted(found + answers, key=lambda quote: quote.start) if answers else found


def _headline_quotations(
    article: str, judged: list[tuple[RawQuote, attribution.Attribution, bool]]
) -> None:
    """The quotations of the article's heading lines: its first lines while each is a headline
    or standfirst, short, with words of its own around the quotation and no full stop at its end
    ("'He knew me right away': Dog missing for 3 years reunited with family"; "Judges hail 'a
    book that will outlive all of us' as ..."). A headline quotes; it reports no one's words."""
    heading_end = _heading_end(article)
    for index, (quote, attributed, _) in enumerate(judged):
        if quote.close_mark < heading_end:
            judged[index] = (quote, attributed, True)


def _entry_headings(
    article: str, judged: list[tuple[RawQuote, attribution.Attribution, bool]]
) -> None:
    """The quotations of a live blog's entry headings: a line under its time stamp line, or
    opening on a time stamp itself (its "Key events" list), that is no sentence ("4.10pm" /
    '"It just jumped the road"', '4.55pm "Leave now, do not wait": emergency warning for
    Kyogle Valley'). The entry under it quotes the words; the heading reports no one's."""
    for index, (quote, attributed, scare) in enumerate(judged):
        if not scare and len(quote.parts) == 1 and _on_an_entry_heading(article, quote):
            judged[index] = (quote, attributed, True)


def _on_an_entry_heading(article: str, quote: RawQuote) -> bool:
    start = article.rfind("\n", 0, quote.open_mark) + 1
    end = article.find("\n", quote.close_mark)
    line = article[start : len(article) if end < 0 else end]
    stamped = _TIME_STAMPED.match(line)
    if stamped:
        line = line[stamped.end() :]
    else:
        above_end = start - 1
        while above_end > 0 and article[above_end - 1] == "\n":
            above_end -= 1  # over blank lines, as far as the line above
        above_start = article.rfind("\n", 0, above_end) + 1
        if above_end <= 0 or not _TIME_STAMP_ALONE.fullmatch(article, above_start, above_end):
            return False
    words = line.split()
    ending = line.rstrip().rstrip(_CLOSING_MARKS_TEXT).rstrip()[-1:]
    return 0 < len(words) <= _HEADLINE_WORDS and ending not in ".!?\u2026"


def _heading_end(article: str) -> int:
    """Where the article's heading lines end (0 when it opens on no headline): at most
    `_HEADING_LINES` of them, and never the whole text (a text of one line is no headline over
    an article)."""
    end = 0
    for count, line in enumerate(_NON_BLANK_LINE.finditer(article)):
        if count == _HEADING_LINES or not _is_headline(line.group()):
            break
        end = line.end()
    return end if article[end:].strip() else 0


def _is_headline(line: str) -> bool:
    words = line.split()
    if not words or len(words) > _HEADLINE_WORDS:
        return False
    if line.rstrip().rstrip(_CLOSING_MARKS_TEXT).rstrip()[-1:] in ".!?\u3002\uff01\uff1f":
        return False  # a sentence: '"We will not be moved."', 'Ms Lee said: "...".'
    outside = _QUOTED_PART.sub(" ", line)
    return len(_WORD.findall(outside)) >= _HEADLINE_OWN_WORDS


def _quoted_answers(
    text: str,
    paras: list[Span],
    names: ArticleNames,
    judged: list[tuple[RawQuote, attribution.Attribution, bool]],
) -> None:
    """In an interview whose answers are quotations after "Q:" questions
    (`interviews.quoted_answers`), the answers nobody is said to say are the interviewee's."""
    found = interviews.quoted_answers(text, paras, names)
    if found is None:
        return
    interviewee, starts = found
    for index, (quote, attributed, scare) in enumerate(judged):
        if attributed.speaker is None and quote.open_mark in starts:
            judged[index] = (quote, replace(attributed, speaker=interviewee), scare)


def _join_siblings(
    text: str, judged: list[tuple[RawQuote, attribution.Attribution, bool]], min_words: int
) -> None:
    """Short quoted words joined by "and" or "or" go together: a lowercase one left out only as a
    lone term goes with its sibling quotation ('is "more gratifying," and "rewarding" than her
    previous jobs, she told me'); words introduced as terms take their siblings out with them
    ('the words "Walter" and "white"'). A sentence quoted next to a term ('thought the plan "far
    too costly", and "We will fight it," he said') is no sibling of it."""
    for index in range(1, len(judged)):
        first, first_attributed, first_scare = judged[index - 1]
        second, second_attributed, second_scare = judged[index]
        if first_scare == second_scare or not _SIBLINGS_GAP.fullmatch(
            text, first.close_mark + 1, second.open_mark
        ):
            continue
        if first_scare and _named_as_term(text, first):
            judged[index] = (second, second_attributed, True)
        elif max(len(quote_words(text, first)), len(quote_words(text, second))) >= min_words:
            continue
        elif first_scare and _may_join(text, first):
            judged[index - 1] = (first, first_attributed, False)
        elif second_scare and _may_join(text, second):
            judged[index] = (second, second_attributed, False)


def _may_join(text: str, quote: RawQuote) -> bool:
    """A short lowercase quotation that nothing names as a term, title or sign."""
    return text[quote.parts[0].start].islower() and not _named_as_term(text, quote)


def _speaker_resolver(article: str, names: ArticleNames | None, language: str):
    """The speaker rules of the article's language: German, French, Spanish, Portuguese and
    Italian news have their own, and Russian; English and CJK are read with the English ones,
    and any other language with none."""
    if language == OTHER:
        return _NobodysWords()
    if language == RUSSIAN:
        return attribution_european.RussianSpeakerResolver(article)
    if language in FOREIGN:
        return attribution_european.EuropeanSpeakerResolver(article, language)
    return attribution.SpeakerResolver(article, names)


class _NobodysWords:
    """No speaker rules: the quotations of an article in a language none of them reads."""

    def attribute(self, quote: RawQuote) -> attribution.Attribution:
        return attribution.Attribution(None, None, None)


def _name_headings(
    article: str, judged: list[tuple[RawQuote, attribution.Attribution, bool]]
) -> None:
    """Quotations with no speaker, each a paragraph of its own under a heading that opens with a
    person's name and a colon ("KARLA TARAZONA: POR SER FAN, ME CASTIGARON", then "“Por
    Servando me escapé del colegio ...”"): the name's. A name the article writes in prose, or
    with a known first name, counts alone; any other when two headings or more of the article
    are so laid out (a collage of people's words)."""
    headed = [
        (index, label)
        for index, (quote, attributed, _) in enumerate(judged)
        if attributed.speaker is None and (label := _heading_label(article, quote))
    ]
    for index, label in headed:
        name = _name_as_written(article, label, laid_out=len(headed) >= _MIN_NAME_HEADINGS)
        if name is not None:
            quote, attributed, scare = judged[index]
            judged[index] = (quote, replace(attributed, speaker=name), scare)


def _quoted_again(
    article: str, judged: list[tuple[RawQuote, attribution.Attribution, bool]]
) -> None:
    """A quotation with no speaker, or one only guessed from the quotation before (no verb), a
    paragraph alone, whose words another quotation of the article holds, with a speaker (a pull
    quote or subhead repeating the body's words): the same words are the same person's."""
    unsaid = [
        (index, words)
        for index, (quote, attributed, _) in enumerate(judged)
        if (attributed.speaker is None or attributed.verb is None)
        and _written_twice(article, quote)
        and (words := _words_of(article, quote)).count(" ") > _MIN_WORDS_QUOTED_AGAIN
    ]
    if not unsaid:
        return
    said = [
        (index, _words_of(article, quote), attributed.speaker)
        for index, (quote, attributed, _) in enumerate(judged)
        if attributed.speaker is not None
    ]
    for index, words in unsaid:
        holders = [(other, speaker) for other, text, speaker in said if _same_words(words, text)]
        speakers = {speaker for other, speaker in holders if other != index}
        quote, attributed, scare = judged[index]
        if _displayed_again(article, quote) and any(other != index for other, _ in holders):
            judged[index] = (quote, attributed, True)  # a pull quote or subhead: no new words
        elif len(speakers) == 1:
            judged[index] = (quote, replace(attributed, speaker=speakers.pop()), scare)


def _displayed_again(article: str, quote: RawQuote) -> bool:
    """Is the quotation set out as display type, its sentence's last stop dropped (“This is the
    hardest decision we have taken”), as a pull quote is and a quotation in the prose is not?"""
    return article[quote.parts[-1].end - 1].isalnum()


def _written_twice(article: str, quote: RawQuote) -> bool:
    """Is the quotation a paragraph alone (as a pull quote is) whose opening or closing
    characters the article writes twice? A cheap test that a quotation quoted again passes."""
    first, last = quote.parts[0], quote.parts[-1]
    if last.end - first.start < _MIN_CHARS_QUOTED_AGAIN or _paragraph_alone(article, quote) is None:
        return False
    head = article[first.start : first.start + _MIN_CHARS_QUOTED_AGAIN]
    tail = article[last.end - _MIN_CHARS_QUOTED_AGAIN : last.end]
    return _stands_twice(article, head) or _stands_twice(article, tail)


def _stands_twice(article: str, piece: str) -> bool:
    """`article.count(piece) > 1`: its first and last places, found by a scan from each end that
    stops at them, stand apart by its length at least."""
    return article.rfind(piece) - article.find(piece) >= len(piece)


def _same_words(words: str, other: str) -> bool:
    """Does one quotation's words hold the other's, whole words, both long enough to tell?"""
    if words in other:
        return True
    return other in words and other.count(" ") > _MIN_WORDS_QUOTED_AGAIN


def _words_of(article: str, quote: RawQuote) -> str:
    """A quotation's words, folded, without punctuation, between spaces: what two quotings of
    it share."""
    text = " ".join(article[p.start : p.end] for p in quote.parts)
    return " " + " ".join(_WORD.findall(fold(text))) + " "


def _paragraph_alone(article: str, quote: RawQuote) -> int | None:
    """Where the quotation's paragraph starts, when the quotation is all of it."""
    line_start = article.rfind("\n", 0, quote.open_mark) + 1
    line_end = article.find("\n", quote.close_mark)
    line_end = len(article) if line_end < 0 else line_end
    if article[line_start : quote.open_mark].strip() or article[
        quote.close_mark + 1 : line_end
    ].strip(" .,;"):
        return None  # prose around the quotation: its own sentence says who speaks
    return line_start


def _heading_label(article: str, quote: RawQuote) -> str | None:
    """The name opening the heading right above a quotation that is its paragraph alone."""
    line_start = _paragraph_alone(article, quote)
    if line_start is None:
        return None
    before = article[:line_start].rstrip()
    heading = before[before.rfind("\n") + 1 :]
    if len(heading) > _MAX_HEADING_CHARS or heading.endswith("."):
        return None
    found = _NAME_HEADING.match(heading)
    return found.group(1) if found else None


def _name_as_written(article: str, label: str, *, laid_out: bool) -> str | None:
    """A heading's name as the article writes it ("JANET BARBOZA" -> "Janet Barboza"); None
    when the label is no person's name ("BREAKING NEWS", "NUEVA YORK"), or when the article
    neither writes it in prose nor opens it with a known first name, unless it lays out several
    such headings and writes none of the label's words as a common word."""
    words = label.split()
    if any(not word[0].isupper() or word.capitalize() in NOT_NAME_WORDS for word in words):
        return None  # "CPU profiling: what's the difference", "BREAKING NEWS: ..."
    name = " ".join(word.capitalize() for word in words) if label.isupper() else label
    if not is_person_name(name) or names_a_place_or_people(name):
        return None
    if name in article or gender_from_first_name(name) is not None:
        return name
    if laid_out and not any(_written_as_a_word(article, word) for word in name.split()):
        return name  # "KEY POINTS:" over quotations is no name: "key" is a word of the text
    return None


def _written_as_a_word(article: str, word: str) -> bool:
    """Does the article write this capitalised word in lower case too, as a common word?"""
    lower = word.casefold()
    return re.search(rf"(?<![\w-]){re.escape(lower)}(?![\w-])", article) is not None


def _quotation(article: str, quote: RawQuote, attributed: attribution.Attribution) -> Quotation:
    return Quotation(
        text=" ".join(article[p.start : p.end] for p in quote.parts),
        start=quote.parts[0].start,
        end=quote.parts[-1].end,
        parts=quote.parts,
        speaker=attributed.speaker,
        role=attributed.role,
        verb=attributed.verb,
    )


def quote_words(text: str, quote: RawQuote) -> list[str]:
    if len(quote.parts) == 1:  # most quotations: the words of the part, read in place
        return _WORD.findall(text, quote.parts[0].start, quote.parts[0].end)
    return [w for p in quote.parts for w in _WORD.findall(text, p.start, p.end)]


def is_scare_quote(
    text: str,
    quote: RawQuote,
    words: list[str],
    attributed: attribution.Attribution,
    *,
    min_words: int,
    language: str = "",
) -> bool:
    """A quoted term rather than a statement: introduced as a term, a title, a work, a slogan or
    a sign, or short without anything that reports the words as said: a named speaker and a verb
    of saying ('he called it "inept"'), or a sentence of reported speech around them."""
    if _named_as_term(text, quote, words, attributed, language) or _in_code(text, quote):
        return True
    lead_start = max(quote.open_mark - _LEAD_REACH, 0)
    lead = text[lead_start : quote.open_mark]
    if (
        attributed.speaker is None
        and _may_hold(lead, _EXAMPLE_LEAD_WORDS)
        and _EXAMPLE_LEAD.search(text, lead_start, quote.open_mark)
    ):
        return True
    if language in FOREIGN and _names_a_foreign_work(text, quote):
        return True
    if language == "de" and _german_name_after_article(text, quote, attributed):
        return True
    if language in FOREIGN and _quoted_heading(text, quote, words, attributed):
        return True
    if len(words) < min_words:
        if _may_hold(lead, _WHAT_IT_IS_CALLED_WORDS) and _WHAT_IT_IS_CALLED.search(
            text, lead_start, quote.open_mark
        ):
            return True
        opens_sentence = text[quote.parts[0].start].isupper()
        pinned = _pinned_on_speaker(attributed, opens_sentence=opens_sentence)
        pinned = pinned or _attribution_follows(text, quote, attributed, language)
        pinned = pinned or _said_by_someone(text, quote, attributed)
        pinned = pinned or (
            len(words) > 1 and _reported_of_someone(text, quote, attributed, language)
        )
        pinned = pinned or _in_reported_sentence(text, quote)
        if not pinned and len(words) >= 2:
            pinned = _in_foreign_indirect_speech(text, quote, language)
        return not pinned or all(w[:1].isupper() for w in words)
    if _in_foreign_indirect_speech(text, quote, language):
        return False
    return _unattributed_fragment(text, quote, words, attributed) and not _in_reported_sentence(
        text, quote
    )


def _in_code(text: str, quote: RawQuote) -> bool:
    """A string in a line of code a page prints: a docstring (three quotation marks), a
    value given to a name ('USER_AGENT = "Mozilla/5.0 ..."') or to a JSON key ('"Value": "...",');
    or a call quoted in prose ("module 'a' calls 'print f()' at the end").
    """
    if text.startswith('""', quote.open_mark + 1) or text.startswith('""', quote.open_mark - 2):
        return True
    start, end = quote.parts[0].start, quote.parts[-1].end
    if text.find("(", start, end) >= 0 and _CALL.search(text, start, end):
        return True  # looked for only where a bracket opens: tried at every letter otherwise
    line_start = text.rfind("\n", 0, quote.open_mark) + 1
    return _CODE_KEY.fullmatch(text, line_start, quote.open_mark) is not None


def _names_a_foreign_work(text: str, quote: RawQuote) -> bool:
    """In German, French, Spanish, Portuguese and Italian news: the quotation after the noun of
    a work, a theme or a motto (zum Thema „…“, dem Motto „…“, la campaña “…”, intitulé « … »)."""
    lead = text[max(quote.open_mark - _LEAD_REACH, 0) : quote.open_mark]
    return _FOREIGN_WORK_LEAD.search(lead) is not None


def _quoted_heading(
    text: str, quote: RawQuote, words: list[str], attributed: attribution.Attribution
) -> bool:
    """A short quotation that makes a paragraph alone, with no full stop and nobody named: a
    headline or a subheading in quotation marks („Wir haben bereits die Zusage“)."""
    if attributed.speaker is not None or len(words) >= _HEADING_WORDS or len(quote.parts) > 1:
        return False
    start = text.rfind("\n", 0, quote.open_mark) + 1
    end = text.find("\n", quote.close_mark)
    end = len(text) if end < 0 else end
    alone = (
        not text[start : quote.open_mark].strip() and not text[quote.close_mark + 1 : end].strip()
    )
    return alone and text[quote.parts[0].end - 1] not in ".!?\u2026"


def _german_name_after_article(
    text: str, quote: RawQuote, attributed: attribution.Attribution
) -> bool:
    """ "das „Recht auf eine saubere Umwelt“", "die „Leitlinien für den Tierschutz“": a
    capitalised quotation right after a definite article, that nobody is said to say and no
    sentence reports, names a thing (not after "als": "bezeichnete ihn als den „…“")."""
    if attributed.speaker is not None or not text[quote.parts[0].start].isupper():
        return False
    before = text[max(quote.open_mark - _LEAD_REACH, 0) : quote.open_mark]
    if not _GERMAN_ARTICLE_BEFORE.search(before):
        return False
    return not _in_german_indirect_speech(text, quote)


def _in_foreign_indirect_speech(text: str, quote: RawQuote, language: str) -> bool:
    """Quoted words in a sentence of reported speech, in German (`_in_german_indirect_speech`)
    or after a verb of saying and "que" in French, Spanish, Portuguese and Italian ("avait
    affirmé qu'il était prêt à démissionner « si le public le veut »")."""
    if language == "de":
        return _in_german_indirect_speech(text, quote)
    if language not in FOREIGN:
        return False
    before = _sentence_before(text, quote.open_mark)
    return (
        _SAID_THAT_ROMANCE.search(before) is not None
        or _CALLED_IT_ROMANCE.search(before) is not None
    )


def _in_german_indirect_speech(text: str, quote: RawQuote) -> bool:
    """German reports speech in the subjunctive: quoted words in a sentence whose verb is one
    ("Der Markt sei „größer als vor COVID-19“", "So seien „gleich vier PR-Mitarbeiter“ dabei
    gewesen", "Er wolle „in der EU für Transparenz“ sorgen") are the speaker's words."""
    before = _sentence_before(text, quote.open_mark)
    after = text[quote.close_mark + 1 : quote.close_mark + 1 + _SENTENCE_REACH]
    end = _SENTENCE_BREAK.search(after)
    sentence = before + " " + (after[: end.start()] if end else after)
    if attribution_european.reports_in_subjunctive(sentence):
        return True
    return bool(_GERMAN_SAID_THAT.search(before) or _GERMAN_AS_SAID.match(after))


def _named_as_term(
    text: str,
    quote: RawQuote,
    words: list[str] | None = None,
    attributed: attribution.Attribution | None = None,
    language: str = "",
) -> bool:
    """Introduced as a term ('so-called'), a title, a work, a slogan or a sign, whoever says it.
    Words capitalised as a title's are not one when the `attributed` speaker says them at the
    head of a sentence: "'Credit to the Stallions,' he said." (`_said_at_its_sentence_start`)."""
    if _introduced_as_a_name(text, quote):
        return True
    if _looks_like_title(
        text, quote, quote_words(text, quote) if words is None else words
    ) and not (
        attributed is not None and _said_at_its_sentence_start(text, quote, attributed, language)
    ):
        return True
    if text.startswith(_ATTRIBUTIVE_AFTER, quote.close_mark + 1):
        return True
    return _PLACARD_AFTER.match(text, quote.close_mark + 1) is not None


@functools.lru_cache(maxsize=64)
def _is_scare_lead(lead: str) -> bool:
    """`_SCARE_LEAD` found in the lead; not looked for in a lead without one of its words. Kept
    for the last leads: a quotation's lead is asked about as a term's and as a name's."""
    return _may_hold(lead, _SCARE_LEAD_WORD) and _SCARE_LEAD.search(lead) is not None


def _may_hold(lead: str, words: re.Pattern) -> bool:
    """May a pattern with re.IGNORECASE whose every match holds one of `words` (in lower case)
    match in the lead? Not when the lead's lower() holds none of them and the lead no letter
    that folds into an ASCII one (`_FOLDS_INTO_ASCII`)."""
    if words.search(lead.lower()) is not None:
        return True
    return not lead.isascii() and _FOLDS_INTO_ASCII.search(lead) is not None


def _in_reported_sentence(text: str, quote: RawQuote) -> bool:
    """Quoted words inside a sentence that reports what somebody said, whoever that is. A single
    word counts only when 'as X put it' follows: alone it is a term as often as speech
    ('dismissed it as "spin"', 'an operation against "criminals" ..., a source said')."""
    after = quote.close_mark + 1
    if _SAID_AS_AFTER.match(text, after) or _KOREAN_QUOTATIVE.match(text, after):
        return True
    lead = text[max(quote.open_mark - _LEAD_REACH, 0) : quote.open_mark]
    if (
        _SAYING_RIGHT_BEFORE.search(lead)
        or (_may_hold(lead, _DIRECTIVE_END) and _DIRECTIVE_BEFORE.search(lead))
        or ("that" in lead and _SPEECH_NOUN_THAT.search(lead))  # what every lead it matches holds
        or (_may_hold(lead, _IN_THEIR_WORDS_WORDS) and _IN_THEIR_WORDS.search(lead))
    ):
        return True
    if _TO_INFINITIVE.match(text, quote.parts[0].start) and _DIRECTIVE_OPEN.search(lead):
        return True  # 'begged lawmakers "not to lose sight of" the war', not 'asked for "to go"'
    characterised = (
        _may_hold(lead, _CHARACTERISED_AS_WORDS) and _CHARACTERISED_AS.search(lead) is not None
    )
    if characterised and _BY_AGENT.match(text, after):
        return True  # 'described as "heartbreaking" by the department': who said it, named
    if (
        text[quote.parts[0].start].islower()
        and _PREDICATE_BEFORE.search(lead)
        and _opens_on_saying(_sentence_before(text, quote.open_mark))
    ):
        return True
    if _ends_its_clause(text, quote) and (
        (_may_hold(lead, _CALLED_SOMETHING_WORDS) and _CALLED_SOMETHING.search(lead))
        or _sentence_closes_with_attribution(text, after)
    ):
        return True  # '"unexplained," and diagnoses are delayed, he added.', not '"criminals" in'
    if len(_WHOLE_WORD.findall(text, quote.parts[0].start, quote.parts[-1].end)) < 2:
        return False
    if characterised:
        return True
    return _ends_reported_clause(text, quote) or _sentence_closes_with_attribution(
        text, quote.close_mark + 1
    )


def _opens_on_saying(sentence: str) -> bool:
    """A sentence that opens on a person saying something ('He said ...', 'Judge Ada Lee told the
    jury ...') and names nothing ('had dubbed it "the Gordon problem"'). Its quoted words count
    when they say what something is ('there would be "political consequences"'), not a thing
    it names ('He said the hackers used "ransomware" to ...')."""
    opening = attribution.OPENS_ON_SAYING.match(sentence)
    return opening is not None and attribution.NAMING.search(sentence) is None


def _ends_its_clause(text: str, quote: RawQuote) -> bool:
    """Quoted words that end their clause: a full stop or a comma inside the closing mark, or
    punctuation right after it; not a noun the sentence goes on with ('the "smart" meters', 'that
    "a-ha!" moment')."""
    if text[quote.parts[-1].end - 1] in ".,;:" or _CLAUSE_ENDS_AFTER.match(
        text, quote.close_mark + 1
    ):
        return True
    # 'were "deeply concerned" and that ...'; one word before "but added" is as often a term
    return (
        bool(_CLAUSE_GOES_ON_AFTER.match(text, quote.close_mark + 1))
        and " " in text[quote.parts[0].start : quote.parts[-1].end]
    )


def _goes_on_with_a_phrase(text: str, quote: RawQuote) -> bool:
    """Quoted words (more than one: one word is as often a term) that the sentence goes on after
    with a phrase or a clause of its own (`_PHRASE_GOES_ON`)."""
    start, end = quote.parts[0].start, quote.parts[-1].end
    return " " in text[start:end] and _PHRASE_GOES_ON.match(text, quote.close_mark + 1) is not None


def _sentence_closes_with_attribution(text: str, position: int) -> bool:
    """'... they may assume the disease is "unexplained," and diagnoses are delayed, he added.':
    the rest of the sentence ends on its attribution, unless another quotation stands right
    before it and has it ('... "costly", and "We will fight", she said.')."""
    window = text[position : position + _SENTENCE_REACH]
    end = _SENTENCE_BREAK.search(window)
    if end is None and len(window) == _SENTENCE_REACH:
        return False  # the sentence goes on past the window
    rest = window[: end.end()] if end else window  # or ends the text
    found = _ATTRIBUTION_AT_END.search(rest)
    return found is not None and (found.start() == 0 or rest[found.start() - 1] not in _CLOSERS_SET)


def _names_a_work(text: str, quote: RawQuote, lead: str) -> bool:
    """A capitalised title or slogan after the noun of a work ('in his book "Financial Freedom:
    A Proven Path ..."'), or a quotation that names a campaign or a sign after it."""
    capitalised = text[quote.parts[0].start].isupper()
    if capitalised and _may_hold(lead, _WORK_LEAD_WORDS) and _WORK_LEAD.search(lead):
        return True
    return _LABEL_AFTER.match(text, quote.close_mark + 1) is not None


def _pinned_on_speaker(attributed: attribution.Attribution, *, opens_sentence: bool) -> bool:
    """Short words count as a quotation when a verb of saying pins them on a named speaker:
    before them ('she called the plan "unworkable"'), or after a short sentence of their own
    ('"That's correct," Volker said')."""
    return (
        attributed.speaker is not None
        and attributed.verb in attribution.PINNING_VERBS
        and (attributed.introduced or opens_sentence)
    )


def _said_by_someone(text: str, quote: RawQuote, attributed: attribution.Attribution) -> bool:
    """Lowercase words that a plain verb of saying introduces, whoever says them, when they end
    their clause as what something is (`_what_something_is`): 'A spokesman said the claims
    were "baseless."', 'said payments were expected "within 21 days."'; not a thing named ('a
    detective said the suspect used a "ghost gun."', 'staff have dubbed the plan "the quiet
    exit."')."""
    return (
        attributed.introduced
        and attributed.verb in _PLAIN_SAYING
        and text[quote.parts[0].start].islower()
        and _ends_what_is_reported(text, quote)
        and _what_something_is(text, quote)
    )


def _what_something_is(text: str, quote: RawQuote) -> bool:
    """Short words that say what something is or does, not name it: after a predicate or an
    auxiliary ('the claims were "baseless."', 'had "full confidence"'), or opening on a verb
    or a preposition of when and how ('"have improved significantly"', '"within 21 days."')."""
    lead_start, start = max(quote.open_mark - _LEAD_REACH, 0), quote.parts[0].start
    return bool(
        _PREDICATE_BEFORE.search(text, lead_start, quote.open_mark)
        or _AUXILIARY_BEFORE.search(text, lead_start, quote.open_mark)
        or _WHEN_OR_HOW.match(text, start)
        or _REPORTED_PREDICATE.match(text, start)
    )


def _ends_what_is_reported(text: str, quote: RawQuote) -> bool:
    """Quoted words that end their clause or head a phrase the sentence goes on with, in a
    sentence that names nothing ("dubbed", "so-called")."""
    return (
        _ends_its_clause(text, quote) or _goes_on_with_a_phrase(text, quote)
    ) and attribution.NAMING.search(_sentence_before(text, quote.open_mark)) is None


def _reported_of_someone(
    text: str, quote: RawQuote, attributed: attribution.Attribution, language: str = ""
) -> bool:
    """Short lowercase words at the end of what a named speaker's verb of saying reports ("Fenwick
    promised there would be "no compulsory redundancies"", "Voss blasted the chain's bosses over
    a "failed £75m refit" of its stores""): a name, not a term, only where the sentence names
    something."""
    return (
        attributed.speaker is not None
        and attributed.introduced
        and attributed.verb is not None
        and (
            not text[quote.parts[0].start].isupper()  # not a slogan: "Rettet die Hohfluh"
            or language == "de"
            and _GERMAN_AS_BEFORE.search(text, max(quote.open_mark - _AS_REACH, 0), quote.open_mark)
            is not None
        )  # but a German noun: "lobt die Familie als »Rückgrat des Dorfes«"
        and _ends_what_is_reported(text, quote)
    )


def _said_at_its_sentence_start(
    text: str, quote: RawQuote, attributed: attribution.Attribution, language: str
) -> bool:
    """A quotation that opens its sentence and is broken off by who said it ("'Credit to the
    Stallions,' he said."): a title is named inside a sentence, not said at the head of one."""
    return starts_a_sentence(text, quote.open_mark) and _attribution_follows(
        text, quote, attributed, language
    )


def _attribution_follows(
    text: str, quote: RawQuote, attributed: attribution.Attribution, language: str = ""
) -> bool:
    """Short words broken off by a comma and followed at once by who said them:
    'The months were "pretty brutal," Quinn said.', „Das ist unsozial“, kritisierte X. A term
    the sentence goes on after ('its "family recipes," and customers ...') is not pinned."""
    if attributed.speaker is None or attributed.verb is None or attributed.introduced:
        return False
    last = text[quote.parts[-1].end - 1]
    after = text[quote.close_mark + 1 : quote.close_mark + 1 + _ATTRIBUTION_REACH]
    broken_off = last in ",!?" or after.startswith(",")
    if broken_off and language in FOREIGN:  # the verb first: "sagte", "dijo", "a déclaré"
        return after.lstrip(" ,").startswith(attributed.verb.split()[0])
    return broken_off and _ATTRIBUTION_START.match(after) is not None


def _ends_reported_clause(text: str, quote: RawQuote) -> bool:
    """Words that end a sentence of reported speech: a verb of saying, then 'that' or 'as',
    then the quoted words ('told friends that the interview was a "great success".', 'blasted
    the payout as "morally wrong."'). A sentence that names or dubs something does not count."""
    after = text[quote.close_mark + 1 : quote.close_mark + 3]
    if text[quote.parts[-1].end - 1] not in ".!?" and not _ENDS_SENTENCE.match(after):
        return False
    sentence = _sentence_before(text, quote.open_mark)
    verb = _CONTENT_VERB.search(sentence)
    return (
        verb is not None
        and _THAT_OR_AS.search(sentence, verb.end()) is not None
        and attribution.NAMING.search(sentence) is None
    )


def _sentence_before(text: str, position: int) -> str:
    """The words of the sentence (within its paragraph) that stand before `position`."""
    window = text[max(position - _SENTENCE_REACH, 0) : position]
    ends = list(_SENTENCE_BREAK.finditer(window))
    return window[ends[-1].end() :] if ends else window


def _unattributed_fragment(
    text: str, quote: RawQuote, words: list[str], attributed: attribution.Attribution
) -> bool:
    """A lowercase phrase under eight words that nobody is said to have said: a term, a search
    query, a commit message ('fault detection, isolation and recovery')."""
    first = text[quote.parts[0].start]
    return (
        attributed.speaker is None
        and attributed.verb is None
        and (first.islower() or _is_uncased_letter(first))
        and len(words) < _MAX_FRAGMENT_WORDS
    )


def _is_uncased_letter(char: str) -> bool:
    return any(low <= char <= high for low, high in _UNCASED_LETTERS)


def _looks_like_title(text: str, quote: RawQuote, words: list[str]) -> bool:
    """Two or more significant words, every one capitalised: a title of a work or a headline."""
    if len(words) > _MAX_TITLE_WORDS or len(quote.parts) > 1:
        return False
    whole_words = _WHOLE_WORD.findall(text[quote.parts[0].start : quote.parts[0].end])
    significant = [w for w in whole_words if w.casefold() not in _TITLE_SMALL_WORDS]
    return len(significant) >= 2 and all(w[:1].isupper() or w[:1].isdigit() for w in significant)


def scan_quotes(text: str, paras: list[Span] | None = None) -> list[RawQuote]:
    """Every top-level quotation of `text` by its marks, paragraph by paragraph (its
    `paragraphs`, split here unless given)."""
    quotes: list[RawQuote] = []
    carried: _OpenQuote | None = None
    paras = paragraphs(text) if paras is None else paras
    for index, para in enumerate(paras):
        if carried is None and _MARKS.search(text, para.start, para.end) is None:
            continue
        if _is_program_text(text, para):
            carried = None
            continue
        if carried is not None:
            carried.part_start = para.start + 1
            skip_first_mark = True
        else:
            skip_first_mark = False
        carried = _scan_paragraph(text, para, carried, skip_first_mark, quotes)
        if carried is not None:
            carried.parts.append(Span(carried.part_start, para.end))
            following = paras[index + 1] if index + 1 < len(paras) else None
            if following is None or not _continues(text, following, carried.family):
                _close_at_paragraph_end(text, carried, paras, quotes)
                carried = None
    return quotes


def _close_at_paragraph_end(
    text: str, carried: _OpenQuote, paras: list[Span], quotes: list[RawQuote]
) -> None:
    """A double quotation that opens a paragraph and never closes, though no paragraph after
    goes on with it: its closing mark is lost, and it ends with its paragraph, as an article's
    last words often do ('„Man kann diese Pellets genauso verheizen ... organisieren.' and
    the article ends). One opening inside a paragraph may be a stray mark: it is left out."""
    if carried.family not in _DOUBLE_FAMILIES or not any(p.start == carried.mark for p in paras):
        return
    stripped = tuple(s for s in (_strip(text, part) for part in carried.parts) if s is not None)
    said = text[stripped[0].start : stripped[-1].end] if stripped else ""
    if len(_SENTENCE_INSIDE.findall(said)) + 1 >= _MIN_UNCLOSED_SENTENCES and not (
        _ATTRIBUTION_INSIDE.search(said)
    ):
        quotes.append(RawQuote(stripped, carried.mark, stripped[-1].end))


def _is_program_text(text: str, para: Span) -> bool:
    """A line of code or a shell session in a technical article: what it quotes is a string,
    not speech ('$ echo 'Fix.' > file1', 'console.log("done");')."""
    if text.startswith(_SHELL_PROMPTS, para.start):
        return True
    length = para.end - para.start
    if length < _MIN_CODE_CHARS:
        return False
    return len(_CODE_CHARACTER.findall(text, para.start, para.end)) >= _CODE_SHARE * length


def _continues(text: str, para: Span, family: str) -> bool:
    """Does this paragraph open with the mark that continues a quotation of `family`?"""
    first = text[para.start]
    if family in (STRAIGHT_DOUBLE, DOUBLE, LOW_DOUBLE):
        return first in '"\u201c\u201e'
    if family in (GUILLEMET, REVERSED_GUILLEMET):
        return first in "\u00ab\u00bb"
    return first in "'\u2018\u201a"


def _scan_paragraph(
    text: str,
    para: Span,
    carried: _OpenQuote | None,
    skip_first_mark: bool,
    quotes: list[RawQuote],
) -> _OpenQuote | None:
    """Pair the marks of one paragraph; return the outermost quotation still open at its end."""
    stack: list[_OpenQuote] = [carried] if carried is not None else []
    marks = _MARKS.finditer(text, para.start, para.end)
    if skip_first_mark:
        next(marks, None)
    for mark in marks:
        position = mark.start()
        action, family = _classify(text, position, para, stack)
        if action == "open" and _lost_its_closer(text, stack, family, position):
            opened = stack[0]
            opened.parts.append(Span(opened.part_start, _virtual_closer(text, position)))
            opened.part_start = position + 1
        elif action == "open" and len(stack) < _MAX_NESTING:
            stack.append(_OpenQuote(family, position, part_start=position + 1))
        elif action == "close":
            _close(text, stack, family, position, quotes)
    if len(stack) == 1 and _closer_shared_with_nested(text, para, stack[0]):
        _close(text, stack, stack[0].family, text.rindex("\u00bb", para.start, para.end), quotes)
    return stack[0] if stack else None


def _lost_its_closer(text: str, stack: list[_OpenQuote], family: str, position: int) -> bool:
    """A curly quotation opening inside an open one of the same kind, after the end of a
    sentence: the open one lost its closing mark ("... the rights. 'Yes we are ...'"), and the
    speaker goes on, as over paragraphs. Curly quotations nest the other kind ('"... 'term'
    ..."'), so this is no nesting."""
    return (
        len(stack) == 1
        and stack[0].family == family
        and family in (DOUBLE, SINGLE, GUILLEMET)
        and _AFTER_SENTENCE_END.search(text, max(position - 3, 0), position) is not None
    )


def _virtual_closer(text: str, position: int) -> int:
    """Where the missing closing mark would stand: right after the sentence before `position`."""
    while position > 0 and text[position - 1].isspace():
        position -= 1
    return position


def _closer_shared_with_nested(text: str, para: Span, open_quote: _OpenQuote) -> bool:
    """'«J'ai eu peur. Puis je me suis dit : «Tu n'as rien à perdre.»': French and Russian
    print one closing guillemet for a quotation and the one nested at its end."""
    return open_quote.family == GUILLEMET and text[para.start : para.end].rstrip(" .").endswith(
        "\u00bb"
    )


def _close(
    text: str, stack: list[_OpenQuote], family: str, position: int, quotes: list[RawQuote]
) -> None:
    depth = next((i for i in range(len(stack) - 1, -1, -1) if stack[i].family == family), None)
    if depth is None:
        return
    opened = stack[depth]
    del stack[depth:]
    if depth == 0:
        parts = [*opened.parts, Span(opened.part_start, position)]
        stripped = tuple(s for s in (_strip(text, part) for part in parts) if s is not None)
        if stripped:
            quotes.append(RawQuote(stripped, opened.mark, position))


def _strip(text: str, span: Span) -> Span | None:
    """The span without the white space at its ends; None if nothing else is in it."""
    body = text[span.start : span.end]
    left = len(body) - len(body.lstrip())
    right = len(body.rstrip())
    if right <= left:
        return None
    return Span(span.start + left, span.start + right)


def _classify(text: str, position: int, para: Span, stack: list[_OpenQuote]) -> tuple[str, str]:
    """Whether the mark at `position` opens, closes or is neither (an apostrophe)."""
    char = text[position]
    before = text[position - 1] if position > para.start else " "
    after = text[position + 1] if position + 1 < para.end else " "
    open_families = {q.family for q in stack}
    if char == '"':
        return _classify_straight(before, after, open_families, STRAIGHT_DOUBLE)
    if char == "'":
        return _classify_single(text, position, para, before, after, open_families, STRAIGHT_SINGLE)
    if char == "\u201c":
        return _classify_left_double(before, after, open_families)
    if char == "\u201d":
        return _classify_right_double(before, after, open_families)
    if char == "\u201e":
        return ("open", LOW_DOUBLE)
    if char == "\u201a":
        return ("open", LOW_SINGLE)
    if char == "\u2018":
        if LOW_SINGLE in open_families:
            return ("close", LOW_SINGLE)
        if before.isalpha() and after.isspace():
            return ("none", SINGLE)  # an apostrophe typed as a left mark: "Marrs‘ Kollegin"
        return ("open", SINGLE)
    if char == "\u2019":
        return _classify_single(text, position, para, before, after, open_families, SINGLE)
    return _classify_guillemet(char, before, open_families)


def _classify_straight(before: str, after: str, open_families: set[str], family: str):
    """A straight double mark closes whatever double quotation is open (straight, or curly
    opened and closed straight), even after a space ('ourselves? " she wrote'); else it opens."""
    if family in open_families:
        return ("close", family)
    if DOUBLE in open_families and not before.isspace() and not after.isalnum():
        return ("close", DOUBLE)
    if LOW_DOUBLE in open_families and not before.isspace() and not after.isalnum():
        return ("close", LOW_DOUBLE)  # „…", a German opening closed straight
    if before in _OPENING_CONTEXT or before in "\u2018\u201c\u00ab:":
        return ("open", family)  # a colon glued to the mark too: 'What we said:" I sure did"'
    if not after.isspace() and not before.isalnum():
        return ("open", family)  # glued to what follows: 'onerror="...' inside a quotation
    return ("none", family)


def _classify_left_double(before: str, after: str, open_families: set[str]):
    """A left double mark opens; it closes a German „…“, and an English opening closed the
    German way (“…“) when it stands after the words and before no word."""
    if LOW_DOUBLE in open_families:
        return ("close", LOW_DOUBLE)
    if DOUBLE in open_families and not before.isspace() and not after.isalnum():
        return ("close", DOUBLE)
    return ("open", DOUBLE)


def _classify_right_double(before: str, after: str, open_families: set[str]):
    """A right double mark closes (a German low opening mark too: „…”); with no double
    quotation open, one that stands before a word opens, as Swedish and Finnish print it and
    typos do: 'were \u201ddwindling.\u201d'."""
    if STRAIGHT_DOUBLE in open_families:
        return ("close", STRAIGHT_DOUBLE)
    if LOW_DOUBLE in open_families and DOUBLE not in open_families:
        return ("close", LOW_DOUBLE)  # „…”, as many German pages print it
    if DOUBLE not in open_families and before in _OPENING_CONTEXT and after.isalnum():
        return ("open", DOUBLE)
    if DOUBLE not in open_families and before in ".!?" and after.isupper():
        return ("open", DOUBLE)  # glued to the sentence before: 'schlichten.\u201dDie Turkana'
    return ("close", DOUBLE)


def _classify_single(text, position, para, before, after, open_families, family):
    """Single marks double as apostrophes: don't, O'Brien, the '90s, rock 'n' roll, players'.
    Korean has no apostrophes and glues its particles to the closing mark: '‘실수’라고'."""
    if family in open_families and "\uac00" <= after <= "\ud7a3":
        return ("close", family)
    if before.isalnum() and after.isalnum():
        return ("none", family)
    if text[position : position + 3] in _ROCK_N_ROLL or text[position - 2 : position + 1] in (
        _ROCK_N_ROLL
    ):
        return ("none", family)
    opening = before in _OPENING_CONTEXT or before in '\u201c\u00ab"'
    if family in open_families and not before.isspace() and not after.isalnum():
        if before in "sS" and _later_closer(text, position, para):
            return ("none", family)
        return ("close", family)
    if opening and (after.isalpha() or after == "["):  # "'[The council] has failed'"
        opener = "open" if family == STRAIGHT_SINGLE or text[position] == "\u2018" else "none"
        return (opener, family)
    return ("none", family)


def _later_closer(text: str, position: int, para: Span) -> bool:
    """After a plural possessive (players'), is there a later mark that could close instead,
    before any mark that opens another quotation ("'whatever it takes' to help. 'The people
    ...,' he added": the second closer is the second quotation's)?"""
    rest = text[position + 1 : para.end]
    closer = _CLOSER_AFTER.search(rest)
    if closer is None:
        return False
    opener = _OPENER_AFTER.search(rest, 0, closer.start())
    return opener is None


def _classify_guillemet(char: str, before: str, open_families: set[str]) -> tuple[str, str]:
    if char == "\u00ab":
        if REVERSED_GUILLEMET in open_families:
            return ("close", REVERSED_GUILLEMET)
        return ("open", GUILLEMET)
    if char == "\u00bb":
        if GUILLEMET in open_families:
            return ("close", GUILLEMET)
        if before in _OPENING_CONTEXT:
            return ("open", REVERSED_GUILLEMET)
        return ("none", GUILLEMET)
    if char == "\u2039":
        return ("open", SINGLE)
    return ("close", SINGLE)


def merge_interrupted(text: str, quotes: list[RawQuote], language: str = "") -> list[RawQuote]:
    """Join a quotation to the next when only its attribution stands between them."""
    merged: list[RawQuote] = []
    between = _only_attribution_between
    if language in FOREIGN:
        between = functools.partial(_only_inverted_attribution_between, language=language)
    for quote in quotes:
        if (
            merged
            and between(text, merged[-1], quote)
            and not _another_speaker_after(text, merged[-1], quote, language)
            and not _introduced_as_a_name(text, merged[-1])
        ):
            previous = merged.pop()
            quote = RawQuote(previous.parts + quote.parts, previous.open_mark, quote.close_mark)
        merged.append(quote)
    return merged


def _introduced_as_a_term(text: str, quote: RawQuote) -> bool:
    """Words introduced as a term ('PFAS, often called "forever chemicals"', 'the so-called
    "..."'), before anyone could be said to say them."""
    lead = _lead(text, quote)
    return _is_scare_lead(lead) and not _statement_after_a_phrase(text, quote, lead)


def _introduced_as_a_name(text: str, quote: RawQuote) -> bool:
    """A term, or a title introduced as one ('a memo titled "Leaner, Faster, Together," Farrow
    wrote: "..."', 'in his book "..."'): no first half of the quotation after it, nobody's
    words."""
    lead = _lead(text, quote)
    if _statement_after_a_phrase(text, quote, lead):
        return False
    return _is_scare_lead(lead) or _names_a_work(text, quote, lead)


def _statement_after_a_phrase(text: str, quote: RawQuote, lead: str) -> bool:
    """ "Pruitt inverted the phrase: "This was an act of God, not a failure of governance."": a
    whole sentence after "the phrase:" or "the words:" is someone's statement, not a term. (The
    pattern, which opens on looks back, is tried only on a lead that ends in a colon.)"""
    return (
        lead.rstrip().endswith(":")
        and _PHRASE_THEN_COLON.search(lead) is not None
        and len(quote_words(text, quote)) >= _STATEMENT_WORDS
    )


def _lead(text: str, quote: RawQuote) -> str:
    """The characters before a quotation read for what introduces it as a term or a title."""
    return text[max(quote.open_mark - _TERM_LEAD_REACH, 0) : quote.open_mark]


def _another_speaker_after(text: str, first: RawQuote, second: RawQuote, language: str) -> bool:
    """Does an attribution of its own follow the second quotation, naming someone the one
    between them does not ('"We will not back down," said Smith. "Never," added his wife,
    Mary.')? Then it is another speaker's quotation, not the rest of the first. ('"...," she
    added' and '"...," Smith added' go on in the same voice.)"""
    if "\n" in text[second.open_mark : second.close_mark]:
        return False  # running over paragraphs: what follows its last one says nothing of it
    comma_after = text[second.close_mark + 1 : second.close_mark + 2] == ","  # „…“, sagt X
    if text[second.parts[-1].end - 1] not in ",!?" and not comma_after:
        return False  # its sentence ends inside it: what follows is another sentence
    if not text[second.parts[0].start].isupper():
        return False  # '"The plan," the mayor said, "is dead,"': the same sentence goes on
    after = text[second.close_mark + 1 : second.close_mark + 1 + _OWN_ATTRIBUTION_REACH]
    sentence = attribution.clause_after(after.split("\n", 1)[0])
    if not sentence.strip(" ,") or not _is_attribution(sentence.rstrip(" .!?"), language):
        return False
    clauses = sentence.split(",")
    if clauses[0].split()[:1] and clauses[0].split()[0].casefold() in attribution.PRONOUNS:
        return False  # '"...," he said to laughter': the same voice
    gap = text[first.close_mark + 1 : second.open_mark]
    subject = ",".join(clauses[:2])  # "added his wife, Mary": the subject and its apposition
    names_after = {word for word in _WHOLE_WORD.findall(subject) if word[:1].isupper()}
    return bool(names_after - set(_WHOLE_WORD.findall(gap)))


def _is_attribution(gap: str, language: str) -> bool:
    """An attribution by the English verbs, or by the article's language's ("fügt X hinzu")."""
    if attribution.is_attribution_gap(gap):
        return True
    return language in FOREIGN and attribution_european.is_attribution_gap(gap, language)


def _only_attribution_between(text: str, first: RawQuote, second: RawQuote) -> bool:
    """'"We will win," she said, "and soon."': the first part breaks off (a comma, a dash, the
    end of its sentence) and the attribution ends in punctuation before the second. A quotation
    that goes on as the subject of the sentence ('"Fix the roads" is printed on every leaflet, in
    which residents say, "..."') or a sentence that goes on ('"financial health," as one CEO
    told me, and easing the "pain"') is no interrupted quotation, nor one whose sentence ended
    before a new one that introduces the next ('But an FSA source said: "..."')."""
    gap = text[first.close_mark + 1 : second.open_mark]
    if "\n" in gap:
        return False
    first_end = text[first.parts[-1].end - 1]
    if first_end in ".!?" and gap.strip()[:1].isupper() and ":" in gap:
        return False  # 'X said: "...." Councillor Y said: "..."', '"Save Our School." Bevan
        # turned it around: the council, he said, "...": a sentence introducing the next
    if first_end in ".!?" and _within_a_sentence(text, first):
        return False  # 'found that "scores dropped." Lead author X told us the answer is
        # not closing schools. "Schools with filters ...," he said': the first ended the
        # sentence it was woven into, and a new one stands between
    if _ends_a_sentence(gap) and _within_a_sentence(text, first):
        return False  # 'The firm had "forty bookings", she said, all of them cancelled.
        # "Nobody ..."': the sentence the first was woven into ended between them
    if _CONTRASTING_CLAUSE.match(gap) and _within_a_sentence(text, first):
        return False  # 'Sodhi said "the door is not closed on her," but Kulkarni-Menon
        # responded: "..."': the first was woven into a sentence that goes on to another's
    breaks_off = first_end in _BREAKING_PUNCTUATION or gap.lstrip()[:1] in (",", "\u2014", "\u2013")
    resumes = gap.rstrip()[-1:] in _BREAKING_PUNCTUATION
    return (
        breaks_off
        and resumes
        and attribution.is_attribution_gap(gap)
        and not attribution.two_speakers_gap(gap)
    )


def _ends_a_sentence(gap: str) -> bool:
    return gap.rstrip()[-1:] in (".", "!", "?")


def _within_a_sentence(text: str, quote: RawQuote) -> bool:
    """Do words of its own sentence, other than an introduction ending in a colon, stand
    before the quotation in its paragraph?"""
    lead = _sentence_before(text, quote.open_mark).split("\n")[-1].strip()
    return bool(lead) and not lead.endswith(":")


def _only_inverted_attribution_between(
    text: str, first: RawQuote, second: RawQuote, *, language: str
) -> bool:
    """German, French, Spanish, Portuguese and Italian news: the same, with the verbs of the
    article's language („Es war“, so Foucault, „nichts …“), but not across a new sentence that
    introduces the second quotation (… stattfindet." Katrin Göring-Eckardt sagte: "…")."""
    gap = text[first.close_mark + 1 : second.open_mark]
    if "\n" in gap or gap.lstrip()[:1].isupper():
        return False
    first_end = text[first.parts[-1].end - 1]
    breaks_off = first_end in _BREAKING_PUNCTUATION or gap.lstrip()[:1] in (",", "\u2014", "\u2013")
    resumes = gap.rstrip()[-1:] in _BREAKING_PUNCTUATION
    return breaks_off and resumes and _is_attribution(gap, language)
