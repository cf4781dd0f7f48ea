# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.external_storage_create_params`: the official path of these types."""

from __future__ import annotations

from ..._params.external_storage_create_params import (
    ExternalStorageCreateParams as ExternalStorageCreateParams,
)
from ..._params.external_storage_provider_config_param import (
    ExternalStorageProviderConfigParam as ProviderConfig,
)

__all__ = [
    "ExternalStorageCreateParams",
    "ProviderConfig",
]
