# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_browser_member_name`: the official path of these types."""

from __future__ import annotations

from .._models.browser_member_name import (
    BROWSER_MEMBER_NAME_VALUES as BETA_BROWSER_MEMBER_NAME_VALUES,
)
from .._models.browser_member_name import BrowserMemberName as BetaBrowserMemberName

__all__ = [
    "BETA_BROWSER_MEMBER_NAME_VALUES",
    "BetaBrowserMemberName",
]
