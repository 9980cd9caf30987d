// QuoteTrail page: DOM glue.
//
// Quotations, titles and outlet names come from untrusted web pages, so every
// piece of content is built with document.createElement + textContent; no
// HTML strings are ever parsed. No inline scripts or handlers (the server
// sends a strict Content-Security-Policy).

import {
  MOVED_TITLE,
  articleLabel,
  errorMessage,
  formatDate,
  formatScore,
  quoteWording,
  readArticle,
  readArticleList,
  readMatchResponse,
  relationLabel,
  resultSummary,
  safeHttpUrl,
  splitEdgeSpace,
  versionWording,
} from "./view.js";

const NETWORK_MESSAGE = "Could not reach the QuoteTrail backend.";
const UNREADABLE_MESSAGE = "The backend's answer could not be read.";
const KNOWN_RELATIONS = new Set(["verbatim", "reordered", "fragment", "extended", "variant"]);

const form = document.getElementById("match-form");
const select = document.getElementById("article-select");
const selectHelp = document.getElementById("article-select-help");
const textArea = document.getElementById("article-text");
const urlInput = document.getElementById("article-url");
const findButton = document.getElementById("find-button");
const clearButton = document.getElementById("clear-button");
const statusBox = document.getElementById("status");
const results = document.getElementById("results");
const quoteList = document.getElementById("quote-list");

// Only the latest request of each kind may update the page.
let matchSeq = 0;
let articleSeq = 0;
let articleAbort = null;
let matchAbort = null;

// ---------------------------------------------------------------- helpers

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

/** kind: "" | "loading" | "info" | "error" */
function setStatus(message, kind = "info") {
  statusBox.textContent = message;
  statusBox.dataset.kind = message ? kind : "";
}

function clearResults() {
  quoteList.replaceChildren();
  results.hidden = true;
}

/**
 * fetch + JSON with the page's error rules: a network failure becomes
 * NETWORK_MESSAGE, a status >= 400 the body's error message. Aborts rethrow.
 */
async function requestJson(path, init = {}) {
  let response;
  try {
    response = await fetch(path, {
      ...init,
      headers: { Accept: "application/json", ...(init.headers || {}) },
      credentials: "same-origin",
    });
  } catch (err) {
    if (err && err.name === "AbortError") throw err;
    throw new Error(NETWORK_MESSAGE);
  }
  let json = null;
  try {
    json = await response.json();
  } catch (err) {
    if (err && err.name === "AbortError") throw err;
    json = null;
  }
  if (!response.ok) throw new Error(errorMessage(response.status, json));
  if (json === null) throw new Error(UNREADABLE_MESSAGE);
  return json;
}

function isAbort(err) {
  return err && err.name === "AbortError";
}

// ---------------------------------------------------------- article picker

function fillArticleSelect(articles) {
  const options = [];
  const first = el("option", "", articles.length ? "Choose an article…" : "No articles in the corpus yet");
  first.value = "";
  options.push(first);
  for (const article of articles) {
    const option = el("option", "", articleLabel(article));
    option.value = String(article.id);
    options.push(option);
  }
  select.replaceChildren(...options);
  select.disabled = articles.length === 0;
}

async function loadArticleList() {
  try {
    const json = await requestJson("/api/v1/articles?limit=200");
    fillArticleSelect(readArticleList(json).articles);
  } catch (err) {
    const unavailable = el("option", "", "Corpus articles unavailable");
    unavailable.value = "";
    select.replaceChildren(unavailable);
    select.disabled = true;
    selectHelp.textContent = `The list of corpus articles could not be loaded: ${err.message} You can still paste a text.`;
    if (!statusBox.textContent) setStatus(err.message, "error");
  }
}

async function loadArticle(id) {
  if (articleAbort) articleAbort.abort();
  const controller = new AbortController();
  articleAbort = controller;
  const seq = ++articleSeq;
  setStatus("Loading the article…", "loading");
  try {
    const json = await requestJson(`/api/v1/articles/${encodeURIComponent(id)}`, {
      signal: controller.signal,
    });
    if (seq !== articleSeq) return;
    const article = readArticle(json);
    textArea.value = article.text;
    urlInput.value = article.url;
    clearResults();
    const label = articleLabel(article);
    setStatus(`Loaded ${label || "the article"}. Press “Find other versions”.`, "info");
  } catch (err) {
    if (isAbort(err) || seq !== articleSeq) return;
    setStatus(err.message, "error");
  } finally {
    if (articleAbort === controller) articleAbort = null;
  }
}

// ------------------------------------------------------------- rendering

const SEGMENT_TAGS = { changed: "mark", added: "ins", removed: "del", moved: "span" };

function segmentTitle(kind, side) {
  if (kind === "moved") return MOVED_TITLE;
  if (kind === "changed") {
    return side === "version" ? "Worded differently from this page" : "Worded differently in the other version";
  }
  if (kind === "added") return "Only in the other version";
  if (kind === "removed") return "Left out by the other version";
  return "";
}

/** Append segments to `container`; highlights cover words, not edge spaces. */
function renderSegments(container, segments, side) {
  for (const seg of segments) {
    const tag = SEGMENT_TAGS[seg.kind];
    if (!tag) {
      container.append(document.createTextNode(seg.text));
      continue;
    }
    const [lead, core, trail] = splitEdgeSpace(seg.text);
    if (lead) container.append(document.createTextNode(lead));
    if (core) {
      const mark = el(tag, `seg seg-${seg.kind}`, core);
      const title = segmentTitle(seg.kind, side);
      if (title) mark.title = title;
      if (seg.kind === "moved" && Number.isInteger(seg.moveId)) {
        mark.dataset.moveId = String(seg.moveId);
      }
      container.append(mark);
    }
    if (trail) container.append(document.createTextNode(trail));
  }
}

/** "Dmitry Peskov" and "Peskov" are the same speaker: compare surnames. */
function sameSpeaker(a, b) {
  const last = (name) => name.trim().toLowerCase().split(/\s+/).pop();
  return last(a) === last(b);
}

function renderVersion(quote, version) {
  const item = el("li", "version");

  const meta = el("p", "version-meta");
  meta.append(el("span", "outlet", version.outlet || "Unknown outlet"));
  const date = formatDate(version.published);
  if (date) {
    const time = el("time", "published", date);
    time.dateTime = date;
    meta.append(" · ", time);
  } else {
    meta.append(" · ", el("span", "published unknown", "date unknown"));
  }
  const relation = version.relation;
  const badge = el(
    "span",
    `badge badge-${KNOWN_RELATIONS.has(relation) ? relation : "other"}`,
    relationLabel(relation) || "Compared",
  );
  meta.append(" ", badge);
  const score = formatScore(version.score);
  if (score) meta.append(" ", el("span", "score", `score ${score}`));
  item.append(meta);

  const titleLine = el("p", "version-title");
  const href = safeHttpUrl(version.url);
  const titleText = version.title.trim() || href || "Untitled article";
  if (href) {
    const link = el("a", "", titleText);
    link.href = href;
    link.rel = "noopener noreferrer";
    link.target = "_blank";
    titleLine.append(link);
  } else {
    titleLine.append(el("span", "", titleText));
  }
  item.append(titleLine);

  const wording = el("blockquote", "version-text");
  renderSegments(wording, versionWording(version), "version");
  item.append(wording);

  if (version.speaker && !(quote.speaker && sameSpeaker(quote.speaker, version.speaker))) {
    item.append(el("p", "version-speaker", `Attributed to ${version.speaker}`));
  }

  const quoteSide = quoteWording(quote.text, version.diff);
  if (quoteSide.some((s) => s.kind !== "same")) {
    const details = el("details", "compare");
    details.append(el("summary", "", "Compare with this page's wording"));
    const page = el("blockquote", "quote-compare");
    renderSegments(page, quoteSide, "quote");
    details.append(page);
    item.append(details);
  }
  return item;
}

function renderQuote(quote, index) {
  const item = el("li", "quote");
  item.append(el("h3", "quote-heading", `Quotation ${index + 1}`));
  item.append(el("blockquote", "quote-text", quote.text));

  let who = "Unknown speaker";
  if (quote.speaker) who = quote.role ? `${quote.speaker}, ${quote.role}` : quote.speaker;
  item.append(el("p", quote.speaker ? "quote-speaker" : "quote-speaker unknown", `— ${who}`));

  if (quote.versions.length === 0) {
    item.append(el("p", "no-versions", "No other outlet's version in the corpus."));
    return item;
  }
  const n = quote.versions.length;
  item.append(
    el("p", "versions-heading", n === 1 ? "1 version from another outlet:" : `${n} versions from other outlets:`),
  );
  const list = el("ol", "version-list");
  for (const version of quote.versions) list.append(renderVersion(quote, version));
  item.append(list);
  return item;
}

function renderResult(result) {
  const items = result.quotes.map((quote, i) => renderQuote(quote, i));
  quoteList.replaceChildren(...items);
  results.hidden = items.length === 0;
}

// ---------------------------------------------------------------- actions

async function findVersions() {
  const text = textArea.value;
  if (text.trim() === "") {
    clearResults();
    setStatus("Paste an article's text first, or pick an article from the corpus.", "error");
    textArea.focus();
    return;
  }
  const body = { text };
  const url = urlInput.value.trim();
  if (url) body.url = url;

  if (matchAbort) matchAbort.abort();
  const controller = new AbortController();
  matchAbort = controller;
  const seq = ++matchSeq;
  findButton.disabled = true;
  results.setAttribute("aria-busy", "true");
  setStatus("Looking for quotations and other versions…", "loading");
  try {
    const json = await requestJson("/api/v1/match", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
      signal: controller.signal,
    });
    if (seq !== matchSeq) return;
    const result = readMatchResponse(json);
    renderResult(result);
    setStatus(resultSummary(result), result.quotes.length ? "info" : "empty");
  } catch (err) {
    if (isAbort(err) || seq !== matchSeq) return;
    clearResults();
    setStatus(err.message || UNREADABLE_MESSAGE, "error");
  } finally {
    if (seq === matchSeq) {
      findButton.disabled = false;
      results.removeAttribute("aria-busy");
    }
    if (matchAbort === controller) matchAbort = null;
  }
}

function clearAll() {
  if (matchAbort) matchAbort.abort();
  if (articleAbort) articleAbort.abort();
  matchSeq++;
  articleSeq++;
  findButton.disabled = false;
  results.removeAttribute("aria-busy");
  textArea.value = "";
  urlInput.value = "";
  select.value = "";
  clearResults();
  setStatus("", "");
  textArea.focus();
}

// While hovering one end of a move, light up its other end too.
function toggleMovePair(event, on) {
  const target = event.target instanceof Element ? event.target.closest(".seg-moved") : null;
  if (!target || !target.dataset.moveId) return;
  const scope = target.closest(".version");
  if (!scope) return;
  for (const node of scope.querySelectorAll(".seg-moved")) {
    if (node.dataset.moveId === target.dataset.moveId) node.classList.toggle("is-paired", on);
  }
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  findVersions();
});
clearButton.addEventListener("click", clearAll);
select.addEventListener("change", () => {
  if (select.value) loadArticle(select.value);
});
textArea.addEventListener("keydown", (event) => {
  if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    form.requestSubmit();
  }
});
quoteList.addEventListener("mouseover", (event) => toggleMovePair(event, true));
quoteList.addEventListener("mouseout", (event) => toggleMovePair(event, false));

loadArticleList();
