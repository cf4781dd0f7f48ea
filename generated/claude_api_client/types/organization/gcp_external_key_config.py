# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.organization.gcp_external_key_config`: the official path of these types."""

from __future__ import annotations

from .._models.gcp_external_key_config import GCPExternalKeyConfig as GCPExternalKeyConfig

__all__ = [
    "GCPExternalKeyConfig",
]
