// What an analysis came to and how the badge and the panel say it: extension/lib/states.js.
import assert from "node:assert/strict";
import { describe, it } from "node:test";

import {
  START_COMMAND,
  answerState,
  badgeFor,
  countWithVersions,
  describeState,
  matchRequest,
  requestFailureState,
} from "../../extension/lib/states.js";

const PAGE = { url: "https://example.org/a", title: "A", text: "“Words here and more words,” she said.", extractId: "x1" };
const VERSION = { text: "Words here and more words", outlet: "Other", url: "https://o.org/b", diff: [] };
const ANSWER = {
  quotes: [
    { text: "Words here and more words,", start: 1, end: 27, speaker: "she", versions: [VERSION] },
    { text: "Nothing elsewhere at all today", start: 40, end: 70, speaker: null, versions: [] },
  ],
};

describe("matchRequest", () => {
  it("sends the text with the page's address and title, nothing else", () => {
    assert.deepEqual(matchRequest(PAGE), { text: PAGE.text, url: PAGE.url, title: "A" });
    assert.deepEqual(matchRequest({ text: "t", url: "", title: "" }), { text: "t" });
  });
});

describe("answerState", () => {
  it("reads a good answer into a done state", () => {
    const state = answerState(200, ANSWER, PAGE);
    assert.equal(state.status, "done");
    assert.deepEqual(state.page, { url: PAGE.url, title: "A" });
    assert.equal(state.extractId, "x1");
    assert.equal(state.result.quotes.length, 2);
    assert.equal(state.result.quotes[0].versions[0].outlet, "Other");
    assert.equal(countWithVersions(state), 1);
  });

  it("gives the backend's own message for an error answer", () => {
    const body = { error: { code: "too_large", message: "text longer than 1000000 characters" } };
    assert.deepEqual(answerState(413, body, PAGE), {
      status: "error",
      message: "The backend answered with an error: text longer than 1000000 characters",
    });
    assert.deepEqual(answerState(502, null, PAGE), {
      status: "error",
      message: "The backend answered with status 502.",
    });
  });

  it("says so when a 200 answer is not QuoteTrail's", () => {
    assert.deepEqual(answerState(200, { hello: 1 }, PAGE), {
      status: "error",
      message: "The backend's answer has no list of quotations.",
    });
    assert.equal(answerState(200, null, PAGE).status, "error");
  });
});

describe("requestFailureState", () => {
  it("tells a backend that is not running from one that is too slow", () => {
    const down = requestFailureState(new TypeError("Failed to fetch"), "http://127.0.0.1:8765", 30000);
    assert.deepEqual(down, { status: "backend-down", backend: "http://127.0.0.1:8765" });
    const timeout = Object.assign(new Error("t"), { name: "TimeoutError" });
    assert.deepEqual(requestFailureState(timeout, "http://127.0.0.1:8765", 30000), {
      status: "error",
      message: "The backend at http://127.0.0.1:8765 did not answer within 30 seconds.",
    });
  });
});

describe("badgeFor", () => {
  it("counts the quotations with versions once the page is analysed", () => {
    assert.equal(badgeFor(answerState(200, ANSWER, PAGE)).text, "1");
    assert.match(badgeFor(answerState(200, ANSWER, PAGE)).title, /1 quotation on this page has versions/);
    assert.equal(badgeFor(answerState(200, { quotes: [] }, PAGE)).text, "0");
  });

  it("shows ! for a backend that is down or failing, nothing before an analysis", () => {
    assert.equal(badgeFor({ status: "backend-down", backend: "b" }).text, "!");
    assert.equal(badgeFor({ status: "error", message: "m" }).text, "!");
    assert.equal(badgeFor(null).text, "");
    assert.equal(badgeFor({ status: "no-article" }).text, "");
  });
});

describe("describeState", () => {
  it("says every state in words, with the command that starts a stopped backend", () => {
    const down = describeState({ status: "backend-down", backend: "http://127.0.0.1:8765" });
    assert.equal(down.kind, "error");
    assert.match(down.text, /not running at http:\/\/127\.0\.0\.1:8765/);
    assert.deepEqual(down.commands, [START_COMMAND, "quotetrail serve"]);
    assert.equal(START_COMMAND, "make run");

    assert.equal(describeState({ status: "loading" }).kind, "loading");
    assert.equal(describeState({ status: "waiting" }).kind, "loading");
    assert.match(describeState({ status: "no-article" }).text, /^No article found on this page/);
    assert.equal(describeState(answerState(200, { quotes: [] }, PAGE)).text, "No quotations found in this article.");
    const failed = answerState(503, { error: { code: "unavailable", message: "The corpus is unavailable." } }, PAGE);
    assert.deepEqual(describeState(failed), {
      kind: "error",
      text: "The backend answered with an error: The corpus is unavailable.",
    });
    assert.match(describeState({ status: "unavailable" }).text, /cannot read this page/);
    assert.match(describeState(null).text, /Open a news article/);
  });

  it("sums up an analysed page", () => {
    assert.equal(describeState(answerState(200, ANSWER, PAGE)).text, "2 quotations; 1 has versions in other outlets.");
    const none = { quotes: [ANSWER.quotes[1]] };
    assert.equal(describeState(answerState(200, none, PAGE)).text, "1 quotation; none has a version in another outlet.");
  });
});
