package io.github.govreport.extract.internal.fact;

import io.github.govreport.core.Binding;

/**
 * The plan's binding classes as a report writes them, 约束性 and 预期性, read from a sentence, a
 * heading or a table's 属性 cell: the two words are defined here only.
 */
final class BindingWords {

    private static final String BINDING = "约束性";
    private static final String EXPECTED = "预期性";

    private BindingWords() {
    }

    /**
     * The one class {@code text} names; null when it names neither, or both (a sentence that
     * counts the plan's indicators of each class gives no class to its numbers).
     */
    static Binding namedIn(String text) {
        boolean binding = text.contains(BINDING);
        boolean expected = text.contains(EXPECTED);
        return binding == expected ? null : binding ? Binding.BINDING : Binding.EXPECTED;
    }

    /** The class a table's 属性 cell gives: binding when it names 约束性, else expected when it names 预期性, else null. */
    static Binding ofCell(String cell) {
        return cell.contains(BINDING) ? Binding.BINDING : cell.contains(EXPECTED) ? Binding.EXPECTED : null;
    }
}
