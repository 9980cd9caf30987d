// QuoteTrail page: DOM glue.
//
// Quotations, titles and outlet names come from untrusted web pages, so every
// piece of content is built with document.createElement + textContent; no
// HTML strings are ever parsed. No inline scripts or handlers (the server
// sends a strict Content-Security-Policy).

import { el, pairMovesOnHover, renderQuote } from "./render.js";
import {
  articleLabel,
  errorMessage,
  readArticle,
  readArticleList,
  readMatchResponse,
  resultSummary,
} from "./view.js";

const NETWORK_MESSAGE = "Could not reach the QuoteTrail backend.";
const UNREADABLE_MESSAGE = "The backend's answer could not be read.";

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

/** kind: "" | "loading" | "info" | "error" */
function setStatus(message, kind = "info") {
  statusBox.textContent = message;
  statusBox.dataset.kind = message ? kind : "";
}

function clearResults() {
  quoteList.replaceChildren();
  results.hidden = true;
}

/** The backend's token, when it was started with one: it writes it into this page. */
function tokenHeader() {
  const token = document.querySelector('meta[name="quotetrail-token"]')?.content;
  return token ? { "X-QuoteTrail-Token": token } : {};
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
      headers: { Accept: "application/json", ...tokenHeader(), ...(init.headers || {}) },
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
pairMovesOnHover(quoteList);

loadArticleList();
