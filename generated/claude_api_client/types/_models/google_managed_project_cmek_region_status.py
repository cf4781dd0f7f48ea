# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .google_managed_project_cmek_region_active import (
        GoogleManagedProjectCMEKRegionActive,
    )
    from .google_managed_project_cmek_region_failed import (
        GoogleManagedProjectCMEKRegionFailed,
    )
    from .google_managed_project_cmek_region_not_configured import (
        GoogleManagedProjectCMEKRegionNotConfigured,
    )
    from .google_managed_project_cmek_region_pending import (
        GoogleManagedProjectCMEKRegionPending,
    )
    from .google_managed_project_cmek_region_suspended import (
        GoogleManagedProjectCMEKRegionSuspended,
    )
    from .unknown_google_managed_project_cmek_region_status import (
        UnknownGoogleManagedProjectCMEKRegionStatus,
    )


if TYPE_CHECKING:
    GoogleManagedProjectCMEKRegionStatus = TypeAliasType(
        "GoogleManagedProjectCMEKRegionStatus",
        Annotated[
            Union[
                Annotated[
                    Union[
                        GoogleManagedProjectCMEKRegionNotConfigured,
                        GoogleManagedProjectCMEKRegionPending,
                        GoogleManagedProjectCMEKRegionActive,
                        GoogleManagedProjectCMEKRegionFailed,
                        GoogleManagedProjectCMEKRegionSuspended,
                    ],
                    Field(discriminator="type"),
                ],
                Annotated[
                    UnknownGoogleManagedProjectCMEKRegionStatus,
                    AfterValidator(
                        unknown_tag(
                            "type",
                            [
                                "active",
                                "failed",
                                "not_configured",
                                "pending",
                                "suspended",
                            ],
                        )
                    ),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    GoogleManagedProjectCMEKRegionStatus = lazy_union(
        "GoogleManagedProjectCMEKRegionStatus",
        "type",
        {
            "not_configured": ".google_managed_project_cmek_region_not_configured:GoogleManagedProjectCMEKRegionNotConfigured",
            "pending": ".google_managed_project_cmek_region_pending:GoogleManagedProjectCMEKRegionPending",
            "active": ".google_managed_project_cmek_region_active:GoogleManagedProjectCMEKRegionActive",
            "failed": ".google_managed_project_cmek_region_failed:GoogleManagedProjectCMEKRegionFailed",
            "suspended": ".google_managed_project_cmek_region_suspended:GoogleManagedProjectCMEKRegionSuspended",
        },
        ".unknown_google_managed_project_cmek_region_status:UnknownGoogleManagedProjectCMEKRegionStatus",
        __package__,
    )
