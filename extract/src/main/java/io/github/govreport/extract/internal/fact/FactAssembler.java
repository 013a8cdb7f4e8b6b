package io.github.govreport.extract.internal.fact;

import io.github.govreport.core.Binding;
import io.github.govreport.core.Document;
import io.github.govreport.core.Fact;
import io.github.govreport.core.Footnote;
import io.github.govreport.core.Kind;
import io.github.govreport.core.Measure;
import io.github.govreport.core.Metadata;
import io.github.govreport.core.Part;
import io.github.govreport.core.Quantity;
import io.github.govreport.core.ReportType;
import io.github.govreport.core.Section;
import io.github.govreport.core.Source;
import io.github.govreport.core.Span;
import io.github.govreport.core.Table;
import io.github.govreport.core.Unit;
import io.github.govreport.core.Warning;
import io.github.govreport.extract.Leniency;
import io.github.govreport.extract.dict.CueLexicon;
import io.github.govreport.extract.dict.Dictionaries;
import io.github.govreport.extract.dict.TimeCue;
import io.github.govreport.extract.internal.io.RawText;
import io.github.govreport.extract.internal.normalize.CodePointIndex;
import io.github.govreport.extract.internal.normalize.NormalizedText;
import io.github.govreport.extract.internal.text.CharClasses;
import io.github.govreport.extract.quantity.QuantityMention;
import io.github.govreport.extract.quantity.QuantityRecognizer;
import io.github.govreport.extract.role.RoleContext;
import io.github.govreport.extract.role.RoleFeatures;
import io.github.govreport.extract.role.SentenceRoleModel;
import io.github.govreport.extract.segment.Segmenter;
import io.github.govreport.extract.internal.structure.MetadataRecognizer;
import io.github.govreport.extract.internal.structure.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Turns the quantities of each sentence, and the cells of indicator tables, into facts: what is
 * measured ({@link IndicatorResolver}), what kind of number (measure), whether it is a result or
 * a target ({@link KindResolver}), for which year ({@link PeriodResolver}), and the plan's binding
 * class; with the section path and a confidence. Thread-safe.
 */
public final class FactAssembler {

    private final QuantityRecognizer quantities;
    private final MeasureResolver measures;
    private final IndicatorResolver indicators;
    private final TableFacts tableFacts;
    private final io.github.govreport.extract.dict.IndicatorDictionary indicatorIds;
    private final KindResolver kinds;
    private final IndicatorNameMeasures names;
    private final CueLexicon<TimeCue> timeCues;
    private final Integer reportYear;
    /** Where the rules leave a number's kind unknown, the role model's kind of its sentence; null: rules only. */
    private final ModelKinds modelKinds;

    /**
     * Report types delivered at the start of their year: targets for it, results for the year
     * before; and news of such a report, whose 今年 is the report's year.
     */
    static final java.util.Set<ReportType> DATED_TYPES = java.util.EnumSet.of(ReportType.WORK_REPORT,
            ReportType.PLAN_REPORT, ReportType.BUDGET_REPORT, ReportType.SUMMARY, ReportType.NEWS);

    /** Rules only: a kind the rules leave unknown stays unknown. */
    public FactAssembler(Dictionaries dictionaries, Segmenter segmenter, Integer reportYear) {
        this(dictionaries, segmenter, reportYear, null);
    }

    /** @param roleModel asked for the kind of a number the rules leave unknown; null for rules only */
    public FactAssembler(Dictionaries dictionaries, Segmenter segmenter, Integer reportYear,
                         SentenceRoleModel roleModel) {
        this(dictionaries, segmenter, reportYear, roleModel, Leniency.FACTS);
    }

    /**
     * @param roleModel asked for the kind of a number the rules leave unknown; null for rules only
     * @param leniency  which numbers are quantities, and so may become facts
     */
    public FactAssembler(Dictionaries dictionaries, Segmenter segmenter, Integer reportYear,
                         SentenceRoleModel roleModel, Leniency leniency) {
        this.quantities = new QuantityRecognizer(dictionaries, segmenter, leniency);
        this.measures = new MeasureResolver(dictionaries.measureCues(), segmenter);
        this.indicators = new IndicatorResolver(dictionaries.indicatorTrims(), segmenter, dictionaries.indicators());
        this.indicatorIds = dictionaries.indicators();
        this.tableFacts = new TableFacts(quantities, dictionaries.sectionKinds(), dictionaries.indicators());
        this.names = new IndicatorNameMeasures(dictionaries.indicators());
        this.kinds = new KindResolver(dictionaries.kindCues(), dictionaries.sectionKinds());
        this.timeCues = dictionaries.timeCues();
        this.reportYear = reportYear;
        this.modelKinds = roleModel == null ? null
                : new ModelKinds(new RoleFeatures(segmenter, dictionaries), roleModel);
    }

    public Document assemble(String docId, String source, RawText raw, NormalizedText normalized,
                             MetadataRecognizer.Result about, List<Section> sections, List<Table> tables,
                             List<Sentence> sentences) {
        String text = normalized.text();
        CodePointIndex index = CodePointIndex.of(text);
        List<Fact> facts = new ArrayList<>();
        TableCells tableCells = readTables(tables, text);
        List<TableFacts.CellFact> cells = tableCells.cells();
        List<int[]> tableRanges = tableCells.ranges();
        // What the headings say of the year does not change from fact to fact: read once.
        Integer headingsYear = planYearOfHeadings(sections);
        int reviewEnd = kinds.reviewEnd(sections, offset -> reportYear(about, offset, headingsYear));
        SectionRoles roles = SectionRoles.infer(sections, about.parts().stream().map(Part::span).toList(), sentences,
                index, kinds, offset -> reportYear(about, offset, headingsYear), timeCues);
        int nextCell = 0;
        int length = index.codePoint(text.length());
        // 主要预期目标是：A；B；C。 — what a lead-in announces holds for the items after it, sentence by sentence.
        Kind announced = Kind.UNKNOWN;
        TimeScopes scopes = TimeScopes.of(text, sentences, sections, index, timeCues,
                offset -> reportYear(about, offset, headingsYear));
        for (int i = 0; i < sentences.size(); i++) {
            Sentence sentence = sentences.get(i);
            TimeScopes.Scope scope = scopes.at(i);
            while (nextCell < cells.size() && cells.get(nextCell).start() < sentence.start()) {
                facts.add(cellFact(docId, facts.size() + 1, cells.get(nextCell++), index, sections, raw, normalized));
            }
            Kind announcedHere = announced;
            announced = kinds.announcedAfter(sentence.text(), announced);
            if (insideAny(tableRanges, sentence.start())) {
                continue;
            }
            List<QuantityMention> mentions = SharedQualifier.apply(sentence.text(), quantities.recognize(sentence.text()));
            if (mentions.isEmpty()) {
                continue;
            }
            // Decided once per sentence: per fact, a long sentence would be scanned once per number.
            Source layout = source(sentence);
            Binding sentenceBinding = BindingWords.namedIn(sentence.text());
            ModelKinds.Sentence modelKind = modelKinds == null ? null
                    : modelKinds.sentence(sentence.text(), RoleContext.position(index.codePoint(sentence.start()), length));
            String previousIndicator = null;
            Measure previousMeasure = null;
            // The number a list item may share its verb with: a threshold in a name (其中10亿元以上项目9个)
            // stands between a count and the next, and shares nothing.
            QuantityMention previousCounted = null;
            for (int m = 0; m < mentions.size(); m++) {
                QuantityMention mention = mentions.get(m);
                String indicator = indicators.resolve(sentence.text(), mentions, m, previousIndicator);
                previousIndicator = indicator;
                Span span = new Span(index.codePoint(sentence.start() + mention.start()),
                        index.codePoint(sentence.start() + mention.end()));
                // A footnote speaks for the place of its marker: its section, year and kind.
                Footnote note = footnoteAt(normalized.footnotes(), span.start());
                if (note != null && SloganFootnotes.restatesSlogan(text, note, mention)) {
                    continue;
                }
                int anchor = note != null && note.marker() != null ? note.marker().start() : span.start();
                List<Section> path = pathTo(sections, anchor);
                Binding binding = countsIndicators(mention, indicator) ? null
                        : sentenceBinding != null ? sentenceBinding : headingBinding(path);
                Measure shared = MeasureResolver.sharedFrom(sentence.text(), previousCounted, previousMeasure, mention);
                Place place = new Place(path, layout, binding, reportYear(about, anchor, headingsYear),
                        anchor < reviewEnd, announcedHere, roles.roleAt(anchor), scope, modelKind);
                Fact fact = fact(docId, facts.size() + 1, sentence, mention, indicator, shared, span, place,
                        raw.textBased() ? normalized.toSource(span) : null);
                facts.add(fact);
                if (!IndicatorResolver.isThreshold(sentence.text(), mention)) {
                    previousMeasure = fact.measure();
                    previousCounted = mention;
                }
            }
        }
        while (nextCell < cells.size()) {
            facts.add(cellFact(docId, facts.size() + 1, cells.get(nextCell++), index, sections, raw, normalized));
        }
        List<Warning> warnings = new ArrayList<>();
        if (facts.isEmpty()) {
            warnings.add(Warning.of("no-facts", "no quantities found in " + text.length() + " characters of text"));
        }
        Metadata metadata = reportYear != null ? about.metadata().withYear(reportYear) : about.metadata();
        return new Document(docId, source, raw.mediaType(), metadata, text, sections, tables, facts, warnings,
                normalized.footnotes(), about.parts());
    }

    /** The value cells of the indicator tables, and the char ranges of the tables that have any. */
    private record TableCells(List<TableFacts.CellFact> cells, List<int[]> ranges) {
    }

    /** Indicator tables are read by row and column; their cells are not read again as sentences. */
    private TableCells readTables(List<Table> tables, String text) {
        List<TableFacts.CellFact> cells = new ArrayList<>();
        List<int[]> ranges = new ArrayList<>();
        for (Table table : tables) {
            int from = text.offsetByCodePoints(0, table.span().start());
            int to = text.offsetByCodePoints(0, table.span().end());
            List<TableFacts.CellFact> read = tableFacts.read(table, text, from, to);
            if (!read.isEmpty()) {
                cells.addAll(read);
                ranges.add(new int[] {from, to});
            }
        }
        return new TableCells(cells, ranges);
    }

    private Fact cellFact(String docId, int number, TableFacts.CellFact cell, CodePointIndex index,
                          List<Section> sections, RawText raw, NormalizedText normalized) {
        Span span = new Span(index.codePoint(cell.start()), index.codePoint(cell.end()));
        List<Section> path = pathTo(sections, span.start());
        Binding binding = cell.binding() != null ? cell.binding() : headingBinding(path);
        String cellText = normalized.text().substring(cell.start(), cell.end());
        List<String> headings = path.stream().map(Section::heading).toList();
        return Fact.builder().doc(docId).id(docId + "#" + number).indicator(cell.indicator())
                .indicatorId(indicatorIds.idOf(cell.indicator(), headings).orElse(null)).measure(cell.measure())
                .quantity(cell.mention().quantity()).qualifier(cell.mention().qualifier()).kind(cell.kind())
                .period(cell.period()).binding(binding).text(cellText).sentence(cell.row()).span(span)
                .sourceSpan(raw.textBased() ? normalized.toSource(span) : null).section(headings)
                .source(Source.TABLE).confidence(confidence(0.9)).build();
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

    private static boolean insideAny(List<int[]> ranges, int at) {
        for (int[] range : ranges) {
            if (range[0] <= at && at < range[1]) {
                return true;
            }
        }
        return false;
    }

    /**
     * The year of the report a fact is in: the builder's, else the year of the report (or of the
     * part of a compilation) when the text says what kind of report it is, else {@code headingsYear}
     * ({@link #planYearOfHeadings}). Reports are delivered early in their year, so their targets are
     * for that year and their results for the year before.
     */
    private Integer reportYear(MetadataRecognizer.Result about, int offset, Integer headingsYear) {
        if (reportYear != null) {
            return reportYear;
        }
        Metadata metadata = about.metadata();
        for (Part part : about.parts()) {
            if (part.span().start() <= offset && offset < part.span().end()) {
                metadata = part.metadata();
            }
        }
        if (metadata.type() != null && DATED_TYPES.contains(metadata.type()) && metadata.year() != null) {
            return metadata.year();
        }
        return headingsYear;
    }

    /**
     * When the text does not say its year: a report whose headings name two consecutive years
     * (2023年主要成绩, 2024年工作安排) reviews the first and plans the second. Null otherwise.
     */
    static Integer planYearOfHeadings(List<Section> sections) {
        java.util.TreeSet<Integer> years = new java.util.TreeSet<>();
        collectHeadingYears(sections, years);
        return years.size() >= 2 && years.last() - years.lower(years.last()) == 1 ? years.last() : null;
    }

    private static void collectHeadingYears(List<Section> sections, java.util.Set<Integer> years) {
        for (Section section : sections) {
            Matcher m = PeriodResolver.YEAR.matcher(section.title());
            if (m.find()) {
                int value = Integer.parseInt(m.group(1));
                if (value >= Fact.EARLIEST_PERIOD && value <= Fact.LATEST_PERIOD) {
                    years.add(value);
                }
            }
            collectHeadingYears(section.children(), years);
        }
    }

    /**
     * Where a number stands, as the kind and period rules read it.
     *
     * @param path            the sections that hold it, outermost first
     * @param source          text or list
     * @param binding         the plan's class its sentence or heading gives, or null
     * @param reportYear      the year of the report it is in, or null
     * @param beforeFirstPlan whether it stands above the first plan of a report that reviews first
     * @param announced       what the lead-in of the list it is in announced, or UNKNOWN
     * @param role            the role of its part of the report, by the parts' order ({@link SectionRoles})
     * @param scope           the years of its passage ({@link TimeScopes})
     * @param modelKind       the role model's reading of its sentence, or null
     */
    private record Place(List<Section> path, Source source, Binding binding, Integer reportYear,
                         boolean beforeFirstPlan, Kind announced, Kind role, TimeScopes.Scope scope,
                         ModelKinds.Sentence modelKind) {
    }

    private Fact fact(String docId, int number, Sentence sentence, QuantityMention mention, String indicator,
                      Measure sharedMeasure, Span span, Place place, Span sourceSpan) {
        List<Section> path = place.path();
        Integer reportYear = place.reportYear();
        String s = sentence.text();
        double confidence = 0.5;
        // 城乡居民收入倍差缩小至1.83: a bare number of a ratio by definition is a ratio a:1.
        boolean ratio = mention.unit() == null && indicatorIds.isRatio(indicator);
        if (ratio) {
            Quantity q = mention.quantity();
            mention = new QuantityMention(mention.start(), mention.end(), mention.numberStart(),
                    Quantity.of(q.value(), q.valueMax(), Unit.RATIO), Unit.RATIO, mention.qualifier(), Measure.RATIO);
        }

        // 高于全国0.6个百分点: a difference from another figure, not a change over time; 新开工亿元以上项目:
        // a threshold in a name, which the verb before it does not change.
        // 上涨2.7%，低于3.5%左右的年度调控目标: the number names the target the result is compared with.
        boolean namesTarget = QuantityRecognizer.namesATarget(s, mention.end());
        MeasureResolver.Decision measure = ratio ? new MeasureResolver.Decision(Measure.RATIO, true)
                : namesTarget && sharedMeasure != null ? new MeasureResolver.Decision(sharedMeasure, true)
                : indicators.isGap(s, mention.start()) || IndicatorResolver.isThreshold(s, mention)
                ? new MeasureResolver.Decision(Measure.LEVEL, true)
                : names.inSentence(measures.resolve(s, mention, sharedMeasure), indicator, mention, s);
        confidence += measure.decided() ? 0.2 : 0.0;

        KindResolver.Decision decided = kinds.resolve(s, mention.start(), path, reportYear, place.beforeFirstPlan(),
                place.announced(), place.role());
        Kind kind = namesTarget ? Kind.TARGET : decided.kind();
        confidence += decided.byCue() ? 0.2 : kind != Kind.UNKNOWN ? 0.1 : 0.0;
        Integer period = period(s, mention, measure.measure(), kind, place);
        // 2023年，全市实现地区生产总值…: a year the report looks back on is a result, its own year a plan.
        if (kind == Kind.UNKNOWN && period != null && reportYear != null) {
            kind = period < reportYear ? Kind.ACTUAL : Kind.TARGET;
        }
        // Where every rule is silent, the role the model gives the sentence, and the period that kind gives.
        if (kind == Kind.UNKNOWN && place.modelKind() != null) {
            kind = place.modelKind().kind(path, reportYear);
            if (kind != Kind.UNKNOWN) {
                period = period(s, mention, measure.measure(), kind, place);
            }
        }

        List<String> headings = path.stream().map(Section::heading).toList();
        String indicatorId = indicatorIds.idOf(indicator, headings).orElse(null);
        return Fact.builder().doc(docId).id(docId + "#" + number).indicator(indicator).indicatorId(indicatorId)
                .measure(measure.measure()).quantity(mention.quantity()).qualifier(mention.qualifier()).kind(kind)
                .period(period).binding(place.binding()).text(s.substring(mention.start(), mention.end()))
                .sentence(s).span(span).sourceSpan(sourceSpan).section(headings).source(place.source())
                .confidence(confidence(confidence)).build();
    }

    /** The period of {@code mention} as {@code kind}; from the number, not its hedge (突破 before it reaches too). */
    private Integer period(String s, QuantityMention mention, Measure measure, Kind kind, Place place) {
        return PeriodResolver.resolve(s, mention.numberStart(), mention.unit() == null ? null : mention.unit().dimension(),
                measure, place.path(), place.reportYear(), kind, place.scope(), timeCues);
    }

    /**
     * 约束性指标7项, 共计26项指标: a count of the plan's indicators describes the plan, and has no
     * binding class of its own (GUIDELINE).
     */
    private static boolean countsIndicators(QuantityMention mention, String indicator) {
        return mention.unit() != null && mention.unit().dimension() == io.github.govreport.core.Dimension.COUNT
                && indicator != null && indicator.endsWith("指标");
    }

    /** The binding named by the innermost heading that names one. */
    private static Binding headingBinding(List<Section> path) {
        for (int i = path.size() - 1; i >= 0; i--) {
            Binding binding = BindingWords.namedIn(path.get(i).title());
            if (binding != null) {
                return binding;
            }
        }
        return null;
    }

    private static Source source(Sentence sentence) {
        String line = sentence.line();
        int first = 0;
        while (first < line.length() && (Character.isWhitespace(line.charAt(first)) || line.charAt(first) == '\u3000')) {
            first++;
        }
        return first < line.length() && CharClasses.LIST_ITEM_MARKS.indexOf(line.charAt(first)) >= 0 ? Source.LIST : Source.TEXT;
    }

    /** A heuristic score in hundredths, so that 0.5 + 0.2 + 0.2 is written 0.9, not 0.8999999999999999. */
    private static double confidence(double score) {
        return Math.round(Math.min(score, 0.95) * 100) / 100.0;
    }

    /** The sections that contain {@code offset}, outermost first. */
    static List<Section> pathTo(List<Section> sections, int offset) {
        List<Section> path = new ArrayList<>();
        List<Section> level = sections;
        boolean descended = true;
        while (descended) {
            descended = false;
            for (Section section : level) {
                if (section.span().start() <= offset && offset < section.span().end()) {
                    path.add(section);
                    level = section.children();
                    descended = true;
                    break;
                }
            }
        }
        return path;
    }
}
