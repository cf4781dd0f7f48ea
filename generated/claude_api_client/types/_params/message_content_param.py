# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeAlias

from claude_api_client.types._models.content_block import ContentBlock

from .content_block_param import ContentBlockParam

MessageContentParam: TypeAlias = str | Sequence[ContentBlockParam | ContentBlock]
"""
Content of a message: a string or a list of content blocks.
"""
