from django.contrib import admin

from labeling.models import Label, ReviewItem

admin.site.register(ReviewItem)
admin.site.register(Label)
