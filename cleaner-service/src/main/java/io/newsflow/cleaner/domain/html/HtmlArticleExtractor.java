package io.newsflow.cleaner.domain.html;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import io.newsflow.cleaner.domain.CleanedDocument;
import io.newsflow.cleaner.domain.ExtractionQuality;
import io.newsflow.contract.RemovedBlock;

/**
 * Main-content extraction from an HTML page.
 * <p>
 * The page is cut into text blocks; each block gets a value (positive for sentence-like prose with few links,
 * negative for short lines, link lists and anything inside a boilerplate container), the element whose subtree sums
 * to the highest value is the article root, and inside it blocks that are still boilerplate (captions, share bars,
 * repeated title...) are dropped. A JSON-LD {@code articleBody}, when the page has one, votes on which blocks are body.
 * Everything dropped is reported with its reason.
 */
public final class HtmlArticleExtractor {

    private static final String INVISIBLE = "script, style, noscript, template, svg, canvas, iframe, object, embed, "
            + "button, select, input, textarea, link, meta, video, audio, source, map, [hidden], [aria-hidden=true], "
            + "[style~=(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden]";

    /** Text that is escaped or leaked markup, e.g. a tracking pixel's tag inside a noscript. */
    private static final Pattern MARKUP = Pattern.compile("<(/?[a-zA-Z][a-zA-Z0-9]*(\\s+[a-zA-Z-]+\\s*=[^>]*)?\\s*/?"
            + "|!--.*)>|\\[/?[a-z_]+(\\s+[a-z_]+\\s*=[^\\]]*)?\\]");
    private static final Pattern BRACKETED = Pattern.compile("[\\[(]\\s*([^\\[\\]()]{2,40}?)\\s*[\\])]");
    private static final Pattern URL = Pattern.compile("(https?://|www\\.)\\S+");

    /** Class words of hover cards and tooltips that a script pops up over a word in the text. */
    private static final Pattern INLINE_POPUP = Pattern.compile("tooltip|popover|hover[-_]?card|rollover");

    private static final Set<String> SECTION_REASONS = Set.of("related-links", "comments", "subscription-appeal");

    private static final Set<String> GENERIC_REASONS = Set.of("header", "footer", "sidebar", "form", "hidden", "popup");

    /** Far deeper than article pages nest (the extraction benchmark's 181: at most 49, median 15). */
    public static final int DEFAULT_MAX_DEPTH = 256;
    /**
     * A cut of fewer words than this is not an article (the failure bound of the clean stage's quality verdict):
     * the densest container of prose is tried instead.
     */
    static final int FALLBACK_BELOW_WORDS = ExtractionQuality.MIN_MAIN_TEXT_WORDS;

    private final int maxDepth;

    public HtmlArticleExtractor() {
        this(DEFAULT_MAX_DEPTH);
    }

    /**
     * @param maxDepth element nesting below {@code body} that scoring sees; deeper block elements still start new
     *                 paragraphs but count as part of their ancestor at this depth, so a page nested thousands of
     *                 levels deep costs time linear in its size
     */
    public HtmlArticleExtractor(int maxDepth) {
        if (maxDepth < 1) {
            throw new IllegalArgumentException("maxDepth must be at least 1, was " + maxDepth);
        }
        this.maxDepth = maxDepth;
    }

    public CleanedDocument extract(String html, String baseUri) {
        return extract(Jsoup.parse(html, baseUri == null ? "" : baseUri));
    }

    /** Extracts from {@code doc}; the document is modified (invisible elements are removed). */
    public CleanedDocument extract(Document doc) {
        String jsonLdBody = JsonLdArticleBody.find(doc);
        String title = title(doc);
        doc.select(INVISIBLE).remove();
        Element body = doc.body();
        List<RemovedBlock> removed = new ArrayList<>();
        List<String> popups = removeInlinePopups(body);
        for (String popup : popups) {
            addRemoved(removed, popup, "popup");
        }
        Map<Block, String> reasons = new IdentityHashMap<>();
        List<Block> blocks = BlockSplitter.split(body, maxDepth);
        Page page = new Page(body, blocks, jsonLdBody);
        List<Element> roots = page.bestRoots();

        List<String> paragraphs = new ArrayList<>();
        String normalizedTitle = normalize(title);
        Element droppedSection = null;
        String droppedSectionReason = null;
        String droppedList = null;
        for (Block block : blocks) {
            String reason = page.reasonToDrop(block, roots, normalizedTitle, paragraphs);
            boolean opensSection = reason != null && SECTION_REASONS.contains(reason);
            if (block.isHeading()) {
                // A "Related stories" or "Comments" heading takes the rest of its section with it.
                droppedSection = opensSection ? block.owner().parent() : null;
                droppedSectionReason = opensSection ? reason : null;
                droppedList = null;
            } else if (reason == null && droppedSection != null && isWithin(block.owner(), droppedSection)) {
                reason = droppedSectionReason;
            } else if (reason == null && droppedList != null && block.owner().nameIs("li")) {
                // A "More stories" line introduces the list right after it.
                reason = droppedList;
            } else {
                droppedList = opensSection && block.length() < 60 ? reason : null;
            }
            if (reason == null) {
                paragraphs.add(block.text());
            } else {
                addRemoved(removed, block.text(), reason);
            }
            reasons.put(block, reason);
        }
        int words = WordTokens.count(String.join(" ", paragraphs));
        Element container = words < FALLBACK_BELOW_WORDS ? DensestContainer.of(blocks) : null;
        if (container != null) {
            CleanedDocument densest = fallback(title, popups, blocks, container, reasons);
            if (WordTokens.count(String.join(" ", densest.paragraphs())) > words) {
                return densest;
            }
        }
        return new CleanedDocument(title, null, null, paragraphs, removed);
    }

    /**
     * The cut of {@link DensestContainer}: inside the container, its prose and what the main pass kept there; every
     * other block removed with the reason the main pass gave it, or {@code outside-main-text} for one it had kept.
     */
    private static CleanedDocument fallback(String title, List<String> popups, List<Block> blocks, Element container,
            Map<Block, String> reasons) {
        List<RemovedBlock> removed = new ArrayList<>();
        popups.forEach(popup -> addRemoved(removed, popup, "popup"));
        List<String> paragraphs = new ArrayList<>();
        for (Block block : blocks) {
            boolean keptBefore = reasons.get(block) == null;
            if (isWithin(block.owner(), container) && (keptBefore || DensestContainer.isProse(block))) {
                paragraphs.add(block.text());
            } else {
                String reason = reasons.get(block);
                addRemoved(removed, block.text(), reason != null ? reason : "outside-main-text");
            }
        }
        return new CleanedDocument(title, null, null, paragraphs, removed);
    }

    /**
     * Removes hover cards nested in a paragraph (a person's photo and latest headlines behind a name): inline, so
     * they would otherwise merge into the sentence and make it look like a link list. Innermost first, so the linked
     * word the card hangs on stays.
     */
    private static List<String> removeInlinePopups(Element body) {
        List<Element> candidates = body.select("p [class], li [class]");
        List<String> texts = new ArrayList<>();
        for (int i = candidates.size() - 1; i >= 0; i--) {
            Element e = candidates.get(i);
            String words = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
            if (e.parent() != null && !BlockSplitter.isBlock(e) && INLINE_POPUP.matcher(words).find()
                    && e.select("a[href]").size() >= 2) {
                texts.add(0, e.text());
                e.remove();
            }
        }
        return texts;
    }

    static boolean isWithin(Element element, Element ancestor) {
        for (Element e = element; e != null; e = e.parent()) {
            if (e == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static void addRemoved(List<RemovedBlock> removed, String text, String reason) {
        int last = removed.size() - 1;
        if (last >= 0 && removed.get(last).reason().equals(reason)) {
            removed.set(last, new RemovedBlock(removed.get(last).text() + "\n" + text, reason));
        } else {
            removed.add(new RemovedBlock(text, reason));
        }
    }

    static String title(Document doc) {
        Element og = doc.selectFirst("meta[property=og:title], meta[name=og:title], meta[name=twitter:title]");
        if (og != null && !og.attr("content").isBlank()) {
            return og.attr("content").strip();
        }
        Element h1 = doc.selectFirst("h1");
        if (h1 != null && !h1.text().isBlank()) {
            return h1.text().strip();
        }
        String title = doc.title().strip();
        return title.isEmpty() ? null : title;
    }

    /** A heading that is the title with or without the site name around it. */
    private static boolean isPartOfTitle(String heading, String normalizedTitle) {
        String normalized = normalize(heading);
        return normalized.length() >= 10 && !normalizedTitle.isEmpty()
                && (normalizedTitle.contains(normalized) || normalized.contains(normalizedTitle));
    }

    static String normalize(String text) {
        return text == null ? "" : String.join(" ", WordTokens.of(text.toLowerCase(Locale.ROOT)));
    }

    /** Per-page state: block values, container reasons and subtree sums. */
    private static final class Page {
        private static final int TEASER_MAX_BLOCKS = 5;
        private final Element body;
        private final List<Block> blocks;
        private final Map<Element, Double> subtreeValue = new IdentityHashMap<>();
        private final Map<Element, Integer> subtreeProse = new IdentityHashMap<>();
        private final Map<Element, String> reasons = new IdentityHashMap<>();
        private final Map<Element, List<Block>> blocksIn = new IdentityHashMap<>();
        private final Map<Element, Integer> headlineLinkLines = new IdentityHashMap<>();
        private final Set<String> jsonLdShingles;
        private final boolean jsonLdComplete;
        private final int totalProse;

        Page(Element body, List<Block> blocks, String jsonLdBody) {
            this.body = body;
            this.blocks = blocks;
            List<String> jsonLdTokens = WordTokens.of(jsonLdBody);
            this.jsonLdShingles = shingles(jsonLdTokens);
            String end = jsonLdBody.strip();
            this.jsonLdComplete = jsonLdTokens.size() >= 120 && !end.endsWith("...") && !end.endsWith("…");
            int prose = 0;
            for (Block block : blocks) {
                for (Element e = block.owner(); e != null; e = e == body ? null : e.parent()) {
                    List<Block> in = blocksIn.computeIfAbsent(e, k -> new ArrayList<>());
                    // isTeaser only asks whether a container holds 2 to 5 blocks.
                    if (in.size() <= TEASER_MAX_BLOCKS) {
                        in.add(block);
                    }
                }
                if (opensWithHeadlineLink(block) && block.owner().parent() != null) {
                    headlineLinkLines.merge(block.owner().parent(), 1, Integer::sum);
                }
                if (isProse(block)) {
                    prose += block.length();
                    for (Element e = block.owner(); e != null; e = e == body ? null : e.parent()) {
                        subtreeProse.merge(e, block.length(), Integer::sum);
                    }
                }
            }
            this.totalProse = prose;
            for (Block block : blocks) {
                double value = value(block);
                for (Element e = block.owner(); e != null; e = e == body ? null : e.parent()) {
                    subtreeValue.merge(e, value, Double::sum);
                }
            }
        }

        /**
         * The best root plus those of its siblings that carry prose of their own (a lead paragraph or a second body
         * part laid out beside the main one), as Readability does.
         */
        List<Element> bestRoots() {
            Element root = bestRoot();
            List<Element> roots = new ArrayList<>();
            roots.add(root);
            if (root == body || root.parent() == null) {
                return roots;
            }
            double rootValue = subtreeValue.getOrDefault(root, 0.0);
            for (Element sibling : root.parent().children()) {
                if (sibling == root || !reasons.computeIfAbsent(sibling, this::reasonOf).isEmpty()) {
                    continue;
                }
                double value = subtreeValue.getOrDefault(sibling, 0.0);
                int prose = subtreeProse.getOrDefault(sibling, 0);
                if (prose >= 80 && value > Math.max(40, rootValue * 0.05)) {
                    roots.add(sibling);
                }
            }
            return roots;
        }

        Element bestRoot() {
            Element best = body;
            double bestValue = subtreeValue.getOrDefault(body, 0.0);
            int bestDepth = 0;
            for (Map.Entry<Element, Double> entry : subtreeValue.entrySet()) {
                Element e = entry.getKey();
                double value = entry.getValue();
                int depth = depth(e);
                if (value > bestValue + 1e-9 || (Math.abs(value - bestValue) <= 1e-9 && depth > bestDepth)) {
                    best = e;
                    bestValue = value;
                    bestDepth = depth;
                }
            }
            return best;
        }

        String reasonToDrop(Block block, List<Element> roots, String normalizedTitle, List<String> keptSoFar) {
            String text = block.text();
            boolean isTitle = !normalizedTitle.isEmpty() && normalize(text).equals(normalizedTitle);
            Element root = rootOf(block.owner(), roots);
            if (root == null) {
                String reason = containerReason(block.owner(), body);
                return reason != null ? reason : isTitle ? "repeated-title" : "outside-main-content";
            }
            String reason = containerReason(block.owner(), root);
            if (reason != null) {
                return reason;
            }
            if (block.owner().nameIs("h1") || isTitle || (block.isHeading() && isPartOfTitle(text, normalizedTitle))) {
                return "repeated-title";
            }
            if (isMarkupText(text)) {
                return "markup";
            }
            String chrome = ChromeLines.reason(text);
            if (chrome != null) {
                return chrome;
            }
            if (block.linkDensity() > 0.6 && !block.isHeading() && !isBracketedSource(text)) {
                return "link-list";
            }
            if (isImageCaption(block)) {
                return "caption";
            }
            // Equal neighbouring cells are data (a results table), not a block printed twice.
            if (!keptSoFar.isEmpty() && keptSoFar.get(keptSoFar.size() - 1).equals(text)
                    && !isTableCell(block.owner())) {
                return "duplicate";
            }
            return null;
        }

        private double value(Block block) {
            int length = block.length();
            double value;
            if (containerReason(block.owner(), body) != null || isMarkupText(block.text())) {
                value = -length;
            } else if (isProse(block)) {
                value = isTeaser(block) ? -length * 0.5 : length * (1 - block.linkDensity());
            } else if (block.isHeading() || (block.linkDensity() < 0.2 && isListOrCell(block.owner()))) {
                value = 0;
            } else {
                value = -Math.min(length, 60) * 0.5;
            }
            if (!jsonLdShingles.isEmpty()) {
                // The page's own statement of its body. A complete one also says what is not body; a teaser-length
                // or truncated one only vouches for what it contains.
                value += matchesJsonLd(block) ? length : jsonLdComplete ? -length : 0;
            }
            return value;
        }

        /**
         * A summary in a teaser card: the smallest container around it holds only a few blocks, one of them a
         * headline link. Related-story lists are made of these; article paragraphs sit among many siblings.
         */
        private boolean isTeaser(Block block) {
            Element list = block.owner().parent();
            if (opensWithHeadlineLink(block) && list != null && headlineLinkLines.getOrDefault(list, 0) >= 3) {
                // Repeated in one list: a ticker or story list.
                return true;
            }
            Element card = block.owner();
            List<Block> inCard = List.of();
            for (int level = 0; level < 4 && card != null && card != body; level++) {
                inCard = blocksIn.getOrDefault(card, List.of());
                if (inCard.size() > 1) {
                    break;
                }
                card = card.parent();
            }
            if (inCard.size() < 2 || inCard.size() > TEASER_MAX_BLOCKS) {
                return false;
            }
            int chars = 0;
            boolean headlineLink = false;
            for (Block other : inCard) {
                chars += other.length();
                if (other != block && other.length() >= 15 && other.linkDensity() > 0.8) {
                    headlineLink = true;
                }
            }
            return headlineLink && chars < 600;
        }

        /** A headline link followed by a cut-off summary, as story lists print them. */
        private static boolean opensWithHeadlineLink(Block block) {
            String text = block.text();
            return block.leadLinkChars() >= 25 && text.length() < 600 && (text.endsWith("...") || text.endsWith("…"));
        }

        /**
         * A short line that is the only text of a container holding a picture: the picture's caption, laid out
         * without a figcaption.
         */
        private static boolean isImageCaption(Block block) {
            Element owner = block.owner();
            if (block.length() > 150 || block.isHeading() || owner.nameIs("body")) {
                return false;
            }
            int maxChars = block.length() + 10;
            // Text length first, stopping early: in a deeply nested page every short line's owner holds the rest.
            if (holdsMoreLettersThan(owner, maxChars) || owner.text().length() > maxChars) {
                return false;
            }
            return owner.select("img").stream()
                    .anyMatch(img -> !img.className().toLowerCase(Locale.ROOT).contains("emoji"));
        }

        /** Letters and digits all survive {@code text()}, so more of them than {@code limit} bound its length. */
        private static boolean holdsMoreLettersThan(Element element, int limit) {
            int[] letters = {0};
            NodeTraversor.filter((node, depth) -> {
                if (node instanceof TextNode text) {
                    String value = text.getWholeText();
                    for (int i = 0; i < value.length() && letters[0] <= limit; i++) {
                        if (Character.isLetterOrDigit(value.charAt(i))) {
                            letters[0]++;
                        }
                    }
                }
                return letters[0] > limit ? NodeFilter.FilterResult.STOP : NodeFilter.FilterResult.CONTINUE;
            }, element);
            return letters[0] > limit;
        }

        /** "[ Source name ]" under a quoted passage: the attribution of the quote, one link in brackets. */
        private static boolean isBracketedSource(String text) {
            Matcher m = BRACKETED.matcher(text);
            return m.matches() && ChromeLines.reason(m.group(1)) == null;
        }

        private static boolean isTableCell(Element owner) {
            return owner.closest("td, th") != null;
        }

        private static boolean isListOrCell(Element owner) {
            return owner.nameIs("li") || owner.nameIs("td") || owner.nameIs("th") || owner.nameIs("dd")
                    || owner.nameIs("dt");
        }

        /** Leaked tags, CMS shortcodes, or a run of bare URLs (image metadata dumped as text). */
        private static boolean isMarkupText(String text) {
            if (MARKUP.matcher(text).lookingAt()) {
                return true;
            }
            int urlChars = 0;
            var urls = URL.matcher(text);
            while (urls.find()) {
                urlChars += urls.end() - urls.start();
            }
            return urlChars * 2 > text.length();
        }

        private boolean matchesJsonLd(Block block) {
            List<String> tokens = WordTokens.of(block.text());
            Set<String> own = shingles(tokens);
            if (own.isEmpty()) {
                return false;
            }
            int hits = 0;
            for (String shingle : own) {
                if (jsonLdShingles.contains(shingle)) {
                    hits++;
                }
            }
            return hits * 2 >= own.size();
        }

        private static Set<String> shingles(List<String> tokens) {
            Set<String> result = new HashSet<>();
            for (int i = 0; i + 4 <= tokens.size(); i++) {
                result.add(String.join(" ", tokens.subList(i, i + 4)));
            }
            if (tokens.size() < 4 && !tokens.isEmpty()) {
                result.add(String.join(" ", tokens));
            }
            return result;
        }

        private static boolean isProse(Block block) {
            int length = block.length();
            if (block.linkDensity() > 0.35 || block.isHeading()) {
                return false;
            }
            return length >= 100 || (length >= 40 && hasSentenceEnd(block.text()));
        }

        private static boolean hasSentenceEnd(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '.' || c == '!' || c == '?' || c == '。' || c == '!' || c == '?') {
                    return true;
                }
            }
            return false;
        }

        /**
         * Reason of the boilerplate containers between the block and {@code top} (exclusive): the outermost specific
         * one (navigation, comments...) over the outermost generic layout one (header, footer, sidebar, form).
         */
        private String containerReason(Element owner, Element top) {
            String specific = null;
            String generic = null;
            for (Element e = owner; e != null && !e.equals(top); e = e.parent()) {
                if (BoilerplateHints.isEmbeddedPost(e)) {
                    // A quoted social post belongs to whatever holds it; widget wrappers around it say nothing.
                    break;
                }
                String reason = reasons.computeIfAbsent(e, this::reasonOf);
                if (reason.isEmpty()) {
                    continue;
                }
                if (GENERIC_REASONS.contains(reason)) {
                    generic = reason;
                } else {
                    specific = reason;
                }
            }
            return specific != null ? specific : generic;
        }

        private String reasonOf(Element element) {
            String reason = BoilerplateHints.byTag(element);
            if (reason == null) {
                reason = BoilerplateHints.byAttributes(element);
            }
            if (reason == null || isPullQuote(element)) {
                return "";
            }
            // A container holding most of the page's prose is a layout wrapper, not boilerplate (comments aside).
            boolean holdsMostProse = subtreeProse.getOrDefault(element, 0) * 2 > totalProse;
            if (holdsMostProse && !reason.equals("comments")) {
                return "";
            }
            if (element.selectFirst("[itemprop=articleBody]") != null) {
                return "";
            }
            return reason;
        }

        /**
         * A short quote from the story set in an aside between its paragraphs: part of the text, not a sidebar.
         * Sidebars carry links or sit beside the text column, not among its paragraphs.
         */
        private static boolean isPullQuote(Element element) {
            if (!element.nameIs("aside") || element.selectFirst("a[href], img, form") != null) {
                return false;
            }
            int length = element.text().length();
            if (length < 20 || length > 300) {
                return false;
            }
            Element parent = element.parent();
            for (int level = 0; level < 2 && parent != null; level++, parent = parent.parent()) {
                if (parent.children().stream().filter(c -> c.nameIs("p")).count() >= 2) {
                    return true;
                }
            }
            return false;
        }

        private int depth(Element element) {
            int depth = 0;
            for (Element e = element; e != null && e != body; e = e.parent()) {
                depth++;
            }
            return depth;
        }

        private static Element rootOf(Element element, List<Element> roots) {
            for (Element e = element; e != null; e = e.parent()) {
                for (Element root : roots) {
                    if (e == root) {
                        return root;
                    }
                }
            }
            return null;
        }
    }
}
