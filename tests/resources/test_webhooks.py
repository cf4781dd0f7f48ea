"""client.beta.webhooks: Standard Webhooks verification, key sources, parsing, simulator signing."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import pickle
import time

import pytest

from claude_api_client import Anthropic, APIWebhookValidationError, AsyncAnthropic
from claude_api_client.lib._webhook_signatures import DEFAULT_TOLERANCE_SECONDS, sign, verify
from claude_api_client.lib.webhooks import WebhookVerificationError
from claude_api_client.testing import local_api
from claude_api_client.types import (
    WebhookEvent,
    WebhookSessionStatusIdledEventData,
    WebhookVaultCreatedEventData,
)
from claude_api_client.types.beta import BetaWebhookEvent

RAW_KEY = bytes(range(32))
KEY = "whsec_" + base64.b64encode(RAW_KEY).decode()
BODY = json.dumps(
    {
        "type": "event",
        "id": "whe_0f1e2d3c4b5a69788796a5b4c3d2e1f0",
        "created_at": "2026-08-01T12:00:00Z",
        "data": {
            "type": "vault.created",
            "id": "vlt_011CZkZAtmR3yMPDzynEDxu7",
            "organization_id": "org_1",
            "workspace_id": "wrkspc_1",
        },
    }
)


def reference_signature(body: str, msg_id: str, timestamp: int, raw_key: bytes) -> str:
    """Written here from the Standard Webhooks spec, independently of the SDK."""
    mac = hmac.new(raw_key, f"{msg_id}.{timestamp}.{body}".encode(), hashlib.sha256)
    return "v1," + base64.b64encode(mac.digest()).decode()


def headers_for(
    body: str, *, timestamp: int | None = None, msg_id: str = "msg_1"
) -> dict[str, str]:
    ts = int(time.time()) if timestamp is None else timestamp
    return {
        "webhook-id": msg_id,
        "webhook-timestamp": str(ts),
        "webhook-signature": reference_signature(body, msg_id, ts, RAW_KEY),
    }


def client(**options: object) -> Anthropic:
    return Anthropic(api_key="sk-test", base_url="http://127.0.0.1:9", **options)  # type: ignore[arg-type]


def test_published_standard_webhooks_vector() -> None:
    # The example of the Standard Webhooks / Svix documentation.
    assert (
        sign(
            '{"test": 2432232314}',
            key="whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
            msg_id="msg_p5jXN8AQM9LWM0D4loKWxJek",
            timestamp=1614265330,
        )
        == "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="
    )


def test_unwrap_verifies_and_parses_losslessly() -> None:
    event = client().beta.webhooks.unwrap(BODY, headers=headers_for(BODY), key=KEY)
    assert isinstance(event, WebhookEvent) and event.__class__ is BetaWebhookEvent
    assert isinstance(event.data, WebhookVaultCreatedEventData)
    assert event.data.type == "vault.created"
    assert event.to_dict(mode="json") == json.loads(BODY)


def test_bytes_payload_and_case_insensitive_headers() -> None:
    headers = {k.upper(): v for k, v in headers_for(BODY).items()}
    event = client().beta.webhooks.unwrap(BODY.encode(), headers=headers, key=KEY)
    assert event.id.startswith("whe_")


def test_one_of_several_signatures_may_match() -> None:
    headers = headers_for(BODY)
    headers["webhook-signature"] = "v1,AAAA v1a,ignored " + headers["webhook-signature"]
    client().beta.webhooks.unwrap(BODY, headers=headers, key=KEY)


def test_raw_bytes_key_is_used_as_is() -> None:
    client().beta.webhooks.unwrap(BODY, headers=headers_for(BODY), key=RAW_KEY)


@pytest.mark.parametrize(
    ("tamper", "reason"),
    [
        (lambda b, h: (b.replace("vault.created", "vault.deleted"), h), "no_matching_signature"),
        (lambda b, h: (b, {**h, "webhook-id": "msg_other"}), "no_matching_signature"),
        (lambda b, h: (b, {**h, "webhook-signature": "v1,bm9wZQ=="}), "no_matching_signature"),
        (
            lambda b, h: (b, {**h, "webhook-signature": "v2," + h["webhook-signature"][3:]}),
            "no_matching_signature",
        ),
        (
            lambda b, h: (b, {k: v for k, v in h.items() if k != "webhook-signature"}),
            "missing_headers",
        ),
        (lambda b, h: (b, {k: v for k, v in h.items() if k != "webhook-id"}), "missing_headers"),
        (lambda b, h: (b, {**h, "webhook-timestamp": "soon"}), "bad_timestamp"),
    ],
)
def test_tampered_deliveries_are_refused(tamper, reason: str) -> None:  # type: ignore[no-untyped-def]
    body, headers = tamper(BODY, headers_for(BODY))
    with pytest.raises(WebhookVerificationError) as info:
        client().beta.webhooks.unwrap(body, headers=headers, key=KEY)
    assert info.value.reason == reason
    assert isinstance(info.value, APIWebhookValidationError) and isinstance(info.value, ValueError)


def test_replay_window_old_and_future_timestamps() -> None:
    now = int(time.time())
    hooks = client().beta.webhooks
    old = now - DEFAULT_TOLERANCE_SECONDS - 30
    with pytest.raises(WebhookVerificationError) as info:
        hooks.unwrap(BODY, headers=headers_for(BODY, timestamp=old), key=KEY)
    assert info.value.reason == "timestamp_too_old"
    future = now + DEFAULT_TOLERANCE_SECONDS + 30
    with pytest.raises(WebhookVerificationError) as info:
        hooks.unwrap(BODY, headers=headers_for(BODY, timestamp=future), key=KEY)
    assert info.value.reason == "timestamp_too_new"
    # Inside the window both ways, and a custom tolerance.
    hooks.unwrap(BODY, headers=headers_for(BODY, timestamp=now - 60), key=KEY)
    hooks.unwrap(BODY, headers=headers_for(BODY, timestamp=now + 60), key=KEY)
    with pytest.raises(WebhookVerificationError):
        hooks.unwrap(BODY, headers=headers_for(BODY, timestamp=now - 60), key=KEY, tolerance=10)


def test_verify_uses_the_given_clock() -> None:
    headers = headers_for(BODY, timestamp=1_000_000)
    verify(BODY, headers, key=KEY, now=1_000_100)
    with pytest.raises(WebhookVerificationError):
        verify(BODY, headers, key=KEY, now=1_000_000 + DEFAULT_TOLERANCE_SECONDS + 1)


def test_wrong_key_is_refused_and_never_echoed() -> None:
    other = "whsec_" + base64.b64encode(b"x" * 32).decode()
    with pytest.raises(WebhookVerificationError) as info:
        client().beta.webhooks.unwrap(BODY, headers=headers_for(BODY), key=other)
    assert other not in str(info.value) and KEY not in repr(info.value.args)
    with pytest.raises(WebhookVerificationError) as bad:
        client().beta.webhooks.unwrap(BODY, headers=headers_for(BODY), key="whsec_not base64!")
    assert bad.value.reason == "bad_key" and "not base64!" not in str(bad.value)
    restored = pickle.loads(pickle.dumps(info.value))
    assert restored.reason == "no_matching_signature"


def test_key_from_client_then_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ANTHROPIC_WEBHOOK_SIGNING_KEY", raising=False)
    with pytest.raises(ValueError, match="webhook signing key"):
        client().beta.webhooks.unwrap(BODY, headers=headers_for(BODY))
    configured = client(webhook_key=KEY)
    assert configured.webhook_key == KEY
    configured.beta.webhooks.unwrap(BODY, headers=headers_for(BODY))
    assert configured.with_options(max_retries=0).webhook_key == KEY
    assert configured.copy(webhook_key=None).webhook_key is None
    monkeypatch.setenv("ANTHROPIC_WEBHOOK_SIGNING_KEY", KEY)
    from_env = client()
    assert from_env.webhook_key == KEY
    from_env.beta.webhooks.unwrap(BODY, headers=headers_for(BODY))
    assert KEY not in repr(from_env)


def test_async_client_has_the_same_plain_methods() -> None:
    hooks = AsyncAnthropic(api_key="sk-test", webhook_key=KEY).beta.webhooks
    event = hooks.unwrap(BODY, headers=headers_for(BODY))
    assert event.data.type == "vault.created"
    assert hooks.parse_unverified(BODY).id == event.id


def test_unknown_event_type_is_kept() -> None:
    body = json.dumps(
        {
            "type": "event",
            "id": "whe_1",
            "created_at": "2026-08-01T12:00:00Z",
            "data": {"type": "widget.invented", "id": "wdg_1", "extra": {"n": 1}},
        }
    )
    event = client().beta.webhooks.unwrap(body, headers=headers_for(body), key=KEY)
    assert type(event.data).__name__ == "UnknownWebhookEventData"
    assert event.to_dict(mode="json") == json.loads(body)


def test_simulator_signs_deliveries_its_clients_verify() -> None:
    with local_api() as api:
        body, headers = api.webhook_delivery("session.status_idled", id="sesn_1")
        event = api.client().beta.webhooks.unwrap(body, headers=headers)
        assert isinstance(event.data, WebhookSessionStatusIdledEventData)
        assert event.data.id == "sesn_1"
        # Independent check of the server's signature.
        ts = int(headers["webhook-timestamp"])
        raw = base64.b64decode(api.webhook_key.removeprefix("whsec_"))
        assert headers["webhook-signature"] == reference_signature(
            body.decode(), headers["webhook-id"], ts, raw
        )
        with pytest.raises(WebhookVerificationError):
            api.client(webhook_key=KEY).beta.webhooks.unwrap(body, headers=headers)
