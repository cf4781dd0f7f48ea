# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypeAlias

ComplianceReviewCaseStatusFilterParam: TypeAlias = Literal["open", "closed"]
"""
Review case status to keep in a listing: `open` (a response is awaited) or `closed`.
"""
