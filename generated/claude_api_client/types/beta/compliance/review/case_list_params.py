# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.compliance.review.case_list_params`: the official path of these types."""

from __future__ import annotations

from ...._params.case_list_params import CaseListParams as CaseListParams

__all__ = [
    "CaseListParams",
]
