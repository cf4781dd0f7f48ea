"""The simulated organization's collections and starting records, shared by its routes
(`_routes_organization`, `_routes_organization_access`, `_routes_organization_spend`)."""

from __future__ import annotations

import datetime as _dt
from typing import Any

from . import _crud
from ._protocol import Call

__all__ = ["attach_key", "op", "plus_days", "seeded", "spend_summary", "user_actor", "workspace"]

ORG = "/v1/organizations"
USERS = f"{ORG}/users"
API_KEYS = f"{ORG}/api_keys"
RATE_LIMITS = f"{ORG}/rate_limits"
WORKSPACES = f"{ORG}/workspaces"
MEMBERS = f"{ORG}/workspaces/{{workspace_id}}/members"
WORKSPACE_LIMITS = f"{ORG}/workspaces/{{workspace_id}}/rate_limits"
INVITE_DAYS = 21
SEEDED = f"{ORG}#seeded"  # a marker collection: the starting records exist
SERVICE_ACCOUNTS = f"{ORG}/service_accounts"
SA_MEMBERS = f"{ORG}/workspaces/{{workspace_id}}/service_accounts"
GROUPS = f"{ORG}/rbac_groups"
GROUP_MEMBERS = f"{ORG}/rbac_groups/{{rbac_group_id}}/members"
ROLES = f"{ORG}/rbac_roles"
PERMISSIONS = f"{ORG}/rbac_roles#permissions"  # by role id (not an API collection)
COMPLIANCE = f"{ORG}/compliance_settings"
EXTERNAL_KEYS = f"{ORG}/external_keys"
ISSUERS = f"{ORG}/federation_issuers"
RULES = f"{ORG}/federation_rules"
RULE_WORKSPACES = f"{ORG}/federation_rules/{{federation_rule_id}}/workspaces"
INCREASE_REQUESTS = f"{ORG}/spend_limit_increase_requests"
SPEND_LIMITS = f"{ORG}/spend_limits#limits"  # set by approvals, by user (not an API collection)
DEFAULT_SPEND = {"amount": "100.00", "currency": "USD", "period": "monthly"}


def seed(call: Call) -> None:
    """Create the organization's starting records once per server (and after a reset)."""
    state = call.state
    if not _crud.first_time(state, SEEDED):
        return
    now = state.timestamp()
    _crud.store(
        state,
        USERS,
        {},
        {
            "type": "user",
            "id": "user_local",
            "email": "admin@example.com",
            "name": "Local Admin",
            "role": "admin",
            "added_at": now,
        },
    )
    _crud.store(
        state,
        API_KEYS,
        {},
        {
            "type": "api_key",
            "id": "apikey_local",
            "name": "Local simulator key",
            "status": "active",
            "created_at": now,
            "created_by": {"type": "user", "id": "user_local"},
            "expires_at": None,
            "partial_key_hint": "sk-ant-...key",
            "principal": {"type": "user_actor", "user_id": "user_local"},
            "scope": {"type": "workspace", "workspace_id": "wrkspc_default"},
        },
    )
    limits = [
        (
            {"type": "model_group", "id": "claude_sonnet", "display_name": "Claude Sonnet"},
            [("requests_per_minute", 4000), ("input_tokens_per_minute", 2000000)],
            ["claude-sonnet-4-5"],
        ),
        ({"type": "batch", "id": "batch"}, [("requests_per_minute", 4000)], None),
    ]
    for group, values, models in limits:
        limit = {
            "type": "rate_limit",
            "id": f"ratelimit_{group['id']}",
            "group": group,
            "limits": [{"type": kind, "value": value} for kind, value in values],
            "models": models,
        }
        _crud.store(state, RATE_LIMITS, {}, limit)
    _seed_roles(call)
    _seed_spend(call)


def _seed_roles(call: Call) -> None:
    state = call.state
    now = state.timestamp()
    roles = {
        "rbacrole_member": ("Member", [("read", {"type": "organization"})]),
        "rbacrole_connector_user": ("Connector user", [("use", {"type": "all_connectors"})]),
    }
    for role_id, (name, permissions) in roles.items():
        role = {
            "type": "rbac_role",
            "id": role_id,
            "display_name": name,
            "source": {"type": "built_in"},
            "created_at": now,
            "updated_at": now,
        }
        _crud.store(state, ROLES, {}, role)
        granted = []
        for action, resource in permissions:
            if resource["type"] == "organization":
                resource = {**resource, "organization_id": "org_local"}
            granted.append({"type": "rbac_role_permission", "action": action, "resource": resource})
        _crud.store(state, PERMISSIONS, {}, {"id": role_id, "permissions": granted})


def _seed_spend(call: Call) -> None:
    """Two pending increase requests: the admin's, and one from the admin's API key."""
    key_actor = {"type": "scoped_api_key_actor", "scoped_api_key_id": "apikey_local"}
    for request_id, actor in (
        ("spendreq_local", user_actor(call, "user_local")),
        ("spendreq_local_key", key_actor),
    ):
        request = {
            "type": "spend_limit_increase_request",
            "id": request_id,
            "actor": actor,
            "created_at": call.state.timestamp(),
            "period": "monthly",
            "status": "pending",
            "resolved_at": None,
            "resolved_by": None,
            "spend_summary": spend_summary(call, "user_local") if "user_id" in actor else None,
        }
        _crud.store(call.state, INCREASE_REQUESTS, {}, request)


seeded = _crud.seeded_by(seed)


def op(call: Call, operation_id: str) -> Any:
    return call.document.by_id[operation_id]


def plus_days(stamp: str, days: int) -> str:
    when = _dt.datetime.fromisoformat(stamp.replace("Z", "+00:00")) + _dt.timedelta(days=days)
    return when.strftime("%Y-%m-%dT%H:%M:%SZ")


def workspace(call: Call) -> dict[str, Any]:
    return _crud.find(call.state, WORKSPACES, call.params["workspace_id"], "workspace")


def attach_key(call: Call, external_key_id: Any) -> None:
    """A workspace that names an external key attaches it (404 for an unknown key)."""
    if isinstance(external_key_id, str):
        key = _crud.find(call.state, EXTERNAL_KEYS, external_key_id, "external key")
        key["attachment"] = {"type": "attached"}


def user_actor(call: Call, user_id: str) -> dict[str, Any]:
    record = call.state.records.get(USERS, {}).get(user_id)
    user = record["object"] if record else {}
    return {
        "type": "user_actor",
        "user_id": user_id,
        "deleted": record is None,
        "email_address": user.get("email"),
        "name": user.get("name"),
    }


def spend_summary(call: Call, user_id: str) -> dict[str, Any]:
    own = call.state.records.get(SPEND_LIMITS, {}).get(user_id)
    limit = own["object"] if own else None
    scope = limit["scope"] if limit else {"type": "organization"}
    return {
        "actor": user_actor(call, user_id),
        "amount": limit["amount"] if limit else DEFAULT_SPEND["amount"],
        "currency": DEFAULT_SPEND["currency"],
        "period": limit["period"] if limit else DEFAULT_SPEND["period"],
        "period_to_date_spend": "0.00",
        "scope": scope,
        "source": scope,
        "spend_limit_id": limit["id"] if limit else "spendlimit_organization",
    }
