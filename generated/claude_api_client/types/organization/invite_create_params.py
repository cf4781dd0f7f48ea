# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.organization.invite_create_params`: the official path of these types."""

from __future__ import annotations

from .._params.invite_create_params import InviteCreateParams as InviteCreateParams

__all__ = [
    "InviteCreateParams",
]
