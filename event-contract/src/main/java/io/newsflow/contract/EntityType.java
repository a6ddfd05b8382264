package io.newsflow.contract;

/** Named-entity classes, as in CoNLL-2003. */
public enum EntityType {
    PERSON, ORG, LOC, MISC
}
