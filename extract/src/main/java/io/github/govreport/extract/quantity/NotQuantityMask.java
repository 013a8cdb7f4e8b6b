package io.github.govreport.extract.quantity;

import io.github.govreport.extract.dict.CharPresence;
import io.github.govreport.extract.dict.PatternList;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Where the patterns of {@code not-quantities.tsv} (names, codes, dates, numbering) cover a
 * sentence: a number read inside such a match is no quantity, and the pattern's reason, with its
 * file and line, says why. Immutable and thread-safe; {@link #of} gives the mask of one sentence.
 */
final class NotQuantityMask {

    /** How far around a numeral a not-quantity pattern may reach (《…》 titles are the longest). */
    private static final int MASK_REACH = 80;

    /**
     * {@link ChineseNumerals#CHARACTERS} as a bit set: the mask tests every character of every
     * sentence, and a bit is cheaper than searching the 48-character string. Never modified.
     */
    private static final BitSet NUMERAL_CHARS = ChineseNumerals.CHARACTERS.chars()
            .collect(BitSet::new, BitSet::set, BitSet::or);

    /** A half-open stretch [start, end) of a sentence. */
    private record Window(int start, int end) {
    }

    private final List<PatternList.Entry> notQuantities;
    /** The reason of each pattern with its place, built once for all sentences. */
    private final List<String> reasons;

    NotQuantityMask(PatternList notQuantities) {
        this.notQuantities = notQuantities.entries();
        this.reasons = this.notQuantities.stream()
                .map(e -> e.row().get("reason") + " (" + e.row().file() + ":" + e.row().line() + ")").toList();
    }

    /** The mask of {@code sentence}, computed when a number first asks for it. */
    OfSentence of(String sentence) {
        return new OfSentence(sentence);
    }

    /**
     * The mask of one sentence, computed when a number first asks for it: many sentences with a
     * numeral character (一 in 进一步) read no number. One per sentence, not shared between threads.
     */
    final class OfSentence {
        private final String sentence;
        private String[] masks;

        private OfSentence(String sentence) {
            this.sentence = sentence;
        }

        /** The reason of the first masked character in [from, to), or null. */
        String at(int from, int to) {
            if (masks == null) {
                masks = mask(sentence);
            }
            for (int k = from; k < to; k++) {
                if (masks[k] != null) {
                    return masks[k];
                }
            }
            return null;
        }
    }

    /** For each character, the reason of the first not-quantity pattern that covers it, or null. */
    private String[] mask(String sentence) {
        String[] masks = new String[sentence.length()];
        List<Window> windows = numberWindows(sentence);
        if (windows.isEmpty()) {
            return masks;       // no numeral, nothing to mask: most of a report's sentences
        }
        String searched = blankLongNumeralRuns(sentence);
        // Each window's characters, hashed once: a window without a character every match of a pattern
        // needs cannot hold a match, and most windows lack one for most patterns.
        List<CharPresence> present = new ArrayList<>(windows.size());
        for (Window window : windows) {
            present.add(CharPresence.of(searched, window.start(), window.end()));
        }
        for (int e = 0; e < notQuantities.size(); e++) {
            PatternList.Entry entry = notQuantities.get(e);
            Matcher m = null;
            for (int w = 0; w < windows.size(); w++) {
                Window window = windows.get(w);
                if (!entry.mayMatch(present.get(w))) {
                    continue;
                }
                if (m == null) {
                    m = entry.pattern().matcher(searched);
                    // Look-behinds and ^ see the whole sentence; the search itself stays near the numbers.
                    m.useTransparentBounds(true).useAnchoringBounds(false);
                }
                if (entry.knowsStarts()) {
                    maskFromStarts(entry, m, searched, window, reasons.get(e), masks);
                    continue;
                }
                m.region(window.start(), window.end());
                while (m.find()) {
                    fill(masks, m.start(), m.end(), reasons.get(e));
                }
            }
        }
        return masks;
    }

    /**
     * The matches find() would give one after the other in the window, found by trying only the
     * characters a match can begin with (“, 第, a numeral …; see {@link PatternList.Entry#nextStart}):
     * find() would try every position, and most are not such a character. At each candidate the
     * attempt is the one find() makes there, so the leftmost match, and the matches after it, are
     * the same.
     */
    private static void maskFromStarts(PatternList.Entry entry, Matcher m, String searched, Window window,
                                       String reason, String[] masks) {
        int at = window.start();
        while (at < window.end()) {
            at = entry.nextStart(searched, at, window.end());
            if (at >= window.end()) {
                break;
            }
            m.region(at, window.end());
            if (m.lookingAt()) {
                fill(masks, m.start(), m.end(), reason);
                at = Math.max(m.end(), at + 1);
            } else {
                at++;
            }
        }
    }

    /** Masks [from, to) with the reason, where no earlier pattern has. */
    private static void fill(String[] masks, int from, int to, String reason) {
        for (int k = from; k < to; k++) {
            if (masks[k] == null) {
                masks[k] = reason;
            }
        }
    }

    /**
     * The stretches of the sentence within {@link #MASK_REACH} of a numeral, merged: only there can
     * a pattern cover a number. Searching them alone spares the 40-odd patterns most of the text.
     */
    private static List<Window> numberWindows(String s) {
        List<Window> windows = new ArrayList<>();
        // The window being grown, kept in two ints: a record per numeral would be an allocation each.
        int start = -1;
        int end = -1;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (NumberReader.isDigit(c) || NUMERAL_CHARS.get(c)) {
                int from = Math.max(0, k - MASK_REACH);
                int to = Math.min(s.length(), k + MASK_REACH);
                if (start >= 0 && end >= from) {
                    end = to;
                } else {
                    if (start >= 0) {
                        windows.add(new Window(start, end));
                    }
                    start = from;
                    end = to;
                }
            }
        }
        if (start >= 0) {
            windows.add(new Window(start, end));
        }
        return windows;
    }

    /**
     * The sentence with every run of numeral characters longer than any number we read replaced by
     * placeholders of the same length. A pattern such as {@code [0-9]+年} tried at every digit of a
     * 100,000-digit run costs quadratic time; such runs are never quantities (the number reader
     * rejects them as too long), so the patterns need not see them.
     */
    private static String blankLongNumeralRuns(String sentence) {
        StringBuilder out = null;
        int runStart = -1;
        for (int k = 0; k <= sentence.length(); k++) {
            boolean numeral = k < sentence.length() && isNumeralCharacter(sentence.charAt(k));
            if (numeral && runStart < 0) {
                runStart = k;
            } else if (!numeral && runStart >= 0) {
                if (k - runStart > NumberReader.MAX_LENGTH) {
                    if (out == null) {
                        out = new StringBuilder(sentence);
                    }
                    for (int j = runStart; j < k; j++) {
                        out.setCharAt(j, '\uFFFC');
                    }
                }
                runStart = -1;
            }
        }
        return out == null ? sentence : out.toString();
    }

    private static boolean isNumeralCharacter(char c) {
        return NumberReader.isDigit(c) || c == '.' || c == ',' || NUMERAL_CHARS.get(c);
    }
}
