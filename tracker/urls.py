from django.urls import path

from tracker import views

app_name = "tracker"
urlpatterns = [
    path("", views.today, name="today"),
    path("api/today", views.today_data, name="today_data"),
    path("api/frames", views.ingest, name="ingest"),
]
