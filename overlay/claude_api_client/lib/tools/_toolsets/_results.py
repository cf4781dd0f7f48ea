"""What members return: the result models that have no wire twin.

Tab entries and state changes are the generated wire types (`BetaBrowserStateTabEntryParam`,
`BetaBrowserStateChange*Param`), returned as plain dicts. The two SDK-only change kinds
(`BetaNavigationRefused`, `BetaDialogDismissed`) never go on the wire: they become a line of text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any, Literal, TypeAlias

from pydantic import Field

from ...._core._model_base import APIModel
from ....types.beta import BetaBrowserStateChangeParam, BetaBrowserStateTabEntryParam

__all__ = [
    "BetaBrowserMemberResult",
    "BetaBrowserNavigateResult",
    "BetaBrowserState",
    "BetaComputerCursorPositionResult",
    "BetaComputerMemberResult",
    "BetaDialogDismissed",
    "BetaNavigationRefused",
    "BetaScreenshotResult",
]


class BetaScreenshotResult(APIModel):
    """An image from `screenshot` or `zoom` (either family), sent as one image block. It must
    already fit the model's image limits: the API refuses an oversized image, it does not scale."""

    data: str
    """The image bytes in base64, without a `data:` prefix."""

    media_type: Literal["image/png", "image/jpeg", "image/gif", "image/webp"] = "image/png"


class BetaBrowserNavigateResult(APIModel):
    """Where `navigate` ended: read by the model as `Navigated to {url} — {title} (HTTP {status})`,
    each part folded to one bounded line."""

    url: str
    """The final URL, after redirects."""

    status: int | None = None
    title: str | None = None


class BetaNavigationRefused(APIModel):
    """A state change for a navigation the driver stopped (a page-started navigation its request
    interception refused). The model reads one fixed line for any number of them."""

    type: Literal["navigation_refused"] = "navigation_refused"


class BetaDialogDismissed(APIModel):
    """A state change for a native dialog (`alert`, `confirm`, `prompt`) the driver dismissed;
    the model reads a line naming its kind and its (capped) message."""

    type: Literal["dialog_dismissed"] = "dialog_dismissed"
    kind: str
    message: str = ""


StateChange: TypeAlias = Annotated[
    BetaBrowserStateChangeParam | BetaNavigationRefused | BetaDialogDismissed,
    Field(discriminator="type"),
]


def _no_changes() -> list[StateChange]:
    return []


class BetaBrowserState(APIModel):
    """What `_browser_state` reports after every call: every open tab (one marked `active` when
    any is open, ids unique, at most 100) and the changes since the previous report. The SDK
    folds and bounds each URL and title, removes download paths the file policy does not expose,
    keeps the latest change per `download_id`, and turns its own change kinds into text."""

    if TYPE_CHECKING:
        tabs: list[BetaBrowserStateTabEntryParam]
        state_changes: list[StateChange] = Field(default_factory=_no_changes)
    else:
        # The wire entries are plain `TypedDict`s, which pydantic cannot check on Python < 3.12:
        # kept as the driver's dicts (the API judges them); the SDK's own kinds become models.
        tabs: list[dict[str, Any]]
        state_changes: list[
            Annotated[
                BetaNavigationRefused | BetaDialogDismissed | dict[str, Any],
                Field(union_mode="left_to_right"),
            ]
        ] = Field(default_factory=list)


class BetaComputerCursorPositionResult(APIModel):
    """The cursor position in screenshot pixels; the model reads `X={x},Y={y}`."""

    x: int
    y: int


BetaBrowserMemberResult: TypeAlias = (
    BetaBrowserNavigateResult
    | BetaScreenshotResult
    | BetaBrowserStateTabEntryParam
    | list[BetaBrowserStateTabEntryParam]
    | str
    | None
)
"""Any browser member's return value (the type of `execute`)."""

BetaComputerMemberResult: TypeAlias = (
    BetaScreenshotResult | BetaComputerCursorPositionResult | str | None
)
"""Any computer member's return value (the type of `execute`)."""
