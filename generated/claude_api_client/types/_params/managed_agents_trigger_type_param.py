# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypeAlias

ManagedAgentsTriggerTypeParam: TypeAlias = Literal["schedule", "manual"]
"""
Values of trigger type.
"""
