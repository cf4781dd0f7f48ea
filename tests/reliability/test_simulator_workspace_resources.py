"""The simulator serves memory stores, vaults, tunnels, dreams, user profiles and legacy
completions statefully, through the public clients (sync and async)."""

from __future__ import annotations

import asyncio
import base64
import hashlib

import pytest

from claude_api_client import AI_PROMPT, HUMAN_PROMPT, ConflictError, NotFoundError
from claude_api_client.testing import local_api
from claude_api_client.types import ManagedAgentsMemory, ManagedAgentsMemoryPrefix

PEM_DER = b"\x30\x82\x01\x0aexample-der-bytes"
PEM = (
    "-----BEGIN CERTIFICATE-----\n"
    + base64.b64encode(PEM_DER).decode()
    + "\n-----END CERTIFICATE-----\n"
)


def test_memory_store_lifecycle_and_history() -> None:
    with local_api() as api:
        beta = api.client().beta
        store = beta.memory_stores.create(name="Notes", metadata={"team": "support"})
        assert [s.id for s in beta.memory_stores.list()] == [store.id]
        assert beta.memory_stores.update(store.id, name="Customer notes").name == "Customer notes"

        memories = beta.memory_stores.memories
        memory = memories.create(store.id, path="/customers/acme.md", content="hello")
        assert memory.content_sha256 == hashlib.sha256(b"hello").hexdigest()
        assert memory.content_size_bytes == 5
        memories.create(store.id, path="/customers/deep/globex.md", content="x")
        with pytest.raises(ConflictError):
            memories.create(store.id, path="/customers/acme.md", content="again")

        listed = list(memories.list(store.id))
        assert all(isinstance(m, ManagedAgentsMemory) and m.content is None for m in listed)
        rolled = list(memories.list(store.id, path_prefix="/customers/", depth=1))
        assert {type(m) for m in rolled} == {ManagedAgentsMemory, ManagedAgentsMemoryPrefix}
        assert memories.retrieve(memory.id, memory_store_id=store.id).content == "hello"

        with pytest.raises(ConflictError):  # stale precondition
            memories.update(
                memory.id,
                memory_store_id=store.id,
                content="bye",
                precondition={"type": "content_sha256", "content_sha256": "0" * 64},
            )
        updated = memories.update(
            memory.id,
            memory_store_id=store.id,
            content="bye",
            precondition={"type": "content_sha256", "content_sha256": memory.content_sha256},
        )
        assert updated.content == "bye" and updated.memory_version_id != memory.memory_version_id
        memories.delete(memory.id, memory_store_id=store.id)
        with pytest.raises(NotFoundError):
            memories.retrieve(memory.id, memory_store_id=store.id)

        versions = beta.memory_stores.memory_versions
        history = [v.operation for v in versions.list(store.id, memory_id=memory.id)]
        assert history == ["deleted", "modified", "created"]
        first = list(versions.list(store.id, memory_id=memory.id))[-1]
        assert versions.retrieve(first.id, memory_store_id=store.id).content == "hello"
        redacted = versions.redact(first.id, memory_store_id=store.id)
        assert (
            redacted.redacted_at is not None and redacted.content is None and redacted.path is None
        )

        archived = beta.memory_stores.archive(store.id)
        assert archived.archived_at is not None
        assert list(beta.memory_stores.list()) == []
        assert len(list(beta.memory_stores.list(include_archived=True))) == 1
        beta.memory_stores.delete(store.id)
        with pytest.raises(NotFoundError):
            beta.memory_stores.retrieve(store.id)


def test_vault_credentials_never_return_secrets() -> None:
    with local_api() as api:
        beta = api.client().beta
        vault = beta.vaults.create(display_name="Production")
        auth = {
            "type": "mcp_oauth",
            "mcp_server_url": "https://mcp.example.com/sse",
            "access_token": "at-secret",
            "refresh": {
                "refresh_token": "rt-secret",
                "token_endpoint": "https://auth.example.com/token",
                "client_id": "c",
                "token_endpoint_auth": {"type": "client_secret_post", "client_secret": "cs-secret"},
            },
        }
        credential = beta.vaults.credentials.create(vault.id, auth=auth, display_name="MCP")
        wire = api.requests[-1]
        assert "at-secret" in wire.body.decode()  # the request carried it ...
        text = str(credential.to_dict())
        assert not any(s in text for s in ("at-secret", "rt-secret", "cs-secret"))  # ... not back
        assert [c.id for c in beta.vaults.credentials.list(vault.id)] == [credential.id]
        check = beta.vaults.credentials.mcp_oauth_validate(credential.id, vault_id=vault.id)
        assert check.status == "valid" and check.has_refresh_token
        renamed = beta.vaults.credentials.update(
            credential.id, vault_id=vault.id, display_name="New"
        )
        assert renamed.display_name == "New"
        beta.vaults.credentials.archive(credential.id, vault_id=vault.id)
        beta.vaults.credentials.delete(credential.id, vault_id=vault.id)
        assert beta.vaults.archive(vault.id).archived_at is not None
        beta.vaults.delete(vault.id)


def test_tunnels_tokens_and_certificates() -> None:
    with local_api() as api:
        beta = api.client().beta
        tunnel = beta.tunnels.create(display_name="Office")
        assert tunnel.domain.endswith(".tunnels.localhost")
        token = beta.tunnels.reveal_token(tunnel.id)
        rotated = beta.tunnels.rotate_token(tunnel.id, reason="quarterly")
        assert rotated.tunnel_token != token.tunnel_token
        assert beta.tunnels.reveal_token(tunnel.id).id == rotated.id
        cert = beta.tunnels.certificates.create(tunnel.id, ca_certificate_pem=PEM)
        assert cert.fingerprint == hashlib.sha256(PEM_DER).hexdigest()
        assert [c.id for c in beta.tunnels.certificates.list(tunnel.id)] == [cert.id]
        beta.tunnels.certificates.archive(cert.id, tunnel_id=tunnel.id)
        assert list(beta.tunnels.certificates.list(tunnel.id)) == []
        assert beta.tunnels.archive(tunnel.id).archived_at is not None


def test_dreams_and_user_profiles() -> None:
    with local_api() as api:
        beta = api.client().beta
        store = beta.memory_stores.create(name="Notes")
        dream = beta.dreams.create(
            inputs=[{"type": "memory_store", "memory_store_id": store.id}], model="claude-opus-5"
        )
        assert dream.status == "pending" and dream.model.id == "claude-opus-5"
        assert beta.dreams.cancel(dream.id).status == "canceled"
        with pytest.raises(ConflictError):
            beta.dreams.cancel(dream.id)
        assert [d.id for d in beta.dreams.list(statuses=["canceled"])] == [dream.id]
        assert list(beta.dreams.list(statuses=["running"])) == []

        profile = beta.user_profiles.create(name="Acme", external_id="customer-1")
        assert beta.user_profiles.update(profile.id, name="Acme Corp").name == "Acme Corp"
        link = beta.user_profiles.create_enrollment_url(profile.id)
        assert profile.id in link.url and link.expires_at > profile.created_at
        assert [p.id for p in beta.user_profiles.list(order="desc")] == [profile.id]


def test_async_clients_and_legacy_completions() -> None:
    async def run() -> None:
        with local_api() as api:
            client = api.async_client()
            store = await client.beta.memory_stores.create(name="Async notes")
            listed = [s.id async for s in client.beta.memory_stores.list()]
            assert listed == [store.id]
            prompt = f"{HUMAN_PROMPT} hello there{AI_PROMPT}"
            done = await client.completions.create(
                model="claude-2.1", max_tokens_to_sample=20, prompt=prompt
            )
            assert done.completion == " echo: hello there" and done.stop_reason == "stop_sequence"
            stream = await client.completions.create(
                model="claude-2.1", max_tokens_to_sample=2, prompt=prompt, stream=True
            )
            pieces = [e async for e in stream if e.type == "completion"]
            assert "".join(p.completion for p in pieces) == " echo: hello"
            assert [p.stop_reason for p in pieces] == [None, "max_tokens"]

    asyncio.run(run())
