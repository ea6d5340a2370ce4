"""The models page's URLs, under /models/ (included by timenet_site/urls.py)."""

from django.urls import path

from labeling import views_models

urlpatterns = [
    path("", views_models.models_page, name="models"),
    path("retrain", views_models.retrain_now, name="models_retrain"),
    path("rollback", views_models.rollback_now, name="models_rollback"),
    path("<int:version_id>/<str:name>", views_models.report_image, name="models_report"),
]
