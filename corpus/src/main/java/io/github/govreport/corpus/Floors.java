package io.github.govreport.corpus;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Minimum scores that a change may not fall below: one row per scope (a document or
 * {@code all}) and level, with floors for precision, recall and F1. A TSV file committed with
 * the corpus; raising a floor is part of improving a rule.
 *
 * @param rows the floors by {@code scope|level}
 */
public record Floors(Map<String, Floor> rows) {

    static final String HEADER = "scope\tlevel\tprecision\trecall\tf1";

    /** The floors of one scope and level. */
    public record Floor(String scope, Level level, BigDecimal precision, BigDecimal recall, BigDecimal f1) {
    }

    public Floors {
        rows = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(rows));
    }

    /** Floors equal to {@code scores}, rounded down to three decimals, for every scope and level. */
    public static Floors of(Scores scores) {
        Map<String, Floor> rows = new LinkedHashMap<>();
        List<String> scopes = new ArrayList<>(scores.documents().keySet());
        scopes.add(Scores.ALL);
        for (String scope : scopes) {
            for (Level level : Level.values()) {
                Counts c = scores.get(scope, level);
                rows.put(scope + "|" + level.label(), new Floor(scope, level, down(c.precision()), down(c.recall()),
                        down(c.f1())));
            }
        }
        return new Floors(rows);
    }

    public static Floors read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
            throw new IOException(file + ":1: expected the header '" + HEADER.replace("\t", "\\t") + "'");
        }
        Map<String, Floor> rows = new LinkedHashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank() || lines.get(i).startsWith("#")) {
                continue;
            }
            String[] cells = lines.get(i).split("\t", -1);
            try {
                if (cells.length != 5) {
                    throw new IllegalArgumentException("expected 5 tab-separated columns, found " + cells.length);
                }
                Floor floor = new Floor(cells[0], Level.fromLabel(cells[1]), new BigDecimal(cells[2]),
                        new BigDecimal(cells[3]), new BigDecimal(cells[4]));
                rows.put(floor.scope() + "|" + floor.level().label(), floor);
            } catch (IllegalArgumentException e) {
                throw new IOException(file + ":" + (i + 1) + ": " + e.getMessage());
            }
        }
        return new Floors(rows);
    }

    public void write(Path file) throws IOException {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        for (Floor f : rows.values()) {
            out.append(f.scope()).append('\t').append(f.level().label()).append('\t')
                    .append(f.precision().toPlainString()).append('\t').append(f.recall().toPlainString()).append('\t')
                    .append(f.f1().toPlainString()).append('\n');
        }
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(temporary, out, StandardCharsets.UTF_8);
        Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** Every score below its floor, one line each; empty when none is. */
    public List<String> violations(Scores scores) {
        List<String> violations = new ArrayList<>();
        for (Floor f : rows.values()) {
            if (!f.scope().equals(Scores.ALL) && !scores.documents().containsKey(f.scope())) {
                violations.add(f.scope() + " " + f.level().label() + ": no scores (is its gold gone?)");
                continue;
            }
            Counts c = scores.get(f.scope(), f.level());
            check(violations, f, "precision", c.precision(), f.precision());
            check(violations, f, "recall", c.recall(), f.recall());
            check(violations, f, "F1", c.f1(), f.f1());
        }
        return violations;
    }

    private static void check(List<String> violations, Floor f, String metric, double actual, BigDecimal floor) {
        if (BigDecimal.valueOf(actual).compareTo(floor) < 0) {
            violations.add(String.format(Locale.ROOT, "%s %s %s %.3f is below its floor %s", f.scope(),
                    f.level().label(), metric, actual, floor.toPlainString()));
        }
    }

    private static BigDecimal down(double value) {
        return BigDecimal.valueOf(value).setScale(3, RoundingMode.FLOOR);
    }
}
