# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.workspace_policy_field`: the official path of these types."""

from __future__ import annotations

from ._models.workspace_policy_field import WorkspacePolicyField as WorkspacePolicyField

__all__ = [
    "WorkspacePolicyField",
]
