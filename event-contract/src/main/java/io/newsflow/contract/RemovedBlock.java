package io.newsflow.contract;

/**
 * A block of the drop that the cleaner left out of the article text, and why.
 *
 * @param text   the removed text
 * @param reason machine-readable reason, e.g. {@code donation-appeal}, {@code navigation}, {@code caption}
 */
public record RemovedBlock(String text, String reason) {
}
