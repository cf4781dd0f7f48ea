# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class SkillReadBlockedUndecryptableErrorDetails(APIModel):
    """The skill cannot be read: its content cannot be decrypted."""

    error_code: Literal["skill_read_blocked_undecryptable"]
    """Always `skill_read_blocked_undecryptable`."""
