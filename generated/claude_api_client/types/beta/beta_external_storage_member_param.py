# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_external_storage_member_param`: the official path of these types."""

from __future__ import annotations

from .._params.external_storage_member_param import (
    ExternalStorageMemberParam as BetaExternalStorageMemberParam,
)

__all__ = [
    "BetaExternalStorageMemberParam",
]
