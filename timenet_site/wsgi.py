"""WSGI entry point, served by waitress in `make run` (never Django's runserver)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "timenet_site.settings")

application = get_wsgi_application()
