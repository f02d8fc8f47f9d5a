package org.analyst.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.analyst.actor.ActorEntity;
import org.analyst.article.ArticleEntity;
import org.analyst.publication.PublicationEntity;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.StartupEvent;

/**
 * The sample dataset (the article the product was born from, extracted), shipped in the import
 * format and loaded into an empty database when {@code analyst.sample-data.enabled} is set.
 */
@ApplicationScoped
public class SampleData {

    static final String RESOURCE = "sample-data/china-backs-kazakhstan.json";
    private static final Logger LOG = Logger.getLogger(SampleData.class);

    @Inject
    SampleDataConfig config;

    @Inject
    ObjectMapper objectMapper;

    @Inject
    Importer importer;

    /** The importer runs its own transaction, within its own timeout; the counts need only a session. */
    @ActivateRequestContext
    void loadIntoEmptyDatabase(@Observes StartupEvent started) {
        if (!config.enabled()) {
            return;
        }
        if (ActorEntity.count() + PublicationEntity.count() + ArticleEntity.count() > 0) {
            LOG.debug("The database holds data already: sample data not loaded");
            return;
        }
        ImportSummary summary = importer.load(document());
        LOG.infof("Loaded the sample data: %d actors, %d publications, %d articles, %d statements",
                summary.actors(), summary.publications(), summary.articles(), summary.statements());
    }

    /** The sample dataset. */
    public ImportDocument document() {
        try (InputStream json = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (json == null) {
                throw new IllegalStateException("Missing resource " + RESOURCE);
            }
            return ImportDocument.reader(objectMapper).readValue(json);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }
}
