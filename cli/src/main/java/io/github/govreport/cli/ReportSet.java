package io.github.govreport.cli;

import io.github.govreport.core.Document;
import io.github.govreport.core.Metadata;
import io.github.govreport.core.json.JsonFormatException;
import io.github.govreport.core.json.ModelJson;
import io.github.govreport.extract.ReportExtractor;
import io.github.govreport.extract.dict.Dictionaries;
import io.github.govreport.extract.dict.Gazetteer;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The reports a panel is built from, shared by {@code panel} and {@code track}: report files to
 * extract, or the {@code document/3} JSON (or of an earlier version) that {@code extract --format json} wrote, with the region
 * and year an input does not state given on the command line.
 */
final class ReportSet {

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "a report file; a document/3 JSON file written by 'extract --format json'; or a "
                    + "directory, searched recursively for both")
    private List<Path> paths;

    @Option(names = "--region", paramLabel = "NAME",
            description = "the region of the inputs that do not name one (重庆市, 全国)")
    private String region;

    @Option(names = "--year", paramLabel = "N",
            description = "the year the inputs that do not say it were delivered in")
    private Integer year;

    @Mixin
    private ReadingLimits limits;

    /** What reading the inputs gave: the documents, and how many inputs failed (each reported already). */
    record Read(List<Document> documents, int failed, int inputs) {
    }

    /** Reads every input; a failed one is reported on {@code err} in one line and costs only itself. */
    Read read(InputStream stdin, PrintWriter err, boolean debug) {
        ReportExtractor.Builder builder = limits.applyTo(ReportExtractor.builder());
        if (year != null) {
            builder.reportYear(year);
        }
        InputReader reader = new InputReader(builder.build(), stdin);
        List<Input> inputs = new InputCollector(PathFilter.documentsAnd("json")).collect(paths);
        List<Document> documents = new ArrayList<>();
        DocumentIds ids = new DocumentIds();
        int failed = 0;
        for (Input input : inputs) {
            try {
                documents.addAll(read(input, reader).stream().map(ids::give).map(this::completed).toList());
            } catch (UnreadInput e) {
                ids.hold(input);
                err.println("govreport: " + input.label() + ": " + e.getMessage());
                if (debug && e.getCause() != null) {
                    e.getCause().printStackTrace(err);
                }
                failed++;
            }
        }
        return new Read(documents, failed, inputs.size());
    }

    private static List<Document> read(Input input, InputReader reader) throws UnreadInput {
        if (input instanceof Input.File file && isJson(file.path())) {
            try {
                return ModelJson.readDocuments(Files.readString(file.path(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UnreadInput("cannot read: " + Messages.describe(e), e);
            } catch (JsonFormatException e) {
                throw new UnreadInput("not a document/3 JSON file: " + e.getMessage(), e);
            }
        }
        InputReader.Outcome outcome = reader.read(input);
        if (outcome instanceof InputReader.Outcome.Failed failed) {
            throw new UnreadInput(failed.reason(), failed.cause());
        }
        return List.of(((InputReader.Outcome.Read) outcome).document());
    }

    private static boolean isJson(Path path) {
        return path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    /** The document with the --region and --year given where it does not say them itself. */
    private Document completed(Document document) {
        Metadata m = document.metadata();
        if ((region == null || m.region() != null) && (year == null || m.year() != null)) {
            return document;
        }
        Metadata filled = m;
        if (region != null && m.region() == null) {
            List<Gazetteer.Region> named = Dictionaries.bundled().regions().named(region);
            Gazetteer.Region known = named.size() == 1 ? named.get(0) : null;
            filled = new Metadata(m.title(), known != null ? known.name() : region,
                    known != null ? known.level() : m.level(), m.year(), m.type(), m.issuer(), m.date(), m.number(),
                    known != null ? known.code() : null);
        }
        if (year != null && m.year() == null) {
            filled = filled.withYear(year);
        }
        return new Document(document.id(), document.source(), document.mediaType(), filled, document.text(),
                document.sections(), document.tables(), document.facts(), document.warnings(), document.footnotes(),
                document.parts());
    }

    /** Why one input gave no documents. */
    private static final class UnreadInput extends Exception {
        UnreadInput(String reason, Throwable cause) {
            super(reason, cause);
        }
    }
}
