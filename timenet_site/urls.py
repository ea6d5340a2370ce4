"""URLs: login/logout, the health check, the tracker pages and the ingest API."""

from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from labeling import views_categories
from timenet_site.login import RateLimitedLoginView
from tracker import views as tracker_views
from tracker import views_devices

urlpatterns = [
    path("login/", RateLimitedLoginView.as_view(), name="login"),
    path("login/once/<uidb64>/<token>/", tracker_views.one_time_login, name="one_time_login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("healthz", tracker_views.healthz, name="healthz"),
    path("favicon.ico", tracker_views.favicon, name="favicon"),
    path("admin/", admin.site.urls),
    path("", include("notify.urls")),
    path("", include("privacy.urls")),
    path("review/", include("labeling.urls")),
    path("models/", include("labeling.urls_models")),
    path("categories/", views_categories.categories_page, name="categories"),
    path("categories/add", views_categories.category_add, name="category_add"),
    path("categories/merge", views_categories.category_merge, name="category_merge"),
    path("categories/<slug:code>/edit", views_categories.category_edit, name="category_edit"),
    path("devices/", views_devices.devices_page, name="devices"),
    path("devices/add", views_devices.device_add, name="device_add"),
    path("devices/<int:device_id>/revoke", views_devices.device_revoke, name="device_revoke"),
    path("devices/<int:device_id>/token", views_devices.device_token, name="device_token"),
    path("", include("tracker.urls")),
]
