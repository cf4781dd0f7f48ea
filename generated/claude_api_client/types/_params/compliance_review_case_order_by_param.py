# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypeAlias

ComplianceReviewCaseOrderByParam: TypeAlias = Literal["created_at", "updated_at"]
"""
What review cases are sorted by: when Anthropic sent them or when they last changed.
"""
