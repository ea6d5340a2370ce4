from django.contrib import admin

from privacy.models import AgentReport, ExclusionRule, PrivacySettings


@admin.register(PrivacySettings)
class PrivacySettingsAdmin(admin.ModelAdmin):
    list_display = ("user", "paused", "paused_until", "skip_private", "retention_days",
                    "labelled", "updated_at")


@admin.register(ExclusionRule)
class ExclusionRuleAdmin(admin.ModelAdmin):
    list_display = ("owner", "kind", "pattern", "created_at")
    list_filter = ("kind",)


@admin.register(AgentReport)
class AgentReportAdmin(admin.ModelAdmin):
    list_display = ("device", "reported_at", "skipping", "local_paused", "local_paused_until")
