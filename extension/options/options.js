// QuoteTrail options: the backend's address and the sites analysed on load.
// Kept in the browser's local storage (never synced).

import {
  DEFAULT_BACKEND,
  OPTION_KEYS,
  parseBackendUrl,
  parseSites,
  readOptions,
} from "../lib/settings.js";

const api = globalThis.browser ?? globalThis.chrome;

const form = document.getElementById("options-form");
const backendInput = document.getElementById("backend-url");
const sitesInput = document.getElementById("auto-sites");
const tokenInput = document.getElementById("token");
const statusBox = document.getElementById("status");

function setStatus(text, kind) {
  statusBox.textContent = text;
  statusBox.dataset.kind = kind;
}

async function load() {
  const options = readOptions(await api.storage.local.get([...OPTION_KEYS]));
  backendInput.value = options.backendUrl;
  sitesInput.value = options.autoSites.join("\n");
  tokenInput.value = options.token;
}

async function save(event) {
  event.preventDefault();
  const backend = parseBackendUrl(backendInput.value);
  if (backend.error) {
    setStatus(backend.error, "error");
    backendInput.focus();
    return;
  }
  const { sites, invalid } = parseSites(sitesInput.value);
  if (invalid.length) {
    setStatus(`Not a site: ${invalid.join(", ")}. Write one site per line, such as example.com.`, "error");
    sitesInput.focus();
    return;
  }
  const token = tokenInput.value.trim();
  await api.storage.local.set({ backendUrl: backend.url, autoSites: sites, token });
  backendInput.value = backend.url;
  sitesInput.value = sites.join("\n");
  setStatus("Saved.", "info");
}

document.getElementById("backend-default").textContent = DEFAULT_BACKEND;
form.addEventListener("submit", save);
load();
