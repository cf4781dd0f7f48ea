"""httpx clients preset with this package's defaults, to customise and pass as ``http_client=``.

``DefaultHttpxClient(proxy="http://proxy:8080")`` keeps our timeout, connection limits and
redirect policy while adding the proxy; a bare ``httpx.Client(...)`` would start from httpx's own
defaults (5-second timeouts) instead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ._core._constants import DEFAULT_TIMEOUT

__all__ = [
    "DEFAULT_CONNECTION_LIMITS",
    "DefaultAioHttpClient",
    "DefaultAsyncHttpxClient",
    "DefaultHttpxClient",
]

# Pool sizes for a client shared by many concurrent requests (the official package's values).
DEFAULT_CONNECTION_LIMITS = httpx.Limits(max_connections=1000, max_keepalive_connections=100)


def _with_defaults(kwargs: dict[str, Any]) -> dict[str, Any]:
    kwargs.setdefault("timeout", DEFAULT_TIMEOUT)
    kwargs.setdefault("limits", DEFAULT_CONNECTION_LIMITS)
    kwargs.setdefault("follow_redirects", True)
    return kwargs


class DefaultHttpxClient(httpx.Client):
    """An ``httpx.Client`` with our timeout, connection limits and ``follow_redirects=True``."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**_with_defaults(kwargs))


class DefaultAsyncHttpxClient(httpx.AsyncClient):
    """An ``httpx.AsyncClient`` with our timeout, connection limits and ``follow_redirects=True``."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**_with_defaults(kwargs))


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
