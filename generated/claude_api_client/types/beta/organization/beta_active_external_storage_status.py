# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.beta_active_external_storage_status`: the official path of these types."""

from __future__ import annotations

from ..._models.active_external_storage_status import (
    ActiveExternalStorageStatus as BetaActiveExternalStorageStatus,
)

__all__ = [
    "BetaActiveExternalStorageStatus",
]
