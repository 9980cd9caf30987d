"""The corpus on a real SQLite file: migrations, writes all-or-nothing, the index."""

from __future__ import annotations

import sqlite3
from dataclasses import replace

import pytest

from server.core.keys import lookup_keys, lookups, quotation_keys
from server.core.models import Quotation, Span
from server.core.normalize import content_hash, normalize
from server.corpus import (
    ArticleRecord,
    _add_weights,
    _ranked,
    normalize_published,
    open_corpus,
    prepare_article,
)
from server.errors import CorpusError
from server.migrations import (
    COUNTED_KEY_QUOTATIONS,
    KEY_INDEX_PAGE_BYTES,
    MIGRATIONS,
    SCHEMA_VERSION,
    count_keys,
    index_text,
    migrate,
)

TEXT = (
    "\u201cWe are not against machines, we are against being thrown away,\u201d union leader "
    "Marta Zielinska told reporters."
)
QUOTE = Quotation(
    "We are not against machines, we are against being thrown away,",
    1,
    63,
    (Span(1, 63),),
    "Marta Zielinska",
    "union leader",
    "told",
)


def article(**fields) -> ArticleRecord:
    values = {"url": "https://news.example/strike", "outlet": "Example News", "text": TEXT}
    return ArticleRecord(**{**values, **fields})


@pytest.fixture
def corpus(tmp_path):
    opened = open_corpus(str(tmp_path / "deep" / "folder" / "corpus.db"))
    yield opened
    opened.close()


def test_a_new_file_is_created_and_migrated(corpus):
    version = corpus.conn.execute("PRAGMA user_version").fetchone()[0]
    assert version == SCHEMA_VERSION
    assert corpus.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert corpus.counts() == (0, 0)


def test_new_unchanged_updated_and_never_duplicated(corpus):
    assert corpus.save_article(article(), [QUOTE]) == "new"
    assert corpus.save_article(article(), [QUOTE]) == "unchanged"
    assert corpus.save_article(article(title="Strike"), [QUOTE]) == "updated"
    assert corpus.save_article(article(text=TEXT + " More text."), [QUOTE, QUOTE]) == "updated"
    assert corpus.counts() == (1, 2)


def test_an_article_and_its_quotations_land_together_or_not_at_all(corpus):
    broken = Quotation("a quotation with no start", None, 1, (Span(0, 1),))  # NOT NULL fails
    with pytest.raises(CorpusError):
        corpus.save_article(article(), [QUOTE, broken])
    assert corpus.counts() == (0, 0)
    corpus.save_article(article(), [QUOTE])
    with pytest.raises(CorpusError):
        corpus.save_article(article(text="changed " + TEXT), [broken])
    stored = corpus.get_article(1)
    assert stored["text"] == TEXT and corpus.counts() == (1, 1)


def test_a_batch_commits_its_articles_together_or_none_of_them(corpus):
    broken = Quotation("a quotation with no start", None, 1, (Span(0, 1),))  # NOT NULL fails
    with corpus.batch():
        corpus.save_article(article(), [QUOTE])
        corpus.save_article(article(url="https://news.example/other"), [QUOTE])
    assert corpus.counts() == (2, 2)
    with pytest.raises(CorpusError, match="rolled back"), corpus.batch():
        corpus.save_article(article(url="https://news.example/third"), [QUOTE])
        with pytest.raises(CorpusError):
            corpus.save_article(article(url="https://news.example/fourth"), [QUOTE, broken])
        corpus.save_article(article(url="https://news.example/fifth"), [QUOTE])
    assert corpus.counts() == (2, 2)
    assert not corpus.conn.in_transaction
    assert corpus.save_article(article(url="https://news.example/third"), [QUOTE]) == "new"


def test_an_outlet_added_by_a_failed_write_is_added_again(corpus):
    broken = Quotation("a quotation with no start", None, 1, (Span(0, 1),))  # NOT NULL fails
    with pytest.raises(CorpusError):
        corpus.save_article(article(outlet="New Outlet"), [QUOTE, broken])
    assert corpus.save_article(article(outlet="New Outlet"), [QUOTE]) == "new"
    stored = corpus.conn.execute(
        "SELECT o.name FROM articles a JOIN outlets o ON o.id = a.outlet_id"
    ).fetchall()
    assert stored == [("New Outlet",)]


def test_a_prepared_article_is_saved_as_the_same_rows(tmp_path):
    quotes = [QUOTE, replace(QUOTE, text="A second statement of the union leader.")]
    tables = []
    for prepared in (False, True):
        opened = open_corpus(str(tmp_path / f"{prepared}.db"))
        try:
            if prepared:
                opened.save_prepared(prepare_article(article(), quotes))
            else:
                opened.save_article(article(), quotes)
            tables.append(
                [
                    opened.conn.execute(query).fetchall()
                    for query in (
                        "SELECT id, url, text, content_hash FROM articles",
                        "SELECT * FROM quotations",
                        "SELECT * FROM article_urls",
                        "SELECT term, doc FROM quotation_keys_vocab",
                    )
                ]
            )
        finally:
            opened.close()
    assert tables[0] == tables[1] and all(tables[0])


def test_candidates_come_from_the_index_with_their_article(corpus):
    corpus.save_article(article(published="2024-05-06"), [QUOTE])
    found = corpus.find_candidates("we are against being thrown away", limit=5)
    assert [(c.text, c.outlet, c.url, c.published) for c in found] == [
        (QUOTE.text, "Example News", "https://news.example/strike", "2024-05-06")
    ]
    assert corpus.find_candidates("entirely unrelated wording", limit=5) == []
    assert corpus.find_candidates("the and of", limit=5) == []


def test_reading_the_key_index_reads_what_an_import_adds_and_changes_no_answer(corpus):
    empty = corpus.read_key_index()
    corpus.save_article(article(), [QUOTE])
    corpus.optimize_index()
    before = corpus.find_candidates("we are against being thrown away", limit=5)
    assert corpus.read_key_index() > empty
    assert corpus.find_candidates("we are against being thrown away", limit=5) == before != []
    assert not corpus.conn.in_transaction


def test_an_update_replaces_the_indexed_quotations(corpus):
    corpus.save_article(article(), [QUOTE])
    corpus.save_article(article(text=TEXT + " Changed."), [])
    assert corpus.find_candidates("against being thrown away", limit=5) == []


def test_a_newer_schema_is_refused_with_a_clear_message(tmp_path):
    path = tmp_path / "future.db"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(CorpusError, match="newer than this QuoteTrail"):
        open_corpus(str(path))


def test_a_file_that_is_not_a_database_is_refused(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database " * 100)
    with pytest.raises(CorpusError, match="Cannot open the corpus"):
        open_corpus(str(path))
    assert path.read_text().startswith("these are my notes")


@pytest.mark.parametrize(
    ("given", "stored"),
    [
        ("2022-10-12", "2022-10-12"),
        ("2022-10-12T14:54:00+03:00", "2022-10-12T11:54:00+00:00"),
        ("2022-10-12T11:54:00Z", "2022-10-12T11:54:00+00:00"),
        ("2022-10-12 11:54", "2022-10-12T11:54:00+00:00"),
        (None, None),
    ],
)
def test_published_is_stored_as_iso_utc(given, stored):
    assert normalize_published(given) == stored


def test_published_that_is_not_iso_is_refused():
    with pytest.raises(ValueError, match="ISO 8601"):
        normalize_published("12 October 2022")


def test_a_corpus_of_the_first_schema_migrates_and_keeps_its_articles(tmp_path):
    from server.migrations import MIGRATIONS

    path = tmp_path / "old.db"
    with sqlite3.connect(path, isolation_level=None) as conn:
        MIGRATIONS[0](conn)
        conn.execute("PRAGMA user_version = 1")
        conn.execute("INSERT INTO outlets (name) VALUES ('Example News')")
        conn.execute(
            "INSERT INTO articles (url, outlet_id, text, content_hash, imported_at, updated_at) "
            "VALUES ('https://www.news.example/strike/', 1, 'x', 'h', 't', 't')"
        )
    corpus = open_corpus(str(path))
    try:
        assert corpus.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        known = corpus.known_article("https://news.example/strike?utm_source=rss")
        assert known is not None and known.url == "https://www.news.example/strike/"
    finally:
        corpus.close()


def test_a_corpus_of_the_first_schema_gets_the_key_index_on_open(tmp_path):
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    MIGRATIONS[0](conn)
    conn.execute("PRAGMA user_version = 1")
    conn.execute("INSERT INTO outlets (name) VALUES ('Example News')")
    conn.execute(
        "INSERT INTO articles (url, outlet_id, text, content_hash, imported_at, updated_at) "
        "VALUES ('https://news.example/old', 1, ?, 'x', 'now', 'now')",
        (TEXT,),
    )
    conn.execute(
        'INSERT INTO quotations (article_id, text, normalized, start, "end", parts, words) '
        "VALUES (1, ?, ?, 1, 63, '[[1, 63]]', 11)",
        (QUOTE.text, normalize(QUOTE.text)),
    )
    conn.close()
    corpus = open_corpus(str(path))
    try:
        tables = {row[0] for row in corpus.conn.execute("SELECT name FROM sqlite_master")}
        assert "quotations_fts" not in tables and "quotation_keys" in tables
        found = corpus.find_candidates("we are against being thrown away", limit=5)
        assert [c.url for c in found] == ["https://news.example/old"]
    finally:
        corpus.close()


def test_an_article_is_found_again_by_any_address_it_was_reached_by(corpus):
    saved = corpus.save_article(article(), [QUOTE], aliases=("https://news.example/go/42",))
    assert saved == "new"
    again = article(url="https://www.news.example/strike/?utm_campaign=x", title="Now titled")
    assert corpus.save_article(again, [QUOTE]) == "updated"
    assert corpus.known_article("http://news.example/go/42").url == "https://news.example/strike"
    assert corpus.counts() == (1, 1)


def test_another_outlets_copy_of_the_text_is_a_reprint_of_the_earlier_one(corpus):
    corpus.save_article(article(published="2024-03-05T10:00:00+00:00"), [QUOTE])
    wire = article(url="https://wire.example/strike", outlet="Wire", published="2024-03-05")
    corpus.save_article(wire, [QUOTE])
    rows = corpus.conn.execute("SELECT id, reprint_of FROM articles ORDER BY id").fetchall()
    assert rows == [(1, 2), (2, None)]  # the wire's, dated earlier, is the original
    other = article(url="https://other.example/x", outlet="Other", text="Nothing alike at all.")
    corpus.save_article(other, [])
    assert corpus.conn.execute("SELECT reprint_of FROM articles WHERE id = 3").fetchone() == (None,)


def test_a_stored_article_is_unchanged_only_word_for_word(corpus):
    corpus.save_article(article(), [QUOTE])
    assert corpus.is_unchanged(article())
    assert not corpus.is_unchanged(article(text=TEXT.replace("\u201c", '"')))
    assert not corpus.is_unchanged(article(title="Strike"))
    assert not corpus.is_unchanged(article(url="https://news.example/other"))


def test_candidates_need_two_shared_keys_and_survive_optimizing(corpus):
    other = Quotation(
        "machines are not the enemy of dock workers in the port", 0, 10, (Span(0, 10),)
    )
    corpus.save_article(article(), [QUOTE])
    corpus.save_article(article(url="https://news.example/2", text="x " + TEXT), [other])
    corpus.optimize_index()
    found = corpus.find_candidates("not against machines, we are against being thrown", limit=5)
    assert [c.text for c in found] == [QUOTE.text]
    assert found[0].normalized == normalize(QUOTE.text)


def test_a_quotation_cut_with_an_ellipsis_finds_the_whole(corpus):
    corpus.save_article(article(), [QUOTE])
    found = corpus.find_candidates("We are not against machines \u2026 being thrown away", limit=5)
    assert [c.text for c in found] == [QUOTE.text]


def test_an_import_counts_the_quotations_holding_each_common_key(corpus):
    shared = "the harbour strike will cost the region its winter ferries"
    for number in range(COUNTED_KEY_QUOTATIONS + 2):
        text = f"{shared} and {number} workers"
        quote = Quotation(text, 0, len(text), (Span(0, len(text)),))
        corpus.save_article(article(url=f"https://news.example/{number}"), [quote])
    corpus.optimize_index()
    counts = dict(corpus.conn.execute("SELECT key, quotations FROM key_counts"))
    assert counts["harbor_strike_will"] == COUNTED_KEY_QUOTATIONS + 2
    assert "and_0_workers" not in counts  # held by one quotation: rare, not stored
    found = corpus.find_candidates(f"{shared} and 3 workers", limit=1)
    assert [normalize(c.text) for c in found] == [normalize(f"{shared} and 3 workers")]


def save_statements(corpus, texts: list[str], first: int = 0, speaker: str | None = None) -> None:
    """Each text a quotation of its own article, in this order (the index reads the oldest
    first), said by `speaker`."""
    for number, text in enumerate(texts, first):
        quote = Quotation(text, 0, len(text), (Span(0, len(text)),), speaker)
        corpus.save_article(article(url=f"https://news.example/s{number}"), [quote])


TOPICS = [
    "cut the pensions of nurses",
    "close the rural clinics",
    "sell the harbour ferries",
    "delay the bridge repairs",
    "double the water charges",
    "scrap the night buses",
    "shut the coastal schools",
    "freeze the farm subsidies",
    "raise the tolls on the ring road",
    "merge the two fire brigades",
    "move the archive to the capital",
    "end the free school meals",
]


def test_a_few_words_changed_find_the_statement_by_its_distant_common_runs(corpus):
    # The source shares with the query only runs many statements hold: its opening and its
    # end. Each, read alone, is read only so far (`group_rows`) and misses the source.
    save_statements(corpus, [f"It is cynical that the regulators will {t}" for t in TOPICS])
    save_statements(corpus, [f"They promised to {t} before the election" for t in TOPICS], 20)
    source = "It is cynical that the regulators will raise our troops before the election"
    save_statements(corpus, [source], 40)
    corpus.optimize_index()
    query = "It is cynical that the regulators will increase our soldiers before the election"
    found = corpus.find_candidates(query, limit=1, group_rows=4)
    assert [c.text for c in found] == [source]


def weights_of(*found: list[int]) -> dict[int, float]:
    """The weights of the quotations each lookup found (`found`: their ids, one list each)."""
    weight: dict[int, float] = {}
    for quote_ids in found:
        _add_weights(weight, quote_ids, 1)
    return weight


def test_a_quotation_two_capped_lookups_find_ranks_above_one_a_rarer_lookup_finds():
    # A few words changed: the source (7) is among the first 100 of two common runs far apart
    # (the opening, the end); another statement of the story holds one run of the changed words
    # with 39 others.
    common_opening, common_end = list(range(100)), [7, *range(200, 299)]
    changed_words = list(range(1000, 1040))
    assert _ranked(weights_of(common_opening, common_end, changed_words), 1) == [7]


def test_a_lookup_of_few_quotations_still_outweighs_two_capped_ones():
    rare_run = list(range(1000, 1010))
    assert _ranked(weights_of(list(range(100)), [7, *range(200, 299)], rare_run), 1) == [1009]


def test_a_longer_version_finds_the_clause_it_extends(corpus):
    # Other statements hold every run of the clause but its first; only the source holds it whole.
    save_statements(corpus, [f"52 percent of nurses will {t}" for t in TOPICS])
    others = [f"{n} percent of families have joined the protests" for n in range(10, 22)]
    save_statements(corpus, others, 20)
    source = "52 percent of families have joined the protests"
    save_statements(corpus, [source], 40)
    corpus.optimize_index()
    query = f"The port authority says the contract is final, {source.lower()}"
    found = corpus.find_candidates(query, limit=1, group_rows=4)
    assert [c.text for c in found] == [source]


def test_a_page_looked_up_at_once_finds_what_each_quotation_finds_alone(corpus):
    subjects = ["the harbor strike", "the ferry contract", "our winter timetable", "the port"]
    verbs = ["will cost", "has delayed", "cannot save", "must not hurt"]
    objects = ["the island towns", "every night crossing", "the fishing fleet"]
    statements = [
        f"We think {s} {v} {o} before the spring tides, {n + 2} captains said"
        for n, (s, v, o) in enumerate((s, v, o) for s in subjects for v in verbs for o in objects)
    ]
    for first in range(0, len(statements), 8):
        quotes = [
            Quotation(t, 0, len(t), (Span(0, len(t)),)) for t in statements[first : first + 8]
        ]
        corpus.save_article(article(url=f"https://news.example/{first}"), quotes)
    corpus.optimize_index()
    page = [s.replace("We think", "I fear") for s in statements] + ["we will see", "no"]
    page += [s.replace("captains said", "as the mayor put it") for s in statements]
    counts = dict(corpus.conn.execute("SELECT key, quotations FROM key_counts"))
    groups = sum(len(lookups(quotation_keys([t]), counts, stretches=6)) for t in page)
    assert groups > 400  # more than one query of the index reads
    alone = [corpus.find_candidates(text, limit=6) for text in page]
    assert corpus.find_candidates_of(page, limit=6) == alone
    assert all(
        alone[n] and normalize(alone[n][0].text) == normalize(s) for n, s in enumerate(statements)
    )


def _older_corpus(path, version: int) -> sqlite3.Connection:
    """A corpus file as schema `version` left it, with one outlet and one article."""
    conn = sqlite3.connect(path, isolation_level=None)
    for migration in MIGRATIONS[:version]:
        migration(conn)
    conn.execute(f"PRAGMA user_version = {version}")
    conn.execute("INSERT INTO outlets (name) VALUES ('Example News')")
    conn.execute(
        "INSERT INTO articles (url, outlet_id, text, content_hash, imported_at, updated_at) "
        "VALUES ('https://news.example/old', 1, 'x', 'x', 'now', 'now')"
    )
    return conn


def test_the_key_index_is_written_again_in_small_leaves_and_finds_the_same(tmp_path):
    conn = _older_corpus(tmp_path / "schema4.db", 4)
    statements = [
        f"the harbor strike has delayed {n} night crossings of the fleet" for n in range(400)
    ]
    for text in statements:
        conn.execute(
            'INSERT INTO quotations (article_id, text, normalized, start, "end", parts, words) '
            "VALUES (1, ?, ?, 0, 1, '[[0, 1]]', 10)",
            (text, normalize(text)),
        )
    conn.execute(
        "INSERT INTO quotation_keys(rowid, keys) SELECT id, ? || ' ' || normalized FROM quotations",
        ("harbor_strike_has",),
    )
    conn.execute("INSERT INTO quotation_keys(quotation_keys) VALUES ('optimize')")

    def found(connection) -> dict[str, list[int]]:
        queries = ["harbor_strike_has", "harbor_strike_has AND 7", "120 OR 399", "rewrite"]
        return {
            query: [
                row[0]
                for row in connection.execute(
                    "SELECT rowid FROM quotation_keys WHERE quotation_keys MATCH ?", (query,)
                )
            ]
            for query in queries
        }

    before = found(conn)
    leaves = conn.execute("SELECT count(*) FROM quotation_keys_data").fetchone()[0]
    MIGRATIONS[4](conn)  # the next one writes the index again from the quotations
    try:
        assert found(conn) == before and len(before["harbor_strike_has"]) == 400
        assert before["rewrite"] == [] and before["harbor_strike_has AND 7"] == [8]
        data = "SELECT count(*), max(length(block)) FROM quotation_keys_data WHERE id > 10"
        rewritten, largest = conn.execute(data).fetchone()
        assert rewritten > leaves and largest < 2 * KEY_INDEX_PAGE_BYTES
    finally:
        conn.close()


def test_a_corpus_of_schema_5_gets_run_keys_and_keeps_its_keys_and_counts(tmp_path):
    path = tmp_path / "schema5.db"
    conn = _older_corpus(path, 5)
    statements = [f"the harbor strike has delayed {n} night crossings" for n in range(12)]
    statements += ["the strike has delayed nothing, the harbor strike has said"]
    for text in statements:
        normalized = normalize(text)
        conn.execute(
            'INSERT INTO quotations (article_id, text, normalized, start, "end", parts, words) '
            "VALUES (1, ?, ?, 0, 1, '[[0, 1]]', 10)",
            (text, normalized),
        )
        conn.execute(  # the index as schema 5 wrote it: keys only
            "INSERT INTO quotation_keys(rowid, keys) VALUES (last_insert_rowid(), ?)",
            (" ".join(lookup_keys(normalized.split())),),
        )
    count_keys(conn)
    counts = conn.execute("SELECT * FROM key_counts ORDER BY key").fetchall()
    conn.close()
    corpus = open_corpus(str(path))
    try:

        def found(query: str) -> list[int]:
            rows = corpus.conn.execute(
                "SELECT rowid FROM quotation_keys WHERE quotation_keys MATCH ?", (query,)
            )
            return [row[0] for row in rows]

        assert found('"harbor_strike_has" AND "strike_has_delayed"') == list(range(1, 14))
        assert found('"harbor-strike-has-delayed"') == list(range(1, 13))  # the words in a row
        assert corpus.conn.execute("SELECT * FROM key_counts ORDER BY key").fetchall() == counts
        assert ("harbor_strike_has", 13) in counts
    finally:
        corpus.close()


def test_a_stretch_of_keys_finds_the_quotations_holding_its_words_in_a_row(corpus):
    # The three keys of "the harbor strike has delayed", none of its two runs of four words.
    apart = "the harbor strike goes on, a harbor strike has no end and the strike has delayed us"
    in_a_row = "the harbor strike has delayed every crossing of the fleet"
    for number, text in enumerate([apart] * 8 + [in_a_row]):
        quote = Quotation(text, 0, len(text), (Span(0, len(text)),))
        corpus.save_article(article(url=f"https://news.example/{number}"), [quote])
    corpus.optimize_index()  # the keys are counted: each held by 8 quotations or more
    query = "the harbor strike has delayed"
    counts = dict(corpus.conn.execute("SELECT key, quotations FROM key_counts"))
    assert lookups(quotation_keys([query]), counts, stretches=6) == [
        (["the-harbor-strike-has", "harbor-strike-has-delayed"], 1),  # the whole
        (["the-harbor-strike-has"], 1),  # the stretches of two keys
        (["harbor-strike-has-delayed"], 1),
    ]
    assert [c.text for c in corpus.find_candidates(query, limit=20)] == [in_a_row]


def test_an_optimized_key_index_has_small_leaves_and_later_writes_the_default_ones(corpus):
    long_quote = Quotation(
        "the ferry contract will cost the island towns every winter crossing they still have "
        "and the harbor strike has delayed night crossings to the fishing fleet since march",
        0,
        10,
        (Span(0, 10),),
    )
    blocks = "SELECT max(length(block)) FROM quotation_keys_data WHERE id > 10"
    for number in range(3):
        corpus.save_article(article(url=f"https://news.example/{number}"), [long_quote])
    corpus.optimize_index()
    assert corpus.conn.execute(blocks).fetchone()[0] < 2 * KEY_INDEX_PAGE_BYTES
    other = Quotation(TEXT.upper() + " " + long_quote.text[::-1], 0, 10, (Span(0, 10),))
    corpus.save_article(article(url="https://news.example/later"), [long_quote, other])
    assert corpus.conn.execute(blocks).fetchone()[0] > 3 * KEY_INDEX_PAGE_BYTES
    assert len(corpus.find_candidates(long_quote.text, limit=10)) == 4


def speaker_rows(connection, speaker: str) -> list[int]:
    """The ids of the quotations the key index holds as said by `speaker` (a surname)."""
    query = "SELECT rowid FROM quotation_keys WHERE quotation_keys MATCH ?"
    return [row[0] for row in connection.execute(query, (f'"-{speaker}"',))]


OPENING = "It is cynical that the regulators will"
OWN_SOURCE = f"{OPENING} raise our troops"
OWN_QUERY = f"{OPENING} increase our soldiers"


def story_with_a_late_source(corpus, others_speaker: str = "Omar Haddad") -> None:
    """Twelve statements of one speaker that share their opening with the source, then the
    source, said by Vera Ferreira: past the first 4 that each lookup of the opening reads."""
    save_statements(corpus, [f"{OPENING} {t}" for t in TOPICS], speaker=others_speaker)
    save_statements(corpus, [OWN_SOURCE], 20, speaker="Vera Ferreira")
    corpus.optimize_index()


def own_candidates(corpus, speaker: str | None) -> list[str]:
    found = corpus.candidate_quotations_of([OWN_QUERY], limit=5, group_rows=4, speakers=[speaker])
    return [c.text for c in found[0]]


def test_a_capped_lookup_finds_the_quotations_own_speaker_past_the_rows_it_reads(corpus):
    story_with_a_late_source(corpus)
    assert OWN_SOURCE not in own_candidates(corpus, None)
    assert OWN_SOURCE not in own_candidates(corpus, "Omar Haddad")
    assert OWN_SOURCE in own_candidates(corpus, "Ferreira")  # a page names them by surname
    assert OWN_SOURCE in own_candidates(corpus, "Vera Ferreira")


def test_among_the_many_quotations_a_lookup_finds_the_speakers_come_first(corpus):
    # Nine quotations hold the opening, more than the three candidates; the source is the
    # oldest (the newest come first among equals).
    save_statements(corpus, [OWN_SOURCE], speaker="Vera Ferreira")
    save_statements(corpus, [f"{OPENING} {t}" for t in TOPICS[:8]], 1, speaker="Omar Haddad")
    corpus.optimize_index()
    found = corpus.candidate_quotations_of([OWN_QUERY], limit=3, speakers=[None])
    assert OWN_SOURCE not in [c.text for c in found[0]]
    found = corpus.candidate_quotations_of([OWN_QUERY], limit=3, speakers=["Ferreira"])
    assert [c.text for c in found[0]][:1] == [OWN_SOURCE]


def test_a_quotation_a_lookup_finds_in_few_quotations_is_not_looked_up_again(corpus):
    story_with_a_late_source(corpus)
    save_statements(corpus, ["Nobody will increase our soldiers"], 30, speaker="Omar Haddad")
    corpus.optimize_index()
    assert OWN_SOURCE not in own_candidates(corpus, "Ferreira")  # its candidates: that one


def test_a_page_finds_its_speakers_late_source_through_the_service(corpus):
    from server import settings
    from server.service import MatchPolicy, versions_of

    story_with_a_late_source(corpus)
    policy = replace(MatchPolicy.from_settings(settings.load()), group_rows=4)
    quotation = Quotation(OWN_QUERY, 0, len(OWN_QUERY), (Span(0, len(OWN_QUERY)),), "Ferreira")
    assert [v.candidate.text for v in versions_of(corpus, quotation, policy)][:1] == [OWN_SOURCE]


def test_the_speaker_keys_follow_every_write_and_update(corpus):
    quotes = [QUOTE, replace(QUOTE, text="A second statement of the union leader.", speaker=None)]
    corpus.save_article(article(), quotes)
    corpus.save_article(article(url="https://news.example/other"), [QUOTE])
    assert speaker_rows(corpus.conn, "zielinska") == [1, 3]
    corpus.save_article(article(text=TEXT + " Changed."), [replace(QUOTE, speaker="M. Novak")])
    corpus.optimize_index()
    assert speaker_rows(corpus.conn, "zielinska") == [3]
    assert speaker_rows(corpus.conn, "novak") == [4]
    assert "-novak" not in dict(corpus.conn.execute("SELECT key, quotations FROM key_counts"))


def schema_6_corpus(path) -> sqlite3.Connection:
    """A corpus of schema 6 with quotations of three speakers (and one unknown), indexed as
    schema 6 indexed them: keys and run keys, no speaker keys."""
    conn = _older_corpus(path, 6)
    speakers = ["Vera Ferreira", "Omar Haddad", None, "Ferreira"] * 3
    for text, speaker in zip([f"{OPENING} {t}" for t in TOPICS], speakers, strict=True):
        normalized = normalize(text)
        conn.execute(
            'INSERT INTO quotations (article_id, text, normalized, speaker, start, "end", parts, '
            "words) VALUES (1, ?, ?, ?, 0, 1, '[[0, 1]]', 10)",
            (text, normalized, speaker),
        )
        conn.execute(
            "INSERT INTO quotation_keys(rowid, keys) VALUES (last_insert_rowid(), ?)",
            (index_text(normalized),),
        )
    count_keys(conn)
    return conn


def index_answers(connection) -> dict[str, list[int]]:
    queries = ['"it_is_cynical"', '"the-regulators-will-close"', '"-ferreira"', '"-haddad"']
    query = "SELECT rowid FROM quotation_keys WHERE quotation_keys MATCH ?"
    return {q: [row[0] for row in connection.execute(query, (q,))] for q in queries}


def test_a_corpus_of_schema_6_gets_speaker_keys_and_keeps_its_keys_and_counts(tmp_path):
    conn = schema_6_corpus(tmp_path / "schema6.db")
    before = index_answers(conn)
    counts = conn.execute("SELECT * FROM key_counts ORDER BY key").fetchall()
    conn.close()
    assert before['"-ferreira"'] == [] and len(before['"it_is_cynical"']) == 12
    corpus = open_corpus(str(tmp_path / "schema6.db"))
    try:
        assert corpus.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        after = index_answers(corpus.conn)
        assert after == {
            **before,
            '"-ferreira"': [1, 4, 5, 8, 9, 12],  # "Vera Ferreira" and "Ferreira" alike
            '"-haddad"': [2, 6, 10],
        }
        assert corpus.conn.execute("SELECT * FROM key_counts ORDER BY key").fetchall() == counts
        data = "SELECT max(length(block)) FROM quotation_keys_data WHERE id > 10"
        assert corpus.conn.execute(data).fetchone()[0] < 2 * KEY_INDEX_PAGE_BYTES
    finally:
        corpus.close()


def test_a_speaker_key_migration_cut_off_leaves_schema_6_whole_and_runs_again(tmp_path):
    path = tmp_path / "schema6.db"
    conn = schema_6_corpus(path)
    for number in range(400):  # an index of many pages: writing it again needs more
        text = f"the harbor strike has delayed {number} night crossings of the fleet"
        conn.execute(
            'INSERT INTO quotations (article_id, text, normalized, speaker, start, "end", parts, '
            "words) VALUES (1, ?, ?, 'Omar Haddad', 0, 1, '[[0, 1]]', 10)",
            (text, normalize(text)),
        )
        conn.execute(
            "INSERT INTO quotation_keys(rowid, keys) VALUES (last_insert_rowid(), ?)",
            (index_text(normalize(text)),),
        )
    conn.execute("INSERT INTO quotation_keys(quotation_keys) VALUES ('optimize')")
    before = index_answers(conn)
    (pages,) = conn.execute("PRAGMA page_count").fetchone()
    conn.execute(f"PRAGMA max_page_count = {pages}")  # the disk full before it is rewritten
    with pytest.raises(CorpusError, match="full"):
        migrate(conn)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 6
    assert not conn.in_transaction
    conn.close()
    conn = sqlite3.connect(path)
    assert index_answers(conn) == before
    conn.close()
    corpus = open_corpus(str(path))
    try:
        assert index_answers(corpus.conn)['"-haddad"'] == [2, 6, 10, *range(13, 413)]
    finally:
        corpus.close()


def rows_holding(connection, term: str) -> list[int]:
    query = "SELECT rowid FROM quotation_keys WHERE quotation_keys MATCH ?"
    return [row[0] for row in connection.execute(query, (f'"{term}"',))]


def test_a_corpus_of_schema_7_reads_its_per_cent_and_currency_signs_as_words(tmp_path):
    """Schemas 8 and 9."""
    said = "Our members have seen their real wages fall by 12% in three years"
    as_schema_7 = "our members have seen their real wages fall by 12 in three years"
    other = "Our members will strike again in the spring if nothing changes"
    priced = "The offer is worth \u00a32.4m and it is an insult"
    conn = _older_corpus(tmp_path / "schema7.db", 7)
    conn.execute("UPDATE articles SET text = ?, content_hash = 'as schema 7 wrote it'", (said,))
    for text, normalized in (
        (said, as_schema_7),
        (other, normalize(other)),
        (priced, "the offer is worth 24m and it is an insult"),
    ):
        conn.execute(
            'INSERT INTO quotations (article_id, text, normalized, speaker, start, "end", parts, '
            "words) VALUES (1, ?, ?, 'Maura Kell', 0, 1, '[[0, 1]]', 12)",
            (text, normalized),
        )
        conn.execute(
            "INSERT INTO quotation_keys(rowid, keys) VALUES (last_insert_rowid(), ?)",
            (index_text(normalized, "Maura Kell"),),
        )
    conn.close()
    corpus = open_corpus(str(tmp_path / "schema7.db"))
    try:
        stored = corpus.conn.execute("SELECT normalized, words FROM quotations ORDER BY id")
        assert stored.fetchall() == [
            (normalize(said), 14),
            (normalize(other), 12),
            ("the offer is worth 24 million pounds and it is an insult", 12),
        ]
        assert "fall by 12 percent in three" in normalize(said)
        new_terms = set(index_text(normalize(said), "Maura Kell").split())
        assert all(rows_holding(corpus.conn, t) for t in new_terms)
        gone = set(index_text(as_schema_7, "Maura Kell").split()) - new_terms
        assert gone and not any(rows_holding(corpus.conn, t) == [1] for t in gone)
        (digest,) = corpus.conn.execute("SELECT content_hash FROM articles").fetchone()
        assert digest == content_hash(said)
        page = "their real wages fall by 12 per cent in three years"
        assert [c.text for c in corpus.find_candidates(page, limit=1)] == [said]
    finally:
        corpus.close()


def _older_corpus_holding(path, version: int, written: list[str], normalized: list[str]):
    """A corpus file as schema `version` left it holding these quotations, with the words it
    gave them, opened (so migrated) by this QuoteTrail."""
    conn = _older_corpus(path, version)
    for text, words in zip(written, normalized, strict=True):
        conn.execute(
            'INSERT INTO quotations (article_id, text, normalized, speaker, start, "end", parts, '
            "words) VALUES (1, ?, ?, NULL, 0, 1, '[[0, 1]]', ?)",
            (text, words, len(words.split())),
        )
        conn.execute(
            "INSERT INTO quotation_keys(rowid, keys) VALUES (last_insert_rowid(), ?)",
            (index_text(words),),
        )
    conn.close()
    return open_corpus(str(path))


def test_a_corpus_of_schema_9_reads_glued_currencies_and_pc_as_words(tmp_path):
    """Schema 10: "₦48bn", "KSh3 million", "Rs 3,120" and "5pc" are read as their amounts and
    currencies written out, as the outlets that write them out have them."""
    written = [
        "Harmattan remains committed to the \u20a648bn expansion of the plant",
        "Nandi Hills Tea will still pay the full prize money of KSh3 million",
        "No more than 5pc of the levy will go on administration",
        "Our members will strike again in the spring if nothing changes",
    ]
    as_schema_9 = [
        "harmattan remains committed to the 48bn expansion of the plant",
        "nandi hills tea will still pay the full prize money of ksh3 million",
        "no more than 5pc of the levy will go on administration",
        normalize(written[3]),
    ]
    _assert_renormalized(
        tmp_path / "schema9.db",
        9,
        written,
        as_schema_9,
        [
            "the 48 billion naira expansion",
            "of 3 million shillings",
            "no more than 5 percent of the levy",
        ],
        page="will still pay the full prize money of 3 million shillings to every winner",
        found=written[1],
    )


def test_a_corpus_of_schema_10_reads_rand_and_naira_amounts_as_words(tmp_path):
    """Schema 11: "R47 million" and "N2.3bn" are read as their amounts and currencies written
    out; "R40", a road as often as an amount, stays as it was."""
    written = [
        "Our bid was R47 million cheaper and we were disqualified on a technicality",
        "The defendant diverted N2.3bn meant for boreholes in Bauchi and Gombe",
        "Take the R40 north towards Mbombela and you will see the damage",
    ]
    as_schema_10 = [
        "our bid was r47 million cheaper and we were disqualified on a technicality",
        "the defendant diverted n23bn meant for boreholes in bauchi and gombe",
        normalize(written[2]),
    ]
    _assert_renormalized(
        tmp_path / "schema10.db",
        10,
        written,
        as_schema_10,
        [
            "our bid was 47 million rand cheaper",
            "diverted 23 billion naira meant",
            "take the r40 north",
        ],
        page="our bid was 47 million rand cheaper and we were disqualified",
        found=written[0],
    )


def _assert_renormalized(path, schema, written, as_stored, fragments, *, page, found):
    """An older corpus holding `written` (normalized then as `as_stored`) opens with each
    quotation's words normalized again: each fragment stands in its quotation's, and the page
    finds `found` first."""
    corpus = _older_corpus_holding(path, schema, written, as_stored)
    try:
        stored = [row[0] for row in corpus.conn.execute("SELECT normalized FROM quotations")]
        assert stored == [normalize(text) for text in written]
        for fragment, words in zip(fragments, stored, strict=False):
            assert fragment in words
        assert [c.text for c in corpus.find_candidates(page, limit=1)] == [found]
    finally:
        corpus.close()
