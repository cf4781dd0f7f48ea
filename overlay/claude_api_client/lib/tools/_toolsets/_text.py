"""Cleaning and capping of strings that come from a page, a driver or the model.

Every such string that goes into a line the model, a log or a person reads passes through here,
so nothing a page returns can make a block, a log record or an error text grow without bound:

- `FIELD_MAX` (4,096 characters): a URL, a title, an acknowledgment line, an error text;
- `LOG_MAX` (200 characters): a model-chosen name in a log record or an SDK-written refusal.
"""

from __future__ import annotations

import re

__all__ = [
    "FIELD_MAX",
    "LOG_MAX",
    "bounded_url",
    "fold",
    "log_safe",
    "one_line",
    "quoted_name",
    "sendable",
]

FIELD_MAX = 4096
LOG_MAX = 200

# C0/C1 controls, line and paragraph separators, and the bidi embedding/override/isolate marks:
# each could break a line or reorder what a reader sees.
_BREAKING = re.compile(
    "[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]+"
)
_SURROGATE = re.compile("[\ud800-\udfff]")


def sendable(text: str) -> str:
    """`text` with every lone surrogate replaced by U+FFFD (it could not be encoded as UTF-8,
    so the request carrying it would fail)."""
    return _SURROGATE.sub("\ufffd", text)


def fold(text: str) -> str:
    """`text` on one line: runs of breaking characters become one space, ends trimmed; not cut."""
    return _BREAKING.sub(" ", sendable(text)).strip()


def one_line(text: str, limit: int = FIELD_MAX) -> str:
    """`fold(text)` cut to `limit` characters."""
    return fold(text)[:limit]


def log_safe(value: object) -> str:
    """A model- or page-chosen value as it may appear in a log record: one short line."""
    return one_line(str(value), LOG_MAX)


def quoted_name(value: object) -> str:
    """A model-chosen name echoed between single quotes: one short line without quotes or
    runs of spaces, so it cannot pose as the text around it."""
    return re.sub("[' ]+", " ", log_safe(value)).strip()


def bounded_url(url: str) -> str:
    """A reported URL as the model reads it: one line, at most `FIELD_MAX` characters. A longer
    one keeps its head behind a leading ellipsis, so a padded URL cannot pass for a shorter one."""
    line = fold(url)
    if len(line) <= FIELD_MAX:
        return line
    return "\u2026" + line[: FIELD_MAX - 1]
