package io.github.govreport.extract.internal.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** A part of a page in reading order: lines of prose, or a table. */
sealed interface Block {

    /** Lines read as text. */
    record Prose(List<TextLine> lines) implements Block {

        public Prose {
            lines = List.copyOf(lines);
        }

        /**
         * Short lines only (a running head, a page number): nothing a table could not be continued
         * across. A table's title or unit line starts a new table.
         */
        boolean furniture() {
            return lines.size() <= MAX_FURNITURE_LINES
                    && lines.stream().allMatch(line -> line.text().length() <= MAX_FURNITURE_LENGTH
                            && !PageWriter.isCaption(line.text()));
        }

        private static final int MAX_FURNITURE_LINES = 3;
        private static final int MAX_FURNITURE_LENGTH = 40;
    }

    /** A table, with the lines it was read from (written as text when it is not confident). */
    record Table(Grid grid, List<TextLine> lines) implements Block {

        public Table {
            lines = List.copyOf(lines);
        }
    }

    /**
     * The blocks of one page's lines: the tables its rulings draw ({@link RuledTableReader}), the
     * tables {@link TableFinder} finds by alignment in the lines between them, and the prose around.
     */
    static List<Block> of(List<TextLine> lines, List<RuledGrid> ruled, Predicate<String> pageNumber) {
        List<Grid> drawn = new ArrayList<>();
        for (RuledGrid rulings : ruled) {
            Grid grid = RuledTableReader.read(rulings, lines);
            boolean clear = drawn.isEmpty() || grid == null || grid.first() > drawn.get(drawn.size() - 1).last();
            if (grid != null && clear && grid.columns() >= 2 && !grid.rows().isEmpty()) {
                drawn.add(grid);
            }
        }
        List<Grid> grids = new ArrayList<>();
        int from = 0;
        for (int k = 0; k <= drawn.size(); k++) {
            int to = k < drawn.size() ? drawn.get(k).first() : lines.size();
            for (Grid aligned : TableFinder.find(lines.subList(from, to), pageNumber)) {
                grids.add(aligned.shifted(from));
            }
            if (k < drawn.size()) {
                grids.add(drawn.get(k));
                from = drawn.get(k).last() + 1;
            }
        }
        List<Block> blocks = new ArrayList<>();
        int next = 0;
        for (Grid grid : grids) {
            if (grid.first() > next) {
                blocks.add(new Prose(lines.subList(next, grid.first())));
            }
            blocks.add(new Table(grid, lines.subList(grid.first(), grid.last() + 1)));
            next = grid.last() + 1;
        }
        if (next < lines.size()) {
            blocks.add(new Prose(lines.subList(next, lines.size())));
        }
        return blocks;
    }
}
