"""The browser toolset (`browser_toolset_20260801`): the classes a driver subclasses, their
options, hook, context and result types, and the errors that only the browser raises.

`ToolError` and the errors both toolsets raise are in `claude_api_client.tools`; the member input
models (`BetaBrowserNavigateInput`, ..., `BetaBrowserMemberInput`) and the wire types
(`BetaBrowserToolset20260801Param`, the `browser_state` block) are in
`claude_api_client.types.beta`. See the README section "Browser and computer toolsets".
"""

from __future__ import annotations

from ..lib.tools._toolsets._browser import (
    BetaAbstractBrowserToolset20260801 as BetaAbstractBrowserToolset20260801,
)
from ..lib.tools._toolsets._browser import (
    BetaAsyncAbstractBrowserToolset20260801 as BetaAsyncAbstractBrowserToolset20260801,
)
from ..lib.tools._toolsets._contract import BetaToolsetCallContext as BetaToolsetCallContext
from ..lib.tools._toolsets._contract import BetaToolsetContent as BetaToolsetContent
from ..lib.tools._toolsets._errors import TabMissingError as TabMissingError
from ..lib.tools._toolsets._errors import UploadRefusedError as UploadRefusedError
from ..lib.tools._toolsets._errors import URLRefusedError as URLRefusedError
from ..lib.tools._toolsets._files import BetaLocalFilePolicy as BetaLocalFilePolicy
from ..lib.tools._toolsets._files import beta_check_upload_path as beta_check_upload_path
from ..lib.tools._toolsets._hooks import BetaAsyncConfirmCallable as BetaAsyncConfirmCallable
from ..lib.tools._toolsets._hooks import BetaAsyncURLPolicy as BetaAsyncURLPolicy
from ..lib.tools._toolsets._hooks import BetaConfirmCallable as BetaConfirmCallable
from ..lib.tools._toolsets._hooks import BetaConfirmContext as BetaConfirmContext
from ..lib.tools._toolsets._hooks import BetaFilePolicy as BetaFilePolicy
from ..lib.tools._toolsets._hooks import BetaToolConfigs as BetaToolConfigs
from ..lib.tools._toolsets._hooks import BetaURLContext as BetaURLContext
from ..lib.tools._toolsets._hooks import BetaURLPolicy as BetaURLPolicy
from ..lib.tools._toolsets._results import BetaBrowserMemberResult as BetaBrowserMemberResult
from ..lib.tools._toolsets._results import BetaBrowserNavigateResult as BetaBrowserNavigateResult
from ..lib.tools._toolsets._results import BetaBrowserState as BetaBrowserState
from ..lib.tools._toolsets._results import BetaDialogDismissed as BetaDialogDismissed
from ..lib.tools._toolsets._results import BetaNavigationRefused as BetaNavigationRefused
from ..lib.tools._toolsets._results import BetaScreenshotResult as BetaScreenshotResult
from . import _BROWSER_NAMES, _SHARED_NAMES

__all__ = sorted([*_BROWSER_NAMES, *_SHARED_NAMES])
