# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .google_managed_project_storage_disabled_param import (
    GoogleManagedProjectStorageDisabledParam,
)
from .google_managed_project_storage_enabled_param import (
    GoogleManagedProjectStorageEnabledParam,
)

GoogleManagedProjectStorageControlParam: TypeAlias = (
    GoogleManagedProjectStorageDisabledParam | GoogleManagedProjectStorageEnabledParam
)
"""
The storage setting to apply, told apart by `type`.
"""
