// QuoteTrail background: runs as Chromium's service worker and as Firefox's
// event page (no DOM here).
//
// It owns each tab's analysis: asks the tab's content script for the article,
// sends it to the backend set in the options (nowhere else), keeps the answer
// in session storage, sets the toolbar badge and tells the panel.

import { backendHeaders, limit, OPTION_KEYS, readOptions, siteMatches } from "./lib/settings.js";
import { answerState, badgeFor, matchRequest, requestFailureState } from "./lib/states.js";

const api = globalThis.browser ?? globalThis.chrome;

const CONTENT_FILES = [
  "vendor/readability/Readability.js",
  "content/anchor.js",
  "content/article-text.js",
  "content/content.js",
];

// ------------------------------------------------------------ tab states

const states = new Map(); // tabId -> state (a copy is kept in session storage)
const generations = new Map(); // tabId -> count of page changes seen
const running = new Map(); // tabId -> the analysis under way

const storageKey = (tabId) => `tab:${tabId}`;
const generationOf = (tabId) => generations.get(tabId) ?? 0;

async function stateOf(tabId) {
  if (states.has(tabId)) return states.get(tabId);
  const key = storageKey(tabId);
  const stored = (await api.storage.session.get(key))[key] ?? null;
  if (stored) states.set(tabId, stored);
  return stored;
}

async function showBadge(tabId, state) {
  const badge = badgeFor(state);
  try {
    await api.action.setBadgeText({ tabId, text: badge.text });
    await api.action.setBadgeBackgroundColor({ tabId, color: badge.color });
    await api.action.setTitle({ tabId, title: badge.title });
  } catch {
    // the tab was closed meanwhile
  }
}

function tellPanels(tabId, state) {
  api.runtime.sendMessage({ type: "state-changed", tabId, state }).catch(() => {
    // no panel open
  });
}

/** Record a tab's state, unless the page changed since `generation`. */
async function publish(tabId, generation, state) {
  if (generation !== generationOf(tabId)) return false;
  if (state) {
    states.set(tabId, state);
    await api.storage.session.set({ [storageKey(tabId)]: state });
  } else {
    states.delete(tabId);
    await api.storage.session.remove(storageKey(tabId));
  }
  await showBadge(tabId, state);
  tellPanels(tabId, state);
  return true;
}

/** Forget the tab's analysis: its page changed. `next` is what it shows meanwhile. */
async function invalidate(tabId, next = null) {
  const generation = generationOf(tabId) + 1;
  generations.set(tabId, generation);
  running.delete(tabId);
  await publish(tabId, generation, next);
}

// -------------------------------------------------------------- analysis

async function extractPage(tabId) {
  const message = {
    type: "extract",
    minChars: limit("MIN_ARTICLE_CHARS"),
    settleMs: limit("PAGE_SETTLE_MS"),
    maxWaitMs: limit("PAGE_SETTLE_MAX_MS"),
  };
  try {
    return await api.tabs.sendMessage(tabId, message);
  } catch {
    // Not there yet (the extension came after the page): put it there.
    await api.scripting.executeScript({ target: { tabId }, files: CONTENT_FILES });
    return await api.tabs.sendMessage(tabId, message);
  }
}

async function askBackend(backend, token, page) {
  const timeoutMs = limit("REQUEST_TIMEOUT_MS");
  let response;
  try {
    response = await fetch(`${backend}/api/v1/match`, {
      method: "POST",
      headers: backendHeaders(token),
      body: JSON.stringify(matchRequest(page)),
      credentials: "omit",
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    return requestFailureState(error, backend, timeoutMs);
  }
  const json = await response.json().catch(() => null);
  return answerState(response.status, json, page);
}

async function analysisOf(tabId) {
  const options = readOptions(await api.storage.local.get([...OPTION_KEYS]));
  let page;
  try {
    page = await extractPage(tabId);
  } catch {
    return { status: "unavailable" };
  }
  if (!page || page.error) {
    const why = page?.error ? ` (${page.error})` : "";
    return { status: "error", message: `This page could not be read${why}. Reload it and try again.` };
  }
  if (!page.ok) return { status: "no-article", page: { url: page.url, title: "" } };
  return askBackend(options.backendUrl, options.token, page);
}

/** Analyse the tab's page (once at a time per tab); resolves to its state. */
function analyse(tabId) {
  if (running.has(tabId)) return running.get(tabId);
  const generation = generationOf(tabId);
  const job = (async () => {
    await publish(tabId, generation, { status: "loading" });
    const state = await analysisOf(tabId);
    await publish(tabId, generation, state);
    return state;
  })().finally(() => {
    if (running.get(tabId) === job) running.delete(tabId);
  });
  running.set(tabId, job);
  return job;
}

async function analyseIfAutomatic(tabId, url) {
  const { autoSites } = readOptions(await api.storage.local.get([...OPTION_KEYS]));
  let hostname = "";
  try {
    hostname = new URL(url).hostname;
  } catch {
    return;
  }
  if (siteMatches(hostname, autoSites)) await analyse(tabId);
}

// -------------------------------------------------------------- messages

/** The tab's quotation `index`, found again and highlighted in the page. */
async function showQuote(tabId, index) {
  const state = await stateOf(tabId);
  const quote = state?.status === "done" ? state.result.quotes[index] : undefined;
  if (!quote) return { found: false };
  await api.tabs.update(tabId, { active: true });
  try {
    return await api.tabs.sendMessage(tabId, {
      type: "show",
      extractId: state.extractId,
      start: quote.start,
      end: quote.end,
      text: quote.text,
    });
  } catch {
    return { found: false };
  }
}

async function pageReady(tabId, url) {
  const state = await stateOf(tabId);
  if (state?.status === "loading") return; // injected for the analysis under way
  await invalidate(tabId);
  await analyseIfAutomatic(tabId, url);
}

async function pageChanged(tabId, url) {
  await invalidate(tabId);
  await analyseIfAutomatic(tabId, url);
}

const HANDLERS = {
  state: (message) => stateOf(message.tabId),
  analyse: (message) => analyse(message.tabId),
  show: (message) => showQuote(message.tabId, message.index),
  "page-ready": (message, sender) => pageReady(sender.tab.id, message.url),
  "page-changed": (message, sender) => pageChanged(sender.tab.id, message.url),
};

api.runtime.onMessage.addListener((message, sender, sendResponse) => {
  const handler = message && HANDLERS[message.type];
  if (!handler || sender.id !== api.runtime.id) return false;
  if (message.type.startsWith("page-") && !sender.tab) return false;
  Promise.resolve()
    .then(() => handler(message, sender))
    .then(sendResponse, (error) => sendResponse({ error: String(error?.message ?? error) }));
  return true;
});

// ------------------------------------------------------------------ tabs

api.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === "loading") {
    invalidate(tabId, { status: "waiting" });
  } else if (change.status === "complete") {
    stateOf(tabId).then((state) => {
      if (state?.status === "waiting") invalidate(tabId);
    });
  }
});

api.tabs.onRemoved.addListener((tabId) => {
  states.delete(tabId);
  generations.delete(tabId);
  running.delete(tabId);
  api.storage.session.remove(storageKey(tabId));
});

// ---------------------------------------------------- the toolbar button

if (api.sidePanel?.setPanelBehavior) {
  api.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => {});
} else if (api.sidebarAction) {
  api.action.onClicked.addListener(() => api.sidebarAction.toggle());
}
