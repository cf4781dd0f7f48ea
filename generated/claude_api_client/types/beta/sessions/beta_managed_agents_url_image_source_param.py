# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.sessions.beta_managed_agents_url_image_source_param`: the official path of these types."""

from __future__ import annotations

from ..._params.managed_agents_url_image_source_param import (
    ManagedAgentsURLImageSourceParam as BetaManagedAgentsURLImageSourceParam,
)

__all__ = [
    "BetaManagedAgentsURLImageSourceParam",
]
