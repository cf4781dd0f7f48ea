# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.organization.api_key_workspace_scope`: the official path of these types."""

from __future__ import annotations

from .._models.api_key_workspace_scope import APIKeyWorkspaceScope as APIKeyWorkspaceScope

__all__ = [
    "APIKeyWorkspaceScope",
]
