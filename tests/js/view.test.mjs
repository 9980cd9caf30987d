// Tests for the pure view module shared by the page and the extension: node --test tests/js/
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";

import {
  MOVED_TITLE,
  articleLabel,
  errorMessage,
  formatDate,
  formatScore,
  quoteSegments,
  quoteWording,
  readArticle,
  readArticleList,
  readMatchResponse,
  isKnownRelation,
  relationLabel,
  resultSummary,
  safeHttpUrl,
  splitEdgeSpace,
  versionSegments,
  versionWording,
} from "../../extension/lib/view.js";

// The seed example: Moscow Times (page) vs Sputnik (version), Peskov's words.
const A =
  "I can only confirm to you that, indeed, about a year and a half ago they had a telephone conversation";
const B =
  "I can only confirm to you that, indeed, they had a telephone conversation about a year and a half ago";
const CLAUSE = "about a year and a half ago";

// Built by hand per the diff semantics: joining `a` gives A, joining `b` gives B;
// the moved clause is a pair of "move" segments sharing move_id 1.
const MOVE_DIFF = [
  { op: "equal", a: "I can only confirm to you that, indeed, ", b: "I can only confirm to you that, indeed, " },
  { op: "move", a: `${CLAUSE} `, b: "", move_id: 1 },
  { op: "equal", a: "they had a telephone conversation", b: "they had a telephone conversation" },
  { op: "move", a: "", b: ` ${CLAUSE}`, move_id: 1 },
];

const join = (segs) => segs.map((s) => s.text).join("");

describe("the seed diff itself", () => {
  it("joins back to both sides", () => {
    assert.equal(MOVE_DIFF.map((s) => s.a).join(""), A);
    assert.equal(MOVE_DIFF.map((s) => s.b).join(""), B);
  });
});

describe("versionSegments", () => {
  it("renders the version of the seed example with the clause moved", () => {
    const segs = versionSegments(MOVE_DIFF);
    assert.equal(join(segs), B);
    assert.deepEqual(
      segs.map((s) => s.kind),
      ["same", "same", "moved"],
    );
    assert.equal(segs[2].text.trim(), CLAUSE);
    assert.equal(segs[2].moveId, 1);
    assert.deepEqual(
      segs.map(({ text, kind }) => ({ text, kind })),
      [
        { text: "I can only confirm to you that, indeed, ", kind: "same" },
        { text: "they had a telephone conversation", kind: "same" },
        { text: ` ${CLAUSE}`, kind: "moved" },
      ],
    );
  });

  it("maps each op to its kind and drops deleted-only segments", () => {
    const diff = [
      { op: "equal", a: "We ", b: "We " },
      { op: "replace", a: "will", b: "shall" },
      { op: "equal", a: " fight", b: " fight" },
      { op: "delete", a: " hard", b: "" },
      { op: "insert", a: "", b: " on the beaches" },
    ];
    assert.deepEqual(versionSegments(diff), [
      { text: "We ", kind: "same" },
      { text: "shall", kind: "changed" },
      { text: " fight", kind: "same" },
      { text: " on the beaches", kind: "added" },
    ]);
  });

  it("is safe on missing or malformed input and keeps the join exact", () => {
    assert.deepEqual(versionSegments(undefined), []);
    assert.deepEqual(versionSegments(null), []);
    assert.deepEqual(versionSegments("equal"), []);
    assert.deepEqual(versionSegments([null, 3, { op: "equal", a: "x", b: 5 }]), []);
    // an unknown op carrying text on the b side still shows that text
    assert.deepEqual(versionSegments([{ op: "weird", a: "", b: "x" }]), [{ text: "x", kind: "changed" }]);
  });
});

describe("quoteSegments", () => {
  it("renders the page's side of the seed example with the clause moved", () => {
    const segs = quoteSegments(MOVE_DIFF);
    assert.equal(join(segs), A);
    assert.deepEqual(
      segs.map((s) => s.kind),
      ["same", "moved", "same"],
    );
    assert.equal(segs[1].text.trim(), CLAUSE);
    assert.equal(segs[1].moveId, 1);
  });

  it("maps each op to its kind and drops inserted-only segments", () => {
    const diff = [
      { op: "equal", a: "We ", b: "We " },
      { op: "replace", a: "will", b: "shall" },
      { op: "delete", a: " hard", b: "" },
      { op: "insert", a: "", b: " on the beaches" },
    ];
    assert.deepEqual(quoteSegments(diff), [
      { text: "We ", kind: "same" },
      { text: "will", kind: "changed" },
      { text: " hard", kind: "removed" },
    ]);
    assert.equal(join(quoteSegments(diff)), "We will hard");
  });
});

describe("versionWording / quoteWording", () => {
  it("uses the diff when it joins back to the text", () => {
    const segs = versionWording({ text: B, diff: MOVE_DIFF });
    assert.equal(join(segs), B);
    assert.ok(segs.some((s) => s.kind === "moved"));
    assert.equal(join(quoteWording(A, MOVE_DIFF)), A);
  });

  it("falls back to the plain text when the diff is missing or disagrees", () => {
    assert.deepEqual(versionWording({ text: B, diff: [] }), [{ text: B, kind: "same" }]);
    assert.deepEqual(versionWording({ text: "other words", diff: MOVE_DIFF }), [
      { text: "other words", kind: "same" },
    ]);
    assert.deepEqual(versionWording({}), []);
    assert.deepEqual(versionWording(null), []);
    assert.deepEqual(quoteWording("x", null), [{ text: "x", kind: "same" }]);
    assert.deepEqual(quoteWording(undefined, MOVE_DIFF), []);
  });
});

describe("splitEdgeSpace", () => {
  it("separates the spaces around the words", () => {
    assert.deepEqual(splitEdgeSpace(` ${CLAUSE}`), [" ", CLAUSE, ""]);
    assert.deepEqual(splitEdgeSpace("  a b\n"), ["  ", "a b", "\n"]);
    assert.deepEqual(splitEdgeSpace("word"), ["", "word", ""]);
    assert.deepEqual(splitEdgeSpace("   "), ["   ", "", ""]);
    assert.deepEqual(splitEdgeSpace(""), ["", "", ""]);
    assert.deepEqual(splitEdgeSpace(null), ["", "", ""]);
  });
});

describe("isKnownRelation", () => {
  it("knows each relation the backend sends, and nothing else", () => {
    const relations = ["verbatim", "reordered", "fragment", "extended", "variant", "overlap", "part"];
    for (const relation of relations) {
      assert.equal(isKnownRelation(relation), true);
    }
    for (const other of ["paraphrase", "toString", "", null, undefined, 5]) {
      assert.equal(isKnownRelation(other), false);
    }
  });
});

describe("relationLabel", () => {
  it("gives human words for each relation", () => {
    assert.equal(relationLabel("verbatim"), "Same words");
    assert.equal(relationLabel("reordered"), "Same words, reordered");
    assert.equal(relationLabel("fragment"), "Shorter excerpt");
    assert.equal(relationLabel("extended"), "Longer version");
    assert.equal(relationLabel("variant"), "Worded differently");
    assert.equal(relationLabel("overlap"), "Overlapping excerpt");
    assert.equal(relationLabel("part"), "Another part of the statement");
  });

  it("returns an unknown relation as is", () => {
    assert.equal(relationLabel("paraphrase"), "paraphrase");
    assert.equal(relationLabel("toString"), "toString");
    assert.equal(relationLabel(""), "");
    assert.equal(relationLabel(null), "");
    assert.equal(relationLabel(undefined), "");
  });
});

describe("formatDate", () => {
  it("keeps the calendar date as written", () => {
    assert.equal(formatDate("2022-10-12T11:54:00+00:00"), "2022-10-12");
    assert.equal(formatDate("2022-10-12"), "2022-10-12");
    assert.equal(formatDate("2022-10-12 11:54:00"), "2022-10-12");
    assert.equal(formatDate("2022-10-12T11:54:00Z"), "2022-10-12");
    // no shift to the reader's timezone
    assert.equal(formatDate("2022-10-12T23:30:00-05:00"), "2022-10-12");
    assert.equal(formatDate("2022-10-12T00:10:00+03:00"), "2022-10-12");
    assert.equal(formatDate("2024-02-29T10:00:00"), "2024-02-29");
  });

  it("gives an empty string for null or invalid dates", () => {
    assert.equal(formatDate(null), "");
    assert.equal(formatDate(undefined), "");
    assert.equal(formatDate(""), "");
    assert.equal(formatDate("yesterday"), "");
    assert.equal(formatDate("12.10.2022"), "");
    assert.equal(formatDate("2022-13-01"), "");
    assert.equal(formatDate("2022-00-10"), "");
    assert.equal(formatDate("2023-02-29"), "");
    assert.equal(formatDate("2022-10-32"), "");
    assert.equal(formatDate("2022-10-12garbage"), "");
    assert.equal(formatDate(1665575640000), "");
    assert.equal(formatDate({}), "");
  });

  it("reads a Date in UTC", () => {
    assert.equal(formatDate(new Date("2022-10-12T11:54:00Z")), "2022-10-12");
    assert.equal(formatDate(new Date("nope")), "");
  });
});

describe("formatScore", () => {
  it("prints finite numbers briefly", () => {
    assert.equal(formatScore(0.8734), "0.87");
    assert.equal(formatScore(1), "1");
    assert.equal(formatScore(92.5), "92.50");
    assert.equal(formatScore(null), "");
    assert.equal(formatScore(Number.NaN), "");
    assert.equal(formatScore("0.9"), "");
  });
});

describe("safeHttpUrl", () => {
  it("lets only absolute http(s) URLs through", () => {
    assert.equal(safeHttpUrl("https://sputniknews.com/a/b?x=1"), "https://sputniknews.com/a/b?x=1");
    assert.equal(safeHttpUrl("http://example.org"), "http://example.org/");
    assert.equal(safeHttpUrl("javascript:alert(1)"), "");
    assert.equal(safeHttpUrl(" JavaScript:alert(1)"), "");
    assert.equal(safeHttpUrl("data:text/html,<b>x</b>"), "");
    assert.equal(safeHttpUrl("/relative/path"), "");
    assert.equal(safeHttpUrl(""), "");
    assert.equal(safeHttpUrl(null), "");
  });
});

const GOOD = {
  quotes: [
    {
      text: A,
      start: 1234,
      end: 1337,
      speaker: "Dmitry Peskov",
      role: "Kremlin spokesman",
      verb: "told",
      versions: [
        {
          text: B,
          speaker: "Peskov",
          outlet: "Sputnik",
          url: "https://sputniknews.com/20221012/kremlin.html",
          title: "Kremlin Denies Reports Musk Talked to Putin",
          published: "2022-10-12T11:54:00+00:00",
          score: 0.97,
          relation: "reordered",
          diff: MOVE_DIFF,
        },
      ],
    },
    { text: "Elon Musk told me he had spoken with Putin", start: 10, end: 52, speaker: null, versions: [] },
  ],
};

describe("readMatchResponse", () => {
  it("keeps a good answer", () => {
    const r = readMatchResponse(GOOD);
    assert.equal(r.quotes.length, 2);
    const [q1, q2] = r.quotes;
    assert.equal(q1.text, A);
    assert.equal(q1.start, 1234);
    assert.equal(q1.speaker, "Dmitry Peskov");
    assert.equal(q1.role, "Kremlin spokesman");
    assert.equal(q1.verb, "told");
    assert.equal(q1.versions.length, 1);
    const v = q1.versions[0];
    assert.equal(v.outlet, "Sputnik");
    assert.equal(v.relation, "reordered");
    assert.equal(v.score, 0.97);
    assert.equal(v.published, "2022-10-12T11:54:00+00:00");
    assert.deepEqual(v.diff, MOVE_DIFF);
    assert.equal(join(versionSegments(v.diff)), v.text);
    assert.equal(q2.speaker, null);
    assert.deepEqual(q2.versions, []);
  });

  it("fills safe defaults", () => {
    const r = readMatchResponse({
      quotes: [
        { text: 42, speaker: "", versions: "nope" },
        {},
        null,
        "a string",
        {
          text: "x",
          versions: [
            { text: null, outlet: 7, score: "high", published: 12, diff: [{ op: "equal", a: 1, b: "x" }, null] },
            42,
          ],
        },
      ],
    });
    assert.equal(r.quotes.length, 3);
    assert.deepEqual(r.quotes[0], {
      text: "",
      start: null,
      end: null,
      speaker: null,
      role: null,
      verb: null,
      versions: [],
    });
    assert.equal(r.quotes[1].text, "");
    assert.deepEqual(r.quotes[1].versions, []);
    const [v] = r.quotes[2].versions;
    assert.equal(r.quotes[2].versions.length, 1);
    assert.deepEqual(v, {
      text: "",
      speaker: null,
      outlet: "",
      url: "",
      title: "",
      published: null,
      score: null,
      relation: "",
      diff: [{ op: "equal", a: "", b: "x" }],
    });
  });

  it("accepts an empty list of quotations", () => {
    assert.deepEqual(readMatchResponse({ quotes: [] }), { quotes: [] });
  });

  it("throws a clear error on a wrong top-level shape", () => {
    assert.throws(() => readMatchResponse(null), /not a JSON object/);
    assert.throws(() => readMatchResponse(undefined), /not a JSON object/);
    assert.throws(() => readMatchResponse("quotes"), /not a JSON object/);
    assert.throws(() => readMatchResponse([{ text: "x" }]), /not a JSON object/);
    assert.throws(() => readMatchResponse({}), /no list of quotations/);
    assert.throws(() => readMatchResponse({ error: { message: "x" } }), /no list of quotations/);
    assert.throws(() => readMatchResponse({ quotes: {} }), /not a list/);
    assert.throws(() => readMatchResponse({ quotes: null }), /not a list/);
  });
});

describe("errorMessage", () => {
  it("uses the message from the error body", () => {
    assert.equal(
      errorMessage(400, { error: { code: "bad_request", message: "The text is empty." } }),
      "The text is empty.",
    );
    assert.equal(errorMessage(500, { error: { code: "x", message: "  Database locked.  " } }), "Database locked.");
    assert.equal(errorMessage(502, { error: "Upstream failed." }), "Upstream failed.");
  });

  it("falls back to the status", () => {
    assert.equal(errorMessage(404, null), "The backend answered with status 404.");
    assert.equal(errorMessage(500, {}), "The backend answered with status 500.");
    assert.equal(errorMessage(500, { error: { code: "x" } }), "The backend answered with status 500.");
    assert.equal(errorMessage(503, { error: { message: "" } }), "The backend answered with status 503.");
    assert.equal(errorMessage(413, "Payload Too Large"), "The backend answered with status 413.");
    assert.equal(errorMessage(undefined, null), "The backend answered with an error.");
  });
});

describe("articles", () => {
  it("reads the list and labels each article", () => {
    const { articles } = readArticleList({
      articles: [
        {
          id: 1,
          url: "https://sputniknews.com/x",
          outlet: "Sputnik",
          title: "Kremlin Denies Reports",
          published: "2022-10-12T11:54:00+00:00",
          quotes: 3,
        },
        { id: 2, url: "https://example.org/y", outlet: "", title: "", published: null, quotes: 1 },
        { url: "no id" },
        null,
      ],
    });
    assert.equal(articles.length, 2);
    assert.equal(articleLabel(articles[0]), "Sputnik · 2022-10-12 · Kremlin Denies Reports (3 quotations)");
    assert.equal(articleLabel(articles[1]), "https://example.org/y (1 quotation)");
    assert.equal(articleLabel({ id: 9 }), "Article 9");
    assert.throws(() => readArticleList({}), /articles could not be read/);
    assert.throws(() => readArticleList(null), /articles could not be read/);
  });

  it("reads one article", () => {
    const a = readArticle({ id: 1, url: "u", outlet: "o", title: "t", published: null, language: "en", text: A });
    assert.equal(a.text, A);
    assert.equal(a.language, "en");
    assert.throws(() => readArticle({ id: 1 }), /article could not be read/);
    assert.throws(() => readArticle(null), /article could not be read/);
  });
});

describe("resultSummary", () => {
  it("says what was found", () => {
    assert.equal(resultSummary({ quotes: [] }), "No quotations found in this text.");
    assert.equal(resultSummary(null), "No quotations found in this text.");
    const r = readMatchResponse(GOOD);
    assert.equal(resultSummary(r), "Found 2 quotations; 1 has versions from other outlets.");
    assert.equal(
      resultSummary({ quotes: [r.quotes[1]] }),
      "Found 1 quotation; no other outlet's version in the corpus.",
    );
    assert.equal(resultSummary({ quotes: [r.quotes[0]] }), "Found 1 quotation; it has versions from other outlets.");
  });
});

describe("static files", () => {
  const root = new URL("../../server/static/", import.meta.url);
  const read = (name) => readFileSync(new URL(name, root), "utf8");

  it("app.js never parses HTML from data", () => {
    const app = read("app.js");
    for (const banned of ["innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("]) {
      assert.ok(!app.includes(banned), `app.js uses ${banned}`);
    }
  });

  it("index.html loads the module and has no inline script, handler or style", () => {
    const html = read("index.html");
    assert.match(html, /<script type="module" src="\/static\/app\.js"><\/script>/);
    assert.match(html, /<link rel="stylesheet" href="\/static\/style\.css">/);
    assert.ok(!/<script(?![^>]*\bsrc=)[^>]*>/i.test(html), "inline <script>");
    assert.ok(!/\son[a-z]+\s*=/i.test(html), "inline event handler");
    assert.ok(!/\sstyle\s*=/i.test(html), "inline style attribute");
    assert.ok(!/<style[\s>]/i.test(html), "inline <style>");
    assert.match(html, /aria-live="polite"/);
  });

  it("the moved tooltip is the agreed one", () => {
    assert.equal(MOVED_TITLE, "Moved: stands elsewhere in this version");
  });
});
