package io.github.govreport.corpus;

import io.github.govreport.core.Fact;
import io.github.govreport.extract.dict.TsvTable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * How often the extractor gives the right {@code indicatorId} on headline facts: the facts of
 * main-target lists, of the review's main indicators and of the budgets' totals, which readers
 * marked with their id in {@code headline-ids/*.tsv} (columns doc, quote, text, indicatorId; a tab
 * inside a quote written {@code \t}; {@code -} where the dictionary has no id for the indicator).
 *
 * <p>A row with an id is right when the fact at its quote has that id. A fact with another id is a
 * neighbour's id; one without is a miss. A {@code -} row is right when the fact has no id.
 */
public final class HeadlineIdEvaluation {

    /** One row of a headline-ids file. */
    public record Row(String doc, String quote, String text, String indicatorId) {
    }

    /**
     * The score of some documents.
     *
     * @param rows       headline facts with an id
     * @param right      of those, the facts found with that id
     * @param notFound   of those, the rows whose fact the extractor did not give
     * @param wrongId    of all rows, the facts given a different id (a neighbour's)
     * @param errors     each wrong row explained
     */
    public record Score(int rows, int right, int notFound, int wrongId, List<String> errors) {

        public Score {
            errors = List.copyOf(errors);
        }

        /** The share of headline facts with an id that get it. */
        public double accuracy() {
            return rows == 0 ? 1.0 : (double) right / rows;
        }
    }

    private HeadlineIdEvaluation() {
    }

    /** Every row of the {@code *.tsv} files (not {@code *.proposed.tsv}) in {@code dir}. */
    public static List<Row> load(Path dir) throws IOException {
        List<Row> rows = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".tsv") && !f.toString().endsWith(".proposed.tsv"))
                    .sorted().toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    for (TsvTable.Row row : TsvTable.read(file.getFileName().toString(), in,
                            "doc", "quote", "text", "indicatorId").rows()) {
                        rows.add(new Row(row.require("doc"), row.require("quote").replace("\\t", "\t"),
                                row.require("text"), row.require("indicatorId")));
                    }
                }
            }
        }
        return List.copyOf(rows);
    }

    /**
     * Scores the rows of {@code docs}.
     *
     * @param texts the raw text of each document
     * @param facts the extracted facts of each document
     */
    public static Score score(List<Row> rows, Collection<String> docs, Function<String, String> texts,
            Map<String, List<Fact>> facts) {
        int withId = 0;
        int right = 0;
        int notFound = 0;
        int wrong = 0;
        List<String> errors = new ArrayList<>();
        for (Row row : rows) {
            if (!docs.contains(row.doc())) {
                continue;
            }
            int at = QuoteLocator.offset(texts.apply(row.doc()), row.quote(), row.text());
            Optional<Fact> fact = at < 0 ? Optional.empty()
                    : QuoteLocator.factAt(facts.get(row.doc()), at, row.text().codePointCount(0, row.text().length()));
            String expected = row.indicatorId().equals("-") ? null : row.indicatorId();
            String given = fact.map(Fact::indicatorId).orElse(null);
            if (expected != null) {
                withId++;
            }
            if (fact.isPresent() && Objects.equals(expected, given)) {
                right += expected != null ? 1 : 0;
                continue;
            }
            if (fact.isEmpty()) {
                notFound += expected != null ? 1 : 0;
            } else if (given != null) {
                wrong++;
            }
            errors.add(row.doc() + " «" + row.quote() + "» expected " + (expected == null ? "no id" : expected) + ", "
                    + fact.map(f -> "got " + f.indicatorId() + " (indicator '" + f.indicator() + "')")
                            .orElse("no fact"));
        }
        return new Score(withId, right, notFound, wrong, errors);
    }
}
