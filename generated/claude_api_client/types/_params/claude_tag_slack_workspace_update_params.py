# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypedDict

from .claude_tag_settings_update_param import ClaudeTagSettingsUpdateParam


class ClaudeTagSlackWorkspaceUpdateParams(TypedDict):
    """
    Settings to change on a workspace.
    """

    settings: ClaudeTagSettingsUpdateParam
    """
    The settings to change.
    """
