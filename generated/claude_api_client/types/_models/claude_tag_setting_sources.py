# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .claude_tag_setting_source import ClaudeTagSettingSource


class ClaudeTagSettingSources(APIModel):
    """For each setting, where its effective value comes from."""

    enabled: ClaudeTagSettingSource | None = None
    """Source of `enabled`."""
    environment_id: ClaudeTagSettingSource | None = None
    """Source of `environment_id`."""
    guest_policy: ClaudeTagSettingSource | None = None
    """Source of `guest_policy`."""
    instructions: list[ClaudeTagSettingSource]
    """Every source whose instructions apply, as they are combined."""
    model: ClaudeTagSettingSource | None = None
    """Source of `model`."""
    reply_mode: ClaudeTagSettingSource | None = None
    """Source of `reply_mode`."""
