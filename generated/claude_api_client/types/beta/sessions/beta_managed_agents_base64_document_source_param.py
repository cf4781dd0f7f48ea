# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.sessions.beta_managed_agents_base64_document_source_param`: the official path of these types."""

from __future__ import annotations

from ..._params.managed_agents_base64_document_source_param import (
    ManagedAgentsBase64DocumentSourceParam as BetaManagedAgentsBase64DocumentSourceParam,
)

__all__ = [
    "BetaManagedAgentsBase64DocumentSourceParam",
]
