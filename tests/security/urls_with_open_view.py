"""The project's URLs plus one view without a login: the walk must report it
(tests/security/test_login_required.py proves the walk can fail)."""

from django.http import JsonResponse
from django.urls import path

from timenet_site.urls import urlpatterns as project_patterns


def leaky(request, frame_id: int):
    return JsonResponse({"frames": [1, 2, 3]})


urlpatterns = [path("leaky/<int:frame_id>", leaky, name="leaky"), *project_patterns]
