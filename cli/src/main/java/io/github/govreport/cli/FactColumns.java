package io.github.govreport.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.govreport.core.Fact;
import io.github.govreport.core.json.ModelJson;
import io.github.govreport.core.json.internal.JsonTrees;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code facts/2} keys flattened into columns, as {@code docs/output.md} says for CSV:
 * {@code normalized.value} → {@code normalizedValue}, no {@code schema} column. Shared by the
 * CSV and SQLite writers, so that a table column and a CSV column are the same thing.
 *
 * <p>The columns are derived from {@link ModelJson#FACT_KEYS} and the values from
 * {@link ModelJson#factNode}, so the columns cannot drift from the jsonl lines.
 */
final class FactColumns {

    /** The nested objects of a fact line and their keys, each of which becomes a column. */
    private static final Map<String, List<String>> NESTED = Map.of("normalized", List.of("value", "unit"));

    private static final List<Column> COLUMNS = columns();

    private FactColumns() {
    }

    /** The column names, in the order of the jsonl keys. */
    static List<String> names() {
        return COLUMNS.stream().map(Column::name).toList();
    }

    /** The fact's value in each column, as JSON: null (or a Java null), a number, text or an array (section). */
    static List<JsonNode> values(Fact fact) {
        ObjectNode node = JsonTrees.factNode(fact, false);
        List<JsonNode> values = new ArrayList<>(COLUMNS.size());
        for (Column column : COLUMNS) {
            values.add(column.valueIn(node));
        }
        return values;
    }

    private static List<Column> columns() {
        List<Column> columns = new ArrayList<>();
        for (String key : ModelJson.FACT_KEYS) {
            if (key.equals("schema")) {
                continue;   // constant on every row; the header row already says what the file is
            }
            List<String> parts = NESTED.get(key);
            if (parts == null) {
                columns.add(new Column(key, key, null));
            } else {
                parts.forEach(part -> columns.add(new Column(
                        key + Character.toUpperCase(part.charAt(0)) + part.substring(1), key, part)));
            }
        }
        return List.copyOf(columns);
    }

    /** One column: a key of the fact line, or a key inside one of its nested objects. */
    private record Column(String name, String key, String part) {

        JsonNode valueIn(ObjectNode fact) {
            JsonNode value = fact.get(key);
            return part == null || value == null || value.isNull() ? value : value.get(part);
        }
    }
}
