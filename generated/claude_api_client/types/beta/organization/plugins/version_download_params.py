# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.plugins.version_download_params`: the official path of these types."""

from __future__ import annotations

from ...._params.version_download_params import VersionDownloadParams as VersionDownloadParams

__all__ = [
    "VersionDownloadParams",
]
