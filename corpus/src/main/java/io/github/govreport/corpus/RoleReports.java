package io.github.govreport.corpus;

import io.github.govreport.core.Document;
import io.github.govreport.core.Fact;
import io.github.govreport.extract.ExtractionException;
import io.github.govreport.extract.ReportExtractor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The reports the role model learns from (docs/roles-model.md), read from a checkout: the five
 * seeds with their gold, the hand-check texts (their expected rows are partial; they count as
 * text only), and the reports of the blind corpus's {@code dev} split with their gold. The
 * {@code test} split is never opened: neither its texts nor its gold.
 */
public final class RoleReports {

    /** The hand-check texts, from the checkout's root. */
    static final Path HANDCHECK = Path.of("corpus/src/test/resources/io/github/govreport/corpus/handcheck");
    /** The blind corpus, from the checkout's root. */
    static final Path BLIND = Path.of("corpus/src/test/resources/io/github/govreport/corpus/blind");

    /**
     * A report to learn from.
     *
     * @param id       its document id
     * @param group    seed, handcheck or dev
     * @param fileName its file name, for format detection
     * @param text     its text as in the file
     * @param gold     its gold facts; empty for a hand-check text
     */
    public record Report(String id, String group, String fileName, String text, Gold gold) {

        public Report {
            Objects.requireNonNull(id, "id must not be null");
            Objects.requireNonNull(text, "text must not be null");
            Objects.requireNonNull(gold, "gold must not be null");
        }

        public boolean annotated() {
            return !gold.parts().isEmpty();
        }

        /** The report as {@code extractor} reads its file. */
        public Document extract(ReportExtractor extractor) {
            return extract(extractor, text);
        }

        /** The report with another text (the same lines, changed) as {@code extractor} reads it. */
        public Document extract(ReportExtractor extractor, String changed) {
            try {
                return extractor.extract(new ByteArrayInputStream(changed.getBytes(StandardCharsets.UTF_8)), fileName);
            } catch (ExtractionException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }

        /** {@code facts} of this report scored against its gold (nothing to score without gold). */
        public Evaluation score(List<Fact> facts) {
            return new Scorer(gold, doc -> text).evaluate(facts);
        }
    }

    private RoleReports() {
    }

    /** The reports of the checkout at {@code root}, seeds first, then hand-check, then dev, each by id. */
    public static List<Report> load(Path root) throws IOException {
        List<Report> reports = new ArrayList<>();
        Gold seedGold = Gold.bundled();
        for (Seed seed : Corpus.seeds()) {
            reports.add(new Report(seed.id(), "seed", seed.fileName(), seed.text(),
                    seedGold.restrictedTo(List.of(seed.id()))));
        }
        Gold none = seedGold.restrictedTo(List.of());
        try (Stream<Path> files = Files.list(root.resolve(HANDCHECK))) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList()) {
                String name = file.getFileName().toString();
                reports.add(new Report(name.substring(0, name.length() - 4), "handcheck", name,
                        Files.readString(file, StandardCharsets.UTF_8), none));
            }
        }
        Path blind = root.resolve(BLIND);
        List<String> dev = devReports(blind.resolve("splits.tsv"));
        Gold devGold = Gold.load(blind, dev);
        for (String id : dev) {
            reports.add(new Report(id, "dev", id + ".txt", Files.readString(blind.resolve(id + ".txt"),
                    StandardCharsets.UTF_8), devGold.restrictedTo(List.of(id))));
        }
        return reports;
    }

    /** The ids of the {@code dev} split of {@code splits.tsv}, sorted. */
    static List<String> devReports(Path splits) {
        try {
            return Files.readAllLines(splits, StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isBlank() && !line.startsWith("#") && !line.equals("doc\tsplit"))
                    .map(line -> line.split("\t"))
                    .filter(row -> row.length == 2 && row[1].strip().equals("dev"))
                    .map(row -> row[0].strip()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + splits, e);
        }
    }
}
