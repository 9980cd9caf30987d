"""Who said a quotation in German, French, Spanish, Portuguese or Italian news.

Read only where the article's language is one of these (`language.detect_language`). The
rules are few and strict, because a wrong speaker is worse than none:

- the reporting verbs of the article's language, after the quotation („…“, sagte Müller /
  «…», a déclaré X / "…", dijo X / ", so Müller") or before it in its sentence (Müller sagte:
  „…“ / Dazu sagt Müller: „…“), and "laut X", "selon X", "según X", "segundo X", "secondo X";
- a name is a run of capitalised words. In German every noun is capitalised, so the words of
  a run that the article also writes after an article or a preposition ("die Unterlagen", "am
  Ende"), that end like a role (Parteichef, Geschäftsführerin) or that open sentences (Laut,
  Sowohl, Am) are not taken for a name;
- a one-word name counts only when the article gives a longer name ending with it (Keith, of
  Andreas Keith), or right after the verb ("sagte Keith", "so Keith");
- a pronoun ("sagt sie", "a-t-il dit", "“…”, dijo.") stands for the person last named before
  it, unless that person is of the other gender.
- also: French incises inside the guillemets, "wie X sich ausdrückte", a role after the verb
  standing for the one person named with it ("sagte der Konzernchef"), a paragraph ending with a
  colon or a sentence naming who speaks before the quotation, and German reported speech in the
  subjunctive going on in the last speaker's voice while nobody else is named.

Everything else stays None.

Russian news (`RussianSpeakerResolver`, at the end) has rules of its own, as its names inflect:
"«…», — заявил пресс-секретарь президента Дмитрий Песков", "Песков заявил: «…»", "По словам
Пескова, «…»", "— сказала она"; a surname alone counts only when the article gives the full name.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import re
from collections.abc import Iterable
from typing import NamedTuple

from .attribution import Attribution
from .gender import FEMININE, MASCULINE, gender_from_first_name
from .normalize import fold
from .text import ends_its_paragraph, line_around, reads_as_heading, starts_a_sentence

_NONE = Attribution(None, None, None)
# Verbs in the German subjunctive of reported speech (Konjunktiv I), the forms that are no
# indicative: "sei", "seien", "habe" (3rd person), "wolle", "könne", "müsse" ...
_GERMAN_SUBJUNCTIVE = re.compile(
    r"(?<![\w-])(?:sei|seien|habe|werde|wolle|könne|müsse|solle|dürfe|gebe|gehe|liege|stehe|"
    r"komme|bleibe|fehle|brauche|handle|lasse|zeige|mache|wisse|hätten|wären)(?![\w-])"
)
# A quotation inside a sentence, left out when its verbs are looked for.
_QUOTED = re.compile(
    r"[\"\u201c\u201e\u00ab\u00bb][^\"\u201c\u201d\u201e\u00ab\u00bb]*[\"\u201c\u201d\u00bb\u00ab]"
)

_VERBS = {
    "de": """sagte sagt sagten sagen erklärte erklärt erklärten betonte betont meinte meint
    schreibt schrieb schreiben fügte ergänzte ergänzt berichtete berichtet erzählte erzählt
    erläuterte erläutert antwortete antwortet warnte warnt kritisierte kritisiert so
    bestätigte bestätigt unterstrich forderte fordert teilte teilt hielt fügt rät riet
    freut-sich freute-sich äußerte-sich äußert-sich bezeichnete bezeichnet urteilte urteilt
    unterstreicht mahnte mahnt lobte lobt resümiert resümierte verrät verriet bilanziert
    bilanzierte informiert informierte kommentierte kommentiert ausdrückte formulierte
    formuliert wirft warf gesagt geschrieben mitgeteilt geäußert nannte nennt begründet
    begründete befand erinnert erinnerte seufzt seufzte findet fand ruft rief kündigte
    sprach-von spricht-von klagt klagte beklagt beklagte schimpft schimpfte verspricht
    versprach argumentiert argumentierte fragte fragt entgegnete entgegnet widersprach
    widerspricht""",
    "fr": """a-déclaré a-dit dit déclare a-affirmé affirme a-expliqué explique estime a-estimé
    a-ajouté ajoute souligne a-souligné indique a-indiqué précise a-précisé rappelle a-rappelé
    confie a-confié assure a-assuré résume conseille poursuit raconte a-raconté insiste
    a-insisté a-répondu répond avait-déclaré a-annoncé annonce glisse lâche a-lâché soupire
    a-réagi témoigne reconnaît regrette martèle commente avoue a-salué salue a-dénoncé dénonce
    a-jugé a-qualifié qualifie a-regretté a-averti avertit a-prévenu prévient a-plaidé
    plaide a-réclamé réclame a-rétorqué rétorque a-fustigé fustige a-critiqué
    a-déploré déplore a-reconnu a-promis promet a-lancé a-ironisé ironise a-taclé tacle
    a-écrit écrit a-tweeté a-confirmé confirme a-admis admet a-poursuivi a-conclu conclut
    a-résumé a-répété répète plaisante a-plaisanté a-décrit a-évoqué juge note a-noté
    observe a-observé a-demandé demande a-exigé exige a-martelé a-tranché tranche a-glissé
    a-répliqué réplique a-soutenu soutient a-détaillé détaille a-nuancé nuance a-commenté
    a-témoigné a-avoué""",
    "es": """dijo afirmó señaló explicó explica aseguró asegura indicó añadió añade agregó agrega
    sostuvo declaró afirma señala comentó resalta destacó destaca opina alertó advirtió
    manifestó detalla subrayó insistió apuntó relató dice cuestionó escribió complementó
    remató reconoció expresó precisó recordó aclaró puntualizó enfatizó concluyó criticó
    denunció reiteró admitió respondió contó mencionó lamentó sentenció detalló recalcó
    defendió remarcó opinó prometió garantizó recalca defiende remarca promete garantiza
    relata bromeó avanzó resumió admite replicó ironizó avisó matizó zanjó apostilló calificó
    valoró confirmó confirma ha-confirmado recuerda advierte sostiene insiste apunta subraya
    reconoce lamenta critica denuncia matiza reitera responde pidió pide reclamó reclama exigió
    exige acusó acusa publicó publica difundió confesó confiesa describió describe definió
    define tildó tilda protestó bromea escribe decía explicaba contaba recordaba aseguraba
    planteó plantea adelantó adelanta aseveró asevera deslizó desliza expuso expone argumentó
    argumenta consideró considera estimó estima reveló revela acotó acota disparó lanzó fustigó
    contestó sugirió sugiere
    desahogó preguntó pregunta informó informa anunció anuncia comunicó comunica narró narra
    celebró celebra justificó justifica agradeció agradece exclamó refirió refiere
    ha-preguntado ha-informado ha-anunciado ha-comunicado
    ha-dicho ha-afirmado ha-señalado ha-explicado ha-asegurado ha-indicado ha-añadido
    ha-agregado ha-sostenido ha-declarado ha-comentado ha-destacado ha-advertido ha-manifestado
    ha-subrayado ha-insistido ha-apuntado ha-relatado ha-escrito ha-reconocido ha-expresado
    ha-precisado ha-recordado ha-aclarado ha-concluido ha-criticado ha-denunciado ha-reiterado
    ha-admitido ha-respondido ha-contado ha-lamentado ha-defendido ha-prometido ha-avisado
    ha-calificado ha-alertado ha-valorado ha-replicado ha-resumido ha-matizado ha-zanjado""",
    "pt": """disse afirmou afirma declarou explicou explica acrescentou destacou destaca
    descreve descreveu sugere sugeriu
    ressaltou diz contou sustentou complementa avaliou observou completou ponderou falou
    garantiu comentou criticou defendeu pontuou frisou alertou lembrou reforçou salientou
    argumentou questionou respondeu relatou admitiu reconheceu negou enfatizou concluiu
    assegurou prometeu advertiu garante comenta critica defende pontua frisa alerta lembra
    reforça salienta argumenta questiona responde relata admite reconhece nega enfatiza
    conclui assegura avalia observa completa ressalta sublinhou sublinha pediu pede exigiu
    exige reclamou reclama escreveu escreve anunciou anuncia acusou acusa insistiu insiste
    apontou aponta confessou confessa desabafou desabafa recordou recorda revelou revela
    referiu refere considerou considera adiantou sustenta realçou realça vincou disparou
    rebateu rebate classificou classifica ironizou brincou opinou opina declara emendou
    lançou perguntou pergunta informou informa comunicou comunica lamentou lamenta celebrou
    celebra justificou justifica agradeceu agradece exclamou indagou""",
    "it": """ha-detto ha-dichiarato ha-spiegato ha-aggiunto ha-affermato ha-sottolineato dice
    spiega afferma aggiunge sottolinea ha-commentato commenta ha-raccontato racconta
    ha-ribadito ha-osservato ha-precisato ha-ammesso ha-assicurato ha-annunciato ha-avvertito
    ha-concluso ha-replicato ha-risposto ha-evidenziato ha-denunciato ribadisce osserva
    precisa ammette assicura annuncia avverte conclude replica risponde evidenzia denuncia
    ha-parlato""",
}
_GAP_VERBS = {
    language: re.compile(
        r"(?<![\w-])(?:"
        + "|".join(re.escape(v.replace("-", " ")) for v in verbs.split())
        + r")(?![\w-])"
    )
    for language, verbs in _VERBS.items()
}
_ONE_WORD_VERBS = frozenset(verb for verbs in _VERBS.values() for verb in verbs.split())
_ACCORDING = {
    "de": r"[Ll]aut|(?:[Aa]us\s+Sicht|[Nn]ach\s+(?:Ansicht|Angaben|Einschätzung|Auffassung|Worten)|"
    r"[Ii]n\s+den\s+Worten)\s+(?:von|vom|des|der)",
    "fr": r"[Ss]elon|[Dd]['\u2019]après",
    "es": r"[Ss]egún|[Dd]e\s+acuerdo\s+con",
    "pt": r"[Ss]egundo|[Dd]e\s+acordo\s+com",
    "it": r"[Ss]econdo",
}
# "„…“, hieß es in der Mitteilung des DOSB": who is said to say it comes after one of these.
_IT_SAYS = re.compile(r"(hieß es|heißt es)(?![\w-])")
_SOURCE_OF_WORDS = re.compile(
    r"(?<![\w-])(?:des|vom|von der|von den|von|aus dem|aus der|beim|bei der|seitens der|"
    r"seitens des)\s+"
)
# "„…“, wird FINA-Präsident Husain Al-Musallam zitiert." (the clause to its full stop)
_QUOTED_PASSIVE = re.compile(r"(wird|wurde)\s+(.+?)\s+(?:mit den Worten\s+)?zitiert[.!]?")
# Words of the verb lists that are adverbs as often ("so aufeinander abgestimmt").
_ADVERB_VERBS = frozenset(("so",))
# Verbs that take their subject after them in a plural German "sagen sie": "sie" is "they".
_PLURAL_VERBS = frozenset("sagten sagen erklärten schreiben".split())
# A kin noun after a possessive, and a first name set off after it: "Son mari, Gilbert,".
_KIN_SET_OFF = {
    language: re.compile(rf"(?<![\w-])(?:{possessives})\s+({nouns}),\s+([A-ZÀ-Þ][\w\-]+),")
    for language, possessives, nouns in (
        (
            "fr",
            "[Ss]on|[Ss]a|[Ll]eur",
            "mari|épouse|femme|fils|fille|frère|sœur|père|mère|compagnon|compagne",
        ),
        ("es", "[Ss]u", "marido|esposo|esposa|mujer|hijo|hija|hermano|hermana|padre|madre"),
        (
            "pt",
            r"(?:[Oo]\s+|[Aa]\s+)?(?:[Ss]eu|[Ss]ua)",
            "marido|esposa|mulher|filho|filha|irmão|irmã|pai|mãe",
        ),
        ("de", "[Ss]eine?|[Ii]hre?", "Mann|Frau|Sohn|Tochter|Bruder|Schwester|Vater|Mutter"),
    )
}
# A body of a plural name after a French plural verb: "« … », ont indiqué les Éditions du
# Moulin Gris"; anyone else after one ("ont déclaré les enquêteurs", two people) is nobody.
_PLURAL_BODY = re.compile(
    r"\s*les\s+([A-ZÀ-Þ][\w\-]*(?:\s+(?:(?:de|du|des|de\s+la|et)\s+|d['\u2019])?[A-ZÀ-Þ][\w\-]*)+)"
)
_PRONOUN_GENDER = {
    "er": MASCULINE,
    "sie": FEMININE,
    "il": MASCULINE,
    "elle": FEMININE,
    "él": MASCULINE,
    "ella": FEMININE,
    "ele": MASCULINE,
    "ela": FEMININE,
    "lui": MASCULINE,
    "lei": FEMININE,
}
# A sentence that opens on where or among whom, then the verb "to be" and its subject (a name):
# "Entre el público estaba Carmen Ibáñez", "Parmi eux se trouvait", "Unter ihnen war"; or on
# who someone was: "La primera testigo fue Rosa Mompó", "O primeiro a falar foi X".
_COPULA_BEFORE_SUBJECT = re.compile(
    r"(?:^|\s)(?:estaba|estaban|estava|estavam|se\s+encontraba|se\s+trouvait|était|war|fue|foi|fut)"
    r"(?:\s+(?:auch|también|também|aussi))?(?:\s+(?:el|la|o|a|le|la|der|die))?\s*$"
)
_FIRST_NAME_REACH = 30  # characters before a surname where its first name is looked for
# French inverted pronouns: "a-t-il dit", "explique-t-elle", "dit-il".
_FRENCH_INVERSION = re.compile(
    r"(?:a-t-(il|elle)\s+[a-zà-ÿœ]+|[a-zà-ÿœ]+-(?:t-)?(il|elle))(?![\w-])"
)
# A comma before an inverted verb inside a French quotation: « ..., affirme-t-elle. ... ».
_INCISE = re.compile(r",(?=\s+[a-zà-ÿœ]+-(?:t-)?(?:il|elle)\b)")
# An attribution between dashes inside a Spanish or Portuguese quotation: "—advirtió Ibarguren—".
_DASH_INCISE = re.compile(
    r"[\u2014\u2013]\s?([a-záéíóúñàâãçêõ][^\u2014\u2013.!?]{2,80}?)\s?[\u2014\u2013]"
)
# The same with the subject after a verb of saying: « Le terrain était lourd, a reconnu le
# manager Laurent Sabatier, mais ... » (the verbs are the article's language's, added below).
_INCISE_VERB_FIRST = re.compile(
    r",(?=\s+(?:"
    + "|".join(re.escape(verb.replace("-", " ")) for verb in _VERBS["fr"].split())
    + r")\s+(?:le|la|l['\u2019]|[A-ZÉ]))"
)
# Words that open sentences or link them; capitalised, they are still no name.
_FUNCTION_WORDS = frozenset(
    """der die das den dem des ein eine einen einem einer eines und oder aber doch denn sondern
    auch noch schon nur sowohl weder als wie wenn weil dass ob obwohl während nachdem bevor
    dessen deren
    seit laut am im in an ab bis vom zum zur beim ins ans auf aus bei mit nach von vor zu
    für gegen ohne um über unter zwischen durch dazu daher darum deshalb dennoch trotzdem
    jedoch zudem außerdem heute gestern morgen dann danach damals jetzt nun hier dort da so
    also ja nein er sie es wir ihr ich du man sein seine ihre unser unsere dieser diese
    dieses jeder jede alle viele einige manche mehr kein keine was wer wo warum welche
    welcher zufolge gerade bereits erst immer nie oft einst sogar zwar vielleicht natürlich
    besonders allerdings herr frau le la les un une des du de et ou mais donc or ni car pour
    par dans sur sous avec sans selon chez entre vers après avant depuis pendant quand si à au aux
    comme lorsque puis ainsi alors aussi enfin encore déjà il elle ils elles on nous vous je
    ce cette ces son sa ses leur leurs mon ma mes tout tous toute toutes plus pas monsieur
    madame el los las unos unas y o pero sin con por para en del al según desde hasta sobre
    tras cuando aunque porque pues así también ya él ella ellos ellas este esta estos estas
    ese esa su sus lo señor señora a os as um uma do da dos das no na nos nas em com segundo
    mas e ele ela eles elas esse essa seu sua quando como já para il lo gli i uno di della
    dei degli delle alla nel nella per su tra fra secondo ma anche se lui lei questo questa
    suo montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar märz
    april mai juni juli august september oktober november dezember""".split()
)
# Articles and determiners: a capitalised word after one of them is a noun, not a name.
_DETERMINERS = (
    r"der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|kein|keine|keinen|keinem|keiner|"
    r"am|im|vom|zum|zur|beim|ins|ans|aufs|sein|seine|seinen|seinem|seiner|ihr|ihre|ihren|ihrem|"
    r"ihrer|unser|unsere|unserer|unseren|unserem|diese|dieser|dieses|diesem|diesen|jede|jeder|"
    r"jedes|jedem|jeden|alle|allen|viele|vielen|mehrere|wenige|zwei|drei|vier"
)
_TWO_CAPITALISED = re.compile(r"([A-ZÄÖÜ](?<![\w-].)[a-zäöüß]+)(?= ([A-ZÄÖÜ][\w\-]*))")
_NOUN_AFTER_DETERMINER = re.compile(
    rf"(?<![Vv]on )(?<![Vv]an )(?<![Zz]u )"  # "von der Lühe": a surname's particles, no noun's
    rf"\b(?i:{_DETERMINERS})\s+(?:[a-zäöüß][\w\-]*(?:e|en|er|es|em)\s+){{0,2}}"
    r"([A-ZÄÖÜ][\w\-]*)"
    # not a first name before a surname ("den Lee Elder Fund"), but an adjective before a
    # noun is ("dem Essener Parteichef", "der Düsseldorfer Fitnessexperte")
    r"(?:(?!\s+[A-ZÄÖÜ])|(?<=er)|(?<=en))"
)
# Endings of German role nouns, each with its feminine form: Parteichef, Geschäftsführerin.
_GERMAN_ROLE_ENDINGS = tuple(
    ending + suffix
    for ending in """meister führer sprecher experte expert präsident minister chef leiter
    vorsitzende vorsitzender direktor trainer kanzler abgeordnete abgeordneter aktivist redaktor
    redakteur sieger berater reporter autor forscher professor anwalt anwält richter arzt ärzt
    sänger spieler kapitän bischof pfarrer sekretär kommissar beauftragte beauftragter vertreter
    mitglied mitarbeiter manager gründer inhaber wissenschaftler politiker ökonom analyst
    journalist schriftsteller teilnehmer bewohner nutzer kunde kritiker sprecher polizist
    beamte beamter franzose deutsche deutscher kollege nachbar lehrer schüler student
    ministerpräsident bürgermeister landrat rat räte oberst publizist philosoph soziologe
    psychologe historiker ökonom virologe biologe theologe vorstand vorständ kolleg rät
    hauptmann obmann regisseur intendant dirigent moderator kurator geologe meteorologe
    verteidiger landwirt winzer gastwirt unternehmer architekt ingenieur krankenpfleger hebamme
    erzieher rentner anwohner bildhauer galerist musiker vorsteher stadtrat stadträt
    gemeinderat gemeinderät schauspieler""".split()
    for suffix in ("", "in", "innen", "en", "e", "s")
)
# Common first names of these languages, beyond the English list of `gender`: a run of
# capitalised words that starts with one is a person ("Andreas Keith", not "Hundert Kilometer").
_FIRST_NAMES = frozenset(
    """andreas thomas michael stefan christian markus frank jürgen jörg dirk bernd ralf uwe
    klaus peter wolfgang hans karl heinz horst günter werner manfred rainer harald holger
    torsten thorsten matthias martin florian tobias sebastian philipp jan jens lars kai tim
    lukas felix jonas leon maximilian moritz niklas paul simon david daniel alexander norbert
    hugo oliver fabian beat
    gerhard helmut dieter walter joachim volker ulrich detlev detlef hermann otto armin olaf
    friedrich mechthild ursula sabine petra claudia susanne andrea monika birgit karin heike
    anja katja silke nicole julia lisa laura lena sarah anna maria katharina franziska
    christina kristina stefanie stephanie jessica sandra melanie tanja nina eva jana luisa
    annalena angela evelyn irme linda antonia jacqueline gabriele renate ingrid brigitte
    jean pierre jacques michel philippe alain bernard françois françoise nicolas olivier
    christophe thierry stéphane éric sébastien julien guillaume antoine mathieu emmanuel
    marine ségolène élisabeth édouard gérald bruno rémi yves joël marie sophie claire camille
    isabelle nathalie valérie sandrine céline aurélie émilie juliette chloé manon francisca
    josé juan carlos luis miguel pedro javier antonio manuel francisco jorge alberto ricardo
    fernando sergio sergi pablo andrés gabriel gustavo marcelo rodrigo eduardo arthur
    alessandro lasier jair cecilia tania tomás patricio gonzalo ignacio diego matías
    joão paulo lula fernanda gabriela mariana beatriz marta lucía pilar rosa carmen teresa
    giuseppe giovanni marco luca matteo francesco andrea lorenzo giorgio mario paolo roberto
    stefano alessandro silvio sergio giorgia chiara giulia francesca elena
    veronika janine hubertus christoph johannes georg heiko sven timo marcel benjamin dominik
    patrick robert rolf reinhard gerd günther ludwig konrad wilhelm siegfried erich kurt
    hartmut rüdiger lothar henning hendrik malte nils ole finn hannah leonie johanna charlotte
    emma marlene carolin caroline katrin kerstin doris elke gisela helga hildegard inge marion
    martina michaela nadine natalie sonja svenja tina ute verena yvonne annette barbara
    bettina christiane cornelia dagmar daniela
    louis henri benoît arnaud laurent vincent pascal didier fabrice frédéric hervé jérôme
    ludovic mickaël yannick xavier raphaël maxime romain quentin valentin clément agnès
    catherine christine dominique hélène laurence martine michèle monique pascale sylvie
    véronique virginie delphine élodie laure mathilde pauline
    rafael raúl rubén óscar víctor alejandro álvaro adrián héctor iván jaime joaquín martín
    mateo ramón rodolfo vicente yolanda nadia alejandra cristina diana gloria inés irene
    isabel josefina lorena marisol mónica natalia patricia paula raquel rocío silvia sonia
    susana verónica ximena
    antónio luiz rui henrique renato rogério sérgio thiago tiago vinícius marcos márcio
    flávio fábio cláudio otávio simone tereza adriana aline camila débora juliana luciana
    priscila renata tatiana
    angelo carlo claudio dario davide emanuele enrico federico filippo gianluca giacomo
    guido leonardo luigi massimo maurizio michele nicola pietro raffaele riccardo sandro
    tommaso umberto vincenzo alessandra beatrice carla caterina federica roberta sara serena
    valentina valeria""".split()
)
_TITLES = frozenset(
    "Dr. Dr Prof. Prof Herr Frau Mme Mme. M. Sr. Sra. Dra. Dott. Sig. Sen. Pr Mag. Mag DI Ing. "
    "Ing Dona Doña Don Dom".split()
)  # Austrian degrees ("Mag. Theresia Kranzlmayr", "DI Karl Huber"), "Dona Cleonice Arruda",
# "Doña Herminia Catalán", "Don Ramón"
# Capitalised words for a person's role or kin, written before the name in these languages:
# "Ehemann Oliver Pocher", "Pastor Albrecht Martins", "Presidente Boric", "CEO Robert Machtlinger".
_ROLE_WORDS = frozenset(
    """Ehemann Ehefrau Vater Mutter Sohn Tochter Bruder Schwester Pastor Pastorin Pater Papst
    Kardinal Prinz Prinzessin König Königin Fürst Fürstin Graf Gräfin Moderator Moderatorin
    Senator Senatorin Gouverneur Kommandant Imam Rabbiner CEO CFO COO CTO Presidente Presidenta
    Expresidente Ministro Ministra Canciller Alcalde Alcaldesa Senador Senadora Diputado Diputada
    Gobernador Gobernadora Concejal Concejala Juez Jueza Rey Reina Príncipe Princesa Monseñor
    Président Présidente Ministre Maire Sénateur Sénatrice Député Députée Premier Première
    Deputado Deputada Governador Governadora Prefeito Prefeita Sindaco Presidentessa""".split()
)
_ARTICLES_BEFORE_NAME = frozenset(
    """der die das den dem des ein eine einer einem le la les l' un une el los las una o a os
    as um uma il lo gli i uno""".split()
)
# Possessives before a role and a name after the verb: "sagte ihr Trainer Jörg Riethues".
_POSSESSIVES = frozenset("sein seine ihr ihre son sa su seu sua suo".split())
_WHOSE = frozenset("dessen deren".split())
# A dateline heading a report's first sentence: "Berlin (dpa) - ", "Madrid (EFE).- ".
# A body's acronym in brackets after its name: "Asociación Valenciana de Afectados por
# Academias (AVAA)" is the name without it.
_ACRONYM_AFTER = re.compile(r"\s+\([A-ZÀ-Þ0-9\-]{2,10}\)$")
# A live blog's time before its entry: "14h36 — O meteorologista ...", "12.40 Uhr: ...".
_LIVE_BLOG_TIME = re.compile(r"^\s*\d{1,2}[h:.]\d{2}(?:\s*Uhr)?\s*[:\u2013\u2014-]\s*")
_DATELINE_HEAD = re.compile(
    r"^\s*[A-ZÀ-Þ][\w.\- ]{1,30}?\s*\([\w/ .\-]{1,20}\)\s*\.?\s*[-\u2013\u2014]\s*"
)
# A party or a state in brackets after a name, before the verb: "Petra Weiland-Hösch (CDU)".
_PARTY_AFTER_NAME = re.compile(r"\s\([A-ZÄÖÜ][\w./\-]{0,11}\)\s*$")
# A run of capitalised words, particles between them, that may hold a name and its titles; a
# doctor's or a professor's title keeps its full stop inside it ("Oberbürgermeisterin Dr.
# Renate Falkenhagen-Ilić").
_AFTER_RUN_CAPITAL = r"[\w'’\-]*(?:(?<=Dr)\.|(?<=Prof)\.|(?<=Mag)\.|(?<=Ing)\.)?"
_RUN_WORD = rf"[A-ZÀ-Þ]{_AFTER_RUN_CAPITAL}"
# The first capital before the look back at what stands before it, so that a search skips to
# the capitals.
_FULL_NAME_RUN = re.compile(
    rf"[A-ZÀ-Þ](?<![\w\-'’].){_AFTER_RUN_CAPITAL}(?:[^\S\n]+"
    r"(?:(?:von|van|de|da|das|do|dos|del|della|di|du|der|den|ten|ter|le|la|los|las|i)\s+){0,2}"
    rf"{_RUN_WORD})+"
)
# Lowercase words that end the words looked at before a name: prepositions and conjunctions.
# Words that join a role to what it is of ("le ministre de l'Intérieur", "el ministro de
# Hacienda"), and how many words the rest of a role may take before its comma.
_OF_BEFORE_BODY = frozenset("de del des du da do di della dello der".split())
_MAX_ROLE_TAIL_WORDS = 9
_SPOKESPEOPLE = frozenset(
    """sprecher sprecherin pressesprecher pressesprecherin portavoz vocero vocera porte-parole
    porta-voz portavoce""".split()
)
_STOP_BEFORE_NAME = frozenset(
    """a à de en con com em entre após sobre para por avec pour sur dans mit für von zu bei
    nach über im am an auf aus que qui dass che e et y und oder ou o ma mais pero aber""".split()
)
# Words that make a capitalised run a body or a place in the languages that capitalise no
# other nouns: "Universidad Politécnica", "Estados Unidos", "Banque de France".
_BODY_WORDS = frozenset(
    """Instituto Universidad Unión Estados Servicio Ministerio Banco Partido Gobierno Consejo
    Comisión Asamblea Congreso Senado Cámara Corte Tribunal Fundación Asociación Organización
    Agence Institut Université Ministère Conseil Union Parti Assemblée Commission Banque Cour
    Fondation Association Organisation Istituto Università Ministero Consiglio Unione Partito
    Banca Fondazione Associazione Universidade Ministério Conselho União Supremo Câmara
    Fundação Associação Polícia Federal Nacional República Reino Estado Santa San São Nueva
    Nuevo Saint Sainte Monte Puerto Rio Río Grupo Groupe Gruppo Empresa Société Società""".split()
)
# Lowercase nouns of bodies in French, Spanish, Portuguese and Italian, and endings of German
# ones: "selon le ministère des Affaires étrangères", "laut Polizei".
_BODY_NOUNS = frozenset(
    """ministère gouvernement préfecture parquet police gendarmerie mairie ministerio gobierno
    fiscalía policía ayuntamiento ministério governo polícia prefeitura ministero governo
    polizia procura comune festival""".split()
)
# Capitalised nouns that head the name of a body ("La Fédération hospitalière de France"), and
# the articles before them.
_BODY_HEADS = frozenset(
    """Fédération Confédération Association Union Syndicat Conseil Commission Cour Agence
    Institut Banque Assemblée Ligue Autorité Observatoire Chambre Collectif Federación
    Asociación Confederación Sindicato Consejo Comisión Tribunal Agencia Instituto Banco
    Asamblea Liga Autoridad Federação Associação Conselho Comissão Agência Federazione
    Associazione Sindacato Consiglio Commissione Corte Agenzia Istituto Banca Plataforma Cámara
    Câmara Movimento Movimiento Cooperativa Colectivo Coletivo Coordinadora Mesa Unión União
    Frente Sociedad Sociedade Fundación Fundação Fondation Collectif Festival Ministerio
    Ministère Ministério Ministero Secretaría Departamento Département Fiscalía Procuraduría
    Defensoría Comité Universidad Universidade Université Ayuntamiento Alcaldía Prefeitura
    Municipalidad Gobierno Governo Gouvernement""".split()
)
_BODY_ARTICLES = frozenset("la le el o a il l' l\u2019".split())
# A body's name in small letters after its head noun, as French writes them: "Association des
# commerçants de la chaussée d'Haecht".
_LOWERCASE_BODY_NAME = (
    r"(?:\s+(?:de la|de los|de las|des|du|del|das|dos|da|do|de)\s+[\w\-]+|\s+d['\u2019]\w+)+"
)
_MIN_BODY_NAME_WORDS = 3  # "Terminal Paraná Sur": a body by a noun outside `_BODY_HEADS`
# A body's name after an article, right after a verb: its head noun, maybe an adjective, and
# what it is of in small letters ("l’Union syndicale des métiers du cuir").
_BODY_AFTER_VERB = re.compile(
    r"\s*(?:l['\u2019]|la\s+|le\s+|el\s+|o\s+|a\s+)"
    r"(?P<name>(?P<head>[A-ZÀ-Þ][\w\-]+)(?:\s+[a-zà-ÿ][\w\-]*)?" + _LOWERCASE_BODY_NAME + ")"
)
# A relative clause, with no comma in it, that ends right before its verb: "X, que en un
# comunicado exigió", "X, quien ayer advirtió".
_RELATIVE_BEFORE_VERB = re.compile(r"([^,]+),\s+(?:que|quien|qui|che|der|die)\s+[^,]*$")
# German: "Cliff Roberts, der 1933 sagte, dass": a relative "der" or "die" heads its clause.
_BODY_PARTICLES = (
    "de|del|de la|de los|de las|da|do|das|dos|y|e|i|des|du|de l'|pour|para|por|com|con|em|en|und|"
    "für"
)
# A relative clause set off between a subject and its verb: "La Asociación de ..., que agrupa
# a unos 2.300 propietarios, calificó".
_QUE_CLAUSE_SET_OFF = re.compile(
    r",\s+(?:que|qui|quien|quienes|che)\s(?:[^,.;:]|(?<=\d)\.(?=\d))*,\s*$"
)
# A relative clause or an aside set off between a person's name and their verb: "Reto
# Zimmerli, der das 1:0 erzielt hatte, sprach von", "Thomas Krüger – mit der Finanzvorständin
# weder verwandt noch verschwägert, wie er betonte – sprach von", "Anna Bürki, die nicht an der
# Studie beteiligt war, spricht von".
_ASIDE_BEFORE_VERB = re.compile(
    r"(?:,\s+(?:der|die|das|welcher|welche|qui|que|quien|quem|che)\s(?:[^,.;:]|(?<=\d)[.:](?=\d))*,"
    r"|\s[\u2013\u2014]\s[^\u2013\u2014]*\s[\u2013\u2014])\s*$"
)
# Lowercase nouns for a body of any kind: "afirmó el organismo" is no person in view.
_BODIES_IN_GENERAL = frozenset(
    """organismo organisme entidad institución institution istituzione empresa
    entreprise azienda compañía société società agencia agence agenzia organización
    organisation organizzazione grupo groupe gruppo partido parti partito sindicato syndicat
    sindacato associação asociación association associazione federação federación fédération
    federazione cooperativa coopérative banco banque banca clube club companhia fundação
    fundación fondation fondazione entidade instituição câmara cámara comissão comisión
    commission commissione conselho consejo conseil consiglio tribunal tribunale promotora
    constructora operadora concesionaria distribuidora aseguradora editorial firma
    terminal naviera""".split()
)
# Documents a body speaks through: "“…”, diz a nota", "dice el comunicado", "écrit le texte".
_DOCUMENT_NOUNS = frozenset(
    """nota texto comunicado carta mensaje mensagem publicación publicação documento
    communiqué texte lettre message document regulamento reglamento règlement relatório informe
    rapport estudo estudio étude decreto décret ley lei loi""".split()
)
# Words after Portuguese "a" that make it "to", not the article: "disse a um amigo".
_NOT_AFTER_THE_ARTICLE_A = frozenset(
    "o os a as um uma uns umas este esta estes estas esse essa esses essas todos todas cada".split()
)
_GERMAN_BODY_ENDINGS = (
    "ministerium",
    "polizei",
    "regierung",
    "staatsanwaltschaft",
    "behörde",
    "bundesamt",
    "landesamt",
    "senat",
)
# German nouns (or their endings) that head a body's name: "Die Gewerkschaft Hafen und ...".
_GERMAN_BODY_HEADS = (
    "gewerkschaft",
    "verband",
    "verein",
    "stiftung",
    "initiative",
    "genossenschaft",
    "bündnis",
    "kammer",
    "gemeinde",
    "behörde",
    "polizei",
)
_BODY_JOINS = frozenset("de des du d' del de la da do das dos di della der für".split())
_INDEFINITE = frozenset("ein eine einer un une una um uma uno".split())
_MAX_BODY_WORDS = 7
_FRENCH_AUXILIARIES = frozenset("a avait aura est était sera".split())  # "X a reconnu"
_MAX_BODY_NOUN_WORDS = 3  # lowercase words between a body's noun and its name: "aérea regional"
_MAX_BODY_SUBJECT_WORDS = 12  # "La Asociación de Viviendas Turísticas de la Comunitat Valenciana"
_MAX_ACRONYM = 8
# A German sentence of only a person's noun before a colon: "Der 24-Jährige:", "Die Trainerin:".
_GERMAN_NOUN_LABEL = re.compile(r"(Der|Die)\s+(?:\d+-Jährige|[A-ZÄÖÜ][\wäöüß]*(?:in|er|e))\s*:")
_OF_WORDS = frozenset("de del da do dos das des du of von".split())
# A possessive or an article before a role that heads a sentence: "Su presidenta, X,", "Sa
# porte-parole, X,", "Ihr Sprecher X".
# A verb or participle that gives someone a name, right before the quotation: "a quien llaman
# «el alcalde de las aceras»", "den alle nur »den Professor« nennen".
_NAMED_AS = re.compile(
    r"\b(?:llaman|llamad[oa]|apodad[oa]|conocid[oa] como|genannt|nennen|nennt|surnommée?|"
    r"appelée?|appellent|chamad[oa]|chamam|apelidad[oa]|conhecid[oa] como)\s*$",
    re.IGNORECASE,
)
# Words a capitalised quotation woven into a sentence holds, unless it ends a sentence, to be
# read as someone's words rather than a title (`_reads_as_a_title`).
_MIN_CAPITALISED_WOVEN_WORDS = 6
_WORD_AT = re.compile(r"[\w\-]+")
# A possessive and a noun of what someone said, before a colon: "Sein Fazit:", "Ihre Antwort:".
_POSSESSIVE_LABEL = re.compile(
    r"(Sein|Seine|Ihr|Ihre)\s+(?:Fazit|Antwort|Kommentar|Urteil|Botschaft|Appell|Rat|Forderung|"
    r"Bilanz|Warnung|Prognose|Begründung|Erklärung|Reaktion|Antwort darauf)\s*:"
)
_POSSESSIVE_PRONOUN = {"Sein": "er", "Seine": "er", "Ihr": "sie", "Ihre": "sie"}
# A colon introduction of a name set off after a lead: the lead, the name, what they do.
_LEAD_NAME_AND_PREDICATE = 3
_MAX_LEAD_WORDS = 4  # "Parmi eux", "Devant la mairie", "Unter den Demonstranten"
_ROLE_OPENERS = frozenset("su sus sua seu son sa ihr ihre sein seine el la o a le der die".split())
# Particles that open a surname written alone, capitalised ("De los Ríos", "Von der Leyen").
_SURNAME_OPENING_PARTICLES = frozenset("De Da Di Du Dos Del Della Van Von".split())
_PARTICLES = frozenset(
    "von van der de da del della di du dos das le la zu ten ter los las i".split()
)
_MAX_NAME_WORDS = 3
_ARABIC_PARTICLES = frozenset("El Al Ben Bin Abu Ould".split())
_LEGAL_FORMS = frozenset("GmbH AG KG SE mbH eG SA SAS SARL SpA Srl SL Ltda".split())
# A firm's name ending in its legal form: "Hochwald Energie Kontor GmbH", "Tanneries Réunies SA".
_NAME_WITH_A_LEGAL_FORM = re.compile(
    r"((?:[A-ZÀ-Þ][\w&\-]*\s+(?:(?:de|du|des|da|do|del|und|&)\s+)?){1,5}(?:"
    + "|".join(sorted(_LEGAL_FORMS, key=len, reverse=True))
    + r"))(?![\w-])"
)
# Nouns for a firm as a sentence's subject: "das Unternehmen", "l'entreprise", "la empresa".
_FIRM_NOUNS = frozenset(
    "unternehmen konzern firma entreprise société groupe empresa compañía companhia grupo".split()
)
_MAX_FIRM_REACH = 1500  # characters back to where the firm was named
# Surnames written after "da", "de", "dos" at the end of a name, no body someone works for.
_SURNAMES_AFTER_A_PARTICLE = frozenset(
    "Silva Souza Sousa Santos Costa Cruz Rosa Luz Paz Conceição Fonseca Rocha Cunha Mota "
    "Silveira Vega Torre Fuente Mata Hoz Serna Peña".split()
)
# Languages whose people often bear two surnames, and two first names before them ("Manuel
# Jesús Carmona Ortega", called "Carmona" after).
_TWO_SURNAMES = frozenset({"es", "pt"})
_MAX_ROLE_WORDS = 9
_AND = frozenset("und et y e".split())
# Someone unnamed, a role and a relative clause set off: "el encargado, que prefiere no dar su
# nombre,", "uma enfermeira do serviço, que pediu para não ser identificada,".
_ROLE_WITH_A_CLAUSE = re.compile(
    r"(?:(?<=[.!?,]\s)|(?<=\n))([Ee]l|[Ll]a|[Oo]|[Aa]|[Ll]e|[Ii]l|[Uu]n|[Uu]na|[Uu]m|[Uu]ma|[Uu]ne|[Uu]no)"
    r"\s+([a-zà-ÿ]+)(?:\s+[a-zà-ÿ]+){0,3},"
    r"\s+(?:que|quien|qui|che)\s([^,.]*)"
)
# A clause that keeps someone's name back: "que prefiere no dar su nombre", "que pidió el
# anonimato", "que não quis se identificar", "qui a requis l'anonymat".
_ANONYMOUS = re.compile(r"nombre|identific|anonim|anónim|anonym|nome\b")
# After "selon", "según", "segundo": what speaks without being a person in view.
_NOT_PEOPLE_IN_A_TRIAL = frozenset(
    "accusation défense acusación defensa acusação defesa anklage verteidigung".split()
)
_AND_BUT = _AND | frozenset("aunque pero mais embora aber".split())
# Auxiliaries before a past participle: "Macron a souri et a dit".
_AUXILIARIES = frozenset("a ont avait hat hatte ha".split())
# Words that open a phrase after a name, never its role: "X, lors d'une conférence de presse".
_NOT_ROLE_OPENERS = frozenset(
    """lors dans en à pour avec sur après avant pendant durante tras con para por sobre em com
    após in per dopo während nach bei mit für al ao au devant depuis chez vers contre sans ante
    desde hacia sin perante diante sem""".split()
)
_LABEL_WORDS = 12  # words of a quotation after "Name:" that make it a statement, not a title
# Prepositions right after a Spanish, Portuguese or Italian verb whose subject is left out:
# "“…”, dijo a la red Erbol", "“…”, afirmou ao jornal".
_TO_WHOM = frozenset("a al ante ao à aos às alla".split())
# "“…”, dijo a este diario Guadalupe Hernández", "afirmou ao nosso jornal Maria Ferreira": the
# one spoken to, then the subject's name.
_TO_WHOM_THEN_NAME = re.compile(
    r"\s*(?:a|ante|ao|à)\s+(?:este|esta|ese|esa|nuestro|nuestra|nosso|nossa|esse|essa)\s+"
    r"[a-zà-ÿ]+\s+(?=[A-ZÀ-Þ])"
)
# Verbs of saying only right after a quotation, being nouns too ("la cuenta", "a conta") or
# naming something before one ("lance l'opération « … »"): "«…», cuenta Alicia Bertolotti",
# "“…”, resume.", "« … », lance Léa Chastagnier".
_AFTER_ONLY_VERB = re.compile(r"(?:cuenta|resume|conta|lance)(?![\w-])")
# Right after a quotation and its comma, a verb in the past by its ending is one of saying,
# listed or not: "«…», espetó desde la tribuna", "“…”, ironizou o técnico", "«…», tuonò".
_PAST_TENSE_AFTER = {
    "es": re.compile(r"[a-záéíñú]{2,}ó(?![\w-])"),
    "pt": re.compile(r"[a-záâãçéêíóôõú]{2,}(?:ou|eu|iu)(?![\w-])"),
    "it": re.compile(r"[a-zàèéìòù]{2,}ò(?![\w-])"),
}
# An object pronoun right before a verb, after its subject: "Elle me dit :", "X le dit plus
# simplement :", "Ela me disse:", "Él le respondió:".
_OBJECT_PRONOUN_BEFORE_VERB = {
    "es": re.compile(r"(?<=\S)\s+(?:me|te|le|les|nos|os)\s*$"),
    "pt": re.compile(r"(?<=\S)\s+(?:me|te|lhe|lhes|nos)\s*$"),
    "fr": re.compile(r"(?<=\S)\s+(?:me|te|le|lui|leur|nous|vous|[mt]['\u2019])\s*$"),
}
# Words before an object pronoun that leave the verb's subject to come after it: "comme nous
# le raconte X", "que lui a dit X".
_NO_SUBJECT_BEFORE_AN_OBJECT = frozenset(
    "nous vous on comme que qui ne se si y en como lo la nos os e".split()
)
# An object pronoun between a quotation and its verb: "«…», nos dijo", "“…”, me disse", "« … »,
# nous a-t-il expliqué", "«…», le preguntó": the verb's, whom it was said to left out.
_TO_WHOM_PRONOUN_BEFORE_VERB = {
    "es": re.compile(r"(?:me|te|le|les|nos|os)\s+(?=[a-záéíóúñ])"),
    "pt": re.compile(r"(?:me|te|lhe|lhes|nos)\s+(?=[a-zà-ÿ])"),
    "fr": re.compile(
        r"(?:me|te|se|lui|leur|nous|vous)\s+(?=[a-zà-ÿœ])|[mts]['\u2019](?=[a-zà-ÿœ])"
    ),  # "me confie-t-il", "se rappelle-t-elle", "s’amuse-t-il"
}
# Portuguese "a" as the article of a role before a name, not "to": "contou a aposentada Maria".
_ARTICLE_BEFORE_NAMED_ROLE = re.compile(
    r"\s*a\s+(?!(?:o|os|a|as|um|uma)\s)[a-zà-ÿ\-]+(?:\s+[a-zà-ÿ\-]+)?,?\s+[A-ZÀ-Þ]"
)  # "disse a diretora Ana Lopes", "disse a diretora clínica, Maria da Conceição Vasconcelos"
# Conjunctions opening a clause after a verb of saying that has no subject after it.
_CLAUSE_OPENERS = frozenset("mientras cuando enquanto quando mentre".split())
# Words opening a phrase after a verb of saying with no subject after it: "dijo en una entrevista".
_PREPOSITIONS = frozenset(
    """en con durante tras desde sobre para em no na nos nas com após in nel nella nei dopo
    su entre ante al por hasta ao à pela pelo perante de diante delante frente junto contra
    sin sem bajo até davanti verso""".split()
)
# Prepositions opening a sentence before capitalised words, which are then what or where the
# sentence is about, not its subject: "Zu Florians Sturz wollte er ...", "Avec Marie, ...".
# Not those of a view ("Pour X,", "Para X,", "Für X ist klar:"), which are the speaker's.
_PREPOSITIONS_BEFORE_A_RUN = (_PREPOSITIONS - {"para", "por"}) | frozenset(
    """zu mit über nach von bei aus an auf vor seit gegen um ohne unter neben zwischen trotz
    wegen im am zum zur beim vom avec sur dans chez après avant depuis contre sans vers""".split()
)
# Words after which a capitalised word is where or what, not who: "en Sevilla", "de la ONU".
_BEFORE_A_PLACE = _PREPOSITIONS | frozenset("de del da do dos das di della la el".split())
_GERUND_ENDINGS = ("ando", "iendo", "endo", "indo", "ándose", "iéndose")
_SUBJECT_ARTICLES = frozenset("el la o a il lo".split())  # a subject's article after a phrase
_DEFINITE_ARTICLES = frozenset("der die den dem le la l' el los las o a il lo".split())
# A singular definite article before a role noun, and the pronoun of its gender: "dijo el
# mandatario" stands for the man last in view as "dijo él" would.
_ARTICLE_PRONOUN = {
    "el": "él",
    "la": "ella",
    "le": "il",
    "der": "er",
    "il": "lui",
    "lo": "lui",
    "l'": "",  # "l'élu", "l'éleveuse": an elided article tells no gender
    "l\u2019": "",
    "ce": "il",  # "ajoute ce cousin éloigné du directeur": the one in view
    "cette": "elle",
    "este": "él",
    "esta": "ella",
    "dieser": "er",
}
_MAX_ROLE_SUBJECT_WORDS = 6  # "La secretaria de Estado" before its verb
_MAX_PHRASE_WORDS = 6  # words of a phrase set off before a subjectless verb: "Al respecto,"
_PHRASE_OPENERS = frozenset(
    """al en por sobre además asimismo luego después finalmente también ante tras durante con
    para no na em ao com após depois ainda nel in dopo poi inoltre""".split()
)
# Roles written as acronyms: Spanish "el DT" (director técnico, the coach), French "le PDG"
# (président-directeur général), "le DG".
_ROLE_ACRONYMS = frozenset("DT PDG DG".split())
_CLEFT_OPENING = re.compile(r"^\s*C['\u2019]est\s+(?=\S)")  # French "C'est X qui ...": X
# Words that make a role one of several holders of it: "La primera testigo", "le second adjoint".
_ORDINALS = frozenset(
    """primera primero primer segunda segundo última último otra otro première premier
    seconde second dernière dernier autre erste erster zweite zweiter letzte letzter andere
    anderer outra outro""".split()
)
_MAX_SET_OFF_PHRASES = 2  # "Después, ante los micrófonos, fue más medido:"
_LEADING_CONJUNCTION = re.compile(r"^(?:Y|Und|Et|E|Pero|Aber|Mais)\s+")
# Words a predicate whose subject is left out does not open with: an article, a determiner or
# a pronoun of someone else ("la situación es clara:", "nadie lo sabe:").
_NOT_A_PREDICATE_OPENING = frozenset(
    """el la los las lo un una unos unas o a os as um uma uns umas il gli le uno este esta
    estos estas ese esa esos esas isto isso todo toda todos todas tudo nadie nada alguien
    ninguno ninguém alguém cada""".split()
)
# An adverb alone heading a sentence before a verb of saying with no subject: "Solo dice:".
_ADVERBS_BEFORE_SUBJECTLESS_VERB = frozenset(
    "solo sólo apenas só luego después entonces então ainda también também además".split()
)
_MAX_SUBJECTLESS_PREDICATE_WORDS = 8  # "no se anda con rodeos", "não se comprometeu com datas"
_MAX_PHRASE_AFTER_VERB_WORDS = 5  # "Y agregó en otro mensaje:", "escreveu nas redes sociais:"
# A word joining two quotations of one sentence: "“anomalias graves” que “não cabem ...”".
_JOINED_IN_A_SENTENCE = re.compile(r"\s*(?:que|qui|e|y|et|und|ma|mas|pero|mais)\s*")
# The object of a verb of calling and "como", "de" or "comme" before the quotation: "os pedidos
# como", "la medida de" (no subject after the verb).
_OBJECT_THEN_AS = re.compile(
    r"\s*(?:os|as|los|las|les|el|la|le|o|a|lo)\s+(?:[a-zà-ÿ\-]+\s+){1,4}(?:como|de|comme)\s*"
)
# Participles of being asked heading a sentence whose verb has no subject: "Preguntada por si
# habrá cierres, respondió: «…»", "Consultado sobre los plazos, respondió"; their ending tells
# the gender of the one asked.
_ASKED = {
    **dict.fromkeys(
        "consultado preguntado interrogado cuestionado questionado perguntado".split(), "él"
    ),
    **dict.fromkeys(
        "consultada preguntada interrogada cuestionada questionada perguntada".split(), "ella"
    ),
}
_MAX_ASKED_PHRASE_WORDS = 12
# "When" opening a clause set off before a verb with no subject: "Cuando un vecino le preguntó
# por qué ..., respondió:" (the one asked answers).
_WHEN = frozenset("cuando quando".split())
# Nouns for someone the article does not name, whom no role noun stands for: "el hombre".
_UNNAMED_PEOPLE = frozenset(
    """hombre mujer joven niño niña chico chica señor señora vecino vecina testigo víctima
    homem mulher menino menina garoto garota rapaz moça vizinho vizinha vítima
    homme femme jeune garçon fille témoin victime voisin voisine uomo donna ragazzo ragazza
    mann frau junge mädchen mensch person zeuge zeugin nachbar nachbarin
    reportero reportera repórter reporter reporterin""".split()
)
_ROLE_REACH = 40  # characters before a name where its role words stand
_NAME_SET_OFF = re.compile(r",\s+[A-ZÀ-Þ][\w'\u2019\-]+\s+[A-ZÀ-Þ][\w'\u2019\-]+")
_GERMAN_AGED = re.compile(r"\d{1,3}-[jJ]ährige[rn]?")  # "die 27-Jährige", "der 28-jährige"
# An age before a name: "erzählt die 27-jährige Lolly" (a lone word is a name after it), and
# the endings of German nouns for people, which such a word is not ("der 21-jährige Stürmer").
_PERSON_NOUN_ENDING = re.compile(r"(?:er|e|in|innen|ent|ant|ist|ling|or|iert|te)$")
_AGED_WORD = re.compile(_GERMAN_AGED.pattern + r"|\d{1,3}-(?:year|jarige)[\w-]*")
# An article, a lowercase role and the body it is of, right before a name: "il ministro
# dell'Economia Giancarlo Giorgetti", "le ministre de la Santé Roman Prymula".
_ROLE_OF_BODY_BEFORE = re.compile(
    r"(?<![\w'\u2019])(?:[Ii]l|[Ll]o|[Ll]a|[Ll]e|[Ee]l|[Oo]|[Aa])\s+"
    r"([a-zà-ÿ]+(?:\s+[a-zà-ÿ]+)?\s+(?:(?:dell|dall|de l|d)['\u2019]|(?:de la|de|del|della|dello|"
    r"do|da|di|du|des)\s+)[A-ZÀ-Þ][\w'\u2019\-]*(?:\s+[A-ZÀ-Þ][\w'\u2019\-]*)?)\s+$"
)
_SET_OFF_ROLE_REACH = 120  # characters before "X, Name" where a role set off may start
_MAX_ROLE_NOUNS = 2  # lowercase words between an article and a name: "el periodista ruso"
# An article joined to "of" or "to" before a role: "du Premier ministre Andrej Babiš".
_CONTRACTED_ARTICLES = {
    "de": frozenset(),
    "fr": frozenset(("du",)),
    "es": frozenset(("del", "al")),
    "pt": frozenset(("do", "da")),
    "it": frozenset(("del", "della", "dello", "al", "alla")),
}
# French "l'" before a noun: "l'entraîneur", "l’avocat".
_ELIDED_ARTICLE = re.compile(r"[Ll]['\u2019]\w")
_MAX_ROLE_AFTER_PHRASE_WORDS = 4  # "l'entraîneur des avants": article, noun and what of
# Articles that open a subject of their own, by language (not French "a", the auxiliary, nor
# Spanish "a", "to"): "..., Mercedes X, el acusado sostuvo".
_SUBJECT_ARTICLES_OF = {
    "de": frozenset("der die das ein eine".split()),
    "fr": frozenset("le la les l' l\u2019 un une".split()),
    "es": frozenset("el la los las un una".split()),
    "pt": frozenset("o a os as um uma".split()),
    "it": frozenset("il lo la i gli le un una".split()),
}
_SINGULAR_ARTICLES = {
    "de": frozenset(("der", "die")),  # "die Präsidentin": singular before a role noun in -in
    "fr": frozenset(("le", "la", "l'", "l\u2019")),  # not "a": "a ajouté Laurent Fabius"
    "es": frozenset(("el", "la")),
    "pt": frozenset(("o", "a")),
    "it": frozenset(("il", "lo", "la")),
}
# Words after which a verb of saying is a noun ("replicó con una pregunta:", "a sua resposta",
# "une réponse"): indefinite articles, possessives, demonstratives. Not the definite ones, which
# are object pronouns before a verb as well ("la dijo", "le dit").
_NOUN_DETERMINERS = {
    "fr": frozenset("un une sa son ses cette cet".split()),
    "es": frozenset("un una su sus esta este esa ese otra otro".split()),
    "pt": frozenset("um uma sua seu esta este essa esse outra outro".split()),
    "it": frozenset("un una uno sua suo questa questo".split()),
}
# Common finite verbs, which a role set off after a name never holds.
_FINITE_VERBS = {
    "fr": frozenset("est sont a ont était étaient".split()),
    "es": frozenset("es está son están tiene tienen hay fue era".split()),
    "pt": frozenset("é está são estão tem têm foi era".split()),
    "it": frozenset("è sono ha hanno era erano".split()),
}
# "presentada por", "annoncé par", "vorgestellt durch": a passive's agent, a role set off after.
_AGENT_PREPOSITIONS = frozenset("por par durch".split())
_CONTRACTED_AGENTS = frozenset("pelo pela dal dalla dallo".split())  # por o, da il: by the
_PARTICIPLE_ENDINGS = (
    *("ado", "ada", "ido", "ida", "ato", "ata", "uto", "uta", "é", "ée", "és", "ées"),
    *("t", "it", "ite", "u"),
)
_ROLE_BOUNDARY = re.compile(r"[\n.!?:;,\"\u201c\u201d\u201e\u00ab\u00bb]")
_AFFILIATION = frozenset("von vom bei aus".split())  # German: where a person works
# "so X" or "laut X" closing a German sentence: „…“ sehr gut, so Machtlinger.
_CLOSING_SO = re.compile(r"(?<![\w-])(?:so(?=\s+[A-ZÄÖÜ])|[Ll]aut)\s+")
_AS = frozenset("wie comme como come".split())
# Words before a sentence's subject that leave it the subject: "Doch X ...", Portuguese "Já X,
# que ..., não vê problema" (as for X).
_LEADING_CONJUNCTIONS = frozenset("und doch aber auch et mais y pero e ma já".split())
_RELATIVE_PRONOUNS = frozenset("qui que quien quienes dont che who".split())  # not der/die/das
_RELATIVES = frozenset("qui que quien quienes dont che der die das who".split())
_CONJUNCTIONS_OF_CLAUSES = frozenset("que qui quien che dass who ist est es é è".split())
# Words between a comma and a name set off after an opening role: "der pensionierte Bauingenieur"
_MAX_SET_OFF_WORDS = 3
_MAX_LOWERCASE_BEFORE_NAME = 3  # "le naturopathe", "der junge", "el veterano investigador"
# What a role is of or in, between the role and a name heading a sentence: "La sismóloga del
# Centro Sismológico Nacional Javiera Undurraga", "L’ingénieure en génie civil Fatou ...".
_FIELD_OF_A_ROLE = frozenset("de del du des da do dos das en em di della dello dei".split())
_MAX_FIELD_WORDS = 5  # "de la cooperativa agrícola", with the word "de"
_MAX_WORDS_VERB_TO_QUOTE = 12
_MAX_GAP_WORDS = 8  # words of an attribution between two parts of one quotation
_MAX_WORDS_VERB_TO_COLON = 24  # "antwortet Keith dem Essener Parteichef ... in einer E-Mail:"
_AFTER_REACH = 200  # characters after a quotation where its attribution may stand
_BEFORE_REACH = 400  # characters before a quotation where its sentence may start
# "heißt es in den Thesen": words of a text, not of the last speaker.
_SAID_IN_A_TEXT = re.compile(r"(?<![\w-])(?:heißt|hieß|stand|steht)\s+es(?![\w-])")
_REPORTED_REACH = 1500  # characters from an attributed quotation its reported speech may run
_PRONOUN_REACH = 800  # characters back that a pronoun looks for the person it stands for
_QUOTE_EDGE = " \u00a0\u202f\"'\u201c\u201d\u201e\u2018\u2019\u00ab\u00bb\u203a\u2039"
_OPENERS = ",;\u2013\u2014-"
_DASHES = "\u2013\u2014"
_ABBREVIATIONS = frozenset("Dr Prof St Mme Sr Sra Dra Hr Fr Nr Dott Sig Sen Pr Mag Ing".split())
_SENTENCE_END = re.compile(r"(\S*)[.!?](?=[\s\"\u201c\u201d\u00bb\u00ab\u201e]|$)")
# A sentence whose subject is an unnamed person or thing ("O senador ...", "Der Politiker ...").
_ANOTHER_SUBJECT = re.compile(  # "Il" the Italian article, not the French pronoun ("Il a ajouté")
    r"(?:[.!?]\s+|\n)(El|La|Los|Las|O|A|Os|As|Der|Die|Das|Le|Les|Il|Lo|Gli|Un|Una|Um|Uma|"
    r"Ein|Eine)\s+[a-zà-ÿ]"
)
# A full name, a German verb of saying and a comma: reported speech follows.
_REPORTED_SPEECH_OPENS = re.compile(
    r"([A-ZÄÖÜ][\w\-]+(?:\s+[A-ZÄÖÜ][\w\-]+){1,2})\s+(sagte|erklärte|betonte|meinte|"
    r"berichtete|kritisierte|warnte|sagt|erklärt|betont|meint|kritisiert|warnt),"
)
# German "das", "die", "der" as pronouns before a verb: "Das sei", "Die haben", "Der ist".
_GERMAN_PRONOUN_THEN_VERB = re.compile(
    r"(?:Das|Die|Der)\s+(?:sei|seien|ist|sind|war|waren|wäre|wären|habe|hat|haben|hatte|"
    r"hatten|hätte|hätten|wird|werden|wurde|wurden|kann|können|muss|müssen|soll|sollen)\b"
)
# Someone unnamed, anywhere in a sentence, as the subject of a verb: "un chiraquien s'est
# souvenu", "una vecina ha contado", "um morador foi".
_INDEFINITE_SUBJECT = {
    language: re.compile(rf"\b(?:{articles})\s+[a-zà-ÿ\-]+\s+(?:{verbs})\s")
    for language, articles, verbs in (
        ("fr", "[Uu]n|[Uu]ne", "s['\u2019]est|a|est"),
        ("es", "[Uu]n|[Uu]na", "ha|fue|se"),
        ("pt", "[Uu]m|[Uu]ma", "foi|se|tem"),
        ("it", "[Uu]n|[Uu]na|[Uu]no", "ha|è|si"),
    )
}
# A sentence opening "in the view of X," right before a quotation: "Pour elle, « … »".
_IN_THE_VIEW_OF = {  # the person, then maybe a role set off: "Pour X, le chef de file de Y, « »"
    "fr": re.compile(r"(?:Et\s+|Mais\s+)?[Pp]our\s+([^,;:]{2,60}),(?:\s+[^,;:]{2,80},)?"),
    "es": re.compile(r"(?:Y\s+|Pero\s+)?[Pp]ara\s+([^,;:]{2,60}),(?:\s+[^,;:]{2,80},)?"),
    "pt": re.compile(r"(?:E\s+|Mas\s+)?[Pp]ara\s+([^,;:]{2,60}),(?:\s+[^,;:]{2,80},)?"),
    "it": re.compile(r"(?:E\s+|Ma\s+)?[Pp]er\s+([^,;:]{2,60}),(?:\s+[^,;:]{2,80},)?"),
}
# Words opening a sentence in someone's view, before them and their role: "Según X, ...".
_VIEW_OPENERS = frozenset("Según Segundo Pour Para Per Selon Laut".split())
_MAX_VIEW_ROLE_WORDS = 9
_MAX_VIEW_PREDICATE_WORDS = 6  # "Pour lui, la décision est" before the quotation
# The opening of a sentence after a quotation that says who said it: „…“ Das sagte X.
_SAID_THAT = {
    "de": re.compile(r"(?:Das|Dies)\s+"),
    "fr": re.compile(r"C['\u2019]est ce qu['\u2019]"),
    "es": re.compile(r"Así lo\s+"),
}
# The opening of the paragraph after a quotation that stands alone, saying whose words they
# were; the subject follows it: « … » / « C'est sur ces mots que Mustafa Yilmaz est retourné … »,
# "A frase é de Sebastião Moreira", "Mit dieser Ankündigung verabschiedete sich X".
_WHOSE_WORDS_NEXT = {
    "de": re.compile(
        r"Mit\s+(?:diesem|dieser|diesen)\s+(?:[a-zäöüß\-]+\s+)?[A-ZÄÖÜ][\wäöüß\-]*\s+"
        r"(?:verabschiedete|verabschiedet|beendete|beendet|schloss|schließt|eröffnete|endete)\s+"
        r"(?:sich\s+)?"
        r"|(?:Das|Dies)\s+(?:verspricht|versprach|sagt|sagte|meint|meinte|glaubt|hofft|betont|"
        r"betonte|fordert|forderte|kündigte|kündigt)\s+(?:(?:zumindest|jedenfalls|auch|an)\s+)*"
        r"|(?:Diese|Die)\s+(?:Worte|Sätze|Frage|Ankündigung)\s+(?:stammen|stammt|kamen|kam)\s+"
        r"von\s+"
        r"|Diese\s+(?:Zeilen|Worte|Sätze)\s+(?:schrieb|sagte|sprach)\s+"
        r"|So\s+(?:hat|hatte)\s+es\s+(?=(?:der|die)\s|[A-ZÄÖÜ])"
    ),
    "fr": re.compile(
        r"C['\u2019]est\s+(?:sur|avec|par|en)\s+(?:ces|cette|cet|ce)\s+[^.!?\n]{2,80}?\s+"
        r"qu(?:e\s+|['\u2019])"
        r"|C['\u2019]est\s+ainsi\s+qu(?:e\s+|['\u2019])"
        r"|(?:Ce\s+sont|C['\u2019]étaient|C['\u2019]était|C['\u2019]est)\s+(?:les|des|la|le)\s+"
        r"(?:[a-zéè]+\s+)?(?:mots|paroles|propos|phrase|promesse|réponse|question)\s+"
        r"d(?:e\s+|['\u2019])"
        r"|(?:La|Cette)\s+(?:question|phrase|promesse|remarque)[^.!?\n]{0,80}[.!?]\s+"
        r"(?:Elle|Il)\s+(?:était|a\s+été|fut)\s+(?:posée|prononcée|lancée|faite|formulée)\s+"
        r"par\s+"
    ),
    "es": re.compile(
        r"(?:Con|Así,\s+con)\s+(?:esa|esta|esas|estas|ese|este|aquella|aquellas)\s+\w+,?\s+"
        r"(?:(?:se\s+)?(?:despidió|despide|cerró|cierra|concluyó|terminó|zanjó|resumió)\s+)?"
        r"|Así\s+(?:se\s+despidió|lo\s+(?:asegura|aseguró|dijo|dice|cuenta|contó|explica|"
        r"explicó|resume|resumió|recuerda|recordó)|concluyó|cerró|terminó)\s+"
        r"|Quien\s+lo\s+(?:cuenta|dice|asegura|explica|recuerda)\s+es\s+"
        r"|(?:Así\s+es\s+como|Es\s+así\s+como)\s+"
        r"|(?:La\s+frase|Las\s+palabras|La\s+promesa|La\s+pregunta)\s+(?:es|son|fue|fueron)\s+de\s+"
        r"|(?:La\s+frase|Las\s+palabras)\s*,\s+(?:dicha|dichas)\s+por\s+"
    ),
    "pt": re.compile(
        r"(?:A|As|O)\s+(?:frase|palavras|promessa|desabafo|pergunta|resposta|cobrança|apelo|"
        r"alerta|crítica|pedido|queixa|aviso)\s+"
        r"(?:é|são|foi|foram)\s+d(?:e\s+|(?=[oa]s?\s))"
        r"|(?:A|As)\s+(?:frase|palavras)\s*,\s+(?:dita|ditas)\s+(?:por\s+|pel(?=[oa]s?\s))"
        r"|Foi\s+com\s+(?:esta|essa|estas|essas|aquela|aquelas)\s+\w+\s+que\s+"
        r"|Assim\s+(?:se\s+despediu|o\s+(?:disse|garante|garantiu|conta|contou|explica|"
        r"explicou|resume|resumiu))\s+"
        r"|Quem\s+o\s+(?:diz|conta|garante|explica)\s+é\s+"
        r"|(?:É|Foi)\s+assim\s+que\s+"
    ),
}
# Words set off between that opening and its subject: "Así lo asegura, medio en broma, el ...".
_SET_OFF_OPENING = re.compile(r"\s*,[^,.;:\n]{1,60},\s*")
# A German sentence whose subject is a thing or an unnamed person: "Der Konzern meldet ...".
_GERMAN_NOUN_SUBJECT = re.compile(r"(?:[.!?]\s+|\n)(?:Der|Die|Das|Ein|Eine)\s+[A-ZÄÖÜ][a-zäöüß]")
# A phrase of time or place between an inverted verb and its subject: "afirmó de entrada el
# comunicador", "a déclaré à cette occasion le ministre", "sagte am Montag der Minister".
_PHRASE_BEFORE_SUBJECT = re.compile(
    r"^\s*(?:de|à|en|au|dans|lors|con|por|tras|zum|im|am|beim|nach)\s+(?:[\w'\u2019.]+\s+){1,4}?"
    r"(?=(?:el|la|le|der|die|das|il|lo)\s)"
)
# A German sentence whose subject is a noun of a pronoun's gender, that the pronoun may stand
# for as well as the person named before it: "Der Mann ..." for "er", "Die Ärztin ..." for "sie".
# Adverbs between a German verb and its subject: "kritisierte dagegen die Vorsitzende X".
_GERMAN_ADVERBS_BEFORE_SUBJECT = re.compile(
    r"^\s*(?:(?:dagegen|auch|jedoch|allerdings|zudem|indes|ebenfalls|daraufhin|später|damals|"
    r"nun|heute|gestern|hingegen|wiederum|außerdem|schließlich|bereits|noch|zumindest|"
    r"jedenfalls)\s+){1,2}"
)
_GERMAN_PARTICIPLES = frozenset("gesagt geschrieben mitgeteilt geäußert".split())
# A subject of up to four words, then the auxiliary of the perfect: "Bendels hatte ... gesagt".
_GERMAN_AUXILIARY = re.compile(r"((?:\S+\s+){0,3}\S+)\s+(?:hatte|hat|habe|hätte|haben)\s")
# A couple opening a sentence ("Das Ehepaar hatte ab 2018 ... eingezahlt"): a man and a woman
# the pronoun after may stand for, whoever was named before.
_A_COUPLE = r"|(?:[.!?]\s+|\n)[Dd]as\s+((?:Ehe|Geschwister)?[Pp]aar)\b"
_GERMAN_SUBJECT_OF_GENDER = {
    "er": re.compile(
        r"(?:[.!?]\s+|\n)(?:(?:Auch|Und|Aber|Doch)\s+)?(?:[Dd]er|[Ee]in|[Ii]hr|[Ss]ein)\s+"
        r"(?:[a-zäöüß]+e[rn]?\s+)?([A-ZÄÖÜ][\w\-]+)"
        r"|(?<=\s)ein\s+(?:[a-zäöüß]+er\s+)?([A-ZÄÖÜ][\w\-]+)" + _A_COUPLE
    ),  # "Ihr Mann wirkte gefasster", "Auch ein junger Mann aus Kenia", "meldete sich ein
    # Vater zu Wort" ("ein" before a man's noun names who does something): someone the
    # article has not named so
    "sie": re.compile(
        r"(?:[.!?]\s+|\n)(?:(?:Auch|Und|Aber|Doch)\s+)?(?:[Dd]ie|[Ee]ine|[Ii]hre|[Ss]eine)\s+"
        r"(?:[a-zäöüß]+e[rn]?\s+)?([A-ZÄÖÜ][\w\-]+)" + _A_COUPLE
    ),
}
# German nouns for an unnamed person, beyond the role endings: "Der Mann", "Die Frau".
# German finite auxiliaries and modals, after which (in second place) the subject stands.
_GERMAN_FINITE_AUXILIARIES = frozenset(
    """hat hatte haben hatten ist war sind waren wird wurde werden wurden will wollte kann
    konnte muss musste soll sollte darf durfte""".split()
)
# A word after a subject, before its verb: "Ann Cotten selbst fragte", "Müller wiederum sagte".
_GERMAN_PARTICLE_AFTER_SUBJECT = re.compile(
    r"(?<=\w)\s+(?:selbst|wiederum|ihrerseits|seinerseits)\s*$"
)
_GERMAN_PERSON_NOUNS = frozenset(
    """mann frau junge mädchen mensch person täter täterin zeuge zeugin hacker hackerin vater
    mutter ehepaar paar geschwisterpaar""".split()
)
# Asides between an inverted verb and its subject: "opina en cambio Sergi González".
_ASIDE = re.compile(
    r"^\s*(?:(?:en cambio|por su parte|por otro lado|además|también|ainsi|aussi|quant à elle|"
    r"quant à lui|de son côté|por sua vez|invece|inoltre|dagegen|jedoch|auch|aber|damals|"
    r"heute|gestern|jetzt|nun|dann|später|einst|erneut|zudem|außerdem|noch|bereits|weiter|"
    r"abschließend|ebenfalls|allerdings|nur|dazu)\s+)+"
)
# What the article writes after a name that makes it a person's: an age as German local news
# gives it ("Gunthild Schön (77)") or between commas, where they are from ("aus Somalia"), or
# what they are ("ein Turkana").
_GIVEN_AS_A_PERSON = re.compile(
    r" \(\d{1,3}\)|, \d{1,3},| aus [A-ZÄÖÜ]|, (?:ein|eine) [A-ZÄÖÜ][a-zäöüß]+[,.:]"
    r"|, (?:de )?\d{1,3} (?:ans|años|anos|Jahre|anni)[,.]"  # "Lucien Fournier, 58 ans,"
)
_AGE_ALONE = re.compile(r"(?:de\s+)?\d{1,3}\s+(?:ans|años|anos|Jahre|anni)")
_APPOSITIVE = re.compile(r",\s+([^,.;:()\"\u201c\u201d\u201e\u00ab\u00bb\n]{3,80})(?=[,.]|$)")
_MARKS = '"\u201c\u201d\u201e\u00ab\u00bb'
# A first name and a surname, the first maybe elided into an article: "d'Emmanuel Macron".
_FIRST_AND_LAST_NAME = re.compile(
    r"(?:(?<=\b[dlDL]['\u2019])|(?<![\w\-'\u2019]))([A-ZÀ-Þ][a-zà-ÿ]+)[^\S\n]+([A-ZÀ-Þ][\w\-]+)"
)


def reports_in_subjunctive(sentence: str) -> bool:
    """Does a German sentence, its quotations left out, report speech in the subjunctive?"""
    return _GERMAN_SUBJUNCTIVE.search(_QUOTED.sub(" ", sentence)) is not None


class _Name(NamedTuple):
    name: str
    role: str | None
    start: int  # where its first word stands in the article


def _spokesperson_of(words: list[str]) -> bool:
    """ "Sprecher der Polizei", "portavoz del Ministerio": someone speaking for a body."""
    return (
        len(words) == 2
        and words[0].strip(",.;:").casefold() in _SPOKESPEOPLE
        and words[1] in _OF_BEFORE_BODY
    )


@functools.lru_cache(maxsize=8)
def _verb_pattern(language: str) -> re.Pattern:
    """The language's verbs of saying, longest first, each a whole word: made once for each
    language, not for each article."""
    verbs = [v.replace("-", " ") for v in _VERBS[language].split()]
    if language == "fr":  # "ont indiqué les Éditions X": the plural of each "a indiqué"
        verbs += [f"ont {v[2:]}" for v in verbs if v.startswith("a ")]
    if language in ("es", "pt", "it"):  # "Comentó que ...": a verb opening its sentence
        verbs += [v[0].upper() + v[1:] for v in verbs]
    verbs.sort(key=len)
    return re.compile(
        r"(?<![\w-])(?:"
        + "|".join(re.escape(v) for v in reversed(verbs))
        + r")(?![\w-])"
        + (r"(?!\s+sich\b)" if language == "de" else "")  # "die Firma nennt sich „…“"
    )


class EuropeanSpeakerResolver:
    """Finds the speaker of each quotation of one article in one of the FOREIGN languages."""

    def __init__(self, text: str, language: str) -> None:
        self.text = text
        self.language = language
        self._verb = _verb_pattern(language)
        self._according = re.compile(rf"(?<![\w-])(?:{_ACCORDING[language]})\s+")
        self._nouns = (
            _common_nouns(text) - _surnames_after_first_names(text)
            if language == "de"
            else frozenset()
        )
        kin = _kin_named_by_first_name(text, language)
        self._named_as_kin = frozenset(person.name for person in kin)  # people, first names or not
        names = self._full_names() + kin
        # People: names with a role or a known first name ("Andreas Keith", not "Hundert
        # Kilometer"); only they may be what a pronoun stands for.
        self._people = {
            n
            for n in names
            if n.role or _is_first_name(n.name.split()[0]) or _given_with_age(text, n.name)
        }
        self._by_full_name = {person.name: person for person in self._people}
        self._by_last_word: dict[str, _Name] = {}
        # Each "First Last" of the article by its folded surname, and the surnames two people
        # share: worked out on first need
        self._full_names_by_surname: dict[str, list[re.Match]] | None = None
        self._shared_surnames: frozenset[str] | None = None
        for name in names:
            for last in self._surname_keys(name.name):
                known = self._by_last_word.get(last)
                if known is None or _is_first_name(name.name.split()[0]) > _is_first_name(
                    known.name.split()[0]
                ):
                    self._by_last_word[last] = name  # "Lee Elder" over "Nachruf Elder"
        self._by_first_name = _by_unique_first_name(names)
        self._first_names = _any_of(
            first
            for first, named in self._by_first_name.items()
            if named in self._people and first.replace("-", "").isalpha()
        )  # not "C’est" of "C’est Jeong Uhee"
        self._surnames = _any_of(word for p in self._people for word in self._surnames_of(p.name))
        self.previous: tuple[int, Attribution] | None = None
        self._role_words: dict[str, frozenset[str]] = {}

    def _two_first_names(self, name: list[str]) -> bool:
        """A Spanish or Portuguese name of four words, two first names and two surnames
        ("Manuel Jesús Carmona Ortega"), particles aside ("María del Carmen Expósito Lara",
        "João Pedro dos Santos Vieira")."""
        words = [word for word in name if word not in _PARTICLES]
        # "María del Carmen": a first name of its own, whatever the surnames after it
        surnames = words[2:3] if name[1:2] and name[1] in _PARTICLES else words[2:]
        return (
            self.language in _TWO_SURNAMES
            and len(words) == _MAX_NAME_WORDS + 1
            and _is_first_name(words[0])
            and _is_first_name(words[1])
            and not any(_is_first_name(word) for word in surnames)
        )

    def _max_name_words(self, name: list[str]) -> int:
        return _MAX_NAME_WORDS + 1 if self._two_first_names(name) else _MAX_NAME_WORDS

    def _surname_keys(self, name: str) -> list[str]:
        """The folded words a person is known by alone (`_surnames_of`)."""
        return [fold(word) for word in self._surnames_of(name)]

    def _surnames_of(self, name: str) -> list[str]:
        """The words a person is known by alone: the last of the name, and in Spanish and
        Portuguese the first of two surnames too ("Arrieta" of "Lucía Arrieta Mondragón");
        not a second first name ("Juan Carlos Ferrero")."""
        words = name.split()
        found = [words[-1]]
        if self.language in _TWO_SURNAMES and len(words) >= 3:
            first_surname = words[-2]
            if first_surname[:1].isupper() and not _is_first_name(first_surname):
                found.append(first_surname)
        return found

    # -- the attribution of one quotation

    def attribute(self, quote) -> Attribution:
        found = self._between_parts(quote)
        if found is None:
            opens_sentence = not self._clause_before(quote.open_mark).strip()
            finders = (self._after, self._before) if opens_sentence else (self._before, self._after)
            found = next((f for f in (finder(quote) for finder in finders) if f), None)
        if found is None:
            found = self._french_incise(quote) or self._dash_incise(quote)
        if found is None:
            found = self._introduced_by_paragraph_before(quote)
        if found is None:
            found = self._named_in_paragraph_after(quote)
        if found is None:
            found = self._continued(quote)
        if found.speaker is None:
            found = (
                self._said_in_sentence_before(quote)
                or self._joined_to_previous(quote)
                or self._subject_of_sentence_before(quote)
                or (self._subject_of_woven_quotation(quote) if found.verb is None else None)
                or found
            )
        if found.speaker is None and found.verb is None and self.language == "de":
            # not "Einige Landsleute hätten ihm gesagt: „…“": a verb of its own, nobody named
            found = self._continued_in_reported_speech(quote) or found
        if found.speaker is not None:
            speaker = self._fullest_of(_ACRONYM_AFTER.sub("", found.speaker))
            found = dataclasses.replace(found, speaker=speaker)
            self.previous = (quote.close_mark, found)
        return found

    def _fullest_of(self, name: str) -> str:
        """The one longer name of the article's people that goes on from this one ("Joaquín
        Beltrán" of "Joaquín Beltrán Roig", his second surname) or ends with it, its surnames
        after a first name ("Sarmento Valadares", "Kralj-Vidmar" of "Henrique Sarmento
        Valadares", "Nika Kralj-Vidmar"), else the name as it is."""
        if " " in name:
            longer = {p.name for p in self._people if p.name.startswith(name + " ")}
            if len(longer) == 1:
                return longer.pop()
        ending = {
            p.name
            for p in self._people
            if p.name.endswith(" " + name) and _is_first_name(p.name.split()[0])
        }
        return ending.pop() if len(ending) == 1 else name

    def _french_incise(self, quote) -> Attribution | None:
        """French sets the attribution inside the guillemets: « Cette loi, c’est la fin,
        affirme-t-elle. Je crois ... »."""
        if self.language != "fr":
            return None
        for part in quote.parts:
            commas = [
                *_INCISE.finditer(self.text, part.start, part.end),
                *_INCISE_VERB_FIRST.finditer(self.text, part.start, part.end),
            ]
            for comma in sorted(commas, key=lambda found: found.start()):
                found = self._attribution_after(
                    self.text[comma.start() : part.end], quote.open_mark
                )
                if found and found.speaker:
                    return found
        return None

    def _dash_incise(self, quote) -> Attribution | None:
        """Spanish and Portuguese set the attribution inside the quotation between dashes: «Esto
        no acaba hoy —advirtió Ibarguren—. Acaba cuando ...»."""
        if self.language not in ("es", "pt"):
            return None
        for part in quote.parts:
            for incise in _DASH_INCISE.finditer(self.text, part.start, part.end):
                found = self._attribution_after(", " + incise.group(1) + ".", quote.open_mark)
                if found and found.speaker:
                    return found
        return None

    def _introduced_by_paragraph_before(self, quote) -> Attribution | None:
        """A quotation opening its paragraph after a paragraph that ends with a colon: that
        paragraph introduces it ("Im Vorfeld forderte Bundesratspräsident Bodo Ramelow dazu
        auf, ...:" then „…“ on its own)."""
        before = self.text[: quote.open_mark]
        paragraph_start = before.rfind("\n") + 1
        if before[paragraph_start:].strip() or paragraph_start == 0:
            return None
        introduction = before[:paragraph_start].rstrip()
        if not introduction.endswith(":"):
            return None
        return self._before(dataclasses.replace(quote, open_mark=len(introduction)))

    def _named_in_paragraph_after(self, quote) -> Attribution | None:
        """A quotation that is its paragraph alone, then a paragraph that opens by saying whose
        words they were (`_WHOSE_WORDS_NEXT`): the subject after that opening, a name or a role
        that stands for someone named before ("A frase, dita pelo secretário"); or a quotation
        opening its paragraph with that opening right after it ("»…« Mit diesem Satz beendete
        Krüger seine Rede")."""
        whose_words = _WHOSE_WORDS_NEXT.get(self.language)
        if whose_words is None:
            return None
        if self._alone_in_paragraph(quote):
            paragraph = self.text.find("\n", quote.close_mark)
        elif self._opens_its_paragraph(quote):
            paragraph = quote.close_mark + 1  # "»…« Mit diesem Satz beendete Krüger seine Rede"
        else:
            return None
        while paragraph < len(self.text) and self.text[paragraph] in " \t\n.":
            paragraph += 1
        opening = whose_words.match(self.text, paragraph)
        if opening is None:
            return None
        rest = self.text[opening.end() : opening.end() + _AFTER_REACH]
        rest = _SET_OFF_OPENING.sub("", rest, count=1) if rest.startswith(",") else rest
        verb = self._verb.search(opening.group())
        attributed = self._subject_after_verb(rest, "", opening.end())
        if attributed.speaker is None:
            return None
        return Attribution(attributed.speaker, attributed.role, verb.group() if verb else None)

    def _opens_its_paragraph(self, quote) -> bool:
        line_start = self.text.rfind("\n", 0, quote.open_mark) + 1
        return not self.text[line_start : quote.open_mark].strip()

    def _alone_in_paragraph(self, quote) -> bool:
        """Is the quotation all of its paragraph, a full stop after it at most?"""
        line_start = self.text.rfind("\n", 0, quote.open_mark) + 1
        return (
            self.text.find("\n", quote.close_mark) > 0
            and not self.text[line_start : quote.open_mark].strip()
            and ends_its_paragraph(self.text, quote.close_mark + 1)
        )

    def _between_parts(self, quote) -> Attribution | None:
        for first, second in zip(quote.parts, quote.parts[1:], strict=False):
            gap = self.text[first.end : second.start]
            if "\n" not in gap:
                found = self._attribution_after(gap, first.end)
                if found:
                    return found
        return None

    def _after(self, quote) -> Attribution | None:
        end = self.text.find("\n", quote.close_mark)
        end = len(self.text) if end < 0 else min(end, quote.close_mark + _AFTER_REACH)
        window = self.text[quote.close_mark + 1 : end]
        return self._attribution_after(window, quote.open_mark) or self._said_that_after(
            quote, window
        )

    def _said_that_after(self, quote, window: str) -> Attribution | None:
        """A quotation that ends its sentence, then a sentence that says who said "that": „…“
        Das sagte Außenminister X. / «…» C'est ce qu'a déclaré X. / “…”. Así lo afirmó X."""
        said_that = _SAID_THAT.get(self.language)
        if said_that is None:
            return None
        stripped = window.lstrip(_QUOTE_EDGE)
        ends_sentence = self.text[quote.parts[-1].end - 1] in ".!?"
        if stripped.startswith("."):
            stripped, ends_sentence = stripped[1:].lstrip(), True
        found = said_that.match(stripped)
        if found is None or not ends_sentence:
            return None
        clause = _clause_after(stripped[found.end() :])
        verb = self._verb.match(clause)
        if verb is None:
            return None
        attributed = self._subject_after_verb(clause[verb.end() :], verb.group(), quote.open_mark)
        return attributed if attributed.speaker else None

    def _attribution_after(self, window: str, position: int) -> Attribution | None:
        """„…“, sagte X / «…», a déclaré X / "…", dijo. / „…“, so X."""
        stripped = window.lstrip(_QUOTE_EDGE)
        if not stripped or not (stripped[0] in _OPENERS or stripped[0].islower()):
            return None
        clause = _clause_after(stripped.lstrip(_OPENERS + " "))
        if stripped[0] in _DASHES:
            return self._signature(clause)
        to_whom = _TO_WHOM_PRONOUN_BEFORE_VERB.get(self.language)
        if to_whom is not None:
            clause = to_whom.sub("", clause, count=1) if to_whom.match(clause) else clause
        if self.language == "de":
            found = self._it_says_in(clause) or self._quoted_by_passive(clause)
            if found is not None:
                return found
        verb = self._verb.match(clause) or _AFTER_ONLY_VERB.match(clause)
        past = _PAST_TENSE_AFTER.get(self.language)
        if verb is None and past is not None and starts_a_sentence(self.text, position):
            verb = past.match(clause)  # not a name's: "conocida como «la Jefa», llegó al club"
        if verb is None:
            according = self._according.match(clause) or self._closing_according(clause)
            if according is None:
                return self._as_said(clause) or self._french_inversion(clause, position)
            named = self._name_after(clause[according.end() :], right_after_verb=False)
            if named is None:
                return self._unnamed_source()  # "«…», según un comunicado"
            return Attribution(named.name, named.role, "according to")
        rest = clause[verb.end() :]
        return self._subject_after_verb(rest, verb.group(), position)

    def _according_before(self, whom: str, quote) -> Attribution | None:
        """ "selon X, ... «…»": X, the person a pronoun stands for ("Segundo ela, “…”"), or
        someone unnamed ("Según el periodista")."""
        pronoun = whom.split(",", 1)[0].strip().casefold()
        if pronoun in _PRONOUN_GENDER and not self._article_not_pronoun(pronoun):
            named = self._person_before(quote.open_mark, pronoun)
        else:
            named = self._name_after(whom, right_after_verb=False)
            first = whom.split(",", 1)[0]
            named = (
                named
                or self._body_by_noun(first, quote.open_mark)
                or self._person_by_role_noun_alone(first, quote.open_mark)  # "Segundo a médica,"
                or self._body_in_general(first, quote.open_mark)  # "Segundo a entidade,"
            )
        if named is None:
            return self._unnamed_source()
        return Attribution(named.name, named.role, "according to")

    def _unnamed_source(self) -> Attribution | None:
        """Words "according to" someone the article does not name ("según el periodista",
        "selon un proche", "segundo um comunicado"): someone's words, speaker unknown. Not in
        German, where "laut" and "nach Ansicht" also lead phrases a survey or a study uses."""
        return None if self.language == "de" else _no_one("according to")

    def _it_says_in(self, clause: str) -> Attribution | None:
        """ "„…“, hieß es in der Mitteilung des DOSB" / "heißt es vom Ministerium": the body or
        person after "des", "vom", "aus dem" ...; nobody when none is named ("heißt es in
        einer Mitteilung", "hieß es aus Regierungskreisen")."""
        said = _IT_SAYS.match(clause)
        if said is None:
            return None
        verb = said.group(1)
        source = _SOURCE_OF_WORDS.search(clause, said.end())
        named = self._name_after(clause[source.end() :], right_after_verb=False) if source else None
        return Attribution(named.name, named.role, verb) if named else _no_one(verb)

    def _quoted_by_passive(self, clause: str) -> Attribution | None:
        """ "„…“, wird FINA-Präsident Husain Al-Musallam zitiert": the one quoted, named
        between "wird" and "zitiert"."""
        quoted = _QUOTED_PASSIVE.fullmatch(clause.rstrip())
        if quoted is None:
            return None
        named = self._name_after(quoted.group(2), right_after_verb=True)
        verb = f"{quoted.group(1)} zitiert"
        return Attribution(named.name, named.role, verb) if named else _no_one(verb)

    def _as_said(self, clause: str) -> Attribution | None:
        """„…“, wie der FDP-Vorsitzende Christian Lindner sich ausdrückte / «…», comme le dit
        X / “…”, como dijo X: the subject between "as" and the verb."""
        words = clause.split(None, 1)
        if len(words) < 2 or words[0] not in _AS:
            return None
        verb = self._verb.search(words[1])
        if verb is None:
            return None
        between = words[1][: verb.start()]
        named = self._name_after(between, right_after_verb=False)
        if named is None or len(between.split()) > _MAX_WORDS_VERB_TO_QUOTE:
            return None
        return Attribution(named.name, named.role, verb.group())

    def _closing_according(self, clause: str) -> re.Match | None:
        """ "«…» par la catastrophe, selon le ministère": "selon X" closing the sentence after
        a comma, whatever stands between it and the quotation (no other quotation); German
        "so X" too („…“ sehr gut, so Machtlinger)."""
        found = None
        closing = _CLOSING_SO if self.language == "de" else self._according
        for found in closing.finditer(clause):  # noqa: B007 (the last one)
            pass
        if found is None or not clause[: found.start()].rstrip().endswith(","):
            return None
        return None if any(mark in clause[: found.start()] for mark in _MARKS) else found

    def _signature(self, clause: str) -> Attribution | None:
        """„…“ – Kai Dörfner: a quotation signed with a person's name of two words or more,
        maybe with where they write after a comma ("– Maik Schmidt, c't")."""
        words = clause.split(",", 1)[0].split()
        if not 2 <= len(words) <= _MAX_NAME_WORDS or not all(w[:1].isupper() for w in words):
            return None
        titles, name = self._split_role([w.rstrip(",") for w in words])
        if titles or len(name) < 2:
            return None
        person = self._person(name, right_after_verb=False)
        return Attribution(person.name, person.role, None) if person else None

    def _french_inversion(self, clause: str, position: int) -> Attribution | None:
        if self.language != "fr":
            return None
        found = _FRENCH_INVERSION.match(clause)
        if found is None:
            return None
        pronoun = found.group(1) or found.group(2)
        person = self._person_before(position, pronoun)
        return (
            Attribution(person.name, person.role, found.group())
            if person
            else _no_one(found.group())
        )

    def _subject_after_verb(self, rest: str, verb: str, position: int) -> Attribution:
        """The subject right after an inverted verb: a name, a pronoun, or (in Spanish,
        Portuguese and Italian) nothing at all ("“…”, dijo.")."""
        if verb in _PLURAL_VERBS:
            return _no_one(verb)  # "sagen sie", "schreiben Berlin und Paris"
        if verb.startswith("ont "):
            body = _PLURAL_BODY.match(rest)  # "ont indiqué les Éditions du Moulin Gris"
            return Attribution(body.group(1), None, verb) if body else _no_one(verb)
        words = _elided_apart(rest.split())
        first = words[0].strip(",.;:") if words else ""
        if len(words) > 1 and words[1].strip(",.;:").casefold() in _DOCUMENT_NOUNS:
            return self._body_of_document(verb, position)  # "“…”, diz a nota"
        if first.casefold() in _PRONOUN_GENDER and not self._article_not_pronoun(first):
            person = self._person_before(position, first.casefold())
            if person and self._another_person_just_before(person, position, first.casefold()):
                gender = _PRONOUN_GENDER.get(first.casefold())
                person = self._introduced_just_before(position, gender)  # or nobody
            return Attribution(person.name, person.role, verb) if person else _no_one(verb)
        to_whom = first in _TO_WHOM and not (
            self.language == "pt" and first == "a" and self._article_a(words[1:2], rest)
        )  # "contou a aposentada Maria", "diz a garota", "disse a peixeira": the article
        to_whom_then_name = _TO_WHOM_THEN_NAME.match(rest) if to_whom else None
        if to_whom_then_name:
            named = self._name_after(rest[to_whom_then_name.end() :], right_after_verb=True)
            if named:
                return Attribution(named.name, named.role, verb)
        if self.language in ("es", "pt", "it") and (
            not first or to_whom or _no_subject_in_phrase(rest, self.language)
        ):
            person = self._person_before(position, self._pronoun_heading_sentence(position))
            return Attribution(person.name, person.role, verb) if person else _no_one(verb)
        rest = _PHRASE_BEFORE_SUBJECT.sub("", _ASIDE.sub("", rest, count=1), count=1)
        if self.language == "de":
            rest = _GERMAN_ADVERBS_BEFORE_SUBJECT.sub("", rest, count=1)  # "kritisierte dagegen"
        named = (
            self._name_after(rest, right_after_verb=True)
            or _body_named_after_verb(rest)
            or self._person_by_role(rest, position)
            or self._person_named_after_role(rest)
            or self._person_by_role_noun(rest, position)
            or self._body_by_noun(rest, position)
        )
        if named and [w.strip(",.;:") for w in rest.split()[:1]] == named.name.split()[-1:]:
            named = self._latest_of_surname(named, position)  # "sagt Kallweit", of two
        return Attribution(named.name, named.role, verb) if named else _no_one(verb)

    def _article_a(self, after: list[str], rest: str) -> bool:
        """Is Portuguese "a" after a verb the article ("diz a garota", "disse a peixeira",
        "escreve a associação", "disse a diretora Ana Lopes"), not "to" ("disse a um amigo")?"""
        if _ARTICLE_BEFORE_NAMED_ROLE.match(rest):
            return True
        word = after[0].strip(",.;:") if after else ""
        return word[:1].islower() and word not in _NOT_AFTER_THE_ARTICLE_A

    def _body_of_document(self, verb: str, position: int) -> Attribution:
        """The body whose statement a document noun stands for: the last speaker when that was
        a body, not a person ("“…”, afirmou o sindicato. “…”, diz a nota"), or the body that
        heads the sentence before the quotation by its noun ("A associação divulgou uma nota
        na tarde de domingo. “…”, diz o texto"); else no one."""
        if self.previous is not None:
            speaker = self.previous[1]
            if speaker.speaker and not _is_first_name(speaker.speaker.split()[0]):
                return Attribution(speaker.speaker, speaker.role, verb)
        start = self._start_of_sentence_before(position)
        sentence = self.text[start:position]
        body = (
            None
            if any(mark in sentence for mark in _MARKS)
            else self._body_by_noun(sentence, position)
        )
        return Attribution(body.name, None, verb) if body else _no_one(verb)

    def _latest_of_surname(self, person: _Name, position: int) -> _Name:
        """The person of a surname two people share ("Jürgen Kallweit", "Birgit Kallweit")
        written in full last before `position`; `person` when the surname is no shared one."""
        surname = person.name.split()[-1]
        if not self._shares_a_surname(surname):
            return person
        latest = person
        for found in self._first_and_surnames().get(fold(surname), []):
            if found.end() <= position and found.group(2) == surname:
                latest = self._by_full_name.get(found.group(), latest)
        return latest

    def _person_named_after_role(self, rest: str) -> _Name | None:
        """A role too long to read and then a person's full name in the same clause: "Das sagte
        der Präsident der 27. UN-Klimakonferenz (COP27) und ägyptische Außenminister Sameh
        Shoukry"; not one after "von" or "des" ("sagte der Anwalt von Peter Müller")."""
        clause = _clause_after(rest)[:_AFTER_REACH]
        words = clause.split()
        if not words or words[0].casefold() not in _DEFINITE_ARTICLES:
            return None  # the article of the role right after the verb
        for person in sorted(self._people, key=lambda p: clause.find(p.name)):
            at = clause.find(person.name)
            if at < 0:
                continue
            before = clause[:at].split()
            if any(word.casefold() in _RELATIVE_PRONOUNS for word in before):
                return None  # "dijo el ministro, que viajó con el presidente, Pedro Sánchez"
            if (
                len(before) > _MAX_ROLE_WORDS
                or not before
                or before[-1].casefold() in _AFFILIATION | _OF_BEFORE_BODY
            ):
                return None
            return person
        return None

    def _article_not_pronoun(self, word: str) -> bool:
        """Italian "il" is the article ("ha detto il ministro"), French "il" the pronoun."""
        return self.language == "it" and word.casefold() == "il"

    def _person_by_role_noun(self, rest: str, position: int) -> _Name | None:
        """ "«…», a déclaré le ministre", "„…“, berichtet der Firmenchef", "“…”, dijo el
        mandatario": a singular definite article and a noun after the verb, a role the article
        wrote with nobody's name, stand for the person last in view, as a pronoun of the
        article's gender would; nobody when the article gives the noun to someone else."""
        words = _elided_apart(rest.split())  # "affirme l'élu", "résume l'éleveuse"
        if len(words) < 2:
            return None
        article, noun = words[0].casefold(), words[1].strip(",.;:()")
        if self.language == "de" and _GERMAN_AGED.fullmatch(noun):
            return self._person_of_age(article, noun, position)
        if self.language == "de" and not noun[:1].isupper() and _adjective(noun) and len(words) > 2:
            noun = words[2].strip(",.;:()")  # "so der 15-malige Major-Sieger"
        pronoun = self._pronoun_of_article(article, noun)
        if pronoun is None or _spokesperson_of(words[1:3]):
            return None  # "sagte der Sprecher der Polizei": the police's, not the one in view
        if _NAME_SET_OFF.search(rest) or not self._role_noun(noun) or self._names_in(rest):
            return None  # "admitió el convencional ..., Pablo Toloza": someone named, not in view
        person = self._person_before(position, pronoun, by_role=True)
        if person is None and article in _SINGULAR_ARTICLES.get(self.language, ()):
            person = self._one_named_just_before(position)  # "a raconté l'éleveur de 51 ans"
        if person is None:
            return None
        mention = self.text.rfind(person.name.split()[-1], 0, position)
        if (
            article == "die"
            and not self._woman_in_paragraph(person, mention, position)
            and noun.casefold() not in self._roles_of(person)
            and not (
                noun.endswith("in")
                and _gender(person.name) == FEMININE
                and self._opens_paragraph_after(mention, position)
            )
        ):
            return None  # "berichtet die Newcomerin": not "Robin", nor a woman named before
        if _GERMAN_NOUN_SUBJECT.search(self.text, max(mention, 0), position):
            return None  # "Der Konzern meldet hohe Aufträge. „…“, so der CEO": whose CEO?
        if self._holds_another_such_role(person, noun, words[2:]):
            return None  # "a déclaré le ministre de la Santé": of Health, not the premier
        folded = noun.casefold()
        others = (p for p in self._people if p.name != person.name and p.start < position)
        return None if any(folded in self._roles_of(p) for p in others) else person

    def _one_named_just_before(self, position: int) -> _Name | None:
        """The one person the article names in full in the sentence right before `position`,
        in its paragraph: "quand Thierry Bonnefoy-Chavanne a trouvé les premières carcasses.
        « … », a raconté l'éleveur de 51 ans"."""
        start = self._start_of_sentence_before(position)
        if "\n" in self.text[start:position]:
            return None
        sentence = self.text[start:position]
        named = {p.name: p for p in self._people if p.name in sentence}
        person = next(iter(named.values())) if len(named) == 1 else None
        return person if person and _is_first_name(person.name.split()[0]) else None

    def _antecedent_of_relative(self, before_verb: str) -> _Name | None:
        """ "convocada por la Asociación Vecinal Lagunillas Viva, que en un comunicado exigió":
        the subject of a relative clause is the name right before its "que" or "quien", a body's
        or a person's the article gives in full."""
        found = _RELATIVE_BEFORE_VERB.search(before_verb)
        if found is None:
            return None
        run = _capitalised_run_ending(found.group(1).split())
        if not run:
            return None
        if run[0] in _BODY_HEADS and len(run) > 1:
            return _Name(" ".join(run), None, -1)
        person = self._person(run, right_after_verb=False) if len(run) > 1 else None
        return person if person is not None and person.start >= 0 else None

    def _person_by_role_noun_alone(self, phrase: str, position: int) -> _Name | None:
        """`_person_by_role_noun` of an article and a noun alone ("a médica"), no document or
        side of a trial ("le rapport de l'inspectrice", "l'accusation")."""
        words = _elided_apart(phrase.split())
        if len(words) != 2 or words[1].casefold() in _NOT_PEOPLE_IN_A_TRIAL | _DOCUMENT_NOUNS:
            return None  # "Segundo o regulamento, ...": a document, nobody
        return self._person_by_role_noun(phrase, position)

    def _body_by_noun(self, rest: str, position: int) -> _Name | None:
        """ "afirmó la plataforma", "a associação afirmou que", "según la plataforma": the body
        whose name opens with that noun, the last one the article wrote in full before
        `position`, however far back ("La Plataforma Vecinal Cabanyal Habitable", "Association
        des commerçants de la chaussée d'Haecht"); a noun that heads no body by the lists only
        when its name is of three capitalised words or more ("la terminal": "Terminal Paraná
        Sur")."""
        words = _elided_apart(rest.split())  # "écrit l'association"
        if (
            self.language == "de"
            and len(words) > 1
            and words[0].casefold() in ("der", "die", "das")
        ):
            return self._german_body_by_noun(words[1].strip(",.;:()"), position)
        if len(words) < 2 or words[0].casefold() not in _BODY_ARTICLES:
            return None
        noun = words[1].strip(",.;:()")
        head = noun.capitalize()
        if not noun.islower() and noun not in _BODY_HEADS:
            return None  # "el Consejo", not "la Sra"
        named = re.compile(
            rf"(?<![\w-]){re.escape(head)}(?:\s+(?:(?:{_BODY_PARTICLES})\s+)?[A-ZÀ-Þ][\w\-]*)+"
            + (
                rf"|(?<![\w-]){re.escape(head)}{_LOWERCASE_BODY_NAME}"
                if head in _BODY_HEADS
                else ""
            )
        )  # the last one before, however far: a body stays in view
        found = list(named.finditer(self.text, 0, position))
        if not found or head not in _BODY_HEADS and not self._names_a_body(found[-1].group()):
            return None
        return _Name(found[-1].group(), None, found[-1].start())

    def _german_body_by_noun(self, noun: str, position: int) -> _Name | None:
        """ "teilte der Verein mit": the body last named before `position` by that noun and
        its name ("Verband der Zulieferindustrie Mainfranken"), or by its name after a compound
        of the noun ("der Schwimmverein SV Wellenbrecher 1921": "SV Wellenbrecher 1921")."""
        folded = noun.casefold()
        if not folded.endswith(_GERMAN_BODY_HEADS):
            return None
        adjectives = r"(?:(?!De[rsnm]?\s|Die\s|Das\s)[A-ZÄÖÜ][\wäöüß]*(?:e|er|es|en)\s+)*"
        word = rf"{adjectives}(?:[A-ZÄÖÜ][\wäöüß\-]*{re.escape(folded)}|{re.escape(noun)})"
        name_word = r"(?:(?:der|des|für|und)\s+)?[A-ZÄÖÜ0-9][\w.\-]*"
        named = re.compile(rf"(?<![\w-])({word})((?:\s+{name_word}){{1,{_MAX_BODY_WORDS}}})")
        found = list(named.finditer(self.text, 0, position))
        if not found:
            return None
        head, name = found[-1].group(1), found[-1].group(2).strip()
        if not head.endswith(noun) and len(name.split()) > 1:
            return _Name(name, None, found[-1].start())  # "Schwimmverein SV Wellenbrecher 1921"
        return _Name(f"{head} {name}", None, found[-1].start())  # "Österreichische Bühnenverein
        # Ost", "Waldbesitzerverband Fläming", "Verband der Zulieferindustrie Mainfranken"

    def _firm_by_noun(self, phrase: str, position: int) -> _Name | None:
        """ "Das Unternehmen teilte mit", "l'entreprise a indiqué", "la empresa aseguró": a firm's
        noun as the subject stands for the last firm named with its legal form before
        (`_MAX_FIRM_REACH`): "Die Pläne der Hochwald Energie Kontor GmbH sehen ... vor"."""
        words = _elided_apart(phrase.split())
        if len(words) != 2 or words[1].casefold() not in _FIRM_NOUNS:
            return None
        if words[0].casefold() not in _BODY_ARTICLES and words[0].casefold() != "das":
            return None
        reach = max(position - _MAX_FIRM_REACH, 0)
        named = list(_NAME_WITH_A_LEGAL_FORM.finditer(self.text, reach, position))
        if not named:
            return None
        name = named[-1].group(1).split()
        while name and name[0].casefold() in _ARTICLES_BEFORE_NAME:
            name = name[1:]  # "Die Sportbahnen Piz Valdraus AG" heading its sentence
        return _Name(" ".join(name), None, named[-1].start(1)) if len(name) > 1 else None

    def _body_in_general(self, phrase: str, position: int) -> _Name | None:
        """ "Segundo a entidade,", "según la organización,": a noun for a body of any kind
        stands for the body whose full name heads the sentence before ("O Instituto Raízes da
        Serra, ..., informou em nota que ...")."""
        words = _elided_apart(phrase.split())
        if len(words) != 2 or words[0].casefold() not in _BODY_ARTICLES:
            return None
        if words[1].casefold() not in _BODIES_IN_GENERAL:
            return None
        current = self._start_of_sentence_before(position)
        before = self.text[self._start_of_sentence_before(current - 1) : current]
        heading = before.strip().split(",", 1)[0].split()
        body = _body_heading_subject(heading) or self._body_named_in_full(heading)
        return _Name(body, None, -1) if body else None

    def _names_a_body(self, name: str) -> bool:
        """A name of three capitalised words or more, no person's in it, that a noun outside
        the body nouns heads: "la terminal" for "Terminal Paraná Sur"."""
        capitalised = [word for word in name.split() if word[:1].isupper()]
        return len(capitalised) >= _MIN_BODY_NAME_WORDS and not any(
            person.name in name or name in person.name for person in self._people
        )

    def _pronoun_of_article(self, article: str, noun: str) -> str | None:
        """The pronoun a singular article before a role noun stands for as: "el" -> "él";
        Portuguese "o" -> "ele" ("disse o agricultor de 64 anos"); German "die" before a noun
        in -in -> "sie" ("die Politikerin": one woman, not "die Politiker")."""
        if article == "die" and self.language == "de" and noun.endswith("in"):
            return "sie"
        if self.language == "pt" and article in ("o", "a"):
            return "ele" if article == "o" else "ela"
        return _ARTICLE_PRONOUN.get(article)

    def _opens_paragraph_after(self, mention: int, position: int) -> bool:
        """Does the quotation at `position` open the paragraph right after the one of
        `mention` ("... Katrin Vollmer-Siebert will ...\n\n„…“, sagte die SPD-Politikerin")?"""
        paragraph_start = self.text.rfind("\n", 0, position) + 1
        if self.text[paragraph_start:position].strip(_QUOTE_EDGE):
            return False
        previous_end = len(self.text[:paragraph_start].rstrip())
        return mention > self.text.rfind("\n", 0, previous_end)

    def _woman_in_paragraph(self, person: _Name, mention: int, position: int) -> bool:
        """Is the person known to be a woman and named in the paragraph of `position`?"""
        paragraph_start = self.text.rfind("\n", 0, position) + 1
        return _gender(person.name) == FEMININE and mention >= paragraph_start

    def _holds_another_such_role(self, person: _Name, noun: str, after_noun: list[str]) -> bool:
        """Is the person in view written with this role noun of another body than the one
        after it ("le ministre de la Santé" said of "le Premier ministre Andrej Babiš")?"""
        if not after_noun or after_noun[0].casefold() not in _OF_BEFORE_BODY:
            return False
        body = next((w.strip(",.;:()") for w in after_noun[1:4] if w[:1].isupper()), None)
        roles = self._roles_of(person)
        return body is not None and noun.casefold() in roles and body.casefold() not in roles

    def _names_in(self, rest: str) -> bool:
        """Does the clause name one of the article's people in full?"""
        clause = _clause_after(rest)[:_AFTER_REACH]
        return any(person.name in clause for person in self._people)

    def _role_noun(self, noun: str) -> bool:
        """May this noun after an article be a person's role ("der Firmenchef", "el
        mandatario"), not a name, a body or someone unnamed ("der Müller", "la police", "el
        hombre")?"""
        if self.language == "de":
            if not noun[:1].isupper() or not self._not_a_name_word(noun):
                return False
            if noun.casefold().endswith(_GERMAN_BODY_HEADS):
                return False  # "der Verein", a body's noun
        elif noun in _ROLE_ACRONYMS:
            return True  # "el DT", the coach
        elif not noun[:1].islower() or noun in _FUNCTION_WORDS:
            return False
        if len(noun) < 3 or self._is_body_noun(noun) or noun in _BODIES_IN_GENERAL:
            return False
        return noun.casefold() not in _UNNAMED_PEOPLE

    def _person_of_age(self, article: str, noun: str, position: int) -> _Name | None:
        """ "sagt die 27-Jährige", "meint der 28-jährige Sudanese": one person of that age, the
        one last in view of the article's gender; nobody for several ("die 27-Jährigen")."""
        pronoun = {"der": "er", "die": "sie"}.get(article)
        if pronoun is None or noun.endswith("n"):
            return None
        return self._person_before(position, pronoun)

    def _person_by_role(self, rest: str, position: int) -> _Name | None:
        """ "sagte der Konzernchef", "añadió el senador por Florida": a definite article and a
        role noun stand for the one person named before with that role ("Konzernchef Robert
        Machtlinger", "el senador republicano Rick Scott"); none when two people share it."""
        words = rest.split()
        if len(words) < 2 or words[0].casefold() not in _DEFINITE_ARTICLES:
            return None
        noun = words[1].strip(",.;:()").casefold()
        if noun in _FUNCTION_WORDS or len(noun) < 3:
            return None
        holders = {
            p
            for p in self._people
            if p.start < position
            and noun in self._roles_of(p)
            and not self._holds_another_such_role(p, noun, words[2:])
        }
        if len(holders) != 1:
            return None
        holder = holders.pop()
        if _ORDINALS & self._roles_of(holder):
            return None  # "La primera testigo fue X": the first of several, not every one
        return holder

    def _roles_of(self, person: _Name) -> frozenset[str]:
        """The role words written with a person's name: its role, and the words after an
        article right before any of its mentions ("el concejal Daniel Duque")."""
        if person.name not in self._role_words:
            words = (person.role or "").casefold().split()
            at = self.text.find(person.name)
            while at >= 0:
                before = _ROLE_BOUNDARY.split(self.text[max(at - _ROLE_REACH, 0) : at])[-1].split()
                words += self._set_off_role_noun(at)
                articles = [i for i, w in enumerate(before) if w.casefold() in _DEFINITE_ARTICLES]
                if before and before[-1].casefold() in _AFFILIATION | _OF_BEFORE_BODY:
                    pass  # "der Anwalt von Andreas Keith": his lawyer's role, not his
                elif articles:
                    words += [w.strip(",.;:()").casefold() for w in before[articles[-1] + 1 :]]
                elif before and before[-1][:1].isupper() and self._not_a_name_word(before[-1]):
                    words.append(before[-1].casefold())  # "sagte Konzernchef Robert ..."
                at = self.text.find(person.name, at + 1)
            self._role_words[person.name] = frozenset(words)
        return self._role_words[person.name]

    def _set_off_role_noun(self, name_start: int) -> list[str]:
        """The head noun of a role set off by a comma right before a name: "maire" of "a
        déclaré la maire, Hélène Desmarais-Kerbrat"; the noun after the first article, not what
        it is of ("die Leiterin der Skischule befragt, Anna Hofer": "leiterin")."""
        window = self.text[max(name_start - _ROLE_REACH, 0) : name_start].rstrip()
        if not window.endswith(","):
            return []
        words = _ROLE_BOUNDARY.split(window[:-1])[-1].split()
        singular = _SINGULAR_ARTICLES.get(self.language, frozenset())
        articles = [i for i, word in enumerate(words[:-1]) if word.casefold() in singular]
        return [words[articles[0] + 1].casefold()] if articles else []

    def _a_noun(self, clause: str, verb: re.Match) -> bool:
        """Is the verb found a noun of the same letters, after an article or a possessive
        ("Sotomayor replicó con una pregunta:")?"""
        before = clause[: verb.start()].split()[-1:]
        return bool(before) and before[0].casefold() in _NOUN_DETERMINERS.get(self.language, ())

    def _before(self, quote) -> Attribution | None:
        """Müller sagte: „…“ / Dazu sagt Müller: „…“ / selon X : «…» / X explique que «…»."""
        clause = self._clause_before(quote.open_mark)
        in_the_view = self._in_the_view_of(clause, quote.open_mark)
        if in_the_view is not None:
            return in_the_view
        verbs = [verb for verb in self._verb.finditer(clause) if not self._a_noun(clause, verb)]
        according = list(self._according.finditer(clause))
        if according and (not verbs or verbs[-1].start() < according[-1].start()):
            return self._according_before(clause[according[-1].end() :], quote)
        if not verbs:
            return (
                self._noun_label(clause, quote)
                or self._colon_introduction(clause, quote)
                or self._subjectless_colon_sentence(clause, quote)
            )
        verb = verbs[-1]
        after_verb = clause[verb.end() :]
        reach = (
            _MAX_WORDS_VERB_TO_COLON if clause.rstrip().endswith(":") else _MAX_WORDS_VERB_TO_QUOTE
        )
        if len(after_verb.split()) > reach:
            return None
        before_verb = self._without_object_pronoun(clause[: verb.start()])  # "Elle me dit :"
        if len(verbs) > 1 and before_verb.split()[-1:] and before_verb.split()[-1] in _AND_BUT:
            # "sagt der Philosoph Richard David Precht, und fügt hinzu:", "La Asociación valoró
            # los incentivos, aunque pidió": the first verb's subject
            before_verb = clause[: verbs[-2].start()]
            after_verb = clause[verbs[-2].end() : verb.start()]
        unnamed = self._unnamed_subject(before_verb, after_verb, verb.group(), quote.open_mark)
        if unnamed is not None:
            return unnamed[0]
        named = (
            self._name_before_verb(before_verb)
            or self._name_set_off_after_role(before_verb)
            or self._subject_of_first_verb(before_verb)
            or self._subject_of_perfect(before_verb, verb.group())
            or self._antecedent_of_relative(before_verb)
            or self._body_by_noun(
                before_verb.rsplit(",", 1)[-1], quote.open_mark
            )  # "Em comunicado, a associação afirmou que", "o Conselho de X garantiu que"
            or self._firm_by_noun(before_verb.rsplit(",", 1)[-1], quote.open_mark)
        )
        if named is None and self._subject_left_to_before(before_verb, after_verb, verb.group()):
            pronoun = after_verb.split()[0].strip(",.;:").casefold()
            person = self._person_before(quote.open_mark, pronoun)
            if (
                person
                and _is_first_name(person.name.split()[0])
                and _ends_in_a_body_noun(before_verb)
            ):
                return _no_one(verb.group())  # "la entidad sostuvo que": a body's, not theirs
            return Attribution(person.name, person.role, verb.group()) if person else None
        if named is None and len(before_verb.split()) <= _MAX_ROLE_SUBJECT_WORDS:
            # "La secretaria de Estado, señaló que “…”", "Der Minister sagte: „…“"
            role = _LEADING_CONJUNCTION.sub("", before_verb.strip().rstrip(","))
            opening = quote.open_mark - len(clause)  # who is in view before the role's sentence
            named = (
                self._person_by_role(role, opening)
                or self._person_by_role_noun(role, opening)
                or self._body_by_noun(role, opening)
            )
        if named is None and not _ends_with_lowercase(before_verb):
            named = self._name_after(after_verb, right_after_verb=True)
            named = named or self._person_by_role(after_verb, quote.open_mark)
            named = named or self._person_by_role_noun(after_verb, quote.open_mark)
        if named is None:
            return _no_one(verb.group())
        return Attribution(named.name, named.role, verb.group(), introduced=True)

    def _subject_of_woven_quotation(self, quote) -> Attribution | None:
        """A quotation woven into a sentence with no verb of saying before it, whose subject is
        the one person the sentence names before it, when nothing else attributes it ("La
        magistrada Inmaculada Roselló Pastor escribe en la resolución que el fraccionamiento
        fue «…»", "O guitarrista Custódio Vaz, que a acompanhou durante 27 anos, recorda-a como
        “…”"): that person's words. Not a name the sentence gives them ("a quien llaman «…»")."""
        clause = self._clause_before(quote.open_mark)
        if not clause.strip() or clause.rstrip().endswith(":") or self._surnames is None:
            return None
        if self._verb.search(clause) or _NAMED_AS.search(clause) or self._reads_as_a_title(quote):
            return None
        start = quote.open_mark - len(clause)
        named = {}
        for found in self._surnames.finditer(self.text, start, quote.open_mark):
            person = self._written_in_full(found) or self._by_last_word.get(fold(found.group()))
            if person in self._people:
                named[person.name] = (found, person)
        if len(named) != 1:
            return None  # nobody, or several: "X, defendido por Y, ..."
        ((found, person),) = named.values()
        if not self._opens_sentence(found.start(), person) or self._reported_about(found.end()):
            return None
        return Attribution(person.name, person.role, None, introduced=True)

    def _reads_as_a_title(self, quote) -> bool:
        """Capitalised words, short, no sentence's end: a title, a sign or a place ("autor del
        informe «La marea de las llaves»", "les affiches « Ouvert pendant les travaux »")."""
        words = self.text[quote.parts[0].start : quote.parts[-1].end]
        return (
            words[:1].isupper()
            and len(words.split()) < _MIN_CAPITALISED_WOVEN_WORDS
            and not words.rstrip().endswith((".", "!", "?"))
        )

    def _unnamed_subject(
        self, before_verb: str, after_verb: str, verb: str, position: int
    ) -> tuple[Attribution | None] | None:
        """A pronoun right before the verb ("il explique que"), or no subject at all ("Comentó
        que ...", "Y agregó:"): (the attribution, None when nobody is found), or None when the
        subject is written otherwise."""
        last_word = before_verb.split()[-1:] if before_verb.strip() else []
        if last_word and last_word[0].casefold() in _PRONOUN_GENDER:
            if verb in _PLURAL_VERBS:
                return (_no_one(verb),)
            person = self._person_before(position, last_word[0].casefold())
            return (Attribution(person.name, person.role, verb) if person else None,)
        if self._no_subject_before(before_verb, after_verb):
            person = self._person_before(position, _pronoun_of_the_asked(before_verb))
            return (Attribution(person.name, person.role, verb) if person else _no_one(verb),)
        return None

    def _no_subject_before(self, before_verb: str, after_verb: str) -> bool:
        """Spanish, Portuguese, Italian: a verb of saying that opens its sentence, maybe after
        a conjunction or a phrase set off by a comma, with no subject after it either
        ("Comentó que ...", "Y en ese mismo sentido, agregó:")."""
        if self.language not in ("es", "pt", "it"):
            return False
        head = _LEADING_CONJUNCTION.sub(
            "", before_verb.lstrip(_QUOTE_EDGE)
        ).strip()  # "» Y agregó:"
        if head.casefold() not in _ADVERBS_BEFORE_SUBJECTLESS_VERB and not self._set_off_phrase(
            head
        ):
            return False  # "La secretaria de Estado, señaló": a subject, not a phrase
        first = after_verb.split()[:1]
        if not first or first[0].strip(":") in ("", "que") or first[0] in _TO_WHOM:
            return True
        if _OBJECT_THEN_AS.fullmatch(after_verb):
            return True  # "E classificou os pedidos como “…”": an object, then what it is called
        return self._phrase_to_colon(after_verb)  # "Y agregó en otro mensaje:"

    def _set_off_phrase(self, head: str) -> bool:
        """Nothing, or a phrase set off by a comma before a verb with no subject: "Al
        respecto,", "Preguntado por los plazos,"."""
        if not head.split():
            return True
        if not head.endswith(","):
            return False
        pieces = [piece + "," for piece in head[:-1].split(",")]  # "Después, ante los micrófonos,"
        return len(pieces) <= _MAX_SET_OFF_PHRASES and all(map(_one_set_off_phrase, pieces))

    def _phrase_to_colon(self, after_verb: str) -> bool:
        """A short phrase of where or how between a verb and its colon, naming no one ("en otro
        mensaje:", "nas redes sociais:")."""
        words = after_verb.split()
        return (
            after_verb.rstrip().endswith(":")
            and len(words) <= _MAX_PHRASE_AFTER_VERB_WORDS
            and words[0] in _NOT_ROLE_OPENERS
            and not self._names_in(after_verb)
        )

    def _subjectless_colon_sentence(self, clause: str, quote) -> Attribution | None:
        """Spanish, Portuguese, Italian: a sentence ending with a colon whose subject is left
        out, maybe after a phrase set off ("Sobre la fecha, fue menos preciso:", "Consultado
        sobre la revisión, fue escueto:", "Questionado ..., não se comprometeu com datas:"):
        the person last in view."""
        if self.language not in ("es", "pt", "it") or not clause.rstrip().endswith(":"):
            return None
        head, comma, predicate = _LEADING_CONJUNCTION.sub("", clause.strip()).rpartition(",")
        words = predicate.rstrip(":").split()
        if (
            len(words) > 2
            and words[0] in _SINGULAR_ARTICLES[self.language]
            and self._set_off_phrase(head + comma)
            and all(word[:1].islower() for word in words[2:])
        ):  # "Consultado por los silbidos, el DT fue sincero:": the role for the one in view
            person = self._person_by_role_noun(" ".join(words[:2]), quote.open_mark)
            return Attribution(person.name, person.role, None) if person else None
        if (
            not words
            or len(words) > _MAX_SUBJECTLESS_PREDICATE_WORDS
            or words[0] in _NOT_A_PREDICATE_OPENING
            or not all(word[:1].islower() for word in words)
            or not self._set_off_phrase(head + comma)
            or self._names_in(head)
        ):
            return None
        person = self._person_before(quote.open_mark, _pronoun_of_the_asked(head))
        return Attribution(person.name, person.role, None) if person else None

    def _in_the_view_of(self, clause: str, position: int) -> Attribution | None:
        """A sentence that opens with "in the view of X" right before the quotation: « Pour
        elle, « c’est une opportunité rare » », "Para el alcalde Juan Gil, “…”": X's words."""
        pattern = _IN_THE_VIEW_OF.get(self.language)
        found = pattern.match(clause.strip()) if pattern else None
        if found is None or not self._predicate_of_a_view(clause.strip()[found.end() :]):
            return None
        whom = found.group(1)
        if whom.casefold() in _PRONOUN_GENDER:
            person = self._person_before(position, whom.casefold())
        else:
            person = self._name_after(whom, right_after_verb=False)
            set_off = found.group()[found.end(1) - found.start() :].strip(" ,")
            if person is None and set_off:  # "Para a coordenadora do coletivo, Larissa Monteiro,"
                named = self._name_after(set_off, right_after_verb=False)
                person = named and _Name(named.name, named.role or _without_article(whom), -1)
        return Attribution(person.name, person.role, None) if person else None

    def _without_object_pronoun(self, before_verb: str) -> str:
        """The words before a verb without the object pronoun that ends them ("Elle me", "Son
        camarade X le", "Ela me", "Ma grand-mère m’"): the subject stands before it."""
        pronoun = _OBJECT_PRONOUN_BEFORE_VERB.get(self.language)
        found = pronoun.search(before_verb) if pronoun else None
        word_before = before_verb[: found.start()].split()[-1:] if found else []
        if not word_before or word_before[0].casefold() in _NO_SUBJECT_BEFORE_AN_OBJECT:
            return before_verb  # "comme nous le raconte X": the subject comes after the verb
        return before_verb[: found.start()] + " "

    def _predicate_of_a_view(self, rest: str) -> bool:
        """Is what follows "in the view of X," up to the quotation nothing, or a few small
        words of the view ("Para a coordenadora, X, o aumento é “…”", "Pour lui, c'est « … »"),
        with no verb of saying nor anyone named in them?"""
        words = rest.split()
        return len(words) <= _MAX_VIEW_PREDICATE_WORDS and not (
            self._verb.search(rest) or any(w[:1].isupper() for w in words)
        )

    def _subject_of_perfect(self, before_verb: str, verb: str) -> _Name | None:
        """German: a name heading the sentence before the auxiliary of a participle of saying
        ("Bendels hatte CORRECTIV gegenüber in einem Interview gesagt, dass „…“")."""
        if self.language != "de" or verb not in _GERMAN_PARTICIPLES:
            return None
        found = _GERMAN_AUXILIARY.match(before_verb.strip())
        return self._name_before_verb(found.group(1) + " ") if found else None

    def _subject_of_first_verb(self, before_verb: str) -> _Name | None:
        """A verb of saying joined to another verb of the same subject ("Biden sonrió y dijo:",
        "Scholz lächelte und sagte:", "Macron a souri et a dit :"): the name before the first."""
        words = before_verb.split()
        if len(words) < 3 or words[-1] not in _AND:
            return None
        verb_words = 2 if words[-3] in _AUXILIARIES else 1
        first_verb = words[-1 - verb_words : -1]
        if not all(w[:1].islower() and w[-1].isalpha() for w in first_verb):
            return self._set_off_subject_of_a_predicate(before_verb)
        return self._name_before_verb(" ".join(words[: -1 - verb_words]) + " ")

    def _set_off_subject_of_a_predicate(self, before_verb: str) -> _Name | None:
        """ "El entrenador visitante, Jordi Puigvert i Casals, felicitó al Sierra Norte y
        admitió": the name set off before the first verb's predicate, which opens in lowercase
        after the last comma."""
        head, comma, predicate = before_verb.rpartition(",")
        if not comma or not predicate.split() or not predicate.split()[0][:1].islower():
            return None
        if self._verb.search(predicate):
            return None  # another verb of saying in it: its own subject may stand there
        set_off = _name_after_a_role_heading(head + ",")  # "El entrenador visitante, X,"
        found = self._person(set_off, right_after_verb=False) if set_off else None
        if found is not None and found.start >= 0:
            return found
        return self._name_before_verb(head + ", ")

    def _subject_left_to_before(self, before_verb: str, after_verb: str, verb: str) -> bool:
        """A verb whose subject is a pronoun after it ("Weiter sagt er:") or, in Spanish,
        Portuguese and Italian, left out before "que" ("Al respecto, explicó que “…”"), with no
        name before it: the subject is the person last named."""
        words = after_verb.split()
        first = words[0].strip(",.;:").casefold() if words else ""
        if first in _PRONOUN_GENDER:
            return verb not in _PLURAL_VERBS
        if self.language not in ("es", "pt", "it") or first not in ("que", "che"):
            return False
        before = before_verb.split()
        if (
            len(before) > 1
            and before[-2].casefold() in _SINGULAR_ARTICLES[self.language]
            and self._role_noun(before[-1])
            and before[-1] not in _DOCUMENT_NOUNS
        ):
            return False  # "El investigador asegura que": a subject, a role for someone in view
        return not any(word[:1].isupper() for word in before[1:])

    def _colon_introduction(self, clause: str, quote) -> Attribution | None:
        """A sentence that opens with a person's name and ends with a colon before the quotation
        ("Weikert weiß: „…“", "Francisca Joly-Gomez est plus nuancée : «…»"), or a paragraph
        that is only a name and a role before a colon ("Prof. Andreas Reuter, Leiter des
        Fraunhofer IWES: „…“"). The name must be one the article gives in full."""
        if not clause.rstrip().endswith(":"):
            return None
        whose = _POSSESSIVE_LABEL.fullmatch(clause.strip())
        if whose and self.language == "de":  # "Sein Fazit:", "Ihre Antwort:": his, hers
            person = self._person_before(quote.open_mark, _POSSESSIVE_PRONOUN[whose.group(1)])
            return Attribution(person.name, person.role, None) if person else None
        after_role = self._named_after_a_role_heading(clause)
        if after_role is not None:  # "Su presidenta, Rocío Gámez Villalobos, fue más allá ...:"
            return after_role
        set_off = self._name_set_off_after_role(clause) or self._name_set_off_after_a_lead(clause)
        if set_off is not None:
            return Attribution(set_off.name, set_off.role, None, introduced=True)
        words = self._words_before_colon(clause, quote)
        run = _leading_name_words(words)
        if run and run[0].casefold() in _PREPOSITIONS_BEFORE_A_RUN:
            return None  # "Zu Florians Sturz wollte er sich nicht äußern:": what, not who
        rest = words[len(run) :]
        if len(run) == 1 and rest and self._pronoun_subject(run[0], rest[0]):
            return self._person_of_sentence_before(quote.open_mark - len(clause), run[0])
        label = words[len(run) - 1].endswith((",", ":")) if run else False
        while run and run[-1] in _PARTICLES:
            run.pop()
        if not run or not (label or rest and rest[0][:1].islower()):
            return None
        if label and not self._is_labelled_statement(clause, quote):
            return None  # "Deniz Yücel: „Agentterrorist“": a book, not a statement
        titles, name = self._split_role(run)
        found = self._person(name, right_after_verb=False) if name else None
        if found is None or found.start < 0:
            return None  # "In Baden-Württemberg warb ein Geschäft mit Plakaten:"
        return Attribution(found.name, " ".join(titles) or found.role, None, introduced=True)

    def _words_before_colon(self, clause: str, quote) -> list[str]:
        """The words of a colon introduction that may open on its subject: all of a label,
        else those after its last comma ("Concernant le lait, Francisca ... :"), without a
        closing mark of the quotation before ("“ Doch X will:") or a conjunction."""
        words = clause.split()
        if not self._is_labelled_statement(clause, quote) or not _ends_label(words):
            words = clause.rsplit(",", 1)[-1].split()
        while words and not words[0].strip(_QUOTE_EDGE):
            words = words[1:]
        if words and words[0].casefold() in _LEADING_CONJUNCTIONS:
            words = words[1:]
        return words

    def _name_set_off_after_a_lead(self, clause: str) -> _Name | None:
        """A person the article names in full, set off after a few words that open the sentence
        and before what they are and what they do: "Parmi eux, Maryvonne Texier, infirmière
        libérale, s’inquiétait pour ses tournées :". Each part after the name opens in
        lowercase (no one else is named there)."""
        segments = [segment.split() for segment in clause.strip().rstrip(":").split(",")]
        if len(segments) < _LEAD_NAME_AND_PREDICATE or len(segments[0]) > _MAX_LEAD_WORDS:
            return None
        after_name = segments[2:]
        if not all(words and words[0][:1].islower() for words in after_name):
            return None
        if any(word[:1].isupper() for words in after_name for word in words):
            return None
        return self._by_full_name.get(" ".join(segments[1]))

    def _name_set_off_after_role(self, clause: str) -> _Name | None:
        """A person the article names in full, set off right after the role that opens the
        sentence: "Die Vorsitzende des Vereins, Carina Wölfel, wurde deutlicher:", "El director
        de Mercados y Tianguis del municipio, Rodrigo Inclán de la Vega, defendió"."""
        segments = clause.strip().split(",")
        opening = segments[0].split()
        if len(segments) < 3 or len(opening) < 2 or opening[0].casefold() not in _ROLE_OPENERS:
            return None
        named = segments[1].split()
        while named and named[0] in _TITLES:
            named = named[1:]  # "Die Stadträtin für Wirtschaft, Dr. Claudia Obermüller-Sayed,"
        after = segments[2].split()[:1]
        if after and after[0].casefold() in _SUBJECT_ARTICLES_OF.get(self.language, ()):
            return None  # "A preguntas de la fiscal, Mercedes X, el acusado sostuvo": his words
        found = self._by_full_name.get(" ".join(named))
        if found is None and named:  # "Sein Verteidiger, Rechtsanwalt Matthias Overbeck,"
            found = self._by_full_name.get(" ".join(self._split_role(named)[1]))
        return found

    def _named_after_a_role_heading(self, clause: str) -> Attribution | None:
        """The person a colon's sentence names after the role heading it, if the article knows
        them; their name as written there when it is in full ("Su hermano Antoni X": not his
        brother Joan X, found by the surname)."""
        set_off = _name_after_a_role_heading(clause)
        found = self._person(set_off, right_after_verb=False) if set_off else None
        if found is None or found.start < 0:
            return None
        written = " ".join(set_off)
        name = written if len(set_off) > 1 and found.name != written else found.name
        return Attribution(name, found.role, None, introduced=True)

    def _person_of_sentence_before(self, clause_start: int, pronoun: str) -> Attribution | None:
        """Whom a pronoun opening a sentence stands for when the sentence just before, in its
        paragraph, names or quotes them ("Pretzl nannte den Beschluss „…“. Er kündigte
        Widerstand an:"); not across a sentence about a thing ("Die Zeitung schürt Angst. Sie
        enthielt Artikel wie:", where "Sie" is the paper)."""
        sentence_start = clause_start - len(self._clause_before(clause_start).rstrip(" "))
        sentence_start -= len(self._clause_before(max(sentence_start - 1, 0)))
        person = self._person_before(clause_start, pronoun.casefold())
        if person is None:
            return None
        named = person.start if person.start >= 0 else self.previous[0] if self.previous else -1
        return Attribution(person.name, person.role, None) if named >= sentence_start else None

    def _noun_label(self, clause: str, quote) -> Attribution | None:
        """German "Der 24-Jährige: „…“" after "Alexander Zverev kann nicht dabei sein.": the
        person of the noun's gender named in the sentence just before."""
        named_by_noun = _GERMAN_NOUN_LABEL.fullmatch(clause.strip())
        if named_by_noun is None or self.language != "de":
            return None
        pronoun = "er" if named_by_noun.group(1) == "Der" else "sie"
        return self._subject_just_before(quote.open_mark - len(clause.lstrip()), pronoun)

    def _subject_just_before(self, opening: int, pronoun: str) -> Attribution | None:
        """The person the pronoun stands for, when named in the sentence that ends right before
        `opening`, in its paragraph ("Alexander Zverev kann nicht dabei sein. Der 24-Jährige:")."""
        if not self.text[:opening].rstrip(" ").endswith((".", "!", "?")):
            return None
        start = self._start_of_sentence_before(opening)
        person = self._person_before(opening, pronoun)
        if person is None or person.start < start:
            return None
        return Attribution(person.name, person.role, None)

    def _start_of_sentence_before(self, position: int) -> int:
        """Where the sentence ending right before `position` starts (the one `position` stands
        in, when no sentence ends there): a quotation's openers and spaces aside."""
        before = self.text[:position].rstrip(_OPENERS + " \n\u00a0\u202f")
        end = len(before) - 1 if before.endswith((".", "!", "?", "\u2026")) else len(before)
        return end - len(self._clause_before(end))

    def _pronoun_subject(self, word: str, verb: str) -> bool:
        """A pronoun of one person heading a colon's sentence before its verb ("Er kündigte
        Widerstand an:"); not German "Sie" before a plural verb ("Sie fordern:")."""
        if word.casefold() not in _PRONOUN_GENDER or not verb[:1].islower():
            return False
        return not (self.language == "de" and word == "Sie" and verb.endswith("en"))

    def _is_labelled_statement(self, clause: str, quote) -> bool:
        """ "Name, role: „…“" opening its paragraph, before a statement (a sentence, not a
        title like "Deniz Yücel: „Agentterrorist“")."""
        line_start = self.text.rfind("\n", 0, quote.open_mark) + 1
        if self.text[line_start : quote.open_mark].strip() != clause.strip():
            return False
        last = self.text[quote.parts[-1].end - 1]
        return (
            last in ".!?…"
            or len(self.text[quote.parts[0].start : quote.parts[-1].end].split()) >= _LABEL_WORDS
        )

    def _continued(self, quote) -> Attribution:
        """A quotation after an attributed one in the same paragraph, with no attribution of its
        own and no other quotation between, goes on in the same voice."""
        if self.previous is None or self._clause_before(quote.open_mark).strip():
            return _NONE
        end, attributed = self.previous
        between = self.text[end + 1 : quote.open_mark]
        if "\n" in between or any(mark in between for mark in _MARKS):
            return _NONE
        return Attribution(attributed.speaker, attributed.role, None)

    def _joined_to_previous(self, quote) -> Attribution | None:
        """A quotation joined by one word to the one before in its sentence: "classificou os
        pedidos como “anomalias graves” que “não cabem em tempo algum”": the same voice."""
        if self.previous is None:
            return None
        end, attributed = self.previous
        if not _JOINED_IN_A_SENTENCE.fullmatch(self.text[end + 1 : quote.open_mark]):
            return None
        return Attribution(attributed.speaker, attributed.role, attributed.verb)

    def _said_in_sentence_before(self, quote) -> Attribution | None:
        """A quotation opening its sentence right after a sentence of its paragraph that says
        who speaks, without quoting ("So viel dürften laut Ulrich Müller, Experte ..., gekostet
        haben. „…“")."""
        line_start = self.text.rfind("\n", 0, quote.open_mark) + 1
        before = self.text[line_start : quote.open_mark].rstrip()
        if not before or before[-1] not in ".!?" or self._clause_before(quote.open_mark).strip():
            return None
        sentence_end = line_start + len(before) - 1
        if any(mark in self._clause_before(sentence_end) for mark in _MARKS):
            return None
        found = self._before(dataclasses.replace(quote, open_mark=sentence_end))
        return found if found and found.speaker else None

    def _subject_of_sentence_before(self, quote) -> Attribution | None:
        """A quotation that ends its paragraph, opening its sentence right after a sentence of
        that paragraph whose subject is one person named ("Invité à dire un dernier mot, Marc
        Lejeune s’est tourné vers le public. « … »", "Seidelmann schwieg einen Moment. »…«"):
        theirs, when nothing after it says whose it is."""
        line_start = self.text.rfind("\n", 0, quote.open_mark) + 1
        before = self.text[line_start : quote.open_mark].rstrip()
        if not before or before[-1] not in ".!?" or self._clause_before(quote.open_mark).strip():
            return None
        if not self._nobody_said_after(quote):
            return None  # the paragraph goes on to say whose words, or to another quotation
        sentence_end = line_start + len(before) - 1
        sentence_start = max(self._start_of_sentence_before(sentence_end + 1), line_start)
        if any(mark in self.text[sentence_start:sentence_end] for mark in _MARKS):
            return None
        subjects = {
            person.name: person
            for at, person in self._subjects_before(sentence_start, sentence_end)
            if at >= sentence_start and person in self._people
        }
        if len(subjects) != 1:
            return None
        person = next(iter(subjects.values()))
        return Attribution(person.name, person.role, None)

    def _nobody_said_after(self, quote) -> bool:
        """Does the quotation end its paragraph, or the paragraph go on without a verb of saying
        or another quotation ("„Wir wissen doch alle, …“ Er sei früher täglich in Deutschland
        gewesen.")?"""
        if ends_its_paragraph(self.text, quote.close_mark + 1, _QUOTE_EDGE + " .,"):
            return True
        line_end = self.text.find("\n", quote.close_mark)
        rest = self.text[quote.close_mark + 1 : len(self.text) if line_end < 0 else line_end]
        if any(mark in rest for mark in _MARKS):
            return False
        words = (word.strip(".,;:!?").casefold() for word in rest.split())
        return _ONE_WORD_VERBS.isdisjoint(word for word in words if word not in _ADVERB_VERBS)

    def _continued_in_reported_speech(self, quote) -> Attribution | None:
        """German reports a speaker's words in the subjunctive, sentence after sentence ("Die
        Nachfrage sei hoch, „mehr als die Industrie liefern kann“"): a quotation in such a
        sentence, near the last attributed one with nobody else named between, is theirs."""
        introduced = self._introduced_reported_speech(quote.open_mark)
        if introduced is not None and (self.previous is None or introduced[0] > self.previous[0]):
            end, attributed = introduced  # "X sagte, viele hätten ... Das sei »…« gewesen"
        elif self.previous is None or not self.previous[1].speaker:
            return None
        else:
            end, attributed = self.previous
        if quote.open_mark - end > _REPORTED_REACH:
            return None
        close = self.text.find(".", quote.close_mark)
        if close < 0 or self.text[quote.parts[-1].end - 1] in ".!?":
            close = quote.close_mark + 1  # the quotation ends its sentence
        sentence = self._clause_before(quote.open_mark) + self.text[quote.close_mark + 1 : close]
        if not reports_in_subjunctive(sentence) or _SAID_IN_A_TEXT.search(sentence):
            return None
        surname = attributed.speaker.split()[-1]
        between = self.text[end + 1 : quote.open_mark]
        others = self._surnames.finditer(between) if self._surnames else ()
        if any(found.group() != surname for found in others):
            return None
        if self._unnamed_person_between(end + 1, quote.open_mark, "er"):
            return None  # "Der Mann veröffentlicht Daten. Er sagt, er habe ...: „…“"
        return Attribution(attributed.speaker, attributed.role, None)

    def _introduced_reported_speech(self, position: int) -> tuple[int, Attribution] | None:
        """The last person named in full before a verb of saying and a comma in the paragraph
        before `position` ("Betriebsratsvorsitzende Svetlana Kowalczyk sagte, viele Kolleginnen
        hätten ..."): (where the comma stands, their attribution), for the reported speech
        that follows."""
        paragraph = self.text.rfind("\n", 0, position) + 1
        latest = None
        for found in _REPORTED_SPEECH_OPENS.finditer(self.text, paragraph, position):
            words = found.group(1).split()  # "Betriebsratsvorsitzende Svetlana Kowalczyk"
            named = (self._by_full_name.get(" ".join(words[-size:])) for size in (2, 3))
            person = next((one for one in named if one is not None), None)
            if person is not None:
                latest = (found.end(), Attribution(person.name, person.role, found.group(2)))
        return latest or self._subject_of_the_sentence_before(position, paragraph)

    def _subject_of_the_sentence_before(
        self, position: int, paragraph: int
    ) -> tuple[int, Attribution] | None:
        """The person who opens the sentence right before the one of `position`, in its
        paragraph ("Richterin Hallmann ließ das nur bedingt gelten. Die Entschuldigung komme
        „…“"): (where that sentence ends, their attribution), for reported speech after it."""
        current = self._start_of_sentence_before(position)
        before = self._start_of_sentence_before(current - 1) if current > paragraph else current
        if before < paragraph or before >= current:
            return None
        subjects = [
            (at, person)
            for at, person in self._subjects_before(before, current)
            if person.start >= 0 and at >= before
        ]
        if not subjects or len({person.name for _, person in subjects}) > 1:
            return None  # no one, or two people: not one person's report
        _, person = subjects[0]
        return current - 1, Attribution(person.name, person.role, None)

    # -- names

    def _name_after(self, rest: str, *, right_after_verb: bool) -> _Name | None:
        """The name at the head of the words after a verb or "laut": articles and lowercase
        role words may stand before it ("le naturopathe Olivier Panisset", "Bürgermeisterin
        Katrin Albers"); whatever else comes first means nobody is named."""
        words = rest.split()
        role: list[str] = []
        lowercase = 0
        for index, word in enumerate(words):
            bare = word.strip(",.;:()")
            if bare.casefold() in _ARTICLES_BEFORE_NAME and not role and index == 0:
                continue
            if bare.casefold() in _POSSESSIVES and index == 0 and len(words) > 2:
                continue  # "schreibt ihr Kunde Christoph Becker", "dijo su abogado Juan Pérez"
            if index == 0 and self._german_genitive_before_role(words):
                continue  # "sagte Thurtals kanadischer Trainer Mark Dufresne": whose coach
            if not role and self._is_body_noun(bare):
                body = self._body(words[index:], indefinite=words[0].casefold() in _INDEFINITE)
                return _Name(body, None, -1) if body else None
            if bare[:1].isupper():
                if index == 1 and not role and self._capitalised_noun(words[index:]):
                    return None  # "adelantó el Mandatario": a role, not a name
                titled = role or bare in _ROLE_WORDS  # "a déclaré la Première ministre, X,"
                set_off = self._role_then_name(words[index:], role) if titled else None
                return set_off or self._name_of_run(
                    words[index:], role, right_after_verb=right_after_verb
                )  # "el convencional UDI e integrante de la Comisión X, Pablo Toloza"
            opening = words[0].casefold()
            after_article = index == 1 and (
                opening in _ARTICLES_BEFORE_NAME or opening in _POSSESSIVES
            )
            if (role or after_article) and word.endswith(","):
                return self._role_then_name(words[index:], role)  # "le président, Emmanuel...",
                # "aseguró su presidente, Rafael Giner"
            if role and bare.casefold() in _OF_BEFORE_BODY:
                return self._role_then_name(words[index:], role)  # "le ministre de l'Intérieur,"
            if bare != word or bare.casefold() in _STOP_BEFORE_NAME:
                return None
            lowercase += 1
            if (
                lowercase > _MAX_LOWERCASE_BEFORE_NAME
                or self.language == "de"
                and not _adjective(bare)
            ):
                return None
            role.append(bare)
        return None

    def _capitalised_noun(self, words: list[str]) -> bool:
        """One capitalised word after an article, no name of the article's people, no acronym
        ("el Mandatario", "la Presidenta"); German nouns aside, where every noun is."""
        word = words[0].strip(",.;:()")
        alone = len(words) == 1 or words[0][-1:] in ",.;:" or not words[1][:1].isupper()
        return (
            self.language != "de"
            and alone
            and not _is_acronym(word)
            and fold(word) not in self._by_last_word
            and word not in self._by_first_name
        )

    def _is_body_noun(self, word: str) -> bool:
        folded = word.casefold()
        if self.language == "de":
            return folded.endswith(_GERMAN_BODY_ENDINGS)
        return word[:1].islower() and folded in _BODY_NOUNS or word in _BODY_WORDS

    def _body(self, words: list[str], *, indefinite: bool) -> str | None:
        """A body named plainly after a verb or "selon": "das Innenministerium", "le ministère
        des Affaires étrangères", "el Ministerio de Defensa"; not "ein Ministerium", and not a
        bare "le gouvernement" (whose?) outside German."""
        if indefinite:
            return None
        kept: list[str] = []
        for word in words[:_MAX_BODY_WORDS]:
            bare = word.rstrip(",.;:)")
            tail = re.split(r"['\u2019]", bare)[-1]
            capitalised = tail[:1].isupper()
            joins = bare in _BODY_JOINS and kept
            adjective = (
                bare[:1].islower()
                and len(kept) > 1
                and kept[-1][:1].isupper()
                and bare not in _FUNCTION_WORDS | _STOP_BEFORE_NAME
            )
            if not kept or capitalised or joins or adjective:
                kept.append(bare)
            else:
                break
            if bare != word:
                break
        while kept and kept[-1] in _BODY_JOINS:
            kept.pop()
        if self.language != "de" and len(kept) < 2:
            return None
        return " ".join(kept) if kept else None

    def _name_of_run(
        self, words: list[str], role: list[str], *, right_after_verb: bool
    ) -> _Name | None:
        """The person named by the capitalised words at the head of `words`."""
        run, used = self._capitalised_run(words)
        titles, name = self._split_role(run)
        role_words = role + titles
        if not name and run and words[used - 1].endswith(","):
            return self._appositive_name(words[used:], role_words)
        if not name and run and used < len(words) and words[used] in _OF_BEFORE_BODY:
            return self._role_then_name(words[used:], role_words)  # "Sprecherin des Amts, X"
        if not name or role_words and len(name) == 1 and _is_acronym(name[0]):
            return None  # "el convencional UDI": the party of a role, not who speaks
        aged = all(_AGED_WORD.fullmatch(word) for word in role_words) and (
            not role_words or len(name) > 1 or _may_be_a_lone_name(name[0])
        )  # "erzählt die 27-jährige Lolly", not "der 28-jährige Sudanese"
        found = self._person(name, right_after_verb=right_after_verb and aged)
        if found is None:
            return None
        if role_words and role_words[-1] in _BODY_JOINS:
            role_words = []  # "diz o comunicado do STF": a document of the body, no role
        own_role = None if aged else " ".join(role_words)  # an age is no role
        return _Name(found.name, own_role or found.role, found.start)

    def _capitalised_run(self, words: list[str]) -> tuple[list[str], int]:
        """The capitalised words at the head of `words` (particles inside a name kept), and
        how many of `words` they took."""
        run: list[str] = []
        used = 0
        for word in words:
            bare = word.rstrip(",;:)*")  # "Antoine*": a name changed by the paper
            if bare.endswith(".") and bare.rstrip(".") not in _ABBREVIATIONS and len(bare) > 2:
                if bare[:1].isupper():
                    run.append(bare.rstrip("."))
                    used += 1
                break
            if (
                bare in _PARTICLES
                and bare != "i"
                and _names_two_words(run)
                and not self._not_a_name_word(run[-2])  # "Vorstandschef Karl-Heinz von der Lühe"
            ):
                break  # "Jacqueline Rioba von World Vision": where she works, not her name
            used += 1
            if bare in _AND and run and all(map(self._not_a_name_word, run)):
                continue  # "der Publizist und Philosoph Richard David Precht"
            if not (bare[:1].isupper() or (run and bare in _PARTICLES)):
                used -= 1
                break
            run.append(bare)
            if bare != word:
                break
        while run and run[-1] in _PARTICLES:
            run.pop()
        return run, used

    def _role_then_name(self, words: list[str], role: list[str]) -> _Name | None:
        """ "a déclaré le président, Emmanuel Macron", "afirmó el ministro de Hacienda, Carlos
        Cuerpo", "le chef de l'État, Emmanuel Macron": the rest of a role (what it is of), a
        comma, and the name set off after it."""
        for at, word in enumerate(words[:_MAX_ROLE_TAIL_WORDS]):
            if word.casefold() in _RELATIVES:
                return None  # "el ministro, que viajó con el presidente, Pedro Sánchez"
            if word.endswith(","):
                tail = [w.strip(",") for w in words[: at + 1]]
                return self._appositive_name(words[at + 1 :], [*role, *tail])
            if word != word.rstrip(".;:!?"):
                return None
        return None

    def _appositive_name(self, words: list[str], role: list[str]) -> _Name | None:
        """ "der Leiter, Dieter Kranzlmüller, der dpa": a name of two words or more set off by
        commas after a role, maybe after one more role word ("o relator, deputado X")."""
        lead: list[str] = []  # "o relator do projeto, deputado Augusto Coutinho"
        while (
            len(words) > 1
            and words[0].replace("-", "").isalpha()  # "tenente-coronel Wagner Lessa"
            and words[0].islower()
            and len(lead) < 2
        ):
            lead.append(words[0])
            words = words[1:]
        if lead and (len(lead) > 1 or not self._role_noun(lead[0])):
            return None
        run: list[str] = []
        for word in words[: _MAX_NAME_WORDS + 1]:
            bare = word.rstrip(",.")
            if not bare[:1].isupper():
                return None
            run.append(bare)
            if bare != word:
                break
        titles, name = self._split_role(run)
        if len(name) < 2 or titles:
            return None
        found = self._person(name, right_after_verb=False)
        return _Name(found.name, " ".join(role) or found.role, found.start) if found else None

    def _split_role(self, run: list[str]) -> tuple[list[str], list[str]]:
        """(role words, name words) of a capitalised run: the words in front that are titles,
        function words or (in German) nouns are the role; the name is what is left."""
        if any(word in _BODY_WORDS for word in run):
            return run, []  # "Instituto Antártico de Chile", "Estados Unidos"
        if run[:1] and run[0] in _ROLE_ACRONYMS:
            return run[:1], run[1:]  # "le PDG, Arnaud X", "el DT Ernesto Palacios": a role
        if len(run) > 2 and run[-1] in _LEGAL_FORMS and self._not_a_name_word(run[-3]):
            # "Die Bäckerei Kampmann GmbH": a firm named with what it is, no role of a person
            return [], [word for word in run if word.casefold() not in _FUNCTION_WORDS]
        surname = _surname_opening_on_particles(run)
        if surname:
            return [], surname  # "De los Ríos respondió", "Von der Leyen sagte"
        cut = 1 if self._possessive_before_role(run) else 0
        titled = [at for at, word in enumerate(run[:-2]) if word in _TITLES]
        if titled:
            cut = max(cut, titled[-1] + 1)  # "Biologin Dr. Katrin Wendeler": all before the title
        while cut < len(run) and self._not_a_name_word(run[cut]):
            cut += 1
        if cut < len(run) - 2 and run[cut] in _PARTICLES and _is_first_name(run[cut + 1]):
            if cut and run[cut - 1].casefold().endswith(_GERMAN_ROLE_ENDINGS):
                return run, []  # "der Anwalt von Andreas Keith": his lawyer speaks, not he
            return [], self._split_role(run[cut + 1 :])[1]  # "den Büchern von Michel Foucault"
        if cut < len(run) and run[cut] in _PARTICLES:
            return run, []  # "Anwalt der Kanzlei Höcker": a role of a body, nobody named
        name = run[cut:]
        inner = (
            w for w in name[1:] if w.casefold() not in _PARTICLES and w not in _ARABIC_PARTICLES
        )  # "Youssef El Amrani": no Spanish article inside a name
        if any(self._not_a_name_word(word) for word in inner if not _double_surname(name, word)):
            return run, []
        role = [w for w in run[:cut] if w.casefold() not in _FUNCTION_WORDS and w not in _TITLES]
        return role, name

    def _possessive_before_role(self, run: list[str]) -> bool:
        """ "Yuans Kollege Hossein Robatjazi", "Halas‘ Kollege": whose role it is, not a name."""
        return (
            self.language == "de"
            and len(run) > 2
            and run[0].endswith(("s", "\u2018", "\u2019", "'"))
            and run[1][:1].isupper()
            and self._not_a_name_word(run[1])
        )

    def _not_a_name_word(self, word: str) -> bool:
        if word[:1].islower():
            return word not in _PARTICLES
        if word in _TITLES or word in _ROLE_WORDS or word.casefold() in _FUNCTION_WORDS:
            return True
        if self.language != "de":
            return False
        last_part = word.casefold().rsplit("-", 1)[-1]
        if "-" in word and last_part.endswith(_GERMAN_ROLE_ENDINGS):
            return True  # "der FDP-Chef": a role, though it opens with a party's acronym
        if _is_acronym(word):
            return False  # "der AStA", "die SPD": a body's name even after an article
        return word in self._nouns or last_part.endswith(_GERMAN_ROLE_ENDINGS)

    def _person(self, name: list[str], *, right_after_verb: bool) -> _Name | None:
        """A name as the article gives it in full; a lone word only when the article gives a
        longer name ending with it, or when it stands right after the verb."""
        if len(name) > self._max_name_words(name) + sum(w in _PARTICLES for w in name):
            return None
        if not (name[0][:1].isupper() and name[-1][:1].isupper()):
            return None  # "Concernant le"
        written = " ".join(name)
        exact = self._by_full_name.get(written)
        if exact is not None:
            # "Konstantin Krollmann", though the article names Uwe Krollmann too; "Amparo
            # Ferrer" of "Amparo Ferrer Soler", the fullest name the article gives
            longer = [p for p in self._people if p.name.startswith(written + " ")]
            return longer[0] if len(longer) == 1 else exact
        known = self._by_last_word.get(fold(name[-1]))
        if known is not None and len(name) > 1 and self._another_first_name(known, name):
            return _Name(written, None, -1)  # "Reto Gisler", not his sister Monika Gisler
        if known is not None and (
            len(name) == 1 or known.name.endswith(written) or not _is_first_name(name[0])
        ):
            return known  # "Dr. Kisabaka", "Chef de Mission Schimmelpfennig"
        if len(name) >= 2:
            return _Name(" ".join(name), None, -1)
        word = name[0]
        if word in self._by_first_name:
            return self._by_first_name[word]  # "cuenta Nerea" of Itziar Goñi and Nerea Goñi
        if _is_acronym(word):
            return _Name(word, None, -1)  # "schrieb der AStA", "laut ADAC": a body named plainly
        if right_after_verb and len(word) > 1 and word.casefold() not in _FUNCTION_WORDS:
            return _Name(word, None, -1)
        return None

    def _another_first_name(self, known: _Name, name: list[str]) -> bool:
        """Is `name` ("Reto Gisler") written with a first name that the person known by its
        surname ("Monika Gisler") does not have, and no title or noun ("Chef de Mission")?"""
        first = name[-2] if len(name) >= 2 else ""
        known_words = known.name.split()
        if len(known_words) < 2 or first in known_words or first in _PARTICLES:
            return False
        if len(first) <= 2:
            return False  # "Me Mathy": the French lawyer's title, no first name
        return first[:1].isupper() and not self._not_a_name_word(first)

    def _name_before_an_aside(self, before_verb: str) -> _Name | None:
        """`_name_before_verb` of the words before a relative clause or an aside that ends them
        (`_ASIDE_BEFORE_VERB`), when that is a person the article names in full; not someone
        unnamed ("Um morador do bairro Jardim das Flores, que não quis se identificar,")."""
        aside = _ASIDE_BEFORE_VERB.search(before_verb)
        if aside is None:
            return None
        subject = before_verb[: aside.start()]
        if subject.split()[:1] and subject.split()[0].casefold() in _INDEFINITE:
            return None
        named = self._name_before_verb(subject)
        return named if named is not None and named.start >= 0 else None

    def _name_before_verb(self, before_verb: str) -> _Name | None:
        """The name right before a verb ("Fraktionschef Martin Decker sagte", "Gnisa sagte",
        "la professeure Francisca Joly-Gomez ajoute"): a name of two words or more, or one
        word the article gives in full elsewhere."""
        named = self._name_before_an_aside(before_verb)
        if named is not None:
            return named
        before_verb = _PARTY_AFTER_NAME.sub(" ", before_verb)  # "Simone Kälin (GLP) sagte"
        before_verb = _GERMAN_PARTICLE_AFTER_SUBJECT.sub(" ", before_verb)  # "Ann Cotten selbst"
        words = before_verb.split()
        body = (
            _body_heading_subject(words)
            or _body_heading_subject(_QUE_CLAUSE_SET_OFF.sub(" ", before_verb).split())
            or self._german_body_heading(words)
            or self._body_named_in_full(before_verb.rsplit(",", 1)[-1].split())
        )
        if body:
            return _Name(body, None, -1)  # "La Fédération hospitalière de France a salué"
        if len(words) > 1 and words[-1].endswith(","):
            return self._name_set_off(before_verb.rstrip().rstrip(",").split(","))
        if before_verb.count(",") == 1:  # "Julian Fürholzer, Landesvorstand der JBN erklärt"
            named = self._name_set_off(before_verb.split(","))
            if named is not None:
                return named
        named = self._name_with_affiliation(words)
        if named is not None:
            return named
        run = _capitalised_run_ending(words)
        word_before_run = words[len(words) - len(run) - 1] if len(run) < len(words) else ""
        if run and _is_article(word_before_run) and self._known_as_a_body(" ".join(run)):
            return _Name(" ".join(run), None, -1)  # "Em nota, a Voa Cerrado afirmou"
        if not run or _is_article(word_before_run):
            return None  # "Das Gericht sagte", "ein Macron-Berater sagt"
        if word_before_run in _OF_WORDS | _AFFILIATION:
            # "Un funcionario del Mecanismo, que pidió el anonimato, confirmó", but "El diputado
            # de Convergencia Social Diego Ibáñez planteó": a person's full name ends the run
            return self._full_name_ending(run)
        titles, name = _name_after_words_before(*self._split_role(run))
        if not name:
            return None
        found = self._person(name, right_after_verb=False)
        if found is None:
            return None
        return _Name(found.name, " ".join(titles) or found.role, found.start)

    def _known_as_a_body(self, name: str) -> bool:
        """Does the article write this name right after a noun for a body, with a few lowercase
        words between ("A companhia aérea regional Voa Cerrado", "l'entreprise Ardelis")?"""
        for found in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", self.text):
            before = self.text[max(found.start() - _ROLE_REACH, 0) : found.start()].split()
            lowercase = list(itertools.takewhile(str.islower, reversed(before)))
            if _BODIES_IN_GENERAL.intersection(lowercase[: _MAX_BODY_NOUN_WORDS + 1]):
                return True
        return False

    def _german_genitive_before_role(self, words: list[str]) -> bool:
        """Does a German name in the genitive ("Thurtals", "Münsters") open the words, with
        an adjective after it ("kanadischer Trainer") or a role noun and a first name ("Coach
        Jörg Riethues"), before the role and the name?"""
        if self.language != "de" or len(words) < 4 or not words[0][:1].isupper():
            return False
        if not words[0].endswith("s") or not words[2][:1].isupper():
            return False
        if words[1].islower():  # "kanadischer Trainer", not "ihre Rede"
            return _adjective(words[1]) and words[1] not in (
                _POSSESSIVES | _ARTICLES_BEFORE_NAME | _FUNCTION_WORDS
            )
        return _is_first_name(words[2].strip(",.")) and words[3][:1].isupper()  # "Coach Jörg X"

    def _body_named_in_full(self, words: list[str]) -> str | None:
        """A body's full name after its article, heading the clause or after a phrase set off
        before it: "Em nota, a Defesa Civil Municipal de Arroio Bonito afirmou"; three
        capitalised words or more, joined by particles, that name no person."""
        if self.language == "de" or len(words) < 2 or words[0].casefold() not in _BODY_ARTICLES:
            return None
        name = words[1:]
        if not all(w[:1].isupper() or w in _BODY_JOINS for w in name) or name[-1] in _BODY_JOINS:
            return None
        if _is_first_name(name[0]):
            return None  # "a Maria da Conceição Vasconcelos disse": a person, as Brazil writes
        return " ".join(name) if self._names_a_body(" ".join(name)) else None

    def _full_name_ending(self, run: list[str]) -> _Name | None:
        """The person whose full name, as the article gives it, ends the run of words."""
        for words in range(min(len(run), _MAX_NAME_WORDS + 1), 1, -1):
            person = self._by_full_name.get(" ".join(run[-words:]))
            if person is not None and words < len(run):
                return person
        return None

    def _german_body_heading(self, words: list[str]) -> str | None:
        """ "Die Gewerkschaft Hafen und Logistik Nord teilte mit": a German body's noun after
        its article, then its name's capitalised words, "und" or "für" between them, up to the
        verb."""
        if self.language != "de" or len(words) < 3 or words[0] not in ("Der", "Die", "Das"):
            return None
        if not words[1].casefold().endswith(_GERMAN_BODY_HEADS):
            return None
        name = words[2:]
        joined = all(w[:1].isupper() or w in ("und", "für") for w in name)
        return " ".join(words[1:]) if joined and name[-1][:1].isupper() else None

    def _name_with_affiliation(self, words: list[str]) -> _Name | None:
        """ "Wendel Trio von der Umweltorganisation Greenpeace sagte", "Mohamed Adow, von der
        Umweltorganisation Power Shift Africa bezeichnet": a full name heading the clause, then
        where the person works."""
        run: list[str] = []
        for word in words[: _MAX_NAME_WORDS + 1]:
            bare = word.rstrip(",")
            if not bare[:1].isupper():
                break
            run.append(bare)
            if bare != word:
                break
        rest = words[len(run) :]
        if len(run) < 2 or not rest or rest[0] not in _AFFILIATION or len(rest) > _MAX_ROLE_WORDS:
            return None
        titles, name = self._split_role(run)
        if len(name) < 2:
            return None
        found = self._person(name, right_after_verb=False)
        role = " ".join(titles + rest) or None
        return _Name(found.name, role, found.start) if found else None

    def _name_set_off(self, segments: list[str]) -> _Name | None:
        """The subject of a verb after a comma: a name set off by commas after a role ("Die
        Bürgermeisterin von Reichenbach, Carina Dittrich, betont"), or a name heading the
        sentence with its role set off after it ("Peter Schmidt, Sprecher der Anwohner, sagt",
        "Marta Ruiz, portavoz de la patronal, dijo")."""
        if len(segments) > 2 and segments[-1].strip() in self._by_full_name:
            # "Consultada por esta agencia, la gerenta de ..., Lucía Bertolini, aseguró"
            return self._by_full_name[segments[-1].strip()]
        if len(segments) != 2 or not segments[1].split():
            return None
        named = self._appositive_name(segments[1].split(), [])
        if named is not None:
            return named
        role = segments[1].split()
        if self.language == "de" and not self._not_a_name_word(role[0].strip("()")):
            return None
        if self.language != "de" and not role[0][:1].islower():
            return None
        if role[0].casefold() in _RELATIVES:
            role = []  # "Muratov, quien se ha negado a partir al exilio, opinó": no role
        named = self._name_before_verb(segments[0] + " ")
        if named is None:
            return None
        words_before = segments[0].split()[: -len(named.name.split())]
        if len(words_before) > 2 and not (
            _lowercase_role_heading(words_before) and _is_first_name(named.name.split()[0])
        ):
            return None  # "In Berlin sprach Peter Schmidt, Sprecher ..., sagt": not the head
        return _Name(named.name, " ".join(role) or named.role, named.start)

    def _full_names(self) -> list[_Name]:
        """The names the article gives with two words or more, first mention first, with the
        role written beside their first mention."""
        people: dict[str, _Name] = {}
        for found in _FULL_NAME_RUN.finditer(self.text):
            run = _without_opening_adverb(
                _without_affiliation(found.group().split(), self.language)
            )
            elided = run[0][:2] in ("L'", "L\u2019") and run[0][2:3].islower()
            titles, name = self._split_role(run[1:] if elided else run)
            if elided:  # "L’épidémiologiste Roman Prymula": the article and the role
                titles = [run[0][2:], *titles]
            if not self._two_first_names(name):
                titles, name = _name_after_words_before(titles, name)
            titles = [t for t in titles if t.casefold() not in _ORDINALS]  # "als Erste Ute X"
            words = [word for word in name if word not in _PARTICLES]  # "Arruda da Silva"
            if len(words) < 2 or len(words) > self._max_name_words(name):
                continue
            full = " ".join(name)
            if full in people and people[full].role:
                continue
            before = self.text[max(found.start() - 40, 0) : found.start()].split()
            if (
                before
                and _is_article(before[-1])
                and not titles
                and name[0] == run[0]
                and not _is_first_name(name[0])  # "Ganz anders sieht das Jürgen Kallweit"
            ):
                continue  # "die Deutsche Bahn", "la Unión Europea"
            start = found.start() + found.group().find(name[0])
            role = (
                " ".join(titles)
                or self._role_noun_before(start)
                or self._role_set_off_before(start)
            )
            if role and self._verb.search(role):
                role = None  # "Entre los testigos de la mañana declaró Nerea Ibarrola": no role
            if full in people:  # first named in a list, the role written at a later mention
                role = role or _appositive(self.text, found.end(), self, closed=True)
                people[full] = people[full]._replace(role=role)
            else:
                role = role or _appositive(self.text, found.end(), self)
                people[full] = _Name(full, role, start)
        return list(people.values())

    def _role_set_off_before(self, start: int) -> str | None:
        """A role before a name and a comma, opened by a singular article: "La vicepresidenta
        primera, Nadia Calviño,", "le secrétaire général de la CFDT, Laurent Berger,"."""
        if not self.text.endswith(", ", 0, start):
            return None
        segment = _ROLE_BOUNDARY.split(self.text[max(start - _SET_OFF_ROLE_REACH, 0) : start - 2])
        words = _after_agent(_elided_apart(segment[-1].split()), _SINGULAR_ARTICLES[self.language])
        if (
            not 2 <= len(words) <= _MAX_ROLE_WORDS
            or words[0].casefold()
            not in _SINGULAR_ARTICLES[self.language] | _POSSESSIVES | _CONTRACTED_AGENTS
        ):
            return None
        role = words[1:]
        if self.language == "de":
            if not role[0][:1].isupper() or not self._not_a_name_word(role[0]):
                return None  # "Die Präsidentin des Sozialverbands VdK, Verena Bentele,"
        elif not (role[0].islower() or role[0] in _ROLE_WORDS) or role[0] in _FUNCTION_WORDS:
            return None
        if self._is_body_noun(role[0]) or role[0] in _BODIES_IN_GENERAL:
            return None
        return None if role[0].casefold() in _UNNAMED_PEOPLE else " ".join(role)

    def _role_noun_before(self, start: int) -> str | None:
        """French, Spanish, Portuguese, Italian: the lowercase role after a definite article
        right before a name ("la candidata Ingrid Betancourt", "le ministre Jean Dupont", "o
        senador Carlos Viana"); not a body's kind ("la empresa Acme")."""
        if self.language == "de":
            return None  # German writes roles with a capital: they are titles of the run
        of_body = _ROLE_OF_BODY_BEFORE.search(self.text, max(start - _SET_OFF_ROLE_REACH, 0), start)
        if of_body and of_body.group(1).split()[0] not in _UNNAMED_PEOPLE | _FUNCTION_WORDS:
            return of_body.group(1)  # "il ministro dell'Economia Giancarlo Giorgetti"
        before = self.text[max(start - _ROLE_REACH, 0) : start].split()[-_MAX_ROLE_NOUNS - 1 :]
        if before and before[-1][:2].casefold() in ("l'", "l\u2019"):
            role = [before[-1][2:]]  # "l’épidémiologiste Roman Prymula"
        else:
            singular = _SINGULAR_ARTICLES[self.language] | _CONTRACTED_ARTICLES[self.language]
            articles = [i for i, w in enumerate(before) if w.casefold() in singular]
            if not articles:
                return None
            role = before[articles[-1] + 1 :]
        if not role or not all(w.isalpha() and (w.islower() or w in _ROLE_WORDS) for w in role):
            return None  # lowercase words, or a capitalised role word ("Le Premier ministre X")
        if not any(w.islower() for w in role) and len(role) > 1:
            return None
        if any(w in _FUNCTION_WORDS or w in _BODY_NOUNS or w in _BODIES_IN_GENERAL for w in role):
            return None
        if _COPULA_BEFORE_SUBJECT.search(" ".join(role)):
            return None  # "Entre el público estaba Carmen Ibáñez": where, and "was"
        return None if role[0] in _UNNAMED_PEOPLE else " ".join(role)

    def _person_before(self, position: int, pronoun: str, *, by_role: bool = False) -> _Name | None:
        """The person last named before `position`, near enough, not of the pronoun's other
        gender; a surname counts as its full name. A role noun (`by_role`: "afirmó el
        comunicador") stands only for someone named as a subject, not for anyone named just
        before as a pronoun may."""
        gender = _PRONOUN_GENDER.get(pronoun)
        seen = self._subjects_before(max(position - _PRONOUN_REACH, 0), position)
        if gender:  # a pronoun written out ("a-t-elle déclaré"), not a subject left out
            seen += self._roles_heading_sentences(max(position - _PRONOUN_REACH, 0), position)
        # the latest of the pronoun's gender, or of none known ("Léa ... dit-elle" after Henri)
        fitting = [one for one in seen if not gender or _gender(one[1].name) in (None, gender)]
        latest = max(fitting, key=lambda one: one[0], default=None)
        if latest is not None and self._body_out_of_view(latest, position):
            latest = None  # a body's words, then "l'élue Martine Collard a interrogé ..."
        if latest is None:
            if by_role or not gender:
                return None
            return self._named_of_gender_just_before(position, gender)
        if self._names_one_of_two(latest):
            return None  # "Proche d'Emmanuel Macron, ... Brigitte Macron ... », a-t-il lâché"
        another = next(
            (
                found
                for found in _ANOTHER_SUBJECT.finditer(self.text, latest[0], position)
                if not _GERMAN_PRONOUN_THEN_VERB.match(self.text, found.start(1))
            ),
            None,
        )  # not "Das sei »kein guter Stil« gewesen": "that", no one else
        unnamed = _INDEFINITE_SUBJECT.get(self.language)
        if unnamed and unnamed.search(self.text, latest[0], position):
            return None  # "..., un chiraquien s'est souvenu ... « … », a-t-il lâché"
        if another and not (self.language == "fr" and another.group(1) == "Il"):
            # "O senador do Podemos pondera ...": someone else may be meant; the one introduced
            # in full right before, if any ("So auch der Bürgermeister, Joël Niederlaender.")
            return self._introduced_just_before(position, gender)
        if self._unnamed_person_between(latest[0], position, pronoun):
            return None  # "Der Mann veröffentlicht Daten. ... „…“, schrieb er": not the last named
        return latest[1]

    def _subjects_before(self, window_start: int, position: int) -> list[tuple[int, _Name]]:
        """The last speaker and the people named as subjects between the two positions."""
        seen: list[tuple[int, _Name]] = []
        if self.previous and self.previous[0] >= window_start and self.previous[1].speaker:
            speaker = self.previous[1]
            seen.append((self.previous[0], _Name(speaker.speaker, speaker.role, -1)))
        if self._surnames is not None:
            for found in self._surnames.finditer(self.text, window_start, position):
                person = self._written_in_full(found) or self._by_last_word.get(fold(found.group()))
                if (
                    person in self._people
                    and self._opens_sentence(found.start(), person)
                    and not self._reported_about(found.end())  # "X habe »…«, sagte er"
                    and not reads_as_heading(line_around(self.text, found.start()))
                    # "9. Manuel Gerres, Geschäftsführer (5.317 Follower): Neuigkeiten teilen"
                ):
                    seen.append((found.start(), person))
        return seen + self._first_names_heading_sentences(window_start, position)

    def _roles_heading_sentences(self, start: int, end: int) -> list[tuple[int, _Name]]:
        """A person named by an article and a role noun as the subject of a sentence of the
        quotation's paragraph ("La ministre, elle, défend un texte ... « … », a-t-elle déclaré"
        after "la ministre de l’Éducation, Valérie Degrève"): the one person named before with
        that role (`_person_by_role`), for a pronoun written out. Not from a paragraph before
        ("La minera también afirmó ..." and then "un funcionario ... «…», explicó" in the next),
        nor for a subject left out ("O senador criticou ... E classificou os pedidos como
        "…"": the senator named before may be another than the one meant)."""
        seen = []
        start = max(start, self.text.rfind("\n", 0, end))  # from its line break, which
        # `_ANOTHER_SUBJECT` reads as a sentence's start
        for found in _ANOTHER_SUBJECT.finditer(self.text, start, end):
            at = found.start(1)
            holder = self._person_by_role(self.text[at : at + _AFTER_REACH], at)
            if holder is not None:
                seen.append((at, holder))
        return seen

    def _body_out_of_view(self, latest: tuple[int, _Name], position: int) -> bool:
        """Is this a body (no first name heads it: "Pro Bergverbindung Frutigland", though
        written with a role) with a person named between it and `position`?"""
        if _is_first_name(latest[1].name.split()[0]) or latest[1].name in self._named_as_kin:
            return False  # a person, "Olivier" as much as "Olivier Dupont" or "Son mari, Gilbert"
        between = self.text[latest[0] : position]
        return any(person.name in between for person in self._people)

    def _first_names_heading_sentences(self, start: int, end: int) -> list[tuple[int, _Name]]:
        """A person named by the first name alone as the subject of a sentence ("Edson disse
        que ..." after "Edson Carvalho Mendes"), one first name only one person has."""
        if self._first_names is None:
            return []
        seen = []
        for found in self._first_names.finditer(self.text, start, end):
            person = self._by_first_name[found.group()]
            if self.text.startswith(person.name, found.start()):
                continue  # the full name, whose surname counts already
            if self.text[found.end() : found.end() + 2].strip()[:1].isupper():
                continue  # "im ganz alten Mario Kart": another name than Mario X's
            word_before = self.text[max(found.start() - _FIRST_NAME_REACH, 0) : found.start()]
            if word_before.split()[-1:] and word_before.split()[-1].casefold() in _OF_WORDS:
                continue  # "Erwan Le Floc'h, le frère de Gwénaël": whose brother
            if self._opens_sentence(found.start(), person):
                seen.append((found.start(), person))
        return seen

    def _pronoun_heading_sentence(self, position: int) -> str:
        """The subject pronoun opening the sentence of the quotation at `position` ("Ela conta
        que a água chega ... “…”, conta"), or ""."""
        words = self.text[self._start_of_sentence_before(position) : position].split()[:1]
        pronoun = words[0].casefold() if words else ""
        return pronoun if pronoun in _PRONOUN_GENDER else ""

    def _named_of_gender_just_before(self, position: int, gender: str) -> _Name | None:
        """The person of this gender (known by the first name) last written in full in the two
        sentences before `position`, though not as a subject ("... com a mulher, Dona Jussara
        Correia, e dois netos. Ela conta que ..."): whom a pronoun of that gender means when no
        subject of it is in view; nobody when two such people are written there."""
        if self._surnames is None:
            return None  # the article names nobody in full
        start = self._start_of_sentence_before(self._start_of_sentence_before(position) - 1)
        named = [
            person
            for found in self._surnames.finditer(self.text, max(start, 0), position)
            if (person := self._written_in_full(found)) is not None
            and _gender(person.name) == gender
        ]
        if len({person.name for person in named}) > 1:
            return None  # "personne ne revenait sur Loïc Chappuis ... a devancé ... Andrés
            # Villamizar": two of that gender, either may be meant
        return named[-1] if named else None

    def _inside_the_name_of(self, person: _Name, word: re.Match) -> bool:
        """Does this word stand inside the person's full name as written there?"""
        full = self.text.rfind(person.name, 0, word.start() + len(person.name))
        return full >= 0 and full <= word.start() and word.end() <= full + len(person.name)

    def _reported_about(self, name_end: int) -> bool:
        """Is the name ending here the subject of German reported speech ("Brandstätter habe
        »nie gelobt, nur genickt«, sagte er"): someone else reports about them, and a pronoun
        after it is the reporter?"""
        if self.language != "de":
            return False
        return _GERMAN_SUBJUNCTIVE.match(self.text, name_end + 1) is not None

    def _written_in_full(self, surname: re.Match) -> _Name | None:
        """The person whose full name ends at this surname as written there ("Franco Quiroga",
        not his brother Matías Quiroga, whom the surname alone stands for)."""
        before = self.text[max(surname.start() - _FIRST_NAME_REACH, 0) : surname.start()].split()
        for words in range(1, min(len(before), _MAX_NAME_WORDS) + 1):
            # "Sandrine Le Dantec", "Benedito Arruda da Silva": the particles and names between
            written = self._by_full_name.get(" ".join([*before[-words:], surname.group()]))
            if written is not None:
                return written
        return None

    def _introduced_just_before(self, position: int, gender: str | None) -> _Name | None:
        """The one person of this gender written in full in the sentence right before
        `position`; None for none, or for no gender."""
        if not gender:
            return None
        named = self._named_of_gender_just_before(position, gender)
        return self._written_in_full_after(named, position) if named else None

    def _written_in_full_after(self, person: _Name, position: int) -> _Name | None:
        """The person, when their full name stands in the sentence right before `position`."""
        start = self._start_of_sentence_before(position)
        return person if self.text.find(person.name, start, position) >= 0 else None

    def _another_person_just_before(self, person: _Name, position: int, pronoun: str) -> bool:
        """Is someone else than `person`, of the pronoun's gender or of none known, named in
        the sentence right before the quotation at `position`, though not as its subject
        ("Zum Glück klopft da gerade Renato an die Tür. «…», sagt er", "So auch der
        Bürgermeister, Joël Niederlaender. „…“, sagt er")? Then the pronoun may be theirs."""
        gender = _PRONOUN_GENDER.get(pronoun)
        if self._surnames is None or not gender:
            return False
        start = self._start_of_sentence_before(position)
        for found in self._surnames.finditer(self.text, start, position):
            other = self._by_last_word.get(fold(found.group()))
            if other is None or other not in self._people or other.name == person.name:
                continue
            if self._inside_the_name_of(person, found):
                continue  # "Arruda" of "Benedito Arruda da Silva", whose wife is Cleonice Arruda
            if self._reported_about(found.end()):
                continue  # "Brandstätter habe »nie gelobt«, sagte er": not the one speaking
            if _gender(other.name) in (None, gender):
                return True
        return False

    def _unnamed_person_between(self, start: int, end: int, pronoun: str) -> bool:
        """Does a German sentence between `start` and `end` open with a person named by a noun
        of the pronoun's gender ("Der Mann veröffentlicht ...", "Die Sprecherin sagte ..."), or
        a clause elsewhere with someone a role and a relative clause describe?"""
        if self.language != "de":
            return any(
                self._role_noun(found.group(2))
                and not self._role_of_someone(found.group(2))
                and (found.group(1).casefold() in _INDEFINITE or _ANONYMOUS.search(found.group(3)))
                for found in _ROLE_WITH_A_CLAUSE.finditer(self.text, start, end)
            )  # "el encargado, que prefiere no dar su nombre, enseña ...", not "el periodista"
        subject = _GERMAN_SUBJECT_OF_GENDER.get(pronoun)
        if subject is None:
            return False
        return any(
            noun.casefold() in _GERMAN_PERSON_NOUNS
            or noun.casefold().endswith(_GERMAN_ROLE_ENDINGS)
            for noun in (
                next(group for group in found.groups() if group)
                for found in subject.finditer(self.text, start, end)
            )
        )

    def _role_of_someone(self, noun: str) -> bool:
        """Does the article give this role to someone it names ("el periodista Dmitry Muratov")?"""
        return any(noun.casefold() in self._roles_of(person) for person in self._people)

    def _first_and_surnames(self) -> dict[str, list[re.Match]]:
        """Each first name and surname the article writes together, by the folded surname,
        first to last (the first name maybe elided into an article: "d'Emmanuel Macron")."""
        if self._full_names_by_surname is None:
            self._full_names_by_surname = {}
            for found in _FIRST_AND_LAST_NAME.finditer(self.text):
                self._full_names_by_surname.setdefault(fold(found.group(2)), []).append(found)
        return self._full_names_by_surname

    def _shares_a_surname(self, surname: str) -> bool:
        """Do two people of the article, by their known first names, share this surname
        ("Emmanuel Macron", "Brigitte Macron")?"""
        if self._shared_surnames is None:
            self._shared_surnames = frozenset(
                last
                for last, written in self._first_and_surnames().items()
                if len({found.group(1) for found in written if _is_first_name(found.group(1))}) > 1
            )
        return fold(surname) in self._shared_surnames

    def _names_one_of_two(self, mention: tuple[int, _Name]) -> bool:
        """Is this mention a surname alone that two people of the article share, both named
        before it?"""
        at, person = mention
        surname = person.name.split()[-1]
        written = _WORD_AT.match(self.text, at)
        if written and fold(written.group()) != fold(surname) and self._introduced_two(written, at):
            return True  # "Osorio" of Natalia Osorio Henao and of Julián Mauricio Osorio
        if person.start < 0 or not self._shares_a_surname(surname):
            return False  # the last speaker, whom the article named in full
        if self.text.startswith(person.name.split()[0], at):
            return False  # "Fermín, que no se habla con su hermano": the first name
        written = self.text.find(person.name, max(at - len(person.name), 0))
        if 0 <= written <= at < written + len(person.name):
            return False  # in the full name
        word = _WORD_AT.match(self.text, at)
        return word is None or self._introduced_two(word, at)  # not "Insúa" before his brother

    def _introduced_two(self, written: re.Match, at: int) -> bool:
        """Did the article name two people whose names hold this surname, each with a first
        name, before `at` (a first surname counts: "Natalia Osorio Henao")?"""
        key = fold(written.group())
        holders = {
            person.name
            for person in self._people
            if 0 <= person.start < at
            and _is_first_name(person.name.split()[0])
            and key in self._surname_keys(person.name)
        }
        return len(holders) > 1

    def _opens_sentence(self, start: int, person: _Name) -> bool:
        """Is this mention of a person the subject of its sentence: heading it (after role words
        at most) or right after a verb of saying ("..., sagte Dolzer."), not a name further on
        ("A reunião com Fux", "dass Lucke")?"""
        head = _LIVE_BLOG_TIME.sub("", _DATELINE_HEAD.sub("", self._clause_before(start)))
        head = _CLEFT_OPENING.sub("", head)  # "C’est son fils, Luc X, qui a annoncé"
        verbs = list(self._verb.finditer(head))
        after_verb = head[verbs[-1].end() :].split() if verbs else []
        after_verb = [word for word in after_verb if word not in person.name.split()]
        if verbs and all(map(self._role_before_name, after_verb)):
            return True  # "..., sagte Dolzer.", "..., sagt Flixbus-Manager Stenger.", "Entre los
            # testigos declaró Nerea Ibarrola" (her first name written before the surname)
        words = [w for w in head.split() if w not in person.name.split()]
        if self.language == "de" and len(words) > 1 and words[-1] in _GERMAN_FINITE_AUXILIARIES:
            return True  # "In seinem letzten Wort hatte Kessler-Brandt sich entschuldigt": the
            # subject right after the finite verb of a sentence opened by something else
        if words and words[0].casefold() in _LEADING_CONJUNCTIONS:
            words = words[1:]  # "Doch Preetz entschied sich, ...", "Y Petro dijo ..."
        if words in (["Pour"], ["Para"], ["Per"]) and self.text.startswith(
            ",", start + len(person.name.split()[-1])
        ):
            return True  # "Pour Jan Hamáček, cette attitude est méprisante": the view is his
        if self._in_whose_view(start, person):
            return True  # "Según el investigador Fernando Aguilar Ponce, el problema es ..."
        if _COPULA_BEFORE_SUBJECT.search(" ".join(words)):
            return True  # "Entre el público estaba Carmen Ibáñez, de 74 años, que vive ..."
        set_off = list(itertools.dropwhile(self._title, reversed(words)))
        if (
            set_off
            and set_off[0].endswith(",")
            and not self._opens_on_another(words, person)
            and self._subject_follows(start)
        ):
            return True  # "Devant ses étudiants, Marie-Pierre Dausse, professeur, défend",
            # "Du côté de la défense, Me Olivier Gérardy a reconnu"
        if self._role_after_a_phrase(head, person) and self._subject_follows(start):
            return True  # "Dentro de los documentos, el concejal Daniel Duque, quien ... reveló"
        if self._role_with_its_field(words) and _is_first_name(person.name.split()[0]):
            return True  # "L’ingénieure en génie civil Fatou Ndiaye-Perrin, qui ..., rappelle"
        if _kin_or_role_set_off(head, person) and self._written_here(person, start):
            return self._subject_follows(start)  # "Ihr Bruder, Finanzchef Matthias Hallwig,"
        return len(words) <= _MAX_LOWERCASE_BEFORE_NAME and all(map(_may_head_a_subject, words))

    def _opens_on_another(self, words: list[str], person: _Name) -> bool:
        """Does the sentence open on another person of the article, its subject ("Osorio mostró
        un oficio firmado por el antecesor de Giraldo, Mauricio Arbeláez, en el que")?"""
        first = words[0].strip(",") if words else ""
        other = self._by_last_word.get(fold(first)) if first[:1].isupper() else None
        return other is not None and other.name != person.name

    def _written_here(self, person: _Name, surname_start: int) -> bool:
        """Is the person's full name written where this surname stands ("Matthias Hallwig",
        not "Dona Cida Pedrosa" for Luiz Carlos Pedrosa)?"""
        full_start = surname_start - (len(person.name) - len(person.name.split()[-1]))
        return full_start >= 0 and self.text.startswith(person.name, full_start)

    def _role_with_its_field(self, words: list[str]) -> bool:
        """Words heading a sentence before a name that are a role and what it is of or in ("La
        sismóloga del Centro Sismológico Nacional", "L’ingénieure en génie civil"): an article
        (maybe elided), a role noun, then "de", "del", "en", "du" ... and at most four words,
        none of them a verb of saying."""
        if not words:
            return False
        first = words[0]
        if _ELIDED_ARTICLE.match(first):
            role, rest = first[2:], words[1:]
        elif first.casefold() in _ARTICLES_BEFORE_NAME and len(words) > 1:
            role, rest = words[1], words[2:]
        else:
            return False
        if not self._role_noun(role) or not rest or rest[0] not in _FIELD_OF_A_ROLE:
            return False
        return len(rest) <= _MAX_FIELD_WORDS and not self._verb.search(" ".join(rest))

    def _in_whose_view(self, start: int, person: _Name) -> bool:
        """Does the sentence open with "in the view of" and this person, with their role
        between at most, set off by a comma ("Según el investigador de la UNAM Fernando
        Aguilar Ponce,", "Pour la conseillère nationale Isabelle Rochat-Berthoud,", "Segundo o
        Pacheco" after "Para Martins, um dos senadores críticos a")? What the sentence says,
        and the quotation after it, is theirs."""
        words = [w for w in self._clause_before(start).split() if w not in person.name.split()]
        if words[:3] in (["De", "acordo", "com"], ["De", "acuerdo", "con"]):
            words = ["Segundo", *words[3:]]  # "De acordo com a meteorologista Fernanda Quintela,"
        if not words or words[0] not in _VIEW_OPENERS or len(words) > _MAX_VIEW_ROLE_WORDS:
            return False
        if any(self._verb.fullmatch(word.strip(",")) or word.endswith(",") for word in words):
            return False  # "Para Martins, um dos senadores críticos a Pacheco,": Martins's view
        if words[-1].casefold() in _AFFILIATION | _OF_BEFORE_BODY:
            return False  # "Segundo o coordenador da Defesa Civil, ...": what the role is of
        return self.text.startswith(",", start + len(person.name.split()[-1]))

    def _role_after_a_phrase(self, head: str, person: _Name) -> bool:
        """Does the clause before the name end, after a phrase and a comma, with a singular
        article and one or two lowercase role words ("..., el concejal")?"""
        if "," not in head:
            return False
        words = [w for w in head.rsplit(",", 1)[1].split() if w not in person.name.split()]
        if words and _ELIDED_ARTICLE.match(words[0]):  # "l'entraîneur des avants"
            words = [words[0][:1], words[0][2:], *words[1:]]
        return (
            2 <= len(words) <= _MAX_ROLE_AFTER_PHRASE_WORDS
            and words[0].casefold() in _SINGULAR_ARTICLES[self.language] | {"l"}
            and all(w.isalpha() and w.islower() for w in words[1:])
        )

    def _subject_follows(self, start: int) -> bool:
        """Is the surname at `start` set off by a comma (a role or an age follows) or followed
        by a verb, as the subject after a phrase set before it ("Devant ses étudiants, X,
        professeur, défend", "Son fils, Erwan Le Goff, 17 ans,"), not one of a list ("avec
        Macron, Dupont et Martin")?"""
        words = self.text[start : start + _AFTER_REACH].split()[:2]
        if len(words) > 1 and words[1] in _DASHES:
            return True  # "Jean-Pol Lejeune — aucun lien de parenté ... —, assistait"
        if len(words) > 1 and self.language == "fr" and words[1] in _FRENCH_AUXILIARIES:
            return True  # "Du côté de la défense, Me Olivier Gérardy a reconnu les faits"
        if words and words[0].endswith(","):
            return len(words) > 1 and (words[1][:1].islower() or words[1][:1].isdigit())
        return (
            len(words) > 1
            and words[1][:1].islower()
            and words[1].casefold() not in _AND | _STOP_BEFORE_NAME
        )

    def _title(self, word: str) -> bool:
        """A title before a name: "Dr.", "Prof.", French lawyers' "Me" (Maître)."""
        return word in _TITLES or (self.language == "fr" and word == "Me")

    def _role_before_name(self, word: str) -> bool:
        """An article, a title or a role noun, as stands between a verb and its subject."""
        return word.casefold() in _ARTICLES_BEFORE_NAME or (
            word[:1].isupper() and self._not_a_name_word(word)
        )

    def _clause_before(self, position: int) -> str:
        line_start = self.text.rfind("\n", 0, position) + 1
        window = self.text[max(line_start, position - _BEFORE_REACH) : position]
        ends = [e for e in _SENTENCE_END.finditer(window) if _ends_sentence(e.group(1))]
        return window[ends[-1].end() :] if ends else window


def is_attribution_gap(gap: str, language: str) -> bool:
    """Is this text between two quoted parts only their attribution (", so Foucault, ")?"""
    core = gap.strip(" ,:\u00a0" + _QUOTE_EDGE)
    if not core or len(core.split()) > _MAX_GAP_WORDS or any(c in core for c in ".!?;"):
        return False
    return _GAP_VERBS[language].search(core) is not None


def _body_named_after_verb(rest: str) -> _Name | None:
    """A body named right after an inverted verb, its name in small letters after its head
    noun as French and Spanish write them: "« … », indique l’Union syndicale des métiers du
    cuir dans un communiqué"."""
    found = _BODY_AFTER_VERB.match(rest)
    if found is None or found.group("head") not in _BODY_HEADS:
        return None
    return _Name(found.group("name"), None, -1)


def _kin_or_role_set_off(head: str, person: _Name) -> bool:
    """Does the sentence open with a possessive or an article and a noun set off by a comma
    before the name, with role words at most between ("Ihr Bruder, Finanzchef", "Dessen
    Vorsitzende, Dr.", "Su esposa,")? The name is then the subject, set off after it."""
    before, comma, between = head.rpartition(",")
    if not comma:
        return False
    opening = _without_its_field(before.split())
    if opening and _ELIDED_ARTICLE.match(opening[0]):
        opening = ["l'", opening[0][2:], *opening[1:]]  # "L’actuel président du club,"
    words = [w for w in between.split() if w not in person.name.split()]
    if not 2 <= len(opening) <= _MAX_LOWERCASE_BEFORE_NAME or len(words) > _MAX_SET_OFF_WORDS:
        return False
    if len(words) == _MAX_SET_OFF_WORDS and words[0].casefold() not in _ARTICLES_BEFORE_NAME:
        return False  # "Deren Sprecher, der pensionierte Bauingenieur Walter Brunner,"
    first = opening[0].casefold()
    if first not in _POSSESSIVES | _WHOSE and first not in _ARTICLES_BEFORE_NAME:
        return False
    return all(map(_may_head_a_subject, opening[1:] + words))


def _capitalised_run_ending(words: list[str]) -> list[str]:
    """The capitalised words, particles between them, that end `words`, bare."""
    run: list[str] = []
    for word in reversed(words):
        bare = word.strip(",;:()")
        if bare != word or not (bare[:1].isupper() or (run and bare in _PARTICLES)):
            break
        run.insert(0, bare)
    while run and run[0] in _PARTICLES:
        run.pop(0)
    return run


def _lowercase_role_heading(words: list[str]) -> bool:
    """A definite article and a role in lowercase words before a name: "O economista da
    saúde" (not "Um morador do bairro", someone unnamed)."""
    return words[0].casefold() in _DEFINITE_ARTICLES and all(w[:1].islower() for w in words[1:])


def _elided_apart(words: list[str]) -> list[str]:
    """The words with an elided article set apart: "l'entraîneur" -> "l'", "entraîneur"."""
    if words and _ELIDED_ARTICLE.match(words[0]):
        return [words[0][:2], words[0][2:], *words[1:]]
    return words


def _without_its_field(opening: list[str]) -> list[str]:
    """An article and a noun, maybe an adjective, without what they are of ("Le voisin des
    Dufresne" -> "Le voisin", "El director operativo del Organismo Metropolitano de Aguas del
    Oriente" -> "El director operativo"): the words from "de", "des", "del", "du" ... on, if
    they are a role's field or a body's name."""
    field = next((at for at in (2, 3) if at < len(opening) and opening[at] in _FIELD_OF_A_ROLE), 0)
    rest = opening[field:]
    if field and (len(rest) <= _MAX_FIELD_WORDS or _names_a_body_after_of(rest)):
        return opening[:field]
    return opening


def _names_a_body_after_of(words: list[str]) -> bool:
    """ "del Organismo Metropolitano de Aguas del Oriente": joins and capitalised words only."""
    return len(words) <= _MAX_BODY_SUBJECT_WORDS and all(
        word in _BODY_JOINS or word[:1].isupper() for word in words
    )


def _ends_in_a_body_noun(words: str) -> bool:
    """Do these words end on a noun for a body of any kind ("En un comunicado, la entidad")?"""
    last = words.split()[-1:]
    return bool(last) and last[0].casefold() in _BODIES_IN_GENERAL


def _one_set_off_phrase(piece: str) -> bool:
    """A phrase of when, where or about what ("Al respecto,", "ante los micrófonos,"), or one
    of being asked ("Preguntado por los plazos,")."""
    words = piece.split()
    opening = words[0].casefold().strip(",") if words else ""
    asked = opening in _ASKED or opening in _WHEN
    limit = _MAX_ASKED_PHRASE_WORDS if asked else _MAX_PHRASE_WORDS
    return 0 < len(words) <= limit and (asked or opening in _PHRASE_OPENERS)


def _may_head_a_subject(word: str) -> bool:
    """An article, a title or a role word, as may stand before a sentence's subject."""
    bare = word.strip(_QUOTE_EDGE + "()")
    if not bare or bare != word.strip("()") or word.endswith(","):
        return False
    folded = bare.casefold()
    if folded in _ARTICLES_BEFORE_NAME or folded in _POSSESSIVES or bare in _TITLES:
        return True  # "Seine Frau Birgit Kallweit ist skeptischer"
    return folded not in _FUNCTION_WORDS and folded not in _STOP_BEFORE_NAME


def _ends_label(words: list[str]) -> bool:
    """Is the first comma-separated piece of these words a name (the label of a statement)?"""
    first = " ".join(words).split(",", 1)[0].split()
    return 1 <= len(first) <= _MAX_NAME_WORDS + 2 and all(
        w[:1].isupper() or w in _PARTICLES for w in first
    )


def _double_surname(name: list[str], word: str) -> bool:
    """Is this hyphenated word the surname after a known first name ("Olusegun Adewale-Richter",
    though "-richter" ends a role as in "Verwaltungsrichter")?"""
    return "-" in word and len(name) > 1 and word == name[-1] and _is_first_name(name[-2])


def _without_opening_adverb(run: list[str]) -> list[str]:
    """The run without a word opening the sentence and the article after it ("Auch der Bassist
    Olusegun Adewale-Richter" -> "Bassist Olusegun Adewale-Richter"), whose article would
    otherwise stand inside the run as a particle ("Anwalt der Kanzlei Höcker")."""
    if len(run) > 3 and run[0].casefold() in _LEADING_CONJUNCTIONS and run[1] in ("der", "die"):
        return run[2:]
    return run


def _without_affiliation(run: list[str], language: str) -> list[str]:
    """The run up to a particle after a first name and a surname ("Jacqueline Rioba von World
    Vision" -> "Jacqueline Rioba"), not inside a name ("Ursula von der Leyen")."""
    for index, word in enumerate(run):
        if word in _PARTICLES and _names_two_words(run[:index]):
            if run[index + 1 :] and run[-1] in _SURNAMES_AFTER_A_PARTICLE:
                return run  # "Benedito Arruda da Silva", "Luiz Inácio Lula da Silva"
            if language in _TWO_SURNAMES and _compound_surname_end(run[index + 1 :]):
                return run  # "Lucía Fernández de Castro", "Rafael Moreno de Alba"
            return run[:index]
    return run


def _compound_surname_end(words: list[str]) -> bool:
    """A Spanish or Portuguese surname closing a compound one after "de": one word, or "la" and
    one word, not an acronym ("de Castro", "de la Vega"; not "del PSOE")."""
    if words[:1] and words[0] in ("la", "las", "los"):
        words = words[1:]
    return len(words) == 1 and words[0][:1].isupper() and not _is_acronym(words[0])


def _name_after_words_before(titles: list[str], name: list[str]) -> tuple[list[str], list[str]]:
    """A name of three words whose second is a first name, or a longer run, may hold a role or
    a body before the person's name ("Economia Giancarlo Giorgetti", "Wirtschaftsweise Veronika
    Grimm", "Convergencia Social Diego Ibáñez"): (role words, name words)."""
    if len(name) == _MAX_NAME_WORDS and _first_name_second(name):
        return [*titles, name[0]], name[1:]
    if len(name) > _MAX_NAME_WORDS:
        return _body_then_name(titles, name)
    return titles, name


def _body_then_name(titles: list[str], run: list[str]) -> tuple[list[str], list[str]]:
    """A run too long for a name: the words from a known first name two or three from its
    end are the name, those before it a body or role ("El diputado de Convergencia Social
    Diego Ibáñez"); the run unchanged when no such first name stands there."""
    for cut in range(len(run) - _MAX_NAME_WORDS, len(run) - 1):
        if len(run) - cut == _MAX_NAME_WORDS and _first_name_second(run[cut:]):
            continue  # "Renovación Ciudadana Tomás Errázuriz": "Ciudadana" ends like a name
        if cut > 0 and _is_first_name(run[cut]):
            if any(map(_known_first_name, run[:cut])):
                break  # "GROOVE-Autorin Charlotte Elsen Tobias Trommer": two people, no role
            return [*titles, *run[:cut]], run[cut:]
    return titles, run


def _first_name_second(name: list[str]) -> bool:
    """ "Economia Giancarlo Giorgetti": the second word a first name, the first none; a first
    word in -ise or -ina that a known first name is not ("Wirtschaftsweise") counts as none."""
    return not _known_first_name(name[0]) and _is_first_name(name[1])


def _known_first_name(word: str) -> bool:
    """A first name by the lists, or by a feminine ending on a word of eight letters at most
    ("Cristina", not "Ciudadana" nor "Wirtschaftsweise")."""
    folded = word.casefold()
    return folded in _FIRST_NAMES or bool(gender_from_first_name(folded)) and len(folded) <= 8


def _leading_name_words(words: list[str]) -> list[str]:
    """The capitalised words (particles inside kept) that open `words`, up to a comma or a
    colon, without it."""
    run: list[str] = []
    for word in words:
        bare = word.rstrip(",:")
        if not (bare[:1].isupper() or (run and bare in _PARTICLES)):
            break
        run.append(bare)
        if bare != word:
            break
    return run


def _name_after_a_role_heading(clause: str) -> list[str]:
    """The name a sentence opens on after a possessive or an article and a role in small
    letters, set off or not ("Su presidenta, Rocío Gámez Villalobos, fue más allá:", "Su
    hermano Antoni Llorens Benlloch, que vive al lado, no está de acuerdo:"); none when the
    sentence opens otherwise."""
    segments = [segment.split() for segment in clause.strip().split(",")]
    first = segments[0]
    if len(first) < 2 or first[0].casefold() not in _ROLE_OPENERS:
        return []
    end = 1
    while end < len(first) and first[end][:1].islower():
        end += 1
    if end == 1:
        return []
    of_a_body = end < len(first) and first[end - 1].casefold() in _OF_WORDS  # "presidente del X"
    set_off = segments[1] if len(segments) > 2 else []
    name = set_off if end == len(first) or of_a_body else first[end:]
    if not name or not all(word[:1].isupper() or word in _PARTICLES for word in name):
        return []
    return name


def _surname_opening_on_particles(run: list[str]) -> list[str]:
    """The surname of a run that is only a surname written with its particles, the first one
    capitalised ("De los Ríos", "Von der Leyen", "Da Silva"): its capitalised words; none
    for anything else ("Der Bürgermeister": an article, not a particle)."""
    if not run or run[0] not in _SURNAME_OPENING_PARTICLES:
        return []
    lead = 1
    while lead < len(run) and run[lead] in _PARTICLES:
        lead += 1
    rest = run[lead:]
    if not rest or len(rest) > 2 or not all(word[:1].isupper() for word in rest):
        return []
    return rest


def _names_two_words(run: list[str]) -> bool:
    """Do the last two words of a run name a person by first name and surname already (not two
    first names, "María Fernanda" of "María Fernanda de los Ríos")?"""
    if len(run) < 2 or any(word.casefold() in _PARTICLES for word in run[-2:]):
        return False  # "Sophie Van" of "Sophie Van den Bossche"
    return gender_from_first_name(run[-1]) is None


def _no_subject_in_phrase(rest: str, language: str) -> bool:
    """Spanish, Portuguese, Italian: does a phrase after the verb, up to a comma, hold no subject
    ("dijo en una de sus respuestas, ...", "dijo refiriéndose a las entregas", "afirmou durante
    a sessão."), as "dijo en un comunicado el ministro" does?"""
    phrase = re.split(r"[,.;:!?\n]", rest, maxsplit=1)[0].split()
    if not phrase:
        return False
    if phrase[0].endswith(_GERUND_ENDINGS) and len(phrase[0]) > 6:
        return True  # "refiriéndose", "explicando": the subject is the one before
    if phrase[0] in _CLAUSE_OPENERS:
        return True  # "dice mientras recoge las herramientas": a clause of its own
    if phrase[0] not in _PREPOSITIONS or phrase[0] == "su" and language == "es":
        return False  # Italian "su Facebook", but Spanish "aseguró su presidente, Rafael Giner"
    return not any(
        (word[:1].isupper() and phrase[at - 1] not in _BEFORE_A_PLACE)
        or (word in _SUBJECT_ARTICLES and phrase[at - 1] not in _BEFORE_A_PLACE)
        for at, word in enumerate(phrase[2:], 2)
    )  # "dijo en un comunicado el ministro": a subject; "explicó durante ... en Sevilla": none


def _pronoun_of_the_asked(before_verb: str) -> str:
    """ "ella" after "Preguntada por ...,", "él" after "Consultado sobre ...,", else ""."""
    words = before_verb.split()
    return _ASKED.get(words[0].casefold().strip(","), "") if words else ""


def _no_one(verb: str) -> Attribution:
    return Attribution(None, None, verb)


def _common_nouns(text: str) -> frozenset[str]:
    """Capitalised words the article writes after an article or a determiner: nouns; not a
    known first name ("Ganz anders sieht das Jürgen Kallweit": "das" is the object)."""
    found = (found.group(1) for found in _NOUN_AFTER_DETERMINER.finditer(text))
    return frozenset(word for word in found if not _is_first_name(word))


def _given_with_age(text: str, name: str) -> bool:
    """Does the article give the name as a person's, anywhere: with an age after it ("Will Smith
    (50)", "Saharo Mohammed, 27,"), where the person is from ("Saharo Mohammed aus Somalia") or
    what they are ("Gabriel Ambross, ein Turkana:")?"""
    at = text.find(name)  # each place the name stands: no pattern compiled for each name
    while at >= 0:
        if _GIVEN_AS_A_PERSON.match(text, at + len(name)):
            return True
        at = text.find(name, at + 1)
    return False


def _surnames_after_first_names(text: str) -> frozenset[str]:
    """Capitalised words the article writes after a first name ("Michel Foucault"): names,
    even where an article stands before them ("des späten Foucault")."""
    return frozenset(
        found.group(2)
        for found in _TWO_CAPITALISED.finditer(text)
        if found.group(1).casefold() in _FIRST_NAMES or gender_from_first_name(found.group(1))
    )


def _adjective(word: str) -> bool:
    """A lowercase German word that may stand between an article and a noun (junge,
    15-malige, französischer)."""
    return word.endswith(("e", "en", "er", "es", "em"))


def _is_article(word: str) -> bool:
    return word.strip(",;:()").casefold() in _ARTICLES_BEFORE_NAME


def _ends_with_lowercase(text: str) -> bool:
    """Does a noun phrase end right before the verb ("das Gericht", "la ministre")?"""
    words = text.split()
    last = words[-1] if words else ""
    if any(mark in last for mark in _MARKS + "\u2019\u201a"):
        return False  # „Es war“, so Foucault: a quotation, not a noun phrase
    return last[:1].islower() and last not in _PARTICLES and not last.endswith(",")


def _is_acronym(word: str) -> bool:
    """SPD, ADAC, AStA: a short word mostly of capitals."""
    capitals = sum(char.isupper() for char in word)
    return 2 <= len(word) <= _MAX_ACRONYM and capitals >= 2 and 2 * capitals >= len(word)


def _any_of(words: Iterable[str]) -> re.Pattern | None:
    """A pattern of any of the words standing alone, the longest tried first; None for none."""
    ordered = sorted(set(words), key=len, reverse=True)
    if not ordered:
        return None
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, ordered)) + r")(?![\w-])")


def _kin_named_by_first_name(text: str, language: str) -> list[_Name]:
    """People the article names by a first name alone, set off after a kin noun: "Son mari,
    Gilbert, a tenté de sauver la voiture", "Su hija, Lucía, ...", "Ihr Mann, Peter, ...":
    the kin noun their role. Not a first name another name of the article begins with."""
    pattern = _KIN_SET_OFF.get(language)
    if pattern is None:
        return []
    found: dict[str, _Name] = {}
    for match in pattern.finditer(text):
        first = match.group(2)
        if first.casefold() not in _FUNCTION_WORDS and not re.search(
            rf"\b{re.escape(first)}\s+[A-ZÀ-Þ]", text
        ):
            found.setdefault(first, _Name(first, match.group(1), match.start(2)))
    return list(found.values())


def _by_unique_first_name(names: list[_Name]) -> dict[str, _Name]:
    """The names of two words or more by their first word, when only one of them has it
    ("Nerea" of "Itziar Goñi" and "Nerea Goñi")."""
    found: dict[str, list[_Name]] = {}
    for named in names:
        words = named.name.split()
        if len(words) > 1:
            found.setdefault(words[0], []).append(named)
    return {first: named[0] for first, named in found.items() if len(named) == 1}


def _may_be_a_lone_name(word: str) -> bool:
    """Can one capitalised word after an age be a name? A known first name, or a word that does
    not end as German nouns of people do ("Stürmer", "Sudanese", "Schülerin")."""
    return _is_first_name(word) or not _PERSON_NOUN_ENDING.search(word)


def _is_first_name(word: str) -> bool:
    if word.casefold() in _FIRST_NAMES or gender_from_first_name(word) is not None:
        return True
    parts = word.split("-")  # "Anne-Catherine", "Karl-Heinz": each part a first name
    return len(parts) == 2 and all(
        part.casefold() in _FIRST_NAMES or gender_from_first_name(part) is not None
        for part in parts
    )


def _gender(name: str) -> str | None:
    if len(name.split()) < 2:
        return None
    return gender_from_first_name(name)  # "Marie-Pierre Dausse", "Hans-Peter Müller" too


def _appositive(
    text: str, end: int, resolver: EuropeanSpeakerResolver, *, closed: bool = False
) -> str | None:
    """A role after a name between commas: "Claire Vasseur, ministre de la Santé,"; with
    `closed`, only one the sentence goes on after ("X, candidato del movimiento Y, manifestó")."""
    found = _APPOSITIVE.match(text, end)
    if found is None or closed and not text.startswith(",", found.end()):
        return None
    role = found.group(1).strip()
    words = role.split()
    if _AGE_ALONE.fullmatch(role):
        return None  # "Fermín Lozano Ruiz, de 71 años,": an age, no role
    if len(words) > _MAX_ROLE_WORDS or words[0] in _RELATIVES or words[0] in _AND:
        return None  # "com a mulher, Dona Jussara Correia, e dois netos": the list goes on
    if any(word in _CONJUNCTIONS_OF_CLAUSES for word in words):
        return None  # "Tomás Hirsch, advierte que se debe ...": a clause, not a role
    if any(word in _FINITE_VERBS.get(resolver.language, ()) for word in words):
        return None  # "Jorge Mejía, el plan tiene aspectos positivos.": a clause
    first = words[0]
    if first in _AUXILIARIES or first in _NOT_ROLE_OPENERS or resolver._verb.match(role):
        return None  # "Laurent Berger, a immédiatement réagi", "X, lors d'une conférence"
    if resolver.language in ("es", "pt", "it") and first.endswith(("ó", "ou", "aron", "ram")):
        return None  # "Alberto Núñez Feijóo, criticó el plan": a verb in the past
    if resolver.language == "de":
        return role if resolver._not_a_name_word(first) and first[:1].isupper() else None
    return _without_article(role) if first[:1].islower() else None


def _after_agent(words: list[str], articles: frozenset[str]) -> list[str]:
    """The words after a passive's agent preposition and its article ("La medida fue
    presentada por la ministra de Vivienda" -> "la ministra de Vivienda"); all of them when
    there is none ("Por su parte", "Devant ses étudiants dans le bâtiment B2" stay whole)."""
    for index in range(len(words) - 2, 0, -1):
        if not words[index - 1].casefold().endswith(_PARTICIPLE_ENDINGS):
            continue
        word = words[index].casefold()
        if word in _CONTRACTED_AGENTS:
            return words[index:]  # "apresentado pelo ministro da Fazenda": "pelo" as article
        if word in _AGENT_PREPOSITIONS and words[index + 1].casefold() in articles:
            return words[index + 1 :]
    return words


def _body_heading_subject(words: list[str]) -> str | None:
    """A body's name heading the clause, after its article and before the verb: "La Fédération
    hospitalière de France", "el Sindicato de Inquilinas"; the words after the article."""
    if not 3 <= len(words) <= _MAX_BODY_SUBJECT_WORDS or any(w.endswith(",") for w in words):
        return None
    article, head = words[0].casefold(), words[1]
    if article not in _BODY_ARTICLES or head not in _BODY_HEADS:
        return None
    if any(word in _INDEFINITE or word in _TO_WHOM for word in words[2:]):
        return None  # "La Liga Regional del Litoral felicitó al club en un comunicado y"
    if any(word in _ONE_WORD_VERBS for word in words[2:]):
        return None  # "La Asociación ... valoró los incentivos, aunque pidió": a clause
    return " ".join(words[1:])


def _without_article(role: str) -> str:
    """ "le chef de file de LFI" -> "chef de file de LFI", "l'ancien ministre" -> "ancien
    ministre": the role without the article that opens it."""
    first, _, rest = role.partition(" ")
    if first.casefold() in _DEFINITE_ARTICLES | _INDEFINITE and rest:
        return rest
    return role[2:] if role[:2].casefold() in ("l'", "l\u2019") and len(role) > 2 else role


def _clause_after(text: str) -> str:
    for found in _SENTENCE_END.finditer(text):
        if _ends_sentence(found.group(1)):
            return text[: found.start() + len(found.group(1))]
    return text


def _ends_sentence(word_before: str) -> bool:
    word = word_before.lstrip("(\"'\u201e\u201c\u00ab")
    if len(word) == 1 and word.isupper():
        return False  # an initial
    return word not in _ABBREVIATIONS and not word.isdigit()


# -- Russian

# Russian news quotes the same people in «…»; its names inflect (Песков, по словам Пескова), so
# a person is known by the nominative full name the article gives ("Дмитрий Песков", named with
# a first name or a patronymic) and found again by the stem of the surname. First names that
# are also common nouns (Вера, Надежда, Любовь, Роман, Лев) are left out.
_RUSSIAN_MALE_NAMES = frozenset(
    """александр алексей анатолий андрей антон аркадий артем артём борис вадим валентин
    валерий василий виктор виталий владимир владислав вячеслав геннадий георгий глеб григорий
    даниил денис дмитрий евгений егор иван игорь илья кирилл константин лев леонид максим
    марат михаил никита николай олег павел петр пётр роман руслан рустам сергей станислав
    степан тимур федор фёдор эдуард юрий ярослав рамзан джон джо дональд эммануэль
    джозеф барак владимир мэтт майкл марк""".split()
)
_RUSSIAN_FEMALE_NAMES = frozenset(
    """александра алина алла анастасия ангелина анна валентина валерия вероника
    виктория галина дарья диана ева евгения екатерина елена елизавета жанна зоя инна ирина
    карина кира ксения лариса лидия людмила маргарита марина мария наталья
    наталия нина ольга полина светлана софья софия тамара татьяна эльвира юлия яна ангела
    элла""".split()
)
_RUSSIAN_PATRONYMIC = re.compile(r"(?:ович|евич|ьич|овна|евна|ична|инична)$")
_RUSSIAN_WORD = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?"
_RUSSIAN_RUN = re.compile(rf"(?<![\w-]){_RUSSIAN_WORD}(?:[^\S\n]+{_RUSSIAN_WORD})*(?![\w-])")
_RUSSIAN_VERBS = """сказал заявил отметил добавил пояснил подчеркнул рассказал сообщил уточнил
    заметил ответил написал объяснил заверил напомнил указал констатировал резюмировал
    предупредил признал""".split()
_RUSSIAN_REFLEXIVE = ("признался", "призналась", "пожаловался", "пожаловалась")
_RUSSIAN_PRESENT = """говорит считает пишет отмечает добавляет поясняет рассказывает
    подчеркивает подчёркивает объясняет признается признаётся уверяет""".split()
_RUSSIAN_VERB = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(
        sorted(
            [*_RUSSIAN_VERBS, *(v + "а" for v in _RUSSIAN_VERBS), *_RUSSIAN_REFLEXIVE]
            + _RUSSIAN_PRESENT,
            key=len,
            reverse=True,
        )
    )
    + r")(?![\w-])"
)
_RUSSIAN_ACCORDING = re.compile(r"(?<![\w-])[Пп]о\s+словам\s+")
_RUSSIAN_PRONOUNS = {"он": MASCULINE, "она": FEMININE}
# Words that end a role read before a name: prepositions and whom the words were said to.
_RUSSIAN_NOT_ROLE = frozenset(
    """в во на по с со к ко у о об из от за для при и а но что как журналистам агентству
    изданию телеканалу газете интервью корреспонденту слова также тоже""".split()
)
_RUSSIAN_ENDINGS = ("ыми", "ого", "ему", "ому", "ой", "ей", "ым", "ом", "ую", "а", "у", "е", "ы")
_MAX_RUSSIAN_ROLE_WORDS = 6
_MAX_RUSSIAN_SET_OFF_WORDS = 8  # words between commas after a name and before its verb
_RUSSIAN_DASHES = "\u2013\u2014-"


def _russian_stem(word: str) -> str:
    """A surname without its case ending: Пескова, Пескову, Песковым -> Песков; Калугиной ->
    Калугин."""
    for ending in _RUSSIAN_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word


def _russian_gender(first_name: str) -> str | None:
    folded = first_name.casefold()
    if folded in _RUSSIAN_MALE_NAMES:
        return MASCULINE
    if folded in _RUSSIAN_FEMALE_NAMES:
        return FEMININE
    return None


def _russian_full_name(words: list[str]) -> tuple[list[str], list[str]] | None:
    """The words before a person's name (part of a role, "президента России") and the name:
    from a nominative first name on ("Дмитрий Песков", "Дмитрий Сергеевич Песков")."""
    for index, word in enumerate(words):
        if _russian_gender(word) is None:
            continue
        name = words[index : index + 3]
        if len(name) == 3 and not _RUSSIAN_PATRONYMIC.search(name[1]):
            name = name[:2]
        return (words[:index], name) if len(name) >= 2 else None
    return None


class RussianSpeakerResolver:
    """Finds the speaker of each quotation of one Russian article: «…», — заявил Дмитрий
    Песков / Песков заявил: «…» / По словам Пескова, «…» / «…», — сказала она."""

    language = "ru"

    def __init__(self, text: str) -> None:
        self.text = text
        self._people: dict[str, tuple[str, str | None]] = {}  # surname stem -> name, gender
        for run in _RUSSIAN_RUN.finditer(text):
            found = _russian_full_name(run.group().split())
            if found is not None:
                name = found[1]
                stem = _russian_stem(name[-1])
                known = self._people.get(stem)
                if known is None or len(name) > len(known[0].split()):  # the fullest name
                    self._people[stem] = (" ".join(name), _russian_gender(name[0]))

    def attribute(self, quote) -> Attribution:
        found = self._after(quote) or self._inside(quote) or self._before(quote)
        return found or _NONE

    # -- where the attribution stands

    def _after(self, quote) -> Attribution | None:
        """«…», — заявил пресс-секретарь президента Дмитрий Песков."""
        window = self.text[quote.close_mark + 1 : quote.close_mark + 1 + _AFTER_REACH]
        window = window.split("\n", 1)[0].lstrip(" ,\u00a0")
        if not window[:1] or window[0] not in _RUSSIAN_DASHES:
            return None
        return self._verb_then_subject(window.lstrip(_RUSSIAN_DASHES + " \u00a0"), quote)

    def _inside(self, quote) -> Attribution | None:
        """«Это не для слабонервных, – пожаловалась Поризкова. — Я ...»: the attribution set
        between dashes inside the guillemets."""
        for part in quote.parts:
            inner = self.text[part.start : part.end]
            for dash in re.finditer(r",\s+[\u2013\u2014]\s+", inner):
                found = self._verb_then_subject(inner[dash.end() :], quote)
                if found is not None and found.speaker:
                    return found
        return None

    def _verb_then_subject(self, clause: str, quote) -> Attribution | None:
        verb = _RUSSIAN_VERB.match(clause)
        if verb is None:
            return None
        rest = re.split(r"[.!?;:\u00ab\u00bb\"]", clause[verb.end() :], maxsplit=1)[0]
        rest = rest.split(",", 1)[0]
        words = rest.split()
        if not words or words[0] in _RUSSIAN_PRONOUNS:
            pronoun = words[0] if words else ""
            return self._by_gender(quote.open_mark, _RUSSIAN_PRONOUNS.get(pronoun), verb.group())
        return self._named(words, verb.group())

    def _before(self, quote) -> Attribution | None:
        """Песков заявил: «…» / Как заявил Песков, «…» / По словам Пескова, «…»."""
        clause = self._clause_before(quote.open_mark)
        according = list(_RUSSIAN_ACCORDING.finditer(clause))
        if according:
            words = clause[according[-1].end() :].split(",", 1)[0].split()
            named = self._named(words, "according to")
            # the role is in the genitive after "по словам": left out
            return Attribution(named.speaker, None, named.verb) if named.speaker else None
        verbs = list(_RUSSIAN_VERB.finditer(clause))
        if not verbs:
            return None
        verb = verbs[-1]
        after = clause[verb.end() :]
        if len(after.split()) > _MAX_WORDS_VERB_TO_QUOTE:
            return None
        before_words = clause[: verb.start()].split()
        if before_words and before_words[-1].casefold() in _RUSSIAN_PRONOUNS:
            gender = _RUSSIAN_PRONOUNS[before_words[-1].casefold()]
            found = self._by_gender(quote.open_mark, gender, verb.group())
        else:
            found = self._named(before_words, verb.group(), subject_before=True)
            if found.speaker is None:
                found = self._set_off(before_words, verb.group())
            if found.speaker is None:
                found = self._named(re.split(r"[,:]", after, maxsplit=1)[0].split(), verb.group())
        if found.speaker is None:
            return None
        return Attribution(found.speaker, found.role, found.verb, introduced=True)

    def _set_off(self, before_words: list[str], verb: str) -> Attribution:
        """ "Анна Петрова, директор школы, заявила": the name before words set off by commas
        (a role, or "отвечая на вопрос"); the role is not taken, as it may be a clause."""
        if not before_words or not before_words[-1].endswith(","):
            return _no_one(verb)
        segments = " ".join(before_words).rstrip(",").split(",")
        if len(segments) < 2 or len(segments[-1].split()) > _MAX_RUSSIAN_SET_OFF_WORDS:
            return _no_one(verb)
        found = self._named(segments[-2].split(), verb, subject_before=True)
        return Attribution(found.speaker, None, verb) if found.speaker else found

    # -- names

    def _named(self, words: list[str], verb: str, subject_before: bool = False) -> Attribution:
        """The person these words name (role words, then a name), or no one. The subject of a
        verb is in the nominative: "Пескова поддержал Лавров" is said by Лавров, not Песков;
        after "по словам" the name is in the genitive."""
        subject = _trailing_run_with_role if subject_before else _leading_role_and_run
        words = subject(words)
        capitalised = [w for w in words if w[:1].isupper()]
        role_words = words[: len(words) - len(capitalised)]
        full = _russian_full_name(capitalised)
        if full is not None:
            titles, name = full
            person = self._people.get(_russian_stem(name[-1]))
            if person is None or person[0].split()[0] != name[0]:
                person = (" ".join(name), _russian_gender(name[0]))  # "Андрей Песков" is another
            role = " ".join(role_words + titles) or None
        elif capitalised:
            surname = capitalised[-1]
            person = self._people.get(_russian_stem(surname))
            if person is not None and verb != "according to" and surname != person[0].split()[-1]:
                person = None  # not the nominative: not the subject
            role = " ".join(role_words) or None
        else:
            person = None
        said_by = _gender_of_past_verb(verb)
        if person is None or said_by and person[1] and said_by != person[1]:
            return _no_one(verb)
        return Attribution(person[0], role, verb)

    def _by_gender(self, position: int, gender: str | None, verb: str) -> Attribution:
        """The person last named before `position`, of the gender of the pronoun or of the
        verb's form (сказала)."""
        if gender is None:
            gender = _gender_of_past_verb(verb)
        if gender is None:
            return _no_one(verb)  # "— говорит.": nobody to tell who
        window_start = max(position - _PRONOUN_REACH, 0)
        for run in reversed(list(_RUSSIAN_RUN.finditer(self.text, window_start, position))):
            person = self._people.get(_russian_stem(run.group().split()[-1]))
            if person is not None and person[1] == gender:
                return Attribution(person[0], None, verb)
        return _no_one(verb)

    def _clause_before(self, position: int) -> str:
        line_start = self.text.rfind("\n", 0, position) + 1
        window = self.text[max(line_start, position - _BEFORE_REACH) : position]
        ends = list(re.finditer(r"[.!?](?=\s)", window))
        return window[ends[-1].end() :] if ends else window


def _gender_of_past_verb(verb: str) -> str | None:
    """The gender a past verb's ending tells: сказала, призналась; сказал, признался."""
    if verb.endswith(("ла", "лась")):
        return FEMININE
    if verb.endswith(("л", "лся")):
        return MASCULINE
    return None


def _leading_role_and_run(words: list[str]) -> list[str]:
    """After a verb: lowercase role words, then the capitalised run that ends the subject
    ("пресс-секретарь президента Дмитрий Песков в интервью" -> up to Песков). An outlet
    opening with an acronym is whom the words were said to ("заявил РИА Новости Песков")."""
    taken: list[str] = []
    for word in words:
        if word[:1].isupper():
            taken.append(word)
        elif taken and taken[0].isupper() and len(taken[0]) > 1:
            taken = [] if word.casefold() in _RUSSIAN_NOT_ROLE else [word]
        elif any(w[:1].isupper() for w in taken) or len(taken) >= _MAX_RUSSIAN_ROLE_WORDS:
            break
        elif word.casefold() in _RUSSIAN_NOT_ROLE:
            taken = []
        else:
            taken.append(word)
    return taken


def _trailing_run_with_role(words: list[str]) -> list[str]:
    """Before a verb: the capitalised run right before it, with the lowercase role words before
    that run ("пресс-секретарь президента Дмитрий Песков заявил")."""
    run: list[str] = []
    for word in reversed(words):
        if not word[:1].isupper() or word.endswith(","):
            break
        run.insert(0, word)
    role: list[str] = []
    for word in reversed(words[: len(words) - len(run)] if run else []):
        if word[:1].isupper() or word.casefold() in _RUSSIAN_NOT_ROLE or word.endswith(","):
            break
        role.insert(0, word)
        if len(role) >= _MAX_RUSSIAN_ROLE_WORDS:
            break
    return role + run
