package io.github.govreport.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.govreport.core.Document;
import io.github.govreport.core.Fact;
import io.github.govreport.extract.ReportExtractor;
import io.github.govreport.panel.Attainment;
import io.github.govreport.panel.Panel;
import io.github.govreport.panel.TargetTracker;
import io.github.govreport.panel.Verdict;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Scores {@code govreport track} on a chain of consecutive reports of one region against the
 * rows a reader wrote by hand ({@code attainment.gold.jsonl}: each headline target, the result the
 * next report states, and the verdict).
 *
 * <p>A row with a result is <em>right</em> when the tracker pairs the target the row quotes with
 * the result the row quotes and gives the row's verdict. A row without a result is right when the
 * tracker says {@code no_result} for its target (or has no row for it: a target it does not
 * know is not a result it invents).
 */
public final class AttainmentEvaluation {

    /** How one chain scored, and each wrong row explained. */
    public record Score(String chain, int withResult, int rightWithResult, int withoutResult, int rightWithoutResult,
            List<String> errors) {

        public Score {
            errors = List.copyOf(errors);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private AttainmentEvaluation() {
    }

    /** Extracts the chain's reports ({@code *.txt}) with {@code extractor}, tracks them and scores the gold. */
    public static Score score(Path chainDir, ReportExtractor extractor) {
        Map<String, String> raw = new HashMap<>();
        List<Document> documents = new ArrayList<>();
        try (Stream<Path> files = Files.list(chainDir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                Document document = extractor.extract(file);
                raw.put(document.id(), text);
                documents.add(document);
            }
            List<Attainment> tracked = TargetTracker.bundled().track(Panel.of(documents));
            Map<String, Document> byId = new HashMap<>();
            documents.forEach(d -> byId.put(d.id(), d));
            return score(chainDir.getFileName().toString(), gold(chainDir.resolve("attainment.gold.jsonl")),
                    tracked, byId, raw);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (io.github.govreport.extract.ExtractionException e) {
            throw new IllegalStateException(chainDir + ": " + e.getMessage(), e);
        }
    }

    private static Score score(String chain, List<JsonNode> gold, List<Attainment> tracked,
            Map<String, Document> documents, Map<String, String> raw) {
        int withResult = 0;
        int rightWith = 0;
        int without = 0;
        int rightWithout = 0;
        List<String> errors = new ArrayList<>();
        for (JsonNode row : gold) {
            boolean expectsResult = !row.get("actual").isNull();
            Optional<Fact> target = locate(row.get("target"), documents, raw);
            Optional<Fact> actual = expectsResult ? locate(row.get("actual"), documents, raw) : Optional.empty();
            Optional<Attainment> found = target.flatMap(t -> trackedFor(t, tracked));
            String verdict = found.map(a -> a.verdict().jsonName()).orElse(null);
            boolean right;
            if (expectsResult) {
                withResult++;
                boolean paired = found.isPresent() && found.get().actual() != null && actual.isPresent()
                        && (found.get().actual().fact().equals(actual.get().id()) || sameNumber(found.get(), actual.get()));
                right = paired && row.get("verdict").asText().equals(verdict);
                rightWith += right ? 1 : 0;
            } else {
                without++;
                right = found.isEmpty() || found.get().verdict() == Verdict.NO_RESULT;
                rightWithout += right ? 1 : 0;
            }
            if (!right) {
                errors.add(chain + " " + row.get("year") + " " + row.get("target").get("quote").asText() + " → "
                        + (expectsResult ? row.get("actual").get("quote").asText() : "no result") + " ("
                        + row.get("verdict").asText() + "): " + describe(target, found));
            }
        }
        return new Score(chain, withResult, rightWith, without, rightWithout, errors);
    }

    /** A result stated twice (a review and a table) is the same result wherever the tracker took it from. */
    private static boolean sameNumber(Attainment attainment, Fact actual) {
        return attainment.actual().value().compareTo(actual.quantity().value()) == 0
                && Objects.equals(attainment.actual().unit(), actual.quantity().unit());
    }

    private static String describe(Optional<Fact> target, Optional<Attainment> found) {
        if (target.isEmpty()) {
            return "the target is not extracted";
        }
        Fact t = target.get();
        if (found.isEmpty()) {
            return "no tracked row (target fact: indicatorId " + t.indicatorId() + ", measure "
                    + t.measure().jsonName() + ", kind " + t.kind().jsonName() + ", period " + t.period() + ")";
        }
        Attainment a = found.get();
        return "tracked " + a.indicatorId() + "/" + a.measure().jsonName() + " " + a.year() + " → "
                + (a.actual() == null ? "none" : a.actual().doc() + " '" + a.actual().text() + "'") + ": "
                + a.verdict().jsonName();
    }

    private static Optional<Attainment> trackedFor(Fact target, List<Attainment> tracked) {
        return tracked.stream()
                .filter(a -> a.target().doc().equals(target.doc()) && Objects.equals(a.indicatorId(), target.indicatorId())
                        && a.measure() == target.measure() && Objects.equals(a.year(), target.period()))
                .findFirst();
    }

    private static Optional<Fact> locate(JsonNode ref, Map<String, Document> documents, Map<String, String> raw) {
        String doc = ref.get("doc").asText();
        Document document = documents.get(doc);
        if (document == null) {
            return Optional.empty();
        }
        String text = ref.get("text").asText();
        int at = QuoteLocator.offset(raw.get(doc), ref.get("quote").asText(), text);
        return at < 0 ? Optional.empty()
                : QuoteLocator.factAt(document.facts(), at, text.codePointCount(0, text.length()));
    }

    private static List<JsonNode> gold(Path file) throws IOException {
        List<JsonNode> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                rows.add(JSON.readTree(line));
            }
        }
        return rows;
    }
}
