"""The review queue's URLs, under /review/."""

from django.urls import path

from labeling import views

app_name = "labeling"
urlpatterns = [
    path("", views.review_page, name="review"),
    path("next", views.next_item, name="next"),
    path("label", views.label, name="label"),
    path("undo", views.undo, name="undo"),
    path("similar/<int:item_id>", views.similar, name="similar"),
    path("heatmap/<int:frame_id>", views.heatmap, name="heatmap"),
    path("frame/<int:frame_id>.jpg", views.frame_image, name="frame"),
    path("relabel-range", views.relabel_range_view, name="relabel_range"),
]
