# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .google_managed_project_cmek_disabled_param import (
    GoogleManagedProjectCMEKDisabledParam,
)
from .google_managed_project_cmek_enabled_param import (
    GoogleManagedProjectCMEKEnabledParam,
)

GoogleManagedProjectCMEKControlParam: TypeAlias = (
    GoogleManagedProjectCMEKDisabledParam | GoogleManagedProjectCMEKEnabledParam
)
"""
The customer-managed encryption setting to apply, told apart by `type`.
"""
