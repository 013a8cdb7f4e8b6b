package io.github.govreport.extract.internal.pdf;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * The straight lines a page draws, as a table's rulings: stroked lines and rectangle edges, and
 * filled rectangles thinner than {@link #THIN} (how spreadsheets draw a cell's border). Curves,
 * images and wide fills (a shaded cell) are no rulings. Coordinates are turned into the glyphs'
 * (y down from the top of the page as displayed, the page's rotation applied).
 * One instance per page: not thread-safe.
 */
final class PageRulings extends PDFGraphicsStreamEngine {

    /** A filled rectangle thinner than this (points) is a line. */
    private static final float THIN = 2.0f;
    /** A line shorter than this (points) is no ruling (a dash, a bullet). */
    private static final float MIN_LENGTH = 3.0f;
    /** A line this far off the horizontal or vertical (points) is neither. */
    private static final float SKEW = 0.5f;

    /** The horizontal and vertical rulings of a page. */
    record Rulings(List<Ruling> horizontal, List<Ruling> vertical) {

        Rulings {
            horizontal = List.copyOf(horizontal);
            vertical = List.copyOf(vertical);
        }

        static final Rulings NONE = new Rulings(List.of(), List.of());
    }

    private final PDRectangle box;
    private final int rotation;
    private final List<float[]> path = new ArrayList<>();
    /** Where each subpath of {@link #path} starts (a fill of several rectangles is several lines). */
    private final List<Integer> subpaths = new ArrayList<>();
    private final List<Ruling> horizontal = new ArrayList<>();
    private final List<Ruling> vertical = new ArrayList<>();
    private Point2D current = new Point2D.Float();
    private Point2D subpathStart = new Point2D.Float();

    private PageRulings(PDPage page) {
        super(page);
        box = page.getCropBox();
        rotation = ((page.getRotation() % 360) + 360) % 360;
    }

    /** The rulings of {@code page}. */
    static Rulings of(PDPage page) throws IOException {
        PageRulings engine = new PageRulings(page);
        engine.processPage(page);
        return new Rulings(engine.horizontal, engine.vertical);
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        subpaths.add(path.size());
        segment(p0, p1);
        segment(p1, p2);
        segment(p2, p3);
        segment(p3, p0);
        current = p0;
        subpathStart = p0;
    }

    @Override
    public void moveTo(float x, float y) {
        subpaths.add(path.size());
        current = new Point2D.Float(x, y);
        subpathStart = current;
    }

    @Override
    public void lineTo(float x, float y) {
        Point2D next = new Point2D.Float(x, y);
        segment(current, next);
        current = next;
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        path.add(null);     // a curved path draws no ruling
        current = new Point2D.Float(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return current;
    }

    @Override
    public void closePath() {
        segment(current, subpathStart);
        current = subpathStart;
    }

    @Override
    public void endPath() {
        clearPath();
    }

    private void clearPath() {
        path.clear();
        subpaths.clear();
    }

    @Override
    public void strokePath() {
        if (!path.contains(null)) {
            for (float[] s : path) {
                add(s[0], s[1], s[2], s[3]);
            }
        }
        clearPath();
    }

    @Override
    public void fillPath(int windingRule) {
        if (!path.contains(null)) {
            for (int k = 0; k < subpaths.size(); k++) {
                int end = k + 1 < subpaths.size() ? subpaths.get(k + 1) : path.size();
                addThinFill(path.subList(subpaths.get(k), end));
            }
        }
        clearPath();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        strokePath();
    }

    @Override
    public void drawImage(PDImage image) {
        // an image draws no ruling
    }

    @Override
    public void clip(int windingRule) {
        // clipping hides no ruling a reader sees in the tables these pages hold
    }

    @Override
    public void shadingFill(COSName shadingName) {
        // a shading draws no ruling
    }

    private void segment(Point2D a, Point2D b) {
        float[] p = display(a);
        float[] q = display(b);
        path.add(new float[] {p[0], p[1], q[0], q[1]});
    }

    /** A filled subpath whose extent is thin in one direction: a line drawn as a rectangle. */
    private void addThinFill(List<float[]> subpath) {
        if (subpath.isEmpty()) {
            return;
        }
        float x0 = Float.MAX_VALUE;
        float y0 = Float.MAX_VALUE;
        float x1 = -Float.MAX_VALUE;
        float y1 = -Float.MAX_VALUE;
        for (float[] s : subpath) {
            x0 = Math.min(x0, Math.min(s[0], s[2]));
            x1 = Math.max(x1, Math.max(s[0], s[2]));
            y0 = Math.min(y0, Math.min(s[1], s[3]));
            y1 = Math.max(y1, Math.max(s[1], s[3]));
        }
        if (y1 - y0 <= THIN && x1 - x0 >= MIN_LENGTH) {
            horizontal.add(new Ruling((y0 + y1) / 2, x0, x1));
        } else if (x1 - x0 <= THIN && y1 - y0 >= MIN_LENGTH) {
            vertical.add(new Ruling((x0 + x1) / 2, y0, y1));
        }
    }

    private void add(float x0, float y0, float x1, float y1) {
        if (Math.abs(y1 - y0) <= SKEW && Math.abs(x1 - x0) >= MIN_LENGTH) {
            horizontal.add(new Ruling((y0 + y1) / 2, Math.min(x0, x1), Math.max(x0, x1)));
        } else if (Math.abs(x1 - x0) <= SKEW && Math.abs(y1 - y0) >= MIN_LENGTH) {
            vertical.add(new Ruling((x0 + x1) / 2, Math.min(y0, y1), Math.max(y0, y1)));
        }
    }

    /** A point of the page's user space as the glyphs place it: from the top left of the page as displayed. */
    private float[] display(Point2D point) {
        float x = (float) point.getX() - box.getLowerLeftX();
        float y = (float) point.getY() - box.getLowerLeftY();
        return switch (rotation) {
            case 90 -> new float[] {y, x};
            case 180 -> new float[] {box.getWidth() - x, y};
            case 270 -> new float[] {box.getHeight() - y, box.getWidth() - x};
            default -> new float[] {x, box.getHeight() - y};
        };
    }
}
