package io.newsflow.query;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

import io.newsflow.contract.DateMention;
import io.newsflow.contract.EnrichedArticle;
import io.newsflow.contract.EntityMention;
import io.newsflow.contract.EntityType;
import io.newsflow.contract.RemovedBlock;
import io.newsflow.contract.Source;

/** Articles as the enrich stage would publish them, written for these tests. */
public final class TestArticles {

    private TestArticles() {
    }

    /** A valid article whose hashes derive from its text, so equal texts are exact duplicates. */
    public static Builder article(String id) {
        return new Builder(id);
    }

    /**
     * Pseudo-random lower-case words of 5 to 10 letters from the 26 starting at {@code firstLetter}, separated by
     * spaces, at least {@code chars} long: nearly every word distinct, the worst case for a full-text index's size.
     */
    public static String distinctWords(int chars, long seed, char firstLetter) {
        java.util.Random random = new java.util.Random(seed);
        StringBuilder text = new StringBuilder(chars + 12);
        while (text.length() < chars) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            int letters = 5 + random.nextInt(6);
            for (int i = 0; i < letters; i++) {
                text.append((char) (firstLetter + random.nextInt(26)));
            }
        }
        return text.toString();
    }

    /**
     * A drop far larger than any article: {@code mentions} sentences naming the "Harbour Board" (one mention each,
     * keyed {@code org:harbour-board-<word>}), then {@code bodyChars} of distinct words.
     */
    public static EnrichedArticle big(String id, String word, int mentions, int bodyChars) {
        String lead = "The " + word + " Harbour Board met.";
        String text = (lead + " ").repeat(mentions) + distinctWords(bodyChars, 7, 'a');
        EntityMention[] found = new EntityMention[mentions];
        for (int i = 0; i < mentions; i++) {
            int start = i * (lead.length() + 1) + lead.indexOf("Harbour Board");
            found[i] = new EntityMention("Harbour Board", start, start + 13, EntityType.ORG, "Harbour Board",
                    "org:harbour-board-" + word);
        }
        // as the enrich stage marks a text it read only in part: here up to the end of the mentions
        return article(id).title("Ledger of the " + word + " harbour").text(text).entities(found)
                .analysedUpTo((lead.length() + 1) * mentions).build();
    }

    public static EntityMention mention(String text, String body, EntityType type, String canonical, String key) {
        int start = body.indexOf(text);
        if (start < 0) {
            throw new IllegalArgumentException("'" + text + "' is not in the text");
        }
        return new EntityMention(text, start, start + text.length(), type, canonical, key);
    }

    public static DateMention date(String text, String body, String value) {
        int start = body.indexOf(text);
        return new DateMention(text, start, start + text.length(), value);
    }

    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static final class Builder {
        private final String id;
        private String fileName;
        private String title = "A quiet week in the harbour town";
        private String author = "Jane Roe";
        private LocalDate publishedAt = LocalDate.of(2023, 4, 1);
        private LocalDate modifiedAt;
        private String language = "en";
        private String text = "The ferry resumed its crossings on Monday after a week of storms.";
        private List<DateMention> dates = List.of();
        private List<EntityMention> entities = List.of();
        private String duplicateOf;
        private String nearDuplicateOf;
        private String storyId;
        private Integer analysedUpTo;
        private Double extractionConfidence;
        private String extractionFailure;
        private List<RemovedBlock> removed = List.of(new RemovedBlock("Support us with a donation", "donation-appeal"));

        private Builder(String id) {
            this.id = id;
            this.fileName = id + ".txt";
        }

        public Builder fileName(String value) {
            fileName = value;
            return this;
        }

        public Builder title(String value) {
            title = value;
            return this;
        }

        public Builder author(String value) {
            author = value;
            return this;
        }

        public Builder publishedAt(LocalDate value) {
            publishedAt = value;
            return this;
        }

        public Builder modifiedAt(LocalDate value) {
            modifiedAt = value;
            return this;
        }

        public Builder language(String value) {
            language = value;
            return this;
        }

        public Builder text(String value) {
            text = value;
            return this;
        }

        public Builder dates(DateMention... values) {
            dates = List.of(values);
            return this;
        }

        public Builder entities(EntityMention... values) {
            entities = List.of(values);
            return this;
        }

        public Builder duplicateOf(String value) {
            duplicateOf = value;
            return this;
        }

        public Builder nearDuplicateOf(String value) {
            nearDuplicateOf = value;
            return this;
        }

        public Builder storyId(String value) {
            storyId = value;
            return this;
        }

        public Builder analysedUpTo(Integer value) {
            analysedUpTo = value;
            return this;
        }

        public Builder extraction(Double confidence, String failure) {
            extractionConfidence = confidence;
            extractionFailure = failure;
            return this;
        }

        public Builder removed(RemovedBlock... values) {
            removed = List.of(values);
            return this;
        }

        public EnrichedArticle build() {
            String hash = sha256(text);
            Source source = new Source(fileName, "drops/" + fileName, text.length() + 120L, sha256(fileName + text),
                    "UTF-8", "text/plain", Instant.parse("2024-05-01T10:00:00Z"));
            return new EnrichedArticle(id, source, title, author, publishedAt, language, text, dates, entities, hash,
                    hash.substring(0, 16), List.of(hash.hashCode(), text.hashCode(), 7), duplicateOf, nearDuplicateOf,
                    storyId != null ? storyId : duplicateOf != null ? duplicateOf : id, removed, analysedUpTo,
                    extractionConfidence, extractionFailure, modifiedAt);
        }
    }
}
