# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ManagedAgentsMemoryStoreArchivedDeploymentPausedReasonError(APIModel):
    """Memory store archived deployment paused reason error."""

    type: Literal["memory_store_archived_error"]
    """Always `memory_store_archived_error`."""
