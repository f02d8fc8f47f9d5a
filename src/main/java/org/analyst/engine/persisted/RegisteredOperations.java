package org.analyst.engine.persisted;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.analyst.engine.errors.Refusal;
import org.analyst.engine.limits.QueryAdmission;

import graphql.language.AstPrinter;
import graphql.language.Document;
import graphql.language.OperationDefinition;

/**
 * The operations registered ahead of time: every {@code .graphql} file in the classpath directory
 * {@code analyst.graphql.persisted-queries.operations} (by default {@code src/main/resources/web/app/operations/},
 * the desk's named operations). Each file is one document,
 * known by the SHA-256 of its text and by its canonical form (graphql-java's compact print, so a
 * client's own formatting of the same document matches). Each operation in it is held to the
 * request gate's limits when it is read: one that breaks them stops the application.
 */
@ApplicationScoped
class RegisteredOperations {

    @Inject
    PersistedQueryConfig config;

    @Inject
    QueryAdmission admission;

    private List<String> documents;

    Map<String, String> byHash() {
        Map<String, String> byHash = new HashMap<>();
        for (String document : documents()) {
            byHash.put(PersistedQueries.sha256(document), document);
        }
        return byHash;
    }

    Set<String> canonicalForms() {
        Set<String> forms = new HashSet<>();
        for (String document : documents()) {
            forms.add(AstPrinter.printAstCompact(admission.parse(document)));
        }
        return forms;
    }

    private synchronized List<String> documents() {
        if (documents == null) {
            documents = read(config.operations());
            documents.forEach(this::checkLimits);
        }
        return documents;
    }

    private void checkLimits(String document) {
        Document parsed = admission.parse(document);
        for (OperationDefinition operation : parsed.getDefinitionsOfType(OperationDefinition.class)) {
            try {
                admission.admit(document, operation.getName(), Map.of());
            } catch (Refusal refusal) {
                throw new IllegalStateException("The registered operation " + operation.getName() + " breaks a limit: "
                        + refusal.getMessage());
            }
        }
    }

    private static List<String> read(String directory) {
        try {
            URL url = Thread.currentThread().getContextClassLoader().getResource(directory);
            if (url == null) {
                return List.of();
            }
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                try (FileSystem jar = jarFileSystem(uri)) {
                    return texts(jar.provider().getPath(uri));
                } catch (FileSystemAlreadyExistsException open) {
                    return texts(FileSystems.getFileSystem(uri).provider().getPath(uri));
                }
            }
            return texts(Path.of(uri));
        } catch (IOException | URISyntaxException unreadable) {
            throw new IllegalStateException("The registered operations in " + directory + " cannot be read", unreadable);
        }
    }

    private static FileSystem jarFileSystem(URI uri) throws IOException {
        return FileSystems.newFileSystem(uri, Collections.emptyMap());
    }

    private static List<String> texts(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".graphql")).sorted().map(file -> {
                try {
                    return Files.readString(file, StandardCharsets.UTF_8);
                } catch (IOException unreadable) {
                    throw new UncheckedIOException(unreadable);
                }
            }).toList();
        }
    }
}
