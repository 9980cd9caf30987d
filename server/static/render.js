// QuoteTrail: quotations and their versions as DOM, for the page and the
// extension's panel alike.
//
// Quotations, titles and outlet names come from untrusted pages, so every
// piece is built with document.createElement + textContent: no HTML string is
// ever parsed. The source is extension/lib/render.js; server/static/render.js
// is a copy (`python3 scripts/extension.py share`; a test checks they match).

import {
  MOVED_TITLE,
  formatDate,
  formatScore,
  isKnownRelation,
  quoteWording,
  relationLabel,
  safeHttpUrl,
  splitEdgeSpace,
  versionWording,
} from "./view.js";

const SEGMENT_TAGS = { changed: "mark", added: "ins", removed: "del", moved: "span" };

/** An element with an optional class and text (as text, never HTML). */
export function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

function segmentTitle(kind, side) {
  if (kind === "moved") return MOVED_TITLE;
  if (kind === "changed") {
    return side === "version"
      ? "Worded differently from this page"
      : "Worded differently in the other version";
  }
  if (kind === "added") return "Only in the other version";
  if (kind === "removed") return "Left out by the other version";
  return "";
}

/** Append segments to `container`; highlights cover words, not edge spaces. */
export function renderSegments(container, segments, side) {
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

function versionMeta(version) {
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
    `badge badge-${isKnownRelation(relation) ? relation : "other"}`,
    relationLabel(relation) || "Compared",
  );
  meta.append(" ", badge);
  const score = formatScore(version.score);
  if (score) meta.append(" ", el("span", "score", `score ${score}`));
  return meta;
}

function versionTitle(version) {
  const line = el("p", "version-title");
  const href = safeHttpUrl(version.url);
  const text = version.title.trim() || href || "Untitled article";
  if (href) {
    const link = el("a", "", text);
    link.href = href;
    link.rel = "noopener noreferrer";
    link.target = "_blank";
    line.append(link);
  } else {
    line.append(el("span", "", text));
  }
  return line;
}

function renderVersion(quote, version) {
  const item = el("li", "version");
  item.append(versionMeta(version), versionTitle(version));

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

/**
 * The quotation's own words. With `onShow`, a button that calls
 * `onShow(index, button)` (the panel: show it in the page).
 */
function quoteText(quote, index, onShow) {
  if (!onShow) return el("blockquote", "quote-text", quote.text);
  const button = el("button", "quote-text quote-show", quote.text);
  button.type = "button";
  button.title = "Show this quotation in the page";
  button.addEventListener("click", () => onShow(index, button));
  return button;
}

/**
 * One quotation with its speaker and its versions, as an <li>. Options:
 * `onShow(index, button)` makes the quotation's words a button.
 */
export function renderQuote(quote, index, { onShow } = {}) {
  const item = el("li", "quote");
  item.dataset.index = String(index);
  item.append(el("h3", "quote-heading", `Quotation ${index + 1}`));
  item.append(quoteText(quote, index, onShow));

  let who = "Unknown speaker";
  if (quote.speaker) who = quote.role ? `${quote.speaker}, ${quote.role}` : quote.speaker;
  item.append(el("p", quote.speaker ? "quote-speaker" : "quote-speaker unknown", `— ${who}`));

  if (quote.versions.length === 0) {
    item.append(el("p", "no-versions", "No other outlet's version in the corpus."));
    return item;
  }
  const n = quote.versions.length;
  item.append(
    el(
      "p",
      "versions-heading",
      n === 1 ? "1 version from another outlet:" : `${n} versions from other outlets:`,
    ),
  );
  const list = el("ol", "version-list");
  for (const version of quote.versions) list.append(renderVersion(quote, version));
  item.append(list);
  return item;
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

/** Light up both ends of a moved clause while the pointer is on either, inside `container`. */
export function pairMovesOnHover(container) {
  container.addEventListener("mouseover", (event) => toggleMovePair(event, true));
  container.addEventListener("mouseout", (event) => toggleMovePair(event, false));
}
