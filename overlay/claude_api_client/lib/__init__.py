"""Helpers built on the client: waiting for a batch to end, collecting a skill directory,
verifying webhook deliveries (`webhooks`). Structured outputs live in `lib._parse`; tools, the tool
runner and the memory tool in `lib.tools` (MCP in `lib.tools.mcp`); the previews of a managed-agent
session's stream are folded by `lib.sessions`.

Names load on first use, so importing this package costs nothing until a helper is needed::

    from claude_api_client.lib import files_from_dir, wait_for_batch
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._lazy import by_module, lazy_names

if TYPE_CHECKING:
    from .batches import BatchWaitTimeoutError as BatchWaitTimeoutError
    from .batches import async_wait_for_batch as async_wait_for_batch
    from .batches import wait_for_batch as wait_for_batch
    from .skills import SkillDirectoryError as SkillDirectoryError
    from .skills import async_files_from_dir as async_files_from_dir
    from .skills import files_from_dir as files_from_dir
    from .webhooks import WebhookVerificationError as WebhookVerificationError

# Each module's names, a sync name beside its async twin.
_LAZY = by_module(
    {
        ".batches": ("wait_for_batch", "async_wait_for_batch", "BatchWaitTimeoutError"),
        ".skills": ("files_from_dir", "async_files_from_dir", "SkillDirectoryError"),
        ".webhooks": ("WebhookVerificationError",),
    }
)

__all__ = sorted(_LAZY)


__getattr__, __dir__ = lazy_names(__name__, _LAZY, globals())
