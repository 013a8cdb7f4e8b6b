package io.github.govreport.extract.internal.structure;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits normalised text into sentences at 。！？；!?; and at line ends (reports put headings,
 * list items and table cells on lines of their own). A closing quote or bracket right after the
 * end mark stays with its sentence. A regex-free splitter: OpenNLP's sentence detector assumes
 * whitespace between words and does worse on Chinese (docs/dependencies.md §4).
 */
public final class SentenceSplitter {

    public List<Sentence> split(String text) {
        List<Sentence> sentences = new ArrayList<>();
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            String line = text.substring(lineStart, lineEnd);
            int start = lineStart;
            for (int i = lineStart; i < lineEnd; i++) {
                // An ASCII ? ! ; with an ASCII letter or digit right after it is inside a web address
                // (search?q=30), not the end of a sentence.
                if (isEndMark(text.charAt(i)) && !(text.charAt(i) < 128 && i + 1 < lineEnd
                        && text.charAt(i + 1) < 128 && Character.isLetterOrDigit(text.charAt(i + 1)))) {
                    int end = i + 1;
                    while (end < lineEnd && isCloser(text.charAt(end))) {
                        end++;
                    }
                    add(sentences, text, start, end, line);
                    start = end;
                    i = end - 1;
                }
            }
            add(sentences, text, start, lineEnd, line);
            lineStart = lineEnd + 1;
        }
        return sentences;
    }

    private static void add(List<Sentence> sentences, String text, int start, int end, String line) {
        while (start < end && isBlank(text.charAt(start))) {
            start++;
        }
        while (end > start && isBlank(text.charAt(end - 1))) {
            end--;
        }
        if (start < end) {
            sentences.add(new Sentence(start, end, text.substring(start, end), line));
        }
    }

    private static boolean isEndMark(char c) {
        return c == '。' || c == '！' || c == '？' || c == '；' || c == '!' || c == '?' || c == ';';
    }

    private static boolean isCloser(char c) {
        return c == '”' || c == '’' || c == '」' || c == '』' || c == '）' || c == ')' || c == '"';
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0';
    }
}
