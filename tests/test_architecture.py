"""The core is pure: it imports no web framework, no database and no network."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

CORE = Path(__file__).resolve().parent.parent / "server" / "core"
FORBIDDEN = (
    "flask",
    "werkzeug",
    "sqlite3",
    "sqlite_utils",
    "socket",
    "http",
    "urllib.request",
    "requests",
    "urllib3",
    "feedparser",
    "trafilatura",
    "server.corpus",
    "server.app",
    "server.api",
    "server.cli",
    "server.sync",
    "server.fetch",
    "server.extraction",
)


def imported_names(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module)
    return names


def test_core_modules_name_no_adapter_in_their_imports():
    for path in CORE.glob("*.py"):
        for name in imported_names(path):
            assert not name.startswith(FORBIDDEN), f"{path.name} imports {name}"


def test_loading_the_whole_core_loads_no_adapter_module():
    modules = [f"server.core.{path.stem}" for path in CORE.glob("*.py") if path.stem != "__init__"]
    script = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "print('\\n'.join(sys.modules))"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    ).stdout.split()
    assert len(modules) >= 14
    leaked = [m for m in loaded if m == "http" or m.startswith(FORBIDDEN)]
    assert leaked == []
