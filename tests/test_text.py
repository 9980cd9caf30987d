"""Article text: boilerplate blanked with offsets kept, HTML reduced to the article's paragraphs."""

from __future__ import annotations

from conftest import MOSCOW_TIMES, SPUTNIK

from server.core.text import (
    article_and_paragraphs,
    blank_boilerplate,
    boilerplate_spans,
    ends_its_paragraph,
    html_to_text,
    line_around,
    paragraphs,
    reads_as_heading,
)


def furniture(text: str) -> list[str]:
    return [text[span.start : span.end] for span in boilerplate_spans(text)]


def test_blanking_keeps_every_offset():
    text = MOSCOW_TIMES.read_text(encoding="utf-8")
    blanked = blank_boilerplate(text)
    assert len(blanked) == len(text)
    body = "Kremlin spokesman Dmitry Peskov on Wednesday confirmed"
    assert blanked.index(body) == text.index(body)


def test_article_and_its_paragraphs_from_one_split_match_blanking_then_splitting():
    for text in (
        MOSCOW_TIMES.read_text(encoding="utf-8"),
        SPUTNIK.read_text(encoding="utf-8"),
        "No furniture here.\n\n  A second paragraph.  ",
    ):
        article, paras = article_and_paragraphs(text)
        assert article == blank_boilerplate(text)
        assert paras == paragraphs(article)
        assert len(paras) == len(paragraphs(text)) - len(furniture(text))


def test_moscow_times_appeal_and_widgets_are_furniture():
    dropped = furniture(MOSCOW_TIMES.read_text(encoding="utf-8"))
    joined = "\n".join(dropped)
    for piece in (
        "Enjoying ad-free content?",
        "Support us",
        "we have a small favor to ask",
        "We, the journalists of The Moscow Times",
        "please support us monthly",
        "paiment methods",
        "Not ready to support today?",
        "Remind me later.",
        "Read more",
        "Our journalism is banned in Russia",
    ):
        assert piece in joined, piece
    assert not any("Peskov" in paragraph for paragraph in dropped)
    assert not any("Bremmer" in paragraph for paragraph in dropped)


def test_sputnik_captions_printed_twice_are_furniture():
    dropped = furniture(SPUTNIK.read_text(encoding="utf-8"))
    assert sum("A woman casts her ballot" in paragraph for paragraph in dropped) == 2
    assert any(paragraph.startswith("© AP Photo") for paragraph in dropped)
    assert not any("Peskov told reporters" in paragraph for paragraph in dropped)


def test_article_words_about_support_stay_when_no_furniture_is_near():
    text = (
        "The mayor thanked residents for their support after the flood.\n\n"
        "\u201cYour support has carried this town through the worst week in its history,\u201d "
        "she said.\n\nRepairs will take a year."
    )
    assert furniture(text) == []


def test_lines_linking_another_article_are_furniture_quoted_headline_and_all():
    links = [
        "Read more: 'We were never consulted': Parents fight school bus cuts",
        "RELATED | \u2018It is a sad day\u2019: Last bank shuts its doors",
        "ALSO READ: \u2018Fuel levy will hurt the poor\u2019 \u2014 Reps urge suspension",
        "More from The Q&A: \u2018Fame arrived at 60\u2019",
        "Lire aussi | Enseignement agricole\u00a0: \u00ab\u00a0Nos lyc\u00e9es\u00a0\u00bb",
        "Lesen Sie auch: \u201eWir erleben eine Wende\u201c",
        "Cet article vous a \u00e9t\u00e9 utile\u00a0? Abonnez-vous \u00e0 notre newsletter.",
    ]
    body = [
        "More than 300 people came to the meeting.",
        "\u201cRead the report before you judge it,\u201d said the mayor.",
        "Related charges were dropped in May.",
    ]
    assert furniture("\n\n".join(body + links)) == links


def test_paragraphs_are_lines_without_their_outer_space():
    text = "  First line.  \n\n\tSecond line.\n"
    assert [text[p.start : p.end] for p in paragraphs(text)] == ["First line.", "Second line."]


PAGE = """<!doctype html><html><head><title>Port strike</title><style>p{}</style>
<script>var tracking = "Read the quote";</script></head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<main><article>
<h1>Dock workers strike over automation</h1>
<figure><img src="x.jpg"><figcaption>Workers at the gate. Photo: Jan Rys</figcaption>
</figure>
<p>Dock workers in Gdynia walked out on Monday over plans to automate two terminals.</p>
<p>&ldquo;We are not against machines, we are against being thrown away,&rdquo;
union leader Marta Zielinska told reporters.</p>
<aside><p>Sign up for our newsletter</p></aside>
<p>The port authority said talks would resume on Thursday.</p>
</article></main>
<footer><p>&copy; 2024 Example News. All rights reserved.</p></footer>
</body></html>"""


def test_html_keeps_the_article_paragraphs_in_order():
    text = html_to_text(PAGE)
    assert text.split("\n\n") == [
        "Dock workers strike over automation",
        "Dock workers in Gdynia walked out on Monday over plans to automate two terminals.",
        "\u201cWe are not against machines, we are against being thrown away,\u201d union leader "
        "Marta Zielinska told reporters.",
        "The port authority said talks would resume on Thursday.",
    ]


def test_html_without_article_element_uses_the_densest_block():
    page = (
        "<html><body><div class='menu'><p>Home</p></div><div class='story'>"
        "<p>First paragraph of the story, long enough to count.</p>"
        "<p>Second paragraph of the story, also long enough.</p></div></body></html>"
    )
    assert html_to_text(page).split("\n\n") == [
        "First paragraph of the story, long enough to count.",
        "Second paragraph of the story, also long enough.",
    ]


def test_html_with_no_paragraph_elements_still_gives_its_text():
    assert html_to_text("<html><body><div>Only a line of text</div></body></html>") == (
        "Only a line of text"
    )


def test_a_line_with_no_sentence_end_reads_as_a_heading():
    text = (
        "Key Events\n9. Manuel Gerres, Geschäftsführer: Neuigkeiten teilen\nHe said so.\n"
        "“Yes,” she said: “No.”"
    )
    assert line_around(text, 2) == "Key Events"
    assert line_around(text, text.index("Gerres"), text.index("teilen")).startswith("9. Manuel")
    assert reads_as_heading(line_around(text, 2), max_words=20)
    assert reads_as_heading(line_around(text, text.index("Gerres")))
    assert not reads_as_heading(line_around(text, text.index("Gerres")), max_words=5)
    assert not reads_as_heading(line_around(text, text.index("He said")))
    assert not reads_as_heading(line_around(text, len(text) - 2))
    assert not reads_as_heading("")


def test_a_quotation_ends_its_paragraph_with_nothing_but_a_full_stop_after_it():
    text = '"Was it a joke?"\n\n"It was," he said.\n"Fine".'
    assert ends_its_paragraph(text, text.index("?") + 2)
    assert not ends_its_paragraph(text, text.index("was,") + 5)
    assert ends_its_paragraph(text, len(text) - 1)  # the text's end ends it too
    assert ends_its_paragraph('"Yes," ’', 6, allowed=" .,’")
