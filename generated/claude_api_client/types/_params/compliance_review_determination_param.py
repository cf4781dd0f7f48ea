# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypeAlias

ComplianceReviewDeterminationParam: TypeAlias = Literal["violation", "no_violation"]
"""
A conclusion on flagged messages: they did or did not violate a policy.
"""
