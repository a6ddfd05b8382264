package io.newsflow.cleaner.domain.html;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

/**
 * What an element's tag, role, class and id say about it: the kebab-case reason it is boilerplate, or null.
 * Generic vocabulary of page templates (CMS themes, ARIA roles), nothing specific to one site.
 */
final class BoilerplateHints {

    private record Hint(String reason, Pattern pattern) {
    }

    /** Class/id words of containers that hold the article body itself: never boilerplate. */
    private static final Pattern BODY_HINT = Pattern.compile(
            "articlebody|article[-_]*(body|content|text|main)|(entry|post|story|news|page)[-_]*(body|content|text)"
                    + "|main[-_]*content|body[-_]*(text|copy|content)|rich[-_]*text|markdown");

    // Order matters: the first match names the reason.
    private static final List<Hint> HINTS = List.of(
            hint("cookie-notice", "cookie|consent|gdpr"),
            hint("comments", "comment|disqus|(^|[^a-z])(respond|replies|reply)([^a-z]|$)"),
            hint("share-bar", "share|sharing|social|sociable|addthis|(^|[^a-z])(follow|print)[-_]*(us|bar|tool)"),
            hint("related-links", "related|recommend|more[-_]*(stories|articles|news|from|on|in)|read[-_]*(more|next)"
                    + "|also[-_]*read|outbrain|taboola|(^|[^a-z])(popular|trending|most[-_]*(read|viewed|popular))"
                    + "|next[-_]*(article|post|story)|prev[-_]*next|you[-_]*may|teaser"),
            hint("subscription-appeal", "newsletter|subscri|sign[-_]*up|signup|paywall|donat|membership|regwall"
                    + "|(^|[^a-z])promo"),
            hint("advertisement", "(^|[^a-z])(ad|ads|adv|advert\\w*|adslot|adunit|dfp|gpt|sponsor\\w*)([^a-z]|$)"
                    + "|advertis|ad[-_]?(container|wrapper|slot|unit|box|block)"),
            hint("navigation", "(^|[^a-z])(nav|navbar|navigation|menu|breadcrumbs?|pagination|pager|skip[-_]*link\\w*)"
                    + "([^a-z]|$)|breadcrumb|menu[-_]"),
            hint("caption", "caption|(^|[^a-z])(credit|credits|photo[-_]*credit)([^a-z]|$)"),
            hint("byline", "byline|(^|[^a-z])(author|authors|dateline|timestamp|posted[-_]*on|date)([^a-z]|$)"
                    + "|(article|entry|post)[-_]*(meta|info|details|header|date)"),
            hint("author-bio", "author[-_]*(bio|box|info|card)|about[-_]*(the[-_]*)?author"),
            hint("tags", "(^|[^a-z])(tags|tag[-_]*list|tagcloud|categories|keywords)([^a-z]|$)"),
            hint("footer", "footer|(^|[^a-z])foot([^a-z]|$)|copyright"),
            hint("sidebar", "sidebar|side[-_]*bar|widget|(^|[^a-z])(rail|aside)([^a-z]|$)"),
            hint("popup", "modal|popup|overlay|lightbox"),
            hint("hidden", "(^|[^a-z])(hidden|hide|sr[-_]only|visually[-_]hidden|screen[-_]*reader\\w*|offscreen)"
                    + "([^a-z]|$)"));

    private BoilerplateHints() {
    }

    private static Hint hint(String reason, String regex) {
        return new Hint(reason, Pattern.compile(regex));
    }

    /** Reason from the tag or ARIA role alone, or null. */
    static String byTag(Element element) {
        String role = element.attr("role").toLowerCase(Locale.ROOT);
        switch (role) {
            case "navigation", "menu", "menubar":
                return "navigation";
            case "complementary":
                return "sidebar";
            case "contentinfo":
                return "footer";
            case "banner":
                return "header";
            case "dialog", "alertdialog":
                return "popup";
            default:
                break;
        }
        return switch (element.normalName()) {
            case "nav", "menu" -> "navigation";
            case "aside" -> "sidebar";
            case "footer" -> "footer";
            case "header" -> "header";
            case "form", "fieldset" -> "form";
            case "figcaption" -> "caption";
            case "dialog" -> "popup";
            case "address" -> "byline";
            default -> null;
        };
    }

    /** Reason from class, id and itemprop words, or null; body containers are never boilerplate. */
    static String byAttributes(Element element) {
        String words = (element.className() + " " + element.id()).toLowerCase(Locale.ROOT).strip();
        if (words.isEmpty()) {
            return null;
        }
        if (isBodyContainer(element)) {
            return null;
        }
        for (Hint hint : HINTS) {
            if (hint.pattern().matcher(words).find()) {
                return hint.reason();
            }
        }
        return null;
    }

    private static final Pattern EMBEDDED_POST = Pattern.compile("twitter-tweet|instagram-media|tiktok-embed"
            + "|fb-post|(^|[^a-z])(embed|embedded|tweet)([^a-z]|$)|social[-_]*(media[-_]*)?embed");

    /** A quoted social-media post or similar embed the author placed in the text. */
    static boolean isEmbeddedPost(Element element) {
        String words = (element.className() + " " + element.id()).toLowerCase(Locale.ROOT);
        return !words.isBlank() && EMBEDDED_POST.matcher(words).find();
    }

    static boolean isBodyContainer(Element element) {
        if (element.attr("itemprop").equalsIgnoreCase("articleBody")) {
            return true;
        }
        String words = (element.className() + " " + element.id()).toLowerCase(Locale.ROOT);
        return BODY_HINT.matcher(words).find();
    }
}
