# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .content_block_param import ContentBlockParam

MessageContentParam: TypeAlias = str | list[ContentBlockParam]
"""
Content of a message: a string or a list of content blocks.
"""
