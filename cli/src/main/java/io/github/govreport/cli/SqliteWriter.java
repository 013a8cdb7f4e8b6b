package io.github.govreport.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.govreport.core.Document;
import io.github.govreport.core.Fact;
import io.github.govreport.core.Metadata;
import io.github.govreport.core.Section;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.sqlite.SQLiteConfig;

/**
 * {@code sqlite}: documents, their sections and their facts in an SQLite database, which a run
 * creates or adds to.
 *
 * <ul>
 *   <li>{@code documents}: one row per document, keyed by {@code doc} (the document id): source,
 *       media type, the metadata, the normalised text, its SHA-256 ({@code contentHash}) and the
 *       govreport version that extracted it ({@code extractor}).</li>
 *   <li>{@code sections}: the section tree flattened, with {@code parent}.</li>
 *   <li>{@code facts}: the columns of the CSV output ({@link FactColumns}); {@code section} joined
 *       with {@code " > "}.</li>
 * </ul>
 *
 * <p>A document whose id is already in the database is replaced (its sections and facts with it),
 * unless it has the same text hash and extractor version, in which case it is left as it is:
 * adding a batch twice does not duplicate anything. Each document is one transaction, so the
 * database holds whole documents only, whatever stops the run. Transactions begin IMMEDIATE and
 * the connection waits up to {@link #BUSY_TIMEOUT_MILLIS} for a lock, with the journal in WAL
 * mode, so that two runs writing the same file take turns instead of failing. Every statement
 * is parameterised: report text is only ever a value.
 */
final class SqliteWriter implements FactWriter, Closeable {

    static final int BUSY_TIMEOUT_MILLIS = 60_000;

    /** Fact columns that are not text; the others are TEXT. NUMERIC keeps 41860000 an integer and 6.1 a real. */
    private static final Map<String, String> FACT_COLUMN_TYPES = Map.of(
            "value", "NUMERIC", "valueMax", "NUMERIC", "normalizedValue", "NUMERIC", "confidence", "NUMERIC",
            "period", "INTEGER", "start", "INTEGER", "end", "INTEGER", "sourceStart", "INTEGER", "sourceEnd", "INTEGER");

    private static final List<String> SCHEMA = List.of(
            """
            CREATE TABLE IF NOT EXISTS documents (
              doc TEXT PRIMARY KEY, source TEXT, mediaType TEXT,
              title TEXT, region TEXT, level TEXT, year INTEGER, type TEXT, issuer TEXT, date TEXT, number TEXT,
              regionCode TEXT, facts INTEGER NOT NULL, contentHash TEXT NOT NULL, extractor TEXT NOT NULL, text TEXT NOT NULL)""",
            """
            CREATE TABLE IF NOT EXISTS sections (
              doc TEXT NOT NULL REFERENCES documents(doc), id TEXT NOT NULL, parent TEXT, level INTEGER NOT NULL,
              label TEXT, title TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
              PRIMARY KEY (doc, id))""",
            factsTable(),
            "CREATE INDEX IF NOT EXISTS facts_doc ON facts (doc)",
            "CREATE INDEX IF NOT EXISTS facts_indicator ON facts (indicatorId)",
            "CREATE INDEX IF NOT EXISTS facts_period ON facts (period)");

    private static final String INSERT_DOCUMENT = """
            INSERT INTO documents (doc, source, mediaType, title, region, level, year, type, issuer, date, number,
              regionCode, facts, contentHash, extractor, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String INSERT_SECTION = """
            INSERT INTO sections (doc, id, parent, level, label, title, start, "end") VALUES (?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String INSERT_FACT = "INSERT INTO facts (" + quotedFactColumns() + ") VALUES ("
            + String.join(", ", FactColumns.names().stream().map(name -> "?").toList()) + ")";

    /** What happened to each document written, for the summary. */
    enum Change { ADDED, REPLACED, UNCHANGED }

    private final Path file;
    private final Connection connection;
    private final String extractor;
    private final Map<Change, Integer> changes = new HashMap<>();

    private SqliteWriter(Path file, Connection connection, String extractor) {
        this.file = file;
        this.connection = connection;
        this.extractor = extractor;
    }

    /** Opens (or creates) the database and its tables. */
    static SqliteWriter open(Path file, String extractorVersion) throws IOException {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.enforceForeignKeys(true);
        long deadline = System.nanoTime() + BUSY_TIMEOUT_MILLIS * 1_000_000L;
        while (true) {
            Connection connection = null;
            try {
                connection = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
                SqliteWriter writer = new SqliteWriter(file, connection, extractorVersion);
                writer.createTables();
                return writer;
            } catch (SQLException e) {
                closeQuietly(connection);
                // Two runs creating one new database: switching it to WAL takes a lock that SQLite
                // refuses at once rather than waiting out the busy timeout, so the second run tries again.
                if (!isBusy(e) || System.nanoTime() > deadline) {
                    throw new IOException(describe(e), e);
                }
            }
            try {
                Thread.sleep(OPEN_RETRY_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for " + file);
            }
        }
    }

    private static final long OPEN_RETRY_MILLIS = 50;

    private static boolean isBusy(SQLException e) {
        return e.getErrorCode() == 5 || e.getErrorCode() == 6 || String.valueOf(e.getMessage()).contains("SQLITE_BUSY");
    }

    @Override
    public void write(Document document) throws IOException {
        try {
            changes.merge(upsert(document), 1, Integer::sum);
        } catch (SQLException e) {
            throw new IOException(describe(e), e);
        }
    }

    /** How many documents were added, replaced and left unchanged. */
    int count(Change change) {
        return changes.getOrDefault(change, 0);
    }

    Path file() {
        return file;
    }

    /** Closes the connection; a transaction still open (there is none between documents) is rolled back. */
    @Override
    public void close() throws IOException {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IOException(describe(e), e);
        }
    }

    private void createTables() throws SQLException {
        inTransaction(() -> {
            try (Statement statement = connection.createStatement()) {
                for (String sql : SCHEMA) {
                    statement.execute(sql);
                }
                addMissingColumns(statement);
            }
            return null;
        });
    }

    /**
     * A database written by an earlier version lacks the columns added since (documents.regionCode,
     * facts.code); they are added at the end of the table, so that adding new reports to an old
     * database keeps working.
     */
    private static void addMissingColumns(Statement statement) throws SQLException {
        if (!columnsOf(statement, "documents").contains("regionCode")) {
            statement.execute("ALTER TABLE documents ADD COLUMN regionCode TEXT");
        }
        List<String> factColumns = columnsOf(statement, "facts");
        for (String name : FactColumns.names()) {
            if (!factColumns.contains(name)) {
                // the name is one of the fact columns, never input
                statement.execute("ALTER TABLE facts ADD COLUMN \"" + name + "\" " + factColumnType(name));
            }
        }
    }

    /** The names of the columns of {@code table}, one of this class's tables. */
    private static List<String> columnsOf(Statement statement, String table) throws SQLException {
        List<String> present = new ArrayList<>();
        try (ResultSet columns = statement.executeQuery("PRAGMA table_info(" + table + ")")) {
            while (columns.next()) {
                present.add(columns.getString("name"));
            }
        }
        return present;
    }

    private Change upsert(Document document) throws SQLException {
        String hash = contentHash(document);
        return inTransaction(() -> {
            Change change = Change.ADDED;
            try (PreparedStatement find = connection.prepareStatement(
                    "SELECT contentHash, extractor FROM documents WHERE doc = ?")) {
                find.setString(1, document.id());
                try (ResultSet row = find.executeQuery()) {
                    if (row.next()) {
                        if (hash.equals(row.getString(1)) && extractor.equals(row.getString(2))) {
                            return Change.UNCHANGED;
                        }
                        change = Change.REPLACED;
                    }
                }
            }
            for (String table : List.of("facts", "sections", "documents")) {
                // The table name is one of three constants, never input; the id is a parameter.
                try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table + " WHERE doc = ?")) {
                    delete.setString(1, document.id());
                    delete.executeUpdate();
                }
            }
            insertDocument(document, hash);
            insertSections(document);
            insertFacts(document);
            return change;
        });
    }

    private void insertDocument(Document document, String hash) throws SQLException {
        Metadata m = document.metadata();
        try (PreparedStatement insert = connection.prepareStatement(INSERT_DOCUMENT)) {
            Object[] values = {document.id(), document.source(), document.mediaType(), m.title(), m.region(),
                m.level() == null ? null : m.level().jsonName(), m.year(), m.type() == null ? null : m.type().jsonName(),
                m.issuer(), m.date() == null ? null : m.date().toString(), m.number(), m.regionCode(),
                document.facts().size(), hash, extractor, document.text()};
            for (int i = 0; i < values.length; i++) {
                insert.setObject(i + 1, values[i]);
            }
            insert.executeUpdate();
        }
    }

    private void insertSections(Document document) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_SECTION)) {
            for (Section section : document.sections()) {
                addSections(insert, document.id(), section, null);
            }
            insert.executeBatch();
        }
    }

    private static void addSections(PreparedStatement insert, String doc, Section section, String parent)
            throws SQLException {
        insert.setString(1, doc);
        insert.setString(2, section.id());
        insert.setString(3, parent);
        insert.setInt(4, section.level());
        insert.setString(5, section.label());
        insert.setString(6, section.title());
        insert.setInt(7, section.span().start());
        insert.setInt(8, section.span().end());
        insert.addBatch();
        for (Section child : section.children()) {
            addSections(insert, doc, child, section.id());
        }
    }

    private void insertFacts(Document document) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_FACT)) {
            for (Fact fact : document.facts()) {
                List<JsonNode> values = FactColumns.values(fact);
                for (int i = 0; i < values.size(); i++) {
                    bind(insert, i + 1, values.get(i));
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** A JSON value as an SQL value: numbers as their exact decimal text, which NUMERIC columns store as numbers. */
    private static void bind(PreparedStatement statement, int index, JsonNode value) throws SQLException {
        if (value == null || value.isNull()) {
            statement.setNull(index, Types.NULL);
        } else if (value.isIntegralNumber() && value.canConvertToLong()) {
            statement.setLong(index, value.longValue());
        } else if (value.isNumber()) {
            statement.setString(index, value.decimalValue().toPlainString());
        } else if (value.isArray()) {
            List<String> parts = new ArrayList<>();
            value.forEach(part -> parts.add(part.asText()));
            statement.setString(index, String.join(CsvWriter.SECTION_SEPARATOR, parts));
        } else {
            statement.setString(index, value.asText());
        }
    }

    /** Runs {@code work} between BEGIN IMMEDIATE and COMMIT, or rolls it back; the lock is held only meanwhile. */
    private <T> T inTransaction(SqlWork<T> work) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("BEGIN IMMEDIATE");
            boolean committed = false;
            try {
                T result = work.run();
                statement.execute("COMMIT");
                committed = true;
                return result;
            } finally {
                if (!committed) {
                    statement.execute("ROLLBACK");
                }
            }
        }
    }

    @FunctionalInterface
    private interface SqlWork<T> {
        T run() throws SQLException;
    }

    /** SHA-256 of the normalised text: the same report read again, from the same or a renamed file, has the same hash. */
    static String contentHash(Document document) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(document.text().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static String factsTable() {
        List<String> columns = new ArrayList<>();
        for (String name : FactColumns.names()) {
            String type = factColumnType(name);
            String constraint = name.equals("doc") ? " NOT NULL REFERENCES documents(doc)"
                    : name.equals("id") ? " NOT NULL" : "";
            columns.add('"' + name + "\" " + type + constraint);
        }
        return "CREATE TABLE IF NOT EXISTS facts (\n  " + String.join(",\n  ", columns) + ")";
    }

    /** TEXT for every column but the numbers: a 科目 code keeps its leading zeros (0601). */
    private static String factColumnType(String name) {
        return FACT_COLUMN_TYPES.getOrDefault(name, "TEXT");
    }

    private static String quotedFactColumns() {
        return String.join(", ", FactColumns.names().stream().map(name -> '"' + name + '"').toList());
    }

    /** SQLite's messages start with its error code in brackets; the reason follows it. */
    private static String describe(SQLException e) {
        return "database: " + Messages.describe(e);
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                // already failing with the error that matters
            }
        }
    }
}
