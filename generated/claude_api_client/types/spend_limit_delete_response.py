# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.spend_limit_delete_response`: the official path of these types."""

from __future__ import annotations

from ._models.spend_limit_delete_response import (
    SpendLimitDeleteResponse as SpendLimitDeleteResponse,
)

__all__ = [
    "SpendLimitDeleteResponse",
]
