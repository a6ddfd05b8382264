package io.newsflow.ingest.domain;

/**
 * Derives the article id of a claimed drop. The claim token is unique per claim and survives a restart (it names the
 * in-flight folder), so re-publishing after a crash gives the same id while every new drop, even of identical
 * content under the same name, gets a new one.
 */
public final class ArticleIds {

    private static final int LENGTH = 32;

    private ArticleIds() {
    }

    public static String derive(String claimToken, String relativePath, String contentSha256) {
        if (claimToken.isEmpty() || relativePath.isEmpty()) {
            throw new IllegalArgumentException("claim token and relative path are required");
        }
        return Hashes.sha256Hex(claimToken + '\n' + relativePath + '\n' + contentSha256).substring(0, LENGTH);
    }
}
