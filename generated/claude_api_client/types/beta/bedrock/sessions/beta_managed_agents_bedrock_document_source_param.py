# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.bedrock.sessions.beta_managed_agents_bedrock_document_source_param`: the official path of these types."""

from __future__ import annotations

from ...._params.managed_agents_bedrock_document_source_param import (
    ManagedAgentsBedrockDocumentSourceParam as BetaManagedAgentsBedrockDocumentSourceParam,
)

__all__ = [
    "BetaManagedAgentsBedrockDocumentSourceParam",
]
