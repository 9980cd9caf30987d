"""Which pronoun a person takes, when the article or their first name tells: a veto only.

"She said" must not be given to Joe Banks. A person's gender counts as known when the article
writes Mr./Mrs./Ms. before their surname, gives them a gendered role (spokeswoman, actor), or
their first name is a common one of one gender (or has a feminine ending: Cristina, Mariana);
otherwise it is unknown, and nothing is vetoed.
"""

from __future__ import annotations

import re

from .normalize import fold

FEMININE, MASCULINE = "feminine", "masculine"
PRONOUN_GENDER = {
    "she": FEMININE,
    "her": FEMININE,
    "hers": FEMININE,
    "elle": FEMININE,
    "sie": FEMININE,
    "ella": FEMININE,
    "a-t-elle": FEMININE,
    "he": MASCULINE,
    "him": MASCULINE,
    "his": MASCULINE,
    "il": MASCULINE,
    "er": MASCULINE,
    "él": MASCULINE,
    "a-t-il": MASCULINE,
}
# First names of one gender in most news; not those common for both (Kelly, Jordan, Alex, Kim,
# Taylor, Casey, Jamie).
_FEMININE_NAMES = frozenset(
    """mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty
    margaret sandra ashley kimberly emily donna michelle carol amanda melissa deborah stephanie
    rebecca sharon laura cynthia kathleen amy angela shirley anna brenda pamela emma nicole
    helen samantha katherine christine debra rachel carolyn janet catherine maria heather diane
    ruth julie olivia joyce virginia victoria lauren christina joan evelyn judith megan
    andrea cheryl hannah jacqueline martha gloria teresa ann sara madison frances kathryn janice
    jean abigail alice judy sophia grace denise amber doris marilyn danielle beverly isabella
    theresa diana natalie brittany charlotte marie kayla alexis lori anne sophie claire fiona
    julia elena irina natalia olga svetlana tatiana yulia ekaterina marta ines lena ingrid
    petra katrin sabine ursula angela giulia francesca chiara sofia lucia carmen isabel ana
    priya aisha fatima mariam leila yasmin mei ling yuki hana amelia zoe chloe ella lily nina
    vera eva greta astrid karin kristin hilary hillary nadia tamara valentina beth kate katie
    jane janet jenny jill joan judy liz lucy maggie meg molly nancy pam peggy sally susie
    tina wendy ellen eleanor esther gwen harriet ivana jade joanna kathy lindsey lorraine louise
    lynn mandy marian maureen melanie miriam monica nora paula penelope rosa rosie sheila sonia
    stella tess tracy ursula vanessa yvonne zara naomi leah ruth rebekah becky bridget caroline
    cecilia clara daisy delia dolores edith elaine eliza emilia erin faye gillian hazel helena
    imogen irene jana jessie josephine karen laila lara leonie linda lorna mabel marjorie
    matilda maxine nell olive phoebe priscilla rhiannon roberta shannon siobhan tanya teresa
    theresa vicky violet yolanda
    mia ava camila luna aria scarlett layla chelsea brooke paige bethany courtney crystal erica
    gabrielle jasmine jocelyn kaitlyn kristen lydia mackenzie mallory miranda nicola noelle
    savannah serena sierra stacy tiffany whitney anita monique sunita deepa kavita lakshmi
    aaliyah amina zainab khadija noor salma ayesha keiko akiko sakura giorgia kristalina
    kamala nikki ilhan alexandria tulsi jacinda roisin aoife niamh sinead grainne
    saoirse caoimhe deirdre maeve brigid eileen mairead nuala ciara clodagh shona morag kirsty
    mhairi eilidh catriona fenella bronwen ffion cerys nia seren angharad
    sylvie lea chantal nathalie isabelle veronique sandrine celine martine francoise brigitte
    christiane genevieve helene josiane juliette laetitia lucie manon margaux mathilde mireille
    nadine odile pascale severine solene valerie virginie agnes amelie anais aurelie beatrice
    cecile clemence colette delphine elodie emilie fanny florence gaelle geraldine jeanne justine
    karine laure madeleine marion maud noemie oceane pauline renee suzanne therese yvette
    nerea amaia begona rocio pilar guadalupe alicia marisa beatriz mercedes consuelo montserrat
    nuria itziar miren leire ainhoa maite lourdes soledad raquel albertina
    monika birgit heike gabriele renate susanne claudia silke anke kerstin jutta gisela helga
    marlene johanna franziska stefanie hannelore ghislaine
    fatou nomvula funmilayo folake ngozi chiamaka adaeze wanjiru akosua cornelia thandi lerato
    nomsa zanele lindiwe nandi ama abena efua adwoa naheed nasreen shabana farzana ananya
    deepika kavya anjali folasade yetunde bukola titilayo isla aroha farida renata camille eleri
    ailsa javiera florencia constanza rosalba inmaculada macarena josefa cida raimunda edileuza
    cristiane aparecida jurema francisca fernanda debora gisele tatiane heloisa conceicao graca
    benedita neide celia
    theresia gertrud hildegard magdalena annemarie waltraud rosemarie ilse irmgard liselotte
    frieda lotte luise anja antje dagmar elke erika gudrun inge martina simone sonja tanja
    ulrike ute veronika verena agnieszka malgorzata katarzyna ewa krystyna danuta jadwiga zofia
    dorota beata iwona grazyna halina bozena justyna aleksandra sylwia tereza zuzana zsofia
    eszter katalin erzsebet ildiko judit orsolya anouk femke sanne lieke marieke annelies
    sigrid kirsten mette freja linnea solveig giovanna alessandra federica silvia paola ayse
    fatma zeynep elif emine hatice merve ozlem maryam nour huda rania hala samira amaka
    thandiwe meena kavitha divya
    cleonice jussara lucineide rosineide eunice clarice berenice
    armelle corinne estelle fabienne sabrine agathe apolline capucine coralie eloise maelle ophelie
    amandine
    romane salome
    ishbel kirsteen seonaid rhona morven elspeth
    carola elisabeth katharina luisa ida nele kathrin bettina daniela christa heidi margit
    marianne sieglinde
    sueli leonor matilde margarida catarina joana rita andreia rosangela larissa leticia
    bruna
    amparo remedios norma marisol milagros filomena clotilde aicha aminata awa fatoumata
    mariam khadija leila yasmina samira nadia dolores montserrat nuria begona maite ainhoa
    itziar nerea rocio soledad consuelo araceli yolanda lourdes esperanza
    encarnacion inmaculada socorro gloria graca fatima conceicao cicera
    edileuza rosineide raimunda aparecida jussara irene ines beatriz elsbeth vreni
    heidi ursula gertrud hildegard brigitte gudrun dagmar heike silke anke maren frauke
    laure solene maelle oceane manon chloe clemence margaux ghislaine sylvie chantal
    josette odile martine veronique genevieve francoise aroha anahera mere ngaire kiri hine
    marama tigist meseret almaz genzebe tirunesh senbere worknesh gelete letesenbet tsehay
    gidey hiwot aisling""".split()
)
_MASCULINE_NAMES = frozenset(
    """roland aditya rohan vasant lucien winston kelvin
    james robert john michael david william richard joseph thomas charles christopher daniel
    matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy
    ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott
    brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry tyler aaron
    jose adam nathan henry douglas zachary peter kyle ethan walter noah jeremy christian keith
    roger terry gerald harold sean austin carl arthur lawrence dylan jesse bryan billy
    joe bruce gabriel logan albert willie alan juan wayne elijah randy roy vincent ralph eugene
    russell bobby mason philip louis dmitry vladimir sergei sergey alexei alexey ivan nikolai
    mikhail andrei igor oleg boris yuri viktor pavel elon emmanuel olaf jens hans klaus jurgen
    uwe stefan markus tobias lars anders erik sven giuseppe giovanni marco luca matteo carlos
    luis miguel pedro diego jorge rafael antonio francisco manuel ahmed mohammed mohamed ali
    omar hassan ibrahim rajesh rahul arjun vikram wei hiroshi kenji takeshi tom jim bill bob
    mike dave steve tim ian joel zach neil nigel colin graham gordon stuart hugh duncan dan
    danny ben sam max nick rob bob greg jeff ken len ron ted tony vince matt chris pete
    phil rick ricky rich jon josh luke jake seth owen evan liam connor callum declan kieran
    rory shane barry derek dean glen craig martin simon trevor malcolm clive rupert tristan
    howard harvey leonard marvin melvin norman oscar stanley vernon wallace warren wesley
    leroy dwayne darren travis marcus andre jamal tyrone xavier zachary abdul karim khalid
    hamid tariq yusuf mustafa felipe pablo javier sergio alejandro fernando ricardo andres
    jean-pierre pierre francois jacques michel philippe laurent olivier nicolas thierry
    dieter wolfgang helmut gerhard heinz friedrich jean-paul jean-marc jean-luc jean-claude
    jean-louis jean-michel jean-yves jean-francois jean-baptiste jean-jacques
    oliver lucas leo levi jackson sebastian theodore hudson grayson ezra isaac lincoln julian
    caleb nolan hunter asher miles wyatt hugo felix harry archie alfie freddie finn aiden
    jayden mateo elias santiago emilio joaquin ramon hector raul enrique alberto eduardo
    gustavo marcelo rodrigo thiago vinicius joao luiz andrzej piotr tomasz krzysztof
    volodymyr oleksandr dmytro mykhailo rishi keir narendra recep yair naftali mahmoud
    faisal salman rami samir walid youssef barack bernie mitch chuck vivek hakeem lloyd
    antony brett cody dustin garrett jared kurt lance
    reginald bernard geoffrey alistair alasdair angus cian conor ciaran colm seamus padraig
    niall eamon eamonn fergus hamish dougal gareth rhys emrys idris dafydd gwyn huw ifan osian
    rhodri
    henri antoine yves alain didier gilles herve jerome julien maxime mathieu remi sebastien
    benoit bertrand cedric christophe emile etienne fabien fabrice florian francis frederic
    gaston georges gerard guillaume guy jeremie lionel loic marcel maurice patrice pascal quentin
    regis rene romain serge sylvain thibault yann rejean gaetan alexandre baptiste arnaud raphael
    clement adrien damien marc-andre luc mickael
    matthias andreas johannes jonas lukas maximilian moritz niklas reto ruedi urs werner manfred
    rainer horst gunter bernd joachim jochen karl holger torsten volker
    ignacio inaki jordi mauricio ernesto horacio federico lorenzo matias franco joseba gonzalo
    alvaro iker xabier mikel tiago rui nuno goncalo marcos paulo afonso duarte
    sipho thabo bongani themba sibusiso kwame kofi kwadwo kwabena yaw kojo kwesi imtiaz ghulam
    harshvardhan ray eanna oisin darragh fergal tadhg eoghan donal ronan cathal diarmuid ruairi
    lorcan emeka chinedu obinna tunde karthik arun suresh ramesh ganesh prakash sanjay anil
    sunil hennie ruan pieter johan gert olufemi adewale babatunde segun kunle femi lyle rohan
    hafiz hemi iwan brendan euan ewan lachlan murdo jesus esteban agustin inigo gerardo rogelio
    octavio fredy nahuel cristian facundo lautaro ramiro hernan leandro guillermo alfonso cesar
    adolfo wanderley edson raimundo sebastiao severino josue valdir valdemar gilberto rogerio
    renato flavio fabio claudio marcio luciano wellington kaio
    ferdinand josef franz johann georg alois anton ludwig hubert herbert rudolf alfred otto
    erich ernst wilhelm heinrich hermann konrad gunther jorg nils timo fabian dominik benedikt
    korbinian vinzenz leopold valentin theo ole hannes henrik bjorn steffen thorsten dirk
    detlef ralf rolf christoph philipp carsten hartmut reinhard siegfried lothar ulrich
    gottfried benno egon emil fritz gustav reinhold marek jakub pawel wojciech michal lukasz
    mateusz kamil bartosz grzegorz jaroslaw zbigniew janusz stanislaw tadeusz wieslaw ryszard
    miroslaw dariusz slawomir jiri petr tomas vaclav ondrej milos zdenek radek vojtech laszlo
    istvan zoltan attila gabor sandor ferenc jozsef balazs jeroen bram joost wouter sander kees
    geert maarten koen thijs sjoerd ruud magnus jorgen mikkel rasmus soren francesco mario
    luigi salvatore alessandro paolo stefano roberto giorgio carlo enrico massimo riccardo
    gianluca vincenzo domenico mehmet ahmet hasan huseyin murat emre burak cem kemal osman omer
    serkan volkan giorgos dimitris nikos kostas yannis muhammad hussein abdullah khaled nabil
    tarek fadi ziad bassam olusegun chidi chukwuemeka ikenna kwaku kobina abebe tesfaye mandla
    lwazi sizwe jabulani amit vijay anand manoj deepak senthil murugan venkatesh balaji
    srinivasan benedito
    gregoire bruno denis franck jules mathis stephane yannick ludovic marc armand aurelien bastien
    cyril erwan gael gwenael killian mael timothee victor alexis axel enzo remy
    calum gregor ruaridh ruairidh ruaraidh alastair torquil iain struan graeme finlay
    clemens raimund erwin gerd henning jakob leon leonhard sepp xaver quirin veit wendelin
    severin nico
    joaquim armando vitor diogo henrique bernardo mateus davi heitor matheus guilherme
    leonardo murilo caio
    fermin valdemir reinaldo ronaldo aurelio osvaldo cleber adriano anderson alisson everton
    julio otavio vasco aitor pau oriol sergi jaume andreu efrain angel dario ruben arturo
    vicente vicent ramiro hernan facundo agustin gonzalo matias
    esteban ignacio nicolas horacio rogelio ernesto joaquin sebastiao raimundo joaquim
    edson gilberto rogerio wellington leandro fabio marcio sergio gustavo marcelo rodrigo
    thiago tiago matheus mateus felipe luiz luis nuno duarte goncalo afonso alvaro inigo
    inaki xavier edouard farid rachid karim nabil samir youssef mustafa amadou moussa
    ousmane mamadou ibrahima cheikh abdoulaye hansruedi reto urs ueli koebi jurgen
    klaus reinhold erwin dieter horst gunter wolfgang helmut gerhard joachim ulrich
    thierry gregory mathis yannick gwenael erwan loic sebastien jerome benoit cedric herve
    pascal didier thibault romain aurelien guillaume ludovic fabrice tama wiremu hemi rawiri
    tane nikau yvon kenenisa haile yomif selemon berihu tesfaye getachew abebe""".split()
)
# Endings of first names that are feminine in the languages that use them.
_FEMININE_ENDINGS = ("ina", "ana", "ela", "ella", "ette", "elle", "issa", "ise")
_GENDERED_ROLE = (
    (
        re.compile(
            r"\b(?:spokeswoman|chairwoman|congresswoman|councilwoman|businesswoman|actress|"
            r"queen|princess|duchess|mother|daughter|sister|wife|widow|grandmother|"
            r"sprecherin|ministerin|bürgermeisterin|kanzlerin|anwältin)\b",
            re.IGNORECASE,
        ),
        FEMININE,
    ),
    (
        re.compile(
            r"\b(?:spokesman|chairman|congressman|councilman|businessman|actor|king|"
            r"prince|duke|father|son|brother|husband|widower|grandfather)\b",
            re.IGNORECASE,
        ),
        MASCULINE,
    ),
)
_HONORIFIC = {
    "mr": MASCULINE,
    "mrs": FEMININE,
    "ms": FEMININE,
    "miss": FEMININE,
    "sir": MASCULINE,
    "dame": FEMININE,
    "lord": MASCULINE,
    "lady": FEMININE,
}


def gender_from_first_name(name: str) -> str | None:
    """The gender of a name's first word, None when unknown or when a second given name says
    the other ("Wei Ling Tan": Wei is a man's name, Ling a woman's)."""
    words = name.split()
    first = fold(words[0])  # "Seán" is "sean"
    found = _listed_gender(first)
    if found is None and "-" in first:  # the first part's: "Marie-Pierre", "Hans-Peter"
        head = first.split("-")[0]
        return MASCULINE if head == "jean" else _listed_gender(head)  # "Jean-Pol": French Jean
    if found is None and len(first) >= 4 and first.endswith(_FEMININE_ENDINGS):
        return FEMININE  # Cristina, Mariana, Gabriela, Isabella, Annette, Danielle, Elise
    second = _listed_gender(fold(words[1])) if found is not None and len(words) >= 3 else None
    if second is not None and second != found:
        return None  # the second given name, by the lists only: "Juan Pérez Medina" is a man
    return found


def _listed_gender(folded: str) -> str | None:
    if folded in _FEMININE_NAMES:
        return FEMININE
    if folded in _MASCULINE_NAMES:
        return MASCULINE
    return None


def gender_from_role(role: str | None) -> str | None:
    for pattern, gender in _GENDERED_ROLE:
        if role and pattern.search(role):
            return gender
    return None


def gender_from_honorific(word_before: str) -> str | None:
    return _HONORIFIC.get(word_before.strip(".").casefold())


def contradicts(pronoun: str, gender: str | None) -> bool:
    """Does a pronoun of one gender stand for a person known to be of the other?"""
    wanted = PRONOUN_GENDER.get(pronoun.casefold())
    return wanted is not None and gender is not None and gender != wanted
