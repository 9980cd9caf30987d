"""The browser extension's files: shared copies, the vendored Readability, the two builds.

    python3 scripts/extension.py share    copy extension/lib's shared files to server/static/
    python3 scripts/extension.py vendor   copy @mozilla/readability from node_modules/
    python3 scripts/extension.py build    write dist/chromium/, dist/firefox/ and their zips

`extension/` itself loads unpacked in both browsers and needs no build; `build`
only leaves out what each browser does not read, so neither complains.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXTENSION = ROOT / "extension"
STATIC = ROOT / "server" / "static"
# The page at / renders quotations as the panel does: one source, copied.
SHARED = ("view.js", "render.js", "quotes.css")
READABILITY = ROOT / "node_modules" / "@mozilla" / "readability"
VENDOR = EXTENSION / "vendor" / "readability"
VENDORED = ("Readability.js", "LICENSE.md")
# Files for Node's tests and tools only, not for a browser.
NOT_SHIPPED = ("package.json",)
ZIP_TIME = (1980, 1, 1, 0, 0, 0)


def share() -> list[Path]:
    written = []
    for name in SHARED:
        target = STATIC / name
        shutil.copyfile(EXTENSION / "lib" / name, target)
        written.append(target)
    return written


def vendor() -> list[Path]:
    if not (READABILITY / "package.json").is_file():
        raise SystemExit("node_modules/@mozilla/readability is missing: run `npm ci` first.")
    version = json.loads((READABILITY / "package.json").read_text(encoding="utf-8"))["version"]
    VENDOR.mkdir(parents=True, exist_ok=True)
    written = []
    for name in VENDORED:
        shutil.copyfile(READABILITY / name, VENDOR / name)
        written.append(VENDOR / name)
    (VENDOR / "VERSION").write_text(f"@mozilla/readability {version}\n", encoding="utf-8")
    written.append(VENDOR / "VERSION")
    return written


def chromium_manifest(manifest: dict) -> dict:
    """Chromium reads the service worker and the side panel; Firefox's keys go."""
    out = json.loads(json.dumps(manifest))
    out.pop("sidebar_action", None)
    out.pop("browser_specific_settings", None)
    out["background"].pop("scripts", None)
    return out


def firefox_manifest(manifest: dict) -> dict:
    """Firefox reads background scripts and the sidebar; Chromium's keys go."""
    out = json.loads(json.dumps(manifest))
    out.pop("side_panel", None)
    out["permissions"] = [p for p in out.get("permissions", []) if p != "sidePanel"]
    out["background"].pop("service_worker", None)
    return out


def shipped_files() -> list[Path]:
    return sorted(
        path
        for path in EXTENSION.rglob("*")
        if path.is_file() and path.name not in NOT_SHIPPED and path.name != "manifest.json"
    )


def write_tree(target: Path, manifest: dict) -> None:
    if target.exists():
        shutil.rmtree(target)
    for path in shipped_files():
        destination = target / path.relative_to(EXTENSION)
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, destination)
    manifest_text = json.dumps(manifest, indent=2, ensure_ascii=False) + "\n"
    (target / "manifest.json").write_text(manifest_text, encoding="utf-8")


def write_zip(tree: Path, archive: Path) -> None:
    """A zip of `tree` with fixed times and order, so a build is the same every time."""
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as out:
        for path in sorted(p for p in tree.rglob("*") if p.is_file()):
            info = zipfile.ZipInfo(path.relative_to(tree).as_posix(), ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            out.writestr(info, path.read_bytes())


def build(out: Path) -> list[Path]:
    manifest = json.loads((EXTENSION / "manifest.json").read_text(encoding="utf-8"))
    version = manifest["version"]
    out.mkdir(parents=True, exist_ok=True)
    archives = []
    for browser, shape in (("chromium", chromium_manifest), ("firefox", firefox_manifest)):
        tree = out / browser
        write_tree(tree, shape(manifest))
        archive = out / f"quotetrail-{browser}-{version}.zip"
        write_zip(tree, archive)
        archives.append(archive)
    return archives


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="extension.py", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("share", help="copy the shared view files to server/static/")
    commands.add_parser("vendor", help="copy Readability from node_modules/")
    build_parser = commands.add_parser("build", help="write the two browser builds and zips")
    build_parser.add_argument("--out", type=Path, default=ROOT / "dist")
    args = parser.parse_args(argv)
    if args.command == "share":
        written = share()
    elif args.command == "vendor":
        written = vendor()
    else:
        written = build(args.out)
    for path in written:
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
