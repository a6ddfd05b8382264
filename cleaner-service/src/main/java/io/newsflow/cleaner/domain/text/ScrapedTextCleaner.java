package io.newsflow.cleaner.domain.text;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.newsflow.cleaner.domain.CleanedDocument;
import io.newsflow.cleaner.domain.metadata.Bylines;
import io.newsflow.cleaner.domain.metadata.DateTextParser;
import io.newsflow.contract.RemovedBlock;

/**
 * Cleans plain text scraped from a web page: the article's paragraphs are kept, the page chrome around them is removed
 * and recorded with its reason, and the headline and byline become title, author and publication day.
 * <p>
 * The text is cut into units (one per line, or one per paragraph when lines are hard-wrapped prose) inside blocks
 * (runs of lines between blank lines), and each unit is classified by generic signals only:
 * <ol>
 * <li>keyword lexicons per kind of chrome ({@link BoilerplateKind}); weak words (button labels) and prose paragraphs
 * with a single hit only count next to chrome of the same kind, so an article that mentions "support" or quotes
 * "we need your help" stays;</li>
 * <li>shape: share bars are lines made only of network names, a lone symbol is a UI glyph, bylines are short lines that
 * are mostly a date and/or "By Name";</li>
 * <li>context: a reader-addressed section that starts with "A message from ..."/"Dear readers" and contains an appeal,
 * the short headline-like lines after a "Read more" header, the rest of a block that is mostly chrome, a run of three
 * or more short headline-like lines (a link list), headline-like lines after the last prose paragraph;</li>
 * <li>repetition: the title repeated, and any other repeated line, is kept once.</li>
 * </ol>
 * The publication day comes only from byline lines above the body (or below it when labelled "Published ..."), so a
 * date inside chrome ("Since July 1, 2024, we have disabled all ads") or a comment never becomes the publication date.
 */
public final class ScrapedTextCleaner {

    private static final Pattern TERMINAL = Pattern.compile("[.!?…][\"”’'»)\\]]*$");

    private static final Pattern APPEAL_HEADER = Pattern.compile(
            "^(?:an? (?:message|note|word|letter) (?:from|to)\\b.{0,60}|dear (?:readers?|friends|subscribers)\\b.{0,40}"
                    + "|liebe (?:leserinnen|leser)\\b.{0,40}|chers lecteurs.{0,40}|chères lectrices.{0,40}"
                    + "|queridos lectores.{0,40}|cari lettori.{0,40}|дорогие читатели.{0,40}"
                    + "|уважаемые читатели.{0,40})$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** First- and second-person words: appeals talk to the reader about "us", articles report on third parties. */
    private static final Pattern READER_ADDRESS = Pattern.compile(
            "(?<!\\p{L})(?:we|we're|our|us|ours|you|you're|your|yours|wir|uns|unser\\p{L}*|euch|ihr|ihre|nous|notre|nos"
                    + "|vous|votre|vos|nosotros|nuestr\\p{L}*|usted\\p{L}*|noi|nostr\\p{L}*|voi|мы|нас"
                    + "|наш\\p{L}*|вы|вас"
                    + "|ваш\\p{L}*)(?!\\p{L})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"|“[^”]*”|„[^“”]*[“”]|«[^»]*»|»[^«]*«");

    private static final Pattern TIME = Pattern.compile(
            "(?<!\\d)\\d{1,2}[:.]\\d{2}(?::\\d{2})?(?:\\s?(?:[ap]\\.?m\\.?|uhr|h))?(?!\\d)", Pattern.CASE_INSENSITIVE);

    /** Words a byline line is made of besides the name and the date. */
    private static final Set<String> BYLINE_WORDS = Set.of("date", "by", "von", "par", "por", "di", "door", "published",
            "posted", "updated", "update", "on", "at", "am", "um", "le", "el", "il", "the", "and", "und", "et", "y",
            "veröffentlicht", "aktualisiert", "publié", "publicado", "pubblicato", "stand", "datum", "uhr", "written",
            "author", "autor", "auteur", "text", "last", "zuletzt", "mis", "à", "jour", "gmt", "utc", "cet", "cest",
            "est", "edt", "pst", "pdt", "bst", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "lundi", "mardi",
            "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "min", "read", "lesezeit", "minutes", "minuten");

    private static final Set<String> SHARE_NETWORKS = Set.of("share", "teilen", "partager", "compartir", "condividi",
            "поделиться", "facebook", "twitter", "whatsapp", "linkedin", "telegram", "reddit", "pinterest", "tumblr",
            "xing", "vk", "flipboard", "messenger", "bluesky", "mastodon", "threads", "tweet", "viber", "line");

    private static final Set<String> SHARE_ACTIONS = Set.of("x", "email", "e-mail", "mail", "print", "drucken",
            "imprimer", "imprimir", "stampa", "copy", "link", "kopieren", "this", "article", "story", "post", "on",
            "via", "artikel", "page", "sms", "save", "merken", "speichern", "the", "url");

    private final Clock clock;

    public ScrapedTextCleaner() {
        this(Clock.systemUTC());
    }

    /** @param clock decides "today" for rejecting byline dates in the future */
    public ScrapedTextCleaner(Clock clock) {
        this.clock = clock;
    }

    /**
     * @param text the scraped page text (any line endings, optional BOM)
     * @return title, author and publication day (each null when the text does not state it), the article paragraphs
     *         and every removed block with its reason, in document order
     */
    public CleanedDocument clean(String text) {
        Objects.requireNonNull(text, "text to clean must not be null");
        List<Unit> units = units(normalize(text));
        classifyByLexicon(units);
        acceptWeakNextToStrong(units);
        extendAppealSections(units);
        extendRelatedLists(units);
        extendMostlyChromeBlocks(units);
        Byline byline = readBylines(units);
        Unit title = findTitle(units);
        markRepeats(units, title);
        markLinkLists(units, title);

        List<String> paragraphs = new ArrayList<>();
        List<RemovedBlock> removed = new ArrayList<>();
        Unit previous = null;
        for (Unit u : units) {
            if (u == title) {
                previous = null;
                continue;
            }
            if (u.kind == null) {
                paragraphs.add(u.text);
            } else if (previous != null && previous.kind == u.kind && !removed.isEmpty()) {
                RemovedBlock last = removed.remove(removed.size() - 1);
                removed.add(new RemovedBlock(last.text() + "\n" + u.text, last.reason()));
            } else {
                removed.add(new RemovedBlock(u.text, u.kind.reason));
            }
            previous = u;
        }
        return new CleanedDocument(title == null ? null : title.text, byline.author, byline.date(), paragraphs,
                removed);
    }

    // ---- units ---------------------------------------------------------------------------------------------------

    private static final class Unit {
        final int block;
        final String text;
        final int words;
        BoilerplateKind kind;
        /** A kind this unit only weakly resembles: taken when a neighbour has it. */
        BoilerplateKind weakKind;

        Unit(int block, String text) {
            this.block = block;
            this.text = text;
            this.words = text.isBlank() ? 0 : text.split("\\s+").length;
        }

        boolean prose() {
            return words >= 8 && TERMINAL.matcher(text).find();
        }

        /** A sentence, however short ("He declined to comment."), unlike a label or a button. */
        boolean sentence() {
            return words >= 3 && TERMINAL.matcher(text).find();
        }

        boolean headlineLike() {
            return words >= 1 && words <= 25 && text.length() <= 200 && !text.matches(".*[.,;:]$")
                    && text.codePoints().anyMatch(Character::isLetter);
        }
    }

    private static String normalize(String text) {
        return text.replace("\uFEFF", "").replace("\u200B", "").replace("\r\n", "\n").replace('\r', '\n')
                .replaceAll("[\\u00A0\\u2007\\u202F\\t]", " ");
    }

    private static List<Unit> units(String text) {
        List<Unit> units = new ArrayList<>();
        int block = 0;
        for (String chunk : text.split("\\n\\s*\\n")) {
            List<String> lines = new ArrayList<>();
            for (String line : chunk.split("\\n")) {
                String l = line.strip().replaceAll(" {2,}", " ");
                if (!l.isEmpty()) {
                    lines.add(l);
                }
            }
            if (lines.isEmpty()) {
                continue;
            }
            if (isWrappedProse(lines)) {
                lines = List.of(String.join(" ", lines));
            }
            for (String l : lines) {
                units.add(new Unit(block, l));
            }
            block++;
        }
        return units;
    }

    /** Hard-wrapped paragraph: long lines that mostly break mid-sentence. */
    private static boolean isWrappedProse(List<String> lines) {
        if (lines.size() < 2) {
            return false;
        }
        int midSentence = 0;
        for (int i = 0; i < lines.size() - 1; i++) {
            String l = lines.get(i);
            if (l.length() < 40) {
                return false;
            }
            if (!TERMINAL.matcher(l).find()) {
                midSentence++;
            }
        }
        return midSentence * 2 >= lines.size() - 1;
    }

    // ---- classification ------------------------------------------------------------------------------------------

    private static void classifyByLexicon(List<Unit> units) {
        for (Unit u : units) {
            u.kind = strongKind(u);
        }
    }

    private static BoilerplateKind strongKind(Unit u) {
        String t = u.text;
        if (t.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return BoilerplateKind.UI_SYMBOL;
        }
        if (isShareBar(t, true)) {
            return BoilerplateKind.SHARE_BAR;
        }
        if (u.words <= 12 && BoilerplateKind.NAVIGATION.strong.matcher(t).find()) {
            return BoilerplateKind.NAVIGATION;
        }
        if (u.words <= 8 && BoilerplateKind.ADVERTISEMENT.strong.matcher(t).find()) {
            return BoilerplateKind.ADVERTISEMENT;
        }
        if (u.words <= 40 && BoilerplateKind.TAGS.strong.matcher(t).find()) {
            return BoilerplateKind.TAGS;
        }
        if (u.words <= 60 && BoilerplateKind.IMAGE_CAPTION.strong.matcher(t).find()) {
            return BoilerplateKind.IMAGE_CAPTION;
        }
        if (u.words <= 40 && BoilerplateKind.COPYRIGHT.strong.matcher(t).find()) {
            return BoilerplateKind.COPYRIGHT;
        }
        if (BoilerplateKind.RELATED_LINKS.strong.matcher(t).find()) {
            return BoilerplateKind.RELATED_LINKS;
        }
        for (BoilerplateKind kind : List.of(BoilerplateKind.COMMENT_FORM, BoilerplateKind.COOKIE_NOTICE,
                BoilerplateKind.SUBSCRIPTION_APPEAL, BoilerplateKind.DONATION_APPEAL)) {
            // quoted words are reported speech ("we need your help," she said), not the page talking to the reader;
            // a prose paragraph with one hit is chrome when it addresses the reader itself, says it twice, or stands
            // next to chrome of the same kind
            String own = QUOTED.matcher(t).replaceAll(" ");
            int hits = hits(kind.strong, own);
            if (hits >= 2 || hits == 1 && (!u.prose() || READER_ADDRESS.matcher(own).find())) {
                return kind;
            }
            if (hits == 1 && u.weakKind == null) {
                u.weakKind = kind;
            }
        }
        return null;
    }

    private static int hits(Pattern p, String text) {
        Matcher m = p.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** A line made only of sharing targets; with {@code strong}, at least one of them a network or "share". */
    private static boolean isShareBar(String text, boolean strong) {
        String[] tokens = text.toLowerCase(Locale.ROOT).split("[\\s|•·,/:]+");
        boolean network = false;
        int count = 0;
        for (String token : tokens) {
            String t = token.replaceAll("^\\p{Punct}+|\\p{Punct}+$", "");
            if (t.isEmpty()) {
                continue;
            }
            count++;
            if (SHARE_NETWORKS.contains(t)) {
                network = true;
            } else if (!SHARE_ACTIONS.contains(t)) {
                return false;
            }
        }
        return count > 0 && (network || !strong);
    }

    /** Button labels and form fields count only beside a strong line of the same kind (repeated until stable). */
    private static void acceptWeakNextToStrong(List<Unit> units) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < units.size(); i++) {
                Unit u = units.get(i);
                if (u.kind != null) {
                    continue;
                }
                for (Unit n : neighbours(units, i)) {
                    if (n.kind != null && isWeak(n.kind, u)) {
                        u.kind = n.kind;
                        changed = true;
                        break;
                    }
                }
            }
        }
    }

    private static boolean isWeak(BoilerplateKind kind, Unit u) {
        if (u.weakKind == kind) {
            return true;
        }
        if (kind == BoilerplateKind.SHARE_BAR) {
            return isShareBar(u.text, false);
        }
        return kind.weak != null && u.words <= 6 && kind.weak.matcher(u.text).find();
    }

    private static List<Unit> neighbours(List<Unit> units, int i) {
        List<Unit> n = new ArrayList<>(2);
        if (i > 0) {
            n.add(units.get(i - 1));
        }
        if (i + 1 < units.size()) {
            n.add(units.get(i + 1));
        }
        return n;
    }

    /**
     * "A message from ..." / "Dear readers" opens an appeal that goes on as long as it talks to the reader about "us";
     * taken only when that run really contains an appeal line.
     */
    private static void extendAppealSections(List<Unit> units) {
        for (int i = 0; i < units.size(); i++) {
            Unit start = units.get(i);
            if (start.kind != null || !APPEAL_HEADER.matcher(start.text).find()) {
                continue;
            }
            int end = i + 1;
            boolean appeal = false;
            while (end < units.size()) {
                Unit u = units.get(end);
                boolean addressed = READER_ADDRESS.matcher(u.text).find() || u.words <= 4;
                if (u.kind == BoilerplateKind.DONATION_APPEAL || u.kind == BoilerplateKind.SUBSCRIPTION_APPEAL) {
                    appeal = true;
                } else if (u.kind == null && !addressed) {
                    break;
                }
                end++;
            }
            if (appeal) {
                for (int j = i; j < end; j++) {
                    if (units.get(j).kind == null) {
                        units.get(j).kind = BoilerplateKind.DONATION_APPEAL;
                    }
                }
                i = end - 1;
            }
        }
    }

    /** The headline-like lines after a "Read more"/"Related" header are the list it announces. */
    private static void extendRelatedLists(List<Unit> units) {
        for (int i = 0; i < units.size(); i++) {
            if (units.get(i).kind != BoilerplateKind.RELATED_LINKS) {
                continue;
            }
            for (int j = i + 1; j < units.size(); j++) {
                Unit u = units.get(j);
                if (u.kind != null || u.prose() || !u.headlineLike()) {
                    break;
                }
                u.kind = BoilerplateKind.RELATED_LINKS;
            }
        }
    }

    /**
     * In a list block that is mostly chrome, its remaining short non-sentences (buttons, labels) are the same chrome,
     * and so are the unquoted lines that talk to the reader in a block of appeals or notices.
     */
    private static void extendMostlyChromeBlocks(List<Unit> units) {
        int i = 0;
        while (i < units.size()) {
            int j = i;
            while (j < units.size() && units.get(j).block == units.get(i).block) {
                j++;
            }
            List<Unit> block = units.subList(i, j);
            long chrome = block.stream().filter(u -> u.kind != null).count();
            if (block.size() >= 2 && chrome * 2 >= block.size()) {
                BoilerplateKind majority = majorityKind(block);
                for (Unit u : block) {
                    if (u.kind == null && (u.words <= 6 && !u.sentence() || talksToReader(u, majority))) {
                        u.kind = majority;
                    }
                }
            }
            i = j;
        }
    }

    /** An appeal or notice sentence of the page's own voice (not a quote) addressing the reader. */
    private static boolean talksToReader(Unit u, BoilerplateKind kind) {
        boolean notice = kind == BoilerplateKind.DONATION_APPEAL || kind == BoilerplateKind.SUBSCRIPTION_APPEAL
                || kind == BoilerplateKind.COOKIE_NOTICE;
        return notice && !QUOTED.matcher(u.text).find() && READER_ADDRESS.matcher(u.text).find();
    }

    private static BoilerplateKind majorityKind(List<Unit> block) {
        int[] counts = new int[BoilerplateKind.values().length];
        BoilerplateKind best = null;
        for (Unit u : block) {
            if (u.kind != null && ++counts[u.kind.ordinal()] > (best == null ? 0 : counts[best.ordinal()])) {
                best = u.kind;
            }
        }
        return best;
    }

    // ---- metadata ------------------------------------------------------------------------------------------------

    private record Byline(String author, LocalDate published, LocalDate updated) {
        LocalDate date() {
            return published != null ? published : updated;
        }
    }

    /** Short lines that are only a date and/or "By Name" are metadata, not body. */
    private Byline readBylines(List<Unit> units) {
        LocalDate today = LocalDate.now(clock);
        String author = null;
        LocalDate published = null;
        LocalDate updated = null;
        boolean bodyStarted = false;
        for (Unit u : units) {
            if (u.kind == null && u.prose()) {
                bodyStarted = true;
            }
            if (u.kind != null || u.words > 30) {
                continue;
            }
            List<DateTextParser.DateMatch> dates = DateTextParser.findAll(u.text);
            Optional<String> name = Bylines.author(u.text);
            if ((dates.isEmpty() && name.isEmpty()) || leftoverWords(u.text, dates, name.orElse(null)) > 3) {
                continue;
            }
            u.kind = BoilerplateKind.BYLINE;
            if (author == null && name.isPresent()) {
                author = name.get();
            }
            // below the body, a dated line is as likely a comment or a teaser as the article's own byline
            if (bodyStarted && !DateTextParser.hasPublicationLabel(u.text)) {
                continue;
            }
            for (DateTextParser.DateMatch d : dates) {
                if (!DateTextParser.isPlausible(d.date(), today)) {
                    continue;
                }
                boolean isUpdate = DateTextParser.isLabelledUpdate(u.text, d);
                if (isUpdate && updated == null) {
                    updated = d.date();
                } else if (!isUpdate && published == null) {
                    published = d.date();
                }
            }
        }
        return new Byline(author, published, updated);
    }

    private static int leftoverWords(String text, List<DateTextParser.DateMatch> dates, String name) {
        StringBuilder rest = new StringBuilder(text);
        for (int i = dates.size() - 1; i >= 0; i--) {
            rest.replace(dates.get(i).start(), dates.get(i).end(), " ");
        }
        String r = TIME.matcher(rest).replaceAll(" ");
        if (name != null) {
            r = r.replace(name, " ");
        }
        int left = 0;
        for (String w : r.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty() && !BYLINE_WORDS.contains(w)) {
                left++;
            }
        }
        return left;
    }

    /**
     * The first headline-like line of three or more words before any prose paragraph; short labels above it (a
     * section name, a menu item) are page chrome.
     */
    private static Unit findTitle(List<Unit> units) {
        List<Unit> above = new ArrayList<>();
        for (Unit u : units) {
            if (u.kind != null) {
                continue;
            }
            if (u.prose() || above.size() >= 6) {
                return null;
            }
            if (u.headlineLike() && u.words >= 3) {
                above.forEach(a -> a.kind = BoilerplateKind.NAVIGATION);
                return u;
            }
            above.add(u);
        }
        return null;
    }

    private static void markRepeats(List<Unit> units, Unit title) {
        Set<String> seen = new HashSet<>();
        String titleKey = title == null ? null : key(title.text);
        for (Unit u : units) {
            if (u == title || u.kind != null) {
                continue;
            }
            String k = key(u.text);
            if (k.equals(titleKey)) {
                u.kind = BoilerplateKind.DUPLICATE_TITLE;
            } else if (u.words >= 4 && !seen.add(k)) {
                u.kind = BoilerplateKind.DUPLICATE_LINE;
            }
        }
    }

    private static String key(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /**
     * Link lists outside the article body: two or more short headline-like lines after the last sentence
     * (teasers under the article), three or more before the first one (menus). Lists inside the body stay.
     */
    private static void markLinkLists(List<Unit> units, Unit title) {
        int firstProse = -1;
        int lastSentence = -1;
        for (int i = 0; i < units.size(); i++) {
            Unit u = units.get(i);
            if (u.kind == null && u.prose()) {
                firstProse = firstProse < 0 ? i : firstProse;
            }
            // the body ends with its last sentence, however short ("He declined to comment.")
            if (u.kind == null && u.sentence()) {
                lastSentence = i;
            }
        }
        int i = 0;
        while (i < units.size()) {
            if (!isListItem(units.get(i), title)) {
                i++;
                continue;
            }
            int j = i;
            while (j < units.size() && (isListItem(units.get(j), title) || units.get(j).kind != null && j > i)) {
                j++;
            }
            long items = units.subList(i, j).stream().filter(u -> isListItem(u, title)).count();
            // a list the article announces ("Opening hours:") is content
            boolean announced = i > 0 && units.get(i - 1).kind == null && units.get(i - 1).text.endsWith(":");
            if (!announced && firstProse >= 0 && (items >= 2 && i > lastSentence || items >= 3 && j <= firstProse)) {
                for (Unit u : units.subList(i, j)) {
                    if (u.kind == null && u != title) {
                        u.kind = BoilerplateKind.LINK_LIST;
                    }
                }
            }
            i = j;
        }
    }

    private static boolean isListItem(Unit u, Unit title) {
        return u.kind == null && u != title && !u.prose() && u.headlineLike() && u.words <= 15;
    }
}
