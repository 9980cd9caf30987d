// QuoteTrail extension: its options and limits (pure: no browser APIs).
//
// The options page, the background and the panel all read them from here.
// LIMITS is the extension's one table of limits; the README's table of the
// extension's limits is checked against it by tests/js/settings.test.mjs.

/** Where the backend answers unless the reader sets another address. */
export const DEFAULT_BACKEND = "http://127.0.0.1:8765";

/** Hosts the extension may send page text to (the manifest's connect-src says the same). */
export const LOOPBACK_HOSTS = Object.freeze(["127.0.0.1", "localhost"]);

/** The extension's limits: name, value, and what it means (the README's words). */
export const LIMITS = Object.freeze({
  REQUEST_TIMEOUT_MS: {
    value: 30000,
    help: "How long the extension waits for the backend's answer before it says so.",
  },
  MIN_ARTICLE_CHARS: {
    value: 200,
    help: "Shortest article text (as Readability finds it) worth sending; shorter means no article.",
  },
  PAGE_SETTLE_MS: {
    value: 700,
    help: "Quiet time, without changes to the page, before a page that is changing is read.",
  },
  PAGE_SETTLE_MAX_MS: {
    value: 5000,
    help: "Longest wait for a changing page to settle; after it the page is read as it stands.",
  },
});

/** The value of a limit by name. */
export function limit(name) {
  return LIMITS[name].value;
}

/** Stored options with defaults filled in and wrong types replaced. */
export function readOptions(stored) {
  const raw = stored && typeof stored === "object" ? stored : {};
  const backend = parseBackendUrl(typeof raw.backendUrl === "string" ? raw.backendUrl : "");
  const sites = Array.isArray(raw.autoSites) ? raw.autoSites.filter(isHostname) : [];
  const token = typeof raw.token === "string" ? raw.token.trim() : "";
  return { backendUrl: backend.url ?? DEFAULT_BACKEND, autoSites: sites, token };
}

/** The option names kept in storage. */
export const OPTION_KEYS = Object.freeze(["backendUrl", "autoSites", "token"]);

/** The header a backend started with QUOTETRAIL_TOKEN expects the token in. */
export const TOKEN_HEADER = "X-QuoteTrail-Token";

/** Headers of a request to the backend: JSON, and the token when the reader set one. */
export function backendHeaders(token) {
  const headers = { "Content-Type": "application/json", Accept: "application/json" };
  if (token) headers[TOKEN_HEADER] = token;
  return headers;
}

/**
 * The backend's address from what the reader typed: `{url}` (an origin such
 * as "http://127.0.0.1:8765") or `{error}` in plain words. Empty means the
 * default. Only this computer's addresses are accepted: page text must not
 * leave it.
 */
export function parseBackendUrl(text) {
  const typed = String(text ?? "").trim();
  if (typed === "") return { url: DEFAULT_BACKEND };
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(typed) ? typed : `http://${typed}`;
  let parsed;
  try {
    parsed = new URL(withScheme);
  } catch {
    return { error: `"${typed}" is not an address such as ${DEFAULT_BACKEND}.` };
  }
  if (parsed.protocol !== "http:") {
    return { error: "The backend's address starts with http:// (it runs on this computer)." };
  }
  if (!LOOPBACK_HOSTS.includes(parsed.hostname)) {
    return {
      error:
        "The backend must run on this computer (127.0.0.1 or localhost): page text is never " +
        "sent anywhere else.",
    };
  }
  return { url: parsed.origin };
}

const HOSTNAME = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;

function isHostname(value) {
  return typeof value === "string" && HOSTNAME.test(value);
}

/** A site as the reader may type it ("https://www.example.com/news") -> "example.com". */
function siteHost(entry) {
  const typed = entry.trim().toLowerCase();
  if (typed === "") return "";
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//.test(typed) ? typed : `http://${typed}`);
    return url.hostname.replace(/^www\./, "");
  } catch {
    return null;
  }
}

/**
 * The sites typed in the options page, one per line (or separated by commas
 * or spaces): `{sites, invalid}`, sites as lower-case host names without
 * "www.", each once, in the order given.
 */
export function parseSites(text) {
  const sites = [];
  const invalid = [];
  for (const entry of String(text ?? "").split(/[\s,]+/)) {
    const host = siteHost(entry);
    if (host === "") continue;
    if (host === null || !isHostname(host)) invalid.push(entry.trim());
    else if (!sites.includes(host)) sites.push(host);
  }
  return { sites, invalid };
}

/** Is a page on `hostname` one of `sites` (the site itself or one of its subdomains)? */
export function siteMatches(hostname, sites) {
  if (typeof hostname !== "string" || hostname === "" || !Array.isArray(sites)) return false;
  const host = hostname.toLowerCase().replace(/\.$/, "");
  return sites.some((site) => host === site || host.endsWith(`.${site}`));
}
