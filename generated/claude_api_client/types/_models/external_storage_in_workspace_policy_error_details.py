# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ExternalStorageInWorkspacePolicyErrorDetails(APIModel):
    """The External Storage is named by a workspace policy and cannot be removed."""

    error_code: Literal["external_storage_in_workspace_policy"]
    """Always `external_storage_in_workspace_policy`."""
