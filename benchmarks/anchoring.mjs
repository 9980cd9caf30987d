// How well and how fast the extension finds a quotation again in a page's text.
//
// The texts: the seed articles and the 82 news texts of tests/cases/quotes_cases.json.
// Their quotations and offsets come from the real `quotetrail quotes --jsonl`.
// Each quotation's selector is taken from the text as the backend saw it; it is
// then looked for in the page's text as a browser may hold it, one difference
// at a time. Speed is a ratio against a baseline of the same run: one search-key
// pass over the page (the normalisation anchoring does once per search).
//
//     node benchmarks/anchoring.mjs [--rounds 5]
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const require = createRequire(import.meta.url);
const { anchorQuote, quoteSelector, searchKey } = require(join(ROOT, "extension/content/anchor.js"));

const rounds = Number(process.argv[process.argv.indexOf("--rounds") + 1]) || 5;

function texts() {
  const cases = JSON.parse(readFileSync(join(ROOT, "tests/cases/quotes_cases.json"), "utf8")).cases;
  const seeds = readFileSync(join(ROOT, "seeds/manifest.jsonl"), "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => readFileSync(join(ROOT, "seeds", JSON.parse(line).file), "utf8"));
  return [...seeds, ...cases.map((c) => c.text)];
}

function quotationsOf(all) {
  const input = all.map((text, id) => JSON.stringify({ id, text })).join("\n");
  const run = spawnSync(join(ROOT, ".venv/bin/quotetrail"), ["quotes", "--jsonl"], { input, encoding: "utf8" });
  if (run.status !== 0) throw new Error(`quotetrail quotes failed: ${run.stderr}`);
  return run.stdout
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line))
    .flatMap(({ id, quotes }) => quotes.map((q) => ({ text: all[id], start: q.start, end: q.end })));
}

const key = (text) => searchKey(text).key;

/** How a browser's text of the page may differ from what the backend saw. */
const VARIANTS = {
  "the same text": (text) => text,
  "paragraphs run together": (text) => text.replace(/\s*\n\s*/g, ""),
  "straight quotes, ASCII dashes": (text) =>
    text.replace(/[“”«»„]/g, '"').replace(/[‘’]/g, "'").replace(/[–—]/g, "-"),
  "no-break spaces, soft hyphens": (text) =>
    text.replace(/ /g, "\u00a0").replace(/(\p{L}{4})(\p{L}{4})/gu, "$1\u00ad$2"),
};

/** The quotation printed once more above the article, alone (a pull quote). */
function pullQuote(q) {
  return `“${q.text.slice(q.start, q.end)}”\n\n${q.text}`;
}

/** The quotation as the page printed it after an edit: one word in the middle changed. */
function editedMiddle(text, start, end) {
  const quote = text.slice(start, end);
  const words = [...quote.matchAll(/\p{L}{3,}/gu)];
  if (words.length < 12) return null;
  const word = words[Math.floor(words.length / 2)];
  const at = start + word.index;
  return text.slice(0, at) + "altered" + text.slice(at + word[0].length);
}

function measure(quotes, makePage, isRight) {
  let found = 0;
  let right = 0;
  let tried = 0;
  for (const q of quotes) {
    const page = makePage(q);
    if (page === null) continue;
    tried += 1;
    const at = anchorQuote(page, quoteSelector(q.text, q.start, q.end));
    if (!at) continue;
    found += 1;
    if (isRight(q, page, at)) right += 1;
  }
  return { tried, found, right };
}

function sameWords(q, page, at) {
  return key(page.slice(at.start, at.end)) === key(q.text.slice(q.start, q.end));
}

function articleCopy(q, page, at) {
  return sameWords(q, page, at) && at.start > q.end - q.start + 2; // not the pull quote
}

function endsAgree(q, page, at) {
  const want = key(q.text.slice(q.start, q.end));
  const got = key(page.slice(at.start, at.end));
  return got.slice(0, 20) === want.slice(0, 20) && got.slice(-20) === want.slice(-20);
}

function bestMs(work) {
  let best = Infinity;
  for (let i = 0; i < rounds; i++) {
    const started = process.hrtime.bigint();
    work();
    best = Math.min(best, Number(process.hrtime.bigint() - started) / 1e6);
  }
  return best;
}

function speed(quotes) {
  const selectors = quotes.map((q) => [q.text, quoteSelector(q.text, q.start, q.end)]);
  const anchoring = bestMs(() => selectors.forEach(([page, s]) => anchorQuote(page, s)));
  const baseline = bestMs(() => selectors.forEach(([page]) => searchKey(page)));
  return { anchoring, baseline };
}

const all = texts();
const quotes = quotationsOf(all);
console.log(`${all.length} texts, ${quotes.length} quotations; best of ${rounds} rounds for speed\n`);
console.log("| page text | quotations | found | right place |");
console.log("| --- | ---: | ---: | ---: |");
for (const [name, change] of Object.entries(VARIANTS)) {
  const { tried, found, right } = measure(quotes, (q) => change(q.text), sameWords);
  console.log(`| ${name} | ${tried} | ${found} | ${right} |`);
}
const pulled = measure(quotes, pullQuote, articleCopy);
console.log(`| a pull quote repeats it above the article | ${pulled.tried} | ${pulled.found} | ${pulled.right} |`);
const edited = measure(quotes, (q) => editedMiddle(q.text, q.start, q.end), endsAgree);
console.log(`| a word changed mid-quotation (12+ words) | ${edited.tried} | ${edited.found} | ${edited.right} |`);

const { anchoring, baseline } = speed(quotes);
console.log("\n| work | time x one search-key pass |");
console.log("| --- | ---: |");
console.log(`| anchoring every quotation in its own text | ${(anchoring / baseline).toFixed(2)} |`);
console.log(`\n(${quotes.length} anchorings took ${anchoring.toFixed(1)} ms here; the baseline ${baseline.toFixed(1)} ms.)`);
