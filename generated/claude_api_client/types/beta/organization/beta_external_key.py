# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.beta_external_key`: the official path of these types."""

from __future__ import annotations

from ..._models.external_key import ExternalKey as BetaExternalKey
from ..._models.external_key_attachment import ExternalKeyAttachment as Attachment
from ..._models.external_key_provider_config import ExternalKeyProviderConfig as ProviderConfig

__all__ = [
    "Attachment",
    "BetaExternalKey",
    "ProviderConfig",
]
