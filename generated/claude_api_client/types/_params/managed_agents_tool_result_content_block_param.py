# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .managed_agents_document_block_param import ManagedAgentsDocumentBlockParam
from .managed_agents_image_block_param import ManagedAgentsImageBlockParam
from .managed_agents_search_result_block_param import (
    ManagedAgentsSearchResultBlockParam,
)
from .managed_agents_text_block_param import ManagedAgentsTextBlockParam

ManagedAgentsToolResultContentBlockParam: TypeAlias = (
    ManagedAgentsTextBlockParam
    | ManagedAgentsImageBlockParam
    | ManagedAgentsDocumentBlockParam
    | ManagedAgentsSearchResultBlockParam
)
"""
One of the tool result content block shapes, told apart by `type`.
"""
