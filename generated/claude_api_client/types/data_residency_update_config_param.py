# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.data_residency_update_config_param`: the official path of these types."""

from __future__ import annotations

from ._params.data_residency_update_config_param import (
    DataResidencyUpdateConfigParam as DataResidencyUpdateConfigParam,
)

__all__ = [
    "DataResidencyUpdateConfigParam",
]
