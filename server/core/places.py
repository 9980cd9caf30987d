"""Capitalised words that name a place, a people, a law or a common thing, never a speaker.

A quotation's speaker is a person or a body the article names; "Kentucky said", "the American
said", "the whole Internet was saying" name neither, and a wrong name is worse than none. These
lists are small on purpose: the countries and capitals, the US states, the big cities and
regions that news names, the demonyms of the countries, and a few common nouns that news
capitalises. Lookups are by the whole name ("New York", "U.S.") or its last word ("American").
"""

from __future__ import annotations

COUNTRIES = frozenset(
    """Afghanistan Albania Algeria Angola Argentina Armenia Australia Austria Azerbaijan Bahrain
    Bangladesh Belarus Belgium Bolivia Bosnia Botswana Brazil Britain Bulgaria Burma Cambodia
    Cameroon Canada Chile China Colombia Congo Croatia Cuba Cyprus Czechia Denmark Ecuador Egypt
    England Eritrea Estonia Ethiopia Europe Finland France Georgia Germany Ghana Greece Guatemala
    Haiti Honduras Hungary Iceland India Indonesia Iran Iraq Ireland Israel Italy Jamaica Japan
    Jordan Kazakhstan Kenya Korea Kosovo Kuwait Kyrgyzstan Laos Latvia Lebanon Libya Lithuania
    Luxembourg Madagascar Malawi Malaysia Mali Malta Mexico Moldova Mongolia Montenegro Morocco
    Mozambique Myanmar Namibia Nepal Netherlands Nicaragua Niger Nigeria Norway Oman Pakistan
    Palestine Panama Paraguay Peru Philippines Poland Portugal Qatar Romania Russia Rwanda Scotland
    Senegal Serbia Singapore Slovakia Slovenia Somalia Spain Sudan Sweden Switzerland Syria Taiwan
    Tajikistan Tanzania Thailand Tunisia Turkey Turkmenistan Uganda Ukraine Uruguay Uzbekistan
    Venezuela Vietnam Wales Yemen Zambia Zimbabwe America Africa Asia Oceania Antarctica Arctic
    Gaza Crimea Donbas Kashmir Tibet Xinjiang Catalonia Scandinavia Balkans Caribbean
    U.S. US USA U.S.A. U.K. UK""".split()
)
US_STATES = frozenset(
    """Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia
    Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts
    Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon
    Pennsylvania Tennessee Texas Utah Vermont Virginia Washington Wisconsin Wyoming""".split()
)
CITIES = frozenset(
    """London Paris Berlin Moscow Beijing Shanghai Tokyo Seoul Delhi Mumbai Kyiv Kiev Rome Madrid
    Brussels Vienna Warsaw Prague Budapest Athens Istanbul Ankara Tehran Baghdad Damascus Beirut
    Cairo Jerusalem Riyadh Dubai Doha Kabul Islamabad Karachi Lagos Nairobi Johannesburg Sydney
    Melbourne Toronto Montreal Vancouver Ottawa Chicago Boston Seattle Atlanta Houston Dallas
    Miami Detroit Philadelphia Baltimore Denver Phoenix Manhattan Brooklyn Queens Bronx Harlem
    Westminster Whitehall Geneva Zurich Frankfurt Munich Hamburg Milan Naples Lisbon
    Dublin Edinburgh Glasgow Manchester Liverpool Birmingham Amsterdam Stockholm Oslo Copenhagen
    Helsinki Minsk Tbilisi Baku Yerevan Caracas Havana Bogota Lima Santiago Brasilia
    Wuhan Shenzhen Guangzhou Taipei Bangkok Hanoi Manila Jakarta Singapore""".split()
)
# Places of more than one word, by their whole name.
PLACE_NAMES = frozenset(
    {
        "New York",
        "New Jersey",
        "New Mexico",
        "New Hampshire",
        "New Zealand",
        "New Delhi",
        "North Carolina",
        "South Carolina",
        "North Dakota",
        "South Dakota",
        "West Virginia",
        "Rhode Island",
        "Hong Kong",
        "South Africa",
        "North Korea",
        "South Korea",
        "Saudi Arabia",
        "United States",
        "United Kingdom",
        "Sri Lanka",
        "Silicon Valley",
        "Wall Street",
        "Capitol Hill",
        "Los Angeles",
        "San Francisco",
        "Las Vegas",
        "Middle East",
        "Latin America",
        "Washington D.C.",
        "Washington DC",
    }
)
DEMONYMS = frozenset(
    """American Americans British Briton Britons English Scottish Scot Scots Welsh Irish French
    German Germans Italian Italians Spanish Spaniard Portuguese Dutch Belgian Swiss Austrian
    Swedish Swede Norwegian Danish Dane Finnish Finn Polish Pole Czech Slovak Hungarian Romanian
    Bulgarian Greek Greeks Turkish Turk Turks Russian Russians Ukrainian Ukrainians Belarusian
    Georgian Armenian Iranian Iranians Iraqi Iraqis Syrian Syrians Lebanese Israeli Israelis
    Palestinian Palestinians Egyptian Egyptians Saudi Saudis Emirati Qatari Yemeni Afghan Afghans
    Pakistani Pakistanis Indian Indians Bangladeshi Chinese Japanese Korean Koreans Taiwanese
    Vietnamese Thai Filipino Indonesian Malaysian Australian Australians Canadian Canadians
    Mexican Mexicans Brazilian Brazilians Argentine Argentinian Chilean Colombian Venezuelan
    Cuban Cubans Nigerian Nigerians Kenyan Kenyans Ethiopian Somali South African European
    Europeans African Africans Asian Asians Arab Arabs Western Westerners Soviet Kurdish Kurds
    Californian Texan Texans Floridian New Yorker Londoner Muscovite Republican Republicans
    Democrat Democrats Democratic""".split()
)
# Common nouns that news capitalises, or that open sentences, standing where a subject would.
COMMON_CAPITALISED = frozenset(
    """Internet Web Hollywood Staff Officials Authorities Residents Critics Experts Analysts
    Researchers Scientists Investigators Prosecutors Officers Lawyers Doctors Fans Users
    Viewers Readers Voters Sources Witnesses Neighbours Neighbors Friends Relatives Students
    Teachers Workers Protesters Demonstrators Locals Observers Commentators Economists Parents
    Statement Report Study Survey Data Figures""".split()
)

# Last words of the names of laws, treaties and scriptures: "the Affordable Care Act says".
DOCUMENT_WORDS = frozenset(
    """Act Acts Amendment Bill Law Constitution Treaty Accord Accords Agreement Convention
    Charter Code Directive Regulation Bible Quran Koran Torah Talmud""".split()
)


def names_a_place_or_people(name: str) -> bool:
    """Is this name a place, a demonym, a law or a common word rather than a person or a body?

    "Kentucky", "the U.S.", "New York", "American", "Hollywood", "Staff"; not "Apple",
    "Reuters" or "Dmitry Peskov"."""
    words = name.removeprefix("the ").removeprefix("The ").split()
    if not words:
        return False
    whole = " ".join(words)
    if whole in PLACE_NAMES or whole in COMMON_CAPITALISED:
        return True
    if words[-1] in DOCUMENT_WORDS:
        return True
    if len(words) == 1:
        word = words[0]
        return word in COUNTRIES or word in US_STATES or word in CITIES or _is_demonym(word)
    return all(w in COUNTRIES or _is_demonym(w) or w in US_STATES for w in words)


def _is_demonym(word: str) -> bool:
    """ "American", "Americans", "Californians"; "Irishman", "Frenchwoman", "Dutchmen"."""
    if word in DEMONYMS or (word.endswith("s") and word[:-1] in DEMONYMS):
        return True
    for ending in _MAN_OR_WOMAN:
        if word.endswith(ending) and word[: -len(ending)] in _DEMONYM_STEMS:
            return True  # "the Irishman said": a person in view, not a name
    return False


_MAN_OR_WOMAN = ("man", "woman", "men", "women")
# Demonyms written as one word with "man" or "woman".
_DEMONYM_STEMS = frozenset("Irish French English Scots Welsh Dutch Cornish Manx".split())
