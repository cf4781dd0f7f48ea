# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_file_list_params`: the official path of these types."""

from __future__ import annotations

from .._params.beta_file_list_params import BetaFileListParams as BetaFileListParams

__all__ = [
    "BetaFileListParams",
]
