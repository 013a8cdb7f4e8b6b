package io.github.govreport.extract;

import io.github.govreport.core.Document;
import io.github.govreport.core.Table;
import io.github.govreport.core.Warning;
import io.github.govreport.extract.ExtractionException.Kind;
import io.github.govreport.extract.dict.Dictionaries;
import io.github.govreport.extract.internal.fact.FactAssembler;
import io.github.govreport.extract.internal.fact.FactStages;
import io.github.govreport.extract.internal.io.DocumentReader;
import io.github.govreport.extract.internal.io.RawText;
import io.github.govreport.extract.internal.normalize.NormalizedText;
import io.github.govreport.extract.internal.normalize.TextNormalizer;
import io.github.govreport.extract.role.SentenceRoleModel;
import io.github.govreport.extract.segment.HanLpSegmenter;
import io.github.govreport.extract.segment.Segmenter;
import io.github.govreport.extract.internal.structure.HeadingRecognizer;
import io.github.govreport.extract.internal.structure.MetadataRecognizer;
import io.github.govreport.extract.internal.structure.SentenceSplitter;
import io.github.govreport.extract.internal.structure.TableRecognizer;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The entry point: turns a report (a file, a stream or a text) into a {@link Document} with its
 * facts.
 *
 * <p>Build one with {@link #builder()} (or {@link #create()}) and reuse it: building loads the
 * dictionaries once; extraction keeps no state between calls, so one instance serves any number
 * of threads.
 *
 * <pre>{@code
 * ReportExtractor extractor = ReportExtractor.create();
 * Document report = extractor.extract(Path.of("重庆市政府工作报告.pdf"));
 * report.facts().forEach(f -> System.out.println(f.indicator() + " " + f.quantity().value() + f.quantity().unit()));
 * }</pre>
 *
 * <p>The pipeline, each stage one class: read (Tika) → normalise (with an offset map back to the
 * source) → headings → sentences → quantities → facts.
 */
public final class ReportExtractor {

    /**
     * Inputs larger than this are refused unless the builder says otherwise: 100 MB. A report is
     * rarely over 20 MB, even as a PDF with photographs; a whole gazette volume fits; the bytes are
     * held in memory while parsing, so the limit bounds that memory too.
     */
    public static final long DEFAULT_MAX_INPUT_BYTES = 100L * 1024 * 1024;

    /**
     * Documents with more characters of text than this are refused unless the builder says
     * otherwise: 10 million. The longest report we know (a gazette issue with three reports) has
     * 83,000 characters, a year's gazettes a few million. Measured: 2 million characters of report
     * text run through the whole pipeline in 6–16 s within a 200 MB heap, so 10 million need about
     * 1 GB and a minute, which the default heap of an 8 GB machine (2 GB) still has.
     */
    public static final int DEFAULT_MAX_CHARS = 10_000_000;

    private final DocumentReader reader;
    private final TextNormalizer normalizer;
    private final MetadataRecognizer metadata;
    private final HeadingRecognizer headings;
    private final TableRecognizer tables;
    private final SentenceSplitter sentences;
    private final FactAssembler facts;
    private final long maxInputBytes;

    private ReportExtractor(Builder builder) {
        Dictionaries dictionaries = builder.dictionaries != null ? builder.dictionaries : Dictionaries.bundled();
        this.maxInputBytes = builder.maxInputBytes;
        this.reader = new DocumentReader(builder.maxChars, builder.parseTimeout, dictionaries.pageFurniture(),
                dictionaries.tableWords());
        this.normalizer = new TextNormalizer(dictionaries);
        this.metadata = new MetadataRecognizer(dictionaries.metadataCues(), dictionaries.regions());
        this.headings = new HeadingRecognizer(dictionaries.headingPatterns(), dictionaries.layoutMarks());
        this.tables = new TableRecognizer();
        this.sentences = new SentenceSplitter();
        this.facts = factAssembler(builder, dictionaries);
    }

    /** The fact stages ({@link FactStages}), with the role model and segmenter the builder asks for. */
    private static FactAssembler factAssembler(Builder builder, Dictionaries dictionaries) {
        SentenceRoleModel roleModel = builder.rulesOnly ? null
                : builder.roleModel != null ? builder.roleModel : SentenceRoleModel.bundled();
        Segmenter segmenter = builder.segmenter != null ? builder.segmenter : new HanLpSegmenter();
        return FactStages.wire(dictionaries, segmenter, builder.leniency, builder.reportYear, roleModel);
    }

    /** An extractor with the bundled dictionaries and default options. */
    public static ReportExtractor create() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads and extracts one file. The document id is the file name without its extension.
     *
     * <p>The size is checked before the file is read, so a file over {@link Builder#maxInputBytes}
     * costs no memory.
     *
     * @throws ExtractionException when the file is missing, unreadable, empty, too large or holds no text
     */
    public Document extract(Path file) throws ExtractionException {
        Objects.requireNonNull(file, "file must not be null");
        String input = file.toString();
        if (Files.isDirectory(file)) {
            throw new ExtractionException(input, Kind.NOT_A_DOCUMENT, "is a directory, not a document");
        }
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > maxInputBytes) {
                throw new ExtractionException(input, Kind.TOO_LARGE, "too large: " + megabytes(size)
                        + ", over the limit of " + megabytes(maxInputBytes));
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ExtractionException(input, Kind.NOT_FOUND, "no such file");
        } catch (IOException e) {
            throw new ExtractionException(input, Kind.UNREADABLE, "cannot read: " + describe(e), e);
        }
        String name = file.getFileName() == null ? input : file.getFileName().toString();
        return extract(bytes, input, name, true);
    }

    /**
     * Reads and extracts a document from a stream, which is read to its end but not closed.
     *
     * @param name the file name, used to detect the format and encoding (a GB18030 text without a
     *             name cannot be told from binary data) and, without its extension, as document id
     */
    public Document extract(InputStream in, String name) throws ExtractionException {
        Objects.requireNonNull(in, "in must not be null");
        requireName(name);
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxInputBytes + 1));
        } catch (IOException e) {
            throw new ExtractionException(name, Kind.UNREADABLE, "cannot read: " + describe(e), e);
        }
        if (bytes.length > maxInputBytes) {
            throw new ExtractionException(name, Kind.TOO_LARGE,
                    "too large: over the limit of " + megabytes(maxInputBytes));
        }
        return extract(bytes, name, name, false);
    }

    /**
     * Extracts facts from text that is already decoded (no format detection, no Tika).
     *
     * @param text  the report text; Markdown emphasis and full-width characters are handled
     * @param docId the document id to put on every fact
     */
    public Document extract(String text, String docId) {
        Objects.requireNonNull(text, "text must not be null");
        requireName(docId);
        return run(docId, docId, new RawText(text, "text/plain", true));
    }

    private Document extract(byte[] bytes, String input, String name, boolean fileName)
            throws ExtractionException {
        RawText raw = reader.read(bytes, input, name, fileName);
        return run(documentId(name), input, raw);
    }

    private Document run(String docId, String source, RawText raw) {
        NormalizedText text = normalizer.normalize(raw.text(), raw.mediaType());
        MetadataRecognizer.Result about = metadata.recognize(text.text());
        var sectionTree = headings.recognize(text.text(), about.partStarts(), text.emphasisedLines());
        // a PDF's tables come as tab-separated rows from its layout (PdfLayoutReader), as Word's do
        var tableList = tables.recognize(text.text());
        var sentenceList = sentences.split(text.text());
        Document document = facts.assemble(docId, source, raw, text, about, sectionTree, tableList, sentenceList);
        return raw.warnings().isEmpty() ? document : withReadingWarnings(document, raw.warnings());
    }

    /** What reading found odd comes first, before what the later stages found. */
    private static Document withReadingWarnings(Document d, List<Warning> reading) {
        List<Warning> warnings = new ArrayList<>(reading);
        warnings.addAll(d.warnings());
        return new Document(d.id(), d.source(), d.mediaType(), d.metadata(), d.text(), d.sections(), d.tables(),
                d.facts(), warnings, d.footnotes(), d.parts());
    }

    /** A size for people: 1.5 MB, 100 MB (powers of 1024, as the command line reads them). */
    static String megabytes(long bytes) {
        if (bytes < 1024 * 1024) {
            return bytes + " bytes";
        }
        BigDecimal mb = BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1024L * 1024), 1, RoundingMode.HALF_UP);
        return mb.stripTrailingZeros().toPlainString() + " MB";
    }

    /**
     * How many PDF, Word or HTML parses of this extractor overran the parse timeout and were
     * cancelled. Such a parse keeps one of a bounded set of parse threads until its parser ends;
     * later parses wait for a free one and fail with a clear error if none frees in time.
     */
    public int abandonedParses() {
        return reader.abandonedParses();
    }

    /** The default document id of a file: its name without directories and without its last extension. */
    public static String documentId(String fileName) {
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static void requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
    }

    private static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Options of an extractor. Not thread-safe; the extractor it builds is. */
    public static final class Builder {

        private Dictionaries dictionaries;
        private Integer reportYear;
        private long maxInputBytes = DEFAULT_MAX_INPUT_BYTES;
        private int maxChars = DEFAULT_MAX_CHARS;
        private Duration parseTimeout = DocumentReader.DEFAULT_PARSE_TIMEOUT;
        private SentenceRoleModel roleModel;
        private boolean rulesOnly;
        private Leniency leniency = Leniency.FACTS;
        private Segmenter segmenter;

        private Builder() {
        }

        /** The dictionaries to use instead of the bundled ones (units, qualifiers, cues, patterns). */
        public Builder dictionaries(Dictionaries dictionaries) {
            this.dictionaries = Objects.requireNonNull(dictionaries, "dictionaries must not be null");
            return this;
        }

        /**
         * The year the reports are delivered in, used for the period of facts when the text does
         * not name one (targets are for this year, results for the year before).
         */
        public Builder reportYear(int year) {
            if (year < 1949 || year > 2100) {
                throw new IllegalArgumentException("reportYear must be a plausible year, was " + year);
            }
            this.reportYear = year;
            return this;
        }

        /**
         * The largest input accepted, in bytes ({@link #DEFAULT_MAX_INPUT_BYTES} unless set); a
         * larger file is refused before it is read.
         */
        public Builder maxInputBytes(long bytes) {
            if (bytes <= 0) {
                throw new IllegalArgumentException("maxInputBytes must be positive, was " + bytes);
            }
            this.maxInputBytes = bytes;
            return this;
        }

        /**
         * The most characters of text a document may have ({@link #DEFAULT_MAX_CHARS} unless set);
         * reading stops and fails beyond it. Text given to {@link ReportExtractor#extract(String, String)} is
         * not limited: the caller holds it already.
         */
        public Builder maxChars(int chars) {
            if (chars <= 0) {
                throw new IllegalArgumentException("maxChars must be positive, was " + chars);
            }
            this.maxChars = chars;
            return this;
        }

        /**
         * How long parsing one PDF, Word or HTML file may take ({@link DocumentReader#DEFAULT_PARSE_TIMEOUT}
         * unless set): past it the file fails with a clear error instead of hanging the batch.
         */
        public Builder parseTimeout(Duration timeout) {
            Objects.requireNonNull(timeout, "parseTimeout must not be null");
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("parseTimeout must be positive, was " + timeout);
            }
            this.parseTimeout = timeout;
            return this;
        }

        /**
         * The model asked for the kind of a number that no rule decides (the bundled
         * {@link SentenceRoleModel#bundled()} unless set): the role of its sentence, when the model is
         * sure enough. Replaces {@link #rulesOnly()}.
         */
        public Builder roleModel(SentenceRoleModel model) {
            this.roleModel = Objects.requireNonNull(model, "roleModel must not be null");
            this.rulesOnly = false;
            return this;
        }

        /** No role model: a kind that no rule decides stays {@code unknown}. */
        public Builder rulesOnly() {
            this.roleModel = null;
            this.rulesOnly = true;
            return this;
        }

        /**
         * Which numbers are quantities and so may become facts ({@link Leniency#FACTS} unless set):
         * {@link Leniency#NUMBERS} also makes facts of integers without a unit, mostly names and
         * references in a report.
         */
        public Builder leniency(Leniency leniency) {
            this.leniency = Objects.requireNonNull(leniency, "leniency must not be null");
            return this;
        }

        /**
         * The word segmenter asked where word boundaries decide (is 场 in 100场景 a measure word?)
         * and for the words of the role model's features (HanLP's viterbi segmenter unless set). It
         * must be thread-safe; another segmenter than the default changes the facts found, and the
         * bundled role model was trained on HanLP's words.
         */
        public Builder segmenter(Segmenter segmenter) {
            this.segmenter = Objects.requireNonNull(segmenter, "segmenter must not be null");
            return this;
        }

        public ReportExtractor build() {
            return new ReportExtractor(this);
        }
    }
}
