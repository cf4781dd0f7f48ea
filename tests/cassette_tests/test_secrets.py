"""A key given to the client never reaches a cassette file.

Records (record_mode="all", the configuration scripts/record uses) through a tiny HTTP server on
127.0.0.1 that echoes the key back in a header and in the body and sends an organisation id and a
cookie, then searches the written file. This is the one place a local server is recorded, into a
temporary folder: it tests the filters, not the API.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from _support.http_server import QuietHandler, serving

from ._vcr import make_vcr

KEY = "sk-ant-api03-SECRETKEY-0123456789abcdefghijklmnopqrstuvwxyz"
TOKEN = "sk-ant-oat01-SECRETTOKEN-9876543210zyxwvutsrqponmlkjihgfedcba"
ORG = "3f1c9b2e-7d4a-4e8b-9c6d-0a1b2c3d4e5f"


class _Handler(QuietHandler):
    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("content-length") or 0))
        seen = self.headers.get("x-api-key") or self.headers.get("authorization") or ""
        body = json.dumps({"input_tokens": 3, "echo": seen}).encode()
        headers = {
            "request-id": "req_011CSecretsTest",
            "anthropic-organization-id": ORG,
            "set-cookie": f"session={ORG}; Path=/",
            "x-echo-credential": seen,
        }
        self.answer(200, "application/json", body, headers)


@pytest.fixture
def server() -> Iterator[str]:
    with serving(_Handler) as url:
        yield url


@pytest.mark.parametrize("credential", ["api_key", "auth_token"])
def test_key_never_reaches_the_cassette(server: str, tmp_path, credential: str) -> None:
    from claude_api_client import Anthropic

    secret = KEY if credential == "api_key" else TOKEN
    path = tmp_path / "recorded.yaml"
    config = make_vcr(record=True, secrets=(secret,))
    client = Anthropic(**{credential: secret}, base_url=server, max_retries=0)
    with config.use_cassette(str(path)):
        result = client.messages.count_tokens(
            model="claude-sonnet-4-5", messages=[{"role": "user", "content": "Hi"}]
        )
    assert result.input_tokens == 3
    assert result.to_dict()["echo"].endswith(secret)  # the server did see it
    text = path.read_text(encoding="utf-8")
    assert "count_tokens" in text and "input_tokens" in text  # something was recorded
    assert secret not in text
    assert secret[-16:] not in text
    assert ORG not in text
    lowered = text.lower()
    for header in ("x-api-key", "authorization", "set-cookie", "anthropic-organization-id"):
        assert header not in lowered, header
    assert "x-echo-credential" not in lowered
