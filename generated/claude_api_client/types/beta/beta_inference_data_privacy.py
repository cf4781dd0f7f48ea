# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_inference_data_privacy`: the official path of these types."""

from __future__ import annotations

from .._models.inference_data_privacy import InferenceDataPrivacy as BetaInferenceDataPrivacy

__all__ = [
    "BetaInferenceDataPrivacy",
]
