package org.analyst.importing;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** What {@code POST /admin/import} accepts. */
@ConfigMapping(prefix = "analyst.import")
public interface ImportConfig {

    /**
     * Largest import document accepted (ANALYST_IMPORT_MAX_BODY_SIZE): a real export is far
     * smaller (the sample dataset's is about 100 KB), and the body is held in memory while it is
     * read.
     */
    @WithDefault("32M")
    MemorySize maxBodySize();
}
