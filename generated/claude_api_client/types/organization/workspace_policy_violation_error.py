# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.organization.workspace_policy_violation_error`: the official path of these types."""

from __future__ import annotations

from ..._error_classes import WorkspacePolicyViolationError as WorkspacePolicyViolationError

__all__ = [
    "WorkspacePolicyViolationError",
]
