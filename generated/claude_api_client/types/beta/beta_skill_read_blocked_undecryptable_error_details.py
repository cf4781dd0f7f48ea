# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_skill_read_blocked_undecryptable_error_details`: the official path of these types."""

from __future__ import annotations

from .._models.skill_read_blocked_undecryptable_error_details import (
    SkillReadBlockedUndecryptableErrorDetails as BetaSkillReadBlockedUndecryptableErrorDetails,
)

__all__ = [
    "BetaSkillReadBlockedUndecryptableErrorDetails",
]
