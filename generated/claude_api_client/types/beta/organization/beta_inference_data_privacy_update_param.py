# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.beta_inference_data_privacy_update_param`: the official path of these types."""

from __future__ import annotations

from ..._params.inference_data_privacy_param import (
    InferenceDataPrivacyParam as BetaInferenceDataPrivacyUpdateParam,
)

__all__ = [
    "BetaInferenceDataPrivacyUpdateParam",
]
