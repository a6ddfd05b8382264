package io.newsflow.cleaner.domain.html;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Short lines that are page furniture wherever they sit, even inside the article container: ad labels, share
 * prompts, "read more" links, comment prompts, tag lists, date stamps, copyright lines, newsletter appeals.
 */
final class ChromeLines {

    private record Rule(String reason, int maxLength, Pattern pattern) {
    }

    private static final List<Rule> RULES = List.of(
            rule("advertisement", 80, "(advert|advertisement|advertising|ad|sponsored( content)?|anzeige|werbung"
                    + "|publicidad|publicidade|publicité|pubblicità|reklama|реклама|iklan|advertentie|annons|広告|광고|"
                    + "(story|article) continues below( (this )?advertisement)?)"),
            rule("share-bar", 40, "(share( this| on| via)?\\b.*|tweet|e-?mail|print|whatsapp|facebook|twitter"
                    + "|linkedin|pinterest|reddit|copy link)"),
            rule("related-links", 80, "(read more|continue reading|related( articles| stories| posts| content)?"
                    + "|more (stories|articles|news)|recommended( for you)?|you may also like|also read|see also"
                    + "|read next|up next|more\\b.{0,40}\\b(stories|articles|news|reads|videos)"
                    + "|don'?t miss|must read|most (read|popular|viewed)|trending( now)?)\\b.*"
                    + "|more( on this( story| topic)?)?:.*"),
            rule("comments", 80, "(leave a (reply|comment)|\\d+ (comments?|replies)|comments?|reply|post a comment"
                    + "|join the (conversation|discussion)|tell us what you think|what do you think)\\b.*"),
            rule("tags", 200, "(tags?|filed under|posted in|categories|topics)\\s*:.*"),
            rule("page-chrome", 80, "(skip to( main)? content|back to top|top of page|bottom of page"
                    + "|(this|the) (slideshow|video|content|page|feature) requires javascript.*"
                    + "|(please )?enable javascript.*|loading\\W*)"),
            rule("caption", 300, "((image|photo|picture|video)( credit)?s?\\s*:.*|\\(?(photo|image|picture) credit.*"
                    + "|(photo|image)s? by\\b.*|.*\\((image|photo|picture|pic|credit|source)s?\\s*:[^)]*\\))"),
            rule("subscription-appeal", 250, "(subscribe|subscribe (now|today|here)|subscribe to\\b.*)"
                    + "|.*\\b(sign up|subscribe)\\b.*\\b(newsletters?|inbox)\\b.*"
                    + "|.*\\bnewsletters?\\b.*\\b(sign up|subscribe)\\b.*|get the latest\\b.*\\binbox\\b.*"),
            rule("byline", 80, "((last )?(updated|published|posted|first published)\\b.*\\d.*|by [\\p{Lu}].{2,50})"),
            // A name or place next to a timestamp, and nothing else.
            rule("byline", 60, "(\\S+\\s+){0,5}(\\d{4}-\\d{2}-\\d{2}|\\d{1,2}:\\d{2})(\\s+\\S+){0,5}"),
            // Newswire staff credits closing a story, not part of it.
            rule("credits", 300, "\\(?((additional )?reporting|writing|editing)( and \\w+)? by\\b.*"
                    + "|.*\\bcontributed (reporting|to this (report|story|article))\\b.*"),
            rule("share-bar", 150, "follow\\b.{0,60}\\b(on|at)\\s+"
                    + "(facebook|twitter|instagram|youtube|linkedin|tiktok)\\b.*"),
            rule("copyright", 200, ".*(©|ⓒ|\\(c\\) \\d{4}|\\bcopyright\\b|all rights reserved).*"),
            rule("disclaimer", 800, "(disclaimer|disclosure)\\s*:.*"),
            rule("author-contact", 250, ".*\\b(reached|contact|email|e-mail|write to)\\b.*[\\w.+-]+@[\\w-]+\\.[\\w.]+.*"));

    private ChromeLines() {
    }

    private static Rule rule(String reason, int maxLength, String regex) {
        return new Rule(reason, maxLength, Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE
                | Pattern.DOTALL));
    }

    /** The reason the line is furniture, or null. */
    static String reason(String text) {
        String line = text.strip();
        for (Rule rule : RULES) {
            if (line.length() <= rule.maxLength() && rule.pattern().matcher(line).matches()) {
                return rule.reason();
            }
        }
        return null;
    }
}
