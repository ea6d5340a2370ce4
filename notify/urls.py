from django.urls import path

from notify import views

app_name = "notify"
urlpatterns = [
    path("settings/", views.settings_page, name="settings"),
    path("settings/test", views.send_test, name="send_test"),
    path("api/notifications", views.agent_pending, name="agent_pending"),
    path("api/notifications/<int:notification_id>/ack", views.agent_ack, name="agent_ack"),
    path("api/notifications/browser", views.browser_pending, name="browser_pending"),
    path("api/notifications/browser/<int:notification_id>/ack", views.browser_ack,
         name="browser_ack"),
]
