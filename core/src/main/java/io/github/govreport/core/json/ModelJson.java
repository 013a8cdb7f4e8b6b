package io.github.govreport.core.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.govreport.core.AdministrativeLevel;
import io.github.govreport.core.Binding;
import io.github.govreport.core.Document;
import io.github.govreport.core.Fact;
import io.github.govreport.core.Footnote;
import io.github.govreport.core.Kind;
import io.github.govreport.core.Measure;
import io.github.govreport.core.Metadata;
import io.github.govreport.core.Part;
import io.github.govreport.core.Qualifier;
import io.github.govreport.core.Quantity;
import io.github.govreport.core.ReportType;
import io.github.govreport.core.Section;
import io.github.govreport.core.Source;
import io.github.govreport.core.Span;
import io.github.govreport.core.Table;
import io.github.govreport.core.Warning;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import io.github.govreport.core.json.internal.JsonTrees;
import java.util.function.Supplier;

/**
 * The JSON form of the model: {@code facts/2} lines and {@code document/3} objects, as specified
 * in {@code docs/output.md}. Lines and documents of the versions before are read as well.
 *
 * <p>Written by hand over Jackson's tree model rather than by annotations on the records, so that
 * the key order, the flattening of a fact's quantity and span, and the explicit {@code null}s of
 * the contract are visible in one place. Decimals are written without exponent and read back
 * exactly. Instances hold no mutable state and are safe to share between threads.
 */
public final class ModelJson {

    public static final String FACTS_SCHEMA = "facts/2";
    public static final String DOCUMENT_SCHEMA = "document/3";
    /** facts/1 lacks only the key code (a fact's 科目 code): read as well, as facts without one. */
    private static final String PREVIOUS_FACTS_SCHEMA = "facts/1";
    /**
     * document/2 differs only by its facts' lacking code, and document/1 also by a warning code it
     * lacks (table-not-read): both read as well.
     */
    private static final List<String> PREVIOUS_DOCUMENT_SCHEMAS = List.of("document/2", "document/1");

    /** The keys of a {@code facts/2} line, in the order they are written. */
    public static final List<String> FACT_KEYS = List.of(
            "schema", "doc", "id", "indicator", "indicatorId", "code", "measure", "value", "valueMax", "unit",
            "normalized", "qualifier", "kind", "period", "binding", "text", "sentence", "start", "end",
            "sourceStart", "sourceEnd", "section", "source", "confidence");

    private ModelJson() {
    }

    // ---------------------------------------------------------------- writing

    /** One {@code facts/2} line, without a line break. */
    public static String factLine(Fact fact) {
        return JsonTrees.factLine(fact);
    }

    /** One {@code document/3} object, indented when {@code pretty}. */
    public static String document(Document document, boolean pretty) {
        return JsonTrees.write(JsonTrees.documentNode(document), pretty);
    }

    // ---------------------------------------------------------------- reading

    /**
     * Reads one {@code facts/2} or {@code facts/1} line, or a document's fact entry, which has no
     * schema key (and no {@code code} key if its document is older than {@code document/3}).
     */
    public static Fact readFact(String json) {
        JsonNode node = parse(json);
        Fields f = new Fields(node, "fact");
        boolean withCode = node.has("schema")
                && f.requireSchema(FACTS_SCHEMA, List.of(PREVIOUS_FACTS_SCHEMA)).equals(FACTS_SCHEMA);
        return factFrom(node, "fact", withCode);
    }

    /** Reads one {@code document/3} object, or one of an earlier version ({@code document/2}, {@code document/1}). */
    public static Document readDocument(String json) {
        return documentFrom(parse(json));
    }

    /**
     * Reads what {@code extract --format json} writes: one {@code document/3} object (or of an
     * earlier version), or an array of them.
     */
    public static List<Document> readDocuments(String json) {
        JsonNode node = parse(json);
        if (!node.isArray()) {
            return List.of(documentFrom(node));
        }
        List<Document> documents = new ArrayList<>();
        for (JsonNode element : node) {
            documents.add(documentFrom(element));
        }
        return List.copyOf(documents);
    }

    private static Document documentFrom(JsonNode node) {
        Fields f = new Fields(node, "document");
        boolean withCode = f.requireSchema(DOCUMENT_SCHEMA, PREVIOUS_DOCUMENT_SCHEMAS).equals(DOCUMENT_SCHEMA);
        String id = f.text("doc", true);
        List<Fact> facts = f.list("facts", (n, where) -> factFrom(n, where, withCode));
        return new Document(id, f.text("source", false), f.text("mediaType", false),
                metadataFrom(f.object("metadata")),
                f.text("text", true),
                f.list("sections", ModelJson::sectionFrom),
                f.list("tables", ModelJson::tableFrom),
                facts,
                f.list("warnings", ModelJson::warningFrom),
                // footnotes and parts came after the first documents were written: absent means none
                f.optionalList("footnotes", ModelJson::footnoteFrom),
                f.optionalList("parts", ModelJson::partFrom));
    }

    /**
     * A fact object; {@code withCode}: its version has the key code (facts/2, a document/3 entry),
     * which must then be there; otherwise an absent code is null.
     */
    private static Fact factFrom(JsonNode node, String where, boolean withCode) {
        Fields f = new Fields(node, where);
        Fields normalized = new Fields(f.object("normalized"), where + ".normalized");
        Quantity quantity = new Quantity(f.decimal("value", true), f.decimal("valueMax", false),
                f.text("unit", false),
                new Quantity.Amount(normalized.decimal("value", true), normalized.text("unit", false)));
        Integer sourceStart = f.integer("sourceStart", false);
        Integer sourceEnd = f.integer("sourceEnd", false);
        return f.build(() -> new Fact(
                f.text("doc", true),
                f.text("id", true),
                f.text("indicator", false),
                f.text("indicatorId", false),
                withCode ? f.text("code", false) : f.optionalText("code"),
                f.enumValue("measure", Measure::fromJson, true),
                quantity,
                f.enumValue("qualifier", Qualifier::fromJson, true),
                f.enumValue("kind", Kind::fromJson, true),
                f.integer("period", false),
                f.enumValue("binding", Binding::fromJson, false),
                f.text("text", true),
                f.text("sentence", true),
                new Span(f.integer("start", true), f.integer("end", true)),
                sourceStart == null || sourceEnd == null ? null : new Span(sourceStart, sourceEnd),
                f.list("section", (n, w) -> n.isTextual() ? n.textValue() : f.fail(w + " must be a string")),
                f.enumValue("source", Source::fromJson, true),
                f.number("confidence")));
    }

    private static Metadata metadataFrom(JsonNode node) {
        Fields f = new Fields(node, "metadata");
        String date = f.text("date", false);
        return f.build(() -> new Metadata(f.text("title", false), f.text("region", false),
                f.enumValue("level", AdministrativeLevel::fromJson, false), f.integer("year", false),
                f.enumValue("type", ReportType::fromJson, false), f.text("issuer", false),
                date == null ? null : parseDate(f, date), f.optionalText("number"),
                // regionCode came after the first documents were written: absent means unknown
                f.optionalText("regionCode")));
    }

    private static Footnote footnoteFrom(JsonNode node, String where) {
        Fields f = new Fields(node, where);
        Integer markerStart = f.integer("markerStart", false);
        Integer markerEnd = f.integer("markerEnd", false);
        return f.build(() -> new Footnote(f.text("id", true), f.text("label", false),
                markerStart == null || markerEnd == null ? null : new Span(markerStart, markerEnd),
                new Span(f.integer("start", true), f.integer("end", true))));
    }

    private static Part partFrom(JsonNode node, String where) {
        Fields f = new Fields(node, where);
        return f.build(() -> new Part(f.text("id", true), new Span(f.integer("start", true), f.integer("end", true)),
                metadataFrom(f.object("metadata"))));
    }

    private static LocalDate parseDate(Fields f, String date) {
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            return f.fail("'date' must be an ISO date (yyyy-mm-dd), was '" + date + "'");
        }
    }

    private static Section sectionFrom(JsonNode node, String where) {
        Fields f = new Fields(node, where);
        return f.build(() -> new Section(f.text("id", true), f.integer("level", true), f.text("label", false),
                f.text("title", true), new Span(f.integer("start", true), f.integer("end", true)),
                f.list("children", ModelJson::sectionFrom)));
    }

    private static Table tableFrom(JsonNode node, String where) {
        Fields f = new Fields(node, where);
        List<List<String>> rows = f.list("rows", (row, w) -> {
            List<String> cells = new ArrayList<>();
            row.forEach(cell -> cells.add(cell.isTextual() ? cell.textValue() : f.fail(w + " cells must be strings")));
            return cells;
        });
        return f.build(() -> new Table(f.text("id", true), f.text("title", false),
                new Span(f.integer("start", true), f.integer("end", true)), f.integer("headerRows", true), rows));
    }

    private static Warning warningFrom(JsonNode node, String where) {
        Fields f = new Fields(node, where);
        Integer start = f.integer("start", false);
        Integer end = f.integer("end", false);
        return f.build(() -> new Warning(f.text("code", true), f.text("message", true),
                start == null || end == null ? null : new Span(start, end)));
    }

    private static JsonNode parse(String json) {
        try {
            return JsonTrees.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new JsonFormatException("not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** Typed access to the fields of one JSON object, with errors that say which field is wrong. */
    private record Fields(JsonNode node, String where) {

        Fields {
            if (node == null || !node.isObject()) {
                throw new JsonFormatException(where + " must be a JSON object");
            }
        }

        /** The schema key's value, which must be {@code expected} or one of {@code alsoRead}. */
        String requireSchema(String expected, List<String> alsoRead) {
            String schema = text("schema", true);
            if (!schema.equals(expected) && !alsoRead.contains(schema)) {
                fail("schema is '" + schema + "', expected '" + expected + "'");
            }
            return schema;
        }

        private JsonNode field(String name, boolean required) {
            if (!node.has(name)) {
                fail("key '" + name + "' is missing");
            }
            JsonNode value = node.get(name);
            if (value.isNull()) {
                if (required) {
                    fail("'" + name + "' must not be null");
                }
                return null;
            }
            return value;
        }

        String text(String name, boolean required) {
            JsonNode value = field(name, required);
            if (value == null) {
                return null;
            }
            return value.isTextual() ? value.textValue() : fail("'" + name + "' must be a string");
        }

        BigDecimal decimal(String name, boolean required) {
            JsonNode value = field(name, required);
            if (value == null) {
                return null;
            }
            return value.isNumber() ? value.decimalValue() : fail("'" + name + "' must be a number");
        }

        double number(String name) {
            return decimal(name, true).doubleValue();
        }

        Integer integer(String name, boolean required) {
            JsonNode value = field(name, required);
            if (value == null) {
                return null;
            }
            return value.canConvertToInt() && value.isIntegralNumber() ? value.intValue()
                    : fail("'" + name + "' must be an integer");
        }

        <E> E enumValue(String name, Function<String, E> parser, boolean required) {
            String value = text(name, required);
            if (value == null) {
                return null;
            }
            try {
                return parser.apply(value);
            } catch (IllegalArgumentException e) {
                return fail("'" + name + "': " + e.getMessage());
            }
        }

        JsonNode object(String name) {
            JsonNode value = field(name, true);
            return value.isObject() ? value : fail("'" + name + "' must be an object");
        }

        /** A text key that older files may lack. */
        String optionalText(String name) {
            return node.has(name) ? text(name, false) : null;
        }

        /** A list key that older files may lack: absent reads as empty. */
        <T> List<T> optionalList(String name, ElementReader<T> reader) {
            return node.has(name) ? list(name, reader) : List.of();
        }

        <T> List<T> list(String name, ElementReader<T> reader) {
            JsonNode value = field(name, true);
            if (!value.isArray()) {
                fail("'" + name + "' must be an array");
            }
            List<T> result = new ArrayList<>();
            for (int i = 0; i < value.size(); i++) {
                result.add(reader.read(value.get(i), where + "." + name + "[" + i + "]"));
            }
            return result;
        }

        /** Runs a record constructor and reports its validation error as this object's. */
        <T> T build(Supplier<T> constructor) {
            try {
                return constructor.get();
            } catch (JsonFormatException e) {
                throw e;
            } catch (IllegalArgumentException | NullPointerException e) {
                return fail(e.getMessage());
            }
        }

        // Always throws: the type parameter lets `return fail(…)` stand wherever a value is due, and
        // no value, so no unchecked cast, ever comes back.
        @SuppressWarnings("TypeParameterUnusedInFormals")
        <T> T fail(String problem) {
            throw new JsonFormatException(where + ": " + problem);
        }
    }

    @FunctionalInterface
    private interface ElementReader<T> {
        T read(JsonNode node, String where);
    }
}
