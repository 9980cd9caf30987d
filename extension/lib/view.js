// QuoteTrail page: pure helpers (no DOM, no fetch).
//
// Everything here takes plain data from the backend's JSON and returns plain
// data for app.js to render. It is imported by the browser as an ES module and
// by the Node tests in tests/js/.

const RELATION_LABELS = Object.freeze({
  verbatim: "Same words",
  reordered: "Same words, reordered",
  fragment: "Shorter excerpt",
  extended: "Longer version",
  variant: "Worded differently",
  overlap: "Overlapping excerpt",
  part: "Another part of the statement",
});

// Diff op -> kind of the segment on the version's side (`b`).
const VERSION_KINDS = Object.freeze({
  equal: "same",
  replace: "changed",
  insert: "added",
  move: "moved",
});

// Diff op -> kind of the segment on the page's quotation side (`a`).
const QUOTE_KINDS = Object.freeze({
  equal: "same",
  replace: "changed",
  delete: "removed",
  move: "moved",
});

/** Tooltip for a moved run, on either side. */
export const MOVED_TITLE = "Moved: stands elsewhere in this version";

function isObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function str(value) {
  return typeof value === "string" ? value : "";
}

function optionalStr(value) {
  return typeof value === "string" && value.trim() !== "" ? value : null;
}

function optionalInt(value) {
  return Number.isInteger(value) ? value : null;
}

function sideSegments(diff, side, kinds, fallbackKind) {
  if (!Array.isArray(diff)) return [];
  const out = [];
  for (const seg of diff) {
    if (!isObject(seg)) continue;
    const text = str(seg[side]);
    if (text === "") continue;
    // An op that should not carry text on this side (e.g. "delete" with a
    // non-empty `b`) still keeps its text, so the join stays exact.
    const kind = kinds[seg.op] ?? fallbackKind;
    const piece = { text, kind };
    if (kind === "moved" && Number.isInteger(seg.move_id)) piece.moveId = seg.move_id;
    out.push(piece);
  }
  return out;
}

/**
 * The version's wording as a list of `{text, kind}` (kind: "same", "changed",
 * "added", "moved"), built from every segment with a non-empty `b`, in order.
 * Joining the texts gives the version's text. Moved pieces also carry `moveId`
 * when the segment has a `move_id`.
 */
export function versionSegments(diff) {
  return sideSegments(diff, "b", VERSION_KINDS, "changed");
}

/**
 * The page's quotation as a list of `{text, kind}` (kind: "same", "changed",
 * "removed", "moved"), built from every segment with a non-empty `a`.
 * Joining the texts gives the page's quotation.
 */
export function quoteSegments(diff) {
  return sideSegments(diff, "a", QUOTE_KINDS, "changed");
}

function joined(segments) {
  return segments.map((s) => s.text).join("");
}

/**
 * Segments to show for a version: its diff's `b` side when that joins back to
 * the version's text, otherwise the plain text as one "same" segment (never
 * show words the outlet did not print).
 */
export function versionWording(version) {
  const text = isObject(version) ? str(version.text) : "";
  const segs = versionSegments(isObject(version) ? version.diff : null);
  if (segs.length > 0 && joined(segs) === text) return segs;
  return text === "" ? [] : [{ text, kind: "same" }];
}

/**
 * Segments to show for the page's quotation against one version: the diff's
 * `a` side when it joins back to `quoteText`, otherwise the plain text.
 */
export function quoteWording(quoteText, diff) {
  const text = str(quoteText);
  const segs = quoteSegments(diff);
  if (segs.length > 0 && joined(segs) === text) return segs;
  return text === "" ? [] : [{ text, kind: "same" }];
}

/**
 * Split a text into [leading whitespace, core, trailing whitespace], so a
 * highlight can cover the words and not the spaces around them.
 */
export function splitEdgeSpace(text) {
  const s = str(text);
  const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(s);
  return [m[1], m[2], m[3]];
}

/** Is this one of the relations the backend sends (each has words, and a badge colour)? */
export function isKnownRelation(relation) {
  return typeof relation === "string" && Object.hasOwn(RELATION_LABELS, relation);
}

/** Human words for a relation; an unknown relation is returned as is. */
export function relationLabel(relation) {
  if (typeof relation !== "string") return relation == null ? "" : String(relation);
  return Object.hasOwn(RELATION_LABELS, relation) ? RELATION_LABELS[relation] : relation;
}

function isRealDate(y, m, d) {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate(); // last day of month m
  return d <= days;
}

/**
 * "YYYY-MM-DD" from an ISO 8601 date or date-time, or "" for null/invalid.
 * The calendar date is taken as written (in the timezone the string states),
 * not shifted to the reader's timezone. A Date object is read in UTC.
 */
export function formatDate(iso) {
  if (iso instanceof Date) {
    return Number.isNaN(iso.getTime()) ? "" : iso.toISOString().slice(0, 10);
  }
  if (typeof iso !== "string") return "";
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ]\d{2}:\d{2})/.exec(iso.trim());
  if (!m) return "";
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!isRealDate(y, mo, d)) return "";
  return `${m[1]}-${m[2]}-${m[3]}`;
}

/** A score as short text: integers as is, others with two decimals; "" if absent. */
export function formatScore(score) {
  if (typeof score !== "number" || !Number.isFinite(score)) return "";
  return Number.isInteger(score) ? String(score) : score.toFixed(2);
}

/**
 * The URL if it is an absolute http(s) URL, else "". Links come from
 * untrusted data: never hand a `javascript:` or `data:` URL to an href.
 */
export function safeHttpUrl(url) {
  if (typeof url !== "string" || url.trim() === "") return "";
  let parsed;
  try {
    parsed = new URL(url.trim());
  } catch {
    return "";
  }
  return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : "";
}

function readDiff(diff) {
  if (!Array.isArray(diff)) return [];
  const out = [];
  for (const seg of diff) {
    if (!isObject(seg)) continue;
    const piece = { op: str(seg.op), a: str(seg.a), b: str(seg.b) };
    if (Number.isInteger(seg.move_id)) piece.move_id = seg.move_id;
    out.push(piece);
  }
  return out;
}

function readVersion(v) {
  return {
    text: str(v.text),
    speaker: optionalStr(v.speaker),
    outlet: str(v.outlet),
    url: str(v.url),
    title: str(v.title),
    published: optionalStr(v.published),
    score: typeof v.score === "number" && Number.isFinite(v.score) ? v.score : null,
    relation: str(v.relation),
    diff: readDiff(v.diff),
  };
}

function readQuote(q) {
  const versions = Array.isArray(q.versions) ? q.versions.filter(isObject).map(readVersion) : [];
  return {
    text: str(q.text),
    start: optionalInt(q.start),
    end: optionalInt(q.end),
    speaker: optionalStr(q.speaker),
    role: optionalStr(q.role),
    verb: optionalStr(q.verb),
    versions,
  };
}

/**
 * Check and normalise the answer of POST /api/v1/match into
 * `{quotes: [{text, start, end, speaker, role, verb, versions: [...]}]}`.
 * Missing lists become [], non-string texts become "", absent optional
 * strings become null, entries that are not objects are dropped.
 * Throws an Error when the answer is not an object with a `quotes` list.
 */
export function readMatchResponse(json) {
  if (!isObject(json)) {
    throw new Error("The backend's answer is not a JSON object.");
  }
  if (!Object.hasOwn(json, "quotes")) {
    throw new Error("The backend's answer has no list of quotations.");
  }
  if (!Array.isArray(json.quotes)) {
    throw new Error("The backend's list of quotations is not a list.");
  }
  return { quotes: json.quotes.filter(isObject).map(readQuote) };
}

/**
 * Check and normalise the answer of GET /api/v1/articles into
 * `{articles: [{id, url, outlet, title, published, quotes}]}`; entries without
 * an integer or string id are dropped. Throws on a wrong top-level shape.
 */
export function readArticleList(json) {
  if (!isObject(json) || !Array.isArray(json.articles)) {
    throw new Error("The backend's list of articles could not be read.");
  }
  const articles = [];
  for (const a of json.articles) {
    if (!isObject(a)) continue;
    if (!(Number.isInteger(a.id) || (typeof a.id === "string" && a.id !== ""))) continue;
    articles.push({
      id: a.id,
      url: str(a.url),
      outlet: str(a.outlet),
      title: str(a.title),
      published: optionalStr(a.published),
      quotes: Number.isInteger(a.quotes) ? a.quotes : null,
    });
  }
  return { articles };
}

/**
 * Check and normalise the answer of GET /api/v1/articles/<id> into
 * `{id, url, outlet, title, published, language, text}`. Throws when it is not
 * an object with a string `text`.
 */
export function readArticle(json) {
  if (!isObject(json) || typeof json.text !== "string") {
    throw new Error("The backend's article could not be read.");
  }
  return {
    id: json.id,
    url: str(json.url),
    outlet: str(json.outlet),
    title: str(json.title),
    published: optionalStr(json.published),
    language: optionalStr(json.language),
    text: json.text,
  };
}

/** One line for an article in the picker: "Outlet · YYYY-MM-DD · Title". */
export function articleLabel(article) {
  if (!isObject(article)) return "";
  const parts = [];
  if (str(article.outlet)) parts.push(article.outlet);
  const date = formatDate(article.published);
  if (date) parts.push(date);
  parts.push(str(article.title).trim() || str(article.url) || `Article ${article.id}`);
  let label = parts.join(" · ");
  if (Number.isInteger(article.quotes)) {
    label += article.quotes === 1 ? " (1 quotation)" : ` (${article.quotes} quotations)`;
  }
  return label;
}

/**
 * A plain-words message from an error answer: the body's `error.message`
 * when there is one, else "The backend answered with status N.".
 */
export function errorMessage(status, json) {
  if (isObject(json)) {
    const err = json.error;
    if (isObject(err) && typeof err.message === "string" && err.message.trim() !== "") {
      return err.message.trim();
    }
    if (typeof err === "string" && err.trim() !== "") return err.trim();
  }
  if (Number.isInteger(status)) return `The backend answered with status ${status}.`;
  return "The backend answered with an error.";
}

/** A one-line summary of a normalised match result. */
export function resultSummary(result) {
  const quotes = isObject(result) && Array.isArray(result.quotes) ? result.quotes : [];
  if (quotes.length === 0) return "No quotations found in this text.";
  const withVersions = quotes.filter(
    (q) => isObject(q) && Array.isArray(q.versions) && q.versions.length > 0,
  ).length;
  const found = quotes.length === 1 ? "Found 1 quotation" : `Found ${quotes.length} quotations`;
  if (withVersions === 0) return `${found}; no other outlet's version in the corpus.`;
  const have =
    quotes.length === 1
      ? "it has"
      : withVersions === 1
        ? "1 has"
        : `${withVersions} have`;
  return `${found}; ${have} versions from other outlets.`;
}
