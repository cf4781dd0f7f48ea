# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_version_retrieve_params`: the official path of these types."""

from __future__ import annotations

from .._params.version_retrieve_params import VersionRetrieveParams as BetaVersionRetrieveParams

__all__ = [
    "BetaVersionRetrieveParams",
]
