#!/usr/bin/env python3
"""Grow the corpus from outlets' feeds: the same as `quotetrail sync`, with the same arguments.

python scripts/sync_corpus.py --sources sources.toml [--db PATH] [--since DATE] [--limit N]
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from server.cli import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main(["sync", *sys.argv[1:]]))
