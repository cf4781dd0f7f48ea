# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .managed_agents_bedrock_document_block_param import (
    ManagedAgentsBedrockDocumentBlockParam,
)
from .managed_agents_bedrock_image_block_param import (
    ManagedAgentsBedrockImageBlockParam,
)
from .managed_agents_text_block_param import ManagedAgentsTextBlockParam

ManagedAgentsBedrockUserContentBlockParam: TypeAlias = (
    ManagedAgentsTextBlockParam
    | ManagedAgentsBedrockImageBlockParam
    | ManagedAgentsBedrockDocumentBlockParam
)
"""
Bedrock: one block of a user message (text, image or document), told apart by `type`.
"""
