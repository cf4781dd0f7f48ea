# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.user_profiles.action_url_create_params`: the official path of these types."""

from __future__ import annotations

from ..._params.beta_action_url_create_params import (
    BetaActionURLCreateParams as ActionURLCreateParams,
)

__all__ = [
    "ActionURLCreateParams",
]
