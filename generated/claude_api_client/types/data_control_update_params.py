# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.data_control_update_params`: the official path of these types."""

from __future__ import annotations

from ._params.data_control_update_params import DataControlUpdateParams as DataControlUpdateParams

__all__ = [
    "DataControlUpdateParams",
]
