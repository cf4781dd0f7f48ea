# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ManagedAgentsVaultArchivedDeploymentPausedReasonError(APIModel):
    """Vault archived deployment paused reason error."""

    type: Literal["vault_archived_error"]
    """Always `vault_archived_error`."""
