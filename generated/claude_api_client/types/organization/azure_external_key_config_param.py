# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.organization.azure_external_key_config_param`: the official path of these types."""

from __future__ import annotations

from .._params.azure_external_key_config_param import (
    AzureExternalKeyConfigParam as AzureExternalKeyConfigParam,
)

__all__ = [
    "AzureExternalKeyConfigParam",
]
