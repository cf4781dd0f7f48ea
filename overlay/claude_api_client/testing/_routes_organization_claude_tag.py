"""Claude in Slack (`client.beta.organization.claude_tag`): Slack workspaces, channels, bundles.

- The organization starts with one connected Slack workspace (`slkws_local`, Slack team
  `T0LOCAL`, Claude enabled with a mention-only reply mode) and one bundle (`bundle_local`); the
  API has no call that creates either.
- A channel is configured under the workspace record of its Slack team (404 for an unknown team;
  409 for a channel configured twice). A setting the channel leaves unset comes from the
  workspace, else from the product default (`sources` says which); `include_inherited` fills
  `settings` with those values. Instructions of both levels apply together.
- A bundle can be attached to channel and workspace records that exist, once each (409 after).
"""

from __future__ import annotations

import copy
from typing import Any

from . import _crud
from ._pages import token_page
from ._protocol import APIFailure, Call, Handler, Reply

__all__ = ["ANSWERS"]

TAG = "/v1/organizations/claude_tag"
WORKSPACES = f"{TAG}/slack_workspaces"
CHANNELS = f"{TAG}/slack_channels"
BUNDLES = f"{TAG}/bundles"
TARGETS = f"{TAG}/bundles/{{bundle_id}}/targets"
SEEDED = f"{TAG}#seeded"
SETTINGS = ("enabled", "environment_id", "guest_policy", "instructions", "model", "reply_mode")
DEFAULTS: dict[str, Any] = {
    "enabled": False,
    "environment_id": None,
    "guest_policy": {"type": "restrict"},
    "instructions": None,
    "model": None,
    "reply_mode": {"type": "mention_only"},
}


def _seed(call: Call) -> None:
    state = call.state
    if not _crud.first_time(state, SEEDED):
        return
    now = state.timestamp()
    workspace = {
        "type": "slack_workspace",
        "id": "slkws_local",
        "slack": {"workspace_id": "T0LOCAL"},
        "settings": {**dict.fromkeys(SETTINGS), "enabled": True},
        "created_at": now,
        "updated_at": now,
    }
    _crud.store(state, WORKSPACES, {}, workspace)
    bundle = {
        "type": "bundle",
        "id": "bundle_local",
        "display_name": "Support desk",
        "description": "How Claude answers in support channels.",
        "instructions": None,
        "created_at": now,
        "updated_at": now,
    }
    _crud.store(state, BUNDLES, {}, bundle)


def _own(settings: dict[str, Any] | None) -> dict[str, Any]:
    return {k: (settings or {}).get(k) for k in SETTINGS}


def _changed(stored: dict[str, Any], changes: dict[str, Any] | None) -> dict[str, Any]:
    """Fields given replace the stored ones (null unsets); fields left out stay."""
    return {**stored, **{k: v for k, v in (changes or {}).items() if k in SETTINGS}}


def _view(call: Call, record: dict[str, Any], parent: dict[str, Any] | None) -> dict[str, Any]:
    """The record as the API shows it: its own settings (or the effective ones), and sources."""
    own_source = (
        {"type": "slack_channel", "slack_channel_id": record["id"]}
        if parent
        else {"type": "slack_workspace", "slack_workspace_id": record["id"]}
    )
    levels = [(record["settings"], own_source)]
    if parent:
        parent_source = {"type": "slack_workspace", "slack_workspace_id": parent["id"]}
        levels.append((parent["settings"], parent_source))
    effective: dict[str, Any] = {}
    sources: dict[str, Any] = {}
    for name in SETTINGS:
        found = next(((s[name], src) for s, src in levels if s.get(name) is not None), None)
        effective[name] = found[0] if found else DEFAULTS[name]
        sources[name] = found[1] if found else {"type": "default"}
    sources["instructions"] = [src for s, src in levels if s.get("instructions")]
    inherited = call.query.get("include_inherited") is True
    view = copy.deepcopy(record)
    view["settings"] = effective if inherited else dict(record["settings"])
    view["sources"] = sources
    return view


def _workspace(call: Call, workspace_id: str) -> dict[str, Any]:
    return _crud.find(call.state, WORKSPACES, workspace_id, "Slack workspace")


def _channel_view(call: Call, channel: dict[str, Any]) -> dict[str, Any]:
    return _view(call, channel, _workspace(call, channel["slack_workspace_id"]))


def _public(channel: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in channel.items() if k != "slack_workspace_id"}


def channels_create(call: Call) -> Reply:
    body = dict(call.body or {})
    slack = dict(body["slack"])
    teams = [
        w
        for w in _crud.items(call.state, WORKSPACES, {})
        if w["slack"] == {"workspace_id": slack["workspace_id"]}
    ]
    if not teams:
        raise APIFailure(
            404, "not_found_error", f"Slack team {slack['workspace_id']!r} is not connected"
        )
    for channel in _crud.items(call.state, CHANNELS, {}):
        if channel["slack"] == slack:
            raise APIFailure(409, "invalid_request_error", "this channel is already configured")
    now = call.state.timestamp()
    channel = {
        "type": "slack_channel",
        "id": call.state.next_id("slkch"),
        "slack": slack,
        "settings": _own(body.get("settings")),
        "slack_workspace_id": teams[0]["id"],
        "created_at": now,
        "updated_at": now,
    }
    _crud.store(call.state, CHANNELS, {"slack_workspace_id": teams[0]["id"]}, channel)
    return Reply(body=_public(_channel_view(call, channel)))


def channels_list(call: Call) -> Reply:
    workspace = _workspace(call, str(call.query["slack_workspace_id"]))
    wanted = call.query.get("slack_channel_id")
    kept = [
        _public(_channel_view(call, c))
        for c in _crud.items(call.state, CHANNELS, {"slack_workspace_id": workspace["id"]})
        if wanted in (None, c["slack"]["channel_id"])
    ]
    return Reply(body=token_page(kept, call.query))


def _channel(call: Call) -> dict[str, Any]:
    return _crud.find(call.state, CHANNELS, call.params["id"], "Slack channel")


def channels_retrieve(call: Call) -> Reply:
    return Reply(body=_public(_channel_view(call, _channel(call))))


def _settings_update(call: Call, record: dict[str, Any]) -> dict[str, Any]:
    settings = _changed(record["settings"], (call.body or {}).get("settings"))
    return _crud.modify(call.state, record, settings=settings, updated_at=call.state.timestamp())


def channels_update(call: Call) -> Reply:
    return Reply(body=_public(_channel_view(call, _settings_update(call, _channel(call)))))


def channels_delete(call: Call) -> Reply:
    channel = _crud.remove(call.state, CHANNELS, call.params["id"], "Slack channel")
    return Reply(body={"type": "slack_channel_deleted", "id": channel["id"]})


def workspaces_list(call: Call) -> Reply:
    wanted = call.query.get("slack_workspace_id")
    kept = [
        _view(call, w, None)
        for w in _crud.items(call.state, WORKSPACES, {})
        if wanted in (None, w["slack"]["workspace_id"])
    ]
    return Reply(body=token_page(kept, call.query))


def _slack_workspace(call: Call) -> dict[str, Any]:
    return _workspace(call, call.params["id"])


def workspaces_retrieve(call: Call) -> Reply:
    return Reply(body=_view(call, _slack_workspace(call), None))


def workspaces_update(call: Call) -> Reply:
    return Reply(body=_view(call, _settings_update(call, _slack_workspace(call)), None))


def _bundle(call: Call) -> dict[str, Any]:
    return _crud.find(call.state, BUNDLES, call.params["bundle_id"], "bundle")


def bundles_list(call: Call) -> Reply:
    return Reply(body=token_page(_crud.items(call.state, BUNDLES, {}), call.query))


def bundles_retrieve(call: Call) -> Reply:
    return Reply(body=_bundle(call))


def bundles_update(call: Call) -> Reply:
    body = call.body or {}
    changes = {k: body[k] for k in ("instructions",) if k in body}
    return Reply(
        body=_crud.modify(call.state, _bundle(call), **changes, updated_at=call.state.timestamp())
    )


def targets_create(call: Call) -> Reply:
    bundle = _bundle(call)
    target = dict(call.body or {})
    field = "slack_channel_id" if target["type"] == "slack_channel" else "slack_workspace_id"
    collection = CHANNELS if target["type"] == "slack_channel" else WORKSPACES
    _crud.find(call.state, collection, target[field], target["type"].replace("_", " "))
    for existing in _crud.items(call.state, TARGETS, {"bundle_id": bundle["id"]}):
        if existing.get(field) == target[field]:
            raise APIFailure(409, "invalid_request_error", "the bundle is already attached there")
    made = {
        "type": target["type"],
        "id": call.state.next_id("bndtgt"),
        field: target[field],
        "created_at": call.state.timestamp(),
    }
    _crud.store(call.state, TARGETS, {"bundle_id": bundle["id"]}, made)
    return Reply(body=made)


def _target(call: Call) -> dict[str, Any]:
    bundle = _bundle(call)
    target = _crud.find(call.state, TARGETS, call.params["target_id"], "bundle target")
    if target not in _crud.items(call.state, TARGETS, {"bundle_id": bundle["id"]}):
        raise APIFailure(404, "not_found_error", "bundle target not found")
    return target


def targets_list(call: Call) -> Reply:
    bundle = _bundle(call)
    items = _crud.items(call.state, TARGETS, {"bundle_id": bundle["id"]})
    return Reply(body=token_page(items, call.query))


def targets_retrieve(call: Call) -> Reply:
    return Reply(body=_target(call))


def targets_delete(call: Call) -> Reply:
    target = _crud.remove(call.state, TARGETS, _target(call)["id"], "bundle target")
    return Reply(body={"type": "bundle_target_deleted", "id": target["id"]})


_OP = "organization_claude_tag_"
_HANDLERS: dict[str, Handler] = {
    _OP + "slack_channels_create": channels_create,
    _OP + "slack_channels_list": channels_list,
    _OP + "slack_channels_retrieve": channels_retrieve,
    _OP + "slack_channels_update": channels_update,
    _OP + "slack_channels_delete": channels_delete,
    _OP + "slack_workspaces_list": workspaces_list,
    _OP + "slack_workspaces_retrieve": workspaces_retrieve,
    _OP + "slack_workspaces_update": workspaces_update,
    _OP + "bundles_list": bundles_list,
    _OP + "bundles_retrieve": bundles_retrieve,
    _OP + "bundles_update": bundles_update,
    _OP + "bundles_targets_create": targets_create,
    _OP + "bundles_targets_list": targets_list,
    _OP + "bundles_targets_retrieve": targets_retrieve,
    _OP + "bundles_targets_delete": targets_delete,
}
ANSWERS: dict[str, Handler] = {name: _crud.seeded_by(_seed)(h) for name, h in _HANDLERS.items()}
