"""`scripts/extension.py build`: two installable zips, each with the manifest its browser reads."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "extension.py"
SOURCE_MANIFEST = json.loads((ROOT / "extension" / "manifest.json").read_text(encoding="utf-8"))
VERSION = SOURCE_MANIFEST["version"]


def build(out: Path) -> dict[str, Path]:
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "build", "--out", str(out)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stderr == ""
    return {b: out / f"quotetrail-{b}-{VERSION}.zip" for b in ("chromium", "firefox")}


@pytest.fixture(scope="module")
def zips(tmp_path_factory) -> dict[str, Path]:
    return build(tmp_path_factory.mktemp("dist"))


def manifest_of(archive: Path) -> dict:
    with zipfile.ZipFile(archive) as opened:
        return json.loads(opened.read("manifest.json"))


def names_in(archive: Path) -> set[str]:
    with zipfile.ZipFile(archive) as opened:
        return set(opened.namelist())


def named_files(manifest: dict) -> set[str]:
    background = manifest["background"]
    panel = manifest.get("side_panel", {}).get("default_path") or manifest.get(
        "sidebar_action", {}
    ).get("default_panel")
    scripts = [f for block in manifest["content_scripts"] for f in block["js"] + block["css"]]
    return {
        *background.get("scripts", []),
        *([background["service_worker"]] if "service_worker" in background else []),
        panel,
        manifest["options_ui"]["page"],
        *scripts,
        *manifest["icons"].values(),
    }


def test_the_chromium_zip_keeps_only_what_chromium_reads(zips):
    manifest = manifest_of(zips["chromium"])
    assert manifest["background"] == {"service_worker": "background.js", "type": "module"}
    assert manifest["side_panel"] == SOURCE_MANIFEST["side_panel"]
    assert "sidePanel" in manifest["permissions"]
    assert "sidebar_action" not in manifest and "browser_specific_settings" not in manifest


def test_the_firefox_zip_keeps_only_what_firefox_reads(zips):
    manifest = manifest_of(zips["firefox"])
    assert manifest["background"] == {"scripts": ["background.js"], "type": "module"}
    assert manifest["sidebar_action"] == SOURCE_MANIFEST["sidebar_action"]
    assert "sidePanel" not in manifest["permissions"] and "side_panel" not in manifest
    assert manifest["browser_specific_settings"] == SOURCE_MANIFEST["browser_specific_settings"]


@pytest.mark.parametrize("browser", ["chromium", "firefox"])
def test_each_zip_holds_every_file_its_manifest_names_and_no_dev_file(zips, browser):
    names = names_in(zips[browser])
    missing = named_files(manifest_of(zips[browser])) - names
    assert not missing
    assert "vendor/readability/LICENSE.md" in names and "lib/view.js" in names
    assert not any(name.endswith("package.json") for name in names)


def test_a_build_is_the_same_every_time(zips, tmp_path):
    again = build(tmp_path)
    for browser, archive in zips.items():
        assert again[browser].read_bytes() == archive.read_bytes(), browser
