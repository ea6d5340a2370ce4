"""Page templates for the eight web classes, each with layouts for training and one layout kept
out of training (the unseen-apps/layouts split), and web versions of three desktop activities
(code in vscode.dev, notebooks in Colab, notes in Notion and Keep), used by train/test only."""

from __future__ import annotations

from collections.abc import Callable

from ..web import Ctx, Page
from . import (
    code,
    email,
    facebook,
    github,
    google,
    jupyter,
    kaggle,
    medium,
    netflix,
    notes,
    youtube,
)

Template = Callable[[Ctx], Page]

# class code -> (layouts used for train/test, layouts used only by the unseen split)
LAYOUTS: dict[str, tuple[tuple[Template, ...], tuple[Template, ...]]] = {
    "email": ((email.gmail_inbox, email.gmail_message, email.gmail_compose,
               email.gmail_promotions, email.yahoo_mail, email.proton_mail,
               email.roundcube_inbox),
              (email.outlook_inbox,)),
    "facebook": ((facebook.facebook_feed, facebook.facebook_profile, facebook.facebook_group,
                  facebook.facebook_messenger, facebook.facebook_photos,
                  facebook.facebook_events, facebook.facebook_watch, facebook.facebook_friends),
                 (facebook.facebook_marketplace,)),
    "github": ((github.github_code, github.github_issues, github.github_profile,
                github.github_actions, github.github_pulls, github.github_explore,
                github.github_releases, github.github_commits),
               (github.github_pull_diff,)),
    "google": ((google.google_results, google.google_home, google.google_knowledge,
                google.google_videos_news, google.google_shopping, google.google_maps,
                google.google_scholar, google.google_translate),
               (google.google_images,)),
    "kaggle": ((kaggle.kaggle_competition, kaggle.kaggle_code, kaggle.kaggle_discussion,
                kaggle.kaggle_leaderboard, kaggle.kaggle_datasets, kaggle.kaggle_learn,
                kaggle.kaggle_profile, kaggle.kaggle_models),
               (kaggle.kaggle_dataset,)),
    "medium": ((medium.medium_article, medium.medium_profile, medium.medium_editor,
                medium.medium_publication, medium.medium_lists, medium.medium_search),
               (medium.medium_home,)),
    "netflix": ((netflix.netflix_browse, netflix.netflix_player, netflix.netflix_profiles,
                 netflix.netflix_mylist, netflix.netflix_search, netflix.netflix_account,
                 netflix.netflix_new_popular, netflix.netflix_kids),
                (netflix.netflix_title,)),
    "youtube": ((youtube.youtube_home, youtube.youtube_watch, youtube.youtube_channel,
                 youtube.youtube_shorts, youtube.youtube_history, youtube.youtube_studio,
                 youtube.youtube_playlist),
                (youtube.youtube_results,)),
}
WEB_CLASSES: frozenset[str] = frozenset(LAYOUTS)

# desktop activities people also do in a browser tab; the unseen split keeps to its own programs
APP_PAGES: dict[str, tuple[Template, ...]] = {
    "code": (code.vscode_web,),
    "jupyter": (jupyter.colab_notebook,),
    "notes": (notes.notion_page, notes.keep_notes),
}


def layouts_for(code: str, unseen: bool) -> tuple[Template, ...]:
    if code in APP_PAGES:
        if unseen:
            raise ValueError(f"the unseen split has no page layouts for {code!r}")
        return APP_PAGES[code]
    seen, held = LAYOUTS[code]
    return held if unseen else seen
