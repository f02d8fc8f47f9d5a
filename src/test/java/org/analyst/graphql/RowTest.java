package org.analyst.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.inject.Inject;

import org.analyst.time.DatePrecision;
import org.analyst.time.PartialDate;
import org.junit.jupiter.api.Test;
import org.postgresql.PGResultSetMetaData;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/** Rows are read by the names the select list gives their columns, wherever it puts them. */
@QuarkusTest
class RowTest {

    /** What a statement's reader takes from a row. */
    private record Read(Audit audit, String summary, Long speaker, String dateText, DatePrecision precision,
            LocalDate earliest, LocalDate latest) {

        static Read of(Row row) {
            PartialDate date = row.partialDate("date");
            return new Read(row.audit(), row.text("summary"), row.key("speaker_id"), date.text, date.precision,
                    date.earliest, date.latest);
        }
    }

    @Inject
    SqlReader sql;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aReaderReadsTheSameWhereverTheSelectListPutsItsColumns() {
        List<Read> inOrder = sql.list("select " + Audit.columns("s") + ", s.summary, s.speaker_id, "
                + PartialDateColumns.of("s.date") + " from statement s order by s.id limit 5", Read::of);
        List<Read> reordered = sql.list("select s.summary, s.kind, " + PartialDateColumns.of("s.date")
                + ", 42 as speaker, s.speaker_id, s.updated_by, s.updated_at, s.created_at, s.version, s.id"
                + " from statement s order by s.id limit 5", Read::of);
        assertEquals(5, inOrder.size());
        assertEquals(inOrder, reordered);
        assertTrue(inOrder.stream().allMatch(read -> read.summary() != null && read.dateText() != null),
                inOrder::toString);
    }

    @Test
    void anAbsentPartialDateIsNull() {
        List<PartialDate> dates = sql.list("select cast(null as text) as start_text, cast(null as text) as start_precision,"
                + " cast(null as date) as start_earliest, cast(null as date) as start_latest,"
                + " cast(null as boolean) as start_year_inferred", row -> row.partialDate("start"));
        assertEquals(1, dates.size());
        assertNull(dates.get(0));
    }

    @Test
    void aColumnTheStatementDoesNotSelectIsAProgrammingError() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> sql.list("select a.slug, a.name from actor a limit 1", row -> row.text("title")));
        assertTrue(unknown.getMessage().contains("'title'"), unknown.getMessage());
        assertTrue(unknown.getMessage().contains("[slug, name]"), unknown.getMessage());
        IllegalArgumentException noDate = assertThrows(IllegalArgumentException.class,
                () -> sql.list("select s.date_text from statement s limit 1", row -> row.partialDate("date")));
        assertTrue(noDate.getMessage().contains("'date_precision'"), noDate.getMessage());
    }

    @Test
    void aNameTwoColumnsShareCannotBeReadButTheOthersCan() {
        String twoIds = "select a.id, a.slug, p.id from actor a cross join publication p limit 1";
        assertFalse(sql.list(twoIds, row -> row.text("slug")).isEmpty());
        IllegalArgumentException ambiguous = assertThrows(IllegalArgumentException.class,
                () -> sql.list(twoIds, row -> row.key("id")));
        assertTrue(ambiguous.getMessage().contains("more than one column named 'id'"), ambiguous.getMessage());
    }

    @Test
    void datesAndInstantsAreReadExactlyAsPostgreSQLHoldsThem() {
        record Times(LocalDate day, Instant instant, LocalDate absentDay, Instant absentInstant) {
        }
        List<Times> read = sql.list("select date '2022-04-30' as day, timestamptz '2023-01-12 09:30:00.123456+06' as at,"
                + " cast(null as date) as no_day, cast(null as timestamptz) as no_at",
                row -> new Times(row.date("day"), row.instant("at"), row.date("no_day"), row.instant("no_at")));
        assertEquals(List.of(new Times(LocalDate.of(2022, 4, 30), Instant.parse("2023-01-12T03:30:00.123456Z"), null, null)),
                read);
    }

    /**
     * The driver receives a statement's first runs as text and, once it prepared the statement on
     * the server (the fifth run on one connection), in PostgreSQL's binary format, which
     * {@link ColumnNames} decodes itself: both read the same instants, before 2000 too.
     */
    @Test
    void instantsReadTheSameAsTextAndInBinary() throws SQLException {
        assertReadAlikeInBothFormats("select timestamptz '2023-01-12 09:30:00.123456+06',"
                + " timestamptz '1969-07-20 20:17:40.000001+00', cast(null as timestamptz)",
                Instant.parse("2023-01-12T03:30:00.123456Z"), Instant.parse("1969-07-20T20:17:40.000001Z"), null);
    }

    /** Keys, integers and text, which ColumnNames reads with the driver's typed getters, absent ones as null. */
    @Test
    void keysIntegersAndTextReadTheSameAsTextAndInBinary() throws SQLException {
        assertReadAlikeInBothFormats("select cast(9007199254740993 as bigint), cast(null as bigint), -7, cast(null as int),"
                + " cast(3 as smallint), 'Қазақстан', cast(null as text), cast('Halyk' as varchar)",
                9007199254740993L, null, -7, null, 3, "Қазақстан", null, "Halyk");
    }

    private void assertReadAlikeInBothFormats(String select, Object... expected) throws SQLException {
        Set<Integer> formats = new TreeSet<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(select)) {
            for (int run = 1; run <= 8; run++) {
                try (ResultSet result = statement.executeQuery()) {
                    ColumnNames names = ColumnNames.of(result.getMetaData());
                    formats.add(result.getMetaData().unwrap(PGResultSetMetaData.class).getFormat(1));
                    assertTrue(result.next());
                    Object[] read = new Object[names.width()];
                    for (int i = 0; i < read.length; i++) {
                        read[i] = names.value(result, i);
                    }
                    assertEquals(Arrays.asList(expected), Arrays.asList(read), "run " + run);
                }
            }
        }
        assertEquals(Set.of(0, 1), formats, "read as text (0) and in binary (1)");
    }
}
