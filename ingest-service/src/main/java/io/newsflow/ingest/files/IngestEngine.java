package io.newsflow.ingest.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.newsflow.contract.RawArticle;
import io.newsflow.contract.Source;
import io.newsflow.ingest.domain.ArticleIds;
import io.newsflow.ingest.domain.CompletionPolicy;
import io.newsflow.ingest.domain.DecodedDrop;
import io.newsflow.ingest.domain.DropInspector;
import io.newsflow.ingest.domain.FailureReason;
import io.newsflow.ingest.domain.FailureReport;
import io.newsflow.ingest.domain.IgnoreRules;
import io.newsflow.ingest.domain.Inspection;
import io.newsflow.ingest.domain.Refusal;
import io.newsflow.ingest.domain.SafeNames;
import io.newsflow.ingest.domain.StabilityTracker;

/**
 * The watched-folder edge: finds complete files, claims each by an atomic rename into this replica's in-flight
 * folder, decodes it, publishes it and completes it (processed/, delete or keep) only once the broker acknowledged.
 * Refused files go to failed/ with their report. What is left in flight after a crash is published again, with the
 * same article id, at the next start; a dead replica's in-flight files are taken over by a live one.
 */
public final class IngestEngine implements AutoCloseable {

    /** Hidden folder inside the inbox (same filesystem, so claiming is an atomic rename); never taken as a drop. */
    public static final String IN_FLIGHT = ".newsflow-inflight";
    static final String LEDGER = ".newsflow-read.log";
    private static final String HEARTBEAT_SUFFIX = ".alive";
    private static final String UPLOAD_TEMP = ".upload";
    private static final int HEAD_BYTES = 8192;
    private static final Logger LOG = Logger.getLogger(IngestEngine.class);

    private final IngestSettings settings;
    private final ArticlePublisher publisher;
    private final ObjectMapper json;
    private final Clock clock;
    private final IngestStatus status;
    private final DropInspector inspector;
    private final IgnoreRules rules;
    private final StabilityTracker tracker;
    private final ReadLedger ledger;
    private final Path inFlightRoot;
    private final Path ownInFlight;
    private final Path heartbeat;
    /** Claim tokens this process is working on. */
    private final Set<String> active = ConcurrentHashMap.newKeySet();
    /** Relative paths handed to a worker and not yet claimed. */
    private final Set<String> queued = ConcurrentHashMap.newKeySet();
    /** Files whose rename failed for another reason than vanishing; retried only once they change. */
    private final Set<String> unclaimable = ConcurrentHashMap.newKeySet();
    private final Semaphore pending;
    private final ExecutorService workers;
    private final ExecutorService completions;
    private final ScheduledExecutorService timer;
    private final ScheduledExecutorService heartbeats;
    private final AtomicBoolean scanScheduled = new AtomicBoolean();
    private final AtomicInteger tokenSequence = new AtomicInteger();
    private InboxWatcher watcher;
    private volatile boolean running;

    public IngestEngine(IngestSettings settings, ArticlePublisher publisher, ObjectMapper json, Clock clock) {
        this.settings = settings;
        this.publisher = publisher;
        this.json = json;
        this.clock = clock;
        this.status = new IngestStatus(new StatusFiles(settings.inbox(), settings.replicaId(), json));
        this.inspector = new DropInspector(settings.maxFileBytes());
        this.rules = new IgnoreRules(settings.include(), settings.exclude(), settings.recursive());
        this.tracker = new StabilityTracker(settings.quietPeriod().toMillis(), settings.trustOldMtime());
        this.ledger = new ReadLedger(settings.inbox().resolve(LEDGER));
        this.inFlightRoot = settings.inbox().resolve(IN_FLIGHT);
        this.ownInFlight = inFlightRoot.resolve(settings.replicaId());
        this.heartbeat = inFlightRoot.resolve(settings.replicaId() + HEARTBEAT_SUFFIX);
        this.pending = new Semaphore(settings.maxPending());
        this.workers = Executors.newFixedThreadPool(settings.workers(), named("newsflow-ingest-worker"));
        this.completions = Executors.newSingleThreadExecutor(named("newsflow-ingest-complete"));
        this.timer = Executors.newSingleThreadScheduledExecutor(named("newsflow-ingest-timer"));
        this.heartbeats = Executors.newSingleThreadScheduledExecutor(named("newsflow-ingest-heartbeat"));
    }

    /** Creates the folders, starts watching and takes what is already there, including drops left in flight. */
    public void start(boolean watch) throws IOException {
        for (Path dir : List.of(settings.inbox(), settings.processedDir(), settings.failedDir(), ownInFlight)) {
            Files.createDirectories(dir);
        }
        running = true;
        LOG.infof("watching %s (processed: %s, failed: %s, replica %s, completion %s)", settings.inbox().toAbsolutePath(),
                settings.processedDir().toAbsolutePath(), settings.failedDir().toAbsolutePath(), settings.replicaId(),
                settings.completion().name().toLowerCase());
        beat();
        // Its own thread, so a long scan or a burst of work never makes a live replica look dead to the others.
        long beatEvery = Math.max(50, settings.orphanAfter().toMillis() / 4);
        heartbeats.scheduleWithFixedDelay(this::beatQuietly, beatEvery, beatEvery, TimeUnit.MILLISECONDS);
        if (watch) {
            watcher = new InboxWatcher(settings.inbox(), settings.recursive(), this::scanSoon);
            watcher.start();
        }
        scan();
    }

    public IngestStatus status() {
        return status;
    }

    public IngestStatus.Snapshot snapshot() {
        return status.snapshot(active.size(), clock.millis());
    }

    public IngestSettings settings() {
        return settings;
    }

    /** Asks for a scan in a moment; bursts of events coalesce into one. */
    public void scanSoon() {
        if (running && scanScheduled.compareAndSet(false, true)) {
            timer.schedule(() -> {
                scanScheduled.set(false);
                scan();
            }, 50, TimeUnit.MILLISECONDS);
        }
    }

    /** One pass over the inbox and the in-flight folders. */
    public synchronized void scan() {
        if (!running) {
            return;
        }
        long now = clock.millis();
        try {
            adoptOrphans(now);
            recoverInFlight();
        } catch (IOException e) {
            LOG.warnf("cannot look at the in-flight folder %s: %s", inFlightRoot, e);
        }
        Set<String> waiting = new HashSet<>();
        try {
            walkInbox(now, waiting);
        } catch (IOException e) {
            LOG.warnf("cannot scan the inbox %s: %s", settings.inbox(), e);
        }
        tracker.retainOnly(waiting);
        status.waiting(tracker.waiting(), tracker.oldestFirstSeen().orElse(-1));
    }

    private void walkInbox(long now, Set<String> waiting) throws IOException {
        Path inbox = settings.inbox();
        Files.walkFileTree(inbox, Set.of(), settings.recursive() ? Integer.MAX_VALUE : 1, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return dir.equals(inbox) || rules.entersFolder(relative(inbox, dir))
                        ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (attrs.isRegularFile()) {
                    consider(relative(inbox, file), attrs, now, waiting);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private void consider(String relativePath, BasicFileAttributes attrs, long now, Set<String> waiting)
            throws IOException {
        if (!rules.accepts(relativePath) || queued.contains(relativePath)) {
            return;
        }
        long size = attrs.size();
        long mtime = attrs.lastModifiedTime().toMillis();
        String key = ReadLedger.key(relativePath, size, mtime);
        if (unclaimable.contains(key) || (settings.completion() == CompletionPolicy.KEEP && ledger.contains(key))) {
            return;
        }
        if (tracker.observe(relativePath, size, mtime, now)) {
            tracker.forget(relativePath);
            queued.add(relativePath);
            workers.execute(() -> {
                try {
                    take(relativePath, key);
                } finally {
                    queued.remove(relativePath);
                }
            });
        } else {
            waiting.add(relativePath);
        }
    }

    /** Claims the file by renaming it into this replica's in-flight folder; only one replica's rename succeeds. */
    private void take(String relativePath, String key) {
        acquirePending();
        String token = newToken();
        Claim claim = Claim.of(token, ownInFlight.resolve(token), relativePath);
        active.add(token);
        try {
            Files.createDirectories(claim.file().getParent());
            Files.move(settings.inbox().resolve(relativePath), claim.file(), StandardCopyOption.ATOMIC_MOVE);
        } catch (NoSuchFileException e) {
            abandon(claim);
            return;
        } catch (IOException e) {
            LOG.warnf("cannot claim %s from the inbox (%s); it is retried once it changes", relativePath, e);
            unclaimable.add(key);
            abandon(claim);
            return;
        }
        status.seen();
        process(claim);
    }

    /** Gone before we got it (another replica took it, or it was deleted): nothing to do. */
    private void abandon(Claim claim) {
        deleteTree(claim.tokenDir());
        active.remove(claim.token());
        pending.release();
    }

    /** Reads, inspects and publishes a claimed drop. Holds one pending permit, released when the drop is done. */
    private void process(Claim claim) {
        boolean sent = false;
        try {
            BasicFileAttributes before = Files.readAttributes(claim.file(), BasicFileAttributes.class);
            long size = before.size();
            if (size > settings.maxFileBytes()) {
                fail(claim, inspector.tooLarge(size, readHead(claim.file())), size);
                return;
            }
            byte[] bytes = Files.readAllBytes(claim.file());
            BasicFileAttributes after = Files.readAttributes(claim.file(), BasicFileAttributes.class);
            if (after.size() != bytes.length || !after.lastModifiedTime().equals(before.lastModifiedTime())) {
                unclaim(claim);
                return;
            }
            Inspection inspection = inspector.inspect(bytes);
            if (inspection instanceof Refusal refusal) {
                fail(claim, refusal, bytes.length);
                return;
            }
            RawArticle article = article(claim, (DecodedDrop) inspection, bytes.length);
            Optional<Refusal> tooLarge = recordTooLarge(article);
            if (tooLarge.isPresent()) {
                fail(claim, tooLarge.get(), bytes.length);
                return;
            }
            send(claim, article);
            sent = true;
        } catch (NoSuchFileException e) {
            vanished(claim);
        } catch (AccessDeniedException e) {
            fail(claim, new Refusal(FailureReason.UNREADABLE, "permission denied reading the file",
                    DropInspector.OCTET_STREAM), sizeOrUnknown(claim.file()));
        } catch (IOException e) {
            fail(claim, new Refusal(FailureReason.UNREADABLE, "cannot read the file: " + e.getMessage(),
                    DropInspector.OCTET_STREAM), sizeOrUnknown(claim.file()));
        } catch (RuntimeException e) {
            LOG.errorf(e, "unexpected error on %s; it stays in flight and is retried", claim.relativePath());
            retryLater(claim);
        } finally {
            if (!sent) {
                pending.release();
            }
        }
    }

    private RawArticle article(Claim claim, DecodedDrop drop, long size) {
        String id = ArticleIds.derive(claim.token(), claim.relativePath(), drop.sha256());
        Source source = new Source(claim.fileName(), claim.relativePath(), size, drop.sha256(), drop.charset(),
                drop.mediaType(), claim.receivedAt(), drop.decodeErrors());
        if (drop.decodeErrors() != null) {
            LOG.infof("%s decoded as %s with %d damaged sequence(s) replaced by U+FFFD, the first at byte %d",
                    claim.relativePath(), drop.charset(), drop.decodeErrors().count(),
                    drop.decodeErrors().firstOffset());
        }
        return new RawArticle(id, source, drop.text());
    }

    private Optional<Refusal> recordTooLarge(RawArticle article) {
        long recordBytes = publisher.serializedSize(article);
        if (recordBytes <= settings.maxRecordBytes()) {
            return Optional.empty();
        }
        return Optional.of(new Refusal(FailureReason.RECORD_TOO_LARGE, "the record would have " + recordBytes
                + " bytes, the limit is " + settings.maxRecordBytes() + " (newsflow.ingest.max-record-bytes)",
                article.source().mediaType()));
    }

    /** Publishes; the permit is released on the broker's answer, the file completed only on an acknowledgement. */
    private CompletableFuture<Void> send(Claim claim, RawArticle article) {
        CompletionStage<Void> ack;
        try {
            ack = publisher.publish(article);
        } catch (RuntimeException e) {
            ack = CompletableFuture.failedFuture(e);
        }
        CompletableFuture<Void> done = new CompletableFuture<>();
        ack.whenComplete((ok, error) -> {
            pending.release();
            if (error != null) {
                LOG.warnf("the broker did not acknowledge %s (%s); it stays in flight and is published again in %s",
                        claim.relativePath(), error.toString(), settings.retryDelay());
                retryLater(claim);
                return;
            }
            status.published(article.source().sizeBytes());
            completions.execute(() -> {
                complete(claim);
                done.complete(null);
            });
        });
        return done;
    }

    private void retryLater(Claim claim) {
        if (!running) {
            return;
        }
        timer.schedule(() -> workers.execute(() -> {
            if (running) {
                acquirePending();
                process(claim);
            }
        }), settings.retryDelay().toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Applies the completion policy to an acknowledged drop. */
    private void complete(Claim claim) {
        try {
            switch (settings.completion()) {
                case MOVE -> FileMover.moveNoClobber(claim.file(), settings.processedDir(), claim.relativePath());
                case DELETE -> Files.deleteIfExists(claim.file());
                case KEEP -> keep(claim);
            }
            deleteTree(claim.tokenDir());
            active.remove(claim.token());
        } catch (IOException | RuntimeException e) {
            LOG.errorf("published %s but cannot complete it (%s); it stays in flight and is published again with the"
                    + " same id", claim.relativePath(), e);
            releaseLater(claim);
        }
    }

    /** Puts the file back where it was dropped and records it as read; if its name was taken meanwhile, processed/. */
    private void keep(Claim claim) throws IOException {
        BasicFileAttributes attrs = Files.readAttributes(claim.file(), BasicFileAttributes.class);
        ledger.record(ReadLedger.key(claim.relativePath(), attrs.size(), attrs.lastModifiedTime().toMillis()));
        Path original = settings.inbox().resolve(claim.relativePath());
        if (!FileMover.placeNoClobber(claim.file(), original)) {
            Path moved = FileMover.moveNoClobber(claim.file(), settings.processedDir(), claim.relativePath());
            LOG.warnf("%s was dropped again while being read; the one read is kept as %s", claim.relativePath(), moved);
        }
    }

    /** Still being written after all: back into the inbox until it is complete. */
    private void unclaim(Claim claim) throws IOException {
        Path back = FileMover.moveNoClobber(claim.file(), settings.inbox(), claim.relativePath());
        LOG.infof("%s changed while being read; returned to the inbox as %s until it is complete",
                claim.relativePath(), back.getFileName());
        deleteTree(claim.tokenDir());
        active.remove(claim.token());
    }

    private void fail(Claim claim, Refusal refusal, long size) {
        FailureReport report = FailureReport.of(refusal, clock.instant(), size, claim.relativePath());
        try {
            Path where = FileMover.moveWithReport(claim.file(), settings.failedDir(), claim.relativePath(),
                    json.writeValueAsBytes(report));
            status.failed(refusal.reason());
            LOG.warnf("refused %s: %s - %s (moved to %s)", claim.relativePath(), refusal.reason().code(),
                    refusal.detail(), where);
            deleteTree(claim.tokenDir());
            active.remove(claim.token());
        } catch (IOException e) {
            LOG.errorf("refused %s (%s) but cannot move it to %s: %s; retried later", claim.relativePath(),
                    refusal.reason().code(), settings.failedDir(), e);
            releaseLater(claim);
        }
    }

    private void vanished(Claim claim) {
        status.failed(FailureReason.VANISHED);
        LOG.warnf("refused %s: %s - the file disappeared while it was being read", claim.relativePath(),
                FailureReason.VANISHED.code());
        deleteTree(claim.tokenDir());
        active.remove(claim.token());
    }

    /** Lets the in-flight recovery pick the claim up again after the retry delay. */
    private void releaseLater(Claim claim) {
        timer.schedule(() -> active.remove(claim.token()), settings.retryDelay().toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Takes a drop posted over HTTP: the same checks as for the folder, then stored in flight (so a crash loses
     * nothing) and published. A refused drop is not stored: the client gets the reason and keeps its bytes.
     */
    public UploadOutcome upload(String name, InputStream body) throws IOException {
        Optional<String> invalidName = SafeNames.invalidDropName(name);
        if (invalidName.isPresent()) {
            return refuseUpload(name, new Refusal(FailureReason.INVALID_NAME, invalidName.get(), "unknown"), -1);
        }
        byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, settings.maxFileBytes() + 1));
        if (bytes.length > settings.maxFileBytes()) {
            long total = bytes.length + body.transferTo(OutputStream.nullOutputStream());
            return refuseUpload(name, inspector.tooLarge(total, bytes), total);
        }
        Inspection inspection = inspector.inspect(bytes);
        if (inspection instanceof Refusal refusal) {
            return refuseUpload(name, refusal, bytes.length);
        }
        String token = newToken();
        Claim claim = Claim.of(token, ownInFlight.resolve(token), name);
        RawArticle article = article(claim, (DecodedDrop) inspection, bytes.length);
        Optional<Refusal> tooLarge = recordTooLarge(article);
        if (tooLarge.isPresent()) {
            return refuseUpload(name, tooLarge.get(), bytes.length);
        }
        active.add(token);
        try {
            Files.createDirectories(claim.tokenDir());
            Path temp = claim.tokenDir().resolve(UPLOAD_TEMP);
            Files.write(temp, bytes);
            Files.move(temp, claim.file(), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            deleteTree(claim.tokenDir());
            active.remove(token);
            throw e;
        }
        status.seen();
        acquirePending();
        return new UploadOutcome.Accepted(article, send(claim, article));
    }

    private UploadOutcome refuseUpload(String name, Refusal refusal, long size) {
        status.failed(refusal.reason());
        LOG.warnf("refused posted drop %s: %s - %s", name, refusal.reason().code(), refusal.detail());
        return new UploadOutcome.Refused(refusal, size);
    }

    /** Publishes again what this replica left in flight (a crash, a failed completion), with the same ids. */
    private void recoverInFlight() throws IOException {
        try (DirectoryStream<Path> tokens = Files.newDirectoryStream(ownInFlight, Files::isDirectory)) {
            for (Path tokenDir : tokens) {
                String token = tokenDir.getFileName().toString();
                if (active.contains(token) || token.indexOf('-') <= 0) {
                    continue;
                }
                Optional<Path> file = findDrop(tokenDir);
                if (file.isEmpty()) {
                    // Interrupted before the file arrived (a claim or an upload): nothing was taken.
                    deleteTree(tokenDir);
                    continue;
                }
                active.add(token);
                Claim claim = Claim.of(token, tokenDir, relative(tokenDir, file.get()));
                status.seen();
                status.republished();
                LOG.infof("publishing %s again: it was left in flight (claimed %s)", claim.relativePath(),
                        claim.receivedAt());
                workers.execute(() -> {
                    acquirePending();
                    process(claim);
                });
            }
        }
    }

    /** Takes over the in-flight folders of replicas whose heartbeat stopped. */
    private void adoptOrphans(long now) throws IOException {
        try (DirectoryStream<Path> replicas = Files.newDirectoryStream(inFlightRoot, Files::isDirectory)) {
            for (Path replicaDir : replicas) {
                String replica = replicaDir.getFileName().toString();
                if (replica.equals(settings.replicaId())) {
                    continue;
                }
                Path beat = inFlightRoot.resolve(replica + HEARTBEAT_SUFFIX);
                Path evidence = Files.exists(beat) ? beat : replicaDir;
                long last = Files.getLastModifiedTime(evidence).toMillis();
                if (now - last < settings.orphanAfter().toMillis()) {
                    continue;
                }
                try (DirectoryStream<Path> tokens = Files.newDirectoryStream(replicaDir, Files::isDirectory)) {
                    for (Path tokenDir : tokens) {
                        if (now - Files.getLastModifiedTime(tokenDir).toMillis() < settings.orphanAfter().toMillis()) {
                            continue;
                        }
                        try {
                            Files.move(tokenDir, ownInFlight.resolve(tokenDir.getFileName()),
                                    StandardCopyOption.ATOMIC_MOVE);
                            LOG.infof("took over %s from replica %s, silent since %s ms", tokenDir.getFileName(),
                                    replica, now - last);
                        } catch (IOException e) {
                            LOG.debugf("%s was taken over by another replica", tokenDir);
                        }
                    }
                }
            }
        }
    }

    private void beat() throws IOException {
        if (!Files.exists(heartbeat)) {
            Files.createDirectories(inFlightRoot);
            Files.createFile(heartbeat);
        }
        Files.setLastModifiedTime(heartbeat, FileTime.fromMillis(clock.millis()));
    }

    private void beatQuietly() {
        try {
            beat();
        } catch (IOException e) {
            LOG.warnf("cannot update the heartbeat %s: %s", heartbeat, e);
        }
    }

    private static Optional<Path> findDrop(Path tokenDir) throws IOException {
        try (Stream<Path> files = Files.walk(tokenDir)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().equals(UPLOAD_TEMP))
                    .findFirst();
        }
    }

    private static byte[] readHead(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEAD_BYTES);
        }
    }

    private static long sizeOrUnknown(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    private void acquirePending() {
        pending.acquireUninterruptibly();
    }

    private String newToken() {
        // Claim time (it becomes receivedAt) plus randomness; the sequence keeps tokens of one millisecond apart.
        return Long.toString(clock.millis(), Character.MAX_RADIX) + "-"
                + Integer.toString(tokenSequence.incrementAndGet() & 0xFFFF, Character.MAX_RADIX)
                + Long.toString(ThreadLocalRandom.current().nextLong() >>> 1, Character.MAX_RADIX);
    }

    private static String relative(Path root, Path path) {
        return root.relativize(path).toString().replace(path.getFileSystem().getSeparator(), "/");
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (NoSuchFileException e) {
            // already gone
        } catch (IOException e) {
            LOG.debugf("cannot remove %s: %s", root, e);
        }
    }

    private static ThreadFactory named(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Stops taking drops; what is in flight stays there for the next start. */
    @Override
    public void close() throws IOException {
        running = false;
        if (watcher != null) {
            watcher.close();
        }
        timer.shutdownNow();
        heartbeats.shutdownNow();
        workers.shutdown();
        completions.shutdown();
        try {
            workers.awaitTermination(10, TimeUnit.SECONDS);
            completions.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
