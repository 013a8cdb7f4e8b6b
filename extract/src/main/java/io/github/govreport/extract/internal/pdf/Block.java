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

        /** Short lines only (a running head, a page number): nothing a table could not be continued across. */
        boolean furniture() {
            return lines.size() <= MAX_FURNITURE_LINES
                    && lines.stream().allMatch(line -> line.text().length() <= MAX_FURNITURE_LENGTH);
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

    /** The blocks of one page's lines: the tables {@link TableFinder} finds and the prose around them. */
    static List<Block> of(List<TextLine> lines, Predicate<String> pageNumber) {
        List<Block> blocks = new ArrayList<>();
        int next = 0;
        for (Grid grid : TableFinder.find(lines, pageNumber)) {
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
