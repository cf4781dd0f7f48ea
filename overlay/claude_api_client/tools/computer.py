"""The computer toolset (`computer_toolset_20260801`): the classes a driver subclasses, their
options, context and result types. `ToolError` and the toolset errors are in
`claude_api_client.tools`; the member input models are in `claude_api_client.types.beta`.
See the README section "Browser and computer toolsets".
"""

from __future__ import annotations

from ..lib.tools._toolsets._computer import (
    BetaAbstractComputerToolset20260801,
    BetaAsyncAbstractComputerToolset20260801,
)
from ..lib.tools._toolsets._contract import BetaToolsetCallContext, BetaToolsetContent
from ..lib.tools._toolsets._hooks import (
    BetaAsyncComputerConfirmCallable,
    BetaComputerConfirmCallable,
    BetaComputerConfirmContext,
    BetaToolConfigs,
)
from ..lib.tools._toolsets._results import (
    BetaComputerCursorPositionResult,
    BetaComputerMemberResult,
    BetaScreenshotResult,
)

__all__ = [
    "BetaAbstractComputerToolset20260801",
    "BetaAsyncAbstractComputerToolset20260801",
    "BetaAsyncComputerConfirmCallable",
    "BetaComputerConfirmCallable",
    "BetaComputerConfirmContext",
    "BetaComputerCursorPositionResult",
    "BetaComputerMemberResult",
    "BetaScreenshotResult",
    "BetaToolConfigs",
    "BetaToolsetCallContext",
    "BetaToolsetContent",
]
