package io.github.govreport.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.govreport.core.Document;
import io.github.govreport.core.Fact;
import io.github.govreport.core.Kind;
import org.junit.jupiter.api.Test;

/** The role model decides where the rules leave a kind unknown, and only there (docs/roles-model.md). */
class RoleModelExtractionTest {

    /**
     * A report of 2024 that lost its headings, as copied from a web page: no heading, no kind cue
     * (全年 and 要 are aspect words, not kind cues), no year. What it did comes first, what it will do
     * last; the sentences between hold no numbers.
     */
    private static final String[] WORDS = {
        "我们坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，推动经济运行持续回升向好，高质量发展迈出坚实步伐。",
        "坚持把实体经济作为着力点，加快建设现代化产业体系，传统产业转型升级步伐加快，新兴产业集群不断壮大。",
        "深入实施创新驱动发展战略，科技创新平台建设取得突破，企业创新主体地位更加巩固，创新生态持续优化。",
        "全面深化改革开放，营商环境持续改善，重点领域和关键环节改革取得积极成效，对外开放水平不断提升。",
        "统筹推进乡村振兴和新型城镇化，农业基础更加稳固，城乡面貌发生新的变化，区域协调发展格局加快形成。",
        "坚持绿水青山就是金山银山，生态环境质量持续改善，污染防治攻坚战取得新成效，绿色低碳转型稳步推进。",
        "坚持以人民为中心，民生保障有力有效，教育医疗养老等公共服务水平不断提高，群众获得感幸福感安全感增强。",
        "统筹发展和安全，防范化解重大风险，社会大局保持和谐稳定，平安建设和法治建设扎实推进，基层治理不断加强。",
        "在肯定成绩的同时，我们也清醒认识到，发展中还存在不少困难和问题，经济回升向好的基础还不稳固，需要认真解决。",
        "做好今年工作，要坚持稳中求进、以进促稳、先立后破，着力扩大有效需求，着力推动高质量发展，着力保障和改善民生。",
        "我们将更加注重统筹兼顾，更加注重固本培元，更加注重改革创新，更加注重防范风险，确保各项工作落地见效。",
    };

    private static final String TEXT = "全年地区生产总值增长5.2%。\n" + paragraphs() + "今年要新建学校20所。\n";

    /** Paragraphs without numbers, each of two sentences, no two alike (repeated lines are running heads). */
    private static String paragraphs() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < WORDS.length; i++) {
            text.append(WORDS[i]).append(WORDS[(i + 4) % WORDS.length]).append('\n');
        }
        return text.toString();
    }

    @Test
    void theRulesAloneLeaveTheKindsOfAHeadlessTextUnknown() {
        Document document = ReportExtractor.builder().reportYear(2024).rulesOnly().build().extract(TEXT, "headless");
        assertThat(document.text().length()).isGreaterThan(1000);
        assertThat(document.facts()).extracting(Fact::text, Fact::kind, Fact::period)
                .containsExactly(tuple("5.2%", Kind.UNKNOWN, null), tuple("20所", Kind.UNKNOWN, null));
    }

    @Test
    void theModelGivesThemTheirSentencesRolesAndThePeriodFollows() {
        Document document = ReportExtractor.builder().reportYear(2024).build().extract(TEXT, "headless");
        assertThat(document.facts()).extracting(Fact::text, Fact::kind, Fact::period)
                .containsExactly(tuple("5.2%", Kind.ACTUAL, 2023), tuple("20所", Kind.TARGET, 2024));
    }

    @Test
    void whatTheRulesDecideTheModelLeavesAlone() {
        // 将 is a target cue, and the heading declares a review: the rules decide both, the model neither.
        String text = "一、2023年工作回顾\n全年将近300家企业上市，增长5%。\n二、今后工作\n将新建学校20所。\n";
        Document withModel = ReportExtractor.builder().reportYear(2024).build().extract(text, "ruled");
        Document rulesOnly = ReportExtractor.builder().reportYear(2024).rulesOnly().build().extract(text, "ruled");
        assertThat(withModel.facts()).extracting(Fact::kind, Fact::period)
                .isEqualTo(rulesOnly.facts().stream().map(f -> tuple(f.kind(), f.period())).toList());
    }
}
