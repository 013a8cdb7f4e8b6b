package io.github.govreport.extract.fact;

import io.github.govreport.core.Binding;
import io.github.govreport.core.Dimension;
import io.github.govreport.core.Document;
import io.github.govreport.core.Fact;
import io.github.govreport.core.Kind;
import io.github.govreport.core.Measure;
import io.github.govreport.core.Metadata;
import io.github.govreport.core.Part;
import io.github.govreport.core.ReportType;
import io.github.govreport.core.Section;
import io.github.govreport.core.Source;
import io.github.govreport.core.Span;
import io.github.govreport.core.Table;
import io.github.govreport.core.Warning;
import io.github.govreport.extract.dict.CueLexicon;
import io.github.govreport.extract.dict.Dictionaries;
import io.github.govreport.extract.io.RawText;
import io.github.govreport.extract.normalize.CodePointIndex;
import io.github.govreport.extract.normalize.NormalizedText;
import io.github.govreport.extract.quantity.QuantityMention;
import io.github.govreport.extract.quantity.QuantityRecognizer;
import io.github.govreport.extract.structure.MetadataRecognizer;
import io.github.govreport.extract.structure.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the quantities of each sentence into facts: what kind of number (measure), whether it is
 * a result or a target (kind), for which year (period), and the plan's binding class, from cue
 * words in the sentence first and the section headings above it second.
 *
 * <p>This first version leaves {@code indicator} null: naming the measured thing needs
 * segmentation and the indicator dictionary. Thread-safe.
 */
public final class FactAssembler {

    private static final Pattern YEAR = Pattern.compile("((?:19|20)[0-9]{2})年");
    private static final String CLAUSE_MARKS = "，,；;：:。！？";
    private static final String BULLETS = "-•●·▪■◆○★—";

    private final QuantityRecognizer quantities;
    private final CueLexicon<Measure> measureCues;
    private final CueLexicon<Kind> kindCues;
    private final CueLexicon<Kind> sectionKinds;
    private final Integer reportYear;

    /** Report types delivered at the start of their year: targets for it, results for the year before. */
    private static final java.util.Set<ReportType> DATED_TYPES = java.util.EnumSet.of(ReportType.WORK_REPORT,
            ReportType.PLAN_REPORT, ReportType.BUDGET_REPORT, ReportType.SUMMARY);

    public FactAssembler(Dictionaries dictionaries, Integer reportYear) {
        this.quantities = new QuantityRecognizer(dictionaries);
        this.measureCues = dictionaries.measureCues();
        this.kindCues = dictionaries.kindCues();
        this.sectionKinds = dictionaries.sectionKinds();
        this.reportYear = reportYear;
    }

    public Document assemble(String docId, String source, RawText raw, NormalizedText normalized,
                             MetadataRecognizer.Result about, List<Section> sections, List<Table> tables,
                             List<Sentence> sentences) {
        String text = normalized.text();
        CodePointIndex index = CodePointIndex.of(text);
        List<Fact> facts = new ArrayList<>();
        for (Sentence sentence : sentences) {
            for (QuantityMention mention : quantities.recognize(sentence.text())) {
                Span span = new Span(index.codePoint(sentence.start() + mention.start()),
                        index.codePoint(sentence.start() + mention.end()));
                List<Section> path = pathTo(sections, span.start());
                facts.add(fact(docId, facts.size() + 1, sentence, mention, span, path, reportYear(about, span.start()),
                        raw.textBased() ? normalized.toSource(span) : null));
            }
        }
        List<Warning> warnings = new ArrayList<>();
        if (facts.isEmpty()) {
            warnings.add(Warning.of("no-facts", "no quantities found in " + text.length() + " characters of text"));
        }
        Metadata metadata = reportYear != null ? about.metadata().withYear(reportYear) : about.metadata();
        return new Document(docId, source, raw.mediaType(), metadata, text, sections, tables, facts, warnings,
                normalized.footnotes(), about.parts());
    }

    /**
     * The year of the report a fact is in: the builder's, else the year of the report (or of the
     * part of a compilation) when the text says what kind of report it is. Reports are delivered
     * early in their year, so their targets are for that year and their results for the year before.
     */
    private Integer reportYear(MetadataRecognizer.Result about, int offset) {
        if (reportYear != null) {
            return reportYear;
        }
        Metadata metadata = about.metadata();
        for (Part part : about.parts()) {
            if (part.span().start() <= offset && offset < part.span().end()) {
                metadata = part.metadata();
            }
        }
        return metadata.type() != null && DATED_TYPES.contains(metadata.type()) ? metadata.year() : null;
    }

    private Fact fact(String docId, int number, Sentence sentence, QuantityMention mention, Span span,
                      List<Section> path, Integer reportYear, Span sourceSpan) {
        String s = sentence.text();
        double confidence = 0.5;

        Dimension dimension = unitDimension(mention);
        boolean rateUnit = dimension == Dimension.PERCENT || dimension == Dimension.PERCENTAGE_POINT
                || dimension == Dimension.MULTIPLE;
        Measure measure;
        if (dimension == Dimension.RATIO) {
            measure = Measure.RATIO;
            confidence += 0.2;
        } else if (dimension == Dimension.RANK) {
            measure = Measure.RANK;
            confidence += 0.2;
        } else {
            Optional<CueLexicon.Match<Measure>> cue = measureCues.nearestBefore(s, clauseStart(s, mention.start()),
                    mention.start(), c -> rateUnit || c.units().equals("any"));
            measure = cue.map(m -> m.cue().value()).orElse(Measure.LEVEL);
            confidence += cue.isPresent() ? 0.2 : 0.0;
        }

        Kind kind = kindCues.nearestBefore(s, 0, mention.start(), c -> true).map(m -> m.cue().value()).orElse(null);
        if (kind != null) {
            confidence += 0.2;
        } else {
            kind = sectionKind(path);
            confidence += kind != Kind.UNKNOWN ? 0.1 : 0.0;
        }

        Integer period = yearBefore(s, mention.start());
        if (period == null) {
            period = headingYear(path);
        }
        if (period == null && reportYear != null && kind != Kind.UNKNOWN) {
            period = kind == Kind.TARGET ? reportYear : reportYear - 1;
        }

        return new Fact(docId, docId + "#" + number, null, null, measure, mention.quantity(), mention.qualifier(),
                kind, period, binding(s, path), s.substring(mention.start(), mention.end()), s, span, sourceSpan,
                path.stream().map(Section::heading).toList(), source(sentence), Math.min(confidence, 0.95));
    }

    private static Dimension unitDimension(QuantityMention mention) {
        return mention.unit() == null ? null : mention.unit().dimension();
    }

    /** Where the clause of the quantity starts: after the last clause mark before it (、 joins a list). */
    private static int clauseStart(String s, int before) {
        for (int i = before - 1; i >= 0; i--) {
            if (CLAUSE_MARKS.indexOf(s.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return 0;
    }

    private Kind sectionKind(List<Section> path) {
        for (int i = path.size() - 1; i >= 0; i--) {
            List<Kind> kinds = sectionKinds.foundIn(path.get(i).title()).stream().map(CueLexicon.Cue::value)
                    .distinct().toList();
            if (kinds.size() == 1) {
                return kinds.get(0);
            }
        }
        return Kind.UNKNOWN;
    }

    private static Integer yearBefore(String s, int before) {
        Matcher m = YEAR.matcher(s).region(0, before);
        Integer year = null;
        while (m.find()) {
            year = Integer.valueOf(m.group(1));
        }
        return year;
    }

    private static Integer headingYear(List<Section> path) {
        for (int i = path.size() - 1; i >= 0; i--) {
            Matcher m = YEAR.matcher(path.get(i).title());
            if (m.find()) {
                return Integer.valueOf(m.group(1));
            }
        }
        return null;
    }

    private static Binding binding(String sentence, List<Section> path) {
        StringBuilder context = new StringBuilder(sentence);
        path.forEach(s -> context.append(' ').append(s.title()));
        boolean binding = context.indexOf("约束性") >= 0;
        boolean expected = context.indexOf("预期性") >= 0;
        return binding == expected ? null : binding ? Binding.BINDING : Binding.EXPECTED;
    }

    private static Source source(Sentence sentence) {
        String line = sentence.line().strip();
        return !line.isEmpty() && BULLETS.indexOf(line.charAt(0)) >= 0 ? Source.LIST : Source.TEXT;
    }

    /** The sections that contain {@code offset}, outermost first. */
    private static List<Section> pathTo(List<Section> sections, int offset) {
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
