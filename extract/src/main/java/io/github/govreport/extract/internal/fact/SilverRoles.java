package io.github.govreport.extract.internal.fact;

import io.github.govreport.core.Document;
import io.github.govreport.core.Fact;
import io.github.govreport.core.Kind;
import io.github.govreport.core.Section;
import io.github.govreport.core.Source;
import io.github.govreport.extract.dict.CueLexicon;
import io.github.govreport.extract.dict.Dictionaries;
import io.github.govreport.extract.role.RoleContext;
import io.github.govreport.extract.role.SentenceRole;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Silver labels for the role model: each sentence of an extracted document that holds facts (not
 * table cells), with what the role model is told of it ({@link RoleContext}, as the extractor tells
 * it) and the role the rules give it with certainty: the kind its section's heading declares
 * (section-kinds.tsv, or the heading's year against the report's), else the kind its cue words
 * agree on (kind-cues.tsv). The model learns from these what to say where the rules are silent.
 * Thread-safe.
 */
public final class SilverRoles {

    /** What decided a sentence's silver role. */
    public enum Evidence {
        /** the heading of its section */
        HEADING,
        /** its cue words, all of one kind */
        CUE,
        /** nothing certain: no role */
        NONE
    }

    /**
     * A sentence with facts, and its silver role.
     *
     * @param context  what the model is told of the sentence
     * @param role     the role the rules give it with certainty, or null ({@link Evidence#NONE})
     * @param evidence what decided the role
     * @param cues     the cue words that decided it ({@link Evidence#CUE}), else empty: a trainer
     *                 hides them from the features
     * @param facts    the facts of the sentence, in order
     */
    public record Labelled(RoleContext context, SentenceRole role, Evidence evidence, Set<String> cues,
                           List<Fact> facts) {

        public Labelled {
            Objects.requireNonNull(context, "context must not be null");
            Objects.requireNonNull(evidence, "evidence must not be null");
            cues = Set.copyOf(cues);
            facts = List.copyOf(facts);
        }
    }

    private final KindResolver kinds;
    private final CueLexicon<Kind> kindCues;

    public SilverRoles(Dictionaries dictionaries) {
        this.kindCues = dictionaries.kindCues();
        this.kinds = new KindResolver(dictionaries.kindCues(), dictionaries.sectionKinds());
    }

    /** The sentences of {@code document} that hold facts outside tables, in order, with their silver roles. */
    public List<Labelled> of(Document document) {
        String text = document.text();
        int length = text.codePointCount(0, text.length());
        Integer headingsYear = ReportYears.planYearOfHeadings(document.sections());
        List<Labelled> sentences = new ArrayList<>();
        List<Fact> group = new ArrayList<>();
        for (Fact fact : document.facts()) {
            if (fact.source() == Source.TABLE) {
                continue;
            }
            if (!group.isEmpty() && !group.get(0).sentence().equals(fact.sentence())) {
                sentences.add(label(document, group, length, headingsYear));
                group.clear();
            }
            group.add(fact);
        }
        if (!group.isEmpty()) {
            sentences.add(label(document, group, length, headingsYear));
        }
        return sentences;
    }

    private Labelled label(Document document, List<Fact> facts, int length, Integer headingsYear) {
        String s = facts.get(0).sentence();
        int anchor = facts.get(0).span().start();
        List<Section> path = SectionPaths.pathTo(document.sections(), anchor);
        Integer reportYear = reportYear(document, anchor, headingsYear);
        RoleContext context = new RoleContext(s, path.stream().map(Section::title).toList(), reportYear,
                RoleContext.position(anchor, length));
        if (s.length() > RoleContext.LONGEST) {
            return new Labelled(context, null, Evidence.NONE, Set.of(), facts);
        }
        Kind section = kinds.sectionKind(path, reportYear);
        if (section != Kind.UNKNOWN) {
            return new Labelled(context, SentenceRole.of(section), Evidence.HEADING, Set.of(), facts);
        }
        Set<Kind> cueKinds = EnumSet.noneOf(Kind.class);
        Set<String> cues = new LinkedHashSet<>();
        int end = s.length();
        while (end > 0) {
            var match = kindCues.nearestBefore(s, 0, end, c -> true);
            if (match.isEmpty()) {
                break;
            }
            cueKinds.add(match.get().cue().value());
            cues.add(match.get().cue().word());
            end = match.get().start();
        }
        if (cueKinds.size() == 1) {
            return new Labelled(context, SentenceRole.of(cueKinds.iterator().next()), Evidence.CUE, cues, facts);
        }
        return new Labelled(context, null, Evidence.NONE, Set.of(), facts);
    }

    /** The year of the report at {@code offset}, as the extractor reads it. */
    private static Integer reportYear(Document document, int offset, Integer headingsYear) {
        return ReportYears.at(document.metadata(), document.parts(), offset, headingsYear);
    }
}
