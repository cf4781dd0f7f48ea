# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.external_storage_provider_config_param`: the official path of these types."""

from __future__ import annotations

from ._params.external_storage_provider_config_param import (
    ExternalStorageProviderConfigParam as ExternalStorageProviderConfigParam,
)

__all__ = [
    "ExternalStorageProviderConfigParam",
]
