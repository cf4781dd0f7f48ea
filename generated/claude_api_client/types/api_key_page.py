# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.api_key_page`: the official path of these types."""

from __future__ import annotations

from ._models.api_key_page import APIKeyPage as APIKeyPage

__all__ = [
    "APIKeyPage",
]
