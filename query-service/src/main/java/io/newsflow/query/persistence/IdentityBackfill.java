package io.newsflow.query.persistence;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * Indexes, at startup, the identity keys of mentions stored before the identity index existed (or by a version that
 * did not register them), so a searched name finds every stored identity. Articles stored from now on register
 * their keys in their own transaction.
 */
@ApplicationScoped
public class IdentityBackfill {

    private static final Logger LOG = Logger.getLogger(IdentityBackfill.class);
    /** Keys per transaction: bounded statements and locks on a database with millions of mentions. */
    static final int BATCH = 1000;

    private final IdentityStore store;

    public IdentityBackfill(IdentityStore store) {
        this.store = store;
    }

    void onStart(@Observes StartupEvent event) {
        long added = 0;
        for (Map<String, String> batch = store.unindexed(BATCH); !batch.isEmpty(); batch = store.unindexed(BATCH)) {
            store.registerNow(batch);
            added += batch.size();
        }
        if (added > 0) {
            LOG.infof("Indexed %d identity keys of mentions stored before the identity index", added);
        }
    }
}
