# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .google_managed_cmek_region_active import GoogleManagedCMEKRegionActive
    from .google_managed_cmek_region_failed import GoogleManagedCMEKRegionFailed
    from .google_managed_cmek_region_not_configured import (
        GoogleManagedCMEKRegionNotConfigured,
    )
    from .google_managed_cmek_region_pending import GoogleManagedCMEKRegionPending
    from .google_managed_cmek_region_suspended import GoogleManagedCMEKRegionSuspended
    from .unknown_google_managed_cmek_region_status import (
        UnknownGoogleManagedCMEKRegionStatus,
    )


if TYPE_CHECKING:
    GoogleManagedCMEKRegionStatus = TypeAliasType(
        "GoogleManagedCMEKRegionStatus",
        Annotated[
            Union[
                Annotated[
                    Union[
                        GoogleManagedCMEKRegionNotConfigured,
                        GoogleManagedCMEKRegionPending,
                        GoogleManagedCMEKRegionActive,
                        GoogleManagedCMEKRegionFailed,
                        GoogleManagedCMEKRegionSuspended,
                    ],
                    Field(discriminator="type"),
                ],
                Annotated[
                    UnknownGoogleManagedCMEKRegionStatus,
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
    GoogleManagedCMEKRegionStatus = lazy_union(
        "GoogleManagedCMEKRegionStatus",
        "type",
        {
            "not_configured": ".google_managed_cmek_region_not_configured:GoogleManagedCMEKRegionNotConfigured",
            "pending": ".google_managed_cmek_region_pending:GoogleManagedCMEKRegionPending",
            "active": ".google_managed_cmek_region_active:GoogleManagedCMEKRegionActive",
            "failed": ".google_managed_cmek_region_failed:GoogleManagedCMEKRegionFailed",
            "suspended": ".google_managed_cmek_region_suspended:GoogleManagedCMEKRegionSuspended",
        },
        ".unknown_google_managed_cmek_region_status:UnknownGoogleManagedCMEKRegionStatus",
        __package__,
    )
