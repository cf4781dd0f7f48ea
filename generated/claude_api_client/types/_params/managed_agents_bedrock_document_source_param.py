# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .managed_agents_base64_document_source_param import (
    ManagedAgentsBase64DocumentSourceParam,
)
from .managed_agents_plain_text_document_source_param import (
    ManagedAgentsPlainTextDocumentSourceParam,
)

ManagedAgentsBedrockDocumentSourceParam: TypeAlias = (
    ManagedAgentsBase64DocumentSourceParam | ManagedAgentsPlainTextDocumentSourceParam
)
"""
Bedrock: where a document's content comes from, base64 bytes or plain text, told apart by `type`.
"""
