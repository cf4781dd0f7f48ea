"""Which `anthropic-version` headers the simulator answers.

Each client sends the API version it was built for (ours `2023-06-01`, newer official releases
later dates), so the server accepts the versions the document lists and any date from the first
stable version on, unless a test pins one with ``server.settings.api_version``.
"""

from __future__ import annotations

import datetime
import re

__all__ = ["FIRST_VERSION", "LEGACY_VERSIONS", "version_accepted"]

FIRST_VERSION = "2023-06-01"
LEGACY_VERSIONS = frozenset({"2023-01-01"})
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def version_accepted(
    version: str, pinned: str | None = None, *, known: frozenset[str] = LEGACY_VERSIONS
) -> bool:
    """Whether a request with this `anthropic-version` header is served (`known`: the versions
    the document lists, served even before the first stable date)."""
    if pinned is not None:
        return version == pinned
    if version in known or version in LEGACY_VERSIONS:
        return True
    if not _DATE.fullmatch(version):
        return False
    try:
        datetime.date.fromisoformat(version)
    except ValueError:
        return False
    return version >= FIRST_VERSION
