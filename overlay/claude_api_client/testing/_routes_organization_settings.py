"""The beta-only organization resources (`client.beta.organization`): Claude Code managed settings,
spend limits by ID, signing a member out; Claude tag in `_routes_organization_claude_tag`, plugins
and marketplaces in `_routes_organization_plugins`.

- Managed settings start in `organization` mode with an empty group order (version `1`); each
  order change bumps the version, and an update naming an older `rbac_group_order_version` is
  refused (409). A group gets settings only if it exists; deleting the group leaves its settings,
  reported `deleted`.
- Spend limits: one per scope and period (setting it again replaces it); a user's limit is the
  one its effective spend and increase-request approvals use. `amount` null is an explicit
  no-limit.
- Signing out the key's own member (`user_local`) is refused (400), as the API does.
"""

from __future__ import annotations

from typing import Any

from . import _crud, _routes_organization_claude_tag, _routes_organization_plugins
from . import _organization_records as records
from ._pages import keyed_page, token_page
from ._protocol import APIFailure, Call, Handler, Reply

__all__ = ["ANSWERS"]

CONFIGURATION = f"{records.ORG}/claude_code/managed_settings/configuration"
GROUP_DEFAULT = f"{records.ORG}/claude_code/managed_settings/rbac_group_default"
GROUP_SETTINGS = f"{records.ORG}/claude_code/managed_settings/rbac_groups"


def _singleton(call: Call, collection: str, initial: dict[str, Any]) -> dict[str, Any]:
    with call.state.lock:
        record = call.state.records.setdefault(collection, {}).setdefault(
            "only", {"object": initial, "parents": {}}
        )
        found: dict[str, Any] = record["object"]
    return found


def _configuration(call: Call) -> dict[str, Any]:
    return _singleton(
        call,
        CONFIGURATION,
        {
            "type": "claude_code_managed_settings_configuration",
            "mode": {"type": "organization"},
            "mode_updated_at": None,
            "rbac_group_order": [],
            "rbac_group_order_version": "1",
        },
    )


def configuration_retrieve(call: Call) -> Reply:
    return Reply(body=_configuration(call))


def configuration_update(call: Call) -> Reply:
    body = dict(call.body or {})
    config = _configuration(call)
    with _crud.changing(call.state):
        if "rbac_group_order" in body:
            version = body.get("rbac_group_order_version")
            if version is not None and version != config["rbac_group_order_version"]:
                raise APIFailure(
                    409, "invalid_request_error", "rbac_group_order_version: the order changed"
                )
            for group_id in body["rbac_group_order"]:
                _crud.find(call.state, records.GROUPS, group_id, "group")
            config["rbac_group_order"] = list(body["rbac_group_order"])
            config["rbac_group_order_version"] = str(int(config["rbac_group_order_version"]) + 1)
        if body.get("mode") and body["mode"] != config["mode"]:
            config["mode"] = body["mode"]
            config["mode_updated_at"] = call.state.timestamp()
    return Reply(body=config)


def _group_default(call: Call) -> dict[str, Any]:
    initial = {
        "type": "claude_code_rbac_group_default_managed_settings",
        "settings": None,
        "updated_at": None,
    }
    return _singleton(call, GROUP_DEFAULT, initial)


def group_default_retrieve(call: Call) -> Reply:
    return Reply(body=_group_default(call))


def group_default_update(call: Call) -> Reply:
    settings, now = (call.body or {}).get("settings"), call.state.timestamp()
    return Reply(
        body=_crud.modify(call.state, _group_default(call), settings=settings, updated_at=now)
    )


def _with_status(call: Call, settings: dict[str, Any]) -> dict[str, Any]:
    exists = settings["rbac_group_id"] in call.state.records.get(records.GROUPS, {})
    return {**settings, "rbac_group_status": {"type": "active" if exists else "deleted"}}


def _group_settings(call: Call) -> dict[str, Any]:
    group_id = call.params["rbac_group_id"]
    found = call.state.records.get(GROUP_SETTINGS, {}).get(group_id)
    if found is None:
        raise APIFailure(
            404,
            "not_found_error",
            f"group {group_id!r} has no managed settings",
            details={"error_code": "rbac_group_managed_settings_not_found"},
        )
    settings: dict[str, Any] = found["object"]
    return settings


def group_settings_set(call: Call) -> Reply:
    group_id = call.params["rbac_group_id"]
    _crud.find(call.state, records.GROUPS, group_id, "group")
    now = call.state.timestamp()
    before = call.state.records.get(GROUP_SETTINGS, {}).get(group_id)
    settings = {
        "type": "claude_code_rbac_group_managed_settings",
        "rbac_group_id": group_id,
        "settings": (call.body or {}).get("settings"),
        "created_at": before["object"]["created_at"] if before else now,
        "updated_at": now,
    }
    _crud.store(call.state, GROUP_SETTINGS, {}, settings, group_id)
    return Reply(body=_with_status(call, settings))


def group_settings_retrieve(call: Call) -> Reply:
    return Reply(body=_with_status(call, _group_settings(call)))


def group_settings_list(call: Call) -> Reply:
    summaries = [
        {
            **{k: v for k, v in _with_status(call, s).items() if k != "settings"},
            "type": "claude_code_rbac_group_managed_settings_summary",
        }
        for s in _crud.items(call.state, GROUP_SETTINGS, {})
    ]
    return Reply(body=keyed_page(summaries, lambda s: str(s["rbac_group_id"]), call.query))


def group_settings_delete(call: Call) -> Reply:
    settings = _group_settings(call)
    _crud.remove(call.state, GROUP_SETTINGS, settings["rbac_group_id"])
    deleted = "claude_code_rbac_group_managed_settings_deleted"
    return Reply(body={"type": deleted, "rbac_group_id": settings["rbac_group_id"]})


# --- spend limits -------------------------------------------------------------------------------


def _limit_key(scope: dict[str, Any], period: str) -> str:
    # a user's limit is keyed by the user (what effective spend and approvals read)
    if scope["type"] == "user":
        return str(scope["user_id"])
    return "/".join(str(v) for v in (scope["type"], scope.get("workspace_id", ""), period))


def _limits(call: Call) -> list[dict[str, Any]]:
    return _crud.items(call.state, records.SPEND_LIMITS, {})


def _limit(call: Call) -> tuple[str, dict[str, Any]]:
    wanted = call.params["spend_limit_id"]
    with call.state.lock:
        for key, record in call.state.records.get(records.SPEND_LIMITS, {}).items():
            if record["object"]["id"] == wanted:
                return key, record["object"]
    raise APIFailure(404, "not_found_error", f"spend limit {wanted!r} not found")


def spend_limits_set(call: Call) -> Reply:
    body = dict(call.body or {})
    scope, period = dict(body["scope"]), body.get("period") or records.DEFAULT_SPEND["period"]
    if scope["type"] == "user":
        _crud.find(call.state, records.USERS, scope["user_id"], "user")
    if scope["type"] == "workspace":
        _crud.find(call.state, records.WORKSPACES, scope["workspace_id"], "workspace")
    amount = body.get("amount")
    if amount is not None and not str(amount).isdigit():
        raise APIFailure(400, "invalid_request_error", "amount: a non-negative integer string")
    key = _limit_key(scope, period)
    before = call.state.records.get(records.SPEND_LIMITS, {}).get(key)
    now = call.state.timestamp()
    limit = {
        "type": "spend_limit",
        "id": before["object"]["id"] if before else call.state.next_id("spendlimit"),
        "amount": amount,
        "currency": records.DEFAULT_SPEND["currency"],
        "is_enabled": True,
        "period": period,
        "scope": scope,
        "created_at": before["object"]["created_at"] if before else now,
        "updated_at": now,
    }
    _crud.store(call.state, records.SPEND_LIMITS, {}, limit, key)
    return Reply(body=limit)


def spend_limits_list(call: Call) -> Reply:
    types, workspace = call.query.get("scope_type[]"), call.query.get("workspace_id")
    kept = [
        limit
        for limit in _limits(call)
        if (not types or limit["scope"]["type"] in types)
        and workspace in (None, limit["scope"].get("workspace_id"))
    ]
    return Reply(body=token_page(kept, call.query))


def spend_limits_retrieve(call: Call) -> Reply:
    return Reply(body=_limit(call)[1])


def spend_limits_delete(call: Call) -> Reply:
    key, limit = _limit(call)
    _crud.remove(call.state, records.SPEND_LIMITS, key)
    return Reply(body={"type": "spend_limit_deleted", "id": limit["id"]})


def users_sign_out(call: Call) -> Reply:
    user = _crud.find(call.state, records.USERS, call.params["user_id"], "user")
    if user["id"] == "user_local":
        raise APIFailure(
            400,
            "invalid_request_error",
            "you cannot sign out yourself",
            details={"error_code": "cannot_sign_out_self"},
        )
    return Reply(body=user)


ANSWERS: dict[str, Handler] = {
    "organization_claude_code_managed_settings_configuration_retrieve": configuration_retrieve,
    "organization_claude_code_managed_settings_configuration_update": configuration_update,
    "organization_claude_code_managed_settings_rbac_group_default_retrieve": group_default_retrieve,
    "organization_claude_code_managed_settings_rbac_group_default_update": group_default_update,
    "organization_claude_code_managed_settings_rbac_groups_set": group_settings_set,
    "organization_claude_code_managed_settings_rbac_groups_retrieve": group_settings_retrieve,
    "organization_claude_code_managed_settings_rbac_groups_list": group_settings_list,
    "organization_claude_code_managed_settings_rbac_groups_delete": group_settings_delete,
    "organization_spend_limits_set": spend_limits_set,
    "organization_spend_limits_list": spend_limits_list,
    "organization_spend_limits_retrieve": spend_limits_retrieve,
    "organization_spend_limits_delete": spend_limits_delete,
    "organization_users_sign_out": users_sign_out,
    **_routes_organization_claude_tag.ANSWERS,
    **_routes_organization_plugins.ANSWERS,
}
