"""The catalogue of rule ids a `Removal` may carry, each with what it cuts.

Ids are stable across releases: users count cuts by them over a crawl and write tests against
them. docs/detectors.md documents every id here (tests/explain/test_rules.py checks both ways,
and that every id the code can emit is listed). The prefix names the stage or detector
(``forum`` is ``forum_chrome``, ``section`` is ``section_labels``).
"""

from __future__ import annotations

from types import MappingProxyType

_CATALOGUE = {
    # notes about the whole page (no location)
    "input.binary": "a binary file (PDF, image, archive…): nothing was cleaned",
    "input.page_cut": "the page was cut at the size limit before cleaning",
    "decode.charset": "which charset the page was read as, and why",
    "time_limit.exceeded": "the page ran past Options.time_limit: the article is empty",
    # navigation
    "navigation.breadcrumb": "breadcrumb trail or 'you are here' line",
    "navigation.prev_next": "previous/next article link",
    "navigation.menu_bar": "one line of 5+ short menu entries",
    "navigation.menu_entry": "a line made only of menu phrases",
    "navigation.tool_buttons": "page tool buttons ([print] [close] …)",
    "navigation.login_prompt": "login/register prompt",
    "navigation.nav_list_item": "short item of a navigation list",
    "navigation.nav_link": "short link in a navigation container",
    "navigation.header_link": "short link in the page header",
    # link_farm
    "link_farm.links_in_one_line": "one line holding 6+ short links",
    "link_farm.link_list": "a list whose items are nearly all short links",
    "link_farm.link_run": "8+ link lines in a row",
    "link_farm.link_line": "text dump: one line holding a whole link list",
    "link_farm.short_line_run": "text dump: a run of short unpunctuated lines (a link list)",
    "link_farm.list_label": "text dump: the label of such a run ('网站链接:')",
    # seo_spam
    "seo_spam.stuffed_line": "keyword stuffing on one line",
    "seo_spam.stuffed_lines": "keyword stuffing over a run of short lines",
    # legal
    "legal.icp_registration": "site registration number (ICP备, 公网安备, 网站标识码)",
    "legal.disclaimer_label": "a line opening with a disclaimer label (免责声明, Disclaimer)",
    "legal.statement_label": "a 声明:/注: line about reprints or sources",
    "legal.cookie_banner": "cookie banner or site credit ('Powered by')",
    "legal.copyright": "copyright notice",
    "legal.reprint_statement": "reprint, privacy or disclaimer statement",
    "legal.publisher_notice": "a publisher's anti-reprint notice and its clauses",
    "legal.affiliate_disclosure": "affiliate or deal disclosure",
    "legal.contact_line": "address/phone/e-mail line of a legal footer",
    # promo
    "promo.formula": "promo formula (想爆料, 扫码关注, 阅读原文 …)",
    "promo.formula_en": "English promo formula on a short line (Share this, Subscribe …)",
    "promo.engagement_prompt": "engagement prompt (Like this story?, 欢迎留言)",
    "promo.pitch": "post-article pitch (If you enjoyed this article …)",
    "promo.paywall": "paywall notice",
    "promo.ad_label": "ad or share label (Advertisement, 广告)",
    "promo.call_to_action": "short line: an imperative plus a channel (微信, app, newsletter)",
    "promo.share_buttons": "a line of share-button names",
    "promo.share_bar": "share buttons laid out one per line",
    "promo.address_line": "a lone URL or e-mail address printed as text",
    # forum_chrome
    "forum.edit_stamp": "edit stamp (本帖最后由 … 编辑, 'edited by … at')",
    "forum.counter": "view/comment counter or reading time",
    "forum.comment_bar": "comment bar or comment-form line",
    "forum.post_header": "post header (user, time, toolbar)",
    "forum.posted_by": "'Posted by X at <time>' line",
    "forum.signature_line": "signature or page-generation line",
    "forum.toolbar": "post toolbar (reply, quote, report …)",
    # captions
    "captions.photo_caption": "photo caption ending in its bracketed credit",
    "captions.photo_credit": "photo credit line ('Jane Doe | Getty Images')",
    "captions.newsroom_credit": "wire credit line ('Reporting by …; Editing by …')",
    "captions.gallery_counter": "gallery counter ('Image 1 of 5')",
    # section_labels
    "section.label": "label of a non-article section (Related Articles, 相关阅读)",
    "section.tag_line": "tag line (Tags: …, 关键词：…)",
    # leaked_markup
    "leaked_markup.shortcode_widget": "a line wrapped in one shortcode widget",
    "leaked_markup.markup_line": "a line made of markup printed as text",
    "leaked_markup.tags_in_text": "tags printed inside a line of text (cut as a span)",
    # repeated_labels
    "repeated_labels.label": "a short line the page repeats 3+ times (a template label)",
    # scorer: sections marked by class/id words, inside or outside the article region
    "scorer.comment_section": "comment section (class/id comment, reply, respond)",
    "scorer.related_section": "related or popular stories (related, recommend, trending)",
    "scorer.sidebar": "sidebar (class/id sidebar, aside, widget, or an <aside>)",
    "scorer.share_widget": "sharing widget (share, social, sns)",
    "scorer.navigation_section": "navigation (nav, menu, breadcrumb, pagination, or a <nav>)",
    "scorer.header_region": "page header (masthead, or a <header> outside the article)",
    "scorer.footer_region": "page footer (footer, copyright, or a <footer>)",
    "scorer.ad_section": "ads, newsletter, popups (ad, promo, sponsor, subscribe, modal)",
    "scorer.byline_section": "author box or meta line (bio, byline, author, meta)",
    "scorer.caption_section": "captions, credits, galleries",
    "scorer.tag_section": "tag lists (tags, tagcloud)",
    "scorer.hinted_section": "a section another class/id word marks",
    # scorer: structure
    "scorer.teaser_grid": "repeated teaser cards with linked titles",
    "scorer.forum_reply": "replies in a thread whose opening post is the article",
    "scorer.link_list": "a list whose items are mostly links",
    "scorer.link_heavy": "a line that is mostly link text",
    "scorer.figure_caption": "figure caption inside the article",
    "scorer.second_post": "prose forming another post outside the article region",
    "scorer.far_from_region": "prose far from the article region",
    "scorer.outside_main": "outside the page's <main>, which replaced a thin article region",
    "scorer.above_region": "short line above the article region (nothing else known)",
    "scorer.below_region": "short line below the article region (nothing else known)",
    "scorer.outside_region": "outside the article region, nothing more known (generic)",
    "scorer.lists_excluded": "list item left out by Options(include_lists=False)",
    "scorer.tables_excluded": "table row left out by Options(include_tables=False)",
    "scorer.thin_page": "thin page fallback: a line that is not prose",
    "scorer.no_words": "a line without words",
    "scorer.before_body": "text dump: before the first prose line",
    "scorer.after_body": "text dump: after the last prose line",
    # metadata
    "metadata.title_line": "the headline repeated at the top of the body",
    "metadata.info_line": "a line of metadata only (时间/来源/作者, dates, bylines)",
    "metadata.byline": "byline",
    "metadata.credit": "author, editor or source credit ('(记者 王小明)', '责任编辑：')",
    "metadata.original_title": "'original title' line",
    "metadata.edit_note": "forum edit note read as metadata",
    "metadata.line": "another line metadata was read from",
}
RULES = MappingProxyType(_CATALOGUE)
GENERIC_RULES = frozenset({"scorer.outside_region"})
