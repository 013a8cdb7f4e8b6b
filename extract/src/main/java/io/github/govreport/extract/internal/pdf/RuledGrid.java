package io.github.govreport.extract.internal.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A table a page draws with rulings: the edges of its columns and rows, and which neighbouring
 * slots of that lattice are one cell (a header cell over several columns has no ruling between
 * them). Found from a page's rulings as a reader sees a ruled table: rulings that cross or touch
 * each other, with at least two columns and one row between them. Thread-safe (immutable).
 *
 */
final class RuledGrid {

    /** Rulings this close (points) stand at one place, or touch end to end. */
    static final float SLACK = 1.5f;

    /** Column edges, left to right. */
    private final float[] xs;
    /** Row edges, top to bottom. */
    private final float[] ys;
    private final List<Ruling> horizontal;
    private final List<Ruling> vertical;

    private RuledGrid(float[] xs, float[] ys, List<Ruling> horizontal, List<Ruling> vertical) {
        this.xs = xs;
        this.ys = ys;
        this.horizontal = List.copyOf(horizontal);
        this.vertical = List.copyOf(vertical);
    }

    float left() {
        return xs[0];
    }

    /** The left edge of column {@code c} (the right edge of the last one for {@code c == columns()}). */
    float edge(int c) {
        return xs[c];
    }

    float right() {
        return xs[xs.length - 1];
    }

    int rows() {
        return ys.length - 1;
    }

    int columns() {
        return xs.length - 1;
    }

    float top() {
        return ys[0];
    }

    float bottom() {
        return ys[ys.length - 1];
    }

    /** The ruled tables of a page, top to bottom. */
    static List<RuledGrid> of(PageRulings.Rulings rulings) {
        List<Ruling> horizontal = merged(rulings.horizontal());
        List<Ruling> vertical = merged(rulings.vertical());
        int n = horizontal.size() + vertical.size();
        int[] parent = new int[n];
        for (int k = 0; k < n; k++) {
            parent[k] = k;
        }
        for (int h = 0; h < horizontal.size(); h++) {
            for (int v = 0; v < vertical.size(); v++) {
                if (cross(horizontal.get(h), vertical.get(v))) {
                    parent[root(parent, h)] = root(parent, horizontal.size() + v);
                }
            }
        }
        List<RuledGrid> grids = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            if (root(parent, r) != r) {
                continue;
            }
            List<Ruling> h = new ArrayList<>();
            List<Ruling> v = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                if (root(parent, k) == r) {
                    if (k < horizontal.size()) {
                        h.add(horizontal.get(k));
                    } else {
                        v.add(vertical.get(k - horizontal.size()));
                    }
                }
            }
            float[] xs = positions(v);
            float[] ys = withEnds(positions(h), v);
            // a table of one row is a row continued from the page before, or a one-row 三公 table
            if (xs.length >= 3 && ys.length >= 2) {
                grids.add(new RuledGrid(xs, ys, h, v));
            }
        }
        grids.sort((a, b) -> Float.compare(a.top(), b.top()));
        return grids;
    }

    /** Whether slots (row, column) and (row, column + 1) are one cell: no ruling between them. */
    boolean joinedRight(int row, int column) {
        float middle = (ys[row] + ys[row + 1]) / 2;
        return vertical.stream().noneMatch(v -> Math.abs(v.at() - xs[column + 1]) <= SLACK && v.covers(middle, 0));
    }

    /** Whether slots (row, column) and (row + 1, column) are one cell: no ruling between them. */
    boolean joinedBelow(int row, int column) {
        float middle = (xs[column] + xs[column + 1]) / 2;
        return horizontal.stream().noneMatch(h -> Math.abs(h.at() - ys[row + 1]) <= SLACK && h.covers(middle, 0));
    }

    /** The row a point at height {@code y} lies in, or -1 outside the table. */
    int rowAt(float y) {
        return slot(ys, y);
    }

    /** The column a point at {@code x} lies in, or -1 outside the table. */
    int columnAt(float x) {
        return slot(xs, x);
    }

    private static int slot(float[] edges, float at) {
        if (at < edges[0] - SLACK || at > edges[edges.length - 1] + SLACK) {
            return -1;
        }
        int k = Arrays.binarySearch(edges, at);
        int slot = k >= 0 ? k : -k - 2;
        return Math.max(0, Math.min(edges.length - 2, slot));
    }

    private static boolean cross(Ruling horizontal, Ruling vertical) {
        return horizontal.covers(vertical.at(), SLACK) && vertical.covers(horizontal.at(), SLACK);
    }

    private static int root(int[] parent, int k) {
        while (parent[k] != k) {
            parent[k] = parent[parent[k]];
            k = parent[k];
        }
        return k;
    }

    /**
     * The row edges with the ends of the vertical rulings where these reach beyond the first or
     * last horizontal one: a row continued from the page before has no ruling above it.
     */
    private static float[] withEnds(float[] ys, List<Ruling> vertical) {
        if (ys.length == 0) {
            return ys;
        }
        float top = vertical.stream().map(Ruling::from).min(Float::compare).orElse(ys[0]);
        float bottom = vertical.stream().map(Ruling::to).max(Float::compare).orElse(ys[ys.length - 1]);
        float[] out = ys;
        if (top < out[0] - SLACK) {
            out = prepend(top, out);
        }
        if (bottom > out[out.length - 1] + SLACK) {
            out = Arrays.copyOf(out, out.length + 1);
            out[out.length - 1] = bottom;
        }
        return out;
    }

    private static float[] prepend(float value, float[] values) {
        float[] out = new float[values.length + 1];
        out[0] = value;
        System.arraycopy(values, 0, out, 1, values.length);
        return out;
    }

    /** Rulings at one place that overlap or touch end to end, as one. */
    private static List<Ruling> merged(List<Ruling> rulings) {
        List<Ruling> sorted = new ArrayList<>(rulings);
        sorted.sort((a, b) -> a.at() != b.at() ? Float.compare(a.at(), b.at()) : Float.compare(a.from(), b.from()));
        List<Ruling> out = new ArrayList<>();
        for (Ruling ruling : sorted) {
            boolean joined = false;
            for (int k = out.size() - 1; k >= 0 && ruling.at() - out.get(k).at() <= SLACK; k--) {
                Ruling other = out.get(k);
                if (ruling.from() <= other.to() + SLACK && ruling.to() >= other.from() - SLACK) {
                    out.set(k, new Ruling(other.at(), Math.min(other.from(), ruling.from()),
                            Math.max(other.to(), ruling.to())));
                    joined = true;
                    break;
                }
            }
            if (!joined) {
                out.add(ruling);
            }
        }
        return out;
    }

    /** The distinct places of {@code rulings}, those closer than {@link #SLACK} as one, ascending. */
    private static float[] positions(List<Ruling> rulings) {
        float[] at = new float[rulings.size()];
        for (int k = 0; k < at.length; k++) {
            at[k] = rulings.get(k).at();
        }
        Arrays.sort(at);
        float[] distinct = new float[at.length];
        int n = 0;
        for (float a : at) {
            if (n == 0 || a - distinct[n - 1] > SLACK) {
                distinct[n++] = a;
            }
        }
        return Arrays.copyOf(distinct, n);
    }
}
