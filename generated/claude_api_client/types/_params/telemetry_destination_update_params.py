# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TypedDict

from typing_extensions import NotRequired

from .anthropic_beta_param import AnthropicBetaParam
from .telemetry_destination_state_param import TelemetryDestinationStateParam
from .telemetry_destination_traces_param import TelemetryDestinationTracesParam
from .telemetry_destination_workspaces_param import TelemetryDestinationWorkspacesParam


class TelemetryDestinationUpdateParams(TypedDict):
    """
    Body that changes a telemetry destination; fields left out stay as they are.
    """

    display_name: NotRequired[str | None]
    """
    Human-readable name.
    """
    endpoint_url: NotRequired[str]
    """
    URL deliveries are sent to.
    """
    headers: NotRequired[Mapping[str, str | None] | None]
    """
    Request headers sent with every delivery (values are never returned).
    """
    state: NotRequired[TelemetryDestinationStateParam]
    """
    Current state.
    """
    traces: NotRequired[TelemetryDestinationTracesParam | None]
    """
    Settings of the traces the destination receives.
    """
    workspaces: NotRequired[TelemetryDestinationWorkspacesParam]
    """
    Which workspaces it covers.
    """
    betas: NotRequired[Sequence[AnthropicBetaParam]]
    """
    Beta features to enable for this call, sent as the `anthropic-beta` header.
    """
    workspace_id: NotRequired[str]
    """
    The Workspace the request acts in (`wrkspc_…`); needed only by credentials that can act in more than one Workspace, and must match a Workspace-bound credential's own.
    """
