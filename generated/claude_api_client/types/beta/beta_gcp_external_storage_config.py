# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_gcp_external_storage_config`: the official path of these types."""

from __future__ import annotations

from .._models.gcp_external_storage_config import (
    GCPExternalStorageConfig as BetaGCPExternalStorageConfig,
)

__all__ = [
    "BetaGCPExternalStorageConfig",
]
