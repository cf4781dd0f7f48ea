"""Signed webhook deliveries for tests of `client.beta.webhooks.unwrap`.

    with local_api() as api:
        body, headers = api.webhook_delivery("session.status_idled", id="sesn_1")
        event = api.client().beta.webhooks.unwrap(body, headers=headers)

The server has its own random signing key (`api.webhook_key`) and its clients are built with it.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from ..lib._webhook_signatures import generate_key, signed_headers

__all__ = ["generate_key", "signed_delivery", "webhook_event"]

_IDS = {"organization_id": "org_local", "workspace_id": "wrkspc_local"}


def webhook_event(event_type: str, *, event_id: str, **data: Any) -> dict[str, Any]:
    """A webhook body: `{type: event, id, created_at, data: {type: <event_type>, ...}}`."""
    return {
        "type": "event",
        "id": event_id,
        "created_at": "2026-08-01T12:00:00Z",
        "data": {"type": event_type, "id": data.pop("id", "res_local"), **_IDS, **data},
    }


def signed_delivery(
    event: Mapping[str, Any] | str | bytes,
    *,
    key: str | bytes,
    msg_id: str | None = None,
    timestamp: int | None = None,
) -> tuple[bytes, dict[str, str]]:
    """The exact body bytes and the Standard Webhooks headers a real delivery would carry."""
    if isinstance(event, Mapping):
        body = json.dumps(event, separators=(",", ":")).encode("utf-8")
    else:
        body = event.encode("utf-8") if isinstance(event, str) else event
    return body, signed_headers(body, key=key, msg_id=msg_id, timestamp=timestamp)
