package io.github.govreport.extract.internal.pdf;

import io.github.govreport.extract.internal.text.CellText;
import java.util.ArrayList;
import java.util.List;

/**
 * Joins a table that goes on from one page to the next into one: the last table of a page and
 * the first of the next, with only a page number and a running head between them, the same
 * number of columns, and on the second page no header, the same header again (as Word repeats
 * it), the end of a row broken across the pages (which goes into that row), or the same rulings,
 * some maybe left out (where rows without values at its top are rows, not a header). Thread-safe
 * (stateless).
 */
final class TableJoiner {

    private TableJoiner() {
    }

    /**
     * The pages' blocks with every continued table moved into the table it continues; a table over
     * three pages or more ends up whole in the first.
     */
    static List<List<Block>> join(List<List<Block>> pages) {
        List<List<Block>> out = new ArrayList<>();
        for (List<Block> page : pages) {
            out.add(new ArrayList<>(page));
        }
        int openPage = -1;      // the page and block of the table the next page may continue
        int openBlock = -1;
        for (int p = 0; p < out.size(); p++) {
            int first = openPage < 0 ? -1 : firstTable(out.get(p));
            if (first >= 0) {
                Block.Table above = (Block.Table) out.get(openPage).get(openBlock);
                Block.Table below = (Block.Table) out.get(p).get(first);
                Grid joined = joined(above.grid(), below.grid());
                if (joined != null) {
                    List<TextLine> lines = new ArrayList<>(above.lines());
                    lines.addAll(below.lines());
                    out.get(openPage).set(openBlock, new Block.Table(joined, lines));
                    out.get(p).remove(first);
                }
            }
            int last = lastTable(out.get(p));
            if (last >= 0) {
                openPage = p;
                openBlock = last;
            } else if (!out.get(p).stream().allMatch(block -> block instanceof Block.Prose prose && prose.furniture())) {
                openPage = -1;
            }
        }
        return out;
    }

    /** The index of the page's last block if it is a table followed by page furniture at most, or -1. */
    private static int lastTable(List<Block> page) {
        return tableBeyondFurniture(page, page.size() - 1, -1);
    }

    /** The index of the page's first block if it is a table after page furniture at most, or -1. */
    private static int firstTable(List<Block> page) {
        return tableBeyondFurniture(page, 0, 1);
    }

    /** From block {@code k} on in direction {@code step}, the first table if only page furniture comes before it. */
    private static int tableBeyondFurniture(List<Block> page, int k, int step) {
        for (; k >= 0 && k < page.size(); k += step) {
            Block block = page.get(k);
            if (block instanceof Block.Table) {
                return k;
            }
            if (!(block instanceof Block.Prose prose && prose.furniture())) {
                return -1;
            }
        }
        return -1;
    }

    /** {@code above} with the rows of {@code below}, or null when {@code below} is a table of its own. */
    private static Grid joined(Grid above, Grid below) {
        // under the same rulings, or some of them where cells are merged (合计 over 类, 款, 项 and
        // 科目名称) in a table without a header of its own
        Grid spread = below.spreadOver(above.edges());
        boolean sameRulings = spread != null && below.edges().size() == above.edges().size();
        if (spread != null && (sameRulings || below.header().isEmpty())) {
            below = spread;
        } else {
            spread = null;
        }
        if (!above.confident() || !below.confident() || above.columns() != below.columns()) {
            return null;
        }
        List<List<String>> rows = new ArrayList<>(above.rows());
        boolean repeatedHeader = below.header().equals(above.header());
        if (spread != null && !repeatedHeader && !below.header().isEmpty()) {
            // the same rulings on the next page: what reads as its header is rows without values
            rows.addAll(below.headerRows());
        } else if (below.headerLooksCarriedOver() && !rows.isEmpty()) {
            List<String> last = rows.get(rows.size() - 1);
            List<String> merged = new ArrayList<>();
            for (int k = 0; k < last.size(); k++) {
                StringBuilder cell = new StringBuilder(last.get(k));
                CellText.append(cell, below.header().get(k));
                merged.add(cell.toString());
            }
            rows.set(rows.size() - 1, merged);
        } else if (!below.header().isEmpty() && !repeatedHeader) {
            return null;
        }
        rows.addAll(below.rows());
        return above.withRows(above.header(), rows, above.last());
    }
}
