"""Memory stores, vaults, tunnels, dreams and user profiles: what plain CRUD (`_crud`) cannot say.

- Memories carry the SHA-256 and size of their content and a head version; every create, update
  and delete appends a `memory_version` (newest first in listings). `view=basic` (the listing
  default) leaves `content` null. A path is unique within its store (409 otherwise), and a
  `content_sha256` precondition that no longer holds is refused with 409. Redacting a version
  clears its content and path. Deleting a store deletes its memories and versions.
- Credentials never return their secrets (tokens, secret values, client secrets).
- Tunnels have a connector token that `reveal_token` shows and `rotate_token` replaces;
  certificates get the SHA-256 fingerprint of their DER bytes.
- Dreams start `pending`; `cancel` ends a pending or running dream (409 once it has ended).
- User profiles hand out enrollment and action URLs that expire an hour later.

Conflicts are answered with status 409 and an `invalid_request_error` body.
"""

from __future__ import annotations

import base64
import binascii
import copy
import datetime as _dt
import hashlib
from typing import Any

from . import _crud
from ._protocol import APIFailure, Call, Handler, Reply

__all__ = ["ROUTES"]

STORES = "/v1/memory_stores"
MEMORIES = "/v1/memory_stores/{memory_store_id}/memories"
VERSIONS = "/v1/memory_stores/{memory_store_id}/memory_versions"
TOKENS = "/v1/tunnels#tokens"  # connector tokens, by tunnel id (not an API collection)
SECRET_KEYS = {"token", "secret_value", "access_token", "refresh_token", "client_secret"}


def _op(call: Call, operation_id: str) -> Any:
    return call.document.by_id[operation_id]


# --- memories ----------------------------------------------------------------------------------


def _store_of(call: Call) -> dict[str, Any]:
    return _crud.find(call.state, STORES, call.params["memory_store_id"], "memory_store")


def _digest(content: str) -> tuple[str, int]:
    data = content.encode("utf-8")
    return hashlib.sha256(data).hexdigest(), len(data)


def _viewed(obj: dict[str, Any], view: Any, default: str) -> dict[str, Any]:
    if (view or default) == "full":
        return obj
    return {**obj, "content": None}


def _record_version(call: Call, memory: dict[str, Any], operation: str) -> dict[str, Any]:
    store_id = memory["memory_store_id"]
    version = {
        "type": "memory_version",
        "id": call.state.next_id("memver"),
        "memory_store_id": store_id,
        "memory_id": memory["id"],
        "path": memory["path"],
        "operation": operation,
        "content": None if operation == "deleted" else memory.get("content"),
        "content_size_bytes": None if operation == "deleted" else memory["content_size_bytes"],
        "content_sha256": None if operation == "deleted" else memory["content_sha256"],
        "created_by": {"type": "api_actor", "api_key_id": "apikey_local"},
        "created_at": call.state.timestamp(),
        "redacted_at": None,
        "redacted_by": None,
    }
    _crud.store(call.state, VERSIONS, {"memory_store_id": store_id}, version)
    return version


def _check_path_free(call: Call, store_id: str, path: str, memory_id: str | None = None) -> None:
    for other in _crud.items(call.state, MEMORIES, {"memory_store_id": store_id}):
        if other["path"] == path and other["id"] != memory_id:
            raise APIFailure(409, "invalid_request_error", f"a memory already exists at {path!r}")


def memories_create(call: Call) -> Reply:
    store = _store_of(call)
    if store.get("archived_at"):
        raise APIFailure(409, "invalid_request_error", "the memory store is archived (read-only)")
    body = dict(call.body or {})
    _check_path_free(call, store["id"], str(body.get("path", "")))
    sha, size = _digest(str(body.get("content", "")))
    given = {**body, "content_sha256": sha, "content_size_bytes": size, "memory_version_id": "-"}
    memory = _crud.create(call, _op(call, "memory_stores_memories_create"), given)
    memory["memory_version_id"] = _record_version(call, memory, "created")["id"]
    return Reply(body=_viewed(memory, call.query.get("view"), "full"))


def _in_store(call: Call, collection: str, param: str) -> dict[str, Any]:
    """The object `param` names in the memory store the path names (404 for either)."""
    _store_of(call)
    return _crud.find(call.state, collection, call.params[param], param.removesuffix("_id"))


def _memory(call: Call) -> dict[str, Any]:
    return _in_store(call, MEMORIES, "memory_id")


def _retrieve_in_store(collection: str, param: str) -> Handler:
    def retrieve(call: Call) -> Reply:
        found = _in_store(call, collection, param)
        return Reply(body=_viewed(found, call.query.get("view"), "full"))

    return retrieve


def memories_list(call: Call) -> Reply:
    _store_of(call)
    prefix = call.query.get("path_prefix") or "/"
    depth = int(call.query.get("depth") or 0)
    kept: list[dict[str, Any]] = []
    prefixes: set[str] = set()
    for memory in _crud.items(
        call.state, MEMORIES, {"memory_store_id": call.params["memory_store_id"]}
    ):
        path = memory["path"]
        if not path.startswith(prefix):
            continue
        below = path[len(prefix) :].split("/")
        if depth and len(below) > depth:
            rolled = prefix + "/".join(below[:depth]) + "/"
            if rolled not in prefixes:
                prefixes.add(rolled)
                kept.append({"type": "memory_prefix", "path": rolled})
            continue
        kept.append(_viewed(memory, call.query.get("view"), "basic"))
    query = {k: v for k, v in call.query.items() if k in ("limit", "page")}
    page_call = copy.copy(call)
    page_call.query = query
    return Reply(body=_crud.list_page(page_call, _op(call, "memory_stores_memories_list"), kept))


def _precondition(memory: dict[str, Any], expected: Any) -> None:
    if expected is not None and expected != memory["content_sha256"]:
        raise APIFailure(
            409, "invalid_request_error", "the memory's content changed (content_sha256)"
        )


def memories_update(call: Call) -> Reply:
    memory = _memory(call)
    body = dict(call.body or {})
    precondition = body.pop("precondition", None) or {}
    _precondition(memory, precondition.get("content_sha256"))
    if body.get("path") is not None:
        _check_path_free(call, memory["memory_store_id"], body["path"], memory["id"])
    changes = {k: v for k, v in body.items() if v is not None}
    if "content" in changes:
        changes["content_sha256"], changes["content_size_bytes"] = _digest(changes["content"])
    _crud.update(call, memory, changes, _op(call, "memory_stores_memories_update"))
    memory["memory_version_id"] = _record_version(call, memory, "modified")["id"]
    return Reply(body=_viewed(memory, call.query.get("view"), "full"))


def memories_delete(call: Call) -> Reply:
    memory = _memory(call)
    _precondition(memory, call.query.get("expected_content_sha256"))
    _record_version(call, memory, "deleted")
    _crud.remove(call.state, MEMORIES, memory["id"], "memory")
    return Reply(body={"type": "memory_deleted", "id": memory["id"]})


def memory_versions_list(call: Call) -> Reply:
    _store_of(call)
    versions = _crud.items(
        call.state, VERSIONS, {"memory_store_id": call.params["memory_store_id"]}
    )
    view = call.query.get("view")
    newest_first = [_viewed(v, view, "basic") for v in reversed(versions)]
    operation = _op(call, "memory_stores_memory_versions_list")
    return Reply(body=_crud.list_page(call, operation, newest_first))


def memory_versions_redact(call: Call) -> Reply:
    version = _crud.modify(
        call.state,
        _in_store(call, VERSIONS, "memory_version_id"),
        path=None,
        content=None,
        content_size_bytes=None,
        content_sha256=None,
        redacted_at=call.state.timestamp(),
        redacted_by={"type": "api_actor", "api_key_id": "apikey_local"},
    )
    return Reply(body=version)


def memory_stores_delete(call: Call) -> Reply:
    reply = _crud.answer(call)
    store_id = call.params["memory_store_id"]
    with call.state.changed:
        for collection in (MEMORIES, VERSIONS):
            records = call.state.records.get(collection, {})
            for key in [
                k for k, r in records.items() if r["parents"].get("memory_store_id") == store_id
            ]:
                del records[key]
    return reply


# --- vault credentials -------------------------------------------------------------------------


def _without_secrets(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _without_secrets(v) for k, v in value.items() if k not in SECRET_KEYS}
    if isinstance(value, list):
        return [_without_secrets(v) for v in value]
    return value


def credentials_create(call: Call) -> Reply:
    _crud.find(call.state, "/v1/vaults", call.params["vault_id"], "vault")
    body = _without_secrets(dict(call.body or {}))
    return Reply(body=_crud.create(call, _op(call, "vaults_credentials_create"), body))


def credentials_update(call: Call) -> Reply:
    collection = "/v1/vaults/{vault_id}/credentials"
    credential = _crud.find(call.state, collection, call.params["credential_id"], "credential")
    changes = _without_secrets(dict(call.body or {}))
    if isinstance(changes.get("auth"), dict) and isinstance(credential.get("auth"), dict):
        changes["auth"] = {**credential["auth"], **changes["auth"]}
    _crud.update(call, credential, changes, _op(call, "vaults_credentials_update"))
    return Reply(body=credential)


def credentials_mcp_oauth_validate(call: Call) -> Reply:
    collection = "/v1/vaults/{vault_id}/credentials"
    credential = _crud.find(call.state, collection, call.params["credential_id"], "credential")
    auth = credential.get("auth") or {}
    if auth.get("type") != "mcp_oauth":
        raise APIFailure(
            400, "invalid_request_error", "only mcp_oauth credentials can be validated"
        )
    return Reply(
        body={
            "type": "vault_credential_validation",
            "credential_id": credential["id"],
            "vault_id": credential["vault_id"],
            "status": "valid",
            "validated_at": call.state.timestamp(),
            "has_refresh_token": bool(auth.get("refresh")),
            "mcp_probe": None,
            "refresh": None,
        }
    )


# --- tunnels -----------------------------------------------------------------------------------


def _new_token(call: Call, tunnel_id: str) -> dict[str, Any]:
    token = {
        "type": "tunnel_token",
        "id": call.state.next_id("tok"),
        "tunnel_token": "tt_" + hashlib.sha256(call.state.next_id("secret").encode()).hexdigest(),
    }
    _crud.store(call.state, TOKENS, {}, token, key=tunnel_id)
    return token


def tunnels_create(call: Call) -> Reply:
    tunnel = _crud.create(call, _op(call, "tunnels_create"), {**(call.body or {}), "domain": "-"})
    tunnel["domain"] = tunnel["id"].replace("_", "-") + ".tunnels.localhost"
    _new_token(call, tunnel["id"])
    return Reply(body=tunnel)


def tunnels_reveal_token(call: Call) -> Reply:
    tunnel_id = call.params["tunnel_id"]
    _crud.find(call.state, "/v1/tunnels", tunnel_id, "tunnel")
    return Reply(body=_crud.find(call.state, TOKENS, tunnel_id, "tunnel token"))


def tunnels_rotate_token(call: Call) -> Reply:
    tunnel_id = call.params["tunnel_id"]
    _crud.find(call.state, "/v1/tunnels", tunnel_id, "tunnel")
    return Reply(body=_new_token(call, tunnel_id))


def certificates_create(call: Call) -> Reply:
    pem = str((call.body or {}).get("ca_certificate_pem", ""))
    lines = [line for line in pem.strip().splitlines() if line and not line.startswith("-----")]
    try:
        der = base64.b64decode("".join(lines), validate=True)
    except (binascii.Error, ValueError):
        raise APIFailure(400, "invalid_request_error", "ca_certificate_pem is not PEM") from None
    given = {"fingerprint": hashlib.sha256(der).hexdigest(), "expires_at": None}
    operation = _op(call, "tunnels_certificates_create")
    return Reply(body=_crud.create(call, operation, given))


# --- dreams and user profiles ------------------------------------------------------------------


def dreams_create(call: Call) -> Reply:
    body = dict(call.body or {})
    body.setdefault("output_behavior", {"type": "create_new"})
    given = {**body, "status": "pending", "outputs": [], "ended_at": None, "error": None}
    return Reply(body=_crud.create(call, _op(call, "dreams_create"), given))


def dreams_cancel(call: Call) -> Reply:
    dream = _crud.find(call.state, "/v1/dreams", call.params["dream_id"], "dream")
    if dream.get("status") not in ("pending", "running"):
        raise APIFailure(
            409, "invalid_request_error", f"the dream has already ended ({dream.get('status')})"
        )
    now = call.state.timestamp()
    return Reply(body=_crud.modify(call.state, dream, status="canceled", ended_at=now))


def user_profiles_create_enrollment_url(call: Call) -> Reply:
    profile_id = call.params["user_profile_id"]
    _crud.find(call.state, "/v1/user_profiles", profile_id, "user_profile")
    expires = call.state.now() + _dt.timedelta(hours=1)
    return Reply(
        body={
            "type": "enrollment_url",
            "url": f"https://claude.localhost/enroll/{profile_id}/{call.state.next_id('enr')}",
            "expires_at": expires.isoformat().replace("+00:00", "Z"),
        }
    )


def user_profiles_action_urls_create(call: Call) -> Reply:
    profile_id = call.params["user_profile_id"]
    _crud.find(call.state, "/v1/user_profiles", profile_id, "user_profile")
    expires = call.state.now() + _dt.timedelta(hours=1)
    action = str(((call.body or {}).get("action") or {}).get("type", "action"))
    return Reply(
        body={
            "type": "user_profile_action_url",
            "url": f"https://claude.localhost/{action}/{profile_id}/{call.state.next_id('act')}",
            "expires_at": expires.isoformat().replace("+00:00", "Z"),
        }
    )


ROUTES: dict[str, Handler] = {
    "memory_stores_delete": memory_stores_delete,
    "memory_stores_memories_create": memories_create,
    "memory_stores_memories_retrieve": _retrieve_in_store(MEMORIES, "memory_id"),
    "memory_stores_memories_list": memories_list,
    "memory_stores_memories_update": memories_update,
    "memory_stores_memories_delete": memories_delete,
    "memory_stores_memory_versions_list": memory_versions_list,
    "memory_stores_memory_versions_retrieve": _retrieve_in_store(VERSIONS, "memory_version_id"),
    "memory_stores_memory_versions_redact": memory_versions_redact,
    "vaults_credentials_create": credentials_create,
    "vaults_credentials_update": credentials_update,
    "vaults_credentials_mcp_oauth_validate": credentials_mcp_oauth_validate,
    "tunnels_create": tunnels_create,
    "tunnels_reveal_token": tunnels_reveal_token,
    "tunnels_rotate_token": tunnels_rotate_token,
    "tunnels_certificates_create": certificates_create,
    "dreams_create": dreams_create,
    "dreams_cancel": dreams_cancel,
    "user_profiles_create_enrollment_url": user_profiles_create_enrollment_url,
    "user_profiles_action_urls_create": user_profiles_action_urls_create,
}
