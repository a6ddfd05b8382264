package io.newsflow.enrich.domain.dates;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

import io.newsflow.contract.DateMention;

/**
 * Decides an article's publication day: the one the cleaner read from the page when it has one, otherwise an
 * explicit full date written where papers put it, otherwise null.
 *
 * <p>"Where papers put it" is a byline or dateline among the first paragraphs: a short paragraph that is not a
 * sentence (a byline line such as "By Jane Roe | 3 May 2022", which ends without a full stop), or a date right at the
 * start of a paragraph followed by a dash or colon ("LONDON, March 3, 2023 — ..."). A date inside a sentence is a
 * fact of the story ("On 24 June 2016 voters...") or of a notice ("Since 1 May 2022, we show no ads.") and is not
 * taken.
 */
public final class PublicationDateRule {

    private static final Pattern FULL_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"'”’»)]*$");
    private static final Pattern DATELINE_SEPARATOR = Pattern.compile("^\\s*[—–:-]");
    private static final Pattern ANY_SEPARATOR = Pattern.compile("[—–:-]");

    private final TemporalExpressionExtractor extractor;
    private final int leadParagraphs;
    private final int bylineMaxChars;
    private final int datelineMaxOffset;

    /**
     * @param leadParagraphs    how many opening paragraphs may hold the evidence
     * @param bylineMaxChars    longest paragraph still read as a byline or date line
     * @param datelineMaxOffset how far into a paragraph a dateline's date may start
     */
    public PublicationDateRule(TemporalExpressionExtractor extractor, int leadParagraphs, int bylineMaxChars,
            int datelineMaxOffset) {
        this.extractor = extractor;
        this.leadParagraphs = leadParagraphs;
        this.bylineMaxChars = bylineMaxChars;
        this.datelineMaxOffset = datelineMaxOffset;
    }

    public LocalDate publishedAt(LocalDate stated, String text) {
        if (stated != null) {
            return stated;
        }
        if (text == null || text.isBlank()) {
            return null;
        }
        String[] paragraphs = PARAGRAPH_BREAK.split(text.strip(), leadParagraphs + 1);
        for (int i = 0; i < Math.min(leadParagraphs, paragraphs.length); i++) {
            String paragraph = paragraphs[i].strip();
            boolean byline = paragraph.length() <= bylineMaxChars && !SENTENCE_END.matcher(paragraph).find();
            if (!byline && !ANY_SEPARATOR.matcher(paragraph).find()) {
                continue; // no dateline without a separator: spare SUTime the paragraph
            }
            for (DateMention mention : extractor.extract(paragraph, null)) {
                boolean dateline = mention.start() <= datelineMaxOffset
                        && DATELINE_SEPARATOR.matcher(paragraph.substring(mention.end())).find();
                if ((byline || dateline) && FULL_DATE.matcher(mention.value()).lookingAt()) {
                    // A date with a time of day ("2023-04-01T03:25") still names the day.
                    LocalDate day = parse(mention.value().substring(0, 10));
                    if (day != null) {
                        return day;
                    }
                }
            }
        }
        return null;
    }

    private static LocalDate parse(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
