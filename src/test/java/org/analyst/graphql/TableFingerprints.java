package org.analyst.graphql;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

/** A digest of every table's content in the current schema, to show that a refused request changed nothing. */
public final class TableFingerprints {

    private TableFingerprints() {
    }

    public static Map<String, String> of(DataSource dataSource) throws SQLException {
        Map<String, String> fingerprints = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            List<String> tables;
            try (ResultSet rows = statement.executeQuery(
                    "select table_name from information_schema.tables where table_schema = current_schema() order by 1")) {
                tables = new ArrayList<>();
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet digest = statement.executeQuery("select count(*) || ':' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '')"
                        + " from \"" + table + "\" t")) {
                    digest.next();
                    fingerprints.put(table, digest.getString(1));
                }
            }
        }
        assertTrue(fingerprints.size() > 10, "the schema's tables: " + fingerprints.keySet());
        return fingerprints;
    }
}
