# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypeAlias

ManagedAgentsEventDeltaTypeParam: TypeAlias = Literal["agent.message", "agent.thinking"]
"""
Values of event delta type.
"""
