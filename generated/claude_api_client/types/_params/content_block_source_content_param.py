# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .image_block_param import ImageBlockParam
from .text_block_param import TextBlockParam

ContentBlockSourceContentParam: TypeAlias = TextBlockParam | ImageBlockParam
"""
A block inside a custom-content document.
"""
