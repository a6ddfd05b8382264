package io.newsflow.ingest.files;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import io.newsflow.contract.RawArticle;

/** A broker stand-in for engine tests: records what is sent and acknowledges, holds back or refuses. */
final class RecordingPublisher implements ArticlePublisher {

    enum Mode { ACK, HOLD, FAIL_FIRST }

    final List<RawArticle> sent = new CopyOnWriteArrayList<>();
    final List<CompletableFuture<Void>> held = new CopyOnWriteArrayList<>();
    private final Mode mode;
    private final AtomicInteger failuresLeft = new AtomicInteger(1);
    private volatile long recordSize = -1;

    RecordingPublisher(Mode mode) {
        this.mode = mode;
    }

    RecordingPublisher recordSize(long size) {
        this.recordSize = size;
        return this;
    }

    @Override
    public CompletionStage<Void> publish(RawArticle article) {
        sent.add(article);
        return switch (mode) {
            case ACK -> CompletableFuture.completedFuture(null);
            case HOLD -> {
                CompletableFuture<Void> future = new CompletableFuture<>();
                held.add(future);
                yield future;
            }
            case FAIL_FIRST -> failuresLeft.getAndDecrement() > 0
                    ? CompletableFuture.failedFuture(new IllegalStateException("broker unavailable"))
                    : CompletableFuture.completedFuture(null);
        };
    }

    @Override
    public long serializedSize(RawArticle article) {
        return recordSize >= 0 ? recordSize : article.content().length() + 512L;
    }

    List<String> ids() {
        return sent.stream().map(RawArticle::id).toList();
    }
}
