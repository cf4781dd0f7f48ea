# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypeAlias

ComplianceReviewViolatedPolicyCategoryParam: TypeAlias = Literal[
    "cyber",
    "bio",
    "chem",
    "radnuc",
    "cgw",
    "mgw",
    "io",
    "fraud",
    "violent_extremism",
    "surveillance",
    "human_exploitation",
    "self_harm",
    "adult_content",
    "reasoning_extraction",
    "frontier_llm",
    "compromised_key",
    "other",
]
"""
A policy category a response can report as violated (the labels of `ComplianceReviewPolicyCategory` that name a policy).
"""
