package io.github.govreport.corpus;

import io.github.govreport.core.Document;
import io.github.govreport.core.Section;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * A report's text with its heading lines blanked: the text a reader copies from a page that lost
 * its headings, where the rules of sections are silent. Every character of a heading line becomes
 * a space, so that offsets and line numbers (and so gold quotes and line ranges) stay as they were.
 */
final class HeadlessText {

    /**
     * The text and how many of the document's headings were found on a line of their own and blanked.
     *
     * @param text     the text without headings
     * @param blanked  the headings blanked
     * @param headings the headings of the document
     */
    record Result(String text, int blanked, int headings) {
    }

    private HeadlessText() {
    }

    /**
     * {@code raw} without the headings of {@code document}, its extraction: a heading on a line of
     * its own loses the line, a run-in heading ({@code （一）经济运行稳中有进。全区地区生产总值…}) only itself.
     */
    static Result of(String raw, Document document) {
        List<Section> sections = new ArrayList<>();
        flatten(document.sections(), sections);
        List<int[]> lines = lines(raw);
        StringBuilder out = new StringBuilder(raw);
        int next = 0;
        int blanked = 0;
        for (Section section : sections) {
            String heading = key(section.heading());
            if (heading.isEmpty()) {
                continue;
            }
            for (int i = next; i < lines.size(); i++) {
                int[] line = lines.get(i);
                int end = prefixEnd(raw, line[0], line[1], heading);
                if (end >= 0) {
                    for (int k = line[0]; k < end; k++) {
                        out.setCharAt(k, ' ');
                    }
                    blanked++;
                    next = i + 1;
                    break;
                }
            }
        }
        return new Result(out.toString(), blanked, sections.size());
    }

    /**
     * Where the heading {@code key} ends when the line {@code [start, end)} of {@code raw} begins with
     * it (compared as {@link #key} compares), the whole line when nothing but marks follow; else -1.
     */
    private static int prefixEnd(String raw, int start, int end, String key) {
        int matched = 0;
        int i = start;
        while (i < end && matched < key.length()) {
            String folded = key(raw.substring(i, i + 1));
            if (!folded.isEmpty()) {
                if (!key.startsWith(folded, matched)) {
                    return -1;
                }
                matched += folded.length();
            }
            i++;
        }
        if (matched < key.length()) {
            return -1;
        }
        return key(raw.substring(i, end)).isEmpty() ? end : i;
    }

    /** A line as compared: NFKC, without spaces and Markdown marks. */
    private static String key(String line) {
        StringBuilder key = new StringBuilder();
        Normalizer.normalize(line, Normalizer.Form.NFKC).codePoints()
                .filter(c -> !Character.isWhitespace(c) && c != '\u3000' && "#*>".indexOf(c) < 0)
                .forEach(key::appendCodePoint);
        return key.toString();
    }

    /** The [start, end) of each line of {@code text}, without its line break. */
    private static List<int[]> lines(String text) {
        List<int[]> lines = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            int stop = end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
            lines.add(new int[] {start, stop});
            start = end + 1;
        }
        return lines;
    }

    private static void flatten(List<Section> sections, List<Section> out) {
        for (Section section : sections) {
            out.add(section);
            flatten(section.children(), out);
        }
    }
}
