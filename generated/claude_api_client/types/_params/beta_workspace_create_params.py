# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TypedDict

from typing_extensions import NotRequired

from .anthropic_beta_param import AnthropicBetaParam
from .data_residency_create_config_param import DataResidencyCreateConfigParam
from .inference_data_privacy_param import InferenceDataPrivacyParam


class BetaWorkspaceCreateParams(TypedDict):
    """
    Body that creates a workspace.
    """

    name: str
    """
    The workspace's name.
    """
    data_residency: NotRequired[DataResidencyCreateConfigParam | None]
    """
    Where the workspace keeps its data and runs its requests.
    """
    display_color: NotRequired[str | None]
    """
    Colour of the workspace in the Console, as a hex code.
    """
    external_key_id: NotRequired[str | None]
    """
    A customer-managed encryption key configuration to encrypt the workspace's data with (needs CMEK enabled for the organization).
    """
    tags: NotRequired[Mapping[str, str] | None]
    """
    Your own key-value labels; keys may not start with `anthropic`.
    """
    user_profile_id: NotRequired[str | None]
    """
    A user profile that every request through the workspace must then name.
    """
    inference_data_privacy: NotRequired[InferenceDataPrivacyParam | None]
    """
    Where the workspace's retained inference data and transcripts are kept, and whether Anthropic's human review applies.
    """
    betas: NotRequired[Sequence[AnthropicBetaParam]]
    """
    Beta features to enable for this call, sent as the `anthropic-beta` header.
    """
    workspace_id: NotRequired[str]
    """
    The Workspace the request acts in (`wrkspc_…`); needed only by credentials that can act in more than one Workspace, and must match a Workspace-bound credential's own.
    """
