# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .telemetry_destination_state_disabled_param import (
    TelemetryDestinationStateDisabledParam,
)
from .telemetry_destination_state_enabled_param import (
    TelemetryDestinationStateEnabledParam,
)

TelemetryDestinationStateParam: TypeAlias = (
    TelemetryDestinationStateEnabledParam | TelemetryDestinationStateDisabledParam
)
"""
The state to set on a destination, told apart by `type`.
"""
