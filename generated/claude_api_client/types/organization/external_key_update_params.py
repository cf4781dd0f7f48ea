# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.organization.external_key_update_params`: the official path of these types."""

from __future__ import annotations

from .._params.external_key_provider_config_param import (
    ExternalKeyProviderConfigParam as ProviderConfig,
)
from .._params.external_key_update_params import ExternalKeyUpdateParams as ExternalKeyUpdateParams

__all__ = [
    "ExternalKeyUpdateParams",
    "ProviderConfig",
]
