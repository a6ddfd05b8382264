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
        private String language = "en";
        private String text = "The ferry resumed its crossings on Monday after a week of storms.";
        private List<DateMention> dates = List.of();
        private List<EntityMention> entities = List.of();
        private String duplicateOf;
        private String nearDuplicateOf;
        private String storyId;
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
                    storyId != null ? storyId : duplicateOf != null ? duplicateOf : id, removed);
        }
    }
}
