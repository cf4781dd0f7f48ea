# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import (
    APIModel,
    WireDateTime,
)


class AnalyticsSingleDayActivitySummary(APIModel):
    """Active users and adoption of the organization on one day."""

    assigned_seat_count: int | None = None
    """Seats assigned."""
    cowork_daily_active_user_count: int
    """Users active in Cowork that day."""
    cowork_monthly_active_user_count: int
    """Users active in Cowork in the month to that day."""
    cowork_weekly_active_user_count: int
    """Users active in Cowork in the week to that day."""
    daily_active_user_count: int
    """Users active that day."""
    daily_adoption_rate: float | None = None
    """Share of seats active that day (0 to 1)."""
    ending_at: WireDateTime
    """End of the day summarised (RFC 3339)."""
    monthly_active_user_count: int
    """Users active in the month to that day."""
    monthly_adoption_rate: float | None = None
    """Share of seats active in the month to that day (0 to 1)."""
    pending_invite_count: int | None = None
    """Invites not yet accepted."""
    starting_at: WireDateTime
    """Start of the day summarised (RFC 3339)."""
    weekly_active_user_count: int
    """Users active in the week to that day."""
    weekly_adoption_rate: float | None = None
    """Share of seats active in the week to that day (0 to 1)."""
    chat_cowork_unified_daily_active_user_count: int | None = None
    """Users active in chat and Cowork together that day."""
    chat_cowork_unified_monthly_active_user_count: int | None = None
    """Users active in chat and Cowork together in the month to that day."""
    chat_cowork_unified_weekly_active_user_count: int | None = None
    """Users active in chat and Cowork together in the week to that day."""
    chat_daily_active_user_count: int | None = None
    """Users active in Claude chat that day."""
    chat_monthly_active_user_count: int | None = None
    """Users active in Claude chat in the month to that day."""
    chat_weekly_active_user_count: int | None = None
    """Users active in Claude chat in the week to that day."""
    claude_code_daily_active_user_count: int | None = None
    """Users active in Claude Code that day."""
    claude_code_monthly_active_user_count: int | None = None
    """Users active in Claude Code in the month to that day."""
    claude_code_weekly_active_user_count: int | None = None
    """Users active in Claude Code in the week to that day."""
    claude_design_daily_active_user_count: int | None = None
    """Users active in Claude Design that day."""
    claude_design_monthly_active_user_count: int | None = None
    """Users active in Claude Design in the month to that day."""
    claude_design_weekly_active_user_count: int | None = None
    """Users active in Claude Design in the week to that day."""
    claude_tag_daily_active_user_count: int | None = None
    """Users active in Claude tags that day."""
    claude_tag_monthly_active_user_count: int | None = None
    """Users active in Claude tags in the month to that day."""
    claude_tag_weekly_active_user_count: int | None = None
    """Users active in Claude tags in the week to that day."""
    office_agent_daily_active_user_count: int | None = None
    """Users active in Office Agent that day."""
    office_agent_monthly_active_user_count: int | None = None
    """Users active in Office Agent in the month to that day."""
    office_agent_weekly_active_user_count: int | None = None
    """Users active in Office Agent in the week to that day."""
    science_daily_active_user_count: int | None = None
    """Users active in Claude for science that day."""
    science_entitled_user_count: int | None = None
    """Users entitled to Claude for science."""
    science_monthly_active_user_count: int | None = None
    """Users active in Claude for science in the month to that day."""
    science_weekly_active_user_count: int | None = None
    """Users active in Claude for science in the week to that day."""
