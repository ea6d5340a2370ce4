"""Page templates for the eight web classes, each with layouts for training and one layout kept
out of training (the unseen-apps/layouts split), and web versions of three desktop activities
(code in vscode.dev, notebooks in Colab, notes in Notion and Keep), used by train/test only."""

from __future__ import annotations

from collections.abc import Callable

from ..web import Ctx, Page
from . import code, dev, jupyter, media, notes, search_mail, social

Template = Callable[[Ctx], Page]

# class code -> (layouts used for train/test, layouts used only by the unseen split)
LAYOUTS: dict[str, tuple[tuple[Template, ...], tuple[Template, ...]]] = {
    "email": ((search_mail.gmail_inbox, search_mail.gmail_message, search_mail.gmail_compose,
               search_mail.gmail_promotions, search_mail.yahoo_mail, search_mail.proton_mail,
               search_mail.roundcube_inbox),
              (search_mail.outlook_inbox,)),
    "facebook": ((social.facebook_feed, social.facebook_profile, social.facebook_group,
                  social.facebook_messenger, social.facebook_photos, social.facebook_events,
                  social.facebook_watch, social.facebook_friends),
                 (social.facebook_marketplace,)),
    "github": ((dev.github_code, dev.github_issues, dev.github_profile, dev.github_actions,
                dev.github_pulls, dev.github_explore, dev.github_releases, dev.github_commits),
               (dev.github_pull_diff,)),
    "google": ((search_mail.google_results, search_mail.google_home,
                search_mail.google_knowledge, search_mail.google_videos_news,
                search_mail.google_shopping, search_mail.google_maps, search_mail.google_scholar,
                search_mail.google_translate),
               (search_mail.google_images,)),
    "kaggle": ((dev.kaggle_competition, dev.kaggle_code, dev.kaggle_discussion,
                dev.kaggle_leaderboard, dev.kaggle_datasets, dev.kaggle_learn, dev.kaggle_profile,
                dev.kaggle_models),
               (dev.kaggle_dataset,)),
    "medium": ((social.medium_article, social.medium_profile, social.medium_editor,
                social.medium_publication, social.medium_lists, social.medium_search),
               (social.medium_home,)),
    "netflix": ((media.netflix_browse, media.netflix_player, media.netflix_profiles,
                 media.netflix_mylist, media.netflix_search, media.netflix_account,
                 media.netflix_new_popular, media.netflix_kids),
                (media.netflix_title,)),
    "youtube": ((media.youtube_home, media.youtube_watch, media.youtube_channel,
                 media.youtube_shorts, media.youtube_history, media.youtube_studio,
                 media.youtube_playlist),
                (media.youtube_results,)),
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
