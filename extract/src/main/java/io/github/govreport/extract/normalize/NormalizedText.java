package io.github.govreport.extract.normalize;

import io.github.govreport.core.Footnote;
import io.github.govreport.core.Span;
import java.util.List;

/**
 * The one text every later stage reads, with the way back to the source characters.
 *
 * @param text      the normalised text
 * @param map       where each of its code points came from
 * @param footnotes the footnotes found while repairing the layout, with spans in {@code text}
 */
public record NormalizedText(String text, OffsetMap map, List<Footnote> footnotes) {

    public NormalizedText {
        footnotes = footnotes == null ? List.of() : List.copyOf(footnotes);
    }

    public NormalizedText(String text, OffsetMap map) {
        this(text, map, List.of());
    }

    public Span toSource(Span span) {
        return map.toSource(span);
    }
}
