# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_pending_configuration_external_storage_status`: the official path of these types."""

from __future__ import annotations

from .._models.pending_configuration_external_storage_status import (
    PendingConfigurationExternalStorageStatus as BetaPendingConfigurationExternalStorageStatus,
)

__all__ = [
    "BetaPendingConfigurationExternalStorageStatus",
]
