// QuoteTrail content script: reads the article for the background, finds a
// quotation again on request, and tells the background when the page changes.
//
// It sends nothing anywhere itself: the article's text goes to the extension's
// background only, which sends it to the backend address set in the options.
// Nothing is inserted into the page: a quotation is shown with the CSS Custom
// Highlight API (or the selection where that is missing) and scrolled to.
(function quoteTrailContent() {
  "use strict";

  if (globalThis.__quoteTrailContentLoaded) return; // injected again on demand
  globalThis.__quoteTrailContentLoaded = true;

  const api = globalThis.browser ?? globalThis.chrome;
  const { anchorQuote, locateOffset, quoteSelector } = globalThis.QuoteTrailAnchor;
  const { articleText } = globalThis.QuoteTrailArticleText;
  const HIGHLIGHT_NAME = "quotetrail";
  const SKIPPED_TAGS = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "TEXTAREA"]);

  let lastMutationAt = 0;
  let pageUrl = withoutHash(location.href);
  let extracted = null; // {id, text}: what the background last sent to the backend
  let extractCount = 0;

  function withoutHash(url) {
    return url.split("#")[0];
  }

  function send(message) {
    return api.runtime.sendMessage(message).catch(() => {}); // background asleep or reloading
  }

  // --------------------------------------------------------------- reading

  function canonicalUrl() {
    const link = document.querySelector('link[rel="canonical"][href]');
    const href = link ? link.href : "";
    return /^https?:\/\//.test(href) ? href : pageUrl;
  }

  function readArticle(minChars) {
    if (typeof Readability !== "function") return null;
    const copy = document.cloneNode(true);
    const article = new Readability(copy, { serializer: (element) => element }).parse();
    if (!article || !article.content) return null;
    const text = articleText(article.content);
    if (text.length < minChars) return null;
    return { title: (article.title || document.title || "").trim(), text };
  }

  function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
  }

  /** Wait until the page has not changed for `settleMs`, at most `maxWaitMs`. */
  async function pageSettled(settleMs, maxWaitMs) {
    const deadline = Date.now() + maxWaitMs;
    while (Date.now() < deadline) {
      const quiet = Date.now() - lastMutationAt;
      if (quiet >= settleMs) return;
      await sleep(Math.min(settleMs - quiet, deadline - Date.now()));
    }
  }

  async function extract({ minChars = 0, settleMs = 0, maxWaitMs = 0 }) {
    await pageSettled(settleMs, maxWaitMs);
    const article = readArticle(minChars);
    if (!article) {
      extracted = null;
      return { ok: false, url: canonicalUrl() };
    }
    extractCount += 1;
    extracted = { id: `${pageUrl} ${extractCount} ${Date.now()}`, text: article.text };
    return {
      ok: true,
      extractId: extracted.id,
      url: canonicalUrl(),
      title: article.title,
      text: article.text,
    };
  }

  // ------------------------------------------------- finding a quotation

  function isShown(element, cache) {
    if (!cache.has(element)) {
      const shown =
        typeof element.checkVisibility === "function"
          ? element.checkVisibility()
          : element.getClientRects().length > 0;
      cache.set(element, shown);
    }
    return cache.get(element);
  }

  /** The page's visible text with each text node's start offset in it. */
  function pageTextIndex() {
    const nodes = [];
    const starts = [];
    let text = "";
    const cache = new Map();
    const walker = document.createTreeWalker(document.body || document.documentElement, NodeFilter.SHOW_TEXT, {
      acceptNode(node) {
        const parent = node.parentElement;
        if (!node.nodeValue || !parent || SKIPPED_TAGS.has(parent.tagName)) return NodeFilter.FILTER_REJECT;
        return isShown(parent, cache) ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT;
      },
    });
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      nodes.push(node);
      starts.push(text.length);
      text += node.nodeValue;
    }
    return { text, nodes, starts };
  }

  function rangeOf(index, start, end) {
    const first = locateOffset(index.starts, start);
    const last = locateOffset(index.starts, end - 1);
    const range = document.createRange();
    range.setStart(index.nodes[first.index], first.offset);
    range.setEnd(index.nodes[last.index], last.offset + 1);
    return range;
  }

  function highlight(range) {
    if (globalThis.CSS && CSS.highlights && typeof Highlight === "function") {
      CSS.highlights.set(HIGHLIGHT_NAME, new Highlight(range));
    } else {
      const selection = getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
    }
    const target = range.startContainer.parentElement;
    if (target) target.scrollIntoView({ block: "center", behavior: "smooth" });
  }

  function show({ extractId, start, end, text }) {
    const selector =
      extracted && extracted.id === extractId && Number.isInteger(start) && Number.isInteger(end)
        ? quoteSelector(extracted.text, start, end)
        : { exact: String(text || ""), prefix: "", suffix: "" };
    const index = pageTextIndex();
    const found = anchorQuote(index.text, selector);
    if (!found) return { found: false };
    const range = rangeOf(index, found.start, found.end);
    highlight(range);
    return { found: true, text: range.toString() };
  }

  // ------------------------------------------------------------ messages

  const HANDLERS = { extract, show };

  api.runtime.onMessage.addListener((message, _sender, sendResponse) => {
    const handler = message && HANDLERS[message.type];
    if (!handler) return false;
    Promise.resolve()
      .then(() => handler(message))
      .then(sendResponse, (error) => sendResponse({ error: String(error && error.message) }));
    return true;
  });

  // A single-page site changes the address without loading a new document.
  function checkAddress() {
    const now = withoutHash(location.href);
    if (now === pageUrl) return;
    pageUrl = now;
    extracted = null;
    send({ type: "page-changed", url: now });
  }

  new MutationObserver(() => {
    lastMutationAt = Date.now();
    checkAddress();
  }).observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  addEventListener("popstate", checkAddress);
  send({ type: "page-ready", url: pageUrl });
})();
