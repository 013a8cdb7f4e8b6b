package io.github.govreport.bench;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.common.Term;
import io.github.govreport.core.Document;
import io.github.govreport.core.Section;
import io.github.govreport.core.Table;
import io.github.govreport.extract.ExtractionException;
import io.github.govreport.extract.Leniency;
import io.github.govreport.extract.ReportExtractor;
import io.github.govreport.extract.dict.Dictionaries;
import io.github.govreport.extract.internal.fact.FactAssembler;
import io.github.govreport.extract.internal.fact.FactStages;
import io.github.govreport.extract.internal.io.DocumentReader;
import io.github.govreport.extract.internal.io.RawText;
import io.github.govreport.extract.internal.normalize.NormalizedText;
import io.github.govreport.extract.internal.normalize.TextNormalizer;
import io.github.govreport.extract.quantity.QuantityMention;
import io.github.govreport.extract.quantity.QuantityRecognizer;
import io.github.govreport.extract.segment.HanLpSegmenter;
import io.github.govreport.extract.internal.structure.HeadingRecognizer;
import io.github.govreport.extract.internal.structure.MetadataRecognizer;
import io.github.govreport.extract.internal.structure.Sentence;
import io.github.govreport.extract.internal.structure.SentenceSplitter;
import io.github.govreport.extract.internal.structure.TableRecognizer;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Each stage of the pipeline alone, the whole pipeline, and the baseline (HanLP's standard
 * segmentation of every line), over the same input in the same run. Every stage gets the output of
 * the stages before it, computed once in the setup, and is wired as {@link ReportExtractor} wires it.
 *
 * <p>Stages: {@code read} (bytes → text: the plain-text path for .txt, Tika for PDF/DOCX),
 * {@code normalise}, {@code structure} (metadata and parts, section tree, tables), {@code sentences}
 * (the sentence splitter), {@code quantities} (the quantity recognizer over every sentence, with the
 * HanLP word-boundary questions it asks), {@code facts} ({@link FactAssembler#assemble}, which runs
 * the quantity recognizer itself: facts − quantities is the cost of the fact stage proper).
 * {@code pipelineText} is {@link ReportExtractor#extract(String, String)} on the read text (normalise
 * → facts); {@code pipelineFile} is {@link ReportExtractor#extract(java.io.InputStream, String)} on
 * the bytes (read → facts).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class StageBenchmark {

    /** {@code seeds}: the five seeds as text; {@code 001}: seed 001; else a fixture file. */
    @Param({"seeds", "001", "f000.pdf", "f000.docx", "f003.pdf", "f003.docx"})
    public String input;

    /** Everything a stage needs, per document, computed once. */
    record Prepared(Inputs.Input input, RawText raw, NormalizedText normalized, MetadataRecognizer.Result about,
                    List<Section> sections, List<Table> tables, List<Sentence> sentences, List<String> lines) {
    }

    private final Dictionaries dictionaries = Dictionaries.bundled();
    private final DocumentReader reader = new DocumentReader(ReportExtractor.DEFAULT_MAX_CHARS);
    private final TextNormalizer normalizer = new TextNormalizer(dictionaries);
    private final MetadataRecognizer metadata = new MetadataRecognizer(dictionaries.metadataCues(),
            dictionaries.regions());
    private final HeadingRecognizer headings = new HeadingRecognizer(dictionaries.headingPatterns(), dictionaries.layoutMarks());
    private final TableRecognizer tableRecognizer = new TableRecognizer();
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final QuantityRecognizer quantityRecognizer = new QuantityRecognizer(dictionaries, new HanLpSegmenter(),
            Leniency.FACTS);
    private final FactAssembler assembler = FactStages.wire(dictionaries, new HanLpSegmenter(), Leniency.FACTS, null, null);
    private final ReportExtractor extractor = ReportExtractor.builder().dictionaries(dictionaries).build();

    private List<Prepared> docs;

    @Setup(Level.Trial)
    public void prepare() throws ExtractionException {
        docs = new ArrayList<>();
        for (Inputs.Input in : Inputs.named(input)) {
            RawText raw = reader.read(in.bytes(), in.name(), in.name());
            NormalizedText normalized = normalizer.normalize(raw.text(), raw.mediaType());
            MetadataRecognizer.Result about = metadata.recognize(normalized.text());
            List<Section> sections = headings.recognize(normalized.text(), about.partStarts(),
                    normalized.emphasisedLines());
            List<Table> tables = tableRecognizer.recognize(normalized.text());
            List<Sentence> sentences = splitter.split(normalized.text());
            List<String> lines = raw.text().lines().filter(l -> !l.isBlank()).toList();
            docs.add(new Prepared(in, raw, normalized, about, sections, tables, sentences, lines));
        }
    }

    @Benchmark
    public void read(Blackhole bh) throws ExtractionException {
        for (Prepared d : docs) {
            bh.consume(reader.read(d.input().bytes(), d.input().name(), d.input().name()));
        }
    }

    @Benchmark
    public void normalise(Blackhole bh) {
        for (Prepared d : docs) {
            bh.consume(normalizer.normalize(d.raw().text(), d.raw().mediaType()));
        }
    }

    @Benchmark
    public void structure(Blackhole bh) {
        for (Prepared d : docs) {
            String text = d.normalized().text();
            MetadataRecognizer.Result about = metadata.recognize(text);
            bh.consume(about);
            bh.consume(headings.recognize(text, about.partStarts(), d.normalized().emphasisedLines()));
            bh.consume(tableRecognizer.recognize(text));
        }
    }

    @Benchmark
    public void sentences(Blackhole bh) {
        for (Prepared d : docs) {
            bh.consume(splitter.split(d.normalized().text()));
        }
    }

    @Benchmark
    public void quantities(Blackhole bh) {
        for (Prepared d : docs) {
            for (Sentence sentence : d.sentences()) {
                List<QuantityMention> found = quantityRecognizer.recognize(sentence.text());
                bh.consume(found);
            }
        }
    }

    @Benchmark
    public void facts(Blackhole bh) {
        for (Prepared d : docs) {
            String id = d.input().id();
            bh.consume(assembler.assemble(id, id, d.raw(), d.normalized(), d.about(), d.sections(), d.tables(),
                    d.sentences()));
        }
    }

    @Benchmark
    public void pipelineText(Blackhole bh) {
        for (Prepared d : docs) {
            Document document = extractor.extract(d.raw().text(), d.input().id());
            bh.consume(document);
        }
    }

    @Benchmark
    public void pipelineFile(Blackhole bh) throws ExtractionException {
        for (Prepared d : docs) {
            bh.consume(extractor.extract(new ByteArrayInputStream(d.input().bytes()), d.input().name()));
        }
    }

    /** The baseline: HanLP's standard segmentation ({@code HanLP.segment}) of every non-blank line. */
    @Benchmark
    public void hanlpBaseline(Blackhole bh) {
        for (Prepared d : docs) {
            for (String line : d.lines()) {
                List<Term> terms = HanLP.segment(line);
                bh.consume(terms);
            }
        }
    }
}
