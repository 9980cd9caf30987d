// Shared parts of the browser tests: the real backend on the seed corpus, test
// pages on another 127.0.0.1 port, and small waits.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const EXTENSION = join(ROOT, "extension");
export const FIREFOX_BUILD = join(ROOT, "dist", "firefox");
/** The port the extension calls by default. */
export const BACKEND_PORT = 8765;
export const PESKOV_WORDS =
  "I can only confirm to you that, indeed, about a year and a half ago they had a telephone conversation";
export const MOVED_CLAUSE = "about a year and a half ago";

const QUOTETRAIL = join(ROOT, ".venv", "bin", "quotetrail");
const SEEDS = join(ROOT, "seeds");
/** An article whose outlet, title and quotation carry markup: it must show as text. */
const HOSTILE = join(ROOT, "tests", "e2e", "hostile.jsonl");
export const HOSTILE_OUTLET = `<img src=x onerror="document.body.dataset.pwned='outlet'">`;
export const HOSTILE_WORDS = "We will publish every figure of the harbour budget before the vote";
const MANIFEST = readFileSync(join(SEEDS, "manifest.jsonl"), "utf-8")
  .split("\n")
  .filter(Boolean)
  .map((line) => JSON.parse(line));

export function sleep(ms) {
  return new Promise((done) => setTimeout(done, ms));
}

/** Poll `check` until it returns a truthy value; fail with `what` after `ms`. */
export async function waitFor(what, check, ms = 20_000) {
  const deadline = Date.now() + ms;
  let last;
  while (Date.now() < deadline) {
    try {
      last = await check();
      if (last) return last;
    } catch (error) {
      last = error;
    }
    await sleep(100);
  }
  throw new Error(`Timed out waiting for ${what} (last: ${last})`);
}

async function healthy(url) {
  try {
    const response = await fetch(`${url}/api/v1/health`);
    return response.ok;
  } catch {
    return false;
  }
}

/**
 * The real `quotetrail serve` on 127.0.0.1:8765 over a temporary corpus that
 * holds the seeds. `stop()` ends it and removes the corpus.
 */
export async function startBackend() {
  const url = `http://127.0.0.1:${BACKEND_PORT}`;
  if (await healthy(url)) {
    throw new Error(`Something already answers on ${url}: stop it (the tests need that port).`);
  }
  const dir = mkdtempSync(join(tmpdir(), "quotetrail-e2e-"));
  const db = join(dir, "corpus.db");
  const imported = spawnSync(QUOTETRAIL, ["import", "--db", db, SEEDS, HOSTILE], { encoding: "utf-8" });
  if (imported.status !== 0) throw new Error(`quotetrail import failed: ${imported.stderr}`);
  const server = spawn(QUOTETRAIL, ["serve", "--db", db, "--port", String(BACKEND_PORT)], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  server.stdout.on("data", (chunk) => (output += chunk));
  server.stderr.on("data", (chunk) => (output += chunk));
  const exited = new Promise((done) => server.once("exit", done));
  await waitFor(`the backend on ${url} (${output})`, () => healthy(url));
  return {
    url,
    /** How many pages were posted to the match route so far (from the request log). */
    matchRequests: () => output.split('"POST /api/v1/match ').length - 1,
    async stop() {
      server.kill("SIGINT");
      await Promise.race([exited, sleep(5000)]);
      if (server.exitCode === null) server.kill("SIGKILL");
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function escapeHtml(text) {
  return text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
}

function seedText(file) {
  return readFileSync(join(SEEDS, file), "utf-8");
}

/** A seed article's paragraphs as HTML: every non-empty line a <p>. */
function paragraphs(text) {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => `<p>${escapeHtml(line)}</p>`)
    .join("\n");
}

/** What a reader commented under the article: must never reach the backend. */
export const COMMENT_WORDS = "This comment section quote should never be sent to the backend";

function pageHtml({ title, canonical, body, script = "" }) {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
${canonical ? `<link rel="canonical" href="${escapeHtml(canonical)}">` : ""}
<style>body{font:16px/1.5 serif;max-width:40rem;margin:auto} nav a{margin-right:1em}</style>
</head><body>
<header><nav class="menu"><a href="/">News</a><a href="/">Business</a><a href="/">Opinion</a><a href="/">Newsletters</a></nav></header>
${body}
<section id="comments" class="comments"><h2>Comments</h2>
<div class="comment"><p>&ldquo;${COMMENT_WORDS},&rdquo; wrote a reader.</p></div></section>
<footer><p>&copy; The test outlet. All rights reserved.</p></footer>
${script}
</body></html>`;
}

function seedArticle(index) {
  const entry = MANIFEST[index];
  return `<main><article><h1>${escapeHtml(entry.title)}</h1>\n${paragraphs(seedText(entry.file))}\n</article></main>`;
}

const SPA_SCRIPT = `<script>
document.getElementById("next").addEventListener("click", async (event) => {
  event.preventDefault();
  const html = await (await fetch("/fragments/sputnik")).text();
  history.pushState({}, "", "/spa/sputnik");
  document.querySelector("main").outerHTML = html;
  document.title = "Sputnik article";
});
</script>`;

const NO_QUOTES = [
  "The city council met on Tuesday evening to discuss the budget for the coming year.",
  "Members reviewed spending on roads, schools and parks, and agreed to publish the figures next month.",
  "The meeting lasted two hours. A further session is planned for the spring, when the final numbers are known.",
].join("\n");

/** The test site's pages by path. */
export function testPages() {
  return {
    "/moscow-times": pageHtml({
      title: MANIFEST[0].title,
      canonical: MANIFEST[0].url,
      body: seedArticle(0),
    }),
    "/sputnik": pageHtml({ title: MANIFEST[1].title, canonical: MANIFEST[1].url, body: seedArticle(1) }),
    "/spa/moscow-times": pageHtml({
      title: MANIFEST[0].title,
      body: `<p><a id="next" href="/spa/sputnik">Next article</a></p>${seedArticle(0)}`,
      script: SPA_SCRIPT,
    }),
    "/fragments/sputnik": seedArticle(1),
    "/harbour": pageHtml({
      title: "Harbour budget",
      body:
        "<main><article><h1>Harbour budget</h1><p>The harbour board met on Monday.</p>" +
        `<p>&ldquo;${escapeHtml(HOSTILE_WORDS)} &lt;img src=x onerror=&quot;document.body.dataset.pwned='page'&quot;&gt;,&rdquo; ` +
        "harbour master Ines Varga said, as members reviewed the accounts for the coming five years " +
        "and asked for the figures to be published in full.</p></article></main>",
    }),
    "/no-article": pageHtml({ title: "Sections", body: "<main><p>Choose a section.</p></main>" }),
    "/no-quotes": pageHtml({
      title: "Council budget",
      body: `<main><article><h1>Council discusses the budget</h1>${paragraphs(NO_QUOTES)}</article></main>`,
    }),
  };
}

/** The test pages on 127.0.0.1 (another port than the backend's). */
export async function startPages() {
  const pages = testPages();
  const server = createServer((request, response) => {
    const html = pages[new URL(request.url, "http://x").pathname];
    response.writeHead(html ? 200 : 404, { "Content-Type": "text/html; charset=utf-8" });
    response.end(html ?? "not found");
  });
  await new Promise((done) => server.listen(0, "127.0.0.1", done));
  const base = `http://127.0.0.1:${server.address().port}`;
  return {
    url: (path) => base + path,
    close: () => new Promise((done) => server.close(done)),
  };
}

/** Where a screenshot goes: $QUOTETRAIL_SCREENSHOTS (e.g. docs) or artifacts/. */
export function screenshotPath(name) {
  return join(process.env.QUOTETRAIL_SCREENSHOTS ? resolve(process.env.QUOTETRAIL_SCREENSHOTS) : join(ROOT, "artifacts"), name);
}

/** What the panel shows, read from its DOM (runs in the panel page). */
export function readPanel() {
  return {
    state: document.body.dataset.state,
    status: document.getElementById("status").textContent,
    quotes: [...document.querySelectorAll(".quote")].map((quote) => ({
      text: quote.querySelector(".quote-text").textContent,
      speaker: quote.querySelector(".quote-speaker").textContent,
      none: quote.querySelector(".no-versions")?.textContent ?? null,
      versions: [...quote.querySelectorAll(".version")].map((version) => ({
        outlet: version.querySelector(".outlet").textContent,
        date: version.querySelector(".published")?.textContent ?? "",
        title: version.querySelector(".version-title").textContent,
        href: version.querySelector(".version-title a")?.href ?? "",
        text: version.querySelector(".version-text").textContent,
        moved: [...version.querySelectorAll(".version-text .seg-moved")].map((m) => m.textContent),
      })),
    })),
  };
}

/** The page's QuoteTrail highlight as text, "" when none (runs in the page). */
export function highlightedText() {
  const highlight = globalThis.CSS?.highlights?.get("quotetrail");
  if (!highlight) return "";
  return [...highlight].map((range) => range.toString()).join(" | ");
}
