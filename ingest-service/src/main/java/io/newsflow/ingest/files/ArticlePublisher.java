package io.newsflow.ingest.files;

import java.util.concurrent.CompletionStage;

import io.newsflow.contract.RawArticle;

/** Sends a raw article to the broker; the stage completes when the broker acknowledged the record. */
public interface ArticlePublisher {

    CompletionStage<Void> publish(RawArticle article);

    /** Size of the record value as it will be sent, so oversized records are refused before the producer sees them. */
    long serializedSize(RawArticle article);
}
