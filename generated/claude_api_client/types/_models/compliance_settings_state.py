# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import unknown_tag

from .compliance_settings_state_disabled import ComplianceSettingsStateDisabled
from .compliance_settings_state_enabled import ComplianceSettingsStateEnabled
from .unknown_compliance_settings_state import UnknownComplianceSettingsState

ComplianceSettingsState = TypeAliasType(
    "ComplianceSettingsState",
    Annotated[
        Union[
            Annotated[
                Union[
                    ComplianceSettingsStateEnabled,
                    ComplianceSettingsStateDisabled,
                ],
                Field(discriminator="type"),
            ],
            Annotated[
                UnknownComplianceSettingsState,
                AfterValidator(unknown_tag("type", ["disabled", "enabled"])),
            ],
        ],
        Field(union_mode="left_to_right"),
    ],
)
