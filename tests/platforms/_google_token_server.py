"""A local OAuth 2.0 token endpoint for service-account credentials, for the tests only.

It checks the JWT assertion google-auth sends (RS256 signature against the public half of the
key generated for the test, issuer, audience, scope, expiry) and hands out numbered tokens.
"""

from __future__ import annotations

import base64
import json
import threading
import time
from typing import Any
from urllib.parse import parse_qs

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from _support.http_server import HTTPServing, QuietHandler


def _b64(data: str) -> bytes:
    return base64.urlsafe_b64decode(data + "=" * (-len(data) % 4))


class TokenServer(HTTPServing):
    def __init__(self, *, delay: float = 0.0, expires_in: int = 3600) -> None:
        self.key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        self.delay = delay
        self.expires_in = expires_in
        self.fetches = 0
        self.refused: list[str] = []
        self._lock = threading.Lock()
        server = self

        class Handler(QuietHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                form = parse_qs(self.rfile.read(length).decode())
                status, body = server.answer(form)
                self.answer(status, "application/json", json.dumps(body).encode())

        super().__init__(Handler)

    @property
    def token_uri(self) -> str:
        return f"{self.base_url}/token"

    def service_account_info(self, project: str = "sa-project") -> dict[str, str]:
        pem = self.key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        ).decode()
        return {
            "type": "service_account",
            "project_id": project,
            "private_key_id": "test-key-1",
            "private_key": pem,
            "client_email": f"tester@{project}.iam.gserviceaccount.com",
            "client_id": "1234567890",
            "token_uri": self.token_uri,
        }

    def answer(self, form: dict[str, list[str]]) -> tuple[int, dict[str, Any]]:
        try:
            assertion = form["assertion"][0]
            assert form["grant_type"] == ["urn:ietf:params:oauth:grant-type:jwt-bearer"]
            header, claims, signature = assertion.split(".")
            assert json.loads(_b64(header))["alg"] == "RS256"
            self.key.public_key().verify(
                _b64(signature),
                f"{header}.{claims}".encode(),
                padding.PKCS1v15(),
                hashes.SHA256(),
            )
            payload = json.loads(_b64(claims))
            # google-auth addresses the assertion to Google's token endpoint whatever token_uri is
            assert payload["aud"] in (self.token_uri, "https://oauth2.googleapis.com/token")
            assert payload["iss"].startswith("tester@")
            assert "https://www.googleapis.com/auth/cloud-platform" in payload["scope"].split()
            assert payload["exp"] > time.time()
        except Exception as error:  # refuse anything that does not check out
            self.refused.append(repr(error))
            return 400, {"error": "invalid_grant", "error_description": repr(error)}
        time.sleep(self.delay)
        with self._lock:
            self.fetches += 1
            number = self.fetches
        return 200, {
            "access_token": f"tok-{number}",
            "expires_in": self.expires_in,
            "token_type": "Bearer",
        }
