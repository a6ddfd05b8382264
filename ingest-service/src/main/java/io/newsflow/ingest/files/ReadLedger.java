package io.newsflow.ingest.files;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Record of files read and left in place (completion policy keep): one line per file, shared by the replicas of an
 * inbox, so a kept file is never taken again while its size and modification time stay the same.
 */
final class ReadLedger {

    private final Path file;
    private final Set<String> entries = ConcurrentHashMap.newKeySet();
    private long readUpTo;

    ReadLedger(Path file) {
        this.file = file;
    }

    static String key(String relativePath, long size, long mtimeMillis) {
        return relativePath + '\t' + size + '\t' + mtimeMillis;
    }

    synchronized boolean contains(String key) throws IOException {
        refresh();
        return entries.contains(key);
    }

    synchronized void record(String key) throws IOException {
        Files.writeString(file, key + '\n', StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND, StandardOpenOption.SYNC);
        entries.add(key);
    }

    /** Reads lines other replicas appended since the last look. */
    private void refresh() throws IOException {
        if (!Files.exists(file) || Files.size(file) == readUpTo) {
            return;
        }
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            in.seek(readUpTo);
            byte[] tail = new byte[(int) (in.length() - readUpTo)];
            in.readFully(tail);
            String text = new String(tail, StandardCharsets.UTF_8);
            int complete = text.lastIndexOf('\n') + 1;
            for (String line : text.substring(0, complete).split("\n")) {
                if (!line.isEmpty()) {
                    entries.add(line);
                }
            }
            readUpTo += text.substring(0, complete).getBytes(StandardCharsets.UTF_8).length;
        }
    }
}
