# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .managed_agents_text_block_param import ManagedAgentsTextBlockParam

ManagedAgentsSystemContentBlockParam: TypeAlias = ManagedAgentsTextBlockParam
"""
One of the system content block shapes, told apart by `type`.
"""
