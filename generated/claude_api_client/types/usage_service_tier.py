# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.usage_service_tier`: the official path of these types."""

from __future__ import annotations

from ._models.usage_service_tier import UsageServiceTier as UsageServiceTier

__all__ = [
    "UsageServiceTier",
]
