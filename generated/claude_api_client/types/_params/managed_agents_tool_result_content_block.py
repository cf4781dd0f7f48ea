# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .managed_agents_document_block import ManagedAgentsDocumentBlock
from .managed_agents_image_block import ManagedAgentsImageBlock
from .managed_agents_search_result_block import ManagedAgentsSearchResultBlock
from .managed_agents_text_block import ManagedAgentsTextBlock

ManagedAgentsToolResultContentBlock: TypeAlias = (
    ManagedAgentsTextBlock
    | ManagedAgentsImageBlock
    | ManagedAgentsDocumentBlock
    | ManagedAgentsSearchResultBlock
)
"""
One of the tool result content block shapes, told apart by `type`.
"""
