package io.newsflow.ingest.domain;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which inbox entries are drops. Hidden names and the temporary names editors, browsers and copy tools write while a
 * file is incomplete are never taken; include/exclude globs narrow the rest. A glob with a {@code /} is matched
 * against the path below the inbox, any other against the file name alone.
 */
public final class IgnoreRules {

    private static final List<String> TEMPORARY_SUFFIXES = List.of(".swp", "~", ".tmp", ".part", ".crdownload");

    private final List<Glob> includes;
    private final List<Glob> excludes;
    private final boolean recursive;

    private record Glob(String pattern, PathMatcher matcher, boolean onPath) {

        static Glob of(String pattern) {
            return new Glob(pattern, FileSystems.getDefault().getPathMatcher("glob:" + pattern), pattern.contains("/"));
        }

        boolean matches(String relativePath, String fileName) {
            return matcher.matches(Path.of(onPath ? relativePath : fileName));
        }
    }

    public IgnoreRules(List<String> includes, List<String> excludes, boolean recursive) {
        this.includes = includes.stream().map(Glob::of).toList();
        this.excludes = excludes.stream().map(Glob::of).toList();
        this.recursive = recursive;
    }

    /** @param relativePath path below the inbox with {@code /} separators */
    public boolean accepts(String relativePath) {
        return ignoredBecause(relativePath).isEmpty();
    }

    /** Why the entry at {@code relativePath} is not a drop, if it is not. */
    public Optional<String> ignoredBecause(String relativePath) {
        String[] segments = relativePath.split("/");
        if (!recursive && segments.length > 1) {
            return Optional.of("in a subfolder and newsflow.ingest.recursive is false");
        }
        for (String segment : segments) {
            if (segment.startsWith(".")) {
                return Optional.of("hidden name");
            }
        }
        String fileName = segments[segments.length - 1];
        String lower = fileName.toLowerCase(Locale.ROOT);
        for (String suffix : TEMPORARY_SUFFIXES) {
            if (lower.endsWith(suffix)) {
                return Optional.of("temporary name (*" + suffix + ")");
            }
        }
        if (!includes.isEmpty() && includes.stream().noneMatch(g -> g.matches(relativePath, fileName))) {
            return Optional.of("matches no include glob");
        }
        return excludes.stream()
                .filter(g -> g.matches(relativePath, fileName))
                .findFirst()
                .map(g -> "matches exclude glob " + g.pattern());
    }

    /** Whether the walk should descend into the folder at {@code relativePath}. */
    public boolean entersFolder(String relativePath) {
        return recursive && !relativePath.startsWith(".") && !relativePath.contains("/.");
    }
}
