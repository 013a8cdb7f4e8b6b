package io.github.govreport.extract.internal.fact;

import io.github.govreport.core.Qualifier;
import io.github.govreport.extract.quantity.QuantityMention;
import java.util.ArrayList;
import java.util.List;

/**
 * A hedge written once after the last number of a 分别 list holds for every number of the list:
 * 学前教育普惠率、公办在园幼儿占比分别达到90%、53%以上 → both at least; so does one written before
 * the first: 分别超过15万亩、30万亩. Only numbers joined by 、 or 和 right after 分别, without a hedge
 * of their own, take it.
 */
final class SharedQualifier {

    private SharedQualifier() {
    }

    static List<QuantityMention> apply(String sentence, List<QuantityMention> mentions) {
        List<QuantityMention> out = new ArrayList<>(mentions);
        int i = 0;
        while (i < out.size()) {
            int last = i;
            while (last + 1 < out.size() && joined(sentence, out.get(last), out.get(last + 1))) {
                last++;
            }
            QuantityMention head = out.get(i);
            QuantityMention tail = out.get(last);
            boolean hedgeAfter = tail.qualifier() != Qualifier.EXACT && tail.start() == tail.numberStart();
            // 分别超过15万亩、30万亩: a hedge before the first number holds for the list as well.
            boolean hedgeBefore = head.qualifier() != Qualifier.EXACT && head.start() < head.numberStart();
            if (last > i && (hedgeAfter || hedgeBefore) && afterShared(sentence, head.numberStart())) {
                Qualifier shared = hedgeAfter ? tail.qualifier() : head.qualifier();
                for (int k = i; k <= last; k++) {
                    QuantityMention m = out.get(k);
                    if (m.qualifier() == Qualifier.EXACT) {
                        out.set(k, new QuantityMention(m.start(), m.end(), m.numberStart(), m.quantity(), m.unit(),
                                shared, m.measure()));
                    }
                }
            }
            i = last + 1;
        }
        return out;
    }

    /** Two numbers of one list: only 、 or 和 between them. */
    private static boolean joined(String s, QuantityMention a, QuantityMention b) {
        String between = s.substring(a.end(), b.start()).strip();
        return between.equals("、") || between.equals("和");
    }

    /** 分别 (perhaps with a verb: 分别达到, 分别增长) stands right before the list. */
    private static boolean afterShared(String s, int listStart) {
        int from = Math.max(0, listStart - 6);
        return s.substring(from, listStart).contains("分别");
    }
}
