# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_metadata_param`: the official path of these types."""

from __future__ import annotations

from .._params.metadata_param import MetadataParam as BetaMetadataParam

__all__ = [
    "BetaMetadataParam",
]
