// The extension in a real headless Firefox (Debian's firefox-esr), installed
// from the Firefox build (dist/firefox, `make extension`), against the real
// backend on 127.0.0.1:8765 over the seed corpus. Driven by puppeteer-core
// over WebDriver BiDi.
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";

import puppeteer from "puppeteer-core";

import {
  COMMENT_WORDS,
  FIREFOX_BUILD,
  MOVED_CLAUSE,
  PESKOV_WORDS,
  highlightedText,
  readPanel,
  startBackend,
  startPages,
  waitFor,
} from "./helpers.mjs";

const FIREFOX = process.env.QUOTETRAIL_FIREFOX || "/usr/bin/firefox-esr";
const ADDON_ID = "quotetrail@quotetrail";
const UUID = "3f6f1c52-7a0e-4d55-9a57-0c2b8e1d4f60"; // fixes the moz-extension:// host
const BASE = `moz-extension://${UUID}`;
const SETTLED = "body:not([data-state='none']):not([data-state='loading']):not([data-state='waiting'])";

describe("the extension in Firefox", () => {
  let backend;
  let pages;
  let browser;
  let helper; // an extension page, to reach the extension's APIs

  before(async () => {
    assert.ok(existsSync(join(FIREFOX_BUILD, "manifest.json")), "no Firefox build: run `make extension`");
    backend = await startBackend();
    pages = await startPages();
    browser = await puppeteer.launch({
      browser: "firefox",
      executablePath: FIREFOX,
      headless: true,
      args: ["--remote-allow-system-access"], // else moz-extension:// pages are refused
      extraPrefsFirefox: { "extensions.webextensions.uuids": JSON.stringify({ [ADDON_ID]: UUID }) },
    });
    await browser.installExtension(FIREFOX_BUILD);
    helper = await browser.newPage();
    helper.goto(`${BASE}/options/options.html`).catch(() => {}); // never resolves: not awaited
    await waitFor("the options page", () => helper.evaluate(() => Boolean(document.getElementById("options-form"))));
  });

  after(async () => {
    await browser?.close();
    await pages?.close();
    await backend?.stop();
  });

  const tabIdOf = (url) =>
    helper.evaluate(async (wanted) => (await browser.tabs.query({})).find((t) => t.url === wanted)?.id, url);
  const badgeOf = (tabId) => helper.evaluate((id) => browser.action.getBadgeText({ tabId: id }), tabId);

  let opened = 0;
  async function openArticle(path) {
    const url = `${pages.url(path)}?visit=${++opened}`;
    const page = await browser.newPage();
    await page.goto(url);
    const tabId = await waitFor(`the tab of ${url}`, () => tabIdOf(url));
    return { page, tabId };
  }

  async function openPanel(tabId) {
    const panel = await browser.newPage();
    await panel.setViewport({ width: 360, height: 900 });
    const url = `${BASE}/panel/panel.html?tab=${tabId}`;
    panel.goto(url).catch(() => {}); // never resolves: not awaited
    await waitFor("the panel", () =>
      panel.evaluate((wanted, settled) => location.href === wanted && Boolean(document.querySelector(settled)), url, SETTLED),
    );
    return panel;
  }

  /** The real sidebar's panel, read from the helper page; null while it is not there. */
  const readSidebar = () =>
    helper.evaluate(() => {
      const [view] = browser.extension.getViews({ type: "sidebar" });
      if (!view || !view.document.body) return null;
      return {
        state: view.document.body.dataset.state,
        outlets: [...view.document.querySelectorAll(".version .outlet")].map((o) => o.textContent),
        moved: [...view.document.querySelectorAll(".version-text .seg-moved")].map((m) => m.textContent),
      };
    });

  it("opens its sidebar, which follows the reader to the active tab", async () => {
    assert.equal(await helper.evaluate(() => browser.sidebarAction.isOpen({})), true);
    assert.equal(await helper.evaluate(() => typeof browser.sidebarAction.toggle), "function");
    const { page } = await openArticle("/moscow-times");
    await page.bringToFront();
    const shown = await waitFor("the sidebar's analysis", async () => {
      const sidebar = await readSidebar();
      return sidebar?.state === "done" && sidebar;
    });
    assert.deepEqual(shown.outlets, ["Sputnik"]);
    assert.deepEqual(shown.moved.map((m) => m.replace(/[,\s]+$/, "")), [MOVED_CLAUSE]);
  });

  it("shows Peskov's quotation with Sputnik's version and the moved clause marked; clicking it highlights it", async () => {
    const { page, tabId } = await openArticle("/moscow-times");
    const panel = await openPanel(tabId);
    const shown = await panel.evaluate(readPanel);
    assert.equal(shown.status, "2 quotations; 1 has versions in other outlets.");
    const peskov = shown.quotes.find((q) => q.text.startsWith(PESKOV_WORDS));
    assert.equal(peskov.speaker, "— Dmitry Peskov, Kremlin spokesman");
    assert.deepEqual(
      peskov.versions.map((v) => [v.outlet, v.date]),
      [["Sputnik", "2022-10-12"]],
    );
    assert.deepEqual(peskov.versions[0].moved.map((m) => m.replace(/[,\s]+$/, "")), [MOVED_CLAUSE]);
    assert.ok(!shown.quotes.some((q) => q.text.includes(COMMENT_WORDS)), "a reader's comment was sent");
    assert.equal(await badgeOf(tabId), "1");

    const buttons = await panel.$$(".quote-show");
    const index = shown.quotes.indexOf(peskov);
    await buttons[index].click();
    await waitFor("the highlight in the page", async () => (await page.evaluate(highlightedText)) === PESKOV_WORDS);
    await waitFor("the page to scroll", () => page.evaluate(() => scrollY > 0));
  });

  it("says how to start the backend when it is not running", async () => {
    // Stopped before the page opens: the open sidebar analyses a page as soon as it loads, and a
    // backend still up for that moment answers it ('done') before the stop.
    await backend.stop();
    backend = null;
    const { tabId } = await openArticle("/moscow-times");
    const panel = await openPanel(tabId);
    const shown = await panel.evaluate(readPanel);
    assert.equal(shown.state, "backend-down");
    assert.match(shown.status, /not running at http:\/\/127\.0\.0\.1:8765/);
    assert.match(shown.status, /make run/);
    assert.equal(await badgeOf(tabId), "!");
  });
});
