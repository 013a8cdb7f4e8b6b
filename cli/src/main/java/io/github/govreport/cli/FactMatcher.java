package io.github.govreport.cli;

import io.github.govreport.core.Fact;
import io.github.govreport.core.Kind;
import io.github.govreport.core.Measure;
import io.github.govreport.core.Qualifier;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Pairs the facts of two runs by what they say, not by where they are: the TXT and the PDF of one
 * report give the same facts at other offsets, and a fact whose only change is one field is still
 * the same fact.
 *
 * <p>Facts are paired within their document only. First the facts with the same content are paired,
 * in document order: the same indicator, value and upper bound (as numbers: 6 and 6.0 are one),
 * unit, measure, kind, period, qualifier and sentence (its spaces left out, since PDF text breaks
 * lines elsewhere). Then, of the facts left, the most similar: two facts are a candidate pair when
 * they share their sentence or their value and unit and differ in at most three of those eight
 * fields; the pairs with the fewest differences are taken first, ties in document order. What is
 * left appeared or disappeared. Offsets are never compared.
 */
final class FactMatcher {

    /** Two facts may be the same fact with this many of the content fields changed, no more. */
    private static final int MOST_DIFFERENCES = 3;

    /** A fact of the earlier run and the fact of the later run it became; one of them is null when there is none. */
    record Match(Fact before, Fact after) {
    }

    private FactMatcher() {
    }

    /**
     * Every fact of both runs in one match: the earlier run's facts in their order (with what they
     * became, or null), then the facts that only the later run has, in its order.
     */
    static List<Match> match(List<Fact> before, List<Fact> after) {
        IdentityHashMap<Fact, Fact> pairs = new IdentityHashMap<>();
        Map<String, List<Fact>> afterByDoc = byDocument(after);
        byDocument(before).forEach((doc, facts) ->
                pairWithinDocument(facts, afterByDoc.getOrDefault(doc, List.of()), pairs));
        Set<Fact> paired = identitySet(pairs.values());
        List<Match> matches = new ArrayList<>();
        for (Fact fact : before) {
            matches.add(new Match(fact, pairs.get(fact)));
        }
        for (Fact fact : after) {
            if (!paired.contains(fact)) {
                matches.add(new Match(null, fact));
            }
        }
        return matches;
    }

    private static void pairWithinDocument(List<Fact> before, List<Fact> after, Map<Fact, Fact> pairs) {
        // Equal content first, the n-th such fact before with the n-th after.
        Map<Content, Deque<Fact>> unpaired = new HashMap<>();
        for (Fact fact : after) {
            unpaired.computeIfAbsent(Content.of(fact), c -> new ArrayDeque<>()).add(fact);
        }
        List<Fact> restBefore = new ArrayList<>();
        List<Fact> pairedAfter = new ArrayList<>();
        for (Fact fact : before) {
            Deque<Fact> same = unpaired.get(Content.of(fact));
            if (same != null && !same.isEmpty()) {
                Fact equal = same.poll();
                pairs.put(fact, equal);
                pairedAfter.add(equal);
            } else {
                restBefore.add(fact);
            }
        }
        Set<Fact> taken = identitySet(pairedAfter);
        List<Fact> restAfter = after.stream().filter(fact -> !taken.contains(fact)).toList();
        pairMostSimilar(restBefore, restAfter, pairs);
    }

    /** Of the facts without an equal, the candidate pairs with the fewest differences first. */
    private static void pairMostSimilar(List<Fact> before, List<Fact> after, Map<Fact, Fact> pairs) {
        record Candidate(int differences, int before, int after) {
        }
        List<Content> afterContent = after.stream().map(Content::of).toList();
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            Content a = Content.of(before.get(i));
            for (int j = 0; j < after.size(); j++) {
                Content b = afterContent.get(j);
                int differences = a.differences(b);
                if (differences <= MOST_DIFFERENCES && (a.sentence.equals(b.sentence) || a.sameQuantity(b))) {
                    candidates.add(new Candidate(differences, i, j));
                }
            }
        }
        candidates.sort(Comparator.comparingInt(Candidate::differences).thenComparingInt(Candidate::before)
                .thenComparingInt(Candidate::after));
        boolean[] beforeTaken = new boolean[before.size()];
        boolean[] afterTaken = new boolean[after.size()];
        for (Candidate c : candidates) {
            if (!beforeTaken[c.before] && !afterTaken[c.after]) {
                beforeTaken[c.before] = true;
                afterTaken[c.after] = true;
                pairs.put(before.get(c.before), after.get(c.after));
            }
        }
    }

    /** Text without its spaces and line breaks, which PDF text has elsewhere than the same report as TXT. */
    static String withoutSpaces(String text) {
        return text.replaceAll("\\s+", "");
    }

    /** Facts are records, equal when every field is: two equal facts of one run are still two facts. */
    private static Set<Fact> identitySet(Collection<Fact> facts) {
        Set<Fact> set = Collections.newSetFromMap(new IdentityHashMap<>());
        set.addAll(facts);
        return set;
    }

    private static Map<String, List<Fact>> byDocument(List<Fact> facts) {
        Map<String, List<Fact>> byDoc = new LinkedHashMap<>();
        for (Fact fact : facts) {
            byDoc.computeIfAbsent(fact.doc(), d -> new ArrayList<>()).add(fact);
        }
        return byDoc;
    }

    /** What a fact says, the fields that pair it; numbers without trailing zeros, the sentence without spaces. */
    private record Content(String indicator, BigDecimal value, BigDecimal valueMax, String unit, Measure measure,
                           Kind kind, Integer period, Qualifier qualifier, String sentence) {

        static Content of(Fact fact) {
            return new Content(fact.indicator(), plain(fact.quantity().value()), plain(fact.quantity().valueMax()),
                    fact.quantity().unit(), fact.measure(), fact.kind(), fact.period(), fact.qualifier(),
                    withoutSpaces(fact.sentence()));
        }

        private static BigDecimal plain(BigDecimal number) {
            return number == null ? null : number.stripTrailingZeros();
        }

        /** Equal numbers, or both absent. */
        private static boolean sameNumber(BigDecimal a, BigDecimal b) {
            return (a == null || b == null) ? (a == null && b == null) : a.compareTo(b) == 0;
        }

        boolean sameQuantity(Content other) {
            return sameNumber(value, other.value) && sameNumber(valueMax, other.valueMax)
                    && Objects.equals(unit, other.unit);
        }

        /** In how many of the eight fields the two differ; value and upper bound count as one. */
        int differences(Content other) {
            int n = 0;
            n += Objects.equals(indicator, other.indicator) ? 0 : 1;
            n += sameNumber(value, other.value) && sameNumber(valueMax, other.valueMax) ? 0 : 1;
            n += Objects.equals(unit, other.unit) ? 0 : 1;
            n += measure == other.measure ? 0 : 1;
            n += kind == other.kind ? 0 : 1;
            n += Objects.equals(period, other.period) ? 0 : 1;
            n += qualifier == other.qualifier ? 0 : 1;
            n += sentence.equals(other.sentence) ? 0 : 1;
            return n;
        }
    }
}
