# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.browser_ref_target`: the official path of these types."""

from __future__ import annotations

from ._models.browser_ref_target import BrowserRefTarget as BrowserRefTarget

__all__ = [
    "BrowserRefTarget",
]
