# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.invite_list_params`: the official path of these types."""

from __future__ import annotations

from ..._params.beta_invite_list_params import BetaInviteListParams as InviteListParams

__all__ = [
    "InviteListParams",
]
