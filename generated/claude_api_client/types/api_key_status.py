# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.api_key_status`: the official path of these types."""

from __future__ import annotations

from ._models.api_key_status import APIKeyStatus as APIKeyStatus

__all__ = [
    "APIKeyStatus",
]
