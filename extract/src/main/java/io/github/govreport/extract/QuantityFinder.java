package io.github.govreport.extract;

import io.github.govreport.core.Measure;
import io.github.govreport.core.Qualifier;
import io.github.govreport.core.Quantity;
import io.github.govreport.core.Span;
import io.github.govreport.extract.dict.Dictionaries;
import io.github.govreport.extract.internal.fact.MeasureResolver;
import io.github.govreport.extract.internal.normalize.CodePointIndex;
import io.github.govreport.extract.internal.normalize.NormalizedText;
import io.github.govreport.extract.internal.normalize.TextNormalizer;
import io.github.govreport.extract.quantity.QuantityMention;
import io.github.govreport.extract.quantity.QuantityRecognizer;
import io.github.govreport.extract.segment.HanLpSegmenter;
import io.github.govreport.extract.segment.Segmenter;
import io.github.govreport.extract.internal.structure.Sentence;
import io.github.govreport.extract.internal.structure.SentenceSplitter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The quantity layer on its own: every quantity of a text with its value, unit, normalised value,
 * hedge and measure, without documents, sections or facts. What {@code govreport quantities} and
 * the peer test suites use. Build once; thread-safe.
 */
public final class QuantityFinder {

    /**
     * A quantity found in a text.
     *
     * @param text      the quantity as written in the given text, hedge included
     * @param span      where it is in the given text (code points, half-open)
     * @param quantity  value, range, unit and normalised value
     * @param qualifier the hedge
     * @param measure   what kind of number, from its form and the cue words of its clause
     */
    public record Found(String text, Span span, Quantity quantity, Qualifier qualifier, Measure measure) {
    }

    private final TextNormalizer normalizer = new TextNormalizer();
    private final SentenceSplitter sentences = new SentenceSplitter();
    private final QuantityRecognizer recognizer;
    private final MeasureResolver measures;

    private QuantityFinder(Dictionaries dictionaries, Leniency leniency, Segmenter segmenter) {
        this.recognizer = new QuantityRecognizer(dictionaries, segmenter, leniency);
        this.measures = new MeasureResolver(dictionaries.measureCues(), segmenter);
    }

    /** A finder with the bundled dictionaries and HanLP's segmenter. */
    public static QuantityFinder create(Leniency leniency) {
        return create(Dictionaries.bundled(), leniency);
    }

    /** A finder with HanLP's segmenter. */
    public static QuantityFinder create(Dictionaries dictionaries, Leniency leniency) {
        return create(dictionaries, leniency, new HanLpSegmenter());
    }

    /**
     * A finder with the given segmenter.
     *
     * @param segmenter asked where word boundaries decide, as in
     *                  {@link ReportExtractor.Builder#segmenter(Segmenter)}; must be thread-safe
     */
    public static QuantityFinder create(Dictionaries dictionaries, Leniency leniency, Segmenter segmenter) {
        return new QuantityFinder(Objects.requireNonNull(dictionaries, "dictionaries must not be null"),
                Objects.requireNonNull(leniency, "leniency must not be null"),
                Objects.requireNonNull(segmenter, "segmenter must not be null"));
    }

    /** The quantities of {@code text}, in order; spans point into {@code text} as given. */
    public List<Found> find(String text) {
        Objects.requireNonNull(text, "text must not be null");
        NormalizedText normalized = normalizer.normalize(text, "text/plain");
        CodePointIndex index = CodePointIndex.of(normalized.text());
        List<Found> found = new ArrayList<>();
        for (Sentence sentence : sentences.split(normalized.text())) {
            Measure previous = null;
            QuantityMention last = null;
            for (QuantityMention mention : recognizer.recognize(sentence.text())) {
                Span inNormalized = new Span(index.codePoint(sentence.start() + mention.start()),
                        index.codePoint(sentence.start() + mention.end()));
                Span inSource = normalized.toSource(inNormalized);
                Measure measure = measures.resolve(sentence.text(), mention,
                        MeasureResolver.sharedFrom(sentence.text(), last, previous, mention)).measure();
                found.add(new Found(inSource.slice(text), inSource, mention.quantity(), mention.qualifier(), measure));
                previous = measure;
                last = mention;
            }
        }
        return found;
    }
}
