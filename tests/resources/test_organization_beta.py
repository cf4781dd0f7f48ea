"""The beta-only organization resources (`client.beta.organization`) against the simulator: the
default beta each method sends, the flows users' tests rely on, and the report pages."""

from __future__ import annotations

import asyncio
import datetime
import json

import pytest

from _support.lifecycle import deleted
from claude_api_client import Anthropic, ConflictError, NotFoundError
from claude_api_client.pagination import (
    AsyncReportPageCursor,
    SyncPage,
    SyncReportPageCursor,
    SyncTokenPage,
)
from claude_api_client.testing import LocalAPIServer
from claude_api_client.testing.pytest_plugin import no_sleep_policy
from claude_api_client.types.beta.organization import (
    BetaExternalStorage,
    BetaNewOrganizationWebhookEndpoint,
    BetaOrganizationWebhookEndpoint,
    BetaTelemetryDestination,
)
from claude_api_client.types.beta.organization.analytics import BetaAnalyticsCostItem
from claude_api_client.types.beta.organization.beta_analytics_cost_report_time_bucket import (
    BetaAnalyticsCostReportTimeBucket,
)


def test_the_page_classes_are_the_one_page_class() -> None:
    assert SyncReportPageCursor is SyncPage and SyncTokenPage is SyncPage
    assert AsyncReportPageCursor.__name__ == "AsyncPage"


def test_external_storage_from_register_to_delete(
    admin_api: LocalAPIServer, admin: Anthropic
) -> None:
    storage = admin.beta.organization.external_storage
    created = storage.create(
        provider_config={
            "type": "aws",
            "account_id": "123456789012",
            "bucket_name": "claude-data",
            "region": "us-east-1",
        },
        display_name="Archive",
    )
    assert isinstance(created, BetaExternalStorage)
    assert admin_api.requests[-1].headers["anthropic-beta"] == "efs-2026-10-01"
    assert created.display_name == "Archive"
    active = storage.activate(created.id)
    assert active.status.type == "active"
    assert [s.id for s in storage.list()] == [created.id]
    assert storage.update(created.id, display_name="Vault").display_name == "Vault"
    assert storage.retrieve(created.id).display_name == "Vault"
    deleted(storage, created.id)


def test_a_webhook_secret_is_shown_once_and_regenerated(
    admin_api: LocalAPIServer, admin: Anthropic
) -> None:
    hooks = admin.beta.organization.webhooks
    created = hooks.create(
        name="alerts",
        url="https://hooks.example.com/claude",
        enabled_events=["external_storage.failed"],
    )
    assert isinstance(created, BetaNewOrganizationWebhookEndpoint)
    assert created.signing_secret.startswith("whsec_")
    sent = admin_api.requests[-1]
    assert sent.headers["anthropic-beta"] == "webhooks-2026-10-07"
    assert (sent.method, sent.path) == ("POST", "/v1/organizations/webhooks")
    again = hooks.retrieve(created.id)
    assert isinstance(again, BetaOrganizationWebhookEndpoint)
    assert "signing_secret" not in again.to_dict()
    fresh = hooks.regenerate_signing_secret(created.id)
    assert fresh.signing_secret != created.signing_secret
    page = hooks.list(limit=1)
    assert [h.id for h in page] == [created.id] and page.has_more is False
    deleted(hooks, created.id)


def test_telemetry_destination_workspaces_and_test(
    admin_api: LocalAPIServer, admin: Anthropic
) -> None:
    workspace = admin.organization.workspaces.create(name="Observed")
    destinations = admin.beta.organization.telemetry_destinations
    made = destinations.create(
        endpoint_url="https://collector.example.com",
        workspaces={"type": "include"},
        headers={"authorization": "Bearer secret"},
    )
    assert isinstance(made, BetaTelemetryDestination)
    assert admin_api.requests[-1].headers["anthropic-beta"] == "telemetry-destinations-2026-08-11"
    assert destinations.test(made.id).result.type == "success"
    listed = destinations.workspaces
    added = listed.add(workspace.id, destination_id=made.id)
    assert (added.telemetry_destination_id, added.workspace_id) == (made.id, workspace.id)
    with pytest.raises(ConflictError):
        listed.add(workspace.id, destination_id=made.id)
    assert [w.workspace_id for w in listed.list(made.id)] == [workspace.id]
    removed = listed.remove(workspace.id, destination_id=made.id)
    assert removed.type == "telemetry_destination_workspace_deleted"
    assert list(listed.list(made.id)) == []
    with pytest.raises(NotFoundError):
        listed.add("wrkspc_missing", destination_id=made.id)


def test_google_project_data_controls_start_disabled(
    admin_api: LocalAPIServer, admin: Anthropic
) -> None:
    controls = admin.beta.organization.providers.google.projects.data_controls
    first = controls.retrieve("123456789")
    assert (first.cmek.type, first.storage.type) == ("disabled", "disabled")
    sent = admin_api.requests[-1]
    assert sent.path == "/v1/organizations/providers/google/projects/123456789/data_controls"
    assert sent.headers["anthropic-beta"] == "google-managed-data-controls-2026-09-01"
    changed = controls.update("123456789", cmek={"type": "disabled"})
    assert changed.project_number == "123456789"


def test_cost_report_pages_through_day_buckets(admin_api: LocalAPIServer, admin: Anthropic) -> None:
    reports = admin.beta.organization.analytics.cost_report
    start = datetime.datetime(2026, 9, 1, tzinfo=datetime.timezone.utc)
    page = reports.list(starting_at=start, ending_at=start + datetime.timedelta(days=5), limit=2)
    assert isinstance(page.data[0], BetaAnalyticsCostReportTimeBucket)
    assert page.has_more is True and page.next_page is not None
    assert isinstance(page.data_refreshed_at, datetime.datetime)
    first = admin_api.requests[-1]
    assert first.query["starting_at"] == ["2026-09-01T00:00:00+00:00"]
    assert "anthropic-beta" not in first.headers  # the report needs no beta header
    days = [bucket.starting_at.day for bucket in page]
    assert days == [1, 2, 3, 4, 5]
    assert len(admin_api.requests) == 3  # 2 + 2 + 1 buckets
    assert admin_api.requests[1].query["page"] == [page.next_page]
    assert admin_api.requests[1].query["limit"] == ["2"]  # the other parameters stay


def test_cost_rows_are_typed_and_filters_repeat(
    admin_api: LocalAPIServer, admin: Anthropic
) -> None:
    page = admin.beta.organization.analytics.cost.list(
        starting_at="2026-09-01T00:00:00Z", group_by=["model", "workspace_id"], models=["m1", "m2"]
    )
    assert page.data == [] and not page.has_next_page()
    sent = admin_api.requests[-1]
    assert sent.headers["anthropic-beta"] == "analytics-usage-cost-2026-08-24"
    assert sent.query["group_by[]"] == ["model", "workspace_id"]
    assert sent.query["models[]"] == ["m1", "m2"]
    assert BetaAnalyticsCostItem.__name__ == "AnalyticsCostItem"


def test_the_async_report_pages_too(admin_api: LocalAPIServer) -> None:
    async def run() -> list[int]:
        async with admin_api.async_client(retry_policy=no_sleep_policy()) as client:
            reports = client.beta.organization.analytics.usage_report
            start = "2026-09-01T00:00:00Z"
            return [
                b.starting_at.day
                async for b in reports.list(
                    starting_at=start, ending_at="2026-09-04T00:00:00Z", limit=1
                )
            ]

    assert asyncio.run(run()) == [1, 2, 3]


def test_the_beta_only_fields_of_the_ga_schemas(
    admin_api: LocalAPIServer, admin: Anthropic
) -> None:
    import inspect

    beta_create = inspect.signature(admin.beta.organization.workspaces.create).parameters
    ga_create = inspect.signature(admin.organization.workspaces.create).parameters
    assert "inference_data_privacy" in beta_create and "inference_data_privacy" not in ga_create
    rules = inspect.signature(admin.beta.organization.federation.rules.create).parameters
    assert "attributes" in rules
    assert (
        "attributes" not in inspect.signature(admin.organization.federation.rules.create).parameters
    )
    made = admin.beta.organization.workspaces.create(
        name="Private",
        inference_data_privacy={"human_review": {"type": "disabled"}},
    )
    sent = json.loads(admin_api.requests[-1].body)
    assert sent["inference_data_privacy"] == {"human_review": {"type": "disabled"}}
    assert made.name == "Private"
