# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ClaudeCodeKeyCreatorNotMemberErrorDetails(APIModel):
    """The Claude Code key was made by someone who is no longer a member."""

    error_code: Literal["claude_code_key_creator_not_member"]
    """Always `claude_code_key_creator_not_member`."""
