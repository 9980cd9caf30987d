// The article's text from Readability's element: extension/content/article-text.js.
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { describe, it } from "node:test";

const require = createRequire(import.meta.url);
const { articleText } = require("../../extension/content/article-text.js");

// A DOM-shaped tree of plain objects: what the function reads of a real element.
const text = (value) => ({ nodeType: 3, nodeName: "#text", nodeValue: value });
const comment = (value) => ({ nodeType: 8, nodeName: "#comment", nodeValue: value });
const tag = (name, ...childNodes) => ({ nodeType: 1, nodeName: name.toUpperCase(), childNodes });

describe("articleText", () => {
  it("puts a blank line between paragraphs even when the page has no space between them", () => {
    const article = tag("div", tag("p", text("First paragraph.")), tag("p", text("“Second,” she said.")));
    assert.equal(articleText(article), "First paragraph.\n\n“Second,” she said.");
  });

  it("collapses white space inside a paragraph and keeps inline elements' words in place", () => {
    const article = tag(
      "div",
      tag("p", text("  The   minister\n said "), tag("a", text("“we will")), text(" "), tag("em", text("win”")), text(" today. ")),
    );
    assert.equal(articleText(article), "The minister said “we will win” today.");
  });

  it("ends a line at <br> and a paragraph at every block, however deep", () => {
    const article = tag(
      "section",
      tag("h2", text("Headline")),
      tag("div", tag("div", text("Line one"), tag("br"), text("line two"))),
      tag("ul", tag("li", text("item a")), tag("li", text("item b"))),
      tag("blockquote", tag("p", text("Quoted block."))),
    );
    assert.equal(articleText(article), "Headline\n\nLine one\nline two\n\nitem a\n\nitem b\n\nQuoted block.");
  });

  it("leaves out scripts, styles, buttons and comments", () => {
    const article = tag(
      "div",
      tag("p", text("Kept."), tag("script", text("var x = 1;")), tag("style", text("p{}")), comment(" note ")),
      tag("button", text("Share")),
      tag("p", text("Also kept.")),
    );
    assert.equal(articleText(article), "Kept.\n\nAlso kept.");
  });

  it("gives an empty string for nothing or an empty element", () => {
    assert.equal(articleText(null), "");
    assert.equal(articleText(tag("div", tag("p", text("   ")))), "");
  });
});
