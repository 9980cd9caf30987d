"""Word lists for the benchmark's generated news (written for QuoteTrail, no real articles).

Lists run from common to rare: the generator draws early entries more often,
so word frequencies fall off as they do in real prose.
"""

from __future__ import annotations

FIRST_NAMES = """Anna James Maria David Elena Thomas Sarah Michael Laura Peter Olga Daniel Ines Mark
Sofia Paul Helen Andrew Rosa Martin Julia Robert Clara Simon Nadia Victor Irene Stefan Claire Omar
Greta Lucas Amira Henrik Beatriz Tomasz Yuki Kwame Leila Marco Ingrid Rafael Zofia Hugo Miriam
Dmitri Fatima Jonas Carmen Pavel Aisha Ewan Lena Matteo Sven Nora Felipe Hana Bruno Alicia Jakub
Teresa Emil Selin Arjun Chiara Oskar Priya Luis Marta Goran Eva Kenji Ruth Adrian Vera Ibrahim
Astrid Nikolai Elif Pedro Tamar Kofi Dagmar Rui Ayesha Florin Mei Anders Lucia Samir Petra Idris
Magda Jorge Sanna Viktor Noor Ciaran Milena Tobias Amal Lars Renata Hamid Freya Jan Dalia Nils
Lorena Kamal Brigid Otto Yara Ilya Wanjiru Gustav Paola Rashid Saoirse Ali Ilse Mateus
Zainab""".split()

SURNAMES = """Berg Novak Keller Moreau Silva Jensen Kowalski Rossi Fischer Petrov Haddad Okafor
Lindqvist Marin Costa Weber Horvat Nakamura Brennan Duarte Varga Schmidt Ivanova Mensah Larsen
Dubois Popescu Castillo Yilmaz Kaur Olsen Ferreira Nowak Romano Becker Sokolov Farouk Adeyemi
Eriksson Lefebvre Santos Hoffmann Kovacs Tanaka Murphy Alves Molnar Wagner Orlov Nasser Boateng
Nilsson Girard Pereira Schulz Babic Sato Byrne Rocha Szabo Braun Volkov Saleh Asante Holm Bernard
Gomes Richter Jovanovic Ito Kelly Mendes Farkas Koch Morozov Khalil Owusu Lund Fontaine Ramos
Wolf Petrovic Suzuki Walsh Cardoso Toth Neumann Popov Aziz Appiah Dahl Chevalier Lopes Krause
Markovic Takahashi Doyle Teixeira Balogh Zimmermann Kuznetsov Mansour Darko Strand Lambert
Correia Hartmann Stojanovic Watanabe Quinn Moura Nagy Lange Lebedev Habib Agyeman Sandberg Roux
Barbosa Vogel Nikolic Yamamoto Gallagher Pinto Kiss Brandt Egorov Rahman Ofori Vik Garnier Nunes
Seidel Ilic Kobayashi Nolan Vieira Papp Frank Pavlov Karim Amoah Ek Renard Fonseca Jung Tomic
Kato Farrell Araujo Simon Kaiser Fedorov Samir Kyei Aberg Perrin Campos Engel Kostic Yoshida
Keane Batista Vass Haas Orban Volkova Said Tetteh Falk Blanc Marques Arnold Radic Inoue Lynch
Machado Feher Sommer Grigoriev Hamdan Quaye Wiik Mercier Tavares Busch Zivkovic Kimura
Hogan""".split()

ROLES = [
    "the prime minister",
    "the finance minister",
    "the health minister",
    "the energy minister",
    "the interior minister",
    "the foreign minister",
    "the defense minister",
    "the education secretary",
    "the transport secretary",
    "a government spokesman",
    "a spokeswoman for the ministry",
    "the opposition leader",
    "the mayor",
    "the union leader",
    "the chief executive",
    "the party chairman",
    "a senior official",
    "the central bank governor",
    "an economist",
    "the head of the commission",
    "the chief prosecutor",
    "a lawmaker",
    "the regional governor",
    "the police chief",
    "a senior diplomat",
    "the labor minister",
    "the agriculture minister",
    "the committee chairwoman",
    "a former minister",
    "the company's founder",
]

PLACES = """Northbridge Valmora Eastport Kesteren Brackwater Lindholm Port Amery Redcliff Sorvik
Altmark Caledon Westfall Marisol Dunmore Halvard Ostrava Brennick Calder Fenwick Glenmoor Harlow
Ironvale Juniper Bay Kingsreach Lakemont Merrow Newhaven Oakridge Pellston Quarry Hill Rosemont
Saltmarsh Thornbury Upland Verwood Whitcombe Yarrow Zell Ashford Bellmont Carrow Deepwell
Elmstead Farrowdale Greystone Hollin Inverlee Jarrow Kilbride Loxley Milbrook Northam Orrell
Penhallow Queensferry Ravensworth Stanmoor Tilbury Ulverby Vantry Wickham Axton Burnside
Coldharbour Drayton Edgemoor Fairlight Gallowmere Hawksmoor Ivybridge Kelso Larkhill Moorcroft
Nettlebed Overton Pinehurst Redmarch Sandhaven Tidewater Underhill Vale Royal Westerhope""".split()

ORGANIZATIONS = """the central bank|the electoral commission|the supreme court|
the national assembly|
the health service|the port authority|the teachers' union|the chamber of commerce|the energy
regulator|the football association|the railway company|the World Bank|the European Commission|the
refugee agency|the coast guard|the statistics office|the competition authority|the farmers'
federation|the nurses' union|the steel consortium|the water utility|the housing association|the
anti-corruption office|the audit court|the defense ministry|the foreign ministry|the tax
office|the city council|the broadcasting council|the mining company""".replace("\n", " ").split("|")
ORGANIZATIONS = [" ".join(name.split()) for name in ORGANIZATIONS]

PEOPLE = """families|workers|farmers|pensioners|patients|students|teachers|nurses|taxpayers|voters|
residents|children|doctors|small businesses|young people|tenants|drivers|miners|investors|
refugees|veterans|fishermen|steelworkers|commuters|parents|shopkeepers|carers|apprentices|
dockworkers|firefighters|police officers|landlords|exporters|homeowners|researchers|
train drivers|bus drivers|care workers|midwives|pharmacists""".replace("\n", "").split("|")

# Topics: the nouns a story's quotations are about. Plural nouns end in "s".
TOPICS = {
    "economy": """budget|deficit|inflation|interest rates|tax cuts|trade deal|tariffs|minimum
wage|public debt|growth forecast|spending plan|currency|bond market|price caps|wage
freeze|stimulus package|import duties|fiscal rules|labor market|recession""",
    "health": """hospitals|waiting lists|vaccine program|nursing shortage|health insurance|cancer
treatment|mental health services|drug prices|emergency rooms|clinics|maternity wards|medical
center|pandemic response|health budget|pediatric care""",
    "energy": """gas prices|power plants|wind farms|nuclear program|energy bills|pipeline|coal
mines|solar subsidies|electricity grid|fuel tax|oil imports|heating costs|carbon
tax|energy center|refinery""",
    "transport": """railway line|bus fares|motorway|airport expansion|rail strike|road
tolls|train services|bridge|ferry routes|traffic congestion|fuel duty|electric
buses|transport plan|tram network|cargo terminal""",
    "defense": """defense budget|army|border patrols|peace talks|ceasefire|military aid|air
defenses|troops|naval base|arms exports|conscription|defense pact|missile
program|security guarantees|drone attacks""",
    "education": """schools|tuition fees|teachers' pay|exam results|school meals|university
funding|curriculum|class sizes|student loans|school buildings|literacy program|apprenticeships|
nurseries|school closures|research grants""",
    "housing": """rents|mortgage rates|social housing|building permits|housing shortage|property
tax|evictions|new homes|planning rules|rent controls|empty homes|housing program|construction
costs|tower blocks|land prices""",
    "climate": """emissions targets|floods|drought|climate fund|forest fires|sea defenses|plastic
ban|carbon market|heat wave|water shortages|coastal erosion|recycling program|air
pollution|green investment|climate summit""",
    "justice": """court ruling|corruption case|police reform|prison overcrowding|sentencing
rules|judicial appointments|appeal|investigation|witness protection|legal aid|data
privacy|surveillance law|extradition request|trial|anti-corruption law""",
    "labor": """strike|pay offer|pension reform|working hours|job cuts|collective
agreement|unemployment benefits|labor code|overtime rules|layoffs|factory closure|union
recognition|retirement age|sick pay|hiring freeze""",
    "farming": """harvest|grain exports|fertilizer prices|farm subsidies|milk prices|fishing
quotas|animal welfare rules|crop insurance|irrigation program|food prices|import quotas|rural
roads|land reform|livestock disease|seed bank""",
    "technology": """data center|chip factory|broadband rollout|cyber attack|social media
rules|artificial intelligence law|digital tax|satellite program|online safety bill|tech
giants|mobile networks|startup fund|e-government program|software upgrade|cloud contract""",
}
TOPICS = {name: [" ".join(w.split()) for w in words.split("|")] for name, words in TOPICS.items()}

SUBJECTS = [  # (words, plural, first person)
    ("we", True, True),
    ("the government", False, False),
    ("I", False, True),
    ("our party", False, False),
    ("the minister", False, False),
    ("this administration", False, False),
    ("the opposition", False, False),
    ("nobody", False, False),
    ("my colleagues", True, False),
    ("the company", False, False),
    ("our members", True, False),
    ("the council", False, False),
    ("everyone in this country", False, False),
    ("the people of {place}", True, False),
    ("{org}", False, False),
    ("our partners", True, False),
    ("the previous government", False, False),
    ("the regulators", True, False),
    ("this parliament", False, False),
    ("the courts", True, False),
]

MODALS = [
    "will",
    "will not",
    "cannot",
    "must",
    "should",
    "would never",
    "can",
    "could",
    "are going to",
    "have to",
    "need to",
    "won't",
    "can't",
    "must not",
    "are ready to",
    "refuse to",
    "intend to",
    "will continue to",
    "are determined to",
    "hope to",
]
# Modals that need a plural or first-person subject.
PLURAL_ONLY = {"are going to", "have to", "need to", "are ready to", "refuse to", "intend to"}
PLURAL_ONLY |= {"are determined to", "hope to"}

# Verbs: base form, then past and past participle when irregular.
VERBS = """accept support reject protect defend cut raise build close open fund review sign
block delay approve investigate tolerate ignore abandon expand reform restore deliver guarantee
prioritize organize recognize criticize modernize stabilize analyze cancel label fuel increase
reduce freeze scrap challenge welcome oppose back finance replace negotiate suspend extend honor
change pay:paid:paid keep:kept:kept leave:left:left bring:brought:brought sell:sold:sold
break:broke:broken take:took:taken give:gave:given make:made:made win:won:won lose:lost:lost
rebuild:rebuilt:rebuilt stop:stopped:stopped plan:planned:planned ban:banned:banned
subsidize privatize legalize authorize mobilize emphasize minimize jeopardize finalize utilize
apologize travel:traveled:traveled model:modeled:modeled signal:signaled:signaled
level:leveled:leveled enroll fulfill practice paralyze""".split()

ADVERBS = """simply clearly absolutely deeply completely frankly really entirely totally quite
extremely plainly utterly truly genuinely""".split()

EVAL_ADJECTIVES = """unacceptable irresponsible dangerous necessary essential unfair historic
reckless unprecedented realistic premature disappointing encouraging absurd worrying
unsustainable shameful inevitable urgent misleading outrageous affordable unworkable sensible
cynical overdue fragile serious""".split()

ATTRIBUTIVE = """new proposed current national local public private rural federal regional
long-term emergency temporary basic entire so-called planned promised existing annual
controversial former joint special independent""".split()

NOUN_ABSTRACT = """evidence doubt question reason chance way excuse sign guarantee plan""".split()

PREPOSITIONS = [
    "in {place}",
    "for {people}",
    "across the country",
    "at the border",
    "in the region",
    "on the ground",
    "under the new rules",
    "without a vote in parliament",
    "before the election",
    "after the summit in {place}",
    "with {org}",
    "for {people} in {place}",
    "at any price",
    "in the long run",
    "for the next generation",
    "behind closed doors",
    "in good faith",
    "on behalf of {people}",
    "in the interest of {people}",
    "at the expense of {people}",
]

TIMES = [
    "this year",
    "next year",
    "by the end of {month}",
    "within {small} days",
    "over the next {small} years",
    "last week",
    "since the election",
    "in {year}",
    "on {weekday}",
    "this winter",
    "before the summer",
    "in the coming weeks",
    "as soon as possible",
    "for the first time in {small} years",
    "by {year}",
]

MONTHS = """January February March April May June July August September October November
December""".split()
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()

STOCK_PHRASES = [
    "thank you very much for your support",
    "we will see what happens next",
    "it is what it is",
    "we are looking into it",
    "I have nothing more to say on that",
    "we will have to wait and see",
    "this is a great day for all of us",
    "let me be very clear about that",
    "I do not want to speculate",
    "we are very happy with the result",
    "the door is always open",
    "it is too early to say",
    "we take this very seriously",
    "only time will tell",
    "I am very proud of the team",
    "we will do everything we can",
    "no comment at this stage",
    "we have to move on",
]

NARRATIVE = [
    "{name}, {role}, spoke after a meeting with {org} in {place} on {weekday}.",
    "The announcement came as {people} in {place} prepared for a difficult {season}.",
    "Critics said the {topic} had been mishandled for years.",
    "{org} declined to comment on the {topic}.",
    "Talks on the {topic} are expected to resume {time}.",
    "Figures published {time} showed a sharp change in the {topic}.",
    "The {topic} has divided {people} and officials in {place}.",
    "Several hundred {people} gathered outside the offices of {org} in {place}.",
    "The opposition has called for an inquiry into the {topic}.",
    "It was not immediately clear how the {topic} would be paid for.",
    "{name} has faced growing pressure over the {topic} since {month}.",
    "Officials in {place} said they had not been consulted.",
    "The plan would cost about {small} billion over the next {small} years, according to {org}.",
    "{name} did not say when a final decision would be taken.",
    "Opinion polls suggest that most {people} in {place} oppose the changes.",
    "The {topic} was first announced in {month} and has been revised several times since.",
    "A vote in parliament is scheduled for {weekday}, although the date could still change.",
    "Local newspapers in {place} have reported on the {topic} for several weeks.",
    "Representatives of {people} met officials from {org} on {weekday} but left without a deal.",
    "The previous government had promised to review the {topic} before the end of its term.",
    "Analysts at {org} expect the {topic} to remain a central issue {time}.",
    "In {place}, the mood was calmer, with shops and offices open as usual.",
    "The dispute over the {topic} is the latest in a series of clashes between {org} and "
    "the government.",
    "{name} was appointed in {month} after the resignation of his predecessor.",
]

SEASONS = ["winter", "summer", "autumn", "spring", "week", "month"]

OUTLETS = [
    "The Northern Ledger",
    "Daily Courier",
    "The Evening Standard-Post",
    "Harbor Times",
    "Capital Review",
    "The Morning Wire",
    "Continental Press",
    "The Civic Herald",
    "Metro Observer",
    "The Valley Gazette",
    "National Chronicle",
    "Eastern Tribune",
    "The Plain Dealer Weekly",
    "Coastal News",
    "The Independent Reporter",
    "Western Dispatch",
    "Union Journal",
    "The Sentinel",
    "City Bulletin",
    "The Atlantic Signal",
    "Riverside Post",
    "The Mercury",
    "Field and Market",
    "The Daily Compass",
    "Northern Voice",
    "Southern Record",
    "The Free Examiner",
    "World Desk",
    "Grand Avenue News",
    "The Listener",
]

# Another translation: each of these words may become the other.
SYNONYMS = """cut:reduce support:back reject:refuse protect:safeguard build:construct
block:stop delay:postpone approve:endorse investigate:examine ignore:disregard abandon:drop
expand:extend guarantee:ensure increase:raise welcome:applaud oppose:resist finance:fund
unacceptable:intolerable dangerous:hazardous necessary:needed unfair:unjust reckless:careless
absurd:ridiculous worrying:alarming urgent:pressing shameful:disgraceful sensible:reasonable
simply:just clearly:obviously absolutely:totally deeply:profoundly completely:entirely
frankly:honestly new:fresh proposed:planned current:present entire:whole families:households
workers:employees children:kids country:nation evidence:proof doubt:question chance:opportunity
plan:proposal schools:colleges strike:walkout rents:rent_prices troops:soldiers
hospitals:health_centers patients:sick_people voters:citizens residents:locals
never:not_ever people:citizens region:area serious:grave fragile:weak
overdue:long_overdue""".split()

# American spellings and the British ones (the rules in newsgen add -ise, -yse and -our).
BRITISH = {
    "labor": "labour",
    "honor": "honour",
    "center": "centre",
    "centers": "centres",
    "defense": "defence",
    "defenses": "defences",
    "program": "programme",
    "pediatric": "paediatric",
    "percent": "per cent",
    "traveled": "travelled",
    "modeled": "modelled",
    "signaled": "signalled",
    "leveled": "levelled",
    "canceled": "cancelled",
    "labeled": "labelled",
    "fueled": "fuelled",
    "traveling": "travelling",
    "modeling": "modelling",
    "signaling": "signalling",
    "leveling": "levelling",
    "canceling": "cancelling",
    "labeling": "labelling",
    "fueling": "fuelling",
    "enroll": "enrol",
    "enrolled": "enrolled",
    "fulfill": "fulfil",
    "practice": "practise",
    "gray": "grey",
    "toward": "towards",
    "harbor": "harbour",
    "fertilizer": "fertiliser",
    "judgment": "judgement",
}
