from django.urls import path

from tracker import views, views_capture, views_export

app_name = "tracker"
urlpatterns = [
    path("", views.today, name="today"),
    path("day/", views.day_pick, name="day_pick"),
    path("day/<str:day>/", views.day, name="day"),
    path("week/", views.week, name="week"),
    path("week/<str:day>/", views.week, name="week_of"),
    path("range/", views.date_range, name="range"),
    path("report/week/<str:day>/", views.weekly_report, name="weekly_report"),
    path("api/today", views.today_data, name="today_data"),
    path("api/week", views.week_data, name="week_data"),
    path("api/frames", views.ingest, name="ingest"),
    path("api/agent-status", views_capture.agent_status, name="agent_status"),
    path("export/observations.<str:fmt>", views_export.observations,
         name="export_observations"),
    path("export/rollups.<str:fmt>", views_export.rollups, name="export_rollups"),
]
