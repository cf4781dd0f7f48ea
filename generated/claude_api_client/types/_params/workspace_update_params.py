# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Mapping
from typing import TypedDict

from typing_extensions import NotRequired

from .data_residency_update_config_param import DataResidencyUpdateConfigParam


class WorkspaceUpdateParams(TypedDict):
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
