package io.github.govreport.extract.internal.fact;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govreport.core.Footnote;
import io.github.govreport.core.Span;
import io.github.govreport.extract.Leniency;
import io.github.govreport.extract.dict.Dictionaries;
import io.github.govreport.extract.quantity.QuantityMention;
import io.github.govreport.extract.quantity.QuantityRecognizer;
import io.github.govreport.extract.segment.HanLpSegmenter;
import java.util.List;
import org.junit.jupiter.api.Test;

class SloganFootnotesTest {

    private static final QuantityRecognizer QUANTITIES = new QuantityRecognizer(Dictionaries.bundled(),
            new HanLpSegmenter(), Leniency.FACTS);

    /**
     * The texts of the quantities of {@code footnote} that are kept as facts, when the footnote
     * explains the marker placed right after {@code running}.
     */
    private static List<String> kept(String running, String footnote) {
        String text = running + "\n" + footnote;
        int marker = running.codePointCount(0, running.length());
        int start = text.codePointCount(0, running.length() + 1);
        Footnote note = new Footnote("n1", null, new Span(marker, marker),
                new Span(start, start + footnote.codePointCount(0, footnote.length())));
        return QUANTITIES.recognize(footnote).stream()
                .filter(m -> !SloganFootnotes.restatesSlogan(text, note, m))
                .map(m -> footnote.substring(m.start(), m.end()))
                .toList();
    }

    @Test
    void countsThatSpellOutTheNumbersOfAQuotedSloganAreNotFacts() {
        assertThat(kept("深化“1+7+N”", "为1个牵头部门、7个涉河街道、N个护渔员。")).isEmpty();
        assertThat(kept("围绕全市“33618”", "为3大万亿级主导产业集群，18个“新星”产业集群。")).isEmpty();
        // The slogan's numbers in Chinese numerals: 一中心四板块一网格 reads 1, 4, 1.
        assertThat(kept("全面提升“一中心四板块一网格”", "为街道基层治理指挥中心，党的建设、经济发展、民生服务、平安法治4个板块以及基层网格。"))
                .isEmpty();
        // The slogan may qualify a noun before the marker: “1361”整体构架[1].
        assertThat(kept("围绕数字重庆“1361”整体构架", "为1个一体化数据平台、1套基层智治体系。")).isEmpty();
    }

    @Test
    void otherNumbersOfSuchAFootnoteStayFacts() {
        // 42, 50 are not numbers of “四张清单”; lengths are not counts.
        assertThat(kept("迭代实施“四张清单”", "为42项重大项目、50项重大政策。")).containsExactly("42项", "50项");
        assertThat(kept("优化“一轴、一环、百巷”", "指打造3.3公里城市中心主轴，构筑108条后街小巷。"))
                .containsExactly("3.3公里", "108条");
    }

    @Test
    void aFootnoteAfterPlainTextOrAFarQuotationKeepsItsCounts() {
        assertThat(kept("入选国家级案例6个", "为3个区县、1个园区。")).containsExactly("3个", "1个");
        assertThat(kept("落实“33618”现代制造业集群体系建设要求", "为3个区县、1个园区。")).containsExactly("3个", "1个");
    }
}
