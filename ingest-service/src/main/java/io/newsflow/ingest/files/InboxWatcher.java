package io.newsflow.ingest.files;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;

import org.jboss.logging.Logger;

/**
 * Native file-system events for the inbox: each arrival or change asks for a scan soon. Events can be lost
 * (overflow, network filesystems), so the periodic rescan stays the source of truth; this only cuts latency.
 */
final class InboxWatcher implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(InboxWatcher.class);

    private final Path inbox;
    private final boolean recursive;
    private final Runnable onChange;
    private WatchService watchService;
    private Thread thread;

    InboxWatcher(Path inbox, boolean recursive, Runnable onChange) {
        this.inbox = inbox;
        this.recursive = recursive;
        this.onChange = onChange;
    }

    void start() throws IOException {
        watchService = inbox.getFileSystem().newWatchService();
        register(inbox);
        thread = new Thread(this::run, "newsflow-inbox-watch");
        thread.setDaemon(true);
        thread.start();
    }

    private void register(Path root) throws IOException {
        if (!recursive) {
            root.register(watchService, ENTRY_CREATE, ENTRY_MODIFY);
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (!dir.equals(root) && dir.getFileName().toString().startsWith(".")) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                dir.register(watchService, ENTRY_CREATE, ENTRY_MODIFY);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private void run() {
        try {
            while (true) {
                WatchKey key = watchService.take();
                boolean relevant = false;
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (event.kind() == OVERFLOW) {
                        relevant = true;
                        continue;
                    }
                    Path name = (Path) event.context();
                    if (name.toString().startsWith(".")) {
                        continue;
                    }
                    relevant = true;
                    Path child = ((Path) key.watchable()).resolve(name);
                    if (recursive && event.kind() == ENTRY_CREATE && Files.isDirectory(child)) {
                        registerQuietly(child);
                    }
                }
                key.reset();
                if (relevant) {
                    onChange.run();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void registerQuietly(Path dir) {
        try {
            register(dir);
        } catch (IOException e) {
            LOG.debugf("cannot watch %s (%s); the periodic rescan still covers it", dir, e);
        }
    }

    @Override
    public void close() throws IOException {
        if (watchService != null) {
            watchService.close();
        }
    }
}
