"""Client-side tools at the official package's `claude_api_client.tools` path: the memory tool,
the browser and computer toolsets (`tools.browser`, `tools.computer`), `ToolError` and the
toolset errors. The toolset names load on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lib._lazy import by_module, lazy_names

if TYPE_CHECKING:
    from ..lib.tools._functions import ToolError as ToolError
    from ..lib.tools._toolsets._errors import ConfirmDeclinedError as ConfirmDeclinedError
    from ..lib.tools._toolsets._errors import ConfirmFailedError as ConfirmFailedError
    from ..lib.tools._toolsets._errors import DisabledMemberError as DisabledMemberError
    from ..lib.tools._toolsets._errors import InvalidMemberInputError as InvalidMemberInputError
    from ..lib.tools._toolsets._errors import ToolsetClosedError as ToolsetClosedError
    from ..lib.tools._toolsets._errors import ToolsetConfigError as ToolsetConfigError
    from ..lib.tools._toolsets._errors import ToolsetContractError as ToolsetContractError
    from ..lib.tools._toolsets._errors import ToolsetUsageError as ToolsetUsageError
    from ..lib.tools._toolsets._errors import UnavailableMemberError as UnavailableMemberError
    from ..lib.tools._toolsets._errors import UnknownMemberError as UnknownMemberError
    from .browser import BetaAbstractBrowserToolset20260801 as BetaAbstractBrowserToolset20260801
    from .browser import (
        BetaAsyncAbstractBrowserToolset20260801 as BetaAsyncAbstractBrowserToolset20260801,
    )
    from .browser import BetaAsyncConfirmCallable as BetaAsyncConfirmCallable
    from .browser import BetaAsyncURLPolicy as BetaAsyncURLPolicy
    from .browser import BetaBrowserMemberResult as BetaBrowserMemberResult
    from .browser import BetaBrowserNavigateResult as BetaBrowserNavigateResult
    from .browser import BetaBrowserState as BetaBrowserState
    from .browser import BetaConfirmCallable as BetaConfirmCallable
    from .browser import BetaConfirmContext as BetaConfirmContext
    from .browser import BetaDialogDismissed as BetaDialogDismissed
    from .browser import BetaFilePolicy as BetaFilePolicy
    from .browser import BetaLocalFilePolicy as BetaLocalFilePolicy
    from .browser import BetaNavigationRefused as BetaNavigationRefused
    from .browser import BetaScreenshotResult as BetaScreenshotResult
    from .browser import BetaToolConfigs as BetaToolConfigs
    from .browser import BetaToolsetCallContext as BetaToolsetCallContext
    from .browser import BetaToolsetContent as BetaToolsetContent
    from .browser import BetaURLContext as BetaURLContext
    from .browser import BetaURLPolicy as BetaURLPolicy
    from .browser import TabMissingError as TabMissingError
    from .browser import UploadRefusedError as UploadRefusedError
    from .browser import URLRefusedError as URLRefusedError
    from .browser import beta_check_upload_path as beta_check_upload_path
    from .computer import (
        BetaAbstractComputerToolset20260801 as BetaAbstractComputerToolset20260801,
    )
    from .computer import (
        BetaAsyncAbstractComputerToolset20260801 as BetaAsyncAbstractComputerToolset20260801,
    )
    from .computer import BetaAsyncComputerConfirmCallable as BetaAsyncComputerConfirmCallable
    from .computer import BetaComputerConfirmCallable as BetaComputerConfirmCallable
    from .computer import BetaComputerConfirmContext as BetaComputerConfirmContext
    from .computer import BetaComputerCursorPositionResult as BetaComputerCursorPositionResult
    from .computer import BetaComputerMemberResult as BetaComputerMemberResult
    from .memory import BetaAbstractMemoryTool as BetaAbstractMemoryTool
    from .memory import BetaAsyncAbstractMemoryTool as BetaAsyncAbstractMemoryTool
    from .memory import BetaAsyncLocalFilesystemMemoryTool as BetaAsyncLocalFilesystemMemoryTool
    from .memory import BetaLocalFilesystemMemoryTool as BetaLocalFilesystemMemoryTool

# The public names of `tools.browser` and `tools.computer`, listed once: their `__all__` and the
# lazy table below (kept here: importing this package must not load those modules). Both modules
# export the shared names; this package loads them from `.browser`.
_SHARED_NAMES = (
    "BetaScreenshotResult",
    "BetaToolConfigs",
    "BetaToolsetCallContext",
    "BetaToolsetContent",
)
_BROWSER_NAMES = (
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
    "BetaURLContext",
    "BetaURLPolicy",
    "TabMissingError",
    "URLRefusedError",
    "UploadRefusedError",
    "beta_check_upload_path",
)
_COMPUTER_NAMES = (
    "BetaAbstractComputerToolset20260801",
    "BetaAsyncAbstractComputerToolset20260801",
    "BetaAsyncComputerConfirmCallable",
    "BetaComputerConfirmCallable",
    "BetaComputerConfirmContext",
    "BetaComputerCursorPositionResult",
    "BetaComputerMemberResult",
)

_LAZY = by_module(
    {
        ".memory": (
            "BetaAbstractMemoryTool",
            "BetaAsyncAbstractMemoryTool",
            "BetaLocalFilesystemMemoryTool",
            "BetaAsyncLocalFilesystemMemoryTool",
        ),
        ".browser": (*_BROWSER_NAMES, *_SHARED_NAMES),
        ".computer": _COMPUTER_NAMES,
        "..lib.tools._functions": ("ToolError",),
        "..lib.tools._toolsets._errors": (
            "ConfirmDeclinedError",
            "ConfirmFailedError",
            "DisabledMemberError",
            "InvalidMemberInputError",
            "ToolsetClosedError",
            "ToolsetConfigError",
            "ToolsetContractError",
            "ToolsetUsageError",
            "UnavailableMemberError",
            "UnknownMemberError",
        ),
    }
)

__all__ = sorted(_LAZY)

__getattr__, __dir__ = lazy_names(__name__, _LAZY, globals())
