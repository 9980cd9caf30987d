// QuoteTrail extension: what an analysis of a page came to, and how to say it.
//
// Pure: the background builds these records from the backend's answer, the
// badge and the panel read them. A state is a plain object (kept in the
// browser's session storage), with a `status`:
//   waiting      the tab is loading a page
//   loading      the page is being read and matched
//   done         the backend answered: `result` ({quotes}), `page` ({url, title})
//   no-article   Readability found no article on the page
//   backend-down nothing answered at `backend`
//   error        the backend (or the page) failed: `message` says how, in words
//   unavailable  the browser does not let extensions read this page

import { errorMessage, readMatchResponse } from "./view.js";

/** The command that starts the backend, as the panel shows it. */
export const START_COMMAND = "make run";
/** The same without the repository's Makefile. */
export const SERVE_COMMAND = "quotetrail serve";

/** The request body for POST /api/v1/match. */
export function matchRequest(page) {
  const body = { text: page.text };
  if (page.url) body.url = page.url;
  if (page.title) body.title = page.title;
  return body;
}

function backendSaid(message) {
  return message.startsWith("The backend") ? message : `The backend answered with an error: ${message}`;
}

/** The state from the backend's HTTP answer (status and parsed JSON body, or null). */
export function answerState(status, json, page) {
  if (!(status >= 200 && status < 300)) {
    return { status: "error", message: backendSaid(errorMessage(status, json)) };
  }
  let result;
  try {
    result = readMatchResponse(json);
  } catch (error) {
    return { status: "error", message: backendSaid(error.message) };
  }
  return {
    status: "done",
    page: { url: page.url || "", title: page.title || "" },
    extractId: page.extractId ?? null,
    result,
  };
}

/** The state when the request itself failed (nothing answered, or too late). */
export function requestFailureState(error, backend, timeoutMs) {
  if (error && (error.name === "TimeoutError" || error.name === "AbortError")) {
    const seconds = Math.round(timeoutMs / 1000);
    return {
      status: "error",
      message: `The backend at ${backend} did not answer within ${seconds} seconds.`,
    };
  }
  return { status: "backend-down", backend };
}

/** How many quotations of an analysed page have versions elsewhere. */
export function countWithVersions(state) {
  if (!state || state.status !== "done") return 0;
  return state.result.quotes.filter((quote) => quote.versions.length > 0).length;
}

/** The toolbar badge for a state: `{text, color, title}`. */
export function badgeFor(state) {
  const status = state ? state.status : null;
  if (status === "done") {
    const n = countWithVersions(state);
    const title =
      n === 1
        ? "QuoteTrail: 1 quotation on this page has versions in other outlets"
        : `QuoteTrail: ${n} quotations on this page have versions in other outlets`;
    return { text: String(n), color: n > 0 ? "#1f5fbf" : "#6b7280", title };
  }
  if (status === "backend-down") {
    return { text: "!", color: "#a3161a", title: "QuoteTrail: the backend is not running" };
  }
  if (status === "error") {
    return { text: "!", color: "#a3161a", title: "QuoteTrail: the backend answered with an error" };
  }
  if (status === "loading") return { text: "…", color: "#6b7280", title: "QuoteTrail: reading…" };
  return { text: "", color: "#6b7280", title: "QuoteTrail" };
}

/**
 * What the panel says about a state: `{kind, text, commands?}`, kind one of
 * "loading", "info", "empty", "error". `commands` are shown as code.
 */
export function describeState(state) {
  switch (state ? state.status : "none") {
    case "waiting":
      return { kind: "loading", text: "Waiting for the page to load…" };
    case "loading":
      return { kind: "loading", text: "Reading the article and looking for other versions…" };
    case "done":
      return describeResult(state.result);
    case "no-article":
      return {
        kind: "empty",
        text: "No article found on this page. QuoteTrail reads news articles; open one and try again.",
      };
    case "backend-down":
      return {
        kind: "error",
        text: `The QuoteTrail backend is not running at ${state.backend}. Start it in the QuoteTrail folder with one of these commands, then try again:`,
        commands: [START_COMMAND, SERVE_COMMAND],
      };
    case "error":
      return { kind: "error", text: state.message };
    case "unavailable":
      return {
        kind: "empty",
        text: "QuoteTrail cannot read this page: the browser keeps its own pages and the extension store out of reach.",
      };
    default:
      return { kind: "empty", text: "Open a news article to see how other outlets quoted it." };
  }
}

function describeResult(result) {
  const quotes = result.quotes;
  if (quotes.length === 0) {
    return { kind: "empty", text: "No quotations found in this article." };
  }
  const n = countWithVersions({ status: "done", result });
  const found = quotes.length === 1 ? "1 quotation" : `${quotes.length} quotations`;
  if (n === 0) return { kind: "info", text: `${found}; none has a version in another outlet.` };
  const have = n === 1 ? "1 has" : `${n} have`;
  return { kind: "info", text: `${found}; ${have} versions in other outlets.` };
}
