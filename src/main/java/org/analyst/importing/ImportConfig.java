package org.analyst.importing;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** What {@code POST /admin/import} accepts, and how long an import or an export may take. */
@ConfigMapping(prefix = "analyst.import")
public interface ImportConfig {

    /**
     * Largest import document accepted (ANALYST_IMPORT_MAX_BODY_SIZE): a real export is far
     * smaller (the sample dataset's is about 50 KB), and the body is held in memory while it is
     * read.
     */
    @WithDefault("32M")
    MemorySize maxBodySize();

    /**
     * Seconds one import or export may take (ANALYST_IMPORT_TIMEOUT), set in application.properties:
     * the transaction manager reads it there ({@code @TransactionConfiguration}).
     */
    int timeout();
}
