"""The browser toolset (`browser_toolset_20260801`): the classes a driver subclasses, their
options, hook, context and result types, and the errors that only the browser raises.

`ToolError` and the errors both toolsets raise are in `claude_api_client.tools`; the member input
models (`BetaBrowserNavigateInput`, ..., `BetaBrowserMemberInput`) and the wire types
(`BetaBrowserToolset20260801Param`, the `browser_state` block) are in
`claude_api_client.types.beta`. See the README section "Browser and computer toolsets".
"""

from __future__ import annotations

from ..lib.tools._toolsets._browser import (
    BetaAbstractBrowserToolset20260801,
    BetaAsyncAbstractBrowserToolset20260801,
)
from ..lib.tools._toolsets._contract import BetaToolsetCallContext, BetaToolsetContent
from ..lib.tools._toolsets._errors import TabMissingError, UploadRefusedError, URLRefusedError
from ..lib.tools._toolsets._files import BetaLocalFilePolicy, beta_check_upload_path
from ..lib.tools._toolsets._hooks import (
    BetaAsyncConfirmCallable,
    BetaAsyncURLPolicy,
    BetaConfirmCallable,
    BetaConfirmContext,
    BetaFilePolicy,
    BetaToolConfigs,
    BetaURLContext,
    BetaURLPolicy,
)
from ..lib.tools._toolsets._results import (
    BetaBrowserMemberResult,
    BetaBrowserNavigateResult,
    BetaBrowserState,
    BetaDialogDismissed,
    BetaNavigationRefused,
    BetaScreenshotResult,
)

__all__ = [
    "BetaAbstractBrowserToolset20260801",
    "BetaAsyncAbstractBrowserToolset20260801",
    "BetaAsyncConfirmCallable",
    "BetaAsyncURLPolicy",
    "BetaBrowserMemberResult",
    "BetaBrowserNavigateResult",
    "BetaBrowserState",
    "BetaConfirmCallable",
    "BetaConfirmContext",
    "BetaDialogDismissed",
    "BetaFilePolicy",
    "BetaLocalFilePolicy",
    "BetaNavigationRefused",
    "BetaScreenshotResult",
    "BetaToolConfigs",
    "BetaToolsetCallContext",
    "BetaToolsetContent",
    "BetaURLContext",
    "BetaURLPolicy",
    "TabMissingError",
    "URLRefusedError",
    "UploadRefusedError",
    "beta_check_upload_path",
]
