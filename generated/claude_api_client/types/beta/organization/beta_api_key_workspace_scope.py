# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.beta_api_key_workspace_scope`: the official path of these types."""

from __future__ import annotations

from ..._models.api_key_workspace_scope import APIKeyWorkspaceScope as BetaAPIKeyWorkspaceScope

__all__ = [
    "BetaAPIKeyWorkspaceScope",
]
