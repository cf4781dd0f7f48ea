"""A local Claude API server for tests and demos, and helpers that point a client at it.

    from claude_api_client.testing import local_api

    with local_api() as api:
        client = api.client()          # an Anthropic client pointed at the server
        client.messages.create(...)    # answered by a deterministic echo model

The server listens on 127.0.0.1 on a free port, in a background thread, and speaks the Claude API
wire format: JSON and SSE responses, error bodies, request ids and rate-limit headers.
"""

from __future__ import annotations

from ._server import LocalAPIServer, local_api

__all__ = ["LocalAPIServer", "local_api"]
