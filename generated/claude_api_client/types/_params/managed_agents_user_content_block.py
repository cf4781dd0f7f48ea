# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .managed_agents_document_block import ManagedAgentsDocumentBlock
from .managed_agents_image_block import ManagedAgentsImageBlock
from .managed_agents_redacted_block import ManagedAgentsRedactedBlock
from .managed_agents_text_block import ManagedAgentsTextBlock

ManagedAgentsUserContentBlock: TypeAlias = (
    ManagedAgentsTextBlock
    | ManagedAgentsImageBlock
    | ManagedAgentsDocumentBlock
    | ManagedAgentsRedactedBlock
)
"""
One of the user content block shapes, told apart by `type`.
"""
