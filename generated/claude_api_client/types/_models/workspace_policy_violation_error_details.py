# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .workspace_policy_field import WorkspacePolicyField


class WorkspacePolicyViolationErrorDetails(APIModel):
    """The change breaks a workspace policy; `field` names the setting."""

    error_code: Literal["workspace_policy_violation"]
    """Always `workspace_policy_violation`."""
    field: WorkspacePolicyField
    """The setting the error is about."""
