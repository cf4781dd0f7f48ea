# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.spend_limit_page`: the official path of these types."""

from __future__ import annotations

from ._models.spend_limit_page import SpendLimitPage as SpendLimitPage

__all__ = [
    "SpendLimitPage",
]
