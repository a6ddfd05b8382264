package io.newsflow.query.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import io.newsflow.contract.EntityType;

/** One entity mention of an article: a row of {@code entity_mention}. */
@Embeddable
public class MentionRow {

    @Column(name = "mention_text", nullable = false)
    public String text;

    @Column(name = "start_offset", nullable = false)
    public int start;

    @Column(name = "end_offset", nullable = false)
    public int end;

    @Enumerated(EnumType.STRING)
    @Column(name = "entity_type", nullable = false, length = 8)
    public EntityType type;

    @Column(nullable = false)
    public String canonical;

    @Column(name = "entity_key", nullable = false)
    public String key;
}
