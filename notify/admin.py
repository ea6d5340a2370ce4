from django.contrib import admin

from notify.models import Notification, NotificationSettings


@admin.register(NotificationSettings)
class NotificationSettingsAdmin(admin.ModelAdmin):
    list_display = ("user", "summary_enabled", "warnings_enabled", "threshold_seconds",
                    "cooldown_minutes", "snoozed_until", "last_warning_at")
    filter_horizontal = ("warn_categories",)


@admin.register(Notification)
class NotificationAdmin(admin.ModelAdmin):
    list_display = ("created_at", "owner", "kind", "title", "sound", "delivered_at",
                    "delivered_via")
    list_filter = ("kind", "delivered_via")
