"""Scenarios for memory stores, vaults, tunnels, dreams, user profiles (beta) and the legacy
text completions (GA), written to the documented wire format like those of `_wire.py`.

The beta resources exist only under their beta, so every call goes through `client.beta` and
sends the resource's beta (the scenario passes it explicitly; the default is checked by
tests/resources/test_workspace_resources.py).
"""

from __future__ import annotations

from typing import Any

from ._wire import ARCHIVED_AT, Resource, Scenario, op

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
    stores = Resource(
        "memory_stores", "/v1/memory_stores", STORE_ID, STORE, "ManagedAgentsMemoryStore", MEMORY
    )
    store_id = ("memory_store_id", STORE_ID)
    memories = stores.child("memories", MEMORY_ID, MEMORY_DOC, "ManagedAgentsMemory", store_id[0])
    versions = stores.child(
        "memory_versions", VERSION_ID, VERSION, "ManagedAgentsMemoryVersion", store_id[0]
    )
    since = "2026-07-01T00:00:00Z"
    new_memory = {"path": "/customers/acme.md", "content": MEMORY_DOC["content"]}
    update = {
        "content": "Prefers phone.",
        "precondition": {"type": "content_sha256", "content_sha256": SHA},
    }
    by_path = {"path_prefix": "/customers/", "view": "basic"}
    created = {"memory_id": MEMORY_ID, "operation": "created"}
    redacted = {
        **VERSION,
        "path": None,
        "content_size_bytes": None,
        "content_sha256": None,
        "redacted_at": ARCHIVED_AT,
        "redacted_by": {"type": "user_actor", "user_id": "user_011CZkZAtmR3yMPDzynEDxu7"},
    }
    return [
        stores.create({"name": "Customer notes", "metadata": {"team": "support"}}),
        stores.list(
            next_page=NEXT,
            params={"limit": 1, "include_archived": True, "created_at_gte": since},
            query={"limit": "1", "include_archived": "true", "created_at[gte]": since},
        ),
        stores.retrieve(),
        stores.update({"description": ""}, {**STORE, "description": ""}),
        stores.delete(
            {"type": "memory_store_deleted", "id": STORE_ID}, "ManagedAgentsDeletedMemoryStore"
        ),
        stores.archived(),
        memories.create(new_memory, posargs=(), params=dict([store_id])),
        memories.list({**MEMORY_DOC, "content": None}, params=by_path, query=by_path),
        memories.retrieve(params={"view": "full"}, query={"view": "full"}),
        memories.update(update, {**MEMORY_DOC, "content": "Prefers phone."}),
        memories.delete(
            {"type": "memory_deleted", "id": MEMORY_ID},
            "ManagedAgentsDeletedMemory",
            params={"expected_content_sha256": SHA},
            query={"expected_content_sha256": SHA},
        ),
        versions.list(params=created, query=created),
        versions.retrieve(),
        versions.action("redact", redacted),
    ]


def _vaults() -> list[Scenario]:
    vaults = Resource("vaults", "/v1/vaults", VAULT_ID, VAULT, "ManagedAgentsVault", AGENTS)
    credentials = vaults.child(
        "credentials", CREDENTIAL_ID, CREDENTIAL, "ManagedAgentsCredential", "vault_id"
    )
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
        vaults.create({"display_name": "Production MCP servers"}),
        vaults.list(params={"limit": 20}, query={"limit": "20"}),
        vaults.retrieve(),
        vaults.update({"metadata": {"env": "prod"}}, {**VAULT, "metadata": {"env": "prod"}}),
        vaults.delete({"type": "vault_deleted", "id": VAULT_ID}, "ManagedAgentsDeletedVault"),
        vaults.archived(),
        credentials.create({"auth": auth, "display_name": "GitHub MCP"}),
        credentials.list(
            next_page=NEXT, params={"include_archived": False}, query={"include_archived": "false"}
        ),
        credentials.retrieve(),
        credentials.update({"auth": {"type": "static_bearer", "token": "n3w"}}),
        credentials.delete(
            {"type": "vault_credential_deleted", "id": CREDENTIAL_ID},
            "ManagedAgentsDeletedCredential",
        ),
        credentials.archived(),
        credentials.action(
            "mcp_oauth_validate", validation, model="ManagedAgentsCredentialValidation"
        ),
    ]


def _tunnels() -> list[Scenario]:
    tunnels = Resource("tunnels", "/v1/tunnels", TUNNEL_ID, TUNNEL, "Tunnel", TUNNELS)
    certificates = tunnels.child("certificates", CERT_ID, CERT, "TunnelCertificate", "tunnel_id")
    rotated = {**TOKEN, "id": "tok_011CZkZAtmR3yMPDzynEDxu8"}
    return [
        tunnels.create({"display_name": "Office network"}),
        tunnels.list(),
        tunnels.retrieve(),
        tunnels.archived(),
        tunnels.action("reveal_token", TOKEN, model="TunnelToken"),
        tunnels.action(
            "rotate_token", rotated, model="TunnelToken", body={"reason": "Quarterly rotation"}
        ),
        certificates.create({"ca_certificate_pem": PEM}),
        certificates.list(),
        certificates.retrieve(),
        certificates.archived(),
    ]


def _dreams() -> list[Scenario]:
    dreams = Resource("dreams", "/v1/dreams", DREAM_ID, DREAM, "Dream", DREAMS)
    create = {
        "inputs": [{"type": "memory_store", "memory_store_id": STORE_ID}],
        "model": "claude-opus-5",
    }
    canceled = {**DREAM, "status": "canceled"}
    return [
        dreams.create(create, {**DREAM, "status": "pending"}),
        dreams.list(params={"statuses": ["running"]}, query={"statuses[]": "running"}),
        dreams.retrieve(),
        dreams.action("cancel", {**canceled, "ended_at": "2026-08-01T12:05:00Z"}),
        dreams.action("archive", {**canceled, "archived_at": ARCHIVED_AT}),
    ]


def _user_profiles() -> list[Scenario]:
    profiles = Resource(
        "user_profiles", "/v1/user_profiles", PROFILE_ID, PROFILE, "UserProfile", PROFILES
    )
    create = {"external_id": "customer-4821", "name": "Acme Corp", "access_type": "passthrough"}
    link = {"url": "https://claude.ai/act/example", "expires_at": "2026-08-01T13:00:00Z"}
    enrollment = {**link, "url": "https://claude.ai/enroll/example"}
    return [
        profiles.create(create),
        profiles.list(next_page=NEXT, params={"order": "desc"}, query={"order": "desc"}),
        profiles.retrieve(),
        profiles.update({"name": "Acme"}, {**PROFILE, "name": "Acme"}),
        profiles.delete({"type": "user_profile_deleted", "id": PROFILE_ID}, "DeletedUserProfile"),
        profiles.item_op(
            "action_urls.create",
            "POST",
            {"type": "user_profile_action_url", **link},
            model="UserProfileActionURL",
            suffix="/action_urls",
            body={"action": {"type": "enroll_end_user"}},
        ),
        profiles.item_op(
            "create_enrollment_url",
            "POST",
            {"type": "enrollment_url", **enrollment},
            model="UserProfileEnrollmentURL",
            suffix="/enrollment_url",
        ),
        *_data_controls(),
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


def _data_controls() -> list[Scenario]:
    controls = Resource(
        "user_profiles.providers.google.data_controls",
        f"/v1/user_profiles/{PROFILE_ID}/providers/google/data_controls",
        PROFILE_ID,
        DATA_CONTROLS,
        "GoogleManagedDataControls",
        DATA_CONTROL_BETAS,
    )
    bucket = {"bucket_name": "acme-claude-eu", "project_number": "123456789012"}
    change = {"storage": {"type": "enabled", "buckets": {"eu": bucket}}}
    return [
        controls.collection("retrieve", "GET", DATA_CONTROLS, posargs=(PROFILE_ID,)),
        controls.collection("update", "POST", DATA_CONTROLS, posargs=(PROFILE_ID,), body=change),
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
    review, path = "compliance.review", "/v1/compliance/review"
    cases = Resource(f"{review}.cases", f"{path}/cases", CASE_ID, CASE, "ComplianceReviewCase", ())
    items = Resource(
        f"{review}.items", f"{path}/items", ITEM["id"], ITEM, "ComplianceReviewItem", ()
    )
    notices = Resource(
        f"{review}.notices", f"{path}/notices", "", NOTICE, "ComplianceReviewNotice", ()
    )
    respond = {
        "determination": "violation",
        "policy_categories": ["fraud"],
        "verdicts": [{"item_id": "msg_011CZkZAtmR3yMPDzynEDxu7", "determination": "violation"}],
    }
    closed = {**CASE, "status": {"type": "closed", "reason": {"type": "responded"}}}
    open_cases = {"status": "open", "order_by": "updated_at"}
    return [
        cases.list(next_page=NEXT, params=open_cases, query=open_cases),
        cases.retrieve(),
        cases.action("respond", closed, body=respond),
        items.retrieve(),
        notices.list(),
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
