# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.beta_claude_tag_settings_create_param`: the official path of these types."""

from __future__ import annotations

from ..._params.claude_tag_settings_create_param import (
    ClaudeTagSettingsCreateParam as BetaClaudeTagSettingsCreateParam,
)

__all__ = [
    "BetaClaudeTagSettingsCreateParam",
]
