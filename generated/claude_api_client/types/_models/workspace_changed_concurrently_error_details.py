# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .workspace_changed_concurrently_field import WorkspaceChangedConcurrentlyField


class WorkspaceChangedConcurrentlyErrorDetails(APIModel):
    """The workspace changed while the request ran; `field` names what."""

    error_code: Literal["workspace_changed_concurrently"]
    """Always `workspace_changed_concurrently`."""
    field: WorkspaceChangedConcurrentlyField
    """The setting the error is about."""
