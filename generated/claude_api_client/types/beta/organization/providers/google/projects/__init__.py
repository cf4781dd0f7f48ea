# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.providers.google.projects`: types loaded on first use.

Each name is one of our classes, under the name the official package gives it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ......_models.google_managed_project_cmek_control import (
        GoogleManagedProjectCMEKControl as BetaGoogleManagedProjectCMEKControl,
    )
    from ......_models.google_managed_project_cmek_disabled import (
        GoogleManagedProjectCMEKDisabled as BetaGoogleManagedProjectCMEKDisabled,
    )
    from ......_models.google_managed_project_cmek_enabled import (
        GoogleManagedProjectCMEKEnabled as BetaGoogleManagedProjectCMEKEnabled,
    )
    from ......_models.google_managed_project_cmek_region_active import (
        GoogleManagedProjectCMEKRegionActive as BetaGoogleManagedProjectCMEKRegionActive,
    )
    from ......_models.google_managed_project_cmek_region_failed import (
        GoogleManagedProjectCMEKRegionFailed as BetaGoogleManagedProjectCMEKRegionFailed,
    )
    from ......_models.google_managed_project_cmek_region_not_configured import (
        GoogleManagedProjectCMEKRegionNotConfigured as BetaGoogleManagedProjectCMEKRegionNotConfigured,
    )
    from ......_models.google_managed_project_cmek_region_pending import (
        GoogleManagedProjectCMEKRegionPending as BetaGoogleManagedProjectCMEKRegionPending,
    )
    from ......_models.google_managed_project_cmek_region_status import (
        GoogleManagedProjectCMEKRegionStatus as BetaGoogleManagedProjectCMEKRegionStatus,
    )
    from ......_models.google_managed_project_cmek_region_suspended import (
        GoogleManagedProjectCMEKRegionSuspended as BetaGoogleManagedProjectCMEKRegionSuspended,
    )
    from ......_models.google_managed_project_data_controls import (
        GoogleManagedProjectDataControls as BetaGoogleManagedProjectDataControls,
    )
    from ......_models.google_managed_project_effective_bucket import (
        GoogleManagedProjectEffectiveBucket as BetaGoogleManagedProjectEffectiveBucket,
    )
    from ......_models.google_managed_project_retired_bucket import (
        GoogleManagedProjectRetiredBucket as BetaGoogleManagedProjectRetiredBucket,
    )
    from ......_models.google_managed_project_retired_key import (
        GoogleManagedProjectRetiredKey as BetaGoogleManagedProjectRetiredKey,
    )
    from ......_models.google_managed_project_storage_bucket import (
        GoogleManagedProjectStorageBucket as BetaGoogleManagedProjectStorageBucket,
    )
    from ......_models.google_managed_project_storage_control import (
        GoogleManagedProjectStorageControl as BetaGoogleManagedProjectStorageControl,
    )
    from ......_models.google_managed_project_storage_disabled import (
        GoogleManagedProjectStorageDisabled as BetaGoogleManagedProjectStorageDisabled,
    )
    from ......_models.google_managed_project_storage_enabled import (
        GoogleManagedProjectStorageEnabled as BetaGoogleManagedProjectStorageEnabled,
    )
    from ......_models.google_managed_project_storage_failed_check import (
        GoogleManagedProjectStorageFailedCheck as BetaGoogleManagedProjectStorageFailedCheck,
    )
    from ......_models.google_managed_project_storage_region_active import (
        GoogleManagedProjectStorageRegionActive as BetaGoogleManagedProjectStorageRegionActive,
    )
    from ......_models.google_managed_project_storage_region_failed import (
        GoogleManagedProjectStorageRegionFailed as BetaGoogleManagedProjectStorageRegionFailed,
    )
    from ......_models.google_managed_project_storage_region_not_configured import (
        GoogleManagedProjectStorageRegionNotConfigured as BetaGoogleManagedProjectStorageRegionNotConfigured,
    )
    from ......_models.google_managed_project_storage_region_pending import (
        GoogleManagedProjectStorageRegionPending as BetaGoogleManagedProjectStorageRegionPending,
    )
    from ......_models.google_managed_project_storage_region_status import (
        GoogleManagedProjectStorageRegionStatus as BetaGoogleManagedProjectStorageRegionStatus,
    )
    from ......_models.google_managed_project_storage_region_suspended import (
        GoogleManagedProjectStorageRegionSuspended as BetaGoogleManagedProjectStorageRegionSuspended,
    )
    from ......_params.data_control_update_params import (
        DataControlUpdateParams as DataControlUpdateParams,
    )
    from ......_params.google_managed_project_bucket_reference_param import (
        GoogleManagedProjectBucketReferenceParam as BetaGoogleManagedProjectBucketReferenceParam,
    )
    from ......_params.google_managed_project_cmek_control_param import (
        GoogleManagedProjectCMEKControlParam as BetaGoogleManagedProjectCMEKControlParams,
    )
    from ......_params.google_managed_project_cmek_disabled_param import (
        GoogleManagedProjectCMEKDisabledParam as BetaGoogleManagedProjectCMEKDisabledParams,
    )
    from ......_params.google_managed_project_cmek_enabled_param import (
        GoogleManagedProjectCMEKEnabledParam as BetaGoogleManagedProjectCMEKEnabledParams,
    )
    from ......_params.google_managed_project_storage_control_param import (
        GoogleManagedProjectStorageControlParam as BetaGoogleManagedProjectStorageControlParams,
    )
    from ......_params.google_managed_project_storage_disabled_param import (
        GoogleManagedProjectStorageDisabledParam as BetaGoogleManagedProjectStorageDisabledParams,
    )
    from ......_params.google_managed_project_storage_enabled_param import (
        GoogleManagedProjectStorageEnabledParam as BetaGoogleManagedProjectStorageEnabledParams,
    )

# Public name → (module relative to `claude_api_client.types`, our name for it).
_NAMES: dict[str, tuple[str, str]] = {
    "BetaGoogleManagedProjectBucketReferenceParam": (
        "_params.google_managed_project_bucket_reference_param",
        "GoogleManagedProjectBucketReferenceParam",
    ),
    "BetaGoogleManagedProjectCMEKControl": (
        "_models.google_managed_project_cmek_control",
        "GoogleManagedProjectCMEKControl",
    ),
    "BetaGoogleManagedProjectCMEKControlParams": (
        "_params.google_managed_project_cmek_control_param",
        "GoogleManagedProjectCMEKControlParam",
    ),
    "BetaGoogleManagedProjectCMEKDisabled": (
        "_models.google_managed_project_cmek_disabled",
        "GoogleManagedProjectCMEKDisabled",
    ),
    "BetaGoogleManagedProjectCMEKDisabledParams": (
        "_params.google_managed_project_cmek_disabled_param",
        "GoogleManagedProjectCMEKDisabledParam",
    ),
    "BetaGoogleManagedProjectCMEKEnabled": (
        "_models.google_managed_project_cmek_enabled",
        "GoogleManagedProjectCMEKEnabled",
    ),
    "BetaGoogleManagedProjectCMEKEnabledParams": (
        "_params.google_managed_project_cmek_enabled_param",
        "GoogleManagedProjectCMEKEnabledParam",
    ),
    "BetaGoogleManagedProjectCMEKRegionActive": (
        "_models.google_managed_project_cmek_region_active",
        "GoogleManagedProjectCMEKRegionActive",
    ),
    "BetaGoogleManagedProjectCMEKRegionFailed": (
        "_models.google_managed_project_cmek_region_failed",
        "GoogleManagedProjectCMEKRegionFailed",
    ),
    "BetaGoogleManagedProjectCMEKRegionNotConfigured": (
        "_models.google_managed_project_cmek_region_not_configured",
        "GoogleManagedProjectCMEKRegionNotConfigured",
    ),
    "BetaGoogleManagedProjectCMEKRegionPending": (
        "_models.google_managed_project_cmek_region_pending",
        "GoogleManagedProjectCMEKRegionPending",
    ),
    "BetaGoogleManagedProjectCMEKRegionStatus": (
        "_models.google_managed_project_cmek_region_status",
        "GoogleManagedProjectCMEKRegionStatus",
    ),
    "BetaGoogleManagedProjectCMEKRegionSuspended": (
        "_models.google_managed_project_cmek_region_suspended",
        "GoogleManagedProjectCMEKRegionSuspended",
    ),
    "BetaGoogleManagedProjectDataControls": (
        "_models.google_managed_project_data_controls",
        "GoogleManagedProjectDataControls",
    ),
    "BetaGoogleManagedProjectEffectiveBucket": (
        "_models.google_managed_project_effective_bucket",
        "GoogleManagedProjectEffectiveBucket",
    ),
    "BetaGoogleManagedProjectRetiredBucket": (
        "_models.google_managed_project_retired_bucket",
        "GoogleManagedProjectRetiredBucket",
    ),
    "BetaGoogleManagedProjectRetiredKey": (
        "_models.google_managed_project_retired_key",
        "GoogleManagedProjectRetiredKey",
    ),
    "BetaGoogleManagedProjectStorageBucket": (
        "_models.google_managed_project_storage_bucket",
        "GoogleManagedProjectStorageBucket",
    ),
    "BetaGoogleManagedProjectStorageControl": (
        "_models.google_managed_project_storage_control",
        "GoogleManagedProjectStorageControl",
    ),
    "BetaGoogleManagedProjectStorageControlParams": (
        "_params.google_managed_project_storage_control_param",
        "GoogleManagedProjectStorageControlParam",
    ),
    "BetaGoogleManagedProjectStorageDisabled": (
        "_models.google_managed_project_storage_disabled",
        "GoogleManagedProjectStorageDisabled",
    ),
    "BetaGoogleManagedProjectStorageDisabledParams": (
        "_params.google_managed_project_storage_disabled_param",
        "GoogleManagedProjectStorageDisabledParam",
    ),
    "BetaGoogleManagedProjectStorageEnabled": (
        "_models.google_managed_project_storage_enabled",
        "GoogleManagedProjectStorageEnabled",
    ),
    "BetaGoogleManagedProjectStorageEnabledParams": (
        "_params.google_managed_project_storage_enabled_param",
        "GoogleManagedProjectStorageEnabledParam",
    ),
    "BetaGoogleManagedProjectStorageFailedCheck": (
        "_models.google_managed_project_storage_failed_check",
        "GoogleManagedProjectStorageFailedCheck",
    ),
    "BetaGoogleManagedProjectStorageRegionActive": (
        "_models.google_managed_project_storage_region_active",
        "GoogleManagedProjectStorageRegionActive",
    ),
    "BetaGoogleManagedProjectStorageRegionFailed": (
        "_models.google_managed_project_storage_region_failed",
        "GoogleManagedProjectStorageRegionFailed",
    ),
    "BetaGoogleManagedProjectStorageRegionNotConfigured": (
        "_models.google_managed_project_storage_region_not_configured",
        "GoogleManagedProjectStorageRegionNotConfigured",
    ),
    "BetaGoogleManagedProjectStorageRegionPending": (
        "_models.google_managed_project_storage_region_pending",
        "GoogleManagedProjectStorageRegionPending",
    ),
    "BetaGoogleManagedProjectStorageRegionStatus": (
        "_models.google_managed_project_storage_region_status",
        "GoogleManagedProjectStorageRegionStatus",
    ),
    "BetaGoogleManagedProjectStorageRegionSuspended": (
        "_models.google_managed_project_storage_region_suspended",
        "GoogleManagedProjectStorageRegionSuspended",
    ),
    "DataControlUpdateParams": ("_params.data_control_update_params", "DataControlUpdateParams"),
}

__all__ = [
    "BetaGoogleManagedProjectBucketReferenceParam",
    "BetaGoogleManagedProjectCMEKControl",
    "BetaGoogleManagedProjectCMEKControlParams",
    "BetaGoogleManagedProjectCMEKDisabled",
    "BetaGoogleManagedProjectCMEKDisabledParams",
    "BetaGoogleManagedProjectCMEKEnabled",
    "BetaGoogleManagedProjectCMEKEnabledParams",
    "BetaGoogleManagedProjectCMEKRegionActive",
    "BetaGoogleManagedProjectCMEKRegionFailed",
    "BetaGoogleManagedProjectCMEKRegionNotConfigured",
    "BetaGoogleManagedProjectCMEKRegionPending",
    "BetaGoogleManagedProjectCMEKRegionStatus",
    "BetaGoogleManagedProjectCMEKRegionSuspended",
    "BetaGoogleManagedProjectDataControls",
    "BetaGoogleManagedProjectEffectiveBucket",
    "BetaGoogleManagedProjectRetiredBucket",
    "BetaGoogleManagedProjectRetiredKey",
    "BetaGoogleManagedProjectStorageBucket",
    "BetaGoogleManagedProjectStorageControl",
    "BetaGoogleManagedProjectStorageControlParams",
    "BetaGoogleManagedProjectStorageDisabled",
    "BetaGoogleManagedProjectStorageDisabledParams",
    "BetaGoogleManagedProjectStorageEnabled",
    "BetaGoogleManagedProjectStorageEnabledParams",
    "BetaGoogleManagedProjectStorageFailedCheck",
    "BetaGoogleManagedProjectStorageRegionActive",
    "BetaGoogleManagedProjectStorageRegionFailed",
    "BetaGoogleManagedProjectStorageRegionNotConfigured",
    "BetaGoogleManagedProjectStorageRegionPending",
    "BetaGoogleManagedProjectStorageRegionStatus",
    "BetaGoogleManagedProjectStorageRegionSuspended",
    "DataControlUpdateParams",
]


def __getattr__(name: str) -> Any:
    target = _NAMES.get(name)
    if target is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{target[0]}", "claude_api_client.types"), target[1])
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
