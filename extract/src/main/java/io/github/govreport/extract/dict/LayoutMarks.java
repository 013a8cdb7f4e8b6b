package io.github.govreport.extract.dict;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The punctuation and words the layout of a text is read by (layout-marks.tsv): the marks that end
 * a sentence and the closers after them, the marks of a clause, the marks a broken sentence is
 * joined at, the marks a line ends on in mid-clause, the marks taken off a bold heading's end, and
 * the words that open a list item. Immutable.
 */
public final class LayoutMarks {

    private static final List<String> ROLES = List.of("sentence-end", "closer", "clause-mark", "joint",
            "mid-clause-end", "heading-end", "item-opener");

    private final String sentenceEnds;
    private final String closers;
    private final String clauseMarks;
    private final String joints;
    private final String midClauseEnds;
    private final String headingEnds;
    private final List<String> itemOpeners;

    LayoutMarks(TsvTable table) {
        for (TsvTable.Row row : table.rows()) {
            String role = row.require("role");
            if (!ROLES.contains(role)) {
                throw row.error("column 'role' must be one of " + String.join(", ", ROLES) + ", was '" + role + "'");
            }
            String mark = row.require("mark");
            if (!role.equals("item-opener") && mark.length() != 1) {
                throw row.error("column 'mark' must be one character for role " + role + ", was '" + mark + "'");
            }
        }
        this.sentenceEnds = marks(table, "sentence-end");
        this.closers = marks(table, "closer");
        this.clauseMarks = marks(table, "clause-mark");
        this.joints = marks(table, "joint");
        this.midClauseEnds = marks(table, "mid-clause-end");
        this.headingEnds = marks(table, "heading-end");
        this.itemOpeners = table.rows().stream().filter(r -> r.get("role").equals("item-opener"))
                .map(r -> r.get("mark")).toList();
    }

    /** The marks of a role as one string, so that a character is looked up with indexOf. */
    private static String marks(TsvTable table, String role) {
        return table.rows().stream().filter(r -> r.get("role").equals(role)).map(r -> r.get("mark"))
                .collect(Collectors.joining());
    }

    /** True when {@code c} ends a sentence (。！？；：…). */
    public boolean isSentenceEnd(int c) {
        return sentenceEnds.indexOf(c) >= 0;
    }

    /** True when {@code c} closes a quote or bracket that may follow a sentence end (” ） 》). */
    public boolean isCloser(int c) {
        return closers.indexOf(c) >= 0;
    }

    /** True when {@code s} holds a mark of a clause (，、；,): prose, not a label. */
    public boolean hasClauseMark(String s) {
        for (int i = 0; i < clauseMarks.length(); i++) {
            if (s.indexOf(clauseMarks.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** True when a Chinese sentence can be broken at the mark {@code c} (，、“《（%). */
    public boolean isJoint(int c) {
        return joints.indexOf(c) >= 0;
    }

    /** True when a line ending in {@code c} stops in mid-clause (，、“《（). */
    public boolean isMidClauseEnd(int c) {
        return midClauseEnds.indexOf(c) >= 0;
    }

    /** True when {@code c} is taken off the end of a bold heading line (。．.：:). */
    public boolean isHeadingEnd(int c) {
        return headingEnds.indexOf(c) >= 0;
    }

    /** True when {@code s} starts with a word that opens a list item (一是, 二是). */
    public boolean startsItem(String s) {
        for (String opener : itemOpeners) {
            if (s.startsWith(opener)) {
                return true;
            }
        }
        return false;
    }
}
