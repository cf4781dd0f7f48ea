# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.plugins.share_list_params`: the official path of these types."""

from __future__ import annotations

from ...._params.share_list_params import ShareListParams as ShareListParams

__all__ = [
    "ShareListParams",
]
