// Finding a quotation again in a page's text: extension/content/anchor.js.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, it } from "node:test";

const require = createRequire(import.meta.url);
const { anchorQuote, locateOffset, quoteSelector, searchKey } = require("../../extension/content/anchor.js");

const SEED = readFileSync(new URL("../../seeds/000_250783dc01262731.txt", import.meta.url), "utf8");
const PESKOV = "I can only confirm to you that, indeed, about a year and a half ago they had a telephone conversation,";

/** The page's text as a browser has it: curly quotes straightened, paragraphs run together. */
function asPageText(text) {
  return text.replace(/[“”]/g, '"').replace(/’/g, "'").replace(/\s*\n\s*/g, "");
}

const found = (page, selector) => {
  const at = anchorQuote(page, selector);
  return at && page.slice(at.start, at.end);
};

describe("quoteSelector", () => {
  it("takes the exact words and up to 32 characters each side", () => {
    const start = SEED.indexOf(PESKOV);
    const s = quoteSelector(SEED, start, start + PESKOV.length);
    assert.equal(s.exact, PESKOV);
    assert.equal(s.prefix, SEED.slice(start - 32, start));
    assert.equal(s.suffix, SEED.slice(start + PESKOV.length, start + PESKOV.length + 32));
    assert.ok(s.prefix.endsWith("assertion.\n\n“"));
  });

  it("stops at the ends of the text and never inverts", () => {
    assert.deepEqual(quoteSelector("abc", 0, 3), { exact: "abc", prefix: "", suffix: "" });
    assert.deepEqual(quoteSelector("abc", 2, 1), { exact: "", prefix: "ab", suffix: "c" });
    assert.deepEqual(quoteSelector("abc", -5, 99), { exact: "abc", prefix: "", suffix: "" });
  });
});

describe("searchKey", () => {
  it("keeps letters and digits, folds case and accents, maps back to the text", () => {
    const key = searchKey("Élan, “Zürich” — 1½!");
    assert.equal(key.key, "elanzurich112");
    assert.equal(key.starts[0], 0);
    assert.equal(key.ends.at(-1), "Élan, “Zürich” — 1½".length);
  });

  it("counts surrogate pairs as one character of the text", () => {
    const key = searchKey("a😀b");
    assert.equal(key.key, "ab");
    assert.deepEqual(key.starts, [0, 3]);
  });
});

describe("anchorQuote", () => {
  const start = SEED.indexOf(PESKOV);
  const selector = quoteSelector(SEED, start, start + PESKOV.length);

  it("finds the seed quotation in the page despite straight quotes and run-together paragraphs", () => {
    const page = asPageText(SEED);
    assert.equal(
      found(page, selector),
      "I can only confirm to you that, indeed, about a year and a half ago they had a telephone conversation",
    );
  });

  it("ignores spacing, case and punctuation differences", () => {
    const page = "Before. i CAN only confirm to you that -- indeed --\n about a year\u00a0and a half ago they had a telephone-conversation; after.";
    assert.equal(
      found(page, { exact: PESKOV }),
      "i CAN only confirm to you that -- indeed --\n about a year\u00a0and a half ago they had a telephone-conversation",
    );
  });

  it("uses the context to choose between two places with the same words", () => {
    const words = "we will not give up the fight";
    const page = `The minister said: "${words}." Later the coach said: "${words}," he insisted.`;
    const second = page.lastIndexOf(words);
    const at = anchorQuote(page, { exact: words, prefix: "Later the coach said: ", suffix: ", he insisted." });
    assert.equal(at.start, second);
    const first = anchorQuote(page, { exact: words, prefix: "The minister said: ", suffix: "." });
    assert.equal(first.start, page.indexOf(words));
  });

  it("finds a quotation whose middle changed from its first and last words", () => {
    const extracted = "He said the company would, in the coming weeks and months, restore every service that was cut last winter.";
    const page = "He said the company would, in the coming weeks, restore every service that was cut last winter. Then he left.";
    assert.equal(found(page, { exact: extracted }), page.slice(0, page.indexOf(" Then") - 1));
  });

  it("finds a short quotation with a word changed near one end", () => {
    const extracted = "We failed Michael Doyle and we failed his family, and for that I am truly sorry.";
    const page = "The chief said: We failed Michael Doyle and we failed his relatives, and for that I am truly sorry. Then she left.";
    assert.equal(
      found(page, { exact: extracted }),
      "We failed Michael Doyle and we failed his relatives, and for that I am truly sorry",
    );
  });

  it("finds an interrupted quotation by its two ends", () => {
    const page = '"We are ready to talk to anyone at any time," the minister said, "but not under threat of force." Talks were then adjourned.';
    const joined = "We are ready to talk to anyone at any time, but not under threat of force.";
    assert.equal(found(page, { exact: joined }), page.slice(1, page.indexOf("force") + 5));
  });

  it("says null when the words are not there", () => {
    assert.equal(anchorQuote(asPageText(SEED), { exact: "a sentence that this article never printed at all" }), null);
    assert.equal(anchorQuote("anything", { exact: " , ; " }), null);
    assert.equal(anchorQuote("anything", null), null);
    assert.equal(anchorQuote("", { exact: "words" }), null);
  });

  it("does not stretch the head and tail search over unrelated text", () => {
    const exact = "the quick brown fox jumps over the lazy dog near the river bank today";
    const page = `the quick brown fox jumps over ${"filler words ".repeat(40)} lazy dog near the river bank today`;
    assert.equal(anchorQuote(page, { exact }), null);
  });
});

describe("locateOffset", () => {
  const starts = [0, 5, 5, 12]; // the third piece is empty
  it("finds the piece and the offset inside it", () => {
    assert.deepEqual(locateOffset(starts, 0), { index: 0, offset: 0 });
    assert.deepEqual(locateOffset(starts, 4), { index: 0, offset: 4 });
    assert.deepEqual(locateOffset(starts, 7), { index: 2, offset: 2 });
    assert.deepEqual(locateOffset(starts, 15), { index: 3, offset: 3 });
  });
  it("puts a boundary offset in the last piece that starts there", () => {
    assert.deepEqual(locateOffset(starts, 5), { index: 2, offset: 0 });
  });
});
