# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.external_storage_list_params`: the official path of these types."""

from __future__ import annotations

from ..._params.external_storage_list_params import (
    ExternalStorageListParams as ExternalStorageListParams,
)

__all__ = [
    "ExternalStorageListParams",
]
