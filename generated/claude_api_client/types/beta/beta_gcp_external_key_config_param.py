# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_gcp_external_key_config_param`: the official path of these types."""

from __future__ import annotations

from .._params.gcp_external_key_config_param import (
    GCPExternalKeyConfigParam as BetaGCPExternalKeyConfigParam,
)

__all__ = [
    "BetaGCPExternalKeyConfigParam",
]
