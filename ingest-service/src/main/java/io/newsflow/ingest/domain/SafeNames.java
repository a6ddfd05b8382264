package io.newsflow.ingest.domain;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** File names: clash-free variants for processed/ and failed/, and validation of names given over HTTP. */
public final class SafeNames {

    public static final String ERROR_SUFFIX = ".error.json";
    private static final int MAX_NAME_BYTES = 255 - ERROR_SUFFIX.length() - " (99999)".length();

    private SafeNames() {
    }

    /**
     * The {@code attempt}-th name to try for {@code name} in a folder: the name itself first, then
     * {@code report (1).txt}, {@code report (2).txt}, ... so an earlier file is never overwritten.
     */
    public static String variant(String name, int attempt) {
        if (attempt == 0) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        boolean hasExtension = dot > 0 && dot < name.length() - 1;
        String stem = hasExtension ? name.substring(0, dot) : name;
        String extension = hasExtension ? name.substring(dot) : "";
        return stem + " (" + attempt + ")" + extension;
    }

    /** Why {@code name} cannot name an HTTP drop, if it cannot: it must be one plain file name, no path. */
    public static Optional<String> invalidDropName(String name) {
        if (name == null || name.isBlank()) {
            return Optional.of("a file name is required (?name=...)");
        }
        if (name.equals(".") || name.equals("..") || name.contains("/") || name.contains("\\")) {
            return Optional.of("the name must be a plain file name without a path: " + quoted(name));
        }
        if (name.startsWith(".")) {
            return Optional.of("hidden names (starting with '.') are not drops, in the folder or over HTTP");
        }
        if (name.chars().anyMatch(c -> c < 0x20 || c == 0x7F)) {
            return Optional.of("the name contains control characters");
        }
        if (name.getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES) {
            return Optional.of("the name is longer than " + MAX_NAME_BYTES + " bytes");
        }
        if (!name.equals(name.strip())) {
            return Optional.of("the name starts or ends with white space");
        }
        return Optional.empty();
    }

    private static String quoted(String name) {
        return '"' + name.replace("\"", "\\\"") + '"';
    }
}
