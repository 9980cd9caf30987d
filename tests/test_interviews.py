"""Interviews printed as questions and answers: each answer is a quotation of the interviewee.

The texts are written for these tests. Ordinary prose with a label and a colon at the start of
a line ("Update:", "Photo:", a single "Q:") must give nothing: a wrong hint is worse than none.
"""

from __future__ import annotations

import pytest

from server.core.interviews import find_answers
from server.core.quotes import find_quotations

QA_LETTERS = """\
Harbour city's new mayor on housing, buses and the budget
Mayor Ingrid Halvorsen spoke to the Coastal Ledger in an interview at City Hall last week.
The conversation has been edited for length.
Q: What will you do first about rents?
A: We will build on the land the port no longer needs. That is four thousand homes.
Q: Critics say the buses are the real problem. Are they right?
A: They are half right.
The routes were drawn for a city of thirty years ago, and we are redrawing them this winter.
Q: Will taxes go up?
A: Not this year, and not next year either.
Q: Is that a promise?
A: Yes.
"""

QA_WORDS = """\
The novelist Tomasz Wierzbicki has a new book out. In an interview with Wierzbicki, we asked \
about his habits.
Question: Do you write every day?
Answer: Every morning, from six until the children wake up, and never on a Sunday.
Question: Why set the book in a mining town?
Answer: Because my grandfather worked underground for forty years and never spoke of it.
"""

QA_DOTS = """\
Dr Amara Okonkwo-Reyes, who leads the malaria trial at the institute, talked to us about the \
results in a phone interview.
Q. How many children took part?
A. Just over eleven thousand, in four countries, over two rainy seasons.
Q. And the vaccine worked?
A. It cut severe cases by a little more than half, which is better than we dared to hope.
"""

NAME_LABELS = """\
Russia's foreign minister Sergei Lavrov gave an interview to the channel on Tuesday. \
Here is the transcript.
HOST: Minister, are the talks over?
LAVROV: Nobody has closed the door. We are waiting for a serious proposal.
HOST: What would a serious proposal look like?
LAVROV: One that starts from the situation as it is on the ground, not from wishes.
HOST: And if none comes?
LAVROV: Then we will go on as before.
"""

MR_LABELS = """\
Peter Dunmore, the chief executive of Dunmore Freight, sat down with our reporter Ruth Kale.
Kale: Why close the depot in Leeds?
Mr Dunmore: It lost money for six years in a row, and the lease ran out in March.
Kale: What happens to the two hundred drivers?
Mr Dunmore: Every one of them has been offered a job at the Wakefield site, with the same pay.
"""

MIXED = """\
The striker Lena Marquardt said on Sunday that she was "not finished with this club yet" after \
the club's defeat in the cup final.
"We gave everything, and it was not enough," she told reporters in the tunnel.
Marquardt later spoke to the Morning Post in an interview at the training ground.
Q: How do you feel a day later?
A: Empty. My coach told me "you will learn more from this one than from any win", and he is \
probably right, but today I do not want to learn anything.
Q: Will you stay?
A: I have a contract for two more years and I intend to honour it.
"""

NO_INTERVIEWEE = """\
The festival returns this summer. Organisers spoke to several local papers in interviews last \
week about the changes.
Q: Where will it be held?
A: On the old airfield, with three stages instead of two.
Q: Is parking free?
A: Only for those who book it with their ticket before the first of June.
"""

LIVE_BLOG = """\
Storm live: thousands without power across the north
Update: The coastguard has closed the harbour to all traffic until further notice.
Winds of up to 90mph were recorded overnight on the coast.
Update: Two schools in the valley will stay shut on Monday, the council says.
Warning: Drivers are told not to travel on the A66 unless they must.
Update: Power has been restored to about 4,000 homes.
Photo: A fallen tree blocks the road into the village.
"""

FAQ_BOX = """\
The council will charge for garden waste collections from April.
Residents who do not pay will still have their household bins emptied.
Q: How much will it cost?
A: Forty pounds a year, or thirty for those who sign up before March.
The charge was approved at Tuesday's meeting by 31 votes to 12.
"""

FAQ_EXPLAINER = """\
Everything you need to know about the new passport rules
Q: When do the rules start?
A: On the first of October, for every traveller over the age of twelve.
Q: Do I need a new photo?
A: Only if your current one is more than ten years old.
"""

COLON_NEWS = """\
The minister's visit was short. Sources: two officials who were in the room.
Background: the plant has been closed since the fire in 2021.
Read more: How the fire started
Note: This article was amended on 3 May to correct the spelling of a name.
Arsenal: Raya, White, Saliba, Gabriel, Timber, Rice, Odegaard.
Chelsea: Sanchez, James, Colwill, Cucurella, Caicedo, Palmer.
Arsenal: one change from the side that won on Wednesday.
Chelsea: unchanged.
Price: from £24.99. Rating: four stars.
"""


def speakers_and_texts(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in find_answers(text)]


def test_q_and_a_letters_give_each_answer_with_the_named_interviewee():
    assert speakers_and_texts(QA_LETTERS) == [
        (
            "Ingrid Halvorsen",
            "We will build on the land the port no longer needs. That is four thousand homes.",
        ),
        (
            "Ingrid Halvorsen",
            "They are half right. The routes were drawn for a city of thirty years ago, and we "
            "are redrawing them this winter.",
        ),
        ("Ingrid Halvorsen", "Not this year, and not next year either."),
        ("Ingrid Halvorsen", "Yes."),
    ]


def test_question_and_answer_words_resolve_the_surname_to_the_full_name():
    assert speakers_and_texts(QA_WORDS) == [
        (
            "Tomasz Wierzbicki",
            "Every morning, from six until the children wake up, and never on a Sunday.",
        ),
        (
            "Tomasz Wierzbicki",
            "Because my grandfather worked underground for forty years and never spoke of it.",
        ),
    ]


def test_q_and_a_with_full_stops():
    found = speakers_and_texts(QA_DOTS)
    assert [speaker for speaker, _ in found] == ["Amara Okonkwo-Reyes"] * 2
    assert found[1][1].startswith("It cut severe cases")


def test_name_labels_give_the_interviewee_by_the_fullest_name_and_leave_the_host_out():
    found = speakers_and_texts(NAME_LABELS)
    assert [speaker for speaker, _ in found] == ["Sergei Lavrov"] * 3
    assert [text for _, text in found] == [
        "Nobody has closed the door. We are waiting for a serious proposal.",
        "One that starts from the situation as it is on the ground, not from wishes.",
        "Then we will go on as before.",
    ]


def test_labels_with_a_title_name_the_interviewee_and_not_the_reporter():
    found = speakers_and_texts(MR_LABELS)
    assert [speaker for speaker, _ in found] == ["Peter Dunmore"] * 2
    assert found[0][1].startswith("It lost money for six years")


def test_an_interview_whose_interviewee_is_not_named_gives_answers_without_a_speaker():
    found = speakers_and_texts(NO_INTERVIEWEE)
    assert [speaker for speaker, _ in found] == [None, None]


@pytest.mark.parametrize(
    "text",
    [LIVE_BLOG, FAQ_BOX, FAQ_EXPLAINER, COLON_NEWS],
    ids=["live-blog-updates", "single-faq-box", "faq-explainer", "colon-labels-in-news"],
)
def test_colon_labels_in_ordinary_news_give_nothing(text):
    assert find_answers(text) == []
    assert find_quotations(text) == []


def test_answers_have_exact_offsets_without_the_label():
    for text in (QA_LETTERS, QA_WORDS, QA_DOTS, NAME_LABELS, MR_LABELS, MIXED):
        for quote in find_answers(text):
            assert quote.start == quote.parts[0].start and quote.end == quote.parts[-1].end
            assert " ".join(text[p.start : p.end] for p in quote.parts) == quote.text
            if len(quote.parts) == 1:
                assert text[quote.start : quote.end] == quote.text
            assert not quote.text.startswith(("A:", "A.", "Answer", "LAVROV", "Mr"))


def test_a_mixed_article_keeps_its_marked_quotations_and_adds_the_answers_once():
    found = find_quotations(MIXED)
    assert [(q.speaker, q.text[:30]) for q in found] == [
        ("Lena Marquardt", "not finished with this club ye"),
        ("Lena Marquardt", "We gave everything, and it was"),
        ("Lena Marquardt", 'Empty. My coach told me "you w'),
        ("Lena Marquardt", "I have a contract for two more"),
    ]
    # the coach's words quoted inside an answer stay inside it, not a quotation of their own
    assert not any(q.text.startswith("you will learn") for q in found)
    assert [q.start for q in found] == sorted(q.start for q in found)


def test_questions_are_not_quotations():
    texts = [q.text for q in find_quotations(QA_LETTERS)]
    assert not any("?" in text for text in texts)
    assert len(texts) == 3  # and "Yes." is under the four words a quotation needs


def test_the_last_answer_does_not_swallow_the_article_after_the_transcript():
    text = NAME_LABELS + "Lavrov is due in Geneva next week for another round of talks.\n"
    found = find_answers(text)
    assert found[-1].text == "Then we will go on as before."


TRANSCRIPT = """\
Q: Is the ceasefire holding?
A: In the north it is, and we hope the south will follow within days.
Q: Who is breaking it?
A: I will not name anyone before the observers have written their report.
"""


@pytest.mark.parametrize(
    ("introduction", "speaker"),
    [
        (
            "We spoke to General Idris Sarraf, who commands the observers, on Monday.",
            "Idris Sarraf",
        ),
        (
            "This is an edited transcript of our interview with Foreign Minister Nadia Qassem.",
            "Nadia Qassem",
        ),
        ("Nadia Qassem told the Ledger in a telephone interview on Friday:", "Nadia Qassem"),
        (
            "After the talks, Qassem gave an interview to our correspondent. Nadia Qassem is 54.",
            "Nadia Qassem",
        ),
        ("Nadia Qassem spoke to our correspondent in Amman.", "Nadia Qassem"),
        # the reporter and the minister both named: who was asked cannot be told
        ("In this interview our correspondent Ruth Kale spoke to Nadia Qassem in Amman.", None),
        # the subject may be the reporter, and the minister is not named
        ("Ruth Kale spoke to the minister in Amman for this interview.", None),
        # an interview with an outlet: the subject after the comma was interviewed
        (
            "In an interview with the Ledger, the minister Nadia Qassem talked about the talks.",
            "Nadia Qassem",
        ),
        # "She" who spoke to our reporter is the person the sentence before is about
        (
            "Q&A: Nadia Qassem on the talks\n\nNadia Qassem has led the talks since May. She "
            "spoke with our reporter Ruth Kale in Amman.",
            "Nadia Qassem",
        ),
        # "her" whom the paper sat down with is the woman heading a sentence before
        (
            "Nadia Qassem has led the talks since May. The Ledger sat down with her in Amman.",
            "Nadia Qassem",
        ),
    ],
)
def test_the_introduction_names_the_interviewee(introduction, speaker):
    found = find_answers(introduction + "\n" + TRANSCRIPT)
    assert [q.speaker for q in found] == [speaker, speaker]


def test_a_spanish_interview_with_p_and_r_labels_gives_the_writer_introduced():
    text = (
        "El escritor Javier Cercas publica una nueva novela sobre la Guerra Civil. En esta "
        "entrevista habla de su trabajo.\n\nP. ¿Por qué volver otra vez a la Guerra Civil?\n\n"
        "R. Porque todavía no la hemos entendido del todo.\n\nP. ¿Escribe todos los días?\n\n"
        "R. Sí, todas las mañanas, porque escribir es un oficio."
    )
    found = find_answers(text)
    assert [(q.text, q.speaker) for q in found] == [
        ("Porque todavía no la hemos entendido del todo.", "Javier Cercas"),
        ("Sí, todas las mañanas, porque escribir es un oficio.", "Javier Cercas"),
    ]


def test_a_german_interview_names_the_writer_without_her_role():
    text = (
        "Die Schriftstellerin Juli Zeh hat einen neuen Roman veröffentlicht. Im Interview "
        "spricht sie über das Land.\n\nFrage: Warum leben Sie auf dem Land?\n\nZeh: Weil ich "
        "dort die Ruhe zum Schreiben finde.\n\nFrage: Ist Ihr Buch politisch?\n\nZeh: Jedes "
        "Buch ist politisch, ob man will oder nicht."
    )
    assert [q.speaker for q in find_answers(text)] == ["Juli Zeh", "Juli Zeh"]


@pytest.mark.parametrize(
    "introduction",
    [
        "Our correspondent Ruth Kale spoke to Nadia Qassem in Amman.",
        "The minister spoke to the Ledger in Amman.",
        "Ruth Kale spoke to the minister in Amman.",
    ],
)
def test_spoke_to_without_an_interviewee_named_is_not_evidence_enough(introduction):
    assert find_answers(introduction + "\n" + TRANSCRIPT) == []


def test_a_question_label_with_name_labelled_answers():
    text = (
        "Transcript of the press conference on Thursday, with Health Secretary Alan Brierley.\n"
        "QUESTION: When will the waiting lists come down?\n"
        "BRIERLEY: By the end of next year, if the strike ends this month.\n"
        "QUESTION: And if it does not?\n"
        "BRIERLEY: Then it will take longer, and I will say so.\n"
    )
    assert [(q.speaker, q.text[:8]) for q in find_answers(text)] == [
        ("Alan Brierley", "By the e"),
        ("Alan Brierley", "Then it "),
    ]


def test_statements_labelled_by_name_without_questions_are_not_an_interview():
    text = (
        "The two leaders spoke to reporters after the summit.\n"
        "Macron: We agreed on the gas pipeline and on the border.\n"
        "Scholz: The pipeline will be finished in two years.\n"
        "Macron: France will pay its share.\n"
        "Scholz: Germany too.\n"
    )
    assert find_answers(text) == []


def test_a_label_that_is_a_word_leaves_the_speaker_to_the_introduction():
    text = (
        "Our guest on the podcast this week is the glaciologist Dr Mirela Vasquez-Lund, who "
        "spoke to us from her station in Svalbard.\n"
        "HOST: How fast is the glacier moving?\n"
        "GUEST: About two metres a day in summer, which is twice what it was in 2010.\n"
        "HOST: Can it be stopped?\n"
        "GUEST: No. What we can change is how much of the rest of the ice follows it.\n"
    )
    found = find_answers(text)
    assert [q.speaker for q in found] == ["Mirela Vasquez-Lund"] * 2


def test_answers_printed_in_quotation_marks_give_their_words_without_the_marks():
    text = (
        "Ingrid Halvorsen spoke to the Ledger in an interview.\n"
        "Q: Will the port close?\n"
        "A: \u201cNot while I am mayor, and not after me either.\u201d\n"
        "Q: And the ferry?\n"
        "A: \u201cThe ferry stays,\u201d she said, \u201cuntil the bridge opens.\u201d\n"
    )
    assert [q.text for q in find_answers(text)] == [
        "Not while I am mayor, and not after me either."
    ]
    # an answer told in narration is left to its marked quotations
    assert [(q.speaker, q.text) for q in find_quotations(text)] == [
        ("Ingrid Halvorsen", "Not while I am mayor, and not after me either."),
        ("Ingrid Halvorsen", "The ferry stays, until the bridge opens."),
    ]


ADVICE_COLUMN = """\
Our doctor answers readers' questions every week.
Q: My husband snores so loudly that I cannot sleep. What can I do?
A: Ask him to sleep on his side, and to talk to his doctor if it goes on for months.
Q: Is it true that cheese gives you nightmares?
A: There is no good evidence for it, though a heavy meal late at night can disturb sleep.
"""

EXPLAINER_WITH_EXPERTS = """\
We talked to three tax experts about what the new rules mean for you.
Q: Who pays the new rate?
A: Anyone who earns more than fifty thousand pounds a year from April.
Q: Can I avoid it?
A: Paying more into a pension lowers the income the rate is charged on.
"""


@pytest.mark.parametrize(
    "text", [ADVICE_COLUMN, EXPLAINER_WITH_EXPERTS], ids=["advice-column", "explainer"]
)
def test_questions_answered_by_the_outlet_itself_are_not_an_interview(text):
    assert find_answers(text) == []


def test_the_api_gives_the_answers_with_their_speaker_and_a_null_verb(live):
    answer = live.request("POST", "/api/v1/match", json_body={"text": NAME_LABELS})
    assert answer.status == 200
    quotes = answer.body["quotes"]
    assert [(q["speaker"], q["verb"]) for q in quotes] == [("Sergei Lavrov", None)] * 3
    for quote in quotes:
        assert NAME_LABELS[quote["start"] : quote["end"]] == quote["text"]


QUOTED_ANSWERS = """\
Q&A: The new library director on fines

Alma Reyes-Grant took over the city library in January. The Ledger sat down with her at the \
main branch. Her answers have been edited for length.

Q: You have called overdue fines "a tax on forgetfulness." Why get rid of them?

"Because they don't work. Fines did not bring books back any faster."

Q: The city is proposing a cut to your budget. What would that mean?

"It would mean closing on Sundays at every branch but this one.

"I don't say that to scare anybody."

Council member Rick Alden said the library "should be run more like a business."
"""


def test_answers_in_quotation_marks_after_q_questions_are_the_interviewees():
    found = [(q.text, q.speaker) for q in find_quotations(QUOTED_ANSWERS)]
    assert found[0] == ("a tax on forgetfulness.", None)  # the question's, nobody's
    assert found[1:3] == [
        ("Because they don't work. Fines did not bring books back any faster.", "Alma Reyes-Grant"),
        (
            "It would mean closing on Sundays at every branch but this one. I don't say that to "
            "scare anybody.",
            "Alma Reyes-Grant",
        ),
    ]
    assert found[3] == ("should be run more like a business.", "Rick Alden")
