# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypeAlias

ComplianceReviewOrderParam: TypeAlias = Literal["asc", "desc"]
"""
Sort direction: `asc` oldest first, `desc` newest first.
"""
