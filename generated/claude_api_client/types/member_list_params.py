# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.member_list_params`: the official path of these types."""

from __future__ import annotations

from ._params.member_list_params import MemberListParams as MemberListParams

__all__ = [
    "MemberListParams",
]
