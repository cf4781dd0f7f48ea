# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_claude_tag_guest_policy_restrict_param`: the official path of these types."""

from __future__ import annotations

from .._params.claude_tag_guest_policy_restrict_param import (
    ClaudeTagGuestPolicyRestrictParam as BetaClaudeTagGuestPolicyRestrictParam,
)

__all__ = [
    "BetaClaudeTagGuestPolicyRestrictParam",
]
