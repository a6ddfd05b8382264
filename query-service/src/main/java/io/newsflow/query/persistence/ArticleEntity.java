package io.newsflow.query.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.newsflow.contract.DateMention;
import io.newsflow.contract.RemovedBlock;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An article as stored: one row per article id (table {@code article}, schema in db/migration). */
@Entity
@Table(name = "article")
public class ArticleEntity extends PanacheEntityBase {

    @Id
    @Column(length = 64)
    public String id;

    public String title;

    public String author;

    @Column(name = "published_at")
    public LocalDate publishedAt;

    @Column(name = "modified_at")
    public LocalDate modifiedAt;

    @Column(length = 8)
    public String language;

    @Column(name = "body", nullable = false)
    public String text;

    @Column(name = "source_file_name", nullable = false)
    public String sourceFileName;

    @Column(name = "source_relative_path", nullable = false)
    public String sourceRelativePath;

    @Column(name = "source_size_bytes", nullable = false)
    public long sourceSizeBytes;

    @Column(name = "source_sha256", nullable = false, length = 64)
    public String sourceSha256;

    @Column(name = "source_charset", nullable = false, length = 64)
    public String sourceCharset;

    @Column(name = "source_media_type", nullable = false, length = 32)
    public String sourceMediaType;

    @Column(name = "source_received_at", nullable = false)
    public Instant sourceReceivedAt;

    @Column(name = "content_hash", nullable = false, length = 64)
    public String contentHash;

    @Column(nullable = false, length = 16)
    public String simhash;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public Integer[] minhash;

    @Column(name = "duplicate_of", length = 64)
    public String duplicateOf;

    @Column(name = "near_duplicate_of", length = 64)
    public String nearDuplicateOf;

    @Column(name = "story_id", nullable = false, length = 64)
    public String storyId;

    @Column(name = "analysed_up_to")
    public Integer analysedUpTo;

    @Column(name = "extraction_confidence")
    public Double extractionConfidence;

    @Column(name = "extraction_failure", length = 64)
    public String extractionFailure;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<DateMention> dates = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<RemovedBlock> removed = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "entity_mention", joinColumns = @JoinColumn(name = "article_id"))
    @OrderColumn(name = "ordinal")
    public List<MentionRow> entities = new ArrayList<>();

    /** When this id was first stored; the first of several same-content articles is the original. */
    @Column(name = "first_stored_at", nullable = false)
    public Instant firstStoredAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** How many times a record for this id was stored: more than 1 after re-deliveries or re-processing. */
    @Column(nullable = false)
    public int deliveries;
}
