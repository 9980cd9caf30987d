// QuoteTrail: the text of an article element, one paragraph per block.
//
// Readability hands back the article as an element; its textContent would run
// two paragraphs together ("...end.Next...") when the page has no white space
// between them, and quotation finding works paragraph by paragraph. This walks
// the element: every block element ends a paragraph, <br> ends a line, white
// space inside a paragraph becomes one space. Paragraphs are joined by a blank
// line, as the backend does for HTML.
//
// It reads only nodeType, nodeName, nodeValue and childNodes, so the tests
// run it on plain objects. A classic script: the content script gets
// `globalThis.QuoteTrailArticleText`, Node's tests get `module.exports`.
(function exportArticleText(root) {
  "use strict";

  const ELEMENT_NODE = 1;
  const TEXT_NODE = 3;
  const BLOCKS = new Set(
    (
      "address article aside blockquote dd details div dl dt fieldset figcaption figure footer " +
      "form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody td tfoot " +
      "th thead tr ul"
    ).split(" "),
  );
  const SKIPPED = new Set(["script", "style", "noscript", "template", "svg", "button", "select"]);
  const SPACES = /[\s\u00a0\u202f\u2009]+/g;

  function tagName(node) {
    return String(node.nodeName || "").toLowerCase();
  }

  function collect(node, state) {
    if (node.nodeType === TEXT_NODE) {
      state.line += String(node.nodeValue || "");
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const tag = tagName(node);
    if (SKIPPED.has(tag)) return;
    if (tag === "br") {
      state.endLine();
      return;
    }
    const block = BLOCKS.has(tag);
    if (block) state.endParagraph();
    for (const child of Array.from(node.childNodes || [])) collect(child, state);
    if (block) state.endParagraph();
  }

  /** The paragraphs of `element` as text, separated by blank lines. */
  function articleText(element) {
    const paragraphs = [];
    let lines = [];
    const state = {
      line: "",
      endLine() {
        const line = this.line.replace(SPACES, " ").trim();
        if (line) lines.push(line);
        this.line = "";
      },
      endParagraph() {
        this.endLine();
        if (lines.length) paragraphs.push(lines.join("\n"));
        lines = [];
      },
    };
    if (element) collect(element, state);
    state.endParagraph();
    return paragraphs.join("\n\n");
  }

  const api = Object.freeze({ articleText });
  if (typeof module === "object" && module.exports) module.exports = api;
  else root.QuoteTrailArticleText = api;
})(globalThis);
