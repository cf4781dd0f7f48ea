# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.skill_read_blocked_undecryptable_error`: the official path of these types."""

from __future__ import annotations

from .._error_classes import (
    SkillReadBlockedUndecryptableError as SkillReadBlockedUndecryptableError,
)

__all__ = [
    "SkillReadBlockedUndecryptableError",
]
