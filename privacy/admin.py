from django.contrib import admin

from privacy.models import ExclusionRule, PrivacySettings


@admin.register(PrivacySettings)
class PrivacySettingsAdmin(admin.ModelAdmin):
    list_display = ("user", "paused", "paused_until", "skip_private", "retention_days",
                    "labelled", "updated_at")


@admin.register(ExclusionRule)
class ExclusionRuleAdmin(admin.ModelAdmin):
    list_display = ("owner", "kind", "pattern", "created_at")
    list_filter = ("kind",)

