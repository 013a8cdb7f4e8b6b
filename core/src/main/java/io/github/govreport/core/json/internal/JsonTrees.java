package io.github.govreport.core.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.govreport.core.Document;
import io.github.govreport.core.Fact;
import io.github.govreport.core.Footnote;
import io.github.govreport.core.JsonName;
import io.github.govreport.core.Metadata;
import io.github.govreport.core.Part;
import io.github.govreport.core.Quantity;
import io.github.govreport.core.Section;
import io.github.govreport.core.Table;
import io.github.govreport.core.Warning;
import java.util.List;
import io.github.govreport.core.json.ModelJson;
import org.jspecify.annotations.Nullable;

/**
 * The Jackson trees of the model's JSON form, for the project's own writers (the command's
 * outputs, the review page, the panel's lines): internal, not part of the public API, which is
 * {@link ModelJson}'s text in and out. Key order and the explicit nulls of the contract are
 * here, in one place. Stateless and thread-safe.
 */
public final class JsonTrees {

    // withExactBigDecimals is deprecated since Jackson 2.15 for JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES,
    // which is not shown to write the same numbers: kept until it is.
    @SuppressWarnings("deprecation")
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();

    private JsonTrees() {
    }

    /** The mapper of the model's JSON: decimals exact and plain, floats read as decimals. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }


    /** One {@code facts/2} line, without a line break. */
    public static String factLine(Fact fact) {
        return write(factNode(fact, true), false);
    }

    /** Any JSON tree on one line, with decimals written as the model writes them (plain, exact). */
    public static String line(JsonNode node) {
        return write(node, false);
    }

    /** A new, empty object node that keeps decimals exactly as given. */
    public static ObjectNode newObject() {
        return MAPPER.createObjectNode();
    }

    /** The {@code facts/2} object of a fact; with {@code schema} it is a jsonl line, without it a document's entry. */
    public static ObjectNode factNode(Fact fact, boolean withSchema) {
        ObjectNode node = MAPPER.createObjectNode();
        if (withSchema) {
            node.put("schema", ModelJson.FACTS_SCHEMA);
        }
        node.put("doc", fact.doc());
        node.put("id", fact.id());
        node.put("indicator", fact.indicator());
        node.put("indicatorId", fact.indicatorId());
        node.put("code", fact.code());
        node.put("measure", fact.measure().jsonName());
        Quantity quantity = fact.quantity();
        node.put("value", quantity.value());
        node.put("valueMax", quantity.valueMax());
        node.put("unit", quantity.unit());
        ObjectNode normalized = node.putObject("normalized");
        normalized.put("value", quantity.normalized().value());
        normalized.put("unit", quantity.normalized().unit());
        node.put("qualifier", fact.qualifier().jsonName());
        node.put("kind", fact.kind().jsonName());
        node.put("period", fact.period());
        node.put("binding", nameOf(fact.binding()));
        node.put("text", fact.text());
        node.put("sentence", fact.sentence());
        node.put("start", fact.span().start());
        node.put("end", fact.span().end());
        node.put("sourceStart", fact.sourceSpan() == null ? null : fact.sourceSpan().start());
        node.put("sourceEnd", fact.sourceSpan() == null ? null : fact.sourceSpan().end());
        ArrayNode section = node.putArray("section");
        fact.section().forEach(section::add);
        node.put("source", fact.source().jsonName());
        node.put("confidence", fact.confidence());
        return node;
    }

    public static ObjectNode documentNode(Document document) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("schema", ModelJson.DOCUMENT_SCHEMA);
        node.put("doc", document.id());
        node.put("source", document.source());
        node.put("mediaType", document.mediaType());
        node.set("metadata", metadataNode(document.metadata()));
        ArrayNode sections = node.putArray("sections");
        document.sections().forEach(s -> sections.add(sectionNode(s)));
        ArrayNode tables = node.putArray("tables");
        document.tables().forEach(t -> tables.add(tableNode(t)));
        ArrayNode facts = node.putArray("facts");
        document.facts().forEach(f -> facts.add(factNode(f, false)));
        ArrayNode warnings = node.putArray("warnings");
        document.warnings().forEach(w -> warnings.add(warningNode(w)));
        ArrayNode footnotes = node.putArray("footnotes");
        document.footnotes().forEach(n -> footnotes.add(footnoteNode(n)));
        ArrayNode parts = node.putArray("parts");
        document.parts().forEach(p -> parts.add(partNode(p)));
        node.put("text", document.text());
        return node;
    }

    private static ObjectNode metadataNode(Metadata metadata) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("title", metadata.title());
        node.put("region", metadata.region());
        node.put("level", nameOf(metadata.level()));
        node.put("year", metadata.year());
        node.put("type", nameOf(metadata.type()));
        node.put("issuer", metadata.issuer());
        node.put("date", metadata.date() == null ? null : metadata.date().toString());
        node.put("number", metadata.number());
        node.put("regionCode", metadata.regionCode());
        return node;
    }

    private static ObjectNode footnoteNode(Footnote footnote) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", footnote.id());
        node.put("label", footnote.label());
        node.put("markerStart", footnote.marker() == null ? null : footnote.marker().start());
        node.put("markerEnd", footnote.marker() == null ? null : footnote.marker().end());
        node.put("start", footnote.text().start());
        node.put("end", footnote.text().end());
        return node;
    }

    private static ObjectNode partNode(Part part) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", part.id());
        node.put("start", part.span().start());
        node.put("end", part.span().end());
        node.set("metadata", metadataNode(part.metadata()));
        return node;
    }

    private static ObjectNode sectionNode(Section section) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", section.id());
        node.put("level", section.level());
        node.put("label", section.label());
        node.put("title", section.title());
        node.put("start", section.span().start());
        node.put("end", section.span().end());
        ArrayNode children = node.putArray("children");
        section.children().forEach(c -> children.add(sectionNode(c)));
        return node;
    }

    private static ObjectNode tableNode(Table table) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", table.id());
        node.put("title", table.title());
        node.put("start", table.span().start());
        node.put("end", table.span().end());
        node.put("headerRows", table.headerRows());
        ArrayNode rows = node.putArray("rows");
        for (List<String> row : table.rows()) {
            ArrayNode cells = rows.addArray();
            row.forEach(cells::add);
        }
        return node;
    }

    private static ObjectNode warningNode(Warning warning) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("code", warning.code());
        node.put("message", warning.message());
        node.put("start", warning.span() == null ? null : warning.span().start());
        node.put("end", warning.span() == null ? null : warning.span().end());
        return node;
    }

    private static @Nullable String nameOf(@Nullable JsonName value) {
        return value == null ? null : value.jsonName();
    }

    public static String write(JsonNode node, boolean pretty) {
        try {
            return pretty ? MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node)
                    : MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            // A tree of our own making always serialises; anything else is a bug here.
            throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }
}
