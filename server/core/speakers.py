"""Names and roles of speakers, resolved within one article.

An attribution names its speaker as it pleases ("Peskov", "he", "Kremlin
spokesman Dmitry Peskov"); the article usually gives the full name once. This
module splits a subject phrase into name and role, and resolves surnames and
pronouns to the fullest name the article gives. What it cannot resolve stays
None: a wrong speaker is worse than none.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cached_property
from typing import NamedTuple

from .gender import (
    PRONOUN_GENDER,
    contradicts,
    gender_from_first_name,
    gender_from_honorific,
    gender_from_role,
)
from .normalize import fold
from .places import names_a_place_or_people
from .text import line_around, reads_as_heading

PRONOUNS = frozenset(
    "he she they it him her his its il elle ils elles er sie él ella a-t-il a-t-elle".split()
)
# Capitalised words that are titles or roles, not part of a name.
TITLE_WORDS = frozenset(
    """President Prime Minister Ministers Foreign Defence Defense Interior Finance Health
    Justice Trade Economy Education Environment Deputy Vice Secretary Senator Sen. Rep.
    Representative Congressman Congresswoman Governor Gov. Mayor Chancellor King Queen Prince
    Princess Pope General Gen. Colonel Col. Captain Capt. Admiral Adm. Major Lieutenant Lt.
    Sergeant Sgt. Judge Justice Chief Director Chairman Chairwoman Chair CEO Mr. Mrs. Ms. Dr.
    Prof. Professor Sir Dame Lord Lady Speaker Commissioner Ambassador Spokesman Spokeswoman
    Spokesperson Coach Manager Attorney Inspector Sheriff Officer Rabbi Bishop Archbishop
    Cardinal Father Sister Leader Head Founder Executive Premier Sheikh Emir Crown Minister's
    Mr Mrs Ms Dr Prof Madame Monsieur Herr Frau Senor Señor Administrator Advocate Prosecutor
    Col Gen Lt Sgt Capt Adm Supt Insp Det Cllr Taoiseach Tánaiste Councillor DI DS DCI DSI
    PC Cr Comrade Alhaji Alhaja Hon Hon. Rev Rev. Revd Pastor Engr Mallam Grandma Grandpa
    Granny Datuk Datin Dato Tun Nana Madam Mentri Menteri Besar Seri Baroness Baron Viscount
    Countess Earl Duke Duchess Garda Gda DPP Coun Opposition Fr Fr. Sr Sr. TD MLA MSP MEP
    Superintendent Constable Detective Commander Haji Hajji Hajiya Kagawad Mang Aling Adv
    Adv. Kaumātua Kaumatua Mama SSP SP DSP ASP DIG IGP SHO ACFO DCFO DCOP ACP Tem Pak Puan Encik
    Mzee Gogo DC PCSO DCS Iyaloja Babaloja""".split()
)
# Capitalised words that start sentences or name days and months, never a speaker's name.
NOT_NAME_WORDS = frozenset(
    """The A An But And Or So Yet In On At By For From With Without After Before Despite
    During Since Until While When Where What Who Why How This That These Those There Here It
    Its He She They We I You His Her Their Our My Your If As Although Though Because Even
    Still Also Then Now Today Yesterday Tomorrow Last Next Monday Tuesday Wednesday Thursday
    Friday Saturday Sunday January February March April May June July August September October
    November December Christmas Easter Ramadan Diwali Hanukkah Thanksgiving Halloween Meanwhile
    However Earlier Later According Speaking Asked Mr Mrs Ms One
    Two Three Four Five Several Some Many Most Another Other Others Both Each Every All
    Few Apparently Maybe Perhaps Indeed Instead Moreover Furthermore Additionally Nonetheless
    Nevertheless Finally Eventually Initially Recently Currently Previously Ultimately Clearly
    Obviously Actually Basically Fortunately Unfortunately Luckily Sadly Thankfully Notably
    Similarly Likewise Otherwise Overall Tonight Getting Having Being Following Asked Told
    Speaking Writing Via Dear Ah Alas Hey Hello Yes Well Please Thanks Wow Okay Late
    Regardless Whatever Whether Within Across Among Amid Amidst Amongst Around Inside Outside
    Behind Beyond Under Underneath Beneath Through Throughout Between Against Toward Towards
    Upon Above Below Beside Besides Along Alongside Ahead Into Onto Unlike Except""".split()
)
_NOT_NAME_OR_TITLE_WORDS = NOT_NAME_WORDS | TITLE_WORDS  # a run of these alone names no one
# Words that make a capitalised run a body or a place rather than a person.
BODY_WORDS = frozenset(
    """Kremlin Ministry Group Times Council Party Union Commission Bank Company Corporation
    Corp Corp. Inc. Inc Ltd Ltd. Plc PLC LLC LLP University Court House Office Department Agency
    Association Institute Foundation Committee News Post Press Parliament Assembly Senate Congress
    Government Republic Federation Nations States Army Forces Police Service Organisation
    Organization Fund Club League Airlines Motors Board Authority Bureau Center Centre Network
    Media Agency Reuters Sputnik Tass TASS Guardian Journal Herald Telegraph Times Tribune
    Daily Weekly Kingdom City River Sea Ocean Island Islands Street Square Avenue Airport
    Station Region Province County State White Pentagon Downing Embassy Navy Guard Cabinet
    Secretariat Alliance Coalition Front Movement Church Administration Productions Records
    Studios Pictures Entertainment Holdings Partners Labs Systems Technologies Robotics
    Networks Industries Services Solutions Communications Enterprises Resources Utilities
    Railways Airways Pharmaceuticals Therapeutics Ventures Insurance District Trust
    Society Division Radio Television TV Partnership Partnerships Hospital College School Academy
    Museum Library Zoo Theatre Theater Orchestra Brewery Stage United Rovers Athletic Wanderers
    Albion FC AFC Forum Guild Cooperative Co-operative Consortium Collective Bhd Pte Pty Pvt Friends
    Tbk""".split()
)  # "Megah Indah Development Sdn Bhd", "Acme Pte Ltd", "Bharat Tools Pvt Ltd": legal forms too
# Words of a firm's or an event's name that only the matcher reads as a body's
# (`names_a_firm_or_body`): as a speaker's name rule they would cut names ("Hearthstone Foods").
FIRM_WORDS = frozenset(
    """Festival Energy Renewables Power Kliniken Klinikum Clinic Clinics Logistics Freight
    Shipping Mining Foods Capital Pharma Biologics Analytics Dynamics Aerospace Construction
    Developments Properties Farms Textiles Chemicals Electric Petroleum Telecom Ferries Transit
    Hotels Resorts Publishing Gazette Cell Cells Batteries Solar Wind""".split()
)
# Body words that name no body alone ("The Department said"): the article's "Department of
# Energy" is the speaker, or nobody.
GENERIC_BODY_WORDS = frozenset(
    """Department Ministry Agency Office Bureau Committee Commission Company Corporation Group
    Institute Foundation Association Council Board Authority Court Administration Service Center
    Centre Fund Organisation Organization Network Union University Party""".split()
)
# Lowercase nouns that name a role; capitalised at a sentence's start they are still not a name.
ROLE_NOUNS = frozenset(
    """trustee whip singer goalkeeper climatologist councilwoman councilman councillor councilor
    developer
    economist analyst scientist professor coach manager striker midfielder defender captain driver
    lawyer attorney barrister solicitor judge senator spokesman spokeswoman spokesperson minister
    chancellor governor mayor president chairman chairwoman chair director founder ceo actor
    actress author writer novelist poet artist musician rapper guitarist drummer producer
    filmmaker researcher doctor nurse surgeon physician epidemiologist virologist engineer
    architect activist campaigner organiser organizer veteran champion player forward winger
    referee teacher student principal historian journalist reporter editor commentator strategist
    consultant adviser advisor aide official diplomat envoy ambassador negotiator prosecutor
    investigator detective inspector officer sergeant commander general colonel chief head leader
    boss owner investor trader banker entrepreneur billionaire businessman businesswoman farmer
    resident witness survivor pastor priest imam rabbi bishop cardinal secretary deputy
    bürgermeisterin bürgermeister fraktionschef ministre maire député porte-parole presidente
    alcalde portavoz sprecher sprecherin anwalt anwältin präsident präsidentin ministerin kanzler
    kanzlerin trainer trainerin experte expertin avocat avocate ministre président présidente
    l'avocat l'avocate skipper fisherman fisherwoman pilot sailor soldier executive sheriff
    representative candidate lawmaker legislator protester demonstrator voter worker employee
    expert critic supporter opponent shareholder regulator observer volunteer rescuer
    firefighter paramedic publican landlord landlady chef retiree vicar neighbour widow
    clerk cashier guard cook""".split()
)
# Words after which the words before a name are not its role.
NOT_ROLE_ENDINGS = frozenset(
    """to for from with by of about asked told according called named including like as than
    against between under over after before during since until via per among said says added
    warned and or but that who which when while where on in at into onto upon how what why
    was were is are
    later earlier never ever however together rather further whether either neither
    went spent sent meant lent represent""".split()
)  # the last two lines: words with a role's ending that are none ("Crist later told ...")
NOT_ROLE_LAST_WORDS = NOT_ROLE_ENDINGS | {"the", "a", "an"}  # nor does a role end in an article
# German compound roles: Betriebsratschef, Regierungssprecherin, Bürgermeister.
_COMPOUND_ROLE_ENDINGS = (
    "chef",
    "chefin",
    "sprecher",
    "sprecherin",
    "meister",
    "meisterin",
    "stellerin",  # Schriftstellerin
    "politikerin",
    "präsidentin",
    "direktorin",
    "leiterin",
    "expertin",
    "ministerin",
    "aktivistin",
    "forscherin",
)
_ROLE_SUFFIXES = ("man", "woman", "person", "ist", "er", "or", "ian", "ief", "ent", "ant", "eur")
_NAME_TOKEN = r"[A-Z\u00c0-\u00de][\w\u2019'\-]*(?:\.[A-Z\u00c0-\u00de][\w\u2019'\-]*)*\.?"
_PARTICLE = (
    r"(?:de|da|del|della|der|den|van|von|bin|ibn|al|el|la|le|du|dos|di|ter|zu|ap|los|las|delos|"
    r"dela|binti|bint|ole|arap|i)"
)  # "María de los Ríos", "Jordi Puigvert i Casals", "Maria Teresa delos Santos", "Joseph
# Kiprotich arap Too"
_PARTICLE_WORDS = frozenset(_PARTICLE[3:-1].split("|"))  # the words of the pattern, as a set
# Words of a name run: particles between them ("Ursula von der Leyen"), and an Arabic article
# joined to a later word ("Bashar al-Assad"; only there, so the scan stays one cheap pass).
_NAME_RUN = re.compile(
    rf"{_NAME_TOKEN}(?:[ \t\u00a0]+(?:(?:{_PARTICLE}|&)[ \t\u00a0]+){{0,2}}(?:(?:al|el)-)?"
    rf"{_NAME_TOKEN})*"
)
# "von der Leyen said": the particles before a surname that opens the subject.
_LEADING_PARTICLE = re.compile(rf"(?:^|\s)((?:{_PARTICLE}\s+)*{_PARTICLE})\s+$")
_AFTER_A_FULL_STOP = re.compile(r"(?<=\.)\s+")
# A conjunction that joins the clause of a role and name to the one before ("..., while captain
# Ben Otieno warned:"): no part of the role.
_LEADING_CONJUNCTION = re.compile(r"^(?:and|but|while|whereas|although|though|yet)\s+", re.I)
# The article or "one" before a role: "the chair", "one spokesman" (not "one of the ...").
_LEADING_ARTICLE = re.compile(r"^(?:the|a|an|(?:one|another)(?!\s+of\b))\s+", re.IGNORECASE)
# What ends the words before a name that may be its role: a sentence, a clause, a bracket, a
# dash between spaces. One set of characters first, so that a search skips to them.
_ROLE_BREAK_MARKS = r".;:!?\n\"\u201c\u201d(),\u2013\u2014"
_ROLE_BREAK = re.compile(rf"[{_ROLE_BREAK_MARKS}\s](?:(?<=[{_ROLE_BREAK_MARKS}])|(?<=\s)-\s)")
# "al-Assad" and "Assad" are one surname: the Arabic article joined by a hyphen.
_JOINED_ARTICLE = re.compile(r"^(?:al|el|Al|El)-(?=\w)")
_BRACKETED_FIRST_NAME = re.compile(r"\(([A-Z][a-z]+)\)(?=[ \u00a0]([A-Z][\w\-]*))")
# "Jr.", "III": a suffix after the surname that tells a father from his son.
_MIN_NAME_WORDS_WITH_TWO_SURNAMES = 3
# Chinese surnames as Singapore, Malaysian and Hong Kong outlets romanise them, written before the
# given names ("Chua Mei Xin"); Malay words inside a name ("Siti Hajar Mohd Yusof").
CHINESE_SURNAMES = frozenset(
    """Tan Lim Lee Ng Ong Wong Goh Chua Chan Koh Teo Ang Yeo Tay Ho Low Toh Sim Chong Chia Lau
    Leong Foo Loh Yap Soh Seah Heng Quek Chew Phua Khoo Liew Wee Pang Neo Chin Kwek Cheong Yong
    Chen Wang Zhang Liu Huang Zhao Zhou Xu Sun Zhu Guo Lin Cheng Cheung Leung Tsang Yip""".split()
)
_MALAY_NAME_WORDS = frozenset("Mohd Mohamad Mohamed Muhammad Abdul Nur Noor".split())
_GENERATIONS = frozenset("Jr. Jr Sr. Sr II III IV Filho Neto Júnior Sobrinho".split())
# Letters after a name that are no part of it: "Catherine Ashworth KC", "Jane Doe MP".
_POST_NOMINALS = frozenset("KC QC SC SAN BL MP MEP MSP MS TD OBE MBE CBE KBE DBE PhD".split())
# A US party and state set off after a lawmaker's name: "Sen. Rudy Castellanos, D-Fresno,".
PARTY_AND_PLACE = re.compile(r"[DRI]-[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?")
# Days and times after a name ("Trump Tuesday said"); months too, but not May or June, which
# are also surnames.
# A plural verb right after a subject: a team or a group ("Haverleigh are", "Leeds were").
_PLURAL_VERB_AFTER = re.compile(r"\s+(?:are|were|have)\b")
TIME_WORDS = frozenset(
    """Monday Tuesday Wednesday Thursday Friday Saturday Sunday Today Yesterday Tomorrow Tonight
    January February March April July August September October November December""".split()
)
_ENGLISH_PRONOUNS = frozenset("he she they it".split())
_HONORIFICS = frozenset(
    """Dr. Dr Mr. Mr Mrs. Mrs Ms. Ms Miss Comrade Alhaji Alhaja Hon Hon. Mallam Grandma Grandpa
    Granny Datuk Datin Dato Tun Nana Madam Mang Aling Mama Kaumātua Kaumatua""".split()
)
_APPOSITIVE_ARTICLES = frozenset("the a an".split())
_AFTER_A_PLACE_WORD = re.compile(r"\b(?:in|at|near|from|to)\s+$")
_HEADLINE_LINES = 4  # opening lines without a full stop: kicker, headline, standfirst, byline
_HEADLINE_WORDS = 30
_POSSESSIVE = re.compile(r"[\u2019']s?$")
# A relative's noun set off before a name, maybe with an article and role words between:
# "Vandergriff's husband, the union organizer Dale Vandergriff".
_KIN_SET_OFF_REACH = 60
# Relatives' nouns a name is set off after ("her husband, Ben Marchetti").
KIN_NOUNS = "husband wife widow widower son daughter father mother brother sister".split()
_KIN_SET_OFF = re.compile(
    rf"\b({'|'.join(KIN_NOUNS)}),\s+"
    r"(?:(?:the|a|an)\s+)?(?:[\w\-]+\s+){0,3}$"
)
_PARENT_ROLE = re.compile(r"\b(?:father|mother|dad|mum|mom|grandfather|grandmother)\b", re.I)
_KIN_NEAR = 40  # characters either side of a name where its kin noun is looked for
_CHILD_ROLE = re.compile(r"\b(?:son|daughter|grandson|granddaughter)\b", re.I)
_SAINT_WORDS = frozenset("St. St Saint Ste. Ste Sainte San Santa".split())
# Whose body a possessive may name with the word after it ("the Women's Institute").
_COLLECTIVE_OWNERS = frozenset("People Peoples Children Women Men Workers Veterans Farmers".split())
_POSSESSIVE_ENDINGS = ("'", "\u2019", "'s", "\u2019s")  # what _POSSESSIVE matches, as endings
# "I", "I--", "We": the first person, never a name.
_FIRST_PERSON = re.compile(r"(?:I|We|we|me|us)\W*")
# "I’m", "You’ll", "Don’t": a contraction opens a sentence, never a name
# (unlike "O’Brien").
_CONTRACTION = re.compile(r"\w+(?:[\u2019'](?:m|re|ve|ll|d)|n[\u2019']t)")
# "... touching Nippers I was well persuaded": the pronoun after a name is no part of it.
_PRONOUN_I_AFTER = re.compile(r"\s+I$")
_ABBREVIATION = re.compile(
    r"^(?:[A-Z]\.|[A-Z]\.[A-Z]\.(?:[A-Z]\.)?|(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Col|"
    r"Capt|Lt|Sgt|Gov|Sen|Rep|Prof|Adm|Inc|Ltd|Corp|Co|Ma)\.)$"
)
_ROLE_WORDS_BEFORE = 6
# "C.K. Walker aka “Lindsey”", "Shawn Carter, also known as Jay-Z", "Walters, known to everyone
# on Parade as “Miss Hyacinth”": a person and an alias.
_ALIAS = re.compile(
    r"([A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,3}),?\s+(?:aka|a\.k\.a\.|also known as|"
    r"(?:better\s+|widely\s+|affectionately\s+)?known\s+(?:[\w\u2019']+\s+){0,5}?as)\s+"
    r"[\"\u201c\u2018']?([A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2})"
)
# Words one of which every alias pattern's match holds, and how far around it a match may reach.
_ALIAS_WORDS = ("known", "Known", "aka", "a.k.a.")
_ALIAS_REACH = 100
# "Known along the route as “Mang Erning,” Villaruel said": the alias first, then the name.
_ALIAS_FIRST = re.compile(
    r"\b[Kk]nown\s+(?:[\w\u2019']+\s+){0,5}?as\s+[\"\u201c\u2018']([A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2}),?"
    r"[\"\u201d\u2019'],?\s+([A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,3})"
)
# An online handle written in lowercase with digits ("elmo666", "jayk1984").
_HANDLE = re.compile(r"[a-z][a-z_]*[0-9][a-z0-9_]*")
# Particles that open a name with a capital ("Te Kaurinui Robert Parata", "De La Cruz"): not
# counted among a name's three words.
_CAPITALISED_PARTICLES = frozenset("Te De Da Di Du Le La Van Von Der Del Dos Ter Ten".split())
# Irish particles inside a surname ("Seán Mac Giolla Phádraig", "Éanna Ó Dálaigh"): not counted
# among a name's three words either.
_GAELIC_PARTICLES = frozenset("Mac Nic Ó Ní Ua Uí".split())
# First names that are also English words: a lowercase "will" elsewhere does not unmake them.
FIRST_NAMES_THAT_ARE_WORDS = frozenset(
    """will may mark bill rose grant hope faith joy june april dawn rich frank art ray jack pat
    sue bob guy chase hunter drew gene jay robin summer autumn heather iris ivy lily ruby amber
    crystal pearl cliff dale glen wayne dean penny sandy holly rob nick sterling victor irving
    channing ewing""".split()
)
# Kinds of firm written before a firm's name at a sentence's start ("Carmaker Toyota said",
# "Brokerage Ventura Analytics warned"): a description, no word of the name.
_FIRM_KINDS = frozenset(
    """automaker brokerage broadcaster carmaker chipmaker conglomerate drugmaker grocer
    housebuilder insurer lender manufacturer miner publisher retailer supermarket telco
    wholesaler firm""".split()
)
# Kin written before a name, with no role's ending ("mother", "brother" have one).
_KIN_NOUNS = frozenset(
    """mum mom dad son wife husband aunt uncle niece nephew cousin girlfriend boyfriend fiancé
    fiancée fiance fiancee grandson granddaughter stepson stepdaughter""".split()
)
# "the Scottish government said": an adjective and a lowercase noun name a body.
_BODY_NOUN_AFTER = re.compile(
    r"\s+(government|ministry|military|police|army|navy|party|embassy|authorities|"
    r"administration|council|court|company|firm|agency|parliament|cabinet|regime)\b"
)
# "the architect", "the president", "the former minister": a role standing for a person.
# Definite articles of the other languages read, before a role noun ("der Kanzler").
_FOREIGN_ARTICLES = frozenset("der die das el la los las le les il lo".split())
_THE_ROLE = re.compile(r"the\s+(?:[a-z]+\s+){0,2}?([a-z]+)", re.IGNORECASE)
# "the 45-year-old said", of "John Smith, 45,": the age, and how it follows a name.
_THE_AGED = re.compile(
    r"the\s+(\d{1,3})-year-old(?:\s+(?:[a-z\-]+\s+){0,2}?([a-z]+))?", re.IGNORECASE
)  # "the 33-year-old", "the 56-year-old retired clerk" (its noun last)
_AGE_AFTER_NAME = re.compile(r",\s+(\d{1,3}),")
# "Drug Enforcement Administration (DEA)": capitalised words (with small ones between) and an
# acronym in brackets right after them.
_ACRONYM_AFTER_NAME = re.compile(
    r"((?:[A-Z][\w\u2019'\-]*\s+(?:(?:of|for|and|the|on|de)\s+)?){1,8})\(([A-Z]{2,8})\)"
)
# What every match of the pattern above ends with: a cheap test that most articles fail.
_ACRONYM_IN_BRACKETS = re.compile(r"\([A-Z]{2,8}\)")
# Every character the pattern above may match before its brackets: read backwards from a
# bracket, the farthest back a match ending there may start.
_NAME_CHARACTERS = re.compile(r"[\w\u2019'\-\s]*")
_BODY_OF_TAIL = r"[A-Z][\w\-]+(?:\s+(?:and\s+|of\s+|for\s+)?[A-Z][\w\-]+)*"
_AGE_WORD = re.compile(r"\d{1,3}-year-old")
_LEGAL_FORMS = ("Inc.", "Inc", "LLC", "Ltd", "Ltd.", "plc", "PLC", "Corp.", "GmbH", "AG")
_SHORTEST_ROLE_BY_ENDING = 5  # letters: "Sher", "Piet", "Kent" end as roles do
_BODY_HEAD_REACH = 40  # characters before a name where a body's word and "for" may stand
_COURTESY_TITLES = frozenset("Mr Mrs Ms Miss Mx Dr Prof Sir Dame".split())
# A title that is a first name too, before one surname: "said Earl Whitaker, the county's
# emergency management director" (a peer would be "the Earl of ...").
_TITLES_THAT_ARE_FIRST_NAMES = frozenset({"Earl"})
_HEADING_WORDS = 20  # words of a line at most, with no sentence-final mark, to be a heading
_END_OF_SENTENCE = re.compile(r"[.!?](?=\s)|\n")
_PLURAL_VERB_AFTER = re.compile(r"\s+(?:\w+ly\s+)?(?:have|are|were|say)\b")
# A body reporting what it will do: "Amazon said on Monday it would hire" (not "Smith said it
# would be hard", where "it" is nobody).
_SAID_IT_AFTER = re.compile(
    r"\s+(?:said|says|announced|announces|confirmed|confirms)(?:\s+on\s+[A-Z]\w+day)?"
    r"(?:\s+that)?\s+it\s+(?:would|will|plans\s+to|planned\s+to|intends\s+to)\s+"
    r"(?:hire|cut|close|open|launch|invest|buy|sell|acquire|raise|lay|shut|expand|build|pay|"
    r"offer|resume|suspend|stop|halt|recall|appeal|comply|cooperate|review|reduce|increase|"
    r"introduce|release|withdraw|exit|enter|merge|list|spin)\b"
)
_ACRONYM = re.compile(r"[A-Z]{2,6}")
_ACRONYM_HEAD = re.compile(r"[A-Z]{3,6}")  # "ESB Networks"; not "JD Vance"
# An acronym ending a name ("Wirrabilla RFS", "Delhi BJP"): a body's, unless letters after a
# person's name (a generation, honours) or Roman numerals ("Henry VIII").
_ACRONYM_TAIL = re.compile(r"[A-Z]{2,4}")
_NOT_A_BODY_TAIL = (
    _GENERATIONS
    | _POST_NOMINALS
    | frozenset(
        "AM AO AC OAM MLA MLC MNA MHA MHK PC CH OM GBE DL JP FRS MD RN USN "
        "II III IV VI VII VIII IX XI XII XIV XV XVI".split()
    )
)
# A body's name of capitalised words with small words between ("Centers for Disease Control and
# Prevention"), and the fewest letters of an acronym looked for inside one (two are too common).
_BODY_RUN = re.compile(
    r"[A-Z][\w\u2019'\-]*(?:\s+(?:(?:of|for|and|the|on)\s+)?[A-Z][\w\u2019'\-]*){2,8}"
)
_MIN_LOOSE_ACRONYM = 3
_INITIAL = re.compile(r"[A-Z]\.")
# Bylines, credits and links to other stories (see `_credits`): whole lines first.
_PERSON_RUN = r"[A-Z][\w.\u2019'\-]*(?:[ \t]+[A-Z][\w.\u2019'\-]*){1,3}"
# A byline over two lines: the name alone, then what the writer does.
_NAME_LINE = re.compile(rf"[ \t]*{_PERSON_RUN}[ \t]*")
_WRITER_LINE = re.compile(
    r"[ \t]*(?:[A-Z][a-z]+[ \t]+){0,2}(?:Writer|Reporter|Correspondent|Editor|Contributor"
    r"|Columnist|Producer)s?[ \t]*"
)
_CREDIT_LINE = re.compile(
    rf"[ \t]*(?:[^|\u00b7\u2022\n]{{1,40}}[|\u00b7\u2022][ \t]*)?"  # "Live updates | By ..."
    rf"(?:By|BY)[ \t]+{_PERSON_RUN}(?:[ \t]*(?:,|and)[ \t]+{_PERSON_RUN})*[ \t]*"
    r"(?:[|\u00b7\u2022][^\n]{0,60})?"  # "By Dana Whitlock | Staff Writer"
    rf"|[ \t]*{_PERSON_RUN},[ \t]+(?:[A-Z][a-z]+[ \t]+)?(?:Writer|Reporter|Correspondent|Editor"
    r"|Contributor|Columnist|Producer)s?[ \t]*"
    r"|[ \t]*(?:Reporting|Editing|Additional reporting|Written) by\b.*"
)
# A line linking another story, wherever it stands: "Related: Jane Doe wins award".
_LINK_LINE = re.compile(r"\n[ \t]*(?:Related|Read more|See also)\b")
_EDGE_LINES = 6  # lines at each end of a text where a byline may stand
_EDGE_CHARS = 1200  # characters at each end of a text those lines are looked for in
_MAX_CREDIT_LINE = 160
# A picture's credit inside a line ("(Photo: Jane Doe)", "Photos by Jane Doe"), and its words.
_PICTURE_CREDIT = re.compile(
    r"(?:Photo(?:graph)?s?|Image|Credit)(?:[ \t]+by|[ \t]*:)[^\n().;|]{0,80}"
)
_PICTURE_WORDS = ("Photo", "Image", "Credit")
# A name credited with a slash: "Jane Doe/AP Photo", "Jane Doe/Reuters".
_SLASH_CREDIT = re.compile(rf"{_PERSON_RUN}[ \t]*$")
# What a picture is credited to after the slash: an agency ("AP", "Reuters", "Getty Images"),
# not another name ("the Biden/Harris ticket").
_CREDITED_TO = re.compile(
    r"[ \t]*(?:[A-Z]{2,}\b|(?:Reuters|Getty|Bloomberg|Shutterstock|Alamy|Pool|Handout|Staff|File)\b"
    r"|[A-Z][\w&.\-]*(?=[ \t]+(?:Photo|Photos|Images|Pictures)\b))"
    r"(?:[ \t]+(?:Photo|Photos|Images|Pictures)\b)?"
)
_SLASH_REACH = 60  # characters before a "/" where a credited name may start
# Titles news abbreviates before a name, and the noun that stands for the person after: "Sen.
# Ted Cruz" is "the senator".
# Roles written as their initials, and the words they stand for.
_ROLE_ACRONYMS = {
    "ceo": "chief executive",
    "cfo": "chief financial officer",
    "coo": "chief operating officer",
    "cto": "chief technology officer",
}
# The word sport and business news use for a role written otherwise before: "captain X ...
# the skipper said", "manager X ... the boss said".
_ROLE_SYNONYMS = {"captain": "skipper", "manager": "boss"}
_ABBREVIATED_TITLES = {
    "sen.": "senator",
    "rep.": "representative",
    "gov.": "governor",
    "lt.": "lieutenant",
    "gen.": "general",
    "col.": "colonel",
    "capt.": "captain",
    "sgt.": "sergeant",
    "det.": "detective",
    "insp.": "inspector",
    "supt.": "superintendent",
    "atty.": "attorney",
    "prof.": "professor",
    "rev.": "reverend",
    "amb.": "ambassador",
    "cmdr.": "commander",
    "adm.": "admiral",
    "pres.": "president",
    "sec.": "secretary",
}
# "London-based", "Texas-born": a place made an adjective.
_SCHOOL_ENDINGS = frozenset("Primary Secondary Elementary".split())  # a school's name's end
_PLACE_ADJECTIVE = re.compile(
    r"-(?:based|born|owned|led|backed|funded|made|listed|registered|headquartered)$"
)  # "The Oslo-listed group said"
_NEXT_WORD = re.compile(r"\s+([a-z][a-z\-]+)\b")
# A whole word in lowercase, as r"\b[a-z]+\b" finds it: opening on a letter lets the scan skip
# to the next one, where a pattern opening on \b tries every character.
_LOWERCASE_WORD = re.compile(r"[a-z](?<!\w[a-z])[a-z]*\b")
_OPENING_MARKS = frozenset("\"'\u2018\u201c\u201e\u00ab")
_CLOSING_MARKS = frozenset("\"'\u2019\u201d\u201c\u00bb")
_MAX_NAME_WORDS = 3  # "Gabriel García Márquez"; longer capitalised runs carry a role in front
_MENTIONS_LOOKED_BACK = 40  # names a pronoun may look back over for the subject it stands for
_APPOSITIVE = re.compile(
    r",\s+((?:the\s+|a\s+|an\s+|[A-Z][\w&\-]*['\u2019]s\s+)?[a-z][^,.;:\"\u201c\u201d\n]{2,80})"
    r"(?:[,.]|$)"
)  # "Ian Bremmer, president of Eurasia Group,", "Elon Musk, Tesla's chief executive,"
_FINITE_BE_HAVE = frozenset("is are was were has have had".split())
# A foreign article opening a role: before a lowercase role word, or German "Der"/"Die" before
# a capitalised one.
_FOREIGN_ARTICLE_BEFORE_ROLE = re.compile(
    r"^(?:(?:El|La|Le|Il|Lo|O|Los|Las|Les|Gli)\s+(?=[a-zà-ÿ])|(?:Der|Die)\s+(?=[A-ZÄÖÜ][a-zäöüß]))"
)  # "El escritor" -> "escritor", "Die Schriftstellerin" -> "Schriftstellerin"
_APPOSITIVE_ROLE_WORDS = 12  # "the director of the Centers for Disease Control and Prevention"
_APPOSITIVE_NOT_ROLE = re.compile(
    r"(?:who|whose|which|that|where|when|said|says|told|added|and|but|has|had|is|was|qui|que|"
    r"dont|der|die|das)\b"
)
# Participles in -ed that stand in a role before a name ("retired general", "elected official").
_ROLE_PARTICIPLES = frozenset(
    """retired elected appointed designated indicted convicted disgraced jailed detained accused
    embattled celebrated renowned noted famed talented esteemed decorated beloved acclaimed
    licensed registered certified trained qualified ordained unnamed named""".split()
)
# Irregular verbs in the past that open a predicate, never a role.
_PAST_TENSE_VERBS = frozenset(
    """spoke went came took gave made left got ran wrote told met held won lost sat stood saw
    knew thought brought became began felt kept paid sent spent built drove flew fell
    grew""".split()
)
# Words that follow a verb in the past, not a role's adjective ("returned to", "walked the").
_AFTER_A_VERB = frozenset(
    """about to from the a an his her their its that in on at with for up out into over back
    him them it""".split()
)
# "..., said Tom Forte, who": verbs of saying that stand before their subject.
_SAYING_BEFORE_SUBJECT = frozenset("said says added adds wrote writes explained noted".split())
_SUBJECT_PRONOUNS = frozenset("he she they i we".split())
_SENTENCE_HEAD = 240  # characters before a name looked at for the start of its sentence
_LAST_CLAUSE = re.compile(r"[,\u2014\u2013]")
# A clause ending in a place, which a run set off after it may go on: "from Santa Cruz".
_ENDS_IN_A_PLACE = re.compile(r"\b(?:from|in|of|near)\s+(?:[A-Z][\w'\u2019\-]*\s*)+$")
_PLACE_RUN_REACH = 40
# A title and "of" heading a sentence, with capitalised words at most before it ("U.S.
# Secretary of State Michael Ferrante"; not "Pankaj Pandey, Head of Research").
_TITLE_OF = re.compile(
    r"^\s*(?:[A-Z][\w.]*\s+)*(?:"
    + "|".join(map(re.escape, sorted(TITLE_WORDS)))
    + r")\s+(?:of|for)\s*$"
)
# A role noun and what it is of, heading a sentence ("Toulon director of rugby Pierre Laurent").
_ROLE_OF = re.compile(
    r"^\s*(?:[A-Z][\w.'\u2019]*\s+)*(?:"
    + "|".join(sorted(ROLE_NOUNS))
    + r")\s+of\s+(?:the\s+)?(?!(?:the|a|an)\s)[a-z]+\s*$"
)
# A noun of a work or a thing right before a name set off by a comma: "her album, Glass Harbor".
_WORK_NOUNS = (
    "album single song track book novel memoir film movie show series documentary play musical "
    "podcast record app game product horse dog cat boat ship yacht restaurant hotel brand label "
    "exhibition collection painting poem"
).split()
_WORK_NOUN_BEFORE = re.compile(r"\b(?:" + "|".join(_WORK_NOUNS) + r"),\s*$", re.IGNORECASE)
_WORK_NOUN_REACH = 40
# A nickname in quotation marks between two capitalised names: 'Harold "Hal" Bennett'.
_QUOTED_NICKNAME = re.compile(r"[\"\u201c\u2018'][A-Z][\w.\-]{0,15}[\"\u201d\u2019'] (?=[A-ZÀ-Ý])")
_NAME_BEFORE_NICKNAME = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ]{1,20} $")
_SURNAME_AFTER_NICKNAME = re.compile(r"[A-ZÀ-Ý][\w\u2019'\-]*[\w]")
_AND_BEFORE_A_CAPITAL = re.compile(r" and (?=[A-ZÀ-Ý])")
_BRACKETED_WORD = re.compile(r" \(([A-Z][\w\-]+)\)")
_WORD_BEFORE = re.compile(r"[\w'\u2019-]+$")
# Two first names sharing the surname after them: "Élise and Manon Tremblay".
_FIRST_NAMES_AND_SURNAME = re.compile(
    r"\b([A-ZÀ-Ý][\w'\u2019-]+) and ([A-ZÀ-Ý][\w'\u2019-]+) ([A-ZÀ-Ý][\w'\u2019-]+)\b"
)
# A live blog's time heading an entry: "12.40pm:", "15:55 –".
# A time of day as English news writes it: "12.40pm", "14:20", "9.05 a.m.".
CLOCK_TIME = r"\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?)?"
_LIVE_BLOG_TIME = re.compile(rf"^\s*{CLOCK_TIME}\s*[:\u2013\u2014-]\s*", re.I)
# A modifier of a body's owner or base before its name: "Amazon-owned", "London-based".
_OWNER_BEFORE_BODY = re.compile(r"^(?:[\w.]+-(?:owned|based|backed|run|led|funded)\s+)+")
# A word in small letters that may stand before a role noun as its adjective ("retired", "former
# head"), not a word that links clauses ("as the novelist", "than").
_AN_ADJECTIVE = re.compile(r"(?!(?:as|like|than|and|or|but|so|if|that|the|a|an)$)[a-z\-]+")
# "according to his daughter, " right before a name: the one who told what the sentence says.
_ACCORDING_TO_REACH = 60  # characters before a name that "according to ..., " is looked for in
_ACCORDING_TO_BEFORE = re.compile(r"\baccording to (?:[a-z]+\s+){0,3}[a-z]+,\s*$")
_LINKING_OPENERS = frozenset("But And Yet So Then".split())
# Verbs after which a name heads what someone says, not their own sentence.
_BODY_ROLE_WORDS = 6  # words of a body's name and a role in it before a name, at most
_DETERMINERS = frozenset("the a an his her their its our my your this that".split())
_SAYS = frozenset("says said told tells believes believed thinks thought insists insisted".split())
# A sentence that opens on where or among whom, then "was" and the subject's role words:
# "Among the marchers was retired midwife"; not "Sinclair was furious with the (Duthie red
# card)".
_INVERTED_COPULA = re.compile(
    r"^(?:Among|Also|Alongside|Joining|Present|There|Leading|Behind|Inside|Outside)\b"
    r"[\w\s]{0,40}\s(?:was|were)(?:\s+[a-z0-9\-]+){0,3}\s*$"
    r"|^(?:His|Her|Their)\s+[a-z\-]+\s+(?:is|was)\s*$"  # "Her dad is Gareth Rhys-Barker"
)
_PREPOSITIONS = frozenset("of at for from with by in on to about against via".split())
_ENDS_SENTENCE = re.compile(r"[.!?]")
_SENTENCE_BOUNDARY = re.compile(r"[.!?][\"\u201d\u2019]?\s+")


class Mention(NamedTuple):
    """A capitalised name as it stands in the article: the name, and its run with titles.

    A named tuple, not a dataclass: an article makes a hundred or more, and a tuple is made
    several times faster than a frozen dataclass."""

    name: str
    start: int
    run_start: int
    run_end: int
    titles: str


@dataclass(frozen=True, slots=True)
class Subject:
    """The subject of an attribution, split into the name and the role around it."""

    name: str | None
    role: str | None
    is_pronoun: bool = False


def split_subject(phrase: str, words_in_text: frozenset[str] = frozenset()) -> Subject:
    """Split an attribution's subject ("Kremlin spokesman Dmitry Peskov") into name and role.

    `words_in_text` are the lowercase words of the article: a capitalised word at the front of
    a name that the article also writes in lowercase ("Was", "Accordingly") is not a name.
    """
    words = phrase.strip(" ,;:").split()
    if len(words) == 1 and words[0].rstrip(".!?").casefold() in _ENGLISH_PRONOUNS:
        return Subject(None, None, is_pronoun=True)  # "said he."
    if not words:
        return Subject(None, None)
    if len(words) == 1 and words[0].casefold() in PRONOUNS:
        return Subject(None, None, is_pronoun=True)
    if len(words) == 1 and _FIRST_PERSON.fullmatch(words[0]):
        return Subject(None, None)  # "said I": the writer or narrator, whom the text names not
    handle = words[-1].rstrip(".,;:")
    if _HANDLE.fullmatch(handle):
        return Subject(handle, _clean_role(" ".join(words[:-1])))  # "user jayk1984"
    runs = list(_name_runs(phrase))
    if not runs:
        return Subject(None, None)
    start, run = _with_its_body_head(phrase, runs)
    if _names_nobody(phrase[:start], run):
        return Subject(None, None)
    if follows_a_body_noun(phrase[:start]) or run.startswith("The "):
        # "the group Commuters First PH", "The Music Venues Coalition North": a body's name, all
        # of it; after "The", no word of it opens the sentence
        words_in_text = frozenset()
    name, titles = split_titles(_with_local_number(phrase, start, run), words_in_text)
    if name is None:
        return Subject(None, None)
    after = phrase[start + len(run) :]
    body_noun = _BODY_NOUN_AFTER.match(after)
    if body_noun:
        name = f"{name} {body_noun.group(1)}"
    elif _names_a_modifier(run, after):
        return Subject(None, None)
    named, before = _with_particle(phrase, start, name, titles)
    role = _clean_role(f"{before} {titles}")
    return Subject(None if named is None or _a_role_not_a_name(named, before) else named, role)


def _names_nobody(before: str, run: str) -> bool:
    """A run of capitals that is a place's adjective ("Canadian"), or what belongs to someone
    unnamed ("One woman in a 'Velvet Army' T-shirt", "Residents of two Gulf Islands")."""
    if _PLACE_ADJECTIVE.search(run):
        return True
    return _UNNAMED_HEAD_BEFORE_A_NAME.match(before) is not None and "," not in before


_INITIALS = re.compile(r"(?:[A-Z]\.\s?){1,3}[A-Z]")  # "K.V. Harinath Rao", "J. R. Ortiz"
_UNION_LOCAL_NUMBER = re.compile(r" \d+\b")
# Someone unnamed, or people, then what the name after belongs to or is where: "One woman in
# a 'Velvet Army' T-shirt shouted", "Residents of two Gulf Islands say", "A fan from Leeds".
_UNNAMED_HEAD_BEFORE_A_NAME = re.compile(
    r"\s*(?:(?:[Oo]ne|A|An|[Aa]nother)\s+(?:[a-z\-]+\s+){1,2}(?:in|with|from|outside|near|on)"
    r"|(?:Residents|Fans|Parents|Neighbours|Neighbors|Villagers|Locals|Passengers|Families|"
    r"Relatives|Supporters)\s+(?:of|from|in|on))"
    r"\s+(?:(?:a|an|the|two|three|some)\s+)?[\W_]*$"
)  # not "Analysts at Brightwater Securities wrote": the firm's words
# Lowercase nouns before a body's name ("the group Commuters First PH", "the charity Hope for
# Homes"): the capitalised words after them are the body's name, common words and all.
BODY_NOUNS_BEFORE_A_NAME = frozenset(
    """group union association charity campaign coalition company firm network organisation
    organization collective alliance movement federation society club band choir cooperative
    co-operative""".split()
)


def follows_a_body_noun(before: str) -> bool:
    """Do these words end on a noun that a body's name follows ("the consumer group")?"""
    words = before.split()
    return bool(words) and words[-1] in BODY_NOUNS_BEFORE_A_NAME


def _with_local_number(phrase: str, start: int, run: str) -> str:
    """The run with the number after it when it ends a union local's name ("Teamsters Local
    727"), which a run of capitalised words leaves out."""
    local = _UNION_LOCAL_NUMBER.match(phrase, start + len(run)) if run.endswith(" Local") else None
    return run + local.group() if local else run


def _with_its_body_head(phrase: str, runs: list[tuple[int, str]]) -> tuple[int, str]:
    """The last capitalised run of a subject, with the run before it when the two name one body
    joined by "and", "of" or "for" ("National Transport and Safety Authority", "U.S. Bureau of
    Reclamation"): the last ends in a body's word."""
    start, run = runs[-1]
    if len(runs) < 2 or _without_possessive(run.split()[-1]) not in BODY_WORDS:
        return start, run
    before_start, before = runs[-2]
    joint = phrase[before_start + len(before) : start]
    if joint.strip() in ("and", "of", "for", "&") and gender_from_first_name(before) is None:
        return before_start, phrase[before_start : start + len(run)]
    return start, run


def _with_particle(phrase: str, start: int, name: str, titles: str) -> tuple[str | None, str]:
    """The name with a particle written before it ("de Gaulle", "von der Leyen"), and the words
    before it; no name when the particle follows a lowercase word, as "of" does in another
    language ("el ministro de Hacienda": what a role is of)."""
    particle = _LEADING_PARTICLE.search(phrase[:start])
    if not particle or titles:
        return name, phrase[:start]
    before = phrase[: particle.start(1)]
    previous = before.split()[-1:]
    if previous and previous[0][:1].islower():
        return None, before
    return f"{particle.group(1)} {name}", before


def _a_role_not_a_name(name: str, before: str) -> bool:
    """A role noun after an article of another language, which the English rules would take
    for a name in a text too short to tell its language: "Der Kanzler", "die Ministerin"."""
    words = name.split()
    article = (before.split() or [""])[-1] if len(words) == 1 else words[0]
    return article.casefold() in _FOREIGN_ARTICLES and words[-1].casefold() in ROLE_NOUNS


def _names_a_modifier(run: str, after: str) -> bool:
    """Is the capitalised run only a modifier of the noun after it ("one Weibo commenter",
    "Aviation analysts", "Carlineo's attorney"), so that the speaker is not named?"""
    following = _NEXT_WORD.match(after)
    if following is None:
        return False
    noun = following.group(1)
    if _POSSESSIVE.search(run):
        return True
    return is_role_noun(noun) or is_plural_role(noun)


def leading_subject(clause: str) -> str | None:
    """The subject at the head of a clause: capitalised words and role nouns, up to the first
    other word ("Lakeside FC coach Marco Bellini summed up ..." -> "Lakeside FC coach Marco
    Bellini"); None when it holds no capitalised word."""
    kept: list[str] = []
    for word in clause.split():
        bare = word.strip(",;:")
        if not (
            bare[:1].isupper() or bare.casefold() in ROLE_NOUNS or bare in {"de", "van", "von"}
        ):
            break
        kept.append(bare)
    if not any(w[:1].isupper() for w in kept):
        return None
    return " ".join(kept)


def _name_runs(text: str):
    """(start, run) for each capitalised run, cut where a sentence ends inside it."""
    for found in _NAME_RUN.finditer(text):
        run = found.group()
        if " " in run:
            run = _without_words_after_name(run)
        if "." not in run:  # most runs: nothing to cut or glue
            yield found.start(), run
            continue
        pieces = _AFTER_A_FULL_STOP.split(run)
        offset = found.start()
        for piece in _join_abbreviations(pieces):
            offset = text.index(piece.split()[0], offset)
            yield offset, piece
            offset += len(piece)


def _without_words_after_name(run: str) -> str:
    """A run of words without the pronoun "I" ("touching Nippers I was") or a day or month
    ("said Trump Tuesday") after the name."""
    if run.endswith(" I"):
        return _PRONOUN_I_AFTER.sub("", run)
    last = run.rfind(" ")
    if run[last + 1 :].rstrip(".") in TIME_WORDS:
        return run[:last].rstrip()
    return run


def _join_abbreviations(pieces: list[str]) -> list[str]:
    """Glue back pieces cut after an initial or an abbreviation (J. K. Rowling, Dr. Ames)."""
    joined: list[str] = []
    for piece in pieces:
        opens_sentence = piece.split(maxsplit=1)[0] in NOT_NAME_WORDS  # "thought I. What had"
        if joined and _ABBREVIATION.match(joined[-1].split()[-1]) and not opens_sentence:
            joined[-1] = f"{joined[-1]} {piece}"
        else:
            joined.append(piece)
    return [p.rstrip(".") if not _ABBREVIATION.match(p.split()[-1]) else p for p in joined]


def _is_title(token: str) -> bool:
    folded = token.casefold()
    return (
        token in TITLE_WORDS
        or folded in ROLE_NOUNS
        or folded.endswith(_COMPOUND_ROLE_ENDINGS)
        or (
            len(folded) > 5 and folded.endswith("ist") and gender_from_first_name(token) is None
        )  # Immunologist, Economist; not Tigist, a first name
    )


def split_titles(run: str, words_in_text: frozenset[str] = frozenset()) -> tuple[str | None, str]:
    """("Vladimir Putin", "Russian President") from "Russian President Vladimir Putin".

    Titles are cut off the front only: "Stephen King" keeps its King. A body's name
    ("Interior Ministry") is kept whole. A possessive ("Kenya's Esther Kibet") ends the role.
    Words the article also writes in lowercase ("Was Bartleby", "Prosecution ...") are not
    names, except first names that are words too (Will, Frank, Dale).
    """
    tokens = run.split()
    if len(tokens) == 1:
        return _split_one_word(tokens[0], words_in_text)
    if PARTY_AND_PLACE.fullmatch(run):
        return None, ""  # "D-Fresno": a lawmaker's party and state, not a name
    while len(tokens) > 2 and tokens[-1] in _POST_NOMINALS:
        tokens.pop()  # "Catherine Ashworth KC"
    if len(tokens) > 2 and tokens[-2] == "Local" and tokens[-1].isdigit():
        return " ".join(t for t in tokens if t not in ("The", "A")), ""  # "Teamsters Local 727"
    possessive = _last_possessive(tokens) if "'" in run or "\u2019" in run else -1
    if _without_possessive(tokens[-1]) in BODY_WORDS:
        words_in_text = frozenset()  # a body's name keeps its common words: Drug Enforcement ...
    role, tokens = _cut_front(tokens[possessive + 1 :], words_in_text)
    if not tokens:
        return None, ""
    if "&" in run and "&" in tokens[1:-1]:  # "Keystone & Western Railroad": a firm's name
        start = max(tokens.index("&") - 1, 0)
        before = [word for word in role + tokens[:start] if word not in ("The", "A", "An")]
        return " ".join(tokens[start:]), " ".join(before)
    role = _after_contractions(role)  # "I’m Haoyu Zhang-Demir": no role
    tokens[-1] = _without_possessive(tokens[-1]) or tokens[-1]
    last_body = _last_body_word(tokens)
    if last_body == len(tokens) - 1 or _ends_a_body_name(tokens, last_body):
        return " ".join(tokens), " ".join(role)
    role, tokens = role + tokens[: last_body + 1], tokens[last_body + 1 :]
    titles, tokens = _cut_titles(tokens)
    longer, tokens = _cut_to_name_length(tokens, words_in_text)
    role += titles + longer
    if not tokens or _NOT_NAME_OR_TITLE_WORDS.issuperset(tokens):
        return None, ""
    if not TITLE_WORDS.isdisjoint(tokens) and all(
        t in TITLE_WORDS or names_a_place_or_people(t) for t in tokens
    ):
        return None, ""  # "U.S. Secretary" (of State ...): a title and a place, no one's name
    return " ".join(tokens), " ".join(role)


def _last_possessive(tokens: list[str]) -> int:
    """Where the last possessive before the last word ends its owner ("Kenya's Esther Kibet"),
    or -1 when none does (`_names_with_the_next`)."""
    return max(
        (
            i
            for i, t in enumerate(tokens[:-1])
            if t.endswith(_POSSESSIVE_ENDINGS) and not _names_with_the_next(tokens, i)
        ),
        default=-1,
    )


def _last_body_word(tokens: list[str]) -> int:
    """Where the last body's word stands ("Interior Ministry"), or -1 when none does (most
    runs, told by one set test)."""
    if BODY_WORDS.isdisjoint(tokens):
        return -1
    return max(i for i, t in enumerate(tokens) if t in BODY_WORDS)


def _names_with_the_next(tokens: list[str], at: int) -> bool:
    """Does the possessive at `at` name a body with the words after it, the last a body's
    ("Carrow County Sheriff's Office", "the People's Party", "Dublin Renters' Alliance"), rather
    than end its owner ("Kenya's Parliament")? A plural one does, however far the body's word."""
    if _without_possessive(tokens[-1]) not in BODY_WORDS:
        return False
    if tokens[at].endswith(("s'", "s\u2019")):
        return True  # "Mineworkers' Solidarity Union": the workers' own body
    if at > 0 and tokens[at - 1] in _SAINT_WORDS:
        return True  # "St. Brendan's Community Hospital": a saint's, in the body's name
    if at != len(tokens) - 2:
        return False
    owner = _without_possessive(tokens[at])
    return owner in TITLE_WORDS or owner in _COLLECTIVE_OWNERS


def _after_contractions(role: list[str]) -> list[str]:
    """The role words after the last contraction among them ("I’m", "He's"), which no role
    holds."""
    if not any("'" in word or "\u2019" in word for word in role):
        return role  # most roles, and most runs have none
    last = max((i for i, t in enumerate(role) if _CONTRACTION.fullmatch(t)), default=-1)
    return role[last + 1 :]


def _split_one_word(token: str, words_in_text: frozenset[str]) -> tuple[str | None, str]:
    """`split_titles` of a run of one word, most runs of an article ("The", "Peskov", "Kremlin"):
    the same answer without the list work, since one word has no role in front of it."""
    name = _without_possessive(token)
    if name in BODY_WORDS:
        words_in_text = frozenset()
    if _not_a_name_start(token, 1, words_in_text) or is_plural_role(name):
        return None, ""
    name = name or token
    if name in BODY_WORDS or not (name in NOT_NAME_WORDS or name in TITLE_WORDS):
        return name, ""
    return None, ""


def _without_possessive(word: str) -> str:
    """The word without its possessive ending ("Kenya's" -> "Kenya"): `_POSSESSIVE` removed,
    by a test of the word's ending instead of a regex, since each name run's words take it."""
    if not word.endswith(_POSSESSIVE_ENDINGS):
        return word
    return word[:-2] if word.endswith("s") else word[:-1]


def is_plural_role(word: str) -> bool:
    """ "Reporters", "Officials", "Analysts" opening a sentence: people unnamed, no name (unlike
    surnames such as "Peters" or "Sanders")."""
    # Not by a role's ending: "remembers", "insists", "wants" are verbs ("Lee remembers ...").
    return word.endswith("s") and word[:-1].casefold() in ROLE_NOUNS


def _ends_a_body_name(tokens: list[str], last_body: int) -> bool:
    """Is the one word after a body's word the end of the body's name ("Brooklyn Daily Eagle",
    "Kansas City Star") rather than a person's name ("Kremlin Peskov")? Not when it is a title
    or a first name."""
    if last_body < 0 or last_body != len(tokens) - 2:
        return False
    word = tokens[-1]
    return not _is_title(word) and gender_from_first_name(word) is None


def _cut_front(tokens: list[str], words_in_text: frozenset[str]) -> tuple[list[str], list[str]]:
    """Split off leading words that are not names, and people named by a plural role: (cut,
    rest). A word after "Mr", "Ms", "Dr" ... is a name even where the article writes it as a
    word too ("Mr Price", "the price")."""
    cut = 0
    while cut < len(tokens) and _not_a_name_start(tokens[cut], len(tokens) - cut, words_in_text):
        if cut and _after_courtesy_title(tokens, cut):
            break
        cut += 1
    while cut < len(tokens) - 1 and is_plural_role(tokens[cut]):
        cut += 1  # "Owners Alder Theatres Group", "Organisers Pride Leeds"
    return tokens[:cut], tokens[cut:]


def _after_courtesy_title(tokens: list[str], at: int) -> bool:
    """Is the word at `at` a surname after "Mr", "Dr" ... ("Mr Price", not "Mr President")?"""
    token = tokens[at]
    return (
        tokens[at - 1].rstrip(".") in _COURTESY_TITLES
        and token[:1].isupper()
        and token not in NOT_NAME_WORDS
        and not _is_title(token)
    )


def _not_a_name_start(token: str, left: int, words_in_text: frozenset[str]) -> bool:
    lowered = token.lower()
    if token in NOT_NAME_WORDS or (left >= 2 and (lowered in _FIRM_KINDS or "-of-" in lowered)):
        return True  # "Carmaker Toyota", "Mum-of-two Jodie Pearce": what they are, no name
    if lowered.endswith(("-year-old", "-month-old")):
        return True  # "Seventeen-year-old Róisín Ó Flaithearta": an age opening the sentence
    if left >= 2 and lowered.endswith("-based"):
        return True  # "Lagos-based Crestfield Securities": where it works, no name
    if ("\u2019" in token or "'" in token) and _CONTRACTION.fullmatch(token):
        return True
    if token in BODY_WORDS:
        return False  # "the Church" even where the article writes "a church"
    if lowered not in FIRST_NAMES_THAT_ARE_WORDS and (
        lowered in words_in_text or (left >= 2 and len(lowered) > 5 and _a_gerund(token))
    ):
        return left > 1 or not token.isupper()  # "says WHO" even where the article writes "who"
    # A position in capitals before a full name: "DL Sheldon Richardson", "QB Tom Brady".
    return left >= 3 and token.isupper() and len(token) <= 3 and token.isalpha()


def _a_gerund(token: str) -> bool:
    """A word in "-ing" opening a run ("Breaking News", "Looking ahead"), not a first name that
    ends so ("Mei-Ling", "Xiaoling")."""
    return token.lower().endswith("ing") and gender_from_first_name(token) is None


def _a_first_name_and_surname(tokens: list[str]) -> bool:
    return len(tokens) == 2 and tokens[0] in _TITLES_THAT_ARE_FIRST_NAMES


def _cut_titles(tokens: list[str]) -> tuple[list[str], list[str]]:
    """Split off the titles among the first words, if a name is left after them."""
    first = next((i for i, t in enumerate(tokens[:4]) if _is_title(t)), None)
    if first is None or _a_first_name_and_surname(tokens[first:]):
        return [], tokens
    end = first
    while end < len(tokens) and _is_title(tokens[end]):
        end += 1
    return (tokens[:end], tokens[end:]) if end < len(tokens) else ([], tokens)


def _cut_to_name_length(
    tokens: list[str], words_in_text: frozenset[str]
) -> tuple[list[str], list[str]]:
    """Names have at most three words (particles aside); what stands before them is a role."""
    if len(tokens) <= _MAX_NAME_WORDS:
        role, rest = [], tokens  # most runs: short enough, whatever their words
    else:
        role, rest = _cut_longer_run(tokens, words_in_text)
    if len(rest) == _MAX_NAME_WORDS and (_first_name_second(rest) or _role_first(rest)):
        return role + rest[:1], rest[1:]  # "Wall Streeter Charlotte Beyer", "Neighbor Tasha ..."
    return role, rest


def _cut_longer_run(
    tokens: list[str], words_in_text: frozenset[str]
) -> tuple[list[str], list[str]]:
    """(role, name) of a run of more words than a name has, its particles aside."""
    named = [
        i
        for i, t in enumerate(tokens)
        if t not in _PARTICLE_WORDS
        and not (i == 0 and t in _CAPITALISED_PARTICLES)
        and not (t in _GAELIC_PARTICLES and i < len(tokens) - 1)
        and t not in _GENERATIONS
    ]
    if len(named) <= _MAX_NAME_WORDS or _a_name_of_four_words(tokens):
        role, rest = [], tokens
    elif _a_name_of_four_words(tokens[-_MAX_NAME_WORDS - 1 :]):
        role, rest = tokens[: -_MAX_NAME_WORDS - 1], tokens[-_MAX_NAME_WORDS - 1 :]
    else:
        cut = named[-_MAX_NAME_WORDS]
        extra, rest = _cut_front(tokens[cut:], words_in_text)
        role = tokens[:cut] + extra
    return role, rest


def _role_first(tokens: list[str]) -> bool:
    """Is the first of three words a title or a role noun ("Officer Raj Malhotra", "Neighbor
    Tasha Williams", "Singer-songwriter Cass Rivera"), not a first name, before two names?"""
    first = tokens[0]
    if gender_from_first_name(first) is not None or first.casefold() in FIRST_NAMES_THAT_ARE_WORDS:
        return False
    if not all(t[:1].isupper() and t not in _PARTICLE_WORDS for t in tokens[1:]):
        return False
    if first.casefold().startswith("co-") or names_a_place_or_people(first):
        return True  # "Co-star Eli Benally", "(Attorney for) Iowa Renata Castellanos-Webb"
    return first in TITLE_WORDS or first.casefold() in ROLE_NOUNS or _a_role_by_its_ending(first)


def _a_role_by_its_ending(word: str) -> bool:
    """A role noun by its ending ("Forecaster", "Lobbyist"), long enough that the ending tells
    ("Sher Zaman Khan": no role)."""
    return len(word) > _SHORTEST_ROLE_BY_ENDING and is_role_noun(word)


def _a_name_of_four_words(tokens: list[str]) -> bool:
    """A name of four words as Singapore and Malaysia write them: an English first name before
    a Chinese name ("Jasmine Teo Li Ping", "Benedict Ho Wen Jie"), or a Malay name with "Mohd"
    or "Abdul" ("Siti Hajar Mohd Yusof", "Mohd Khairul Anuar Bakri")."""
    if len(tokens) != _MAX_NAME_WORDS + 1 or not all(t[:1].isupper() for t in tokens):
        return False
    if tokens[1] in CHINESE_SURNAMES and gender_from_first_name(tokens[0]) is not None:
        return True
    return any(t in _MALAY_NAME_WORDS for t in tokens[:3])


def _first_name_second(tokens: list[str]) -> bool:
    """Is the second of three words a common first name and the first neither one, nor an
    initial ("C. Eugene Steuerle"), nor a Chinese surname ("Chua Mei Xin")?"""
    first = tokens[0]
    if len(first) <= 2 or first.endswith(".") or gender_from_first_name(first) is not None:
        return False
    if first in CHINESE_SURNAMES or tokens[1] in _INNER_NAME_ELEMENTS:
        return False
    if tokens[1][:1].islower():
        return False  # "Lemayian ole Sankale": a particle, not the first name "Ole"
    return gender_from_first_name(tokens[1]) is not None


# First names that stand inside longer Arabic, South Asian and Malay names: "Farook Abdul
# Rahman", "Zainab Nur Hidayah", "Farrukh Ali Jatoi"; the word before them is a given name, no
# role.
_INNER_NAME_ELEMENTS = frozenset(
    "Abdul Abdel Abd Abu Mohd Muhammad Mohammed Mohamed Nur Ali Hussain Hassan Ahmed Ahmad".split()
)


def _clean_role(role: str, max_words: int = 0) -> str | None:
    """A role phrase without leading articles or trailing filler; None when nothing is left or
    it runs over `max_words` (by default the words a role before a name may have, and two)."""
    role = _LEADING_CONJUNCTION.sub("", role.strip(" ,;:-\u2013\u2014"))  # "while captain"
    role = _LEADING_ARTICLE.sub("", role)
    role = _FOREIGN_ARTICLE_BEFORE_ROLE.sub("", role)  # "El escritor" -> "escritor"
    words = role.split()
    if not words or len(words) > (max_words or _ROLE_WORDS_BEFORE + 2):
        return None
    if words[-1].casefold() in NOT_ROLE_LAST_WORDS:
        return None  # "Section 17.3.2a of the (EULA)": a role ends in no article
    if words[0].casefold() in {"the", "a", "an"}:
        return None
    if len(words) > 1 and words[-1] in _HONORIFICS:
        words = words[:-1]  # "physician Dr." of "the physician, Dr. Anjali Mehta-Carroll"
    return " ".join(words)  # one space between words: no line break or double space kept


def is_role_noun(word: str) -> bool:
    """A noun of someone's role or occupation: listed, or by its ending ("-ist", "-er")."""
    bare = word.casefold().strip(",.")
    return bare in ROLE_NOUNS or bare.endswith(_ROLE_SUFFIXES) and bare not in NOT_ROLE_ENDINGS


# First words of place names: "San Francisco", "East Flatbush", "New Jersey".
_PLACE_FIRST_WORDS = frozenset(
    "San Santa Los Las New Fort Port Saint St. Mount Lake North South East West Upper Lower "
    "Greater".split()
)

# Last words of place names that are nobody's surname: "Kyogle Valley", "Duck Creek", "Ring
# Road" (not "Park", "Hill", "Lane", "Street": surnames too).
_PLACE_LAST_WORDS = frozenset(
    "Valley Creek River Road Avenue Boulevard Highway Motorway Island Islands Mountains Heights "
    "Harbour Harbor Gorge Falls Canyon Peninsula Coast Square Reservoir Estuary Plateau".split()
)


def age_in_phrase(phrase: str) -> tuple[str, str] | None:
    """ "the 33-year-old" -> ("33", ""), "the 33-year-old woman" -> ("33", "woman"), "the
    56-year-old retired clerk" -> ("56", "clerk")."""
    found = _THE_AGED.fullmatch(phrase.strip().rstrip(".,;:!?"))
    return (found.group(1), found.group(2) or "") if found else None


def is_honorific(role: str) -> bool:
    """Is a role only an honorific ("Ms", "Mr.", "Dr")?"""
    return role in _HONORIFICS


def _all_caps_or_jr(word: str) -> bool:
    return word.isupper() or word.rstrip(",") in _GENERATIONS


def names_a_body(name: str) -> bool:
    """Does the name hold a body's word ("Association", "Council", "Trust", "Kremlin")?"""
    return any(word in BODY_WORDS for word in name.split())


def names_a_firm_or_body(name: str) -> bool:
    """`names_a_body`, or a firm's or an event's word the speaker rules do not read as one
    ("Westlight Festival", "Shinwa Energy", "Elbtal Kliniken"): the matcher tells a body's
    words from a person's by it, the one who may speak for the body."""
    return any(word in BODY_WORDS or word in FIRM_WORDS for word in name.split())


def is_person_name(name: str) -> bool:
    """A name of two or more words with no word of a body or a place in it, not headed by an
    acronym before a word in small letters ("ESB Networks", "NHS England"), and not all in
    capitals ("NEW DELHI")."""
    tokens = name.split()
    if len(tokens) < 2 or tokens[0] in _PLACE_FIRST_WORDS:
        return False
    if tokens[0].isupper() and _not_a_person_in_capitals(tokens):
        return False
    if tokens[-1] in _SCHOOL_ENDINGS:
        return False  # "Glen Ardoch Primary": a school
    if tokens[-1] in _PLACE_LAST_WORDS:
        return False  # "Kyogle Valley", "Upper Duck Creek": a place
    if _ACRONYM_TAIL.fullmatch(tokens[-1]) and tokens[-1] not in _NOT_A_BODY_TAIL:
        return False  # "Wirrabilla RFS", "Delhi BJP": a place's branch of a body
    return not any(t in BODY_WORDS for t in tokens)


def _not_a_person_in_capitals(tokens: list[str]) -> bool:
    """A name headed by a word in capitals: an acronym before a word in small letters ("ESB
    Networks"), or all of it in capitals ("NEW DELHI", a dateline)."""
    if _ACRONYM_HEAD.fullmatch(tokens[0]) and not _all_caps_or_jr(tokens[-1]):
        return True
    return all(token.isupper() for token in tokens)


class ArticleNames:
    """The capitalised names of one article, for resolving surnames and pronouns.

    Mentions are indexed by their last word and by position; a mention's role and whether it
    opens its sentence are worked out only when a lookup needs them, so each quotation costs
    the mentions of one surname or of the text just before it, not of the whole article.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.words = frozenset(_LOWERCASE_WORD.findall(text))
        # Where the page names who wrote it or took its pictures (`_credits`), spans merged.
        self.credits = _merged(_credits(text))
        # Nicknames in quotation marks ('Harold "Hal" Bennett'), found once: made spaces for the
        # mentions here, and read for the aliases (`_written_aliases`).
        self._quoted_nicknames = list(_QUOTED_NICKNAME.finditer(text))
        unbracketed = _unbracket_first_names(text, self._quoted_nicknames)
        self.mentions = _with_shared_surnames(
            text, _mentions(unbracketed, self.words, self.credits)
        )
        self._starts = [m.start for m in self.mentions]
        self._by_last_word: dict[str, list[Mention]] = {}
        # Each name's first mention, in the article's order, also by last word: the lookups that
        # weigh names against each other need each name once, not each time it is written.
        self._first_mentions: dict[str, Mention] = {}
        self._names_by_last_word: dict[str, list[Mention]] = {}
        keys: dict[str, str] = {}  # each name's key, worked out at its first mention
        for mention in self.mentions:
            key = keys.get(mention.name)
            if key is None:
                key = keys[mention.name] = _surname_key(mention.name)
                self._first_mentions[mention.name] = mention
                self._names_by_last_word.setdefault(key, []).append(mention)
            self._by_last_word.setdefault(key, []).append(mention)
        self._fullest: dict[str, Mention | None] = {}
        self._roles: dict[str, str | None] = {}
        self._genders: dict[str, str | None] = {}
        self._people_by_spelling: dict[str, set[str]] | None = None  # made on first use
        self._people_by_surname: dict[str, list[list[Mention]]] = {}  # `_people_with_surname`
        self._people_by_first_word: dict[str, list[str]] | None = None  # made on first use
        self._one_word_people: dict[str, bool] = {}
        self.acronyms = _spelled_out_acronyms(text)
        self._bodies: list[tuple[Mention, list[str]]] | None = None  # made on first use
        self._aliases: dict[str, str] | None = None
        self._bodies_by_word: dict[str, dict[str, Mention]] | None = None  # on first use

    def credited(self, name: str) -> bool:
        """Is this name written where the page names who made it ("By Anjali Deshpande")?"""
        return any(name in self.text[start:end] for start, end in self.credits)

    def fullest(self, name: str) -> Mention | None:
        """The mention with the most words that ends with, or equals, `name`.

        A longer form counts only if it is a person's name, or a body's name
        when `name` is one ("Commission" -> "European Commission").
        """
        if name not in self._fullest:
            spelled = self.acronyms.get(name) or self._abbreviated(name)
            found = self._find_fullest(spelled) if spelled else None
            found = found or self._body_spelled_out(name) or self._find_fullest(name)
            if found is None or found.name == name:
                found = self._body_named_after(name) or self._with_a_legal_form(name) or found
            self._fullest[name] = found
        return self._fullest[name]

    def _with_a_legal_form(self, name: str) -> Mention | None:
        """The body's name with its legal form after it, as the article first gave it
        ("Meridian Autonomy" of "Meridian Autonomy Inc.", "Heartland Cold Storage LLC")."""
        for form in _LEGAL_FORMS:
            found = self._first_mentions.get(f"{name} {form}")
            if found is not None:
                return found
        return None

    def _body_named_after(self, word: str) -> Mention | None:
        """The one body the article names in full with this word first or in brackets after it
        ("Skyvale said" of "Skyvale Airlines"; "MetMalaysia" of "the Malaysian Meteorological
        Department (MetMalaysia)"); None for a word known as a person's."""
        if " " in word:
            return None
        if self._bodies_by_word is None:
            self._bodies_by_word = self._bodies_by_first_or_bracketed_word()
        found = self._bodies_by_word.get(word, {})
        if len(found) != 1 or self.known_as_a_person(word):
            return None
        return next(iter(found.values()))

    def _bodies_by_first_or_bracketed_word(self) -> dict[str, dict[str, Mention]]:
        """The bodies the article names in full (their last word a body's), by their first word
        and by the word in brackets right after them: once an article."""
        found: dict[str, dict[str, Mention]] = {}
        for mention in self._first_mentions.values():
            words = mention.name.split()
            if len(words) < 2 or words[-1] not in BODY_WORDS:
                continue
            found.setdefault(words[0], {})[mention.name] = mention
            bracketed = _BRACKETED_WORD.match(self.text, mention.run_end)
            if bracketed:
                found.setdefault(bracketed.group(1), {})[mention.name] = mention
        return found

    def real_name(self, name: str) -> str:
        """The name an alias stands for where the article writes "C.K. Walker aka “Lindsey”",
        "Shawn Carter, also known as Jay-Z" or "Natasha 'Tash' Brennan-Lowe"; the name itself
        otherwise."""
        if self._aliases is None:
            self._aliases = dict(self._written_aliases())
        real = self._aliases.get(name)
        words = name.split()
        if real is None and len(words) > 1:  # "Snow Kettlewell", of Graeme "Snow" Kettlewell
            real = self._aliases.get(words[0])
            if real is not None and real.split()[-1] != words[-1]:
                real = None
        if real is None:
            return name
        fullest = self.fullest(real)
        return fullest.name if fullest is not None else real

    def _written_aliases(self) -> Iterator[tuple[str, str]]:
        """(alias, name) of each alias the article gives someone, also without an honorific
        ("Hyacinth" of "Miss Hyacinth"), the first one written of each alias."""
        found: list[tuple[str, str]] = []
        for near in _places_of(self.text, _ALIAS_WORDS):  # patterns tried only around their words
            start, end = max(near - _ALIAS_REACH, 0), near + _ALIAS_REACH
            found += [(m.group(2), m.group(1)) for m in _ALIAS.finditer(self.text, start, end)]
            found += [
                (m.group(1), m.group(2)) for m in _ALIAS_FIRST.finditer(self.text, start, end)
            ]
        found = list(dict.fromkeys(found))  # a match near two such words, once
        found += list(_nicknames(self.text, self._quoted_nicknames))
        for alias, name in reversed(found):
            words = alias.split()
            if len(words) > 1 and words[0] in _HONORIFICS:
                yield " ".join(words[1:]), name
            yield alias, name

    def body_of(self, word: str) -> str | None:
        """The first body the article names with this word and "of" ("Department of Energy",
        "Ministry of Foreign Affairs"); None when it names none."""
        found = re.search(rf"\b{re.escape(word)} of (?:the )?{_BODY_OF_TAIL}", self.text)
        return found.group().replace(" of the ", " of ") if found else None

    def _abbreviated(self, acronym: str) -> str | None:
        """The one name the article writes whose last words' initials spell `acronym` ("DEA" ->
        "Drug Enforcement Administration", "RMS" -> "Richard M. Stallman")."""
        if not _ACRONYM.fullmatch(acronym):
            return None
        size = len(acronym)
        spelled = {
            " ".join(m.name.split()[-size:])
            for m in self._first_mentions.values()
            if len(m.name.split()) >= size
            and "".join(word[0] for word in m.name.split()[-size:]) == acronym
        }
        return spelled.pop() if len(spelled) == 1 else None

    def _body_spelled_out(self, name: str) -> Mention | None:
        """The one body the article names in full whose capitalised words' initials, small words
        skipped, hold an acronym of three letters or more: "CDC" or "Chinese CDC" -> "Chinese
        Center for Disease Control and Prevention", "NASA" -> "National Aeronautics and Space
        Administration". Words before the acronym must head the full name."""
        *head, acronym = name.split() or [""]
        if len(acronym) < _MIN_LOOSE_ACRONYM or not _ACRONYM.fullmatch(acronym):
            return None
        found: dict[str, Mention] = {}
        for mention, capitals in self._bodies_in_full():
            if capitals[: len(head)] != head:
                continue
            initials = "".join(w[0] for w in capitals[len(head) :])
            if acronym in (initials if not head else initials[: len(acronym)]):
                found.setdefault(mention.name, mention)
        return found.popitem()[1] if len(found) == 1 else None

    def _bodies_in_full(self) -> list[tuple[Mention, list[str]]]:
        """The bodies the article names with three capitalised words or more, small words
        between ("Centers for Disease Control and Prevention"), with those words; once."""
        if self._bodies is None:
            self._bodies = []
            for run in _BODY_RUN.finditer(self.text):
                words = run.group().split()
                if words[0] == "The":
                    words = words[1:]
                capitals = [w for w in words if w[:1].isupper()]
                if any(w.removesuffix("s") in BODY_WORDS for w in capitals):
                    full = " ".join(words)  # "Centers for Disease Control", not "Mary Ann Chen"
                    mention = Mention(full, run.start(), run.start(), run.end(), "")
                    self._bodies.append((mention, capitals))
        return self._bodies

    def first_of_several(
        self,
        name: str,
        position: int,
        gender: str | None = None,
        title: str | None = None,
        *,
        generation: str | None = None,
    ) -> str | None:
        """For a bare surname that ends two people's names ("Hori Parata" and his son "Rewi
        Parata"), the fullest name of the one the article introduced first, before `position`:
        news gives the second one a first name every time. None when one person or none has it.
        With the `gender` of an honorific before the surname ("Ms Kiely"), the first of them
        whose first name is not of the other gender ("Róisín Kiely", not "Seán Kiely"). With
        the `title` before it ("Dr Galloway"), the one of them the article wrote with that
        title ("Dr Ruth Galloway", not her father Vince Galloway), if only one. With a
        `generation` ("the elder Kessler", "the younger Iyer"), the parent or the child the
        article names, or else the one last written in full before `position`, instead.
        """
        if " " in name.strip():
            return None
        if title and name in CHINESE_SURNAMES:
            titled_one = self._one_titled(name, title, position)
            if titled_one is not None:
                return titled_one  # "Dr Tan" of Dr Tan Wei Ling and Prof Daniel Tan
        people = self._people_with_surname(name)
        if len(people) < 2 or people[0][0].start > position:
            return None
        if gender is not None:
            people = [p for p in people if gender_from_first_name(p[0].name) in (None, gender)]
            known = [p for p in people if gender_from_first_name(p[0].name) == gender]
            if len(people) == 2 and len(known) == 1:
                people = known  # "Mrs Brissett" of a couple: Sharon, not Orville (unknown)
            if not people or people[0][0].start > position:
                return None
        titled = [p for p in people if title and _written_with_title(p, title)]
        if len(titled) == 1 and titled[0][0].start < position:
            people = titled
        if generation:  # "the elder Kessler": a parent, or else the one introduced last
            before = [p for p in people if p[0].start < position]
            people = self._of_generation_first(before, position, generation)
        fullest = people[0][0].name
        for mention in people[0][1:]:
            if _fuller(mention.name, fullest):
                fullest = mention.name
        return fullest

    def _one_titled(self, surname: str, title: str, position: int) -> str | None:
        """Of the people a Chinese surname may stand for, written in either order ("Tan Wei
        Ling", "Daniel Tan"), the fullest name of the one the article wrote with this title
        before `position`, if only one."""
        people = [
            *self._people_with_chinese_surname(surname),
            *self._find_people_with_surname_last(surname),
        ]
        titled = [p for p in people if _written_with_title(p, title) and p[0].start < position]
        if len(people) < 2 or len(titled) != 1:
            return None
        return max((m.name for m in titled[0]), key=len)

    def _of_generation_first(
        self, people: list[list[Mention]], position: int, generation: str
    ) -> list[list[Mention]]:
        """The people of one surname, the one "the elder" ("the younger") means first: the only
        one the article gives a parent's (a child's) role ("His father, Mr Lim Chee Wah", "His
        son, Karthik Iyer") or the other of two when one is given the other role, else the one
        whose full name was written last before `position` ("Kessler's father, Walt Kessler,
        drove ...")."""
        role, other = (_PARENT_ROLE, _CHILD_ROLE)[:: 1 if generation == "elder" else -1]
        of_role = [p for p in people if self._described_as(p[0], role)]
        if len(of_role) == 1:
            return of_role
        of_other = [p for p in people if self._described_as(p[0], other)]
        if len(people) == 2 and len(of_other) == 1:
            return [p for p in people if p is not of_other[0]]  # the son of "X's father, Y"
        return sorted(
            people, key=lambda p: max(m.start for m in p if m.start < position), reverse=True
        )

    def _described_as(self, mention: Mention, kin: re.Pattern) -> bool:
        """Is the person of this mention given a kin noun by their role or right around it ("His
        son, Karthik Iyer", "Vasant Kulkarni, the managing director's father,")?"""
        if kin.search(self.role_of(mention.name) or ""):
            return True
        around = self.text[max(mention.start - _KIN_NEAR, 0) : mention.start]
        after = self.text[mention.start + len(mention.name) :][:_KIN_NEAR].split(".")[0]
        pieces = after.split(",")
        set_off = pieces[1] if len(pieces) > 1 and not pieces[0].strip() else ""
        if set_off.split()[:1] in (["and"], ["or"]):
            set_off = ""  # "Ken Rourke, and his son Dale Rourke,": the next one's kin, not his
        return bool(kin.search(around.rsplit(".", 1)[-1]) or kin.search(set_off.split(" who ")[0]))

    def kin_of(self, full_name: str, gender: str | None) -> str | None:
        """The one other person the article names in full with this person's surname, not of
        the other `gender`: whom "her father" means, of "Mr Ackroyd-Bell's daughter, Lorraine
        Ackroyd-Bell" (Stanley Ackroyd-Bell); None when there is not one such person."""
        if " " not in full_name:
            return None
        others = [
            person
            for person in self._people_with_surname(_surname_key(full_name))
            if " " in person[0].name
            and not _ends_with(full_name.split(), person[0].name.split())
            and gender_from_first_name(person[0].name) in (None, gender)
        ]
        if len(others) != 1:
            return None
        return _fullest_of(others[0]).name

    def _people_with_surname(self, surname: str) -> list[list[Mention]]:
        """The full mentions of each person whose name ends with this surname, a list per
        person (by first name) in the order the article introduces them; worked out once for
        each surname (a pronoun's lookup asks for every surname heading a sentence before)."""
        known = self._people_by_surname.get(surname)
        if known is None:
            known = self._people_by_surname[surname] = self._find_people_with_surname(surname)
        return list(known)

    def _find_people_with_surname(self, surname: str) -> list[list[Mention]]:
        if surname in CHINESE_SURNAMES:
            return self._people_with_chinese_surname(surname)
        return self._find_people_with_surname_last(surname)

    def _find_people_with_surname_last(self, surname: str) -> list[list[Mention]]:
        """The people whose name ends with this surname, a list of mentions per person."""
        wanted = [surname]
        people: list[list[Mention]] = []
        for mention in self._names_by_last_word.get(_surname_key(surname), []):
            tokens = mention.name.split()
            if not _ends_with(tokens, wanted) or not is_person_name(mention.name):
                continue
            if self._in_headline_only(mention.name):
                continue  # "Debutant Pathan spins Karnataka to ...": a headline's word, no name
            same = (p for p in people if _same_first_name(tokens[0], p[0].name.split()[0]))
            person = next(same, None)
            if person is None:
                people.append([mention])
            else:
                person.append(mention)
        return people

    def _find_fullest(self, name: str) -> Mention | None:
        wanted = name.split()
        is_body = any(t in BODY_WORDS for t in wanted)
        forms = [
            mention
            for mention in self._names_by_last_word.get(_surname_key(name), [])
            if _ends_with(mention.name.split(), wanted)
            and (mention.name == name or is_body or is_person_name(mention.name))
        ]
        best = _fullest_of(forms)
        if best is None or best.name == name:
            # "Dale" said, of "Coach Dale Forde"; "Mueller" said, of "Gerhard Müller"
            found = self._by_first_name(wanted) or self._by_spelling(wanted)
            return found or self._by_first_surname(wanted) or best
        if len(wanted) == 1 and self._in_headline_only(best.name):
            # "Gaz said", of "ROCK legend Gaz Penhallow" under "Rocker Gaz, 71, announces ...";
            # "Pathan said", of "Imran Pathan" under "Debutant Pathan spins Karnataka to ..."
            in_the_body = [form for form in forms if not self._in_headline_only(form.name)]
            body_best = _fullest_of(in_the_body)
            if body_best is not None and body_best.name != name:
                return body_best
            return self._by_first_name(wanted) or best
        return best

    def _in_headline_only(self, name: str) -> bool:
        """Is `name` written in the article's opening lines with no full stop at their end (a
        kicker, a headline, a byline) and nowhere after them, headed by no first name? A
        headline calls people by what the story does not ("Rocker Gaz", "Furious Hollins")."""
        headlines_end = self._headlines_end
        return (
            headlines_end > 0
            and name in self.text[:headlines_end]
            and self.text.find(name, headlines_end) < 0
            and gender_from_first_name(name) is None
        )

    @cached_property
    def _headlines_end(self) -> int:
        """Where the article's opening lines that end with no full stop end: up to
        `_HEADLINE_LINES` of them, before the first sentence of the story."""
        end = 0
        for _ in range(_HEADLINE_LINES):
            while self.text.startswith("\n", end):
                end += 1
            line_end = self.text.find("\n", end)
            if line_end < 0 or _opens_the_story(self.text[end:line_end]):
                break
            end = line_end + 1
        return end

    def _by_first_surname(self, wanted: list[str]) -> Mention | None:
        """The one person whose name of three words or more has `wanted` before its last word:
        Spanish and Portuguese names end in two surnames, and the first is the one written
        alone ("Iturbe" of "Jorge Iturbe Salcedo", "Tavares" of "Marcos Tavares Filho"); a
        Chinese surname stands before the given names ("Ms Teo" of "Jasmine Teo Li Ping")."""
        if len(wanted) != 1 or wanted[0] in BODY_WORDS:
            return None
        chinese = wanted[0] in CHINESE_SURNAMES
        people = {
            name
            for name in self._first_mentions
            if wanted[0] in name
            and len(name.split()) >= _MIN_NAME_WORDS_WITH_TWO_SURNAMES
            and (name.split()[-2] == wanted[0] or chinese and wanted[0] in name.split()[:2])
            and is_person_name(name)
        }
        return self._first_mentions[next(iter(people))] if len(people) == 1 else None

    def _by_spelling(self, wanted: list[str]) -> Mention | None:
        """The one person whose surname is `wanted` spelt otherwise (Mueller, Muller, Müller)."""
        if len(wanted) != 1:
            return None
        if self._people_by_spelling is None:
            self._people_by_spelling = {}
            for name in filter(is_person_name, self._first_mentions):
                key = _spelling_key(name.split()[-1])
                self._people_by_spelling.setdefault(key, set()).add(name)
        people = self._people_by_spelling.get(_spelling_key(wanted[0]), set())
        return self._first_mentions[next(iter(people))] if len(people) == 1 else None

    def _by_first_name(self, wanted: list[str]) -> Mention | None:
        """ "Haoyu" for "Haoyu Zhang-Demir", "Te Kaurinui" for "Te Kaurinui Robert Parata": a
        first name (of one word or two) that starts exactly one person's longer name."""
        if len(wanted) > 2 or any(word in BODY_WORDS for word in wanted):
            return None
        size = len(wanted)
        people = {
            name
            for name in self._first_mentions
            if name.startswith(wanted[0])
            and name.split()[:size] == wanted
            and len(name.split()) > size
            and is_person_name(name)
        }
        name = _one_person(people)
        return self._first_mentions[name] if name is not None else None

    def names_two_people(self, word: str, full_name: str) -> bool:
        """Is a one-word mention also the first word of someone else's full name ("Jordan" of
        "Michael Jordan" and of "Jordan Price"; "Dale" of "Dale Forde" and "Dale Evans"), so that
        it names nobody for sure?"""
        if self._people_by_first_word is None:
            self._people_by_first_word = {}
            for name in filter(is_person_name, self._first_mentions):
                self._people_by_first_word.setdefault(name.split()[0], []).append(name)
        if full_name == word:  # resolved to no one: two or more people have this first word
            return word in self._people_by_first_word
        wanted = full_name.split()
        return any(
            not (_is_subsequence(other.split(), wanted) or _is_subsequence(wanted, other.split()))
            for other in self._people_by_first_word.get(word, [])
        )

    def titled(self, name: str) -> str:
        """ "Dr. Feel" for "Feel" where the article never writes the word without that title
        nor with a first name: a pseudonym or a name known only so ("Mrs. H"). The name itself
        otherwise."""
        if " " in name:
            return name
        mentions = self._by_last_word.get(name, [])
        titles = {m.titles.split()[-1] if m.name == name and m.titles else "" for m in mentions}
        if len(titles) != 1:
            return name
        title = titles.pop()
        return f"{title} {name}" if title in _HONORIFICS else name

    def role_of(self, full_name: str) -> str | None:
        """The first role the article writes beside this full name."""
        if full_name not in self._roles:
            mentions = self._by_last_word.get(_surname_key(full_name), [])
            roles = (self._role(m) for m in mentions if m.name == full_name)
            self._roles[full_name] = next((role for role in roles if role), None)
        return self._roles[full_name]

    def person_by_role(self, phrase: str, position: int) -> str | None:
        """The person a role stands for: "the architect says" -> the one person the article
        has introduced as an architect (the last one before `position` if several)."""
        age = _THE_AGED.fullmatch(phrase.strip())
        if age:
            return self._one_person(position, lambda m: self._age(m) == age.group(1))
        found = _THE_ROLE.fullmatch(phrase.strip())
        if not found:
            return None
        noun = found.group(1).casefold()
        return self._one_person(position, lambda m: _role_names(self._role(m), noun))

    def _one_person(self, position: int, fits: Callable[[Mention], bool]) -> str | None:
        """The one person named before `position` by mentions that `fits` (the last mention
        of them); None for none or several."""
        people = [
            m.name
            for m in self.mentions
            if m.start < position and is_person_name(m.name) and fits(m)
        ]
        fullest = {self.fullest(name).name for name in people}
        return people[-1] if len(fullest) == 1 else None

    def _age(self, mention: Mention) -> str | None:
        """The age written after a name between commas ("John Smith, 45, of Leeds")."""
        found = _AGE_AFTER_NAME.match(self.text, mention.run_end)
        return found.group(1) if found else None

    def _role(self, mention: Mention) -> str | None:
        before = _role_before(self.text, mention.run_start, mention.titles)
        if before and before not in _HONORIFICS:
            return before
        # "Dr. Rochelle Walensky, the director of the CDC,": the role, not the honorific
        return (
            _role_in_commas_before(self.text, mention.run_start, mention.run_end)
            or _appositive_role(self.text, mention.run_end)
            or before
        )

    def gender_of(self, full_name: str) -> str | None:
        """The person's gender as the article or their first name tells; None when unknown."""
        if full_name not in self._genders:
            self._genders[full_name] = self._find_gender(full_name)
        return self._genders[full_name]

    def _find_gender(self, full_name: str) -> str | None:
        """By an honorific before the name or its surname ("Mrs Hollis"), by the role, or by
        the first name; an honorific of the other gender than the first name's is someone else
        of the family ("Mrs Hollis" after "Peter Hollis" and his mother "Margaret Hollis")."""
        by_first_name = gender_from_first_name(full_name) if " " in full_name else None
        for mention in self._by_last_word.get(_surname_key(full_name), []):
            if not self._stands_for(mention, full_name):
                continue
            before = self.text[max(mention.run_start - 6, 0) : mention.run_start].split()
            honorific = gender_from_honorific(before[-1]) if before else None
            title = gender_from_honorific(mention.titles.split()[0]) if mention.titles else None
            told = honorific or title or self._kin_set_off_before(mention)
            if told and mention.name != full_name and self._another_of_gender(full_name, told):
                continue  # "Mrs Campbell" after "Delroy Campbell" and his wife "Janet Campbell"
            if told and by_first_name in (None, told):
                return told
        return gender_from_role(self.role_of(full_name)) or gender_from_first_name(full_name)

    def _another_of_gender(self, full_name: str, gender: str) -> bool:
        """Is the other of two people the article names with this surname (a couple, a parent
        and child) known by the first name to be of `gender`?"""
        people = self._people_with_surname(full_name.split()[-1])
        return len(people) == 2 and any(
            person[0].name != full_name and gender_from_first_name(person[0].name) == gender
            for person in people
        )

    def _kin_set_off_before(self, mention: Mention) -> str | None:
        """The gender of a relative's noun set off right before the name ("Vandergriff's
        husband, the union organizer Dale Vandergriff"), whose role is the other words."""
        window = self.text[max(mention.run_start - _KIN_SET_OFF_REACH, 0) : mention.run_start]
        found = _KIN_SET_OFF.search(window) if "," in window else None  # "husband, the ..."
        return gender_from_role(found.group(1)) if found else None

    def _stands_for(self, mention: Mention, full_name: str) -> bool:
        """Does a mention of the surname name this person: the full name itself, or a shorter
        form of it written after the full name ("Mrs. Zhang-Demir" before "Haoyu Zhang-Demir"
        is first named is someone else of the family, as is "Mrs. Jane Smith" for "John
        Smith")?"""
        if mention.name == full_name:
            return True
        first = self._first_mentions.get(full_name)
        shorter = full_name.endswith(" " + mention.name)
        return shorter and (first is None or first.start < mention.start)

    def last_subject_before(
        self,
        position: int,
        not_before: int,
        *,
        bodies_too: bool = False,
        pronoun: str = "",
        named_bodies: bool = False,
    ) -> tuple[int, str] | None:
        """The person (or, for "it" and "they", the body) who last opened a sentence before
        `position`: (where, name).

        A possessive ("Carlineo's attorney") is not the subject, whatever stands before it."""
        index = bisect.bisect_left(self._starts, position) - 1
        for mention in reversed(self.mentions[max(index - _MENTIONS_LOOKED_BACK, 0) : index + 1]):
            if mention.start < not_before:
                break
            if not self._a_sentence_subject(mention, bodies_too=bodies_too, pronoun=pronoun):
                continue
            name = self._fullest_at(mention)
            if contradicts(pronoun, self.gender_of(name)):
                continue
            if not bodies_too and " " not in name and self.known_as_a_person(name):
                # "Prince Harry opened up ... He explained": Harry; "Mr. Nippers" of a story
                # with no first name: someone who may be meant, not named
                return mention.start, name if self._known_by_rank(name) else ""
            body = self._body_in_view(name, mention, named_bodies) if bodies_too else None
            if body is not None:
                return mention.start, body
            if not bodies_too and is_person_name(name):
                return mention.start, name
        return None

    def _a_sentence_subject(self, mention: Mention, *, bodies_too: bool, pronoun: str) -> bool:
        """Does the mention open its sentence as its subject, who may be what the pronoun
        stands for?"""
        possessive = _POSSESSIVE.search(self.text[mention.run_start : mention.run_end])
        if possessive or not _opens_sentence(self.text, mention.run_start):
            return False
        if _is_closing_appositive(self.text, mention) or _in_brackets(self.text, mention):
            return False  # "her niece, Martha Fry.", "(Lib Dem, Kettlewick North)": no subject
        if not bodies_too and _names_a_work_set_off(self.text, mention):
            return False  # "after her second album, Glass Harbor, failed": no person
        if _in_a_heading(self.text, mention):
            return False  # "Key Events", "Storm Bert LIVE: Cork braces for ...": no sentence
        run = self.text[mention.run_start : mention.run_end]
        if _names_a_modifier(run, self.text[mention.run_end : mention.run_end + 40]):
            return False  # "The I Am Sam actor is ...": a title before the role, no person
        # "Haverleigh are being described as ...": a team, no "she"
        return pronoun not in ("he", "she") or not _PLURAL_VERB_AFTER.match(
            self.text, mention.run_end
        )

    def named_later_in_sentence(self, start: int, position: int, pronoun: str) -> str | None:
        """The one person written in full later in the sentence opening at `start` (not as an
        owner: "Threlfall's condition"), known to be of the pronoun's gender: whom the pronoun
        means when the subject's gender is unknown ("Alhaji Bello ... was represented by Mrs
        Halima Yusuf-Adeyemi. She told the court ..."); None when none or several."""
        wanted = PRONOUN_GENDER.get(pronoun)
        end = min(_sentence_end(self.text, start), position)
        first = bisect.bisect_right(self._starts, start)
        found = set()
        for mention in self.mentions[first : bisect.bisect_left(self._starts, end)]:
            run = self.text[mention.run_start : mention.run_end]
            if " " not in mention.name or _POSSESSIVE.search(run):
                continue
            if _AFTER_A_PLACE_WORD.search(
                self.text, max(mention.run_start - 6, 0), mention.run_start
            ):
                continue  # "born in 1940 in Old Harbour, the son of a fisherman": a place
            name = self._fullest_at(mention)
            if is_person_name(name) and wanted is not None and self.gender_of(name) == wanted:
                found.add(name)  # not "John Street"
        return found.pop() if len(found) == 1 else None

    def _people_with_chinese_surname(self, surname: str) -> list[list[Mention]]:
        """The full mentions of each person whose name of three words or more holds this
        Chinese surname before the given names ("Tan Siew Lan", "Tan Jun Hao", "Jasmine Teo Li
        Ping"), a list per person (by the words after it), in the order the article introduces
        them."""
        people: dict[tuple[str, ...], list[Mention]] = {}
        for mention in self.mentions:
            tokens = mention.name.split()
            if len(tokens) < _MIN_NAME_WORDS_WITH_TWO_SURNAMES or surname not in tokens[:2]:
                continue
            if is_person_name(mention.name):
                given = tuple(tokens[tokens.index(surname) + 1 :])
                people.setdefault(given, []).append(mention)
        return list(people.values())

    def _fullest_at(self, mention: Mention) -> str:
        """The fullest name a mention stands for where it is written: of a surname two people
        share ("Agbayani" of Rommel and Ramon Agbayani Jr.), the one `first_of_several` gives."""
        if " " not in mention.name:
            titles = mention.titles.split()
            gender = next(filter(None, map(gender_from_honorific, titles)), None)  # "Mrs Brissett"
            title = titles[-1] if titles else None
            first = self.first_of_several(mention.name, mention.start, gender, title)
            if first is not None:
                return first
        fullest = self.fullest(mention.name)
        return fullest.name if fullest else mention.name

    def _body_in_view(self, name: str, mention: Mention, named: bool = False) -> str | None:
        """What a subject's name gives "it" and "they": the body's name, "" for a name that may
        be a body's or not (who knows), None for no body (a person, a place: look further).
        With `named` (for "the company said", which names a body), a name of several words that
        may be a body's is one ("Celtic Sea Ferries")."""
        if self._is_body(name, mention) or self._acronym_heading_sentence(name, mention):
            return self._body_name(mention, name)
        if " " not in name and not self.known_as_a_person(name):
            return ""  # "Google said it was ...": a body, or not; who knows
        if _has_a_title(mention):
            # "ESA Director General Hendrik Vollmar ... the agency said": no body before; for
            # "it", a person: look further
            return "" if named else None
        if self._may_be_a_body(name):
            # "Acme Widgets reported ...": a body, or not; "Amazon-owned Whole Foods": its name
            return _OWNER_BEFORE_BODY.sub("", name) if named else ""
        return None

    def _acronym_heading_sentence(self, name: str, mention: Mention) -> bool:
        """A one-word name in capitals, no place, that the sentence opens with ("The BBC has
        apologised", "NHS England"'s "NHS"; not "US", nor "Though the FBI shut it down, ..."):
        a body."""
        if _ACRONYM.fullmatch(name) is None or names_a_place_or_people(name):
            return False
        head = _sentence_head(self.text, mention.run_start)
        return head is not None and head.strip() in ("", "The", "the")

    def _may_be_a_body(self, name: str) -> bool:
        """Can a name of several words be a body's, for all the article shows: no place, and
        no person's by a known first name or a pronoun ("Acme Widgets"; not "Tim Cook")?"""
        if names_a_place_or_people(name) or any(word in TITLE_WORDS for word in name.split()):
            return False  # "ESA Director General Hendrik Vollmar": a person and their title
        if _INITIALS.match(name):
            return False  # "K.V. Harinath Rao": a person's initials before the name
        return not is_person_name(name) or self.gender_of(name) is None

    def _known_by_rank(self, word: str) -> bool:
        """Is a one-word name written after a title of rank or office ("Prince Harry",
        "President Biden"), not only after a courtesy title ("Mr. Nippers")?"""
        titles = self._titles_before(word)
        return any(_is_title(t) and t.rstrip(".") not in _COURTESY_TITLES for t in titles)

    def _titles_before(self, word: str) -> Iterator[str]:
        """The title word right before each mention of a one-word name ("President" of
        "President Biden")."""
        for mention in self._by_last_word.get(word, []):
            if mention.name == word and mention.titles:
                yield mention.titles.rsplit(None, 1)[-1]

    def known_as_a_person(self, word: str) -> bool:
        """A one-word name the article shows to be a person's, whom a pronoun may stand for as
        well as anyone named in full: a name written after a title ("President Trump", "Mr.
        Putin"); not "Apple", nor a first name alone ("Christian groups protested")."""
        if word in self._one_word_people:
            return self._one_word_people[word]
        if word in BODY_WORDS or word in NOT_NAME_WORDS or word in TITLE_WORDS:
            self._one_word_people[word] = False
            return False
        titled = any(map(_is_title, self._titles_before(word)))
        known = titled and not names_a_place_or_people(word)
        self._one_word_people[word] = known
        return known

    def only_person_of_gender(self, position: int, not_before: int, pronoun: str) -> str | None:
        """The one person named between `not_before` and `position`, anywhere in a sentence,
        whose gender is known to be the pronoun's, when every other person named there is
        known to be of the other gender ("I thought of Elise Matthesen. ... " she replied);
        None otherwise."""
        wanted = PRONOUN_GENDER.get(pronoun)
        if wanted is None:
            return None
        start = bisect.bisect_left(self._starts, not_before)
        end = bisect.bisect_left(self._starts, position)
        people = set()
        for mention in self.mentions[start:end]:
            fullest = self.fullest(mention.name)
            name = fullest.name if fullest else mention.name
            if not is_person_name(name):
                continue
            gender = self.gender_of(name)
            if gender is None:
                return None  # someone who may be meant too
            if gender == wanted:
                people.add(name)
        return people.pop() if len(people) == 1 else None

    def _body_name(self, mention: Mention, name: str) -> str:
        """A body's name as written, with capitalised words that are also common words ("Big
        Machine"), without a sentence's first word ("The")."""
        words = self.text[mention.run_start : mention.run_end].split()
        while words and (
            words[0] in NOT_NAME_WORDS
            or words[0] in TITLE_WORDS
            or words[0].casefold() in _FIRM_KINDS  # "Firm Seaview Grounds Maintenance Ltd"
        ):
            words.pop(0)
        return " ".join(words) if name in " ".join(words) else name

    def _is_body(self, name: str, mention: Mention) -> bool:
        """A body's name, by its words, by a plural verb after it ("Big Machine have"), or, for
        one word, by "it" reporting its plans ("Amazon said on Monday it would hire")."""
        if names_a_body(name):
            return True
        if _PLURAL_VERB_AFTER.match(self.text, mention.run_end) is not None:
            return True
        return (
            " " not in name
            and gender_from_first_name(name) is None
            and _SAID_IT_AFTER.match(self.text, mention.run_end) is not None
        )


def _one_person(names: set[str]) -> str | None:
    """The fullest of names that are all one person's ("Te Kaurinui Parata" and "Te Kaurinui
    Robert" in "Te Kaurinui Robert Parata"), or None when they are not."""
    if not names:
        return None
    longest = max(names, key=lambda name: (len(name.split()), name))
    if all(_is_subsequence(name.split(), longest.split()) for name in names):
        return longest
    return None


def _is_subsequence(words: list[str], longer: list[str]) -> bool:
    rest = iter(longer)
    return all(word in rest for word in words)


def _opens_the_story(line: str) -> bool:
    """A line of the story, no headline: a sentence's end at its end, or too long for one."""
    ending = line.rstrip().rstrip("\"'\u201d\u2019")
    return ending.endswith((".", "!", "?")) or len(line.split()) > _HEADLINE_WORDS


def _fullest_of(mentions: list[Mention]) -> Mention | None:
    """The first of the mentions with the most words (`_fuller`)."""
    best = None
    for mention in mentions:
        if best is None or _fuller(mention.name, best.name):
            best = mention
    return best


# Titles written two ways, each read as one: "Prof Tan" of "Associate Professor Daniel Tan".
_TITLE_SPELLINGS = {"prof": "professor", "doctor": "dr", "insp": "inspector", "det": "detective"}


def _title_key(title: str) -> str:
    folded = title.rstrip(".").casefold()
    return _TITLE_SPELLINGS.get(folded, folded)


def _written_with_title(person: list[Mention], title: str) -> bool:
    """Is one of the person's mentions written with this title ("Dr", "Prof" or "Professor")?"""
    wanted = _title_key(title)
    return any(wanted in map(_title_key, mention.titles.split()) for mention in person)


def _fuller(name: str, other: str) -> bool:
    """More words, or the same words with initials spelt out ("John Milo Ford" over "John M.
    Ford")."""
    words, others = name.split(), other.split()
    if len(words) != len(others):
        return len(words) > len(others)
    return name != other and all(
        word == theirs or (_INITIAL.fullmatch(theirs) and word.startswith(theirs[0]))
        for word, theirs in zip(words, others, strict=True)
    )


def _surname_key(name: str) -> str:
    """The last word of a name, without a joined Arabic article or a generational suffix:
    "al-Assad" -> "Assad", "Patrick Carlineo Jr." -> "Carlineo"."""
    last = name.rsplit(None, 1)[-1]
    if last in _GENERATIONS and " " in name:
        last = name.rsplit(None, 2)[-2]
    return _JOINED_ARTICLE.sub("", last) if "-" in last else last


def _ends_with(tokens: list[str], wanted: list[str]) -> bool:
    """Does a name end with the wanted words, "al-Assad" and "Assad" alike, "Patrick Carlineo
    Jr." and "Carlineo" too?"""
    if len(tokens) > 1 and tokens[-1] in _GENERATIONS and wanted[-1] not in _GENERATIONS:
        tokens = tokens[:-1]
    size = len(wanted)
    return (
        len(tokens) >= size
        and tokens[len(tokens) - size : -1] == wanted[:-1]
        and _surname_key(tokens[-1]) == _surname_key(wanted[-1])
    )


def _same_first_name(word: str, other: str) -> bool:
    """One first name, or a first name and its initial ("John" and "J.")."""
    if word == other:
        return True
    short, long = sorted((word, other), key=len)
    return bool(_INITIAL.fullmatch(short)) and long.startswith(short[0])


def _spelling_key(word: str) -> str:
    """A surname without accents and with ue/oe/ae as u/o/a: Müller, Mueller and Muller agree."""
    folded = fold(word)
    for spelled, plain in (("ue", "u"), ("oe", "o"), ("ae", "a")):
        folded = folded.replace(spelled, plain)
    return folded


def _spelled_out_acronyms(text: str) -> dict[str, str]:
    """ "DEA" -> "Drug Enforcement Administration" where the article writes "Drug Enforcement
    Administration (DEA)": the capitals of the name's last words must spell the acronym."""
    found: dict[str, str] = {}
    for match in _acronyms_after_names(text):
        acronym = match.group(2)
        taken: list[str] = []
        for word in reversed(match.group(1).split()):
            if sum(w[:1].isupper() for w in taken) == len(acronym):
                break
            taken.insert(0, word)
        if "".join(w[0] for w in taken if w[:1].isupper()) == acronym:
            found.setdefault(acronym, " ".join(taken))
    return found


def _acronyms_after_names(text: str) -> list[re.Match]:
    """What `_ACRONYM_AFTER_NAME.finditer(text)` finds, searched for only before each acronym in
    brackets: a match holds no bracket before its own, so it starts after the last character
    before that bracket that no match may hold, and the pattern is not tried at every capital
    letter of the article."""
    brackets = list(_ACRONYM_IN_BRACKETS.finditer(text))
    if not brackets:  # most articles
        return []
    matches = []
    backwards = text[::-1]  # read back from a bracket by a forward pattern over this
    for bracket in brackets:
        before = len(text) - bracket.start()
        reach = _NAME_CHARACTERS.match(backwards, before).end() - before
        match = _ACRONYM_AFTER_NAME.search(text, bracket.start() - reach, bracket.end())
        if match is not None:
            matches.append(match)
    return matches


def _role_names(role: str | None, noun: str) -> bool:
    """Does the role's head noun name it ("the airline" is not "airline boss"; "the
    spokeswoman" is "a spokeswoman for Acme", the noun before what the role is of or for)?"""
    if role is None:
        return False
    words = role.casefold().replace("-", " ").split()
    of = next((i for i, word in enumerate(words) if word in _PREPOSITIONS), len(words))
    head = words[of - 1] if of else ""
    if noun in _ROLE_ACRONYMS:  # "the CEO" of "Apple chief executive Tim Cook"
        return _ROLE_ACRONYMS[noun] in " ".join(words[:of])
    return noun in (head, _ABBREVIATED_TITLES.get(head), _ROLE_SYNONYMS.get(head))


def _unbracket_first_names(text: str, quoted_nicknames: list[re.Match]) -> str:
    """ "Coach (Frank) Vogel came in": a first name an editor put in brackets inside a quotation
    is part of the name; the brackets become spaces, so every position stays the same. A
    nickname in quotation marks between a first name and a surname ('Harold "Hal" Bennett',
    "Rodrigo “Digoy” Villaflor") becomes spaces too: the name is the two around it.
    `quoted_nicknames`: `_QUOTED_NICKNAME`'s matches in `text`, looked for again only where
    brackets became spaces."""
    if "(" in text:
        unbracketed = _BRACKETED_FIRST_NAME.sub(_unbracketed, text)
        if unbracketed != text:
            text, quoted_nicknames = unbracketed, list(_QUOTED_NICKNAME.finditer(unbracketed))
    return _unquoted_nicknames(text, quoted_nicknames)


def _unquoted_nicknames(text: str, quoted_nicknames: list[re.Match]) -> str:
    """The text with each quoted nickname that a first name stands before made spaces ('Harold
    "Hal" Bennett'); the others as they were."""
    pieces: list[str] = []
    end = 0
    for found in quoted_nicknames:
        if _NAME_BEFORE_NICKNAME.search(text, max(found.start() - 22, 0), found.start()):
            pieces += [text[end : found.start()], " " * (found.end() - found.start())]
            end = found.end()
    return "".join(pieces) + text[end:] if pieces else text


def _nicknames(text: str, quoted_nicknames: list[re.Match]) -> Iterator[tuple[str, str]]:
    """(nickname, full name) of each nickname the article writes in quotation marks between a
    first name and a surname ('Harold "Hal" Bennett': "Hal", "Harold Bennett"), of
    `_QUOTED_NICKNAME`'s matches in the text."""
    for found in quoted_nicknames:
        first = _NAME_BEFORE_NICKNAME.search(text, max(found.start() - 22, 0), found.start())
        surname = _SURNAME_AFTER_NICKNAME.match(text, found.end())
        if first and surname:
            nickname = found.group().strip("\"'\u201c\u201d\u2018\u2019 ")
            yield nickname, f"{first.group()}{surname.group()}"


def _unbracketed(found: re.Match) -> str:
    """The bracketed word between spaces when it stands before a name ("(Frank) Vogel"), as it
    was otherwise ("(Reuters) The ...", "(AP) Officials")."""
    word, following = found.group(1), found.group(2)
    if word in BODY_WORDS or word in NOT_NAME_WORDS or following in NOT_NAME_WORDS:
        return found.group()
    return f" {word} "


def _mentions(
    text: str, words_in_text: frozenset[str], credits: list[tuple[int, int]]
) -> list[Mention]:
    mentions = []
    # An article writes the same runs often: each is split once, into its name, its titles and
    # where in the run the name starts.
    split: dict[str, tuple[str | None, str, int]] = {}
    credit_starts = [begin for begin, _ in credits]
    for start, run in _name_runs(text):
        if run in NOT_NAME_WORDS:
            continue  # "The", "But", "I": alone, never a name (what `split_titles` says of it)
        if start and text[start - 1] in _OPENING_MARKS and _closed_at(text, start + len(run)):
            continue  # "a swimwear range called 'Tash Beach'": a name of a thing, no one's
        if credits:
            at = bisect.bisect_right(credit_starts, start) - 1
            if at >= 0 and start < credits[at][1]:
                continue  # "By Jane Doe", "(Photo: Jane Doe)": who made the page, no subject
        known = split.get(run)
        if known is None:
            name, titles = split_titles(run, words_in_text)
            known = split[run] = (
                name,
                titles,
                run.find(name.split()[0]) if name is not None else 0,
            )
        name, titles, offset = known
        if name is not None:
            mentions.append(Mention(name, start + offset, start, start + len(run), titles))
    return mentions


def _closed_at(text: str, end: int) -> bool:
    """Does a quotation mark close at the end of a run that an opening one starts: is the run
    all of a quotation? A run may end on a single closing mark, read as a plural possessive
    ("'Tash Beach'")."""
    return text[end - 1] in "'\u2019" or (end < len(text) and text[end] in _CLOSING_MARKS)


def _with_shared_surnames(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions, each first name written before "and" and another's full name ("Élise and
    Manon Tremblay", "Jean and Bill Crawford") made that first name with the surname: they
    share it."""
    pairs = list(_first_names_and_surnames(text)) if " and " in text else []
    if not pairs:
        return mentions  # most articles: the indexes below are made only for a pair
    at_start = {mention.start: index for index, mention in enumerate(mentions)}
    surnames = {m.name.rsplit(None, 1)[-1] for m in mentions if " " in m.name}
    found = list(mentions)
    for pair in pairs:
        index = at_start.get(pair.start(1))
        if index is None or " " in mentions[index].name:
            continue
        first, surname = pair.group(1), pair.group(3)
        if first in surnames:
            continue  # "by Raghunathan and Anjali Desai", of Karthik Raghunathan: two people
        if gender_from_first_name(pair.group(2)) is None and gender_from_first_name(first) is None:
            continue  # "Marks and Spencer": no first names
        found[index] = mentions[index]._replace(name=f"{first} {surname}")
    return found


def _first_names_and_surnames(text: str) -> Iterator[re.Match]:
    """`_FIRST_NAMES_AND_SURNAME` at each " and " before a capital: a search from there back,
    not a scan of the whole text."""
    for conjunction in _AND_BEFORE_A_CAPITAL.finditer(text):
        word = _WORD_BEFORE.search(text, max(conjunction.start() - 40, 0), conjunction.start())
        found = _FIRST_NAMES_AND_SURNAME.match(text, word.start()) if word else None
        if found is not None:
            yield found


def _credits(text: str) -> list[tuple[int, int]]:
    """Where the page names who wrote it or took its pictures: a byline ("By Jane Doe", "Jane
    Doe, Staff Writer", "Reporting by ..."), among the first and last lines of the text; a link
    to another story ("Related: ..."); a credit ("Photo: Jane Doe", "Jane Doe/AP Photo"). No
    name there is anyone's antecedent or speaker. Each kind is looked for only where its words
    stand (plain searches first: most texts hold none)."""
    edges = _edge_lines(text)
    spans = [
        (start, end)
        for start, end in edges
        if end - start < _MAX_CREDIT_LINE and _CREDIT_LINE.fullmatch(text, start, end)
    ]
    spans += [  # "Tan Wei Ling" over "Tech Correspondent"
        (name[0], role[1])
        for name, role in zip(edges, edges[1:], strict=False)
        if role[0] == name[1] + 1
        and _NAME_LINE.fullmatch(text, *name)
        and _WRITER_LINE.fullmatch(text, *role)
    ]
    for link in _LINK_LINE.finditer("\n" + text):  # the text's first line too
        end = text.find("\n", link.end() - 1)
        spans.append((link.start(), len(text) if end < 0 else end))
    for word in _PICTURE_WORDS:
        at = text.find(word)
        while at >= 0:
            found = _PICTURE_CREDIT.match(text, at)
            if found and (at == 0 or not text[at - 1].isalnum()):
                spans.append(found.span())
            at = text.find(word, at + 1)
    slash = text.find("/")
    while slash >= 0:
        # the agency after the slash first: a match where it stands, not a search back
        after = _CREDITED_TO.match(text, slash + 1)
        before = _SLASH_CREDIT.search(text, max(slash - _SLASH_REACH, 0), slash) if after else None
        if before:
            spans.append((before.start(), after.end()))
        slash = text.find("/", slash + 1)
    return spans


def _edge_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of the first and the last lines of a text, where bylines stand."""
    lines = []
    start = 0
    for line in text[:_EDGE_CHARS].split("\n")[:_EDGE_LINES]:
        lines.append((start, start + len(line)))
        start += len(line) + 1
    tail_start = max(len(text) - _EDGE_CHARS, start)
    end = len(text)
    for line in reversed(text[tail_start:].split("\n")[-_EDGE_LINES:]):
        lines.append((end - len(line), end))
        end -= len(line) + 1
    return lines


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans sorted, overlapping ones joined."""
    merged: list[tuple[int, int]] = []
    for begin, end in sorted(spans):
        if merged and begin <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((begin, end))
    return merged


def _is_closing_appositive(text: str, mention: Mention) -> bool:
    """A name set off by a comma at the end of its sentence ("the address of her niece, Martha
    Fry."): it names whom the sentence is about, not its subject (unlike ", said Tom Forte.",
    or ", according to his daughter, Diane Reyes.": who told it)."""
    comma_before = text[max(mention.run_start - 2, 0) : mention.run_start].rstrip().endswith(",")
    if not comma_before or _ENDS_SENTENCE.match(text, mention.run_end) is None:
        return False
    before = max(mention.run_start - _ACCORDING_TO_REACH, 0)
    return _ACCORDING_TO_BEFORE.search(text, before, mention.run_start) is None


def tail_of_a_body_name(text: str, start: int) -> bool:
    """Do the capitalised words from `start` end a body's name, after its body word and "for"
    or "of" ("the Institute for Urban Water Studies", "the Centre for Policy Research")?"""
    before = text[max(start - _BODY_HEAD_REACH, 0) : start].split()
    return len(before) >= 2 and before[-1] in ("for", "of") and before[-2] in BODY_WORDS


def _in_brackets(text: str, mention: Mention) -> bool:
    """Is the name inside brackets opened in its line ("Cllr Jean Hartley (Lib Dem, Kettlewick
    North) said")?"""
    line_start = text.rfind("\n", 0, mention.run_start) + 1
    opened = text.rfind("(", line_start, mention.run_start)
    return opened >= 0 and ")" not in text[opened : mention.run_start]


def _has_a_title(mention: Mention) -> bool:
    """Is the name written after a title or a role ("ESA Director General Hendrik Vollmar")?"""
    return any(word in TITLE_WORDS or is_role_noun(word) for word in mention.titles.split())


def _names_a_work_set_off(text: str, mention: Mention) -> bool:
    """A name set off by a comma after a noun of a work or a thing ("her second album, Glass
    Harbor,", "the new show, Nightfall,"): the work's title, not a person."""
    before = text[max(mention.run_start - _WORK_NOUN_REACH, 0) : mention.run_start]
    # the pattern ends in a comma and white space: looked for only before such an end
    return before.rstrip().endswith(",") and _WORK_NOUN_BEFORE.search(before) is not None


def _in_a_heading(text: str, mention: Mention) -> bool:
    """Is the name run in a heading, a short line with no sentence-final mark ("Key Events",
    "Storm Bert LIVE: Cork braces for flooding"), rather than in a sentence?"""
    line = line_around(text, mention.run_start, mention.run_end)
    return reads_as_heading(line, _HEADING_WORDS)


def _sentence_head(text: str, start: int) -> str | None:
    """The words of its sentence before `start` (from the line's start at most); None when the
    sentence began too far back to tell."""
    line_start = text.rfind("\n", 0, start) + 1
    window = text[max(start - _SENTENCE_HEAD, line_start) : start]
    boundaries = list(_SENTENCE_BOUNDARY.finditer(window))
    if boundaries:
        return window[boundaries[-1].end() :]
    return window if start - line_start <= _SENTENCE_HEAD else None


def _sentence_end(text: str, start: int) -> int:
    """Where the sentence holding `start` ends: its full stop, or its paragraph's end."""
    found = _END_OF_SENTENCE.search(text, start)
    return found.start() if found else len(text)


def _places_of(text: str, words: tuple[str, ...]) -> Iterator[int]:
    """Where each of `words` stands in the text (str.find: faster than a pattern's scan)."""
    for word in words:
        at = text.find(word)
        while at >= 0:
            yield at
            at = text.find(word, at + 1)


def _names_the_subject(clause: str) -> bool:
    """Is this opening clause only a capitalised name ("Ledgerly Inc."), no phrase ("On
    Monday")?"""
    words = clause.split()
    return bool(words) and words[0] not in NOT_NAME_WORDS and all(w[:1].isupper() for w in words)


def _opens_sentence(text: str, start: int) -> bool:
    """Is the run the subject at the head of its sentence or clause (after role words at most)?"""
    head = _sentence_head(text, start)
    if head is None:
        return False
    head = _without_title_of(_LIVE_BLOG_TIME.sub("", head))  # "12.40pm: Celtic Sea Ferries has"
    clauses = _LAST_CLAUSE.split(head)
    if _place_goes_on(clauses, text, start):
        return False  # "a tomato picker from Santa Cruz, St Elizabeth, told": the parish
    first_word = head.split(maxsplit=1)[:1]
    if len(clauses) > 1 and first_word and first_word[0].casefold() in _SUBJECT_PRONOUNS:
        return False  # "She told them that the mayor, Jane Doe, had ...": her sentence
    if (
        len(clauses) == 2
        and _names_the_subject(clauses[0])
        and clauses[1].strip() in _APPOSITIVE_ARTICLES
    ):
        return False  # "Ledgerly Inc., the Waterloo-based app, said": an appositive
    words = clauses[-1].split()
    if words and words[0] in _LINKING_OPENERS:
        words = words[1:]  # "But committee member Cllr Jean Hartley said"
    if len(words) >= 2 and words[-1] in _SAYS and words[-2][:1].isupper():
        return False  # "Whitfield says Summit Peak has offered ...": what she says
    if _INVERTED_COPULA.search(clauses[-1]):
        return True  # "Among the marchers was retired midwife Pauline Okwu, 68, ..."
    if len(words) == 2 and is_role_noun(words[1]) and _modifies_a_role(words[0]):
        return True  # "At the union hall, retired nurse Gloria Pineda said", "Course measurer X"
    if len(words) == 3 and _role_with_a_modifier(words):
        return True  # "Chief financial officer Meena Iyer", "Retired branch teller Glenys Parata"
    # Role words, an article or an inverted "said" may stand before the subject ("skipper", "the
    # former", "said"); another verb or a preposition may not ("told New Scientist", "chief
    # executive of Lumen Robotics").
    if len(words) <= 3:
        return all(_may_head_a_subject(word) for word in words)
    return _a_body_and_its_role(words)


def _without_title_of(head: str) -> str:
    """The words before a name without a title or a role of something ending them ("U.S.
    Secretary of State Michael Ferrante", "Toulon director of rugby Pierre Laurent"), each
    pattern tried only on words that may end so."""
    if head.rstrip().endswith(("of", "for")):
        head = _TITLE_OF.sub(" ", head)
    if "of" in head:
        head = _ROLE_OF.sub(" ", head)
    return head


def _place_goes_on(clauses: list[str], text: str, start: int) -> bool:
    """Does the clause before the run end in a place, and is the run at `start` (up to a
    comma) a place set off after it: a saint's town or parish ("St Elizabeth"), or a place
    the place lists know?"""
    if len(clauses) < 2 or clauses[-1].strip() or not _ENDS_IN_A_PLACE.search(clauses[-2]):
        return False
    run = text[start : start + _PLACE_RUN_REACH].split(",", 1)[0].strip()
    words = run.split()
    return bool(words) and (words[0] in _SAINT_WORDS or names_a_place_or_people(run))


def _modifies_a_role(word: str) -> bool:
    """An adjective before a role noun ("retired nurse"), or a capitalised noun opening the
    sentence ("Course measurer", "Youth coach")."""
    if _AN_ADJECTIVE.fullmatch(word):
        return True
    return word.isalpha() and word[:1].isupper() and word.casefold() not in _DETERMINERS


def _role_with_a_modifier(words: list[str]) -> bool:
    """Three words of a role, a small word between two role words or after a participle, "the"
    or a capitalised noun opening the sentence: "Chief financial officer", "Retired branch
    teller", "The folk singer", "Youth team coach" (not "Smith told coach")."""
    first, middle, last = (word.casefold() for word in words)
    modifier = words[0].isalpha() and words[0][:1].isupper() and first not in _DETERMINERS
    return (
        (is_role_noun(first) or first in _ROLE_PARTICIPLES or first == "the" or modifier)
        and is_role_noun(last)
        and middle.isalpha()
        and words[1].islower()
        and middle not in _PAST_TENSE_VERBS
        and middle not in _DETERMINERS
        and middle not in _PREPOSITIONS
    )


def _a_body_and_its_role(words: list[str]) -> bool:
    """Words before a name that are a body's name and a role in it ("Federated Farmers Waikato
    president", "AgForce cattle board president"): capitalised words first, then small ones,
    the last a role noun."""
    if len(words) > _BODY_ROLE_WORDS or not words[0][:1].isupper() or not is_role_noun(words[-1]):
        return False
    if words[0] in NOT_NAME_WORDS:
        return False  # "When Ford visited his editor"
    return all(
        word[:1].isupper() or word.isalpha() and word.islower() and word not in _DETERMINERS
        for word in words[:-1]
    )


def _may_head_a_subject(word: str) -> bool:
    bare = word.strip("\"'\u201c\u201d\u2018\u2019()")
    if bare.casefold() in _PREPOSITIONS:
        return False
    if _AGE_WORD.fullmatch(bare) or bare.isdigit():
        return True  # "71-year-old Mykola Bondar", "Ward 29 councillor Mpho Ramaphakela"
    return (
        bare[:1].isupper()
        or bare in _SAYING_BEFORE_SUBJECT
        or bare == "the"
        or is_role_noun(bare)
        or bare in _KIN_NOUNS  # "Mr Delahunty's mum Cheryl Delahunty said"
        or (bare.islower() and bare.capitalize() in BODY_WORDS)  # "Supporters' trust chief"
    )


def _role_before(text: str, start: int, titles: str) -> str | None:
    """Role words written just before a name ("Kremlin spokesman"), with its own titles."""
    window = text[max(start - 80, 0) : start]
    window = _ROLE_BREAK.split(window)[-1]
    words = window.split()[-_ROLE_WORDS_BEFORE:]
    if titles and len(words) >= 2 and words[-1] in ("of", "for") and words[-2][:1].isupper():
        # "Secretary of State Antony Blinken", "Minister for Water Resources Imtiaz Khattak"
        return _clean_role(f"{words[-2]} {words[-1]} {titles}")
    kept: list[str] = []
    for word in reversed(words):
        if word.casefold() in NOT_ROLE_ENDINGS or word.isdigit():
            break
        if word.islower() and word.endswith("ed") and word not in _ROLE_PARTICIPLES:
            break  # "A judge sentenced former chief executive Elizabeth Holmes": a verb
        kept.insert(0, word)
    if kept and not is_role_noun(kept[-1]):
        kept = []
    return _clean_role(" ".join(kept + ([titles] if titles else [])))


def _role_in_commas_before(text: str, start: int, end: int) -> str | None:
    """A role written before a name that stands between commas after it: "The chancellor, Olaf
    Scholz, arrived", "Acme's chief executive, Jane Smith, said"; not a name before it, as in a
    list ("writers including Neil Gaiman, Jo Walton, Ellen Kushner")."""
    before = text[max(start - 80, 0) : start]
    if not before.endswith(", ") or not text.startswith(",", end):
        return None
    head = before[:-2].split()[-1:] or [""]
    if head[0][:1].isupper() and head[0].casefold() not in ROLE_NOUNS:  # a list of names
        return None
    return _role_before(before[:-2], len(before) - 2, "")


def _appositive_role(text: str, end: int) -> str | None:
    """A role written after a name between commas: "Ian Bremmer, president of Eurasia Group,"."""
    found = _APPOSITIVE.match(text[end : end + 100])
    if not found or _APPOSITIVE_NOT_ROLE.match(found.group(1)):
        return None
    words = found.group(1).split()
    if _opens_with_a_verb(words) or words[0] in _PREPOSITIONS:
        return None  # "Buck Myre, spoke about his son,", "X, at the lab": a predicate, a place
    if "known" in words[:3]:
        return None  # "Graeme Kettlewell, better known in the district as 'Snow',": an alias
    if "|" in words or any(word in _FINITE_BE_HAVE for word in words):
        return None  # "Amazon, the Macmillan-Amazon dust-up was more civil": a clause
    return _clean_role(found.group(1), _APPOSITIVE_ROLE_WORDS)


def _opens_with_a_verb(words: list[str]) -> bool:
    """Do these words open with a verb in the past ("spoke about", "returned to"), not with a
    role ("retired teacher", "elected official")?"""
    if not words:
        return False
    first = words[0].casefold()
    if first in _PAST_TENSE_VERBS:
        return True
    if len(words) == 1:
        return first.endswith("ed")  # "Emeka Obi, disagreed.": the sentence's verb, no role
    if not first.endswith("ed"):
        return False
    second = words[1].casefold()
    return second in _AFTER_A_VERB or second.endswith("ly")  # "disagreed sharply"
