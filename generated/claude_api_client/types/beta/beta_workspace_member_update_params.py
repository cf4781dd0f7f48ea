# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_workspace_member_update_params`: the official path of these types."""

from __future__ import annotations

from .._params.beta_workspace_member_update_params import (
    BetaWorkspaceMemberUpdateParams as BetaWorkspaceMemberUpdateParams,
)

__all__ = [
    "BetaWorkspaceMemberUpdateParams",
]
