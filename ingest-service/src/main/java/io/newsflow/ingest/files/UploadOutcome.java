package io.newsflow.ingest.files;

import java.util.concurrent.CompletableFuture;

import io.newsflow.contract.RawArticle;
import io.newsflow.ingest.domain.Refusal;

/** What became of a drop posted over HTTP. */
public sealed interface UploadOutcome {

    /** Stored in flight and sent; {@code completed} finishes once the broker acknowledged and the file was placed. */
    record Accepted(RawArticle article, CompletableFuture<Void> completed) implements UploadOutcome {
    }

    /** Refused before anything was stored; the client still has its bytes. */
    record Refused(Refusal refusal, long sizeBytes) implements UploadOutcome {
    }
}
