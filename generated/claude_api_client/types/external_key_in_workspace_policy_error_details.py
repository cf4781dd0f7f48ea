# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.external_key_in_workspace_policy_error_details`: the official path of these types."""

from __future__ import annotations

from ._models.external_key_in_workspace_policy_error_details import (
    ExternalKeyInWorkspacePolicyErrorDetails as ExternalKeyInWorkspacePolicyErrorDetails,
)

__all__ = [
    "ExternalKeyInWorkspacePolicyErrorDetails",
]
