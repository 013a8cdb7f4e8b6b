package io.github.govreport.extract.dict;

import io.github.govreport.core.Binding;
import java.util.List;

/**
 * The plan's binding classes as a report writes them, 约束性 and 预期性 (binding-words.tsv), read
 * from a sentence, a heading or a table's 属性 cell. Immutable.
 */
public final class BindingWords {

    private final List<String> binding;
    private final List<String> expected;

    BindingWords(TsvTable table) {
        for (TsvTable.Row row : table.rows()) {
            row.require("word");
            String binding = row.require("binding");
            if (!binding.equals("binding") && !binding.equals("expected")) {
                throw row.error("column 'binding' must be binding or expected, was '" + binding + "'");
            }
        }
        this.binding = words(table, "binding");
        this.expected = words(table, "expected");
    }

    private static List<String> words(TsvTable table, String binding) {
        return table.rows().stream().filter(r -> r.get("binding").equals(binding)).map(r -> r.get("word")).toList();
    }

    /**
     * The one class {@code text} names; null when it names neither, or both (a sentence that
     * counts the plan's indicators of each class gives no class to its numbers).
     */
    public Binding namedIn(String text) {
        boolean isBinding = names(text, binding);
        boolean isExpected = names(text, expected);
        return isBinding == isExpected ? null : isBinding ? Binding.BINDING : Binding.EXPECTED;
    }

    /** The class a table's 属性 cell gives: binding when it names 约束性, else expected when it names 预期性, else null. */
    public Binding ofCell(String cell) {
        return names(cell, binding) ? Binding.BINDING : names(cell, expected) ? Binding.EXPECTED : null;
    }

    private static boolean names(String text, List<String> words) {
        return words.stream().anyMatch(text::contains);
    }
}
