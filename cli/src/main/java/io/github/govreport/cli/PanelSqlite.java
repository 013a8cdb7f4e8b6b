package io.github.govreport.cli;

import io.github.govreport.panel.Observation;
import io.github.govreport.panel.Provenance;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code panel --format sqlite}: the tables {@code observations} (one row per observation, the
 * columns of the CSV and an {@code id}) and {@code observation_sources} (every fact behind each
 * observation). The database is written beside the target and renamed over it once complete.
 */
final class PanelSqlite {

    private PanelSqlite() {
    }

    static void write(List<Observation> observations, Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path temp = AtomicOutput.tempBeside(absolute);
        try {
            try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + temp)) {
                db.setAutoCommit(false);
                create(db);
                insert(db, observations);
                db.commit();
            }
            Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (SQLException e) {
            throw new IOException(e.getMessage(), e);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void create(Connection db) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.execute("CREATE TABLE observations (id INTEGER PRIMARY KEY, "
                    + definitions(PanelTables.OBSERVATIONS) + ")");
            statement.execute("CREATE TABLE observation_sources (observation INTEGER NOT NULL REFERENCES "
                    + "observations (id), position INTEGER NOT NULL, " + definitions(PanelTables.SOURCES)
                    + ", PRIMARY KEY (observation, position))");
            statement.execute("CREATE INDEX observations_key ON observations (regionCode, indicatorId, year)");
        }
    }

    private static void insert(Connection db, List<Observation> observations) throws SQLException {
        try (PreparedStatement row = db.prepareStatement(insertInto("observations", "id",
                     PanelTables.OBSERVATIONS));
             PreparedStatement source = db.prepareStatement(insertInto("observation_sources",
                     "observation, position", PanelTables.SOURCES))) {
            for (int id = 1; id <= observations.size(); id++) {
                Observation observation = observations.get(id - 1);
                row.setInt(1, id);
                bind(row, 2, PanelTables.OBSERVATIONS, observation);
                row.addBatch();
                for (int position = 0; position < observation.sources().size(); position++) {
                    source.setInt(1, id);
                    source.setInt(2, position + 1);
                    bind(source, 3, PanelTables.SOURCES, observation.sources().get(position));
                    source.addBatch();
                }
            }
            row.executeBatch();
            source.executeBatch();
        }
    }

    private static <T> void bind(PreparedStatement statement, int from, TidyTable<T> table, T row)
            throws SQLException {
        List<TidyTable.Column<T>> columns = table.columns();
        for (int i = 0; i < columns.size(); i++) {
            Object value = columns.get(i).value().apply(row);
            // decimals as text keep every digit; SQLite's REAL affinity stores them as numbers
            statement.setObject(from + i, value instanceof BigDecimal d ? d.toPlainString() : value);
        }
    }

    private static String definitions(TidyTable<?> table) {
        return table.columns().stream().map(c -> quote(c.name()) + " " + c.type())
                .collect(Collectors.joining(", "));
    }

    private static String insertInto(String table, String leading, TidyTable<?> columns) {
        int count = leading.split(",").length + columns.columns().size();
        return "INSERT INTO " + table + " (" + leading + ", "
                + columns.columns().stream().map(c -> quote(c.name())).collect(Collectors.joining(", "))
                + ") VALUES (" + String.join(", ", Collections.nCopies(count, "?")) + ")";
    }

    private static String quote(String column) {
        return "\"" + column + "\"";
    }
}
