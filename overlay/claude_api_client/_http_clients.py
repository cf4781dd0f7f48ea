"""httpx clients preset with this package's defaults, to customise and pass as ``http_client=``.

``DefaultHttpxClient(proxy="http://proxy:8080")`` keeps our timeout, connection limits and
redirect policy while adding the proxy; a bare ``httpx.Client(...)`` would start from httpx's own
defaults (5-second timeouts) instead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ._core._transport import DEFAULT_LIMITS, DefaultAsyncHttpxClient, DefaultHttpxClient
from ._core._transport import with_defaults as _with_defaults

__all__ = [
    "DEFAULT_CONNECTION_LIMITS",
    "DefaultAioHttpClient",
    "DefaultAsyncHttpxClient",
    "DefaultHttpxClient",
]

# Pool sizes for a client shared by many concurrent requests (the official package's values).
DEFAULT_CONNECTION_LIMITS = DEFAULT_LIMITS


if TYPE_CHECKING:
    DefaultAioHttpClient = DefaultAsyncHttpxClient
else:
    try:
        from httpx_aiohttp import HttpxAiohttpClient as _AiohttpClient
    except ImportError:

        class DefaultAioHttpClient(httpx.AsyncClient):
            """Needs the optional ``httpx-aiohttp`` package (``pip install httpx-aiohttp``)."""

            def __init__(self, **kwargs: Any) -> None:
                raise RuntimeError(
                    "DefaultAioHttpClient runs httpx over aiohttp and needs the httpx-aiohttp "
                    "package: pip install httpx-aiohttp"
                )

    else:

        class DefaultAioHttpClient(_AiohttpClient):
            """An httpx client over aiohttp (``httpx-aiohttp``), with our defaults."""

            def __init__(self, **kwargs: Any) -> None:
                super().__init__(**_with_defaults(kwargs))
