package io.github.govreport.extract.internal.normalize;

import static io.github.govreport.extract.internal.text.CharClasses.isCjk;
import static io.github.govreport.extract.internal.text.CharClasses.isHan;
import static io.github.govreport.extract.internal.text.CharClasses.isSpace;

import io.github.govreport.extract.dict.Dictionaries;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the text read from a report into the text that the later stages match against, keeping
 * an offset map back to the source.
 *
 * <ul>
 *   <li>full-width digits, Latin letters, ％ ． ＋ － ＜ ＞ ＝ fold to ASCII (the originals stay
 *       reachable through the map); Chinese punctuation such as ，：（） is kept;</li>
 *   <li>the byte-order mark and carriage returns are dropped, NBSP becomes a space, U+30FB
 *       (from GB2312 decoding) becomes the middle dot U+00B7, and the ratio sign ∶ a colon;</li>
 *   <li>Markdown emphasis markers {@code **} are dropped ({@code **6.1%**} → 6.1%);</li>
 *   <li>a space between a CJK character and a digit is dropped ({@code 增长 6.1%} → 增长6.1%,
 *       {@code 10 家} → 10家): PDF extraction inserts it, and text copied from PDFs keeps it;
 *       Chinese prose never needs it;</li>
 *   <li>letter-spacing is dropped: 政 府 工 作 报 告 → 政府工作报告 (single spaces between at
 *       least three single Han characters);</li>
 *   <li>a table whose cells are separated by spaces ({@link SpaceAlignedRows}) gets tabs between
 *       its cells instead, so that it reads as tab-separated rows;</li>
 *   <li>then the layout is repaired ({@link LayoutRepair}): page numbers and running headers
 *       dropped, paragraphs broken by lines and pages joined, footnote markers linked to their
 *       texts.</li>
 * </ul>
 * The offset maps of the two steps are composed into one. Thread-safe.
 */
public final class TextNormalizer {

    private final LayoutRepair layout;

    /** A normaliser with the bundled heading and page-furniture patterns. */
    public TextNormalizer() {
        this(Dictionaries.bundled());
    }

    public TextNormalizer(Dictionaries dictionaries) {
        this.layout = new LayoutRepair(dictionaries.headingPatterns(), dictionaries.pageFurniture(),
                dictionaries.layoutMarks());
    }

    public NormalizedText normalize(String source, String mediaType) {
        boolean pdf = "application/pdf".equals(mediaType);
        NormalizedText folded = fold(source);
        LayoutRepair.Result repaired = layout.repair(folded.text(), pdf);
        OffsetMap map = folded.map().then(repaired.text().map());
        return new NormalizedText(repaired.text().text(), map, repaired.footnotes(), emphasisedLines(source, map));
    }

    private static final Pattern BOLD_LINE =
            Pattern.compile("(?m)^[ \\t\\u3000]*\\*\\*([^*\\n]+)\\*\\*[ \\t\\u3000]*$");

    /** Where the wholly bold lines of the source start in the normalised text. */
    private static List<Integer> emphasisedLines(String source, OffsetMap map) {
        List<Integer> starts = new ArrayList<>();
        Matcher m = BOLD_LINE.matcher(source);
        while (m.find()) {
            starts.add(map.fromSource(source.codePointCount(0, m.start(1))));
        }
        return starts;
    }

    /** Character-level folding: one output code point per kept source code point. */
    static NormalizedText fold(String source) {
        int[] cps = source.codePoints().toArray();
        SpaceAlignedRows.Layout table = SpaceAlignedRows.find(cps);
        MappedTextBuilder out = new MappedTextBuilder();
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            if (c == '\uFEFF' || (c == '\r' && i + 1 < cps.length && cps[i + 1] == '\n') || table.dropped().get(i)) {
                continue;
            }
            if (table.separators().get(i)) {
                out.append('\t', i, i + 1);
                continue;
            }
            if (c == '*' && i + 1 < cps.length && cps[i + 1] == '*') {
                i++;
                continue;
            }
            if (c == ' ' && i > 0 && i + 1 < cps.length && isCjkDigitBoundary(cps[i - 1], cps[i + 1])
                    && !followsLineNumber(cps, i)) {
                continue;
            }
            if ((c == ' ' || c == '\u3000') && isLetterSpacing(cps, i)) {
                continue;
            }
            out.append(fold(c), i, i + 1);
        }
        return out.build(cps.length);
    }

    /** The folded form of one code point. */
    static int fold(int c) {
        if ((c >= '０' && c <= '９') || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ')) {
            return c - 0xFEE0;
        }
        return switch (c) {
            case '％', '．', '＋', '－', '＝' -> c - 0xFEE0;
            case '\r' -> '\n';
            case '\u00A0' -> ' ';
            case '\u30FB' -> '\u00B7';
            case '\u2236' -> ':';   // the ratio sign of 2.36∶1, which typesetters use for the colon of a ratio
            default -> c;
        };
    }

    private static boolean isCjkDigitBoundary(int before, int after) {
        int b = fold(before);
        int a = fold(after);
        return (isCjk(b) && isNumeric(a)) || (isNumeric(b) && isCjk(a));
    }

    /**
     * True when the space at {@code i} follows a one- or two-digit number that starts a line
     * without a full stop: the label of a heading such as "1 扎实推进…", not a wrapped sentence
     * that starts with a number ("10 个毗邻地区…。").
     */
    private static boolean followsLineNumber(int[] cps, int i) {
        int j = i - 1;
        while (j >= 0 && cps[j] >= '0' && cps[j] <= '9') {
            j--;
        }
        if (j == i - 1 || i - 1 - j > 2) {
            return false;
        }
        for (int k = i; k < cps.length && cps[k] != '\n'; k++) {
            if (cps[k] == '。') {
                return false;
            }
        }
        while (j >= 0 && (cps[j] == ' ' || cps[j] == '\u3000' || cps[j] == '\t')) {
            j--;
        }
        return j < 0 || cps[j] == '\n';
    }

    /**
     * True when the space at {@code i} is letter-spacing: single spaces between single Han
     * characters, at least three in a row, as in a title set 政 府 工 作 报 告. Words of Chinese
     * are never one character each with spaces between.
     */
    private static boolean isLetterSpacing(int[] cps, int i) {
        // The run of "X X X" the space is in: walk left and right over Han, space, Han, space …
        int left = i - 1;
        while (left - 2 >= 0 && isSpace(cps[left - 1]) && isHan(cps[left - 2]) && isHan(cps[left])) {
            left -= 2;
        }
        int right = i + 1;
        while (right + 2 < cps.length && isSpace(cps[right + 1]) && isHan(cps[right + 2]) && isHan(cps[right])) {
            right += 2;
        }
        if (left < 0 || right >= cps.length || !isHan(cps[left]) || !isHan(cps[right])) {
            return false;
        }
        boolean standsAlone = (left == 0 || !isHan(cps[left - 1])) && (right + 1 >= cps.length || !isHan(cps[right + 1]));
        int letters = (right - left) / 2 + 1;
        return standsAlone && letters >= MIN_SPACED_LETTERS;
    }

    private static final int MIN_SPACED_LETTERS = 3;


    private static boolean isNumeric(int c) {
        return (c >= '0' && c <= '9') || c == '%';
    }

}
