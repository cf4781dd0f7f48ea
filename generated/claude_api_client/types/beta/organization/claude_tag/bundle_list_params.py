# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.claude_tag.bundle_list_params`: the official path of these types."""

from __future__ import annotations

from ...._params.bundle_list_params import BundleListParams as BundleListParams

__all__ = [
    "BundleListParams",
]
