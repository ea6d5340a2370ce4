from django.apps import AppConfig


class NotifyConfig(AppConfig):
    """Notifications: the 30-minute summary and the distraction warning (docs/notifications.md)."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "notify"
    verbose_name = "notifications"
