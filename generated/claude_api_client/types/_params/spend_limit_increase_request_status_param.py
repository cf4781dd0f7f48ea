# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypeAlias

SpendLimitIncreaseRequestStatusParam: TypeAlias = Literal["approved", "denied", "pending"]
"""
Where a request for more spend stands.
"""
