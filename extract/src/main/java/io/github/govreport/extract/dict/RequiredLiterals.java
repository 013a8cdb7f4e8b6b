package io.github.govreport.extract.dict;

/**
 * The characters every match of a regular expression must contain, read from its top level: 号 and
 * 线 in {@code [0-9]++号线}, 第 in {@code 第[0-9]+期}. A text without one of them cannot match, so
 * the pattern need not be run over it: most sentences then run few of the not-quantity patterns.
 *
 * <p>Deliberately conservative: a pattern with an alternation at its top level, a case-insensitive
 * flag or no plain literal outside groups and classes gets none (and is always run).
 */
final class RequiredLiterals {

    private static final String META = ".^$*+?{}()[]|\\";

    private RequiredLiterals() {
    }

    /** The required characters of {@code regex}; empty when none is certain. */
    static String of(String regex) {
        if (regex.contains("(?i")) {
            return "";
        }
        StringBuilder required = new StringBuilder();
        int depth = 0;
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;                    // an escape: \d, \., \{ … never counted
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '{') {
                int close = regex.indexOf('}', i);
                i = close < 0 ? regex.length() : close;   // a quantifier {4} or {1,16}: no literal
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                return "";              // one of several branches: no character is certain
            } else if (depth == 0 && META.indexOf(c) < 0 && !optional(regex, i + 1)) {
                required.append(c);
            }
        }
        return required.toString();
    }

    /** True when the token before {@code next} may occur zero times: ?, * or {0…}. */
    private static boolean optional(String regex, int next) {
        if (next >= regex.length()) {
            return false;
        }
        char q = regex.charAt(next);
        return q == '?' || q == '*' || q == '{' && next + 1 < regex.length() && regex.charAt(next + 1) == '0';
    }
}
