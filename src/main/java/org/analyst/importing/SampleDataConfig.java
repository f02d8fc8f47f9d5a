package org.analyst.importing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "analyst.sample-data")
public interface SampleDataConfig {

    /** Load the sample dataset into an empty database at start-up (ANALYST_SAMPLE_DATA_ENABLED). */
    @WithDefault("false")
    boolean enabled();
}
