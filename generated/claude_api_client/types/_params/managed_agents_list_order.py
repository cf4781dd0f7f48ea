# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypeAlias

ManagedAgentsListOrder: TypeAlias = Literal["asc", "desc"]
"""
Values of list order.
"""
