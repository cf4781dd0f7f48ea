# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_version_download_params`: the official path of these types."""

from __future__ import annotations

from .._params.version_download_params import VersionDownloadParams as BetaVersionDownloadParams

__all__ = [
    "BetaVersionDownloadParams",
]
