package io.github.govreport.extract.internal.pdf;

import io.github.govreport.extract.internal.text.TableCaption;
import java.util.ArrayList;
import java.util.List;

/**
 * Moves a table's caption printed at the foot of a page (财政拨款基本支出预算表, 单位：万元) to the
 * table it names at the top of the next page, as a reader joins them: the title line and the
 * lines after it, when nothing but page furniture lies between them and the table. Thread-safe
 * (stateless).
 */
final class CaptionCarrier {

    /** How many lines at the foot of a page may hold a caption (its title, who made it, its unit). */
    private static final int CAPTION_LINES = 3;

    private CaptionCarrier() {
    }

    /** The pages' blocks with every caption left at the foot of a page moved above its table. */
    static List<List<Block>> carry(List<List<Block>> pages) {
        List<List<Block>> out = new ArrayList<>();
        for (List<Block> page : pages) {
            out.add(new ArrayList<>(page));
        }
        for (int p = 0; p + 1 < out.size(); p++) {
            List<Block> page = out.get(p);
            int last = lastContent(page);
            int table = firstContent(out.get(p + 1));
            if (last < 0 || table < 0 || !(page.get(last) instanceof Block.Prose prose)
                    || !(out.get(p + 1).get(table) instanceof Block.Table)) {
                continue;
            }
            List<TextLine> lines = prose.lines();
            int title = -1;
            for (int k = lines.size() - 1; k >= Math.max(0, lines.size() - CAPTION_LINES) && title < 0; k--) {
                if (TableCaption.isTitle(lines.get(k).text())) {
                    title = k;
                }
            }
            if (title < 0) {
                continue;
            }
            if (title == 0) {
                page.remove(last);
            } else {
                page.set(last, new Block.Prose(lines.subList(0, title)));
            }
            out.get(p + 1).add(table, new Block.Prose(lines.subList(title, lines.size())));
        }
        return out;
    }

    /** The index of the page's last block that is not page furniture, or -1. */
    private static int lastContent(List<Block> page) {
        for (int k = page.size() - 1; k >= 0; k--) {
            if (!isFurniture(page.get(k))) {
                return k;
            }
        }
        return -1;
    }

    /** The index of the page's first block that is not page furniture, or -1. */
    private static int firstContent(List<Block> page) {
        for (int k = 0; k < page.size(); k++) {
            if (!isFurniture(page.get(k))) {
                return k;
            }
        }
        return -1;
    }

    private static boolean isFurniture(Block block) {
        return block instanceof Block.Prose prose && prose.furniture();
    }
}
