package io.github.govreport.extract.internal.normalize;

import io.github.govreport.core.Footnote;
import io.github.govreport.core.Span;
import java.util.List;

/**
 * The one text every later stage reads, with the way back to the source characters.
 *
 * @param text      the normalised text
 * @param map       where each of its code points came from
 * @param footnotes the footnotes found while repairing the layout, with spans in {@code text}
 * @param emphasisedLines where the lines that were wholly bold in the source ({@code **…**})
 *                  start in {@code text}, in code points: bold lead phrases, which act as headings
 */
public record NormalizedText(String text, OffsetMap map, List<Footnote> footnotes, List<Integer> emphasisedLines) {

    public NormalizedText {
        footnotes = footnotes == null ? List.of() : List.copyOf(footnotes);
        emphasisedLines = emphasisedLines == null ? List.of() : List.copyOf(emphasisedLines);
    }

    public NormalizedText(String text, OffsetMap map) {
        this(text, map, List.of(), List.of());
    }

    public Span toSource(Span span) {
        return map.toSource(span);
    }
}
