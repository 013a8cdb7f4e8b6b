package io.github.govreport.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.DeserializationFeature;
import io.github.govreport.core.Binding;
import io.github.govreport.core.Kind;
import io.github.govreport.core.Measure;
import io.github.govreport.core.Qualifier;
import io.github.govreport.core.Source;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The gold annotations: every gold file with the lines it covers. Files are
 * {@code <doc>.gold.jsonl} (the whole document) or {@code <doc>.<part>.gold.jsonl} with a
 * {@code <doc>.<part>.ranges.txt} beside it that lists the covered lines. Reading checks the
 * form of every line and fails naming the file and line; {@link GoldValidator} checks the
 * lines against the seed texts.
 */
public final class Gold {

    /** The keys of a gold line, exactly. */
    public static final Set<String> KEYS = Set.of("doc", "quote", "text", "indicator", "indicatorId", "measure",
            "value", "valueMax", "unit", "qualifier", "kind", "period", "binding", "source");

    static final String GOLD_SUFFIX = ".gold.jsonl";
    static final String RANGES_SUFFIX = ".ranges.txt";
    private static final String INDEX = "index.txt";
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private final List<GoldPart> parts;

    private Gold(List<GoldPart> parts) {
        this.parts = List.copyOf(parts);
    }

    /** The gold bundled with this module, listed in {@code gold/index.txt}. */
    public static Gold bundled() {
        List<String> files = readResource(INDEX).lines().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        List<GoldPart> parts = new ArrayList<>();
        for (String file : files) {
            String rangesFile = file.substring(0, file.length() - GOLD_SUFFIX.length()) + RANGES_SUFFIX;
            String ranges = Corpus.class.getResource(Corpus.GOLD_DIRECTORY + rangesFile) == null ? null
                    : readResource(rangesFile);
            parts.add(part(file, readResource(file), rangesFile, ranges));
        }
        return new Gold(parts);
    }

    /** The gold files of a directory (its {@code *.gold.jsonl} files and their ranges). */
    public static Gold load(Path dir) throws IOException {
        return load(dir, doc -> true);
    }

    /**
     * The gold files of the documents {@code docs} of a directory: the others are not opened (the
     * test split of the blind corpus is not read while a model is trained).
     */
    public static Gold load(Path dir, java.util.Collection<String> docs) throws IOException {
        return load(dir, docs::contains);
    }

    private static Gold load(Path dir, java.util.function.Predicate<String> docs) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException(dir + ": not a directory of gold files");
        }
        List<GoldPart> parts = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(GOLD_SUFFIX)).sorted().toList()) {
                String name = file.getFileName().toString();
                if (!docs.test(name.substring(0, name.indexOf('.')))) {
                    continue;
                }
                Path rangesFile = dir.resolve(name.substring(0, name.length() - GOLD_SUFFIX.length()) + RANGES_SUFFIX);
                parts.add(part(name, Files.readString(file), rangesFile.getFileName().toString(),
                        Files.exists(rangesFile) ? Files.readString(rangesFile) : null));
            }
        }
        return new Gold(parts);
    }

    /** The gold of the documents in {@code docs} only. */
    public Gold restrictedTo(java.util.Collection<String> docs) {
        return new Gold(parts.stream().filter(part -> docs.contains(part.doc())).toList());
    }

    public List<GoldPart> parts() {
        return parts;
    }

    /** The gold parts by document id, in file order. */
    public Map<String, List<GoldPart>> byDocument() {
        Map<String, List<GoldPart>> byDoc = new LinkedHashMap<>();
        parts.forEach(p -> byDoc.computeIfAbsent(p.doc(), d -> new ArrayList<>()).add(p));
        return byDoc;
    }

    /** Every gold fact, in file order. */
    public List<GoldFact> facts() {
        return parts.stream().flatMap(p -> p.facts().stream()).toList();
    }

    /** Checks every fact against the document texts; an empty list means the gold is valid. */
    public List<String> validate(Function<String, String> documentText) {
        return new GoldValidator(documentText).validate(this);
    }

    private static GoldPart part(String file, String content, String rangesFile, String ranges) {
        String stem = file.substring(0, file.length() - GOLD_SUFFIX.length());
        String doc = stem.contains(".") ? stem.substring(0, stem.indexOf('.')) : stem;
        if (stem.contains(".") && ranges == null) {
            throw new IllegalStateException(file + ": a partial gold file needs " + rangesFile + " beside it");
        }
        List<LineRange> lineRanges = new ArrayList<>();
        if (ranges != null) {
            List<String> lines = ranges.lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                try {
                    lineRanges.add(LineRange.parse(line));
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException(rangesFile + ":" + (i + 1) + ": " + e.getMessage());
                }
            }
            if (lineRanges.isEmpty()) {
                throw new IllegalStateException(rangesFile + ": lists no line ranges");
            }
        }
        List<GoldFact> facts = new ArrayList<>();
        List<String> lines = content.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                facts.add(fact(file, i + 1, lines.get(i), doc));
            }
        }
        return new GoldPart(doc, file, lineRanges, facts);
    }

    private static GoldFact fact(String file, int line, String json, String doc) {
        String where = file + ":" + line + ": ";
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException(where + "not valid JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (!node.isObject()) {
            throw new IllegalStateException(where + "not a JSON object");
        }
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        if (!Set.copyOf(keys).equals(KEYS) || keys.size() != KEYS.size()) {
            List<String> missing = KEYS.stream().filter(k -> !keys.contains(k)).sorted().toList();
            List<String> extra = keys.stream().filter(k -> !KEYS.contains(k)).toList();
            throw new IllegalStateException(where + "keys differ from the gold format: missing " + missing
                    + ", unexpected " + extra);
        }
        try {
            GoldFact fact = new GoldFact(text(node, "doc", true), file, line, text(node, "quote", true),
                    text(node, "text", true), text(node, "indicator", false), text(node, "indicatorId", false),
                    Measure.fromJson(text(node, "measure", true)), number(node, "value", true),
                    number(node, "valueMax", false), text(node, "unit", false),
                    Qualifier.fromJson(text(node, "qualifier", true)), Kind.fromJson(text(node, "kind", true)),
                    integer(node, "period"), node.get("binding").isNull() ? null
                    : Binding.fromJson(text(node, "binding", true)), Source.fromJson(text(node, "source", true)));
            if (!fact.doc().equals(doc)) {
                throw new IllegalArgumentException("doc '" + fact.doc() + "' differs from the file's document '" + doc + "'");
            }
            if (fact.valueMax() != null && fact.valueMax().compareTo(fact.value()) <= 0) {
                throw new IllegalArgumentException("valueMax must be above value");
            }
            return fact;
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(where + e.getMessage());
        }
    }

    private static String text(JsonNode node, String key, boolean required) {
        JsonNode value = node.get(key);
        if (value.isNull()) {
            if (required) {
                throw new IllegalArgumentException("'" + key + "' must not be null");
            }
            return null;
        }
        if (!value.isTextual() || value.textValue().isBlank()) {
            throw new IllegalArgumentException("'" + key + "' must be a non-blank string");
        }
        return value.textValue();
    }

    private static BigDecimal number(JsonNode node, String key, boolean required) {
        JsonNode value = node.get(key);
        if (value.isNull() && !required) {
            return null;
        }
        if (!value.isNumber()) {
            throw new IllegalArgumentException("'" + key + "' must be a number");
        }
        return value.decimalValue();
    }

    private static Integer integer(JsonNode node, String key) {
        JsonNode value = node.get(key);
        if (value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber()) {
            throw new IllegalArgumentException("'" + key + "' must be a whole number");
        }
        return value.intValue();
    }

    private static String readResource(String name) {
        try (InputStream in = Corpus.class.getResourceAsStream(Corpus.GOLD_DIRECTORY + name)) {
            if (in == null) {
                throw new IllegalStateException("gold file " + Corpus.resourcePath(Corpus.GOLD_DIRECTORY + name)
                        + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gold file " + name, e);
        }
    }
}
