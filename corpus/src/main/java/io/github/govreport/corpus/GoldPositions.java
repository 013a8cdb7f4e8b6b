package io.github.govreport.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each gold fact is in its document: the k-th use of a quote (in file order) is its k-th
 * occurrence in the text, and the fact sits where its text starts inside the quote. Offsets are
 * code points, like the {@code sourceStart} of predictions.
 */
final class GoldPositions {

    private final IdentityHashMap<GoldFact, Integer> offsets = new IdentityHashMap<>();
    private final IdentityHashMap<GoldFact, Integer> lines = new IdentityHashMap<>();
    private final List<String> problems = new ArrayList<>();

    private GoldPositions() {
    }

    static GoldPositions locate(String text, List<GoldPart> parts) {
        GoldPositions positions = new GoldPositions();
        Map<String, Integer> uses = GoldValidator.uses(parts);
        Map<String, List<Integer>> occurrences = new HashMap<>();
        Map<String, java.util.Set<Integer>> taken = new HashMap<>();
        for (GoldPart part : parts) {
            for (GoldFact fact : part.facts()) {
                List<Integer> found = occurrences.computeIfAbsent(fact.quote(), q -> occurrencesOf(text, q));
                java.util.Set<Integer> used = taken.computeIfAbsent(fact.quote(), q -> new java.util.HashSet<>());
                // The first unused occurrence inside the part's lines; a partial part's quote refers to its own range.
                Integer at = found.stream().filter(o -> !used.contains(o) && part.covers(lineNumber(text, o)))
                        .findFirst().orElseGet(() -> found.stream().filter(o -> !used.contains(o)).findFirst().orElse(null));
                if (at == null) {
                    positions.problems.add(fact.where() + ": quote '" + fact.quote() + "' is used "
                            + uses.get(fact.quote()) + " times but found " + found.size() + " times in " + fact.doc());
                    continue;
                }
                used.add(at);
                int inQuote = fact.quote().replace("**", "").indexOf(fact.text());
                positions.offsets.put(fact, text.codePointCount(0, at + Math.max(0, inQuote)));
                positions.lines.put(fact, lineNumber(text, at));
            }
        }
        return positions;
    }

    /** The code-point offset of the fact in its document, or null when its quote was not found. */
    Integer offsetOf(GoldFact fact) {
        return offsets.get(fact);
    }

    /** The 1-based line of the fact's quote, or null when its quote was not found. */
    Integer lineOf(GoldFact fact) {
        return lines.get(fact);
    }

    List<String> problems() {
        return problems;
    }

    static int lineNumber(String text, int charIndex) {
        int line = 1;
        for (int i = text.indexOf('\n'); i >= 0 && i < charIndex; i = text.indexOf('\n', i + 1)) {
            line++;
        }
        return line;
    }

    private static List<Integer> occurrencesOf(String text, String quote) {
        List<Integer> found = new ArrayList<>();
        for (int i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) {
            found.add(i);
        }
        return found;
    }
}
