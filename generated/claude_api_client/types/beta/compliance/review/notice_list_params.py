# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.compliance.review.notice_list_params`: the official path of these types."""

from __future__ import annotations

from ...._params.notice_list_params import NoticeListParams as NoticeListParams

__all__ = [
    "NoticeListParams",
]
