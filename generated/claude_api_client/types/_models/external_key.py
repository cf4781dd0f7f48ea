# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import (
    APIModel,
    WireDateTime,
)

from .external_key_attachment import ExternalKeyAttachment
from .external_key_provider_config import ExternalKeyProviderConfig


class ExternalKey(APIModel):
    """A customer-managed encryption key configuration (CMEK)."""

    id: str
    """ID of the configuration."""
    attachment: ExternalKeyAttachment
    """Whether a workspace uses the key."""
    created_at: WireDateTime
    """When it was created (RFC 3339)."""
    display_name: str | None = None
    """Name for people to read."""
    geo: str
    """Where the key is used (`us`)."""
    provider_config: ExternalKeyProviderConfig
    """Where the key lives."""
    type: Literal["external_key"]
    """Always `external_key`."""
    updated_at: WireDateTime
    """When it last changed (RFC 3339)."""
    user_profile_id: str | None = None
    """The user profile (one of your customers) the key belongs to; null for the organization's own key."""
