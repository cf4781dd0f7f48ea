# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.api_key_user_actor`: the official path of these types."""

from __future__ import annotations

from ._models.api_key_user_actor import APIKeyUserActor as APIKeyUserActor

__all__ = [
    "APIKeyUserActor",
]
