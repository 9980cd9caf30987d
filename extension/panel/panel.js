// QuoteTrail panel: Chromium's side panel and Firefox's sidebar (one page).
//
// It shows the analysis of the active tab of its window and follows the reader
// from tab to tab; `panel.html?tab=ID` shows one tab only (the panel opened
// in a tab of its own). The background does the work; this page asks for a
// tab's state, listens for changes and renders them with textContent only.

import { el, pairMovesOnHover, renderQuote } from "../lib/render.js";
import { describeState } from "../lib/states.js";

const api = globalThis.browser ?? globalThis.chrome;

const pageTitle = document.getElementById("page-title");
const statusBox = document.getElementById("status");
const showNote = document.getElementById("show-note");
const results = document.getElementById("results");
const quoteList = document.getElementById("quote-list");
const analyseButton = document.getElementById("analyse-button");
const optionsButton = document.getElementById("options-button");

const pinnedTab = Number.parseInt(new URLSearchParams(location.search).get("tab") ?? "", 10);
let shownTab = null; // the tab whose analysis is on show
let shownJson = ""; // that analysis, to skip drawing the same twice

function ask(message) {
  return api.runtime.sendMessage(message);
}

function renderStatus(state) {
  const said = describeState(state);
  const parts = [el("span", "status-text", said.text)];
  if (said.commands) {
    const list = el("ul", "commands");
    for (const command of said.commands) {
      const item = el("li");
      item.append(el("code", "", command));
      list.append(item);
    }
    parts.push(list);
  }
  statusBox.replaceChildren(...parts);
  statusBox.dataset.kind = said.kind;
}

function renderQuotes(state) {
  const quotes = state?.status === "done" ? state.result.quotes : [];
  quoteList.replaceChildren(...quotes.map((quote, i) => renderQuote(quote, i, { onShow })));
  results.hidden = quotes.length === 0;
}

function render(state) {
  const json = JSON.stringify(state ?? null);
  if (json === shownJson) return;
  shownJson = json;
  const status = state ? state.status : "none";
  document.body.dataset.state = status;
  pageTitle.textContent = state?.page?.title ?? "";
  showNote.textContent = "";
  renderStatus(state);
  renderQuotes(state);
  analyseButton.disabled = status === "loading" || status === "waiting" || shownTab === null;
}

async function analyse() {
  if (shownTab === null) return;
  const tab = shownTab;
  render({ status: "loading" });
  const state = await ask({ type: "analyse", tabId: tab });
  if (tab === shownTab && state && !state.error) render(state);
}

async function showTab(tabId) {
  shownTab = tabId;
  if (tabId === null) {
    render(null);
    return;
  }
  const state = await ask({ type: "state", tabId });
  if (tabId !== shownTab) return;
  if (state && !state.error) render(state);
  else await analyse();
}

async function onShow(index, button) {
  showNote.textContent = "";
  const answer = await ask({ type: "show", tabId: shownTab, index });
  const found = Boolean(answer && answer.found);
  button.closest(".quote").dataset.shown = found ? "found" : "missing";
  if (!found) showNote.textContent = "This quotation could not be found on the page any more.";
}

async function activeTabId() {
  const [tab] = await api.tabs.query({ active: true, currentWindow: true });
  return tab ? tab.id : null;
}

api.runtime.onMessage.addListener((message) => {
  if (message?.type !== "state-changed" || message.tabId !== shownTab) return;
  if (message.state) render(message.state);
  else analyse(); // the page changed under the panel: read it again
});

analyseButton.addEventListener("click", analyse);
optionsButton.addEventListener("click", () => api.runtime.openOptionsPage());
pairMovesOnHover(quoteList);

if (Number.isInteger(pinnedTab)) {
  showTab(pinnedTab);
} else {
  const win = await api.windows.getCurrent();
  api.tabs.onActivated.addListener(({ tabId, windowId }) => {
    if (windowId === win.id) showTab(tabId);
  });
  showTab(await activeTabId());
}
