package io.github.govreport.extract.normalize;

import io.github.govreport.core.Span;

/**
 * The one text every later stage reads, with the way back to the source characters.
 *
 * @param text the normalised text
 * @param map  where each of its code points came from
 */
public record NormalizedText(String text, OffsetMap map) {

    public Span toSource(Span span) {
        return map.toSource(span);
    }
}
