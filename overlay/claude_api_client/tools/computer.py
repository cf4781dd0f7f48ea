"""The computer toolset (`computer_toolset_20260801`): the classes a driver subclasses, their
options, context and result types. `ToolError` and the toolset errors are in
`claude_api_client.tools`; the member input models are in `claude_api_client.types.beta`.
See the README section "Browser and computer toolsets".
"""

from __future__ import annotations

from ..lib.tools._toolsets._computer import (
    BetaAbstractComputerToolset20260801 as BetaAbstractComputerToolset20260801,
)
from ..lib.tools._toolsets._computer import (
    BetaAsyncAbstractComputerToolset20260801 as BetaAsyncAbstractComputerToolset20260801,
)
from ..lib.tools._toolsets._contract import BetaToolsetCallContext as BetaToolsetCallContext
from ..lib.tools._toolsets._contract import BetaToolsetContent as BetaToolsetContent
from ..lib.tools._toolsets._hooks import (
    BetaAsyncComputerConfirmCallable as BetaAsyncComputerConfirmCallable,
)
from ..lib.tools._toolsets._hooks import BetaComputerConfirmCallable as BetaComputerConfirmCallable
from ..lib.tools._toolsets._hooks import BetaComputerConfirmContext as BetaComputerConfirmContext
from ..lib.tools._toolsets._hooks import BetaToolConfigs as BetaToolConfigs
from ..lib.tools._toolsets._results import (
    BetaComputerCursorPositionResult as BetaComputerCursorPositionResult,
)
from ..lib.tools._toolsets._results import BetaComputerMemberResult as BetaComputerMemberResult
from ..lib.tools._toolsets._results import BetaScreenshotResult as BetaScreenshotResult
from . import _COMPUTER_NAMES, _SHARED_NAMES

__all__ = sorted([*_COMPUTER_NAMES, *_SHARED_NAMES])
