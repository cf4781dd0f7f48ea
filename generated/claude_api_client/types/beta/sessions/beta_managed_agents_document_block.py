# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.sessions.beta_managed_agents_document_block`: the official path of these types."""

from __future__ import annotations

from ..._models.managed_agents_document_block import (
    ManagedAgentsDocumentBlock as BetaManagedAgentsDocumentBlock,
)
from ..._models.managed_agents_document_source import ManagedAgentsDocumentSource as Source

__all__ = [
    "BetaManagedAgentsDocumentBlock",
    "Source",
]
