# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.browser_member_name`: the official path of these types."""

from __future__ import annotations

from ._models.browser_member_name import BROWSER_MEMBER_NAME_VALUES as BROWSER_MEMBER_NAME_VALUES
from ._models.browser_member_name import BrowserMemberName as BrowserMemberName

__all__ = [
    "BROWSER_MEMBER_NAME_VALUES",
    "BrowserMemberName",
]
