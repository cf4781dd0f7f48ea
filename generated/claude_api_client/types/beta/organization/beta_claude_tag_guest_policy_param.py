# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.beta_claude_tag_guest_policy_param`: the official path of these types."""

from __future__ import annotations

from ..._params.claude_tag_guest_policy_param import (
    ClaudeTagGuestPolicyParam as BetaClaudeTagGuestPolicyParam,
)

__all__ = [
    "BetaClaudeTagGuestPolicyParam",
]
