"""Scenarios for memory stores, vaults, tunnels, dreams, user profiles (beta) and the legacy
text completions (GA), written to the documented wire format like those of `_wire.py`.

The beta resources exist only under their beta, so every call goes through `client.beta` and
sends the resource's beta (the scenario passes it explicitly; the default is checked by
tests/resources/test_workspace_resources.py).
"""

from __future__ import annotations

from functools import partial
from typing import Any

from ._wire import Scenario, op

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


def _memory_stores() -> list[Scenario]:
    beta = partial(op, betas=MEMORY)
    store = f"/v1/memory_stores/{STORE_ID}"
    create = {"name": "Customer notes", "metadata": {"team": "support"}}
    memp = f"{store}/memories"
    verp = f"{store}/memory_versions"
    new_memory = {"path": "/customers/acme.md", "content": MEMORY_DOC["content"]}
    update = {
        "content": "Prefers phone.",
        "precondition": {"type": "content_sha256", "content_sha256": SHA},
    }
    return [
        beta(
            "memory_stores.create",
            "POST /v1/memory_stores",
            STORE,
            "ManagedAgentsMemoryStore",
            body=create,
        ),
        beta(
            "memory_stores.list",
            "GET /v1/memory_stores",
            {"data": [STORE], "next_page": NEXT},
            "ManagedAgentsMemoryStore",
            params={"limit": 1, "include_archived": True, "created_at_gte": "2026-07-01T00:00:00Z"},
            query={
                "limit": "1",
                "include_archived": "true",
                "created_at[gte]": "2026-07-01T00:00:00Z",
            },
        ),
        beta(
            "memory_stores.retrieve",
            f"GET {store}",
            STORE,
            "ManagedAgentsMemoryStore",
            STORE_ID,
        ),
        beta(
            "memory_stores.update",
            f"POST {store}",
            {**STORE, "description": ""},
            "ManagedAgentsMemoryStore",
            STORE_ID,
            body={"description": ""},
        ),
        beta(
            "memory_stores.delete",
            f"DELETE {store}",
            {"type": "memory_store_deleted", "id": STORE_ID},
            "ManagedAgentsDeletedMemoryStore",
            STORE_ID,
        ),
        beta(
            "memory_stores.archive",
            f"POST {store}/archive",
            {**STORE, "archived_at": "2026-08-02T09:00:00Z"},
            "ManagedAgentsMemoryStore",
            STORE_ID,
        ),
        beta(
            "memory_stores.memories.create",
            f"POST {memp}",
            MEMORY_DOC,
            "ManagedAgentsMemory",
            params={"memory_store_id": STORE_ID},
            body=new_memory,
        ),
        beta(
            "memory_stores.memories.list",
            f"GET {memp}",
            {"data": [{**MEMORY_DOC, "content": None}], "next_page": None},
            "ManagedAgentsMemory",
            STORE_ID,
            params={"path_prefix": "/customers/", "view": "basic"},
            query={"path_prefix": "/customers/", "view": "basic"},
        ),
        beta(
            "memory_stores.memories.retrieve",
            f"GET {memp}/{MEMORY_ID}",
            MEMORY_DOC,
            "ManagedAgentsMemory",
            MEMORY_ID,
            params={"memory_store_id": STORE_ID, "view": "full"},
            query={"view": "full"},
        ),
        beta(
            "memory_stores.memories.update",
            f"POST {memp}/{MEMORY_ID}",
            {**MEMORY_DOC, "content": "Prefers phone."},
            "ManagedAgentsMemory",
            MEMORY_ID,
            params={"memory_store_id": STORE_ID},
            body=update,
        ),
        beta(
            "memory_stores.memories.delete",
            f"DELETE {memp}/{MEMORY_ID}",
            {"type": "memory_deleted", "id": MEMORY_ID},
            "ManagedAgentsDeletedMemory",
            MEMORY_ID,
            params={"memory_store_id": STORE_ID, "expected_content_sha256": SHA},
            query={"expected_content_sha256": SHA},
        ),
        beta(
            "memory_stores.memory_versions.list",
            f"GET {verp}",
            {"data": [VERSION], "next_page": None},
            "ManagedAgentsMemoryVersion",
            STORE_ID,
            params={"memory_id": MEMORY_ID, "operation": "created"},
            query={"memory_id": MEMORY_ID, "operation": "created"},
        ),
        beta(
            "memory_stores.memory_versions.retrieve",
            f"GET {verp}/{VERSION_ID}",
            VERSION,
            "ManagedAgentsMemoryVersion",
            VERSION_ID,
            params={"memory_store_id": STORE_ID},
        ),
        beta(
            "memory_stores.memory_versions.redact",
            f"POST {verp}/{VERSION_ID}/redact",
            {
                **VERSION,
                "path": None,
                "content_size_bytes": None,
                "content_sha256": None,
                "redacted_at": "2026-08-02T09:00:00Z",
                "redacted_by": {"type": "user_actor", "user_id": "user_011CZkZAtmR3yMPDzynEDxu7"},
            },
            "ManagedAgentsMemoryVersion",
            VERSION_ID,
            params={"memory_store_id": STORE_ID},
        ),
    ]


def _vaults() -> list[Scenario]:
    beta = partial(op, betas=AGENTS)
    vault = f"/v1/vaults/{VAULT_ID}"
    cp = f"{vault}/credentials"
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
        beta(
            "vaults.create",
            "POST /v1/vaults",
            VAULT,
            "ManagedAgentsVault",
            body={"display_name": "Production MCP servers"},
        ),
        beta(
            "vaults.list",
            "GET /v1/vaults",
            {"data": [VAULT], "next_page": None},
            "ManagedAgentsVault",
            params={"limit": 20},
            query={"limit": "20"},
        ),
        beta("vaults.retrieve", f"GET {vault}", VAULT, "ManagedAgentsVault", VAULT_ID),
        beta(
            "vaults.update",
            f"POST {vault}",
            {**VAULT, "metadata": {"env": "prod"}},
            "ManagedAgentsVault",
            VAULT_ID,
            body={"metadata": {"env": "prod"}},
        ),
        beta(
            "vaults.delete",
            f"DELETE {vault}",
            {"type": "vault_deleted", "id": VAULT_ID},
            "ManagedAgentsDeletedVault",
            VAULT_ID,
        ),
        beta(
            "vaults.archive",
            f"POST {vault}/archive",
            {**VAULT, "archived_at": "2026-08-02T09:00:00Z"},
            "ManagedAgentsVault",
            VAULT_ID,
        ),
        beta(
            "vaults.credentials.create",
            f"POST {cp}",
            CREDENTIAL,
            "ManagedAgentsCredential",
            VAULT_ID,
            body={"auth": auth, "display_name": "GitHub MCP"},
        ),
        beta(
            "vaults.credentials.list",
            f"GET {cp}",
            {"data": [CREDENTIAL], "next_page": NEXT},
            "ManagedAgentsCredential",
            VAULT_ID,
            params={"include_archived": False},
            query={"include_archived": "false"},
        ),
        beta(
            "vaults.credentials.retrieve",
            f"GET {cp}/{CREDENTIAL_ID}",
            CREDENTIAL,
            "ManagedAgentsCredential",
            CREDENTIAL_ID,
            params={"vault_id": VAULT_ID},
        ),
        beta(
            "vaults.credentials.update",
            f"POST {cp}/{CREDENTIAL_ID}",
            CREDENTIAL,
            "ManagedAgentsCredential",
            CREDENTIAL_ID,
            params={"vault_id": VAULT_ID},
            body={"auth": {"type": "static_bearer", "token": "n3w"}},
        ),
        beta(
            "vaults.credentials.delete",
            f"DELETE {cp}/{CREDENTIAL_ID}",
            {"type": "vault_credential_deleted", "id": CREDENTIAL_ID},
            "ManagedAgentsDeletedCredential",
            CREDENTIAL_ID,
            params={"vault_id": VAULT_ID},
        ),
        beta(
            "vaults.credentials.archive",
            f"POST {cp}/{CREDENTIAL_ID}/archive",
            {**CREDENTIAL, "archived_at": "2026-08-02T09:00:00Z"},
            "ManagedAgentsCredential",
            CREDENTIAL_ID,
            params={"vault_id": VAULT_ID},
        ),
        beta(
            "vaults.credentials.mcp_oauth_validate",
            f"POST {cp}/{CREDENTIAL_ID}/mcp_oauth_validate",
            validation,
            "ManagedAgentsCredentialValidation",
            CREDENTIAL_ID,
            params={"vault_id": VAULT_ID},
        ),
    ]


def _tunnels() -> list[Scenario]:
    beta = partial(op, betas=TUNNELS)
    tunnel = f"/v1/tunnels/{TUNNEL_ID}"
    cp = f"{tunnel}/certificates"
    return [
        beta(
            "tunnels.create",
            "POST /v1/tunnels",
            TUNNEL,
            "Tunnel",
            body={"display_name": "Office network"},
        ),
        beta(
            "tunnels.list",
            "GET /v1/tunnels",
            {"data": [TUNNEL], "next_page": None},
            "Tunnel",
        ),
        beta("tunnels.retrieve", f"GET {tunnel}", TUNNEL, "Tunnel", TUNNEL_ID),
        beta(
            "tunnels.archive",
            f"POST {tunnel}/archive",
            {**TUNNEL, "archived_at": "2026-08-02T09:00:00Z"},
            "Tunnel",
            TUNNEL_ID,
        ),
        beta(
            "tunnels.reveal_token",
            f"POST {tunnel}/reveal_token",
            TOKEN,
            "TunnelToken",
            TUNNEL_ID,
        ),
        beta(
            "tunnels.rotate_token",
            f"POST {tunnel}/rotate_token",
            {**TOKEN, "id": "tok_011CZkZAtmR3yMPDzynEDxu8"},
            "TunnelToken",
            TUNNEL_ID,
            body={"reason": "Quarterly rotation"},
        ),
        beta(
            "tunnels.certificates.create",
            f"POST {cp}",
            CERT,
            "TunnelCertificate",
            TUNNEL_ID,
            body={"ca_certificate_pem": PEM},
        ),
        beta(
            "tunnels.certificates.list",
            f"GET {cp}",
            {"data": [CERT], "next_page": None},
            "TunnelCertificate",
            TUNNEL_ID,
        ),
        beta(
            "tunnels.certificates.retrieve",
            f"GET {cp}/{CERT_ID}",
            CERT,
            "TunnelCertificate",
            CERT_ID,
            params={"tunnel_id": TUNNEL_ID},
        ),
        beta(
            "tunnels.certificates.archive",
            f"POST {cp}/{CERT_ID}/archive",
            {**CERT, "archived_at": "2026-08-02T09:00:00Z"},
            "TunnelCertificate",
            CERT_ID,
            params={"tunnel_id": TUNNEL_ID},
        ),
    ]


def _dreams() -> list[Scenario]:
    beta = partial(op, betas=DREAMS)
    dream = f"/v1/dreams/{DREAM_ID}"
    create = {
        "inputs": [{"type": "memory_store", "memory_store_id": STORE_ID}],
        "model": "claude-opus-5",
    }
    return [
        beta(
            "dreams.create",
            "POST /v1/dreams",
            {**DREAM, "status": "pending"},
            "Dream",
            body=create,
        ),
        beta(
            "dreams.list",
            "GET /v1/dreams",
            {"data": [DREAM], "next_page": None},
            "Dream",
            params={"statuses": ["running"]},
            query={"statuses[]": "running"},
        ),
        beta("dreams.retrieve", f"GET {dream}", DREAM, "Dream", DREAM_ID),
        beta(
            "dreams.cancel",
            f"POST {dream}/cancel",
            {**DREAM, "status": "canceled", "ended_at": "2026-08-01T12:05:00Z"},
            "Dream",
            DREAM_ID,
        ),
        beta(
            "dreams.archive",
            f"POST {dream}/archive",
            {**DREAM, "status": "canceled", "archived_at": "2026-08-02T09:00:00Z"},
            "Dream",
            DREAM_ID,
        ),
    ]


def _user_profiles() -> list[Scenario]:
    beta = partial(op, betas=PROFILES)
    profile = f"/v1/user_profiles/{PROFILE_ID}"
    create = {"external_id": "customer-4821", "name": "Acme Corp", "access_type": "passthrough"}
    return [
        beta(
            "user_profiles.create",
            "POST /v1/user_profiles",
            PROFILE,
            "UserProfile",
            body=create,
        ),
        beta(
            "user_profiles.list",
            "GET /v1/user_profiles",
            {"data": [PROFILE], "next_page": NEXT},
            "UserProfile",
            params={"order": "desc"},
            query={"order": "desc"},
        ),
        beta(
            "user_profiles.retrieve",
            f"GET {profile}",
            PROFILE,
            "UserProfile",
            PROFILE_ID,
        ),
        beta(
            "user_profiles.update",
            f"POST {profile}",
            {**PROFILE, "name": "Acme"},
            "UserProfile",
            PROFILE_ID,
            body={"name": "Acme"},
        ),
        beta(
            "user_profiles.delete",
            f"DELETE {profile}",
            {"type": "user_profile_deleted", "id": PROFILE_ID},
            "DeletedUserProfile",
            PROFILE_ID,
        ),
        beta(
            "user_profiles.action_urls.create",
            f"POST {profile}/action_urls",
            {
                "type": "user_profile_action_url",
                "url": "https://claude.ai/act/example",
                "expires_at": "2026-08-01T13:00:00Z",
            },
            "UserProfileActionURL",
            PROFILE_ID,
            body={"action": {"type": "enroll_end_user"}},
        ),
        beta(
            "user_profiles.create_enrollment_url",
            f"POST {profile}/enrollment_url",
            {
                "type": "enrollment_url",
                "url": "https://claude.ai/enroll/example",
                "expires_at": "2026-08-01T13:00:00Z",
            },
            "UserProfileEnrollmentURL",
            PROFILE_ID,
        ),
        *_data_controls(profile),
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


def _data_controls(profile: str) -> list[Scenario]:
    beta = partial(op, betas=DATA_CONTROL_BETAS)
    path = f"{profile}/providers/google/data_controls"
    change = {
        "storage": {
            "type": "enabled",
            "buckets": {"eu": {"bucket_name": "acme-claude-eu", "project_number": "123456789012"}},
        }
    }
    return [
        beta(
            "user_profiles.providers.google.data_controls.retrieve",
            f"GET {path}",
            DATA_CONTROLS,
            "GoogleManagedDataControls",
            PROFILE_ID,
        ),
        beta(
            "user_profiles.providers.google.data_controls.update",
            f"POST {path}",
            DATA_CONTROLS,
            "GoogleManagedDataControls",
            PROFILE_ID,
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
        op("completions.create", "POST /v1/complete", COMPLETION, "Completion", body=args),
        op(
            "completions.create",
            "POST /v1/complete",
            name="completions/create_stream",
            body=stream_args,
            kind="stream",
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
    beta = partial(op, betas=())
    cases = "/v1/compliance/review/cases"
    respond = {
        "determination": "violation",
        "policy_categories": ["fraud"],
        "verdicts": [{"item_id": "msg_011CZkZAtmR3yMPDzynEDxu7", "determination": "violation"}],
    }
    closed = {**CASE, "status": {"type": "closed", "reason": {"type": "responded"}}}
    return [
        beta(
            "compliance.review.cases.list",
            f"GET {cases}",
            {"data": [CASE], "next_page": NEXT},
            "ComplianceReviewCase",
            params={"status": "open", "order_by": "updated_at"},
            query={"status": "open", "order_by": "updated_at"},
        ),
        beta(
            "compliance.review.cases.retrieve",
            f"GET {cases}/{CASE_ID}",
            CASE,
            "ComplianceReviewCase",
            CASE_ID,
        ),
        beta(
            "compliance.review.cases.respond",
            f"POST {cases}/{CASE_ID}/respond",
            closed,
            "ComplianceReviewCase",
            CASE_ID,
            body=respond,
        ),
        beta(
            "compliance.review.items.retrieve",
            f"GET /v1/compliance/review/items/{ITEM['id']}",
            ITEM,
            "ComplianceReviewItem",
            ITEM["id"],
        ),
        beta(
            "compliance.review.notices.list",
            "GET /v1/compliance/review/notices",
            {"data": [NOTICE], "next_page": None},
            "ComplianceReviewNotice",
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
        op(
            "user_profiles.create", "POST /v1/user_profiles", GA_PROFILE, "UserProfile", body=create
        ),
        op(
            "user_profiles.list",
            "GET /v1/user_profiles",
            {"data": [GA_PROFILE], "next_page": None},
            "UserProfile",
            params={"enforcement_status": ["restricted"]},
            query={"enforcement_status[]": "restricted"},
        ),
        op(
            "user_profiles.retrieve",
            f"GET /v1/user_profiles/{PROFILE_ID}",
            GA_PROFILE,
            "UserProfile",
            PROFILE_ID,
        ),
    ]
