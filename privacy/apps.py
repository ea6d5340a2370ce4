from django.apps import AppConfig


class PrivacyConfig(AppConfig):
    """Privacy: capture pause, exclusions, retention and erasing a range (README "Privacy")."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "privacy"
    verbose_name = "privacy"
