# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypeAlias

ManagedAgentsListOrderParam: TypeAlias = Literal["asc", "desc"]
"""
Values of list order.
"""
