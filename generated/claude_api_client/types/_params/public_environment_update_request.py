# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal, TypedDict

from typing_extensions import NotRequired

from .cloud_config_params import CloudConfigParams
from .self_hosted_config_params import SelfHostedConfigParams


class PublicEnvironmentUpdateRequest(TypedDict):
    """
    Request body that changes an environment.
    """

    config: NotRequired[CloudConfigParams | SelfHostedConfigParams | None]
    """
    Configuration.
    """
    description: NotRequired[str | None]
    """
    Free-text description.
    """
    metadata: NotRequired[Mapping[str, str | None]]
    """
    Your own key-value labels.
    """
    name: NotRequired[str | None]
    """
    Human-readable name.
    """
    scope: NotRequired[Literal["organization", "account"] | None]
    """
    Who can use it.
    """
