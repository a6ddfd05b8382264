package io.newsflow.enrich.domain;

/** A clean article the stage cannot enrich as it stands; the record goes to the dead-letter topic with this reason. */
public class InvalidArticleException extends IllegalArgumentException {

    public InvalidArticleException(String message) {
        super(message);
    }
}
