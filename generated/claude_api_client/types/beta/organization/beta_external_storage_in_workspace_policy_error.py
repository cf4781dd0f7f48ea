# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.beta_external_storage_in_workspace_policy_error`: the official path of these types."""

from __future__ import annotations

from ...._error_classes import (
    BetaExternalStorageInWorkspacePolicyError as BetaExternalStorageInWorkspacePolicyError,
)

__all__ = [
    "BetaExternalStorageInWorkspacePolicyError",
]
