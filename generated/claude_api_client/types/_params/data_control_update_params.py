# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypedDict

from typing_extensions import NotRequired

from .google_managed_project_cmek_control_param import (
    GoogleManagedProjectCMEKControlParam,
)
from .google_managed_project_storage_control_param import (
    GoogleManagedProjectStorageControlParam,
)


class DataControlUpdateParams(TypedDict):
    """
    Request body of `organization.providers.google.projects.data_controls.update`.
    """

    cmek: NotRequired[GoogleManagedProjectCMEKControlParam]
    """
    Cmek.
    """
    storage: NotRequired[GoogleManagedProjectStorageControlParam]
    """
    Storage.
    """
