# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.session_list_params`: the official path of these types."""

from __future__ import annotations

from .._params.session_list_params import SessionListParams as SessionListParams

__all__ = [
    "SessionListParams",
]
