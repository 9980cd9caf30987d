// The extension in a real headless Chromium (Debian's), loaded unpacked from
// extension/, against the real backend on 127.0.0.1:8765 over the seed corpus.
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { after, before, describe, it } from "node:test";

import { chromium } from "playwright-core";

import {
  COMMENT_WORDS,
  EXTENSION,
  HOSTILE_OUTLET,
  HOSTILE_WORDS,
  MOVED_CLAUSE,
  PESKOV_WORDS,
  highlightedText,
  readPanel,
  screenshotPath,
  startBackend,
  startPages,
  waitFor,
} from "./helpers.mjs";

const CHROMIUM = process.env.QUOTETRAIL_CHROMIUM || "/usr/bin/chromium";
const SETTLED = "body:not([data-state='none']):not([data-state='loading']):not([data-state='waiting'])";

describe("the extension in Chromium", () => {
  let backend;
  let pages;
  let profile;
  let context;
  let worker;
  let extensionId;

  before(async () => {
    backend = await startBackend();
    pages = await startPages();
    profile = mkdtempSync(join(tmpdir(), "quotetrail-chromium-"));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: [`--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`],
    });
    worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"));
    extensionId = new URL(worker.url()).host;
  });

  after(async () => {
    await context?.close();
    await pages?.close();
    await backend?.stop();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  const tabIdOf = (url) =>
    worker.evaluate(async (wanted) => (await chrome.tabs.query({})).find((t) => t.url === wanted)?.id, url);
  const badgeOf = (tabId) => worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);

  let opened = 0;
  async function openArticle(path) {
    const url = `${pages.url(path)}?visit=${++opened}`; // one tab per address
    const page = await context.newPage();
    await page.goto(url);
    const tabId = await waitFor(`the tab of ${url}`, () => tabIdOf(url));
    return { page, tabId };
  }

  /** The panel page in a tab of its own, showing the analysis of `tabId`. */
  async function openPanel(tabId) {
    const panel = await context.newPage();
    await panel.setViewportSize({ width: 360, height: 900 }); // a side panel's width
    await panel.goto(`chrome-extension://${extensionId}/panel/panel.html?tab=${tabId}`);
    await panel.waitForSelector(SETTLED);
    return panel;
  }

  it("opens its side panel, which follows the reader to the active tab", async () => {
    const behavior = await worker.evaluate(() => chrome.sidePanel.getPanelBehavior());
    assert.equal(behavior.openPanelOnActionClick, true); // the toolbar button opens it
    const { page } = await openArticle("/moscow-times");
    // The toolbar is out of a test's reach; a click in an extension page is the
    // user gesture sidePanel.open() needs.
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options/options.html`);
    await options.evaluate(() => {
      const button = document.createElement("button");
      button.id = "open-panel";
      button.addEventListener("click", () => chrome.sidePanel.open({ windowId: chrome.windows.WINDOW_ID_CURRENT }));
      document.body.append(button);
    });
    await options.click("#open-panel");
    const readSidePanel = () =>
      options.evaluate(() => {
        const view = chrome.extension.getViews().find((v) => v.location.pathname === "/panel/panel.html");
        if (!view) return null;
        const outlets = [...view.document.querySelectorAll(".version .outlet")].map((o) => o.textContent);
        return { state: view.document.body.dataset.state, outlets };
      });
    const onOptions = await waitFor("the side panel", async () => {
      const panel = await readSidePanel();
      return panel && !["none", "loading", "waiting"].includes(panel.state) && panel;
    });
    assert.equal(onOptions.state, "unavailable"); // the options page is the active tab
    await page.bringToFront();
    const onArticle = await waitFor("the article's analysis", async () => {
      const panel = await readSidePanel();
      return panel?.state === "done" && panel;
    });
    assert.deepEqual(onArticle.outlets, ["Sputnik"]);
    // Closed again, so that the tests below see only what they cause.
    await options.evaluate(async () => chrome.sidePanel.close({ windowId: (await chrome.windows.getCurrent()).id }));
    await waitFor("the side panel to close", async () => {
      const open = await worker.evaluate(() => chrome.runtime.getContexts({ contextTypes: ["SIDE_PANEL"] }));
      return open.length === 0;
    });
    await options.close();
  });

  it("shows Peskov's quotation with Sputnik's version, the moved clause marked, and fills the badge", async () => {
    const { tabId } = await openArticle("/moscow-times");
    const panel = await openPanel(tabId);
    const shown = await panel.evaluate(readPanel);
    assert.equal(shown.state, "done");
    assert.equal(shown.status, "2 quotations; 1 has versions in other outlets.");

    const peskov = shown.quotes.find((q) => q.text.startsWith(PESKOV_WORDS));
    assert.ok(peskov, JSON.stringify(shown.quotes));
    assert.equal(peskov.speaker, "— Dmitry Peskov, Kremlin spokesman");
    assert.equal(peskov.versions.length, 1);
    const [sputnik] = peskov.versions;
    assert.equal(sputnik.outlet, "Sputnik");
    assert.equal(sputnik.date, "2022-10-12");
    assert.match(sputnik.href, /^https:\/\/sputniknews\.com\/20221012\//);
    assert.equal(sputnik.title, "Kremlin Denies Reports Musk Talked to Putin Before Unveiling His Ukrainian Settlement Plan");
    assert.equal(sputnik.text, "I can only confirm to you that, indeed, they had a telephone conversation about a year and a half ago,");
    assert.deepEqual(sputnik.moved.map((m) => m.replace(/[,\s]+$/, "")), [MOVED_CLAUSE]);

    const bremmer = shown.quotes.find((q) => q.speaker.includes("Bremmer"));
    assert.equal(bremmer.none, "No other outlet's version in the corpus.");
    assert.ok(!shown.quotes.some((q) => q.text.includes(COMMENT_WORDS)), "a reader's comment was sent");

    assert.equal(await badgeOf(tabId), "1");
    const shot = screenshotPath("panel.png");
    mkdirSync(dirname(shot), { recursive: true });
    await panel.screenshot({ path: shot, fullPage: true });
  });

  it("scrolls to a quotation clicked in the panel and highlights it in the page", async () => {
    const { page, tabId } = await openArticle("/moscow-times");
    const panel = await openPanel(tabId);
    assert.equal(await page.evaluate(() => scrollY), 0);
    await panel.locator(".quote-show", { hasText: PESKOV_WORDS }).click();
    await page.waitForFunction(() => scrollY > 0);
    assert.equal(await page.evaluate(highlightedText), PESKOV_WORDS);
    assert.equal(await panel.locator(".quote[data-shown='found']").count(), 1);
  });

  it("keeps each tab's analysis when Chromium stops its idle service worker", async () => {
    const { page, tabId } = await openArticle("/moscow-times");
    await (await openPanel(tabId)).close();
    const posted = backend.matchRequests();
    await worker.evaluate(() => {
      globalThis.quotetrailBeforeStop = true;
    });
    // What Chromium does to an idle extension's worker after 30 seconds.
    const cdp = await context.newCDPSession(page);
    const { targetInfos } = await cdp.send("Target.getTargets");
    const target = targetInfos.find((t) => t.type === "service_worker" && t.url === worker.url());
    await cdp.send("Target.closeTarget", { targetId: target.targetId });
    await cdp.detach();

    const panel = await openPanel(tabId); // its message wakes a fresh worker
    const restarted = await worker.evaluate(() => globalThis.quotetrailBeforeStop === undefined);
    assert.equal(restarted, true, "the service worker was not restarted");
    const shown = await panel.evaluate(readPanel);
    assert.equal(shown.state, "done");
    const peskov = shown.quotes.find((q) => q.text.startsWith(PESKOV_WORDS));
    assert.deepEqual(peskov.versions.map((v) => v.outlet), ["Sputnik"]);
    await panel.locator(".quote-show", { hasText: PESKOV_WORDS }).click();
    await page.waitForFunction(() => scrollY > 0);
    assert.equal(await page.evaluate(highlightedText), PESKOV_WORDS);
    assert.equal(await badgeOf(tabId), "1");
    assert.equal(backend.matchRequests(), posted, "the page was sent to the backend again");
  });

  it("analyses the sites listed in the options as soon as a page loads", async () => {
    await worker.evaluate(() => chrome.storage.local.set({ autoSites: ["127.0.0.1"] }));
    try {
      const { tabId } = await openArticle("/sputnik");
      await waitFor("the badge to count 1", async () => (await badgeOf(tabId)) === "1");
    } finally {
      await worker.evaluate(() => chrome.storage.local.remove("autoSites"));
    }
  });

  it("reads a single-page site again when it shows another article", async () => {
    const { page, tabId } = await openArticle("/spa/moscow-times");
    const panel = await openPanel(tabId);
    const outlets = async () =>
      (await panel.evaluate(readPanel)).quotes.flatMap((q) => q.versions.map((v) => v.outlet)).join();
    assert.equal(await outlets(), "Sputnik");
    await page.click("#next");
    await waitFor("the Sputnik article's analysis", async () => (await outlets()) === "The Moscow Times");
    assert.match(await panel.evaluate(() => document.getElementById("page-title").textContent), /Sputnik|Kremlin Denies/);
  });

  it("shows markup from the page and the corpus as text, never as elements", async () => {
    const { page, tabId } = await openArticle("/harbour");
    const panel = await openPanel(tabId);
    const shown = await panel.evaluate(readPanel);
    const quote = shown.quotes.find((q) => q.text.startsWith(HOSTILE_WORDS));
    assert.ok(quote, JSON.stringify(shown.quotes));
    assert.match(quote.text, /<img src=x onerror=/);
    const [version] = quote.versions;
    assert.equal(version.outlet, HOSTILE_OUTLET);
    assert.match(version.title, /^<b onmouseover=/);
    assert.match(version.text, /<img src=x onerror=/);
    const injected = await panel.evaluate(() => ({
      elements: document.querySelectorAll(".quote img, .quote b, .version img").length,
      pwned: document.body.dataset.pwned ?? null,
    }));
    assert.deepEqual(injected, { elements: 0, pwned: null });
    await page.close();
    await panel.close();
  });

  it("says when a page has no article, and when an article has no quotations", async () => {
    const bare = await openPanel((await openArticle("/no-article")).tabId);
    assert.match((await bare.evaluate(readPanel)).status, /^No article found on this page\./);
    const quiet = await openPanel((await openArticle("/no-quotes")).tabId);
    assert.equal((await quiet.evaluate(readPanel)).status, "No quotations found in this article.");
  });

  it("says how to start the backend when it is not running", async () => {
    const { tabId } = await openArticle("/moscow-times");
    await backend.stop();
    backend = null;
    const panel = await openPanel(tabId);
    await panel.click("#analyse-button");
    await panel.waitForSelector("body[data-state='backend-down']");
    const shown = await panel.evaluate(readPanel);
    assert.match(shown.status, /not running at http:\/\/127\.0\.0\.1:8765/);
    assert.deepEqual(await panel.locator(".commands code").allTextContents(), ["make run", "quotetrail serve"]);
    assert.equal(await badgeOf(tabId), "!");
  });
});
