# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.organization.external_key_unattached_attachment`: the official path of these types."""

from __future__ import annotations

from .._models.external_key_unattached_attachment import (
    ExternalKeyUnattachedAttachment as ExternalKeyUnattachedAttachment,
)

__all__ = [
    "ExternalKeyUnattachedAttachment",
]
