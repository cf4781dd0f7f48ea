# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.beta_external_storage`: the official path of these types."""

from __future__ import annotations

from ..._models.external_storage import ExternalStorage as BetaExternalStorage
from ..._models.external_storage_provider_config import (
    ExternalStorageProviderConfig as ProviderConfig,
)
from ..._models.external_storage_status import ExternalStorageStatus as Status

__all__ = [
    "BetaExternalStorage",
    "ProviderConfig",
    "Status",
]
