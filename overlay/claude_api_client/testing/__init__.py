"""A local Claude API simulator for tests and demos, and helpers that point a client at it.

    from claude_api_client.testing import Fault, local_api

    with local_api() as api:
        client = api.client()                      # an Anthropic client pointed at the server
        client.messages.create(...)                # answered by a deterministic echo model
        api.fail_next([529, 529], headers={"retry-after": "0"})
        api.inject(Fault.cut_stream(after_events=4), route="messages_create")
        api.requests[-1].json()                    # what the server saw

The server listens on 127.0.0.1 on a free port, in a background thread. It serves every operation
of the bundled OpenAPI document (messages, batches, models, files, skills; GA and beta), checks
credentials, `anthropic-version` and each request body against the document, keeps batches, files
and skills in memory, and misbehaves on demand (see :class:`Fault`; a client in another process
can ask for a fault itself with the ``x-simulator-fault`` request header, e.g. ``529 x2``). Models
named in ``server.settings.refusing_models`` decline every Messages request (a refusal with a fallback
credit token under the ``fallback-credit-2026-07-01`` beta), for testing refusal fallbacks.

For pytest, opt in with ``pytest_plugins = ["claude_api_client.testing.pytest_plugin"]`` in a
conftest: fixtures ``claude_api`` (the server), ``claude_client`` and ``async_claude_client``.
Importing this package imports no model and no pydantic.
"""

from __future__ import annotations

from ._faults import Fault
from ._protocol import APIFailure, Call, Reply, Request
from ._server import TEST_API_KEY, LocalAPIServer, Settings, local_api

__all__ = [
    "TEST_API_KEY",
    "APIFailure",
    "Call",
    "Fault",
    "LocalAPIServer",
    "Reply",
    "Request",
    "Settings",
    "local_api",
]
