// The extension's options and limits: extension/lib/settings.js, and the README's table of them.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";

import {
  DEFAULT_BACKEND,
  LIMITS,
  limit,
  parseBackendUrl,
  parseSites,
  readOptions,
  backendHeaders,
  TOKEN_HEADER,
  siteMatches,
} from "../../extension/lib/settings.js";

describe("parseBackendUrl", () => {
  it("takes this computer's addresses, with or without the scheme, as an origin", () => {
    assert.deepEqual(parseBackendUrl("http://127.0.0.1:8765"), { url: "http://127.0.0.1:8765" });
    assert.deepEqual(parseBackendUrl(" localhost:9000/ "), { url: "http://localhost:9000" });
    assert.deepEqual(parseBackendUrl("http://127.0.0.1:8765/api/v1/"), { url: "http://127.0.0.1:8765" });
  });

  it("means the default when empty", () => {
    assert.deepEqual(parseBackendUrl(""), { url: DEFAULT_BACKEND });
    assert.deepEqual(parseBackendUrl(undefined), { url: DEFAULT_BACKEND });
    assert.equal(DEFAULT_BACKEND, "http://127.0.0.1:8765");
  });

  it("refuses any other computer, in words", () => {
    for (const typed of ["https://example.org", "http://192.168.1.5:8765", "quotetrail.example.com:8765"]) {
      const answer = parseBackendUrl(typed);
      assert.equal(answer.url, undefined, typed);
      assert.match(answer.error, /this computer|http:\/\//, typed);
    }
    assert.match(parseBackendUrl("https://127.0.0.1:8765").error, /http:\/\//);
    assert.match(parseBackendUrl("http://").error, /not an address/);
  });
});

describe("parseSites and siteMatches", () => {
  it("reads sites as the reader types them, one per line or separated by commas", () => {
    const typed = "https://www.TheMoscowTimes.com/news\n sputniknews.com, example.org\n\nthemoscowtimes.com";
    assert.deepEqual(parseSites(typed), {
      sites: ["themoscowtimes.com", "sputniknews.com", "example.org"],
      invalid: [],
    });
  });

  it("names what is not a site", () => {
    assert.deepEqual(parseSites("bad_site!\nexample.org").invalid, ["bad_site!"]);
  });

  it("matches a site and its subdomains, nothing else", () => {
    const sites = ["themoscowtimes.com", "127.0.0.1"];
    assert.ok(siteMatches("themoscowtimes.com", sites));
    assert.ok(siteMatches("www.themoscowtimes.com", sites));
    assert.ok(siteMatches("127.0.0.1", sites));
    assert.ok(!siteMatches("notthemoscowtimes.com", sites));
    assert.ok(!siteMatches("themoscowtimes.com.evil.org", sites));
    assert.ok(!siteMatches("", sites));
    assert.ok(!siteMatches("example.org", []));
  });
});

describe("readOptions", () => {
  it("fills the defaults and drops what is not a host name", () => {
    assert.deepEqual(readOptions(undefined), { backendUrl: DEFAULT_BACKEND, autoSites: [], token: "" });
    assert.deepEqual(readOptions({ backendUrl: "https://far.away", autoSites: ["ok.org", 5, "no way"] }), {
      backendUrl: DEFAULT_BACKEND,
      autoSites: ["ok.org"],
      token: "",
    });
    assert.deepEqual(readOptions({ backendUrl: "http://localhost:9000", autoSites: "x", token: 7 }), {
      backendUrl: "http://localhost:9000",
      autoSites: [],
      token: "",
    });
  });

  it("keeps the token the reader set, trimmed", () => {
    assert.equal(readOptions({ token: "  s3cret \n" }).token, "s3cret");
  });
});

describe("backendHeaders", () => {
  it("sends JSON, and the token only when there is one", () => {
    assert.deepEqual(backendHeaders(""), { "Content-Type": "application/json", Accept: "application/json" });
    assert.equal(backendHeaders("s3cret")[TOKEN_HEADER], "s3cret");
    assert.equal(TOKEN_HEADER, "X-QuoteTrail-Token");
  });
});

describe("the README's table of the extension's limits", () => {
  const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
  const rows = Object.fromEntries(
    [...readme.matchAll(/^\| `([A-Z_]+)` \| `(\d+)` \| (.+?) \|$/gm)].map((m) => [m[1], [Number(m[2]), m[3]]]),
  );

  it("lists every limit with its value and meaning", () => {
    for (const [name, { value, help }] of Object.entries(LIMITS)) {
      assert.deepEqual(rows[name], [value, help], name);
      assert.equal(limit(name), value);
    }
  });

  it("lists no limit the extension does not have", () => {
    const extensionRows = Object.keys(rows).filter((name) => !name.startsWith("QUOTETRAIL_"));
    assert.deepEqual(extensionRows.sort(), Object.keys(LIMITS).sort());
  });
});
