# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.organization.azure_external_key_config`: the official path of these types."""

from __future__ import annotations

from .._models.azure_external_key_config import AzureExternalKeyConfig as AzureExternalKeyConfig

__all__ = [
    "AzureExternalKeyConfig",
]
