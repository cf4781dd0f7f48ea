# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .google_managed_project_cmek_disabled import GoogleManagedProjectCMEKDisabled
    from .google_managed_project_cmek_enabled import GoogleManagedProjectCMEKEnabled
    from .unknown_google_managed_project_cmek_control import (
        UnknownGoogleManagedProjectCMEKControl,
    )


if TYPE_CHECKING:
    GoogleManagedProjectCMEKControl = TypeAliasType(
        "GoogleManagedProjectCMEKControl",
        Annotated[
            Union[
                Annotated[
                    Union[
                        GoogleManagedProjectCMEKDisabled,
                        GoogleManagedProjectCMEKEnabled,
                    ],
                    Field(discriminator="type"),
                ],
                Annotated[
                    UnknownGoogleManagedProjectCMEKControl,
                    AfterValidator(unknown_tag("type", ["disabled", "enabled"])),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    GoogleManagedProjectCMEKControl = lazy_union(
        "GoogleManagedProjectCMEKControl",
        "type",
        {
            "disabled": ".google_managed_project_cmek_disabled:GoogleManagedProjectCMEKDisabled",
            "enabled": ".google_managed_project_cmek_enabled:GoogleManagedProjectCMEKEnabled",
        },
        ".unknown_google_managed_project_cmek_control:UnknownGoogleManagedProjectCMEKControl",
        __package__,
    )
