package io.github.govreport.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.govreport.core.AdministrativeLevel;
import io.github.govreport.core.Document;
import io.github.govreport.core.Metadata;
import io.github.govreport.core.ReportType;
import io.github.govreport.core.Section;
import io.github.govreport.core.Span;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The database written by {@code --format sqlite}, read back with plain JDBC. */
class SqliteWriterTest {

    private static final String VERSION = "govreport test";

    @TempDir
    private Path dir;

    @Test
    void documentsSectionsAndFactsAreRowsWithTheCsvColumns() throws Exception {
        Path db = dir.resolve("facts.db");

        try (SqliteWriter writer = SqliteWriter.open(db, VERSION)) {
            writer.write(withSections(TestDocuments.document("a")));
            writer.write(TestDocuments.document("b"));
        }

        try (Connection connection = connect(db)) {
            assertThat(count(connection, "SELECT count(*) FROM documents")).isEqualTo(2);
            assertThat(count(connection, "SELECT count(*) FROM facts")).isEqualTo(4);
            assertThat(count(connection, "SELECT count(*) FROM sections WHERE doc = 'a'")).isEqualTo(2);
            assertThat(columns(connection, "facts")).containsExactlyElementsOf(CsvWriter.header());
            assertThat(strings(connection, "SELECT parent || '>' || id FROM sections WHERE parent IS NOT NULL"))
                    .containsExactly("s1>s2");
            assertThat(strings(connection, "SELECT region || ' ' || regionCode || ' ' || level || ' ' || year || ' ' || type "
                    + "|| ' ' || date FROM documents WHERE doc = 'a'"))
                    .containsExactly("重庆市 500000 province 2024 work-report 2024-01-21");
            try (Statement statement = connection.createStatement();
                 ResultSet row = statement.executeQuery("SELECT value, normalizedValue, typeof(normalizedValue), "
                         + "section, period, sourceStart, confidence FROM facts WHERE id = 'a#1'")) {
                assertThat(row.next()).isTrue();
                assertThat(row.getLong(1)).isEqualTo(4186);
                assertThat(row.getLong(2)).isEqualTo(41_860_000);
                assertThat(row.getString(3)).isEqualTo("integer");
                assertThat(row.getString(4)).isEqualTo("二、2024年主要任务 > （一）民生实事");
                assertThat(row.getInt(5)).isEqualTo(2024);
                assertThat(row.getInt(6)).isEqualTo(11);
                assertThat(row.getDouble(7)).isEqualTo(0.97);
            }
            assertThat(strings(connection, "SELECT coalesce(period, 'null') FROM facts WHERE id = 'a#2'"))
                    .containsExactly("null");
        }
    }

    @Test
    void aDatabaseWrittenBeforeRegionCodesGetsTheColumn() throws Exception {
        Path db = dir.resolve("old.db");
        try (Connection connection = connect(db); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE documents (doc TEXT PRIMARY KEY, source TEXT, mediaType TEXT, title TEXT, "
                    + "region TEXT, level TEXT, year INTEGER, type TEXT, issuer TEXT, date TEXT, number TEXT, "
                    + "facts INTEGER NOT NULL, contentHash TEXT NOT NULL, extractor TEXT NOT NULL, text TEXT NOT NULL)");
            statement.execute("INSERT INTO documents (doc, facts, contentHash, extractor, text) "
                    + "VALUES ('old', 0, 'h', 'v', 't')");
        }

        try (SqliteWriter writer = SqliteWriter.open(db, VERSION)) {
            writer.write(withSections(TestDocuments.document("a")));
        }

        try (Connection connection = connect(db)) {
            assertThat(strings(connection, "SELECT doc || ' ' || coalesce(regionCode, 'null') FROM documents ORDER BY doc"))
                    .containsExactly("a 500000", "old null");
        }
    }

    @Test
    void aTableRowsCodeIsTextInTheCodeColumn() throws Exception {
        Path db = dir.resolve("facts.db");
        try (SqliteWriter writer = SqliteWriter.open(db, VERSION)) {
            writer.write(TestDocuments.budget("b"));
            writer.write(TestDocuments.document("a"));
        }

        try (Connection connection = connect(db)) {
            assertThat(columns(connection, "facts")).containsSubsequence("indicatorId", "code", "measure");
            assertThat(strings(connection, "SELECT id || ' ' || coalesce(code, 'null') || ' ' || typeof(code) "
                    + "FROM facts ORDER BY id")).containsExactly("a#1 null null", "a#2 null null", "b#1 2080502 text");
        }
    }

    @Test
    void aDatabaseWrittenBeforeCodesGetsTheColumnAtTheEndOfFacts() throws Exception {
        Path db = dir.resolve("old.db");
        try (SqliteWriter writer = SqliteWriter.open(db, VERSION)) {
            writer.write(TestDocuments.document("a"));
        }
        // the facts table as a version before the code column made it
        try (Connection connection = connect(db); Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE facts DROP COLUMN code");
        }

        try (SqliteWriter writer = SqliteWriter.open(db, VERSION)) {
            writer.write(TestDocuments.budget("b"));
        }

        try (Connection connection = connect(db)) {
            List<String> columns = columns(connection, "facts");
            assertThat(columns.get(columns.size() - 1)).isEqualTo("code");
            assertThat(strings(connection, "SELECT id || ' ' || coalesce(code, 'null') FROM facts ORDER BY id"))
                    .containsExactly("a#1 null", "a#2 null", "b#1 2080502");
        }
    }

    @Test
    void theIndexesForDocumentIndicatorAndPeriodExist() throws Exception {
        Path db = dir.resolve("facts.db");
        SqliteWriter.open(db, VERSION).close();

        try (Connection connection = connect(db)) {
            assertThat(strings(connection, "SELECT name || ' ' || sql FROM sqlite_master WHERE type = 'index' "
                    + "AND tbl_name = 'facts' ORDER BY name")).containsExactly(
                    "facts_doc CREATE INDEX facts_doc ON facts (doc)",
                    "facts_indicator CREATE INDEX facts_indicator ON facts (indicatorId)",
                    "facts_period CREATE INDEX facts_period ON facts (period)");
            assertThat(strings(connection, "EXPLAIN QUERY PLAN SELECT * FROM facts WHERE indicatorId = 'gdp'"))
                    .anySatisfy(step -> assertThat(step).contains("facts_indicator"));
        }
    }

    @Test
    void theSameDocumentAgainIsNotDuplicatedAndAChangedOneIsReplaced() throws Exception {
        Path db = dir.resolve("facts.db");
        try (SqliteWriter writer = SqliteWriter.open(db, VERSION)) {
            writer.write(TestDocuments.document("a"));
            writer.write(TestDocuments.document("b"));
        }

        Document changed = new Document("a", "a.txt", "text/plain", Metadata.EMPTY, TestDocuments.TEXT + "另增一句。",
                List.of(), List.of(), List.of(TestDocuments.document("a").facts().get(0)), List.of());
        try (SqliteWriter second = SqliteWriter.open(db, VERSION)) {
            second.write(TestDocuments.document("b"));
            second.write(changed);
            assertThat(second.count(SqliteWriter.Change.UNCHANGED)).isEqualTo(1);
            assertThat(second.count(SqliteWriter.Change.REPLACED)).isEqualTo(1);
            assertThat(second.count(SqliteWriter.Change.ADDED)).isZero();
        }
        try (SqliteWriter newerVersion = SqliteWriter.open(db, "govreport 2")) {
            newerVersion.write(TestDocuments.document("b"));
            assertThat(newerVersion.count(SqliteWriter.Change.REPLACED)).isEqualTo(1);
        }

        try (Connection connection = connect(db)) {
            assertThat(strings(connection, "SELECT doc || ' ' || facts || ' ' || extractor FROM documents ORDER BY doc"))
                    .containsExactly("a 1 govreport test", "b 2 govreport 2");
            assertThat(strings(connection, "SELECT doc || ' ' || count(*) FROM facts GROUP BY doc ORDER BY doc"))
                    .containsExactly("a 1", "b 2");
            assertThat(strings(connection, "SELECT contentHash FROM documents WHERE doc = 'a'"))
                    .containsExactly(SqliteWriter.contentHash(changed));
        }
    }

    @Test
    void reportTextIsDataNotSql() throws Exception {
        Path db = dir.resolve("facts.db");
        String attack = "'); DROP TABLE facts;--";
        Document hostile = new Document("x'); DROP TABLE documents;--", "evil.txt", "text/plain",
                new Metadata(attack, "\"; DELETE FROM sections; --", null, null, null, null, null),
                attack, List.of(), List.of(), List.of(), List.of());

        try (SqliteWriter writer = SqliteWriter.open(db, VERSION)) {
            writer.write(TestDocuments.document("a"));
            writer.write(hostile);
        }

        try (Connection connection = connect(db)) {
            assertThat(count(connection, "SELECT count(*) FROM facts")).isEqualTo(2);
            assertThat(strings(connection, "SELECT doc FROM documents ORDER BY doc"))
                    .containsExactly("a", "x'); DROP TABLE documents;--");
            assertThat(strings(connection, "SELECT title || '|' || region || '|' || text FROM documents WHERE doc LIKE 'x%'"))
                    .containsExactly(attack + "|\"; DELETE FROM sections; --|" + attack);
        }
    }

    @Test
    void twoWritersOnOneDatabaseBothSucceed() throws Exception {
        Path db = dir.resolve("shared.db");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Void>> runs = new ArrayList<>();
            for (String prefix : List.of("p", "q")) {
                // Separate connections, as two processes would have; both create the tables on a new file.
                Callable<Void> run = () -> {
                    try (SqliteWriter writer = SqliteWriter.open(db, VERSION)) {
                        for (int i = 0; i < 40; i++) {
                            writer.write(TestDocuments.document(prefix + i));
                        }
                    }
                    return null;
                };
                runs.add(pool.submit(run));
            }
            for (Future<Void> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdownNow();
        }

        try (Connection connection = connect(db)) {
            assertThat(count(connection, "SELECT count(*) FROM documents")).isEqualTo(80);
            assertThat(count(connection, "SELECT count(*) FROM facts")).isEqualTo(160);
        }
    }

    @Test
    void anUnwritableDatabaseIsAnIoErrorNamingTheDatabase() {
        assertThatThrownBy(() -> SqliteWriter.open(dir.resolve("no-such-directory/facts.db"), VERSION))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith("database: ");
    }

    private static Document withSections(Document d) {
        Section child = new Section("s2", 2, "（一）", "民生实事", new Span(5, 20), List.of());
        Section top = new Section("s1", 1, "二、", "2024年主要任务", new Span(0, 30), List.of(child));
        Metadata metadata = new Metadata("重庆市政府工作报告", "重庆市", AdministrativeLevel.PROVINCE, 2024,
                ReportType.WORK_REPORT, "重庆市人民政府", LocalDate.of(2024, 1, 21), null, "500000");
        return new Document(d.id(), d.source(), d.mediaType(), metadata, d.text(), List.of(top), d.tables(),
                d.facts(), d.warnings());
    }

    static Connection connect(Path db) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + db);
    }

    static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    static List<String> strings(Connection connection, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            int last = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                values.add(rows.getString(last));
            }
        }
        return values;
    }

    private static List<String> columns(Connection connection, String table) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rows = connection.getMetaData().getColumns(null, null, table, null)) {
            while (rows.next()) {
                names.add(rows.getString("COLUMN_NAME"));
            }
        }
        return names;
    }
}
