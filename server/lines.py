"""Reading JSONL input a line at a time, with a bound on a line's length."""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from .errors import InputError


def bounded_lines(handle: BinaryIO, max_bytes: int) -> Iterator[bytes | InputError]:
    """The file's lines; a line longer than `max_bytes` becomes an error, unread past the limit."""
    while True:
        line = handle.readline(max_bytes + 1)
        if not line:
            return
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):
                line = handle.readline(max_bytes + 1)
            yield InputError(f"line longer than {max_bytes} bytes")
            continue
        yield line
