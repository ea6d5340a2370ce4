from django.urls import path

from privacy import views

app_name = "privacy"
urlpatterns = [
    path("privacy/", views.page, name="page"),
    path("privacy/pause", views.pause, name="pause"),
    path("privacy/resume", views.resume, name="resume"),
    path("privacy/rules/add", views.rule_add, name="rule_add"),
    path("privacy/rules/<int:rule_id>/delete", views.rule_delete, name="rule_delete"),
    path("privacy/erase", views.erase_range, name="erase"),
    path("api/capture-state", views.capture_state, name="capture_state"),
]
