# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.browser_member_input`: the official path of these types."""

from __future__ import annotations

from ._models.browser_member_input import BrowserMemberInput as BrowserMemberInput

__all__ = [
    "BrowserMemberInput",
]
