# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.external_key_attachment`: the official path of these types."""

from __future__ import annotations

from ._models.external_key_attachment import ExternalKeyAttachment as ExternalKeyAttachment

__all__ = [
    "ExternalKeyAttachment",
]
