# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.browser_find_input`: the official path of these types."""

from __future__ import annotations

from ._models.browser_find_input import BrowserFindInput as BrowserFindInput

__all__ = [
    "BrowserFindInput",
]
