package org.analyst.analytics;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The statements of the sample dataset as its import document has them: the independent account
 * the analytics tests check the server's grouped SQL against.
 */
record SampleStatements(List<Map<String, Object>> statements) {

    static SampleStatements load() {
        try (InputStream in = SampleStatements.class.getResourceAsStream("/sample-data/china-backs-kazakhstan.json")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> document = new ObjectMapper().readValue(in, Map.class);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> statements = (List<Map<String, Object>>) document.get("statements");
            return new SampleStatements(statements);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> targets(Map<String, Object> statement) {
        return (List<Map<String, Object>>) statement.get("targets");
    }

    static boolean interpreted(Map<String, Object> target) {
        return "INTERPRETED".equals(target.get("explicitness"));
    }

    @SuppressWarnings("unchecked")
    static LocalDate date(Map<String, Object> statement, String bound) {
        Object day = ((Map<String, Object>) statement.get("date")).get(bound);
        return day == null ? null : LocalDate.parse((String) day);
    }
}
