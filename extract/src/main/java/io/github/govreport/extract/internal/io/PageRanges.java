package io.github.govreport.extract.internal.io;

import java.util.List;

/** Writes page numbers for people: [1, 2, 3, 7] → "pages 1–3, 7". */
final class PageRanges {

    private PageRanges() {
    }

    static String describe(List<Integer> pages) {
        StringBuilder out = new StringBuilder(pages.size() == 1 ? "page " : "pages ");
        int i = 0;
        while (i < pages.size()) {
            int j = i;
            while (j + 1 < pages.size() && pages.get(j + 1) == pages.get(j) + 1) {
                j++;
            }
            if (i > 0) {
                out.append(", ");
            }
            out.append(pages.get(i));
            if (j > i) {
                out.append('–').append(pages.get(j));
            }
            i = j + 1;
        }
        return out.toString();
    }
}
