# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Literal, TypedDict

from typing_extensions import NotRequired

from .anthropic_beta_param import AnthropicBetaParam
from .environment_config_params import EnvironmentConfigParams


class PublicEnvironmentUpdateRequestParam(TypedDict):
    """
    Request body that changes an environment.
    """

    config: NotRequired[EnvironmentConfigParams | None]
    """
    Configuration.
    """
    description: NotRequired[str | None]
    """
    What the environment is for, in your own words; null when not given.
    """
    metadata: NotRequired[Mapping[str, str | None]]
    """
    Your own key-value labels on the environment.
    """
    name: NotRequired[str | None]
    """
    Name of the environment; null when it has none.
    """
    scope: NotRequired[Literal["organization", "account"] | None]
    """
    Who can use it.
    """
    betas: NotRequired[Sequence[AnthropicBetaParam]]
    """
    Beta features to enable for this call, sent as the `anthropic-beta` header.
    """
    workspace_id: NotRequired[str]
    """
    The Workspace the request acts in (`wrkspc_…`); needed only by credentials that can act in more than one Workspace, and must match a Workspace-bound credential's own.
    """
