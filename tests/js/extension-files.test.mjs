// The extension's files: one source for shared code, the vendored Readability as
// pinned, no HTML built from data, a strict manifest.
import assert from "node:assert/strict";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const EXT = join(ROOT, "extension");
const read = (...parts) => readFileSync(join(...parts), "utf8");
const manifest = JSON.parse(read(EXT, "manifest.json"));

function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe("shared with the page at /", () => {
  for (const name of ["view.js", "render.js", "quotes.css"]) {
    it(`server/static/${name} is a copy of extension/lib/${name} (python3 scripts/extension.py share)`, () => {
      assert.equal(read(ROOT, "server", "static", name), read(EXT, "lib", name));
    });
  }
});

describe("the vendored Readability", () => {
  const lock = JSON.parse(read(ROOT, "package-lock.json"));
  const pinned = lock.packages["node_modules/@mozilla/readability"].version;
  const vendor = join(EXT, "vendor", "readability");

  it("is the version the lock file pins, with its licence", () => {
    assert.equal(JSON.parse(read(ROOT, "package.json")).devDependencies["@mozilla/readability"], pinned);
    assert.equal(read(vendor, "VERSION"), `@mozilla/readability ${pinned}\n`);
    assert.match(read(vendor, "LICENSE.md"), /Apache License/);
  });

  it("is the package's own file, unchanged (python3 scripts/extension.py vendor)", () => {
    const installed = join(ROOT, "node_modules", "@mozilla", "readability");
    assert.ok(existsSync(installed), "node_modules is missing: run `npm ci` (make test does)");
    assert.equal(JSON.parse(read(installed, "package.json")).version, pinned);
    for (const name of ["Readability.js", "LICENSE.md"]) assert.equal(read(vendor, name), read(installed, name));
  });
});

describe("nothing from the backend or the page becomes HTML", () => {
  const ours = filesUnder(EXT).filter((p) => p.endsWith(".js") && !p.includes(`${join("vendor", "")}`));
  for (const path of [...ours, join(ROOT, "server", "static", "app.js")]) {
    it(`${path.slice(ROOT.length)} builds no HTML from strings`, () => {
      const code = read(path);
      for (const banned of ["innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function"]) {
        assert.ok(!code.includes(banned), `uses ${banned}`);
      }
    });
  }

  for (const page of ["panel/panel.html", "options/options.html"]) {
    it(`${page} has no inline script, handler or style`, () => {
      const html = read(EXT, page);
      assert.ok(!/<script(?![^>]*\bsrc=)[^>]*>/i.test(html), "inline <script>");
      assert.ok(!/\son[a-z]+\s*=/i.test(html), "inline event handler");
      assert.ok(!/\sstyle\s*=/i.test(html), "inline style attribute");
      assert.ok(!/<style[\s>]/i.test(html), "inline <style>");
      assert.match(html, /<script type="module" src="[a-z]+\.js"><\/script>/);
    });
  }
});

describe("the manifest", () => {
  it("has a strict content security policy: own scripts only, page text only to this computer", () => {
    const csp = manifest.content_security_policy.extension_pages;
    const directives = Object.fromEntries(
      csp.split(";").map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]),
    );
    assert.deepEqual(directives["default-src"], ["'self'"]);
    assert.deepEqual(directives["script-src"], ["'self'"]);
    assert.deepEqual(directives["object-src"], ["'none'"]);
    assert.deepEqual(directives["connect-src"], ["http://127.0.0.1:*", "http://localhost:*"]);
    assert.ok(!csp.includes("unsafe"), csp);
  });

  it("asks for no more than it uses", () => {
    assert.deepEqual(manifest.permissions.sort(), ["scripting", "sidePanel", "storage"]);
    assert.deepEqual(manifest.host_permissions, ["http://127.0.0.1/*", "http://localhost/*"]);
  });

  it("opens one panel page in both browsers and names only files that exist", () => {
    assert.equal(manifest.side_panel.default_path, manifest.sidebar_action.default_panel);
    const named = [
      manifest.background.service_worker,
      ...manifest.background.scripts,
      manifest.side_panel.default_path,
      manifest.options_ui.page,
      ...manifest.content_scripts.flatMap((c) => [...c.js, ...c.css]),
      ...Object.values(manifest.icons),
      ...Object.values(manifest.action.default_icon),
    ];
    for (const file of named) assert.ok(existsSync(join(EXT, file)), file);
  });

  it("injects on demand the same content scripts it declares", () => {
    const background = read(EXT, "background.js");
    const list = /const CONTENT_FILES = \[([^\]]*)\]/.exec(background)[1];
    const injected = [...list.matchAll(/"([^"]+)"/g)].map((m) => m[1]);
    assert.deepEqual(injected, manifest.content_scripts[0].js);
  });

  it("loads Readability before the scripts that use it", () => {
    const [scripts] = manifest.content_scripts;
    assert.equal(scripts.js[0], "vendor/readability/Readability.js");
    assert.equal(scripts.js.at(-1), "content/content.js");
  });

  it("has the Firefox id and data-collection declaration that web-ext lint wants", () => {
    const gecko = manifest.browser_specific_settings.gecko;
    assert.match(gecko.id, /^[\w.-]+@[\w.-]+$/);
    assert.deepEqual(gecko.data_collection_permissions, { required: ["none"] });
  });
});
