package io.github.govreport.extract.role;

import io.github.govreport.core.Kind;
import io.github.govreport.extract.dict.CueLexicon;
import io.github.govreport.extract.dict.Dictionaries;
import io.github.govreport.extract.dict.TimeCue;
import io.github.govreport.extract.segment.Segmenter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The features of a sentence for the role model ({@link SentenceRoleModel}), as strings:
 * <ul>
 *   <li>{@code w=…} each word of the sentence (the {@link Segmenter}'s words that hold a letter
 *       and no digit: numbers say nothing of the role, their words do), and {@code ww=…_…} each
 *       pair of such words in a row ({@code ^} before the first);</li>
 *   <li>{@code aspect=result}, {@code aspect=plan} the aspect and modal words of time-cues.tsv (了
 *       全年 同比 vs 要 将 力争), as the section roles of the rules count them; {@code aspect=none}
 *       without any;</li>
 *   <li>{@code year=past|same|next|later|named|none} whether a year (2023年) is named, and how it
 *       compares with the report's year;</li>
 *   <li>{@code h=…} the words of the headings above it, without the words of section-kinds.tsv and
 *       without numbers: where a heading word decides, the rules decide and the model is not asked;
 *       {@code h=none} without headings;</li>
 *   <li>{@code pos=0…9} the tenth of the report it starts in, {@code pos=none} in a text too short
 *       to be a report;</li>
 *   <li>{@code bias}, on every sentence.</li>
 * </ul>
 * Immutable and thread-safe when its segmenter is.
 */
public final class RoleFeatures {

    private static final Pattern YEAR = Pattern.compile("(?<![0-9])((?:19|20)[0-9]{2})年");

    private final Segmenter segmenter;
    private final CueLexicon<TimeCue> timeCues;
    private final CueLexicon<Kind> sectionKinds;

    /**
     * @param segmenter    the word segmenter
     * @param timeCues     time-cues.tsv: its result and plan words are the aspect features
     * @param sectionKinds section-kinds.tsv: its words are left out of the heading features
     */
    public RoleFeatures(Segmenter segmenter, CueLexicon<TimeCue> timeCues, CueLexicon<Kind> sectionKinds) {
        this.segmenter = Objects.requireNonNull(segmenter, "segmenter must not be null");
        this.timeCues = Objects.requireNonNull(timeCues, "timeCues must not be null");
        this.sectionKinds = Objects.requireNonNull(sectionKinds, "sectionKinds must not be null");
    }

    /** Features with the time cues and section kinds of {@code dictionaries}. */
    public RoleFeatures(Segmenter segmenter, Dictionaries dictionaries) {
        this(segmenter, dictionaries.timeCues(), dictionaries.sectionKinds());
    }

    /** The features of {@code context}, in a stable order, each once. */
    public String[] of(RoleContext context) {
        return of(context, Set.of());
    }

    /**
     * The features of {@code context} without the evidence in {@code hidden}: words (and aspect
     * words) that contain one of these strings are left out. A trainer hides the cue that gave a
     * silver label, so that the model learns from the rest of the sentence.
     */
    public String[] of(RoleContext context, Set<String> hidden) {
        Set<String> features = new LinkedHashSet<>();
        features.add("bias");
        String s = context.sentence();
        String previous = "^";
        for (String word : words(s, List.of())) {
            if (!hides(hidden, word)) {
                features.add("w=" + word);
                features.add("ww=" + previous + "_" + word);
                previous = word;
            }
        }
        boolean aspect = false;
        int end = s.length();
        while (end > 0) {
            var match = timeCues.nearestBefore(s, 0, end,
                    c -> c.value() == TimeCue.RESULT || c.value() == TimeCue.PLAN);
            if (match.isEmpty()) {
                break;
            }
            if (!hides(hidden, match.get().cue().word())) {
                features.add(match.get().cue().value() == TimeCue.RESULT ? "aspect=result" : "aspect=plan");
                aspect = true;
            }
            end = match.get().start();
        }
        if (!aspect) {
            features.add("aspect=none");
        }
        features.addAll(years(s, context.reportYear()));
        boolean headingWords = false;
        for (String title : context.headings()) {
            for (String word : words(title, decisive(title))) {
                features.add("h=" + word);
                headingWords = true;
            }
        }
        if (!headingWords) {
            features.add("h=none");
        }
        features.add(context.position() == null ? "pos=none"
                : "pos=" + Math.min(9, (int) (context.position() * 10)));
        return features.toArray(String[]::new);
    }

    private static boolean hides(Set<String> hidden, String word) {
        for (String h : hidden) {
            if (word.contains(h)) {
                return true;
            }
        }
        return false;
    }

    /** The words of {@code text} that hold a letter and no digit, outside the {@code masked} ranges. */
    private List<String> words(String text, List<int[]> masked) {
        List<String> words = new ArrayList<>();
        for (Segmenter.Word word : segmenter.words(text)) {
            String w = text.substring(word.start(), word.end());
            if (w.codePoints().anyMatch(Character::isLetter) && w.codePoints().noneMatch(Character::isDigit)
                    && masked.stream().noneMatch(r -> word.start() < r[1] && r[0] < word.end())) {
                words.add(w);
            }
        }
        return words;
    }

    /** Where the words of section-kinds.tsv are in a heading. */
    private List<int[]> decisive(String title) {
        List<int[]> ranges = new ArrayList<>();
        int end = title.length();
        while (end > 0) {
            var match = sectionKinds.nearestBefore(title, 0, end, c -> true);
            if (match.isEmpty()) {
                break;
            }
            ranges.add(new int[] {match.get().start(), match.get().start() + match.get().cue().word().length()});
            end = match.get().start();
        }
        return ranges;
    }

    /** The years a sentence names, against the report's year. */
    private static Set<String> years(String s, Integer reportYear) {
        Set<String> years = new LinkedHashSet<>();
        Matcher m = YEAR.matcher(s);
        while (m.find()) {
            int year = Integer.parseInt(m.group(1));
            if (reportYear == null) {
                years.add("year=named");
            } else if (year < reportYear) {
                years.add("year=past");
            } else if (year == reportYear) {
                years.add("year=same");
            } else {
                years.add(year == reportYear + 1 ? "year=next" : "year=later");
            }
        }
        if (years.isEmpty()) {
            years.add("year=none");
        }
        return years;
    }
}
