# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .managed_agents_document_block_param import ManagedAgentsDocumentBlockParam
from .managed_agents_image_block_param import ManagedAgentsImageBlockParam
from .managed_agents_redacted_block_param import ManagedAgentsRedactedBlockParam
from .managed_agents_text_block_param import ManagedAgentsTextBlockParam

ManagedAgentsUserContentBlockParam: TypeAlias = (
    ManagedAgentsTextBlockParam
    | ManagedAgentsImageBlockParam
    | ManagedAgentsDocumentBlockParam
    | ManagedAgentsRedactedBlockParam
)
"""
One of the user content block shapes, told apart by `type`.
"""
