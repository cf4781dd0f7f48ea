# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TypedDict

from typing_extensions import NotRequired

from .anthropic_beta_param import AnthropicBetaParam
from .data_residency_update_config_param import DataResidencyUpdateConfigParam
from .inference_data_privacy_param import InferenceDataPrivacyParam


class BetaWorkspaceUpdateParams(TypedDict):
    """
    Body that changes a workspace; fields left out stay as they are.
    """

    data_residency: NotRequired[DataResidencyUpdateConfigParam | None]
    """
    New data residency settings.
    """
    display_color: NotRequired[str]
    """
    New Console colour, as a hex code.
    """
    external_key_id: NotRequired[str]
    """
    A customer-managed encryption key configuration to attach; once attached it cannot be detached or replaced.
    """
    name: NotRequired[str]
    """
    New name.
    """
    tags: NotRequired[Mapping[str, str | None] | None]
    """
    Labels to set; a null value removes that key.
    """
    user_profile_id: NotRequired[str]
    """
    A user profile to attach; once set it cannot be replaced or removed.
    """
    inference_data_privacy: NotRequired[InferenceDataPrivacyParam | None]
    """
    Changes to where the workspace's retained inference data and transcripts are kept, and whether; members left out stay as they are, and whether Anthropic's human review applies.
    """
    betas: NotRequired[Sequence[AnthropicBetaParam]]
    """
    Beta features to enable for this call, sent as the `anthropic-beta` header.
    """
