package io.github.govreport.extract.dict;

import java.util.ArrayList;
import java.util.List;

/**
 * What every match of a regular expression must contain, read from its top level, so that a
 * pattern need not be run over text it cannot match: 号 and 线 in {@code [0-9]++号线}, 第 in
 * {@code 第[0-9]+期}, an ASCII digit in {@code [0-9]{4}年}. For a top-level alternation each branch
 * is read on its own ({@code 百强|[0-9]++强}: 百强, or 强 and a digit), and the text may match when
 * one branch may. Also the characters a match can begin with, when every branch begins with a
 * plain character or a simple class: the search can then jump to them.
 *
 * <p>A group that must occur is read as well: a group of one branch as if it were not there
 * ({@code (?<label>[一二三]+、)} needs 、 and one of 一二三), a group of several as "one of its
 * branches" ({@code (?:回顾|执行情况)} needs 回 and 顾, or 执, 行, 情 and 况), each branch read the same way.
 *
 * <p>Deliberately conservative: inline flags ({@code (?i)}, {@code (?x)} …), numeric escapes or
 * {@code \Q} make the pattern unknown (always run, searched everywhere); optional groups,
 * look-arounds and classes with {@code ^}, {@code &&} or a predefined class are never counted.
 */
final class RequiredLiterals {

    private static final String META = ".^$*+?{}()[]|\\";

    /**
     * One top-level branch: {@code chars} must all occur, and a character of each of {@code classes};
     * {@code charBits} and {@code classBits} are the same as {@link CharPresence} bits (a class too
     * large to list has none and is not tested).
     */
    // The bit sets are arrays for speed; a branch is never compared or hashed, so a record's
    // equality by array identity does not matter.
    @SuppressWarnings("ArrayRecordComponent")
    private record Branch(String chars, List<CharSet> classes, List<List<Branch>> oneOf, long[] charBits,
                          List<long[]> classBits) {

        /** {@code oneOf}: groups of alternatives, of each of which at least one branch must be met. */
        Branch(String chars, List<CharSet> classes, List<List<Branch>> oneOf) {
            this(chars, classes, oneOf, CharPresence.bitsOf(chars), classes.stream()
                    .filter(c -> c.size() <= MAX_LISTED).map(c -> CharPresence.bitsOf(c.list())).toList());
        }

        /** Needs nothing: every text may match. */
        boolean empty() {
            return chars.isEmpty() && classes.isEmpty() && oneOf.isEmpty();
        }

        /** As {@link RequiredLiterals#describe()}: the characters, then each group as (a|b). */
        String describe() {
            StringBuilder out = new StringBuilder(chars);
            for (List<Branch> group : oneOf) {
                out.append('(').append(String.join("|", group.stream().map(Branch::describe).toList())).append(')');
            }
            return out.toString();
        }
    }

    /** Classes with more characters than this are not tested against a {@link CharPresence}. */
    private static final int MAX_LISTED = 256;

    /** No branch or an unknown pattern: nothing is known, every text may match. */
    static final RequiredLiterals UNKNOWN = new RequiredLiterals(null, null, false);

    private final List<Branch> branches;      // null when unknown
    private final CharSet starts;             // null when a match may begin anywhere
    private final boolean anchored;           // every match begins at index 0

    private RequiredLiterals(List<Branch> branches, CharSet starts, boolean anchored) {
        this.branches = branches;
        this.starts = starts;
        this.anchored = anchored;
    }

    /** True when {@link #nextStart} knows where matches can begin (else it returns its {@code from}). */
    boolean knowsStarts() {
        return anchored || starts != null;
    }

    /** Reads {@code regex}; {@link #UNKNOWN} when nothing is certain. */
    static RequiredLiterals of(String regex) {
        // (?i) alone at the start: ASCII letters match either case (without u, other letters match as written)
        boolean caseless = regex.startsWith("(?i)");
        String body = caseless ? regex.substring(4) : regex;
        if (hasInlineFlagsOrOddEscapes(body)) {
            return UNKNOWN;
        }
        List<String> parts = topLevelBranches(body);
        if (parts.stream().allMatch(b -> b.startsWith("^"))) {
            // every match begins at the start of the text (^ without MULTILINE): one place to try
            return new RequiredLiterals(parts.stream().map(b -> branch(b, caseless)).toList(), null, true);
        }
        List<Branch> branches = new ArrayList<>();
        CharSet starts = CharSet.EMPTY;
        for (String branch : parts) {
            branches.add(branch(branch, caseless));
            CharSet first = first(branch);
            starts = starts == null || first == null ? null : starts.union(caseless ? first.caseless() : first);
        }
        return new RequiredLiterals(branches, starts, false);
    }

    /**
     * The characters each branch must contain, branches joined by {@code |} (for messages and tests);
     * classes are not shown. Empty when unknown.
     */
    String describe() {
        if (branches == null) {
            return "";
        }
        return String.join("|", branches.stream().map(Branch::describe).toList());
    }

    /** False when no branch can match within [from, to) of {@code text}: a character it needs is missing there. */
    boolean mayMatch(CharSequence text, int from, int to) {
        if (branches == null) {
            return true;
        }
        for (Branch branch : branches) {
            if (mayMatch(branch, text, from, to)) {
                return true;
            }
        }
        return false;
    }

    private static boolean mayMatch(Branch branch, CharSequence text, int from, int to) {
        for (int i = 0; i < branch.chars().length(); i++) {
            if (indexOf(text, branch.chars().charAt(i), from, to) < 0) {
                return false;
            }
        }
        for (CharSet set : branch.classes()) {
            if (set.firstIn(text, from, to) < 0) {
                return false;
            }
        }
        for (int g = 0; g < branch.oneOf().size(); g++) {
            if (!anyMayMatch(branch.oneOf().get(g), text, from, to)) {
                return false;
            }
        }
        return true;
    }

    // Loops rather than streams in these: they run for every pattern at every number of a text.
    private static boolean anyMayMatch(List<Branch> alternatives, CharSequence text, int from, int to) {
        for (int a = 0; a < alternatives.size(); a++) {
            if (mayMatch(alternatives.get(a), text, from, to)) {
                return true;
            }
        }
        return false;
    }

    /** False when no branch can match text whose characters are {@code present}: a character it needs is missing. */
    boolean mayMatch(CharPresence present) {
        if (branches == null) {
            return true;
        }
        for (int b = 0; b < branches.size(); b++) {
            if (mayMatch(branches.get(b), present)) {
                return true;
            }
        }
        return false;
    }

    private static boolean mayMatch(Branch branch, CharPresence present) {
        if (!present.mayContainAll(branch.charBits())) {
            return false;
        }
        for (int c = 0; c < branch.classBits().size(); c++) {
            if (!present.mayContainAny(branch.classBits().get(c))) {
                return false;
            }
        }
        for (int g = 0; g < branch.oneOf().size(); g++) {
            if (!anyMayMatch(branch.oneOf().get(g), present)) {
                return false;
            }
        }
        return true;
    }

    private static boolean anyMayMatch(List<Branch> alternatives, CharPresence present) {
        for (int a = 0; a < alternatives.size(); a++) {
            if (mayMatch(alternatives.get(a), present)) {
                return true;
            }
        }
        return false;
    }

    /** The first index in [from, to) where a match may begin; {@code to} when none; {@code from} when unknown. */
    int nextStart(CharSequence text, int from, int to) {
        if (anchored) {
            return from == 0 ? 0 : to;
        }
        if (starts == null) {
            return from;
        }
        int at = starts.firstIn(text, from, to);
        return at < 0 ? to : at;
    }

    private static int indexOf(CharSequence text, char c, int from, int to) {
        if (text instanceof String s) {
            int at = s.indexOf(c, from);
            return at >= 0 && at < to ? at : -1;
        }
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    private static boolean hasInlineFlagsOrOddEscapes(String regex) {
        for (int i = 0; i + 1 < regex.length(); i++) {
            char c = regex.charAt(i);
            char next = regex.charAt(i + 1);
            if (c == '\\') {
                if ("uxcQEN0123456789k".indexOf(next) >= 0) {
                    return true;        // \u4E00, \x41, \Q…\E, back references: not read here
                }
                i++;
            } else if (c == '(' && next == '?' && i + 2 < regex.length()
                    && "<=!:>".indexOf(regex.charAt(i + 2)) < 0) {
                return true;            // (?i), (?x), (?iu:…): flags change what a literal matches
            }
        }
        return false;
    }

    /** The branches of the top-level alternation (one when there is none). */
    private static List<String> topLevelBranches(String regex) {
        List<String> branches = new ArrayList<>();
        int depth = 0;
        boolean inClass = false;
        int start = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                if (c == '[') {
                    return List.of(regex);      // a nested class: read as one branch, which branch() gives up on
                }
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                branches.add(regex.substring(start, i));
                start = i + 1;
            }
        }
        branches.add(regex.substring(start));
        return branches;
    }

    /**
     * The plain characters, simple classes and groups of a branch that are not optional: characters
     * in look-arounds and in optional groups are not required.
     */
    private static Branch branch(String regex, boolean caseless) {
        StringBuilder required = new StringBuilder();
        List<CharSet> classes = new ArrayList<>();
        List<List<Branch>> oneOf = new ArrayList<>();
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
                // \. \[ \{ …: an escaped punctuation mark is that character; \d, \s, \p{…} are classes, not read
                if (i < regex.length() && !isAsciiLetterOrDigit(regex.charAt(i))
                        && !optional(regex, i + 1)) {
                    required.append(regex.charAt(i));
                }
            } else if (c == '{') {
                int close = regex.indexOf('}', i);
                i = close < 0 ? regex.length() : close;   // a quantifier {4} or {1,16}: no literal
            } else if (c == '[') {
                int close = classEnd(regex, i);
                if (close < 0) {
                    return new Branch("", List.of(), List.of());
                }
                CharSet set = CharSet.parse(regex.substring(i + 1, close));
                if (set != null && !optional(regex, close + 1)) {
                    classes.add(caseless ? set.caseless() : set);
                }
                i = close;
            } else if (c == '(') {
                // a group is read whole, here: its needs count when it must occur
                int end = groupEnd(regex, i);
                if (end < 0) {
                    return new Branch("", List.of(), List.of());
                }
                String body = groupBody(regex.substring(i, end));
                if (body != null && !optional(regex, end)) {
                    List<Branch> alternatives = topLevelBranches(body).stream().map(b -> branch(b, caseless)).toList();
                    if (alternatives.size() == 1) {
                        // one branch: its needs are this branch's needs
                        Branch only = alternatives.get(0);
                        required.append(only.chars());
                        classes.addAll(only.classes());
                        oneOf.addAll(only.oneOf());
                    } else if (alternatives.stream().noneMatch(Branch::empty)) {
                        oneOf.add(alternatives);
                    }
                }
                i = end - 1;
            } else if (META.indexOf(c) < 0 && !optional(regex, i + 1)) {
                if (caseless && c < 128 && Character.isLetter(c)) {
                    classes.add(CharSet.of(c).caseless());      // N or n
                } else {
                    required.append(c);
                }
            }
        }
        return new Branch(required.toString(), List.copyOf(classes), List.copyOf(oneOf));
    }

    /**
     * What a group {@code (…)} holds when every match of it must match that: the body of a plain,
     * non-capturing, named or atomic group; null for a look-around (it consumes nothing it needs).
     */
    private static String groupBody(String group) {
        String inner = group.substring(1, group.length() - 1);
        if (!inner.startsWith("?")) {
            return inner;
        }
        if (inner.startsWith("?:") || inner.startsWith("?>")) {
            return inner.substring(2);
        }
        if (inner.startsWith("?<") && !inner.startsWith("?<=") && !inner.startsWith("?<!")) {
            int close = inner.indexOf('>');
            return close < 0 ? null : inner.substring(close + 1);
        }
        return null;     // (?=…), (?!…), (?<=…), (?<!…)
    }

    /**
     * The characters a match of the branch begins with: its first consuming token, after any
     * look-arounds ({@code (?<![0-9])}, which consume nothing), when that is a plain character, an
     * escaped punctuation mark or a simple class that must occur; null otherwise (a group, an
     * anchor, an optional first token …).
     */
    private static CharSet first(String regex) {
        int at = 0;
        while (regex.startsWith("(?<!", at) || regex.startsWith("(?<=", at) || regex.startsWith("(?=", at)
                || regex.startsWith("(?!", at)) {
            at = groupEnd(regex, at);
            if (at < 0) {
                return null;
            }
        }
        if (at >= regex.length()) {
            return null;
        }
        char c = regex.charAt(at);
        int next;
        CharSet set;
        if (c == '[') {
            int close = classEnd(regex, at);
            set = close < 0 ? null : CharSet.parse(regex.substring(at + 1, close));
            next = close + 1;
        } else if (c == '\\') {
            if (at + 1 >= regex.length() || isAsciiLetterOrDigit(regex.charAt(at + 1))) {
                return null;
            }
            set = CharSet.of(regex.charAt(at + 1));
            next = at + 2;
        } else if (META.indexOf(c) >= 0) {
            return null;
        } else {
            set = CharSet.of(c);
            next = at + 1;
        }
        return set == null || optional(regex, next) ? null : set;
    }

    /** The index after the ) that closes the group opened at {@code open}; -1 when not found. */
    private static int groupEnd(String regex, int open) {
        int depth = 0;
        for (int i = open; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = classEnd(regex, i);
                if (i < 0) {
                    return -1;
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i + 1;
            }
        }
        return -1;
    }

    /** The index of the ] that closes the class opened at {@code open}; -1 when unclosed or nested. */
    private static int classEnd(String regex, int open) {
        if (open + 1 < regex.length() && (regex.charAt(open + 1) == ']' || regex.startsWith("^]", open + 1))) {
            return -1;              // a ] first in the class is a character: not read
        }
        for (int i = open + 1; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                return -1;
            } else if (c == ']' && i > open + 1) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    /** True when the token before {@code next} may occur zero times: ?, * or {0…}. */
    private static boolean optional(String regex, int next) {
        if (next >= regex.length()) {
            return false;
        }
        char q = regex.charAt(next);
        return q == '?' || q == '*' || (q == '{' && next + 1 < regex.length() && regex.charAt(next + 1) == '0');
    }

    /**
     * A set of characters: the content of a simple class such as {@code 0-9一二三} or {@code ①-⑳}, kept as
     * ranges and as a bitmap from its smallest to its largest character, so that a membership test is
     * one bit however many ranges it has (it runs for every character a search skips).
     */
    static final class CharSet {

        static final CharSet EMPTY = new CharSet("");

        private final String ranges;    // pairs of first and last character
        private final char min;
        private final long[] bits;      // bit c - min for each c of the set

        CharSet(String ranges) {
            this.ranges = ranges;
            char lo = Character.MAX_VALUE;
            char hi = 0;
            for (int r = 0; r < ranges.length(); r += 2) {
                lo = (char) Math.min(lo, ranges.charAt(r));
                hi = (char) Math.max(hi, ranges.charAt(r + 1));
            }
            this.min = lo;
            this.bits = new long[lo > hi ? 0 : ((hi - lo) >>> 6) + 1];
            for (int r = 0; r < ranges.length(); r += 2) {
                for (int c = ranges.charAt(r); c <= ranges.charAt(r + 1); c++) {
                    bits[(c - lo) >>> 6] |= 1L << (c - lo);
                }
            }
        }

        static CharSet of(char c) {
            return new CharSet("" + c + c);
        }

        /**
         * The set of a class body; null when it is not simple (negated, an intersection, a
         * predefined class such as {@code \s} or {@code \p{…}}, a nested class).
         */
        static CharSet parse(String body) {
            if (body.isEmpty() || body.charAt(0) == '^' || body.contains("&&")
                    || body.chars().anyMatch(c -> Character.isSurrogate((char) c))) {
                return null;        // negated, an intersection, or characters outside the BMP: not read
            }
            StringBuilder ranges = new StringBuilder();
            for (int i = 0; i < body.length(); i++) {
                char lo = body.charAt(i);
                if (lo == '\\') {
                    if (i + 1 >= body.length() || isAsciiLetterOrDigit(body.charAt(i + 1))) {
                        return null;
                    }
                    lo = body.charAt(++i);
                } else if (lo == '[') {
                    return null;
                }
                char hi = lo;
                if (i + 2 < body.length() && body.charAt(i + 1) == '-') {
                    hi = body.charAt(i + 2);
                    if (hi == '\\' || hi == '[' || hi < lo) {
                        return null;
                    }
                    i += 2;
                }
                ranges.append(lo).append(hi);
            }
            return new CharSet(ranges.toString());
        }

        /** The set with the other case of each ASCII letter in it: what it matches under (?i). */
        CharSet caseless() {
            StringBuilder more = new StringBuilder(ranges);
            for (char c = 'A'; c <= 'Z'; c++) {
                char lower = Character.toLowerCase(c);
                if (contains(c) || contains(lower)) {
                    more.append(c).append(c).append(lower).append(lower);
                }
            }
            return new CharSet(more.toString());
        }

        CharSet union(CharSet other) {
            return new CharSet(ranges + other.ranges);
        }

        /** How many characters the set has. */
        int size() {
            int size = 0;
            for (int r = 0; r < ranges.length(); r += 2) {
                size += ranges.charAt(r + 1) - ranges.charAt(r) + 1;
            }
            return size;
        }

        /** Its characters, one by one. */
        String list() {
            StringBuilder list = new StringBuilder();
            for (int r = 0; r < ranges.length(); r += 2) {
                for (int c = ranges.charAt(r); c <= ranges.charAt(r + 1); c++) {
                    list.append((char) c);
                }
            }
            return list.toString();
        }

        boolean contains(char c) {
            int bit = c - min;
            return bit >= 0 && (bit >>> 6) < bits.length && (bits[bit >>> 6] & 1L << bit) != 0;
        }

        /** The first index in [from, to) whose character is in the set; -1 when none. */
        int firstIn(CharSequence text, int from, int to) {
            for (int i = from; i < to; i++) {
                if (contains(text.charAt(i))) {
                    return i;
                }
            }
            return -1;
        }
    }
}
