// QuoteTrail: find a quotation again in a page's text (pure: strings in, offsets out).
//
// A quotation is described as Hypothesis describes one (a "text quote
// selector"): its exact words with some text before and after. The page's
// text and the text the backend saw differ in white space and punctuation
// (curly or straight quotes, dashes, no space between two paragraphs), so both
// are compared in a search key of letters and digits only, case and accents
// folded. Context picks between several places with the same words; a head
// and tail search finds a quotation whose middle changed.
//
// A classic script: the content script gets `globalThis.QuoteTrailAnchor`,
// Node's tests get `module.exports`.
(function exportAnchor(root) {
  "use strict";

  /** Characters of context kept on each side of a quotation. */
  const CONTEXT_CHARS = 32;
  /** Key characters compared at each end when the whole quotation is not found: a quarter. */
  const END_KEY_CHARS = { fewest: 12, most: 24 };
  /** Most places tried for one quotation (a very common phrase). */
  const MAX_CANDIDATES = 1000;

  const WORD_CHAR = /[\p{L}\p{N}]/u;
  const MARKS = /\p{M}/gu;

  /**
   * The selector of `text.slice(start, end)`: `{exact, prefix, suffix}` with
   * up to `context` characters each side.
   */
  function quoteSelector(text, start, end, context = CONTEXT_CHARS) {
    const from = Math.max(0, Math.min(start, text.length));
    const to = Math.max(from, Math.min(end, text.length));
    return {
      exact: text.slice(from, to),
      prefix: text.slice(Math.max(0, from - context), from),
      suffix: text.slice(to, to + context),
    };
  }

  /**
   * The search key of a text: its letters and digits, lower case, accents
   * removed; `starts[i]`/`ends[i]` give the text range of key character i.
   */
  function searchKey(text) {
    let key = "";
    const starts = [];
    const ends = [];
    let index = 0;
    for (const char of text) {
      const next = index + char.length;
      if (WORD_CHAR.test(char)) {
        const folded = char.normalize("NFKD").replace(MARKS, "").toLowerCase();
        for (const piece of folded) {
          if (!WORD_CHAR.test(piece)) continue; // "½" folds to "1⁄2"
          key += piece;
          starts.push(index);
          ends.push(next);
        }
      }
      index = next;
    }
    return { key, starts, ends };
  }

  function occurrences(haystack, needle, from = 0, until = haystack.length) {
    const found = [];
    if (needle === "") return found;
    let at = haystack.indexOf(needle, from);
    while (at !== -1 && at + needle.length <= until && found.length < MAX_CANDIDATES) {
      found.push(at);
      at = haystack.indexOf(needle, at + 1);
    }
    return found;
  }

  function commonSuffixLength(a, b) {
    let n = 0;
    while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
    return n;
  }

  function commonPrefixLength(a, b) {
    let n = 0;
    while (n < a.length && n < b.length && a[n] === b[n]) n++;
    return n;
  }

  /** How well the key text around [start, end) agrees with the selector's context. */
  function contextScore(pageKey, start, end, prefixKey, suffixKey) {
    const before = pageKey.slice(Math.max(0, start - prefixKey.length), start);
    const after = pageKey.slice(end, end + suffixKey.length);
    return commonSuffixLength(prefixKey, before) + commonPrefixLength(suffixKey, after);
  }

  /** Places where the whole quotation's key stands. */
  function wholeMatches(pageKey, exactKey) {
    return occurrences(pageKey, exactKey).map((at) => ({ start: at, end: at + exactKey.length }));
  }

  /**
   * Places that begin with the quotation's first key characters and end with
   * its last ones, no longer than the quotation allows for a changed middle.
   */
  function headTailMatches(pageKey, exactKey) {
    const quarter = Math.floor(exactKey.length / 4);
    const ends = Math.min(END_KEY_CHARS.most, Math.max(END_KEY_CHARS.fewest, quarter));
    if (exactKey.length < 3 * ends) return []; // no middle left to differ
    const head = exactKey.slice(0, ends);
    const tail = exactKey.slice(-ends);
    const longest = Math.ceil(exactKey.length * 1.25) + 64;
    const shortest = Math.floor(exactKey.length * 0.75);
    const found = [];
    for (const start of occurrences(pageKey, head)) {
      const limit = Math.min(pageKey.length, start + longest);
      const endings = occurrences(pageKey, tail, start + ends, limit)
        .map((at) => at + tail.length)
        .filter((end) => end - start >= shortest);
      if (endings.length === 0) continue;
      const best = endings.reduce((a, b) =>
        Math.abs(b - start - exactKey.length) < Math.abs(a - start - exactKey.length) ? b : a,
      );
      found.push({ start, end: best });
    }
    return found;
  }

  function bestByContext(candidates, pageKey, selector) {
    const prefixKey = searchKey(selector.prefix || "").key;
    const suffixKey = searchKey(selector.suffix || "").key;
    let best = null;
    let bestScore = -1;
    for (const candidate of candidates) {
      const score = contextScore(pageKey, candidate.start, candidate.end, prefixKey, suffixKey);
      if (score > bestScore) {
        best = candidate;
        bestScore = score;
      }
    }
    return best;
  }

  /**
   * Where the selector's quotation stands in `pageText`: `{start, end}` (end
   * exclusive, from its first letter or digit to its last), or null when it
   * is not there. Case, accents, white space and punctuation are ignored.
   */
  function anchorQuote(pageText, selector) {
    if (!selector || typeof selector.exact !== "string") return null;
    const exactKey = searchKey(selector.exact).key;
    if (exactKey === "") return null;
    const page = searchKey(pageText);
    let candidates = wholeMatches(page.key, exactKey);
    if (candidates.length === 0) candidates = headTailMatches(page.key, exactKey);
    const best = bestByContext(candidates, page.key, selector);
    if (!best) return null;
    return { start: page.starts[best.start], end: page.ends[best.end - 1] };
  }

  /**
   * Which piece holds a text offset, given each piece's start offset in
   * ascending order: `{index, offset}` with the offset inside that piece.
   * An offset at a boundary belongs to the piece that starts there.
   */
  function locateOffset(pieceStarts, offset) {
    let low = 0;
    let high = pieceStarts.length - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (pieceStarts[middle] <= offset) low = middle;
      else high = middle - 1;
    }
    return { index: low, offset: offset - (pieceStarts[low] ?? 0) };
  }

  const api = Object.freeze({ quoteSelector, searchKey, anchorQuote, locateOffset, CONTEXT_CHARS });
  if (typeof module === "object" && module.exports) module.exports = api;
  else root.QuoteTrailAnchor = api;
})(globalThis);
