package io.github.govreport.extract.internal.fact;

import io.github.govreport.core.Binding;
import io.github.govreport.core.Dimension;
import io.github.govreport.core.Document;
import io.github.govreport.core.Fact;
import io.github.govreport.core.Footnote;
import io.github.govreport.core.Kind;
import io.github.govreport.core.Measure;
import io.github.govreport.core.Metadata;
import io.github.govreport.core.Part;
import io.github.govreport.core.Section;
import io.github.govreport.core.Source;
import io.github.govreport.core.Span;
import io.github.govreport.core.Table;
import io.github.govreport.core.Warning;
import io.github.govreport.extract.dict.BindingWords;
import io.github.govreport.extract.dict.CueLexicon;
import io.github.govreport.extract.dict.TimeCue;
import io.github.govreport.extract.internal.io.RawText;
import io.github.govreport.extract.internal.normalize.CodePointIndex;
import io.github.govreport.extract.internal.normalize.NormalizedText;
import io.github.govreport.extract.internal.structure.MetadataRecognizer;
import io.github.govreport.extract.internal.structure.Sentence;
import io.github.govreport.extract.internal.text.CharClasses;
import io.github.govreport.extract.internal.text.Range;
import io.github.govreport.extract.quantity.QuantityMention;
import io.github.govreport.extract.quantity.QuantityRecognizer;
import io.github.govreport.extract.role.RoleContext;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Turns the quantities of each sentence, and the cells of indicator tables, into facts, in the
 * order of the text: each number gets what the {@link FactAttributor} reads of it, with the place
 * it stands in (its sections, the year of its report, the part of the report and the passage it
 * is in). Its stages are built by the caller that wires the pipeline. Thread-safe.
 */
public final class FactAssembler {

    private final QuantityRecognizer quantities;
    private final TableFacts tableFacts;
    private final KindResolver kinds;
    private final FactAttributor attributor;
    private final CueLexicon<TimeCue> timeCues;
    private final BindingWords bindingWords;
    private final Integer reportYear;
    /** Where the rules leave a number's kind unknown, the role model's kind of its sentence; null: rules only. */
    private final ModelKinds modelKinds;

    /**
     * @param quantities the quantities of a sentence
     * @param tableFacts the facts of indicator tables, read by row and column
     * @param kinds      the kind of a passage: where the review ends, what a lead-in announces
     * @param attributor what each number is: indicator, measure, kind, period
     * @param timeCues   the words of spans of years and of a review's or plan's aspect (time-cues.tsv)
     * @param bindingWords the words of the binding classes a sentence or a heading names (binding-words.tsv)
     * @param reportYear the year the reports are delivered in, or null to read it from each text
     * @param modelKinds asked for the kind of a number the rules leave unknown; null for rules only
     */
    public FactAssembler(QuantityRecognizer quantities, TableFacts tableFacts, KindResolver kinds,
                         FactAttributor attributor, CueLexicon<TimeCue> timeCues, BindingWords bindingWords,
                         Integer reportYear, ModelKinds modelKinds) {
        this.quantities = quantities;
        this.tableFacts = tableFacts;
        this.kinds = kinds;
        this.attributor = attributor;
        this.timeCues = timeCues;
        this.bindingWords = bindingWords;
        this.reportYear = reportYear;
        this.modelKinds = modelKinds;
    }

    /**
     * What the document-wide stages found, read once per document and shared by all its
     * sentences: the text, the reading order of table cells, and the report year, parts and
     * passages that every number's place is looked up in.
     */
    private record DocumentContext(String docId, RawText raw, NormalizedText normalized, CodePointIndex index,
                                   List<Section> sections, List<TableFacts.CellFact> cells, List<Range> tableRanges,
                                   IntFunction<Integer> reportYearAt, int reviewEnd, SectionRoles roles,
                                   TimeScopes scopes) {

        String text() {
            return normalized.text();
        }

        /** Where {@code span} is in the source characters, or null when the source is not text. */
        Span sourceOf(Span span) {
            return raw.textBased() ? normalized.toSource(span) : null;
        }
    }

    public Document assemble(String docId, String source, RawText raw, NormalizedText normalized,
                             MetadataRecognizer.Result about, List<Section> sections, List<Table> tables,
                             List<Sentence> sentences) {
        DocumentContext doc = context(docId, raw, normalized, about, sections, tables, sentences);
        List<Fact> facts = new ArrayList<>();
        int nextCell = 0;
        // 主要预期目标是：A；B；C。 — what a lead-in announces holds for the items after it, sentence by sentence.
        Kind announced = Kind.UNKNOWN;
        for (int i = 0; i < sentences.size(); i++) {
            Sentence sentence = sentences.get(i);
            while (nextCell < doc.cells().size() && doc.cells().get(nextCell).start() < sentence.start()) {
                facts.add(cellFact(doc, facts.size() + 1, doc.cells().get(nextCell++)));
            }
            Kind announcedHere = announced;
            announced = kinds.announcedAfter(sentence.text(), announced);
            if (!insideAny(doc.tableRanges(), sentence.start())) {
                addSentenceFacts(doc, sentence, doc.scopes().at(i), announcedHere, facts);
            }
        }
        while (nextCell < doc.cells().size()) {
            facts.add(cellFact(doc, facts.size() + 1, doc.cells().get(nextCell++)));
        }
        List<Warning> warnings = new ArrayList<>();
        if (facts.isEmpty()) {
            warnings.add(Warning.of("no-facts", "no quantities found in " + doc.text().length() + " characters of text"));
        }
        Metadata metadata = reportYear != null ? about.metadata().withYear(reportYear) : about.metadata();
        return new Document(docId, source, raw.mediaType(), metadata, doc.text(), sections, tables, facts, warnings,
                normalized.footnotes(), about.parts());
    }

    private DocumentContext context(String docId, RawText raw, NormalizedText normalized,
                                    MetadataRecognizer.Result about, List<Section> sections, List<Table> tables,
                                    List<Sentence> sentences) {
        String text = normalized.text();
        CodePointIndex index = CodePointIndex.of(text);
        // What the headings say of the year does not change from fact to fact: read once.
        Integer headingsYear = ReportYears.planYearOfHeadings(sections);
        IntFunction<Integer> reportYearAt = offset -> reportYear != null ? reportYear
                : ReportYears.at(about.metadata(), about.parts(), offset, headingsYear);
        List<TableFacts.CellFact> cells = new ArrayList<>();
        // a budget table's cells are of its report's year; a 决算 disclosure (no dated report type)
        // is of the year its title names; a set of disclosure tables without a cover, of the one
        // year its captions name (2019年政府采购预算表 among 收支预算总表, 收入预算总表 …)
        Integer captionsYear = ReportYears.onlyYearOfCaptions(tables);
        IntFunction<Integer> tableYearAt = offset -> {
            Integer year = reportYearAt.apply(offset);
            return year != null ? year : about.metadata().year() != null ? about.metadata().year() : captionsYear;
        };
        List<Range> tableRanges = readTables(tables, text, cells, tableYearAt);
        // what the reader could not read with confidence (a PDF table of glued cells) gives no facts
        for (Span unread : raw.unread()) {
            tableRanges.add(new Range(text.offsetByCodePoints(0, normalized.map().fromSource(unread.start())),
                    text.offsetByCodePoints(0, normalized.map().fromSource(unread.end()))));
        }
        int reviewEnd = kinds.reviewEnd(sections, reportYearAt);
        SectionRoles roles = SectionRoles.infer(sections, about.parts().stream().map(Part::span).toList(), sentences,
                index, kinds, reportYearAt, timeCues);
        TimeScopes scopes = TimeScopes.of(text, sentences, sections, index, timeCues, reportYearAt);
        return new DocumentContext(docId, raw, normalized, index, sections, cells, tableRanges, reportYearAt,
                reviewEnd, roles, scopes);
    }

    /**
     * Indicator tables are read by row and column; their cells are not read again as sentences.
     * Adds the value cells to {@code cells} and returns the char ranges of the tables that have any.
     */
    private List<Range> readTables(List<Table> tables, String text, List<TableFacts.CellFact> cells,
                                   IntFunction<Integer> reportYearAt) {
        List<Range> ranges = new ArrayList<>();
        for (Table table : tables) {
            int from = text.offsetByCodePoints(0, table.span().start());
            int to = text.offsetByCodePoints(0, table.span().end());
            List<TableFacts.CellFact> read = tableFacts.read(table, text, from, to,
                    reportYearAt.apply(table.span().start()));
            if (!read.isEmpty()) {
                cells.addAll(read);
                ranges.add(new Range(from, to));
            }
        }
        return ranges;
    }

    /** The facts of the numbers of one sentence, in order, added to {@code facts}. */
    private void addSentenceFacts(DocumentContext doc, Sentence sentence, TimeScopes.Scope scope, Kind announced,
                                  List<Fact> facts) {
        List<QuantityMention> mentions = SharedQualifier.apply(sentence.text(), quantities.recognize(sentence.text()));
        if (mentions.isEmpty()) {
            return;
        }
        SentenceContext context = sentenceContext(doc, sentence, scope, announced);
        String previousIndicator = null;
        Measure previousMeasure = null;
        // The number a list item may share its verb with: a threshold in a name (其中10亿元以上项目9个)
        // stands between a count and the next, and shares nothing.
        QuantityMention previousCounted = null;
        for (int m = 0; m < mentions.size(); m++) {
            QuantityMention mention = mentions.get(m);
            String indicator = attributor.indicator(context.text(), mentions, m, previousIndicator);
            previousIndicator = indicator;
            Span span = new Span(doc.index().codePoint(sentence.start() + mention.start()),
                    doc.index().codePoint(sentence.start() + mention.end()));
            // A footnote speaks for the place of its marker: its section, year and kind.
            Footnote note = footnoteAt(doc.normalized().footnotes(), span.start());
            if (note != null && SloganFootnotes.restatesSlogan(doc.text(), note, mention)) {
                continue;
            }
            int anchor = note != null && note.marker() != null ? note.marker().start() : span.start();
            Measure shared = MeasureResolver.sharedFrom(context.text(), previousCounted, previousMeasure, mention);
            FactAttributor.Reading reading = new FactAttributor.Reading(mention, indicator, shared, span,
                    doc.sourceOf(span));
            Fact fact = attributor.fact(doc.docId() + "#" + (facts.size() + 1), context, reading,
                    place(doc, context, anchor, mention, indicator));
            facts.add(fact);
            if (!IndicatorResolver.isThreshold(context.text(), mention)) {
                previousMeasure = fact.measure();
                previousCounted = mention;
            }
        }
    }

    /** What is known of {@code sentence} before any of its numbers is read; decided once, not per number. */
    private SentenceContext sentenceContext(DocumentContext doc, Sentence sentence, TimeScopes.Scope scope,
                                            Kind announced) {
        ModelKinds.Sentence modelKind = modelKinds == null ? null
                : modelKinds.sentence(sentence.text(), RoleContext.position(doc.index().codePoint(sentence.start()),
                        doc.index().codePoint(doc.text().length())));
        return new SentenceContext(doc.docId(), sentence.text(), layout(sentence),
                bindingWords.namedIn(sentence.text()), announced, scope, modelKind);
    }

    /** Where the number at code point {@code anchor} stands, as the kind and period rules read it. */
    private FactAttributor.Place place(DocumentContext doc, SentenceContext sentence, int anchor,
                                       QuantityMention mention, String indicator) {
        List<Section> path = SectionPaths.pathTo(doc.sections(), anchor);
        Binding binding = countsIndicators(mention, indicator) ? null
                : sentence.binding() != null ? sentence.binding() : SectionPaths.headingBinding(path, bindingWords);
        return new FactAttributor.Place(path, binding, doc.reportYearAt().apply(anchor), anchor < doc.reviewEnd(),
                doc.roles().roleAt(anchor));
    }

    private Fact cellFact(DocumentContext doc, int number, TableFacts.CellFact cell) {
        Span span = new Span(doc.index().codePoint(cell.start()), doc.index().codePoint(cell.end()));
        List<Section> path = SectionPaths.pathTo(doc.sections(), span.start());
        Binding binding = cell.binding() != null ? cell.binding() : SectionPaths.headingBinding(path, bindingWords);
        List<String> headings = SectionPaths.headings(path);
        return Fact.builder().doc(doc.docId()).id(doc.docId() + "#" + number).indicator(cell.indicator())
                .indicatorId(attributor.indicatorId(cell.indicator(), headings)).code(cell.code())
                .measure(cell.measure()).quantity(cell.mention().quantity()).qualifier(cell.mention().qualifier())
                .kind(cell.kind()).period(cell.period()).binding(binding)
                .text(doc.text().substring(cell.start(), cell.end())).sentence(cell.row()).span(span)
                .sourceSpan(doc.sourceOf(span)).section(headings).source(Source.TABLE)
                .confidence(FactAttributor.confidence(0.9)).build();
    }

    /** The footnote whose text holds code point {@code at}, or null. */
    private static Footnote footnoteAt(List<Footnote> footnotes, int at) {
        for (Footnote note : footnotes) {
            if (note.text().start() <= at && at < note.text().end()) {
                return note;
            }
        }
        return null;
    }

    private static boolean insideAny(List<Range> ranges, int at) {
        for (Range range : ranges) {
            if (range.contains(at)) {
                return true;
            }
        }
        return false;
    }

    /**
     * 约束性指标7项, 共计26项指标: a count of the plan's indicators describes the plan, and has no
     * binding class of its own (GUIDELINE).
     */
    private static boolean countsIndicators(QuantityMention mention, String indicator) {
        return mention.unit() != null && mention.unit().dimension() == Dimension.COUNT
                && indicator != null && indicator.endsWith("指标");
    }

    /** A list item when its line opens with a bullet or a dash, else running text. */
    private static Source layout(Sentence sentence) {
        String line = sentence.line();
        int first = 0;
        while (first < line.length() && (Character.isWhitespace(line.charAt(first)) || line.charAt(first) == '\u3000')) {
            first++;
        }
        return first < line.length() && CharClasses.LIST_ITEM_MARKS.indexOf(line.charAt(first)) >= 0
                ? Source.LIST : Source.TEXT;
    }
}
