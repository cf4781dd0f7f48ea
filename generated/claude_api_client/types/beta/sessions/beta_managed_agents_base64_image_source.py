# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.sessions.beta_managed_agents_base64_image_source`: the official path of these types."""

from __future__ import annotations

from ..._models.managed_agents_base64_image_source import (
    ManagedAgentsBase64ImageSource as BetaManagedAgentsBase64ImageSource,
)

__all__ = [
    "BetaManagedAgentsBase64ImageSource",
]
