package io.github.govreport.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which gold facts an extractor matched, and at which levels, when the floors were last set, so
 * that a drop can say which facts were lost and which were gained. One line a gold fact:
 * {@code doc TAB quote TAB text TAB value TAB levels}, a key that survives reordering the gold.
 *
 * @param levels the levels each gold fact matched at, by key
 */
public record Baseline(Map<String, Set<Level>> levels) {

    private static final String HEADER = "# Gold facts and the levels they matched at when the floors were set.";

    public Baseline {
        levels = Collections.unmodifiableMap(new LinkedHashMap<>(levels));
    }

    public static Baseline of(Evaluation evaluation) {
        Map<String, Set<Level>> levels = new LinkedHashMap<>();
        evaluation.pairs().forEach(p -> levels.put(key(p.gold()), p.agreed()));
        return new Baseline(levels);
    }

    public static Baseline read(Path file) throws IOException {
        Map<String, Set<Level>> levels = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.lastIndexOf('\t');
            try {
                Set<Level> agreed = EnumSet.noneOf(Level.class);
                Arrays.stream(line.substring(tab + 1).split(",")).map(Level::fromLabel).forEach(agreed::add);
                levels.put(line.substring(0, tab), agreed);
            } catch (IllegalArgumentException | StringIndexOutOfBoundsException e) {
                throw new IOException(file + ":" + (i + 1) + ": " + e.getMessage());
            }
        }
        return new Baseline(levels);
    }

    public void write(Path file) throws IOException {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        levels.forEach((key, agreed) -> out.append(key).append('\t')
                .append(agreed.stream().map(Level::label).collect(Collectors.joining(","))).append('\n'));
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(temporary, out, StandardCharsets.UTF_8);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Gold facts that lost a level they matched at in the baseline, with what they are now. */
    public List<String> lost(Evaluation evaluation) {
        List<String> lost = new ArrayList<>();
        for (Evaluation.Pair pair : evaluation.pairs()) {
            Set<Level> before = levels.get(key(pair.gold()));
            if (before != null) {
                Set<Level> dropped = EnumSet.noneOf(Level.class);
                dropped.addAll(before);
                dropped.removeAll(pair.agreed());
                if (!dropped.isEmpty()) {
                    lost.add(describe(pair.gold(), dropped) + " — now " + String.join("; ", pair.disagreements()));
                }
            }
        }
        for (GoldFact gold : evaluation.missed()) {
            Set<Level> before = levels.get(key(gold));
            if (before != null) {
                lost.add(describe(gold, before) + " — now not found");
            }
        }
        return lost;
    }

    /** Gold facts that match at a level they did not match at in the baseline. */
    public List<String> gained(Evaluation evaluation) {
        List<String> gained = new ArrayList<>();
        for (Evaluation.Pair pair : evaluation.pairs()) {
            Set<Level> added = EnumSet.noneOf(Level.class);
            added.addAll(pair.agreed());
            added.removeAll(levels.getOrDefault(key(pair.gold()), Set.of()));
            if (!added.isEmpty()) {
                gained.add(describe(pair.gold(), added));
            }
        }
        return gained;
    }

    private static String describe(GoldFact gold, Set<Level> changed) {
        return gold.doc() + " " + gold.describe() + " (" + changed.stream().map(Level::label)
                .collect(Collectors.joining(", ")) + ")  «" + gold.quote().replace("\n", "⏎") + "»";
    }

    static String key(GoldFact g) {
        return g.doc() + "\t" + g.quote().replace("\n", "\\n").replace("\t", "\\t") + "\t" + g.text().replace("\n", "\\n")
                + "\t" + g.value().stripTrailingZeros().toPlainString();
    }
}
