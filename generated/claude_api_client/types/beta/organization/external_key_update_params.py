# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.external_key_update_params`: the official path of these types."""

from __future__ import annotations

from ..._params.beta_external_key_update_params import (
    BetaExternalKeyUpdateParams as ExternalKeyUpdateParams,
)
from ..._params.external_key_provider_config_param import (
    ExternalKeyProviderConfigParam as ProviderConfig,
)

__all__ = [
    "ExternalKeyUpdateParams",
    "ProviderConfig",
]
