# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.sessions.beta_managed_agents_base64_document_source`: the official path of these types."""

from __future__ import annotations

from ..._models.managed_agents_base64_document_source import (
    ManagedAgentsBase64DocumentSource as BetaManagedAgentsBase64DocumentSource,
)

__all__ = [
    "BetaManagedAgentsBase64DocumentSource",
]
