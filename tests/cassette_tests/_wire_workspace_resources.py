"""Scenarios for memory stores, vaults, tunnels, dreams, user profiles (beta) and the legacy
text completions (GA), written to the documented wire format like those of `_wire.py`.

The beta resources exist only under their beta, so every call goes through `client.beta` and
sends the resource's beta (the scenario passes it explicitly; the default is checked by
tests/resources/test_workspace_resources.py).
"""

from __future__ import annotations

from typing import Any

from ._wire import Scenario

MEMORY = ("agent-memory-2026-07-22",)
AGENTS = ("managed-agents-2026-04-01",)
TUNNELS = ("mcp-tunnels-2026-06-22",)
DREAMS = ("dreaming-2026-04-21",)
PROFILES = ("user-profiles-2026-08-18",)

CREATED = "2026-08-01T12:00:00Z"
STORE_ID = "memstore_011CZkZAtmR3yMPDzynEDxu7"
MEMORY_ID = "mem_011CZkZAtmR3yMPDzynEDxu7"
VERSION_ID = "memver_011CZkZAtmR3yMPDzynEDxu7"
VAULT_ID = "vlt_011CZkZAtmR3yMPDzynEDxu7"
CREDENTIAL_ID = "vcrd_011CZkZAtmR3yMPDzynEDxu7"
TUNNEL_ID = "tnl_011CZkZAtmR3yMPDzynEDxu7"
CERT_ID = "tcrt_011CZkZAtmR3yMPDzynEDxu7"
DREAM_ID = "drm_011CZkZAtmR3yMPDzynEDxu7"
PROFILE_ID = "uprof_011CZkZAtmR3yMPDzynEDxu7"
NEXT = "page_MjAyNi0wOC0wMQ"
SHA = "5f8d3c0a6a1b2c4d9e7f0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f"

STORE = {
    "type": "memory_store",
    "id": STORE_ID,
    "name": "Customer notes",
    "description": "What the support agent knows about each customer.",
    "metadata": {"team": "support"},
    "created_at": CREATED,
    "updated_at": CREATED,
    "archived_at": None,
}
MEMORY_DOC = {
    "type": "memory",
    "id": MEMORY_ID,
    "memory_store_id": STORE_ID,
    "path": "/customers/acme.md",
    "content": "Prefers email; renewal due in October.",
    "content_size_bytes": 38,
    "content_sha256": SHA,
    "memory_version_id": VERSION_ID,
    "created_at": CREATED,
    "updated_at": CREATED,
}
VERSION = {
    "type": "memory_version",
    "id": VERSION_ID,
    "memory_store_id": STORE_ID,
    "memory_id": MEMORY_ID,
    "path": "/customers/acme.md",
    "operation": "created",
    "content": None,
    "content_size_bytes": 38,
    "content_sha256": SHA,
    "created_by": {"type": "api_actor", "api_key_id": "apikey_011CZkZAtmR3yMPDzynEDxu7"},
    "created_at": CREATED,
    "redacted_at": None,
    "redacted_by": None,
}
VAULT = {
    "type": "vault",
    "id": VAULT_ID,
    "display_name": "Production MCP servers",
    "metadata": {},
    "created_at": CREATED,
    "updated_at": CREATED,
    "archived_at": None,
}
CREDENTIAL = {
    "type": "vault_credential",
    "id": CREDENTIAL_ID,
    "vault_id": VAULT_ID,
    "display_name": "GitHub MCP",
    "metadata": {},
    "auth": {"type": "static_bearer", "mcp_server_url": "https://mcp.example.com/sse"},
    "created_at": CREATED,
    "updated_at": CREATED,
    "archived_at": None,
}
TUNNEL = {
    "type": "tunnel",
    "id": TUNNEL_ID,
    "domain": "tnl-011czkzatmr3.tunnels.example.com",
    "display_name": "Office network",
    "created_at": CREATED,
    "archived_at": None,
}
TOKEN = {"type": "tunnel_token", "id": "tok_011CZkZAtmR3yMPDzynEDxu7", "tunnel_token": "tt-example"}
CERT = {
    "type": "tunnel_certificate",
    "id": CERT_ID,
    "tunnel_id": TUNNEL_ID,
    "fingerprint": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
    "expires_at": "2027-08-01T00:00:00Z",
    "created_at": CREATED,
    "archived_at": None,
}
PEM = "-----BEGIN CERTIFICATE-----\nMIIBexample\n-----END CERTIFICATE-----\n"
DREAM = {
    "type": "dream",
    "id": DREAM_ID,
    "status": "running",
    "inputs": [{"type": "memory_store", "memory_store_id": STORE_ID}],
    "outputs": [],
    "model": {"id": "claude-opus-5", "speed": "standard"},
    "instructions": None,
    "session_id": "sesn_011CZkZAtmR3yMPDzynEDxu7",
    "usage": {
        "input_tokens": 0,
        "output_tokens": 0,
        "cache_read_input_tokens": 0,
        "cache_creation_input_tokens": 0,
    },
    "output_behavior": {"type": "create_new"},
    "error": None,
    "created_at": CREATED,
    "ended_at": None,
    "archived_at": None,
}
PROFILE = {
    "type": "user_profile",
    "id": PROFILE_ID,
    "external_id": "customer-4821",
    "name": "Acme Corp",
    "relationship": "resold",
    "access_type": "passthrough",
    "trust_grants": {},
    "metadata": {},
    "created_at": CREATED,
    "updated_at": CREATED,
}
COMPLETION = {
    "type": "completion",
    "id": "compl_01EKcDLJUfAw4yE2HxRkPs9J",
    "completion": " Hello! How can I help?",
    "stop_reason": "stop_sequence",
    "model": "claude-2.1",
}
PROMPT = "\n\nHuman: Hello, Claude\n\nAssistant:"


def _beta(
    name: str,
    call: tuple[str, ...],
    method: str,
    path: str,
    betas: tuple[str, ...],
    response: Any,
    model: str,
    *,
    kind: str = "model",
    posargs: tuple[Any, ...] = (),
    args: dict[str, Any] | None = None,
    body: Any = None,
    query: dict[str, str] | None = None,
) -> Scenario:
    return Scenario(
        "beta/" + name,
        call,
        kind,
        method,
        path,
        args=args or {},
        posargs=posargs,
        query=query,
        json_body=body,
        response_json=response,
        betas=betas,
        model=model,
    )


def _memory_stores() -> list[Scenario]:
    ms, store = ("memory_stores",), f"/v1/memory_stores/{STORE_ID}"
    create = {"name": "Customer notes", "metadata": {"team": "support"}}
    mem, memp = ("memory_stores", "memories"), f"{store}/memories"
    ver, verp = ("memory_stores", "memory_versions"), f"{store}/memory_versions"
    new_memory = {"path": "/customers/acme.md", "content": MEMORY_DOC["content"]}
    update = {
        "content": "Prefers phone.",
        "precondition": {"type": "content_sha256", "content_sha256": SHA},
    }
    return [
        _beta(
            "memory_stores/create",
            (*ms, "create"),
            "POST",
            "/v1/memory_stores",
            MEMORY,
            STORE,
            "ManagedAgentsMemoryStore",
            args=create,
            body=create,
        ),
        _beta(
            "memory_stores/list",
            (*ms, "list"),
            "GET",
            "/v1/memory_stores",
            MEMORY,
            {"data": [STORE], "next_page": NEXT},
            "ManagedAgentsMemoryStore",
            kind="page",
            args={"limit": 1, "include_archived": True, "created_at_gte": "2026-07-01T00:00:00Z"},
            query={
                "limit": "1",
                "include_archived": "true",
                "created_at[gte]": "2026-07-01T00:00:00Z",
            },
        ),
        _beta(
            "memory_stores/retrieve",
            (*ms, "retrieve"),
            "GET",
            store,
            MEMORY,
            STORE,
            "ManagedAgentsMemoryStore",
            posargs=(STORE_ID,),
        ),
        _beta(
            "memory_stores/update",
            (*ms, "update"),
            "POST",
            store,
            MEMORY,
            {**STORE, "description": ""},
            "ManagedAgentsMemoryStore",
            posargs=(STORE_ID,),
            args={"description": ""},
            body={"description": ""},
        ),
        _beta(
            "memory_stores/delete",
            (*ms, "delete"),
            "DELETE",
            store,
            MEMORY,
            {"type": "memory_store_deleted", "id": STORE_ID},
            "ManagedAgentsDeletedMemoryStore",
            posargs=(STORE_ID,),
        ),
        _beta(
            "memory_stores/archive",
            (*ms, "archive"),
            "POST",
            f"{store}/archive",
            MEMORY,
            {**STORE, "archived_at": "2026-08-02T09:00:00Z"},
            "ManagedAgentsMemoryStore",
            posargs=(STORE_ID,),
        ),
        _beta(
            "memory_stores/memories_create",
            (*mem, "create"),
            "POST",
            memp,
            MEMORY,
            MEMORY_DOC,
            "ManagedAgentsMemory",
            args={"memory_store_id": STORE_ID, **new_memory},
            body=new_memory,
        ),
        _beta(
            "memory_stores/memories_list",
            (*mem, "list"),
            "GET",
            memp,
            MEMORY,
            {"data": [{**MEMORY_DOC, "content": None}], "next_page": None},
            "ManagedAgentsMemory",
            kind="page",
            posargs=(STORE_ID,),
            args={"path_prefix": "/customers/", "view": "basic"},
            query={"path_prefix": "/customers/", "view": "basic"},
        ),
        _beta(
            "memory_stores/memories_retrieve",
            (*mem, "retrieve"),
            "GET",
            f"{memp}/{MEMORY_ID}",
            MEMORY,
            MEMORY_DOC,
            "ManagedAgentsMemory",
            posargs=(MEMORY_ID,),
            args={"memory_store_id": STORE_ID, "view": "full"},
            query={"view": "full"},
        ),
        _beta(
            "memory_stores/memories_update",
            (*mem, "update"),
            "POST",
            f"{memp}/{MEMORY_ID}",
            MEMORY,
            {**MEMORY_DOC, "content": "Prefers phone."},
            "ManagedAgentsMemory",
            posargs=(MEMORY_ID,),
            args={"memory_store_id": STORE_ID, **update},
            body=update,
        ),
        _beta(
            "memory_stores/memories_delete",
            (*mem, "delete"),
            "DELETE",
            f"{memp}/{MEMORY_ID}",
            MEMORY,
            {"type": "memory_deleted", "id": MEMORY_ID},
            "ManagedAgentsDeletedMemory",
            posargs=(MEMORY_ID,),
            args={"memory_store_id": STORE_ID, "expected_content_sha256": SHA},
            query={"expected_content_sha256": SHA},
        ),
        _beta(
            "memory_stores/memory_versions_list",
            (*ver, "list"),
            "GET",
            verp,
            MEMORY,
            {"data": [VERSION], "next_page": None},
            "ManagedAgentsMemoryVersion",
            kind="page",
            posargs=(STORE_ID,),
            args={"memory_id": MEMORY_ID, "operation": "created"},
            query={"memory_id": MEMORY_ID, "operation": "created"},
        ),
        _beta(
            "memory_stores/memory_versions_retrieve",
            (*ver, "retrieve"),
            "GET",
            f"{verp}/{VERSION_ID}",
            MEMORY,
            VERSION,
            "ManagedAgentsMemoryVersion",
            posargs=(VERSION_ID,),
            args={"memory_store_id": STORE_ID},
        ),
        _beta(
            "memory_stores/memory_versions_redact",
            (*ver, "redact"),
            "POST",
            f"{verp}/{VERSION_ID}/redact",
            MEMORY,
            {
                **VERSION,
                "path": None,
                "content_size_bytes": None,
                "content_sha256": None,
                "redacted_at": "2026-08-02T09:00:00Z",
                "redacted_by": {"type": "user_actor", "user_id": "user_011CZkZAtmR3yMPDzynEDxu7"},
            },
            "ManagedAgentsMemoryVersion",
            posargs=(VERSION_ID,),
            args={"memory_store_id": STORE_ID},
        ),
    ]


def _vaults() -> list[Scenario]:
    v, vault = ("vaults",), f"/v1/vaults/{VAULT_ID}"
    c, cp = ("vaults", "credentials"), f"{vault}/credentials"
    auth = {
        "type": "static_bearer",
        "mcp_server_url": "https://mcp.example.com/sse",
        "token": "t0k",
    }
    validation = {
        "type": "vault_credential_validation",
        "credential_id": CREDENTIAL_ID,
        "vault_id": VAULT_ID,
        "status": "invalid",
        "validated_at": CREATED,
        "has_refresh_token": True,
        "mcp_probe": {
            "method": "initialize",
            "http_response": {
                "status_code": 401,
                "content_type": "application/json",
                "body": '{"error":"invalid_token"}',
                "body_truncated": False,
            },
        },
        "refresh": {"status": "no_refresh_token", "http_response": None},
    }
    return [
        _beta(
            "vaults/create",
            (*v, "create"),
            "POST",
            "/v1/vaults",
            AGENTS,
            VAULT,
            "ManagedAgentsVault",
            args={"display_name": "Production MCP servers"},
            body={"display_name": "Production MCP servers"},
        ),
        _beta(
            "vaults/list",
            (*v, "list"),
            "GET",
            "/v1/vaults",
            AGENTS,
            {"data": [VAULT], "next_page": None},
            "ManagedAgentsVault",
            kind="page",
            args={"limit": 20},
            query={"limit": "20"},
        ),
        _beta(
            "vaults/retrieve",
            (*v, "retrieve"),
            "GET",
            vault,
            AGENTS,
            VAULT,
            "ManagedAgentsVault",
            posargs=(VAULT_ID,),
        ),
        _beta(
            "vaults/update",
            (*v, "update"),
            "POST",
            vault,
            AGENTS,
            {**VAULT, "metadata": {"env": "prod"}},
            "ManagedAgentsVault",
            posargs=(VAULT_ID,),
            args={"metadata": {"env": "prod"}},
            body={"metadata": {"env": "prod"}},
        ),
        _beta(
            "vaults/delete",
            (*v, "delete"),
            "DELETE",
            vault,
            AGENTS,
            {"type": "vault_deleted", "id": VAULT_ID},
            "ManagedAgentsDeletedVault",
            posargs=(VAULT_ID,),
        ),
        _beta(
            "vaults/archive",
            (*v, "archive"),
            "POST",
            f"{vault}/archive",
            AGENTS,
            {**VAULT, "archived_at": "2026-08-02T09:00:00Z"},
            "ManagedAgentsVault",
            posargs=(VAULT_ID,),
        ),
        _beta(
            "vaults/credentials_create",
            (*c, "create"),
            "POST",
            cp,
            AGENTS,
            CREDENTIAL,
            "ManagedAgentsCredential",
            posargs=(VAULT_ID,),
            args={"auth": auth, "display_name": "GitHub MCP"},
            body={"auth": auth, "display_name": "GitHub MCP"},
        ),
        _beta(
            "vaults/credentials_list",
            (*c, "list"),
            "GET",
            cp,
            AGENTS,
            {"data": [CREDENTIAL], "next_page": NEXT},
            "ManagedAgentsCredential",
            kind="page",
            posargs=(VAULT_ID,),
            args={"include_archived": False},
            query={"include_archived": "false"},
        ),
        _beta(
            "vaults/credentials_retrieve",
            (*c, "retrieve"),
            "GET",
            f"{cp}/{CREDENTIAL_ID}",
            AGENTS,
            CREDENTIAL,
            "ManagedAgentsCredential",
            posargs=(CREDENTIAL_ID,),
            args={"vault_id": VAULT_ID},
        ),
        _beta(
            "vaults/credentials_update",
            (*c, "update"),
            "POST",
            f"{cp}/{CREDENTIAL_ID}",
            AGENTS,
            CREDENTIAL,
            "ManagedAgentsCredential",
            posargs=(CREDENTIAL_ID,),
            args={"vault_id": VAULT_ID, "auth": {"type": "static_bearer", "token": "n3w"}},
            body={"auth": {"type": "static_bearer", "token": "n3w"}},
        ),
        _beta(
            "vaults/credentials_delete",
            (*c, "delete"),
            "DELETE",
            f"{cp}/{CREDENTIAL_ID}",
            AGENTS,
            {"type": "vault_credential_deleted", "id": CREDENTIAL_ID},
            "ManagedAgentsDeletedCredential",
            posargs=(CREDENTIAL_ID,),
            args={"vault_id": VAULT_ID},
        ),
        _beta(
            "vaults/credentials_archive",
            (*c, "archive"),
            "POST",
            f"{cp}/{CREDENTIAL_ID}/archive",
            AGENTS,
            {**CREDENTIAL, "archived_at": "2026-08-02T09:00:00Z"},
            "ManagedAgentsCredential",
            posargs=(CREDENTIAL_ID,),
            args={"vault_id": VAULT_ID},
        ),
        _beta(
            "vaults/credentials_mcp_oauth_validate",
            (*c, "mcp_oauth_validate"),
            "POST",
            f"{cp}/{CREDENTIAL_ID}/mcp_oauth_validate",
            AGENTS,
            validation,
            "ManagedAgentsCredentialValidation",
            posargs=(CREDENTIAL_ID,),
            args={"vault_id": VAULT_ID},
        ),
    ]


def _tunnels() -> list[Scenario]:
    t, tunnel = ("tunnels",), f"/v1/tunnels/{TUNNEL_ID}"
    c, cp = ("tunnels", "certificates"), f"{tunnel}/certificates"
    return [
        _beta(
            "tunnels/create",
            (*t, "create"),
            "POST",
            "/v1/tunnels",
            TUNNELS,
            TUNNEL,
            "Tunnel",
            args={"display_name": "Office network"},
            body={"display_name": "Office network"},
        ),
        _beta(
            "tunnels/list",
            (*t, "list"),
            "GET",
            "/v1/tunnels",
            TUNNELS,
            {"data": [TUNNEL], "next_page": None},
            "Tunnel",
            kind="page",
        ),
        _beta(
            "tunnels/retrieve",
            (*t, "retrieve"),
            "GET",
            tunnel,
            TUNNELS,
            TUNNEL,
            "Tunnel",
            posargs=(TUNNEL_ID,),
        ),
        _beta(
            "tunnels/archive",
            (*t, "archive"),
            "POST",
            f"{tunnel}/archive",
            TUNNELS,
            {**TUNNEL, "archived_at": "2026-08-02T09:00:00Z"},
            "Tunnel",
            posargs=(TUNNEL_ID,),
        ),
        _beta(
            "tunnels/reveal_token",
            (*t, "reveal_token"),
            "POST",
            f"{tunnel}/reveal_token",
            TUNNELS,
            TOKEN,
            "TunnelToken",
            posargs=(TUNNEL_ID,),
        ),
        _beta(
            "tunnels/rotate_token",
            (*t, "rotate_token"),
            "POST",
            f"{tunnel}/rotate_token",
            TUNNELS,
            {**TOKEN, "id": "tok_011CZkZAtmR3yMPDzynEDxu8"},
            "TunnelToken",
            posargs=(TUNNEL_ID,),
            args={"reason": "Quarterly rotation"},
            body={"reason": "Quarterly rotation"},
        ),
        _beta(
            "tunnels/certificates_create",
            (*c, "create"),
            "POST",
            cp,
            TUNNELS,
            CERT,
            "TunnelCertificate",
            posargs=(TUNNEL_ID,),
            args={"ca_certificate_pem": PEM},
            body={"ca_certificate_pem": PEM},
        ),
        _beta(
            "tunnels/certificates_list",
            (*c, "list"),
            "GET",
            cp,
            TUNNELS,
            {"data": [CERT], "next_page": None},
            "TunnelCertificate",
            kind="page",
            posargs=(TUNNEL_ID,),
        ),
        _beta(
            "tunnels/certificates_retrieve",
            (*c, "retrieve"),
            "GET",
            f"{cp}/{CERT_ID}",
            TUNNELS,
            CERT,
            "TunnelCertificate",
            posargs=(CERT_ID,),
            args={"tunnel_id": TUNNEL_ID},
        ),
        _beta(
            "tunnels/certificates_archive",
            (*c, "archive"),
            "POST",
            f"{cp}/{CERT_ID}/archive",
            TUNNELS,
            {**CERT, "archived_at": "2026-08-02T09:00:00Z"},
            "TunnelCertificate",
            posargs=(CERT_ID,),
            args={"tunnel_id": TUNNEL_ID},
        ),
    ]


def _dreams() -> list[Scenario]:
    d, dream = ("dreams",), f"/v1/dreams/{DREAM_ID}"
    create = {
        "inputs": [{"type": "memory_store", "memory_store_id": STORE_ID}],
        "model": "claude-opus-5",
    }
    return [
        _beta(
            "dreams/create",
            (*d, "create"),
            "POST",
            "/v1/dreams",
            DREAMS,
            {**DREAM, "status": "pending"},
            "Dream",
            args=create,
            body=create,
        ),
        _beta(
            "dreams/list",
            (*d, "list"),
            "GET",
            "/v1/dreams",
            DREAMS,
            {"data": [DREAM], "next_page": None},
            "Dream",
            kind="page",
            args={"statuses": ["running"]},
            query={"statuses[]": "running"},
        ),
        _beta(
            "dreams/retrieve",
            (*d, "retrieve"),
            "GET",
            dream,
            DREAMS,
            DREAM,
            "Dream",
            posargs=(DREAM_ID,),
        ),
        _beta(
            "dreams/cancel",
            (*d, "cancel"),
            "POST",
            f"{dream}/cancel",
            DREAMS,
            {**DREAM, "status": "canceled", "ended_at": "2026-08-01T12:05:00Z"},
            "Dream",
            posargs=(DREAM_ID,),
        ),
        _beta(
            "dreams/archive",
            (*d, "archive"),
            "POST",
            f"{dream}/archive",
            DREAMS,
            {**DREAM, "status": "canceled", "archived_at": "2026-08-02T09:00:00Z"},
            "Dream",
            posargs=(DREAM_ID,),
        ),
    ]


def _user_profiles() -> list[Scenario]:
    u, profile = ("user_profiles",), f"/v1/user_profiles/{PROFILE_ID}"
    create = {"external_id": "customer-4821", "name": "Acme Corp", "access_type": "passthrough"}
    return [
        _beta(
            "user_profiles/create",
            (*u, "create"),
            "POST",
            "/v1/user_profiles",
            PROFILES,
            PROFILE,
            "UserProfile",
            args=create,
            body=create,
        ),
        _beta(
            "user_profiles/list",
            (*u, "list"),
            "GET",
            "/v1/user_profiles",
            PROFILES,
            {"data": [PROFILE], "next_page": NEXT},
            "UserProfile",
            kind="page",
            args={"order": "desc"},
            query={"order": "desc"},
        ),
        _beta(
            "user_profiles/retrieve",
            (*u, "retrieve"),
            "GET",
            profile,
            PROFILES,
            PROFILE,
            "UserProfile",
            posargs=(PROFILE_ID,),
        ),
        _beta(
            "user_profiles/update",
            (*u, "update"),
            "POST",
            profile,
            PROFILES,
            {**PROFILE, "name": "Acme"},
            "UserProfile",
            posargs=(PROFILE_ID,),
            args={"name": "Acme"},
            body={"name": "Acme"},
        ),
        _beta(
            "user_profiles/delete",
            (*u, "delete"),
            "DELETE",
            profile,
            PROFILES,
            {"type": "user_profile_deleted", "id": PROFILE_ID},
            "DeletedUserProfile",
            posargs=(PROFILE_ID,),
        ),
        _beta(
            "user_profiles/action_urls_create",
            (*u, "action_urls", "create"),
            "POST",
            f"{profile}/action_urls",
            PROFILES,
            {
                "type": "user_profile_action_url",
                "url": "https://claude.ai/act/example",
                "expires_at": "2026-08-01T13:00:00Z",
            },
            "UserProfileActionURL",
            posargs=(PROFILE_ID,),
            args={"action": {"type": "enroll_end_user"}},
            body={"action": {"type": "enroll_end_user"}},
        ),
        _beta(
            "user_profiles/create_enrollment_url",
            (*u, "create_enrollment_url"),
            "POST",
            f"{profile}/enrollment_url",
            PROFILES,
            {
                "type": "enrollment_url",
                "url": "https://claude.ai/enroll/example",
                "expires_at": "2026-08-01T13:00:00Z",
            },
            "UserProfileEnrollmentURL",
            posargs=(PROFILE_ID,),
        ),
        *_data_controls(u, profile),
    ]


DATA_CONTROL_BETAS = ("user-profiles-2026-09-04", "google-managed-data-controls-2026-09-01")
DATA_CONTROLS = {
    "type": "google_managed_data_controls",
    "user_profile_id": PROFILE_ID,
    "bucket_label_value": "anthropic-uprof-7f3a9c",
    "cmek": {
        "type": "enabled",
        "external_key_ids": {"us": "ekey_01HQ4mT8xV2k"},
        "retired_keys": [],
        "status": {
            "us": {
                "type": "active",
                "effective_external_key_id": "ekey_01HQ4mT8xV2k",
                "validated_at": CREATED,
                "last_checked_at": CREATED,
                "error": None,
            },
            "eu": {"type": "not_configured", "effective_external_key_id": None},
        },
    },
    "storage": {
        "type": "enabled",
        "buckets": {
            "eu": {
                "bucket_name": "acme-claude-eu",
                "project_number": "123456789012",
                "project_id": None,
                "location": None,
                "kms_key_name": None,
            }
        },
        "retired_buckets": [],
        "status": {
            "eu": {
                "type": "pending",
                "effective_bucket": None,
                "failed_checks": [
                    {"check": "versioning", "message": "Object versioning is off.", "role": None}
                ],
            }
        },
    },
    "updated_at": CREATED,
}


def _data_controls(u: tuple[str, ...], profile: str) -> list[Scenario]:
    google = (*u, "providers", "google", "data_controls")
    path = f"{profile}/providers/google/data_controls"
    change = {
        "storage": {
            "type": "enabled",
            "buckets": {"eu": {"bucket_name": "acme-claude-eu", "project_number": "123456789012"}},
        }
    }
    return [
        _beta(
            "user_profiles/providers_google_data_controls_retrieve",
            (*google, "retrieve"),
            "GET",
            path,
            DATA_CONTROL_BETAS,
            DATA_CONTROLS,
            "GoogleManagedDataControls",
            posargs=(PROFILE_ID,),
        ),
        _beta(
            "user_profiles/providers_google_data_controls_update",
            (*google, "update"),
            "POST",
            path,
            DATA_CONTROL_BETAS,
            DATA_CONTROLS,
            "GoogleManagedDataControls",
            posargs=(PROFILE_ID,),
            args=change,
            body=change,
        ),
    ]


def _completions() -> list[Scenario]:
    args = {"model": "claude-2.1", "max_tokens_to_sample": 256, "prompt": PROMPT}
    stream_args = {**args, "stream": True}
    pieces = [" Hello!", " How can", " I help?"]
    events: list[tuple[str, Any]] = [("ping", {"type": "ping"})]
    for i, piece in enumerate(pieces):
        last = i == len(pieces) - 1
        events.append(
            (
                "completion",
                {
                    **COMPLETION,
                    "completion": piece,
                    "stop_reason": "stop_sequence" if last else None,
                },
            )
        )
    return [
        Scenario(
            "completions/create",
            ("completions", "create"),
            "model",
            "POST",
            "/v1/complete",
            args=args,
            json_body=args,
            response_json=COMPLETION,
            model="Completion",
        ),
        Scenario(
            "completions/create_stream",
            ("completions", "create"),
            "stream",
            "POST",
            "/v1/complete",
            args=stream_args,
            json_body=stream_args,
            sse=tuple(events),
            content_type="text/event-stream; charset=utf-8",
        ),
    ]


def scenarios() -> list[Scenario]:
    return [
        *_memory_stores(),
        *_vaults(),
        *_tunnels(),
        *_dreams(),
        *_user_profiles(),
        *_user_profiles_ga(),
        *_compliance(),
        *_completions(),
    ]


# Compliance review: beta only, with no beta header by default (the official package sends none).
CASE_ID = "rvc_011CZkZAtmR3yMPDzynEDxu7"
ORG = "6f1c0c3e-2b7d-4b8e-9a51-0d6b3f2e8c11"
CASE = {
    "type": "compliance_review_case",
    "id": CASE_ID,
    "organization_id": ORG,
    "workspace_id": None,
    "status": {"type": "open"},
    "policy_categories": ["fraud", "io"],
    "enforcement_action": {"type": "rate_limited"},
    "transcripts": [{"item_id": "msg_011CZkZAtmR3yMPDzynEDxu7", "user_profile_id": None}],
    "created_at": CREATED,
    "updated_at": CREATED,
}
ITEM = {
    "type": "compliance_review_item",
    "id": "msg_011CZkZAtmR3yMPDzynEDxu7",
    "organization_id": ORG,
    "workspace_id": None,
    "user_profile_id": PROFILE_ID,
    "actor": {"type": "user_actor", "user_id": "user_011CZkZAtmR3", "email_address": None},
    "details": {
        "type": "message",
        "model": "claude-sonnet-4-5",
        "content": {
            "type": "create_message",
            "request": {"model": "claude-sonnet-4-5", "max_tokens": 64, "messages": []},
            "response": None,
        },
        "content_unavailable_reason": None,
    },
    "read_reason": {"type": "safeguards_review"},
    "created_at": CREATED,
    "content_expires_at": "2026-09-01T12:00:00Z",
}
NOTICE = {
    "type": "compliance_review_notice",
    "id": "rvn_011CZkZAtmR3yMPDzynEDxu7",
    "organization_id": ORG,
    "case_ids": [],
    "kind": {"type": "question"},
    "message": "Which product sends these requests?",
    "respond_by": None,
    "created_at": CREATED,
}


def _compliance() -> list[Scenario]:
    review = ("compliance", "review")
    cases = "/v1/compliance/review/cases"
    respond = {
        "determination": "violation",
        "policy_categories": ["fraud"],
        "verdicts": [{"item_id": "msg_011CZkZAtmR3yMPDzynEDxu7", "determination": "violation"}],
    }
    closed = {**CASE, "status": {"type": "closed", "reason": {"type": "responded"}}}
    return [
        _beta(
            "compliance/review_cases_list",
            (*review, "cases", "list"),
            "GET",
            cases,
            (),
            {"data": [CASE], "next_page": NEXT},
            "ComplianceReviewCase",
            kind="page",
            args={"status": "open", "order_by": "updated_at"},
            query={"status": "open", "order_by": "updated_at"},
        ),
        _beta(
            "compliance/review_cases_retrieve",
            (*review, "cases", "retrieve"),
            "GET",
            f"{cases}/{CASE_ID}",
            (),
            CASE,
            "ComplianceReviewCase",
            posargs=(CASE_ID,),
        ),
        _beta(
            "compliance/review_cases_respond",
            (*review, "cases", "respond"),
            "POST",
            f"{cases}/{CASE_ID}/respond",
            (),
            closed,
            "ComplianceReviewCase",
            posargs=(CASE_ID,),
            args=respond,
            body=respond,
        ),
        _beta(
            "compliance/review_items_retrieve",
            (*review, "items", "retrieve"),
            "GET",
            f"/v1/compliance/review/items/{ITEM['id']}",
            (),
            ITEM,
            "ComplianceReviewItem",
            posargs=(ITEM["id"],),
        ),
        _beta(
            "compliance/review_notices_list",
            (*review, "notices", "list"),
            "GET",
            "/v1/compliance/review/notices",
            (),
            {"data": [NOTICE], "next_page": None},
            "ComplianceReviewNotice",
            kind="page",
        ),
    ]


# The GA form of user profiles: no beta header, the enforcement standing and programs instead of
# the beta's `external_id`, `relationship` and `trust_grants`.
GA_PROFILE = {
    "type": "user_profile",
    "id": PROFILE_ID,
    "name": "Acme Corp",
    "access_type": "application",
    "metadata": {},
    "external_user_details": {"country": "DE", "entity_type": "business"},
    "enforcement_status": "restricted",
    "enforcement_actions": [
        {
            "type": "restriction",
            "id": "enf_011CZkZAtmR3yMPDzynEDxu7",
            "reason": "unsupported_region",
            "opened_at": CREATED,
            "expires_at": None,
            "action": "verify",
        }
    ],
    "programs": {
        "cyber": {
            "status": "active",
            "tiers": {"a": {"status": "active"}, "b": {"status": "inactive"}},
            "requirements": {"data_retention": True, "human_review": False},
        },
        "efs": None,
    },
    "created_at": CREATED,
    "updated_at": CREATED,
}


def _user_profiles_ga() -> list[Scenario]:
    create = {"name": "Acme Corp", "external_user_details": {"country": "DE"}}
    return [
        Scenario(
            "user_profiles/create",
            ("user_profiles", "create"),
            "model",
            "POST",
            "/v1/user_profiles",
            args=create,
            json_body=create,
            response_json=GA_PROFILE,
            model="UserProfile",
        ),
        Scenario(
            "user_profiles/list",
            ("user_profiles", "list"),
            "page",
            "GET",
            "/v1/user_profiles",
            args={"enforcement_status": ["restricted"]},
            query={"enforcement_status[]": "restricted"},
            response_json={"data": [GA_PROFILE], "next_page": None},
            model="UserProfile",
        ),
        Scenario(
            "user_profiles/retrieve",
            ("user_profiles", "retrieve"),
            "model",
            "GET",
            f"/v1/user_profiles/{PROFILE_ID}",
            posargs=(PROFILE_ID,),
            response_json=GA_PROFILE,
            model="UserProfile",
        ),
    ]
