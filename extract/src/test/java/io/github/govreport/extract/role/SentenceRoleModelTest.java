package io.github.govreport.extract.role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.govreport.extract.dict.Dictionaries;
import io.github.govreport.extract.segment.HanLpSegmenter;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class SentenceRoleModelTest {

    private static final RoleFeatures FEATURES = new RoleFeatures(new HanLpSegmenter(), Dictionaries.bundled());

    @Test
    void theBundledModelLoadsOnceAndKnowsTheThreeRoles() {
        assertThat(SentenceRoleModel.bundled()).isSameAs(SentenceRoleModel.bundled());
        assertThat(SentenceRoleModel.class.getResource(SentenceRoleModel.RESOURCE)).isNotNull();
    }

    @Test
    void aSentenceReportingLastYearIsAReview() {
        // A 2024 report about 2023: 全年 and the result's 增长 report what was done.
        SentenceRoleModel.Prediction prediction = SentenceRoleModel.bundled().predict(
                FEATURES.of(new RoleContext("全年地区生产总值增长5.2%。", List.of(), 2024, 0.1)));
        assertThat(prediction.role()).isEqualTo(SentenceRole.REVIEW);
        assertThat(prediction.probability()).isGreaterThanOrEqualTo(SentenceRoleModel.DECIDES);
    }

    @Test
    void aSentenceOfWhatWillBeDoneIsAPlan() {
        SentenceRoleModel.Prediction prediction = SentenceRoleModel.bundled().predict(
                FEATURES.of(new RoleContext("今年要新建学校20所。", List.of(), 2024, 0.7)));
        assertThat(prediction.role()).isEqualTo(SentenceRole.PLAN);
        assertThat(prediction.probability()).isGreaterThanOrEqualTo(SentenceRoleModel.DECIDES);
    }

    @Test
    void featuresNameWordsAspectYearHeadingsAndPosition() {
        List<String> features = List.of(FEATURES.of(new RoleContext("2023年全市新建了学校20所。",
                List.of("2023年工作回顾", "教育取得新进展"), 2024, 0.25)));
        assertThat(features).contains("bias", "w=学校", "aspect=result", "year=past", "h=教育", "pos=2")
                // numbers, and the heading words that decide by rule (回顾), are no features
                .doesNotContain("w=20", "h=回顾", "h=none");
        assertThat(FEATURES.of(new RoleContext("2025年力争增长6%。", List.of(), 2024, 1.0)))
                .contains("year=next", "aspect=plan", "h=none", "pos=9", "ww=力争_增长");
        // In a text too short to be a report, a sentence's place says nothing.
        assertThat(RoleContext.position(10, 200)).isNull();
        assertThat(FEATURES.of(new RoleContext("增长6%。", List.of(), null, RoleContext.position(0, 10))))
                .contains("pos=none", "year=none", "aspect=none");
        // A trainer hides the cue that gave a sentence its silver label.
        assertThat(FEATURES.of(new RoleContext("力争增长6%。", List.of(), null, 0.0), Set.of("力争")))
                .doesNotContain("w=力争", "aspect=plan");
    }

    @Test
    void trainingIsDeterministicAndAModelReadsBackAsItWasWritten() throws Exception {
        List<SentenceRoleModel.Example> examples = new ArrayList<>();
        String[][] sentences = {
            {"review", "全年地区生产总值增长5.2%。"}, {"review", "新建了学校12所。"}, {"review", "同比增长8%。"},
            {"plan", "今年要新建学校20所。"}, {"plan", "力争增长6%左右。"}, {"plan", "将新建道路30公里。"},
            {"other", "高校毕业生909万人。"},
        };
        for (int copy = 0; copy < 6; copy++) {
            for (String[] s : sentences) {
                examples.add(new SentenceRoleModel.Example(List.of(FEATURES.of(new RoleContext(s[1], List.of(), 2024,
                        0.5))), SentenceRole.fromLabel(s[0])));
            }
        }
        byte[] first = SentenceRoleModel.train(examples).toBytes();
        byte[] second = SentenceRoleModel.train(examples).toBytes();
        assertThat(second).isEqualTo(first);
        SentenceRoleModel read = SentenceRoleModel.read(new ByteArrayInputStream(first));
        assertThat(read.toBytes()).isEqualTo(first);
        assertThat(read.predict(FEATURES.of(new RoleContext("要新建学校20所。", List.of(), 2024, 0.5))).role())
                .isEqualTo(SentenceRole.PLAN);
    }

    @Test
    void trainingNeedsTwoRoles() {
        List<SentenceRoleModel.Example> one = List.of(
                new SentenceRoleModel.Example(List.of("bias", "w=增长"), SentenceRole.REVIEW));
        assertThatThrownBy(() -> SentenceRoleModel.train(one)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("two roles");
    }

    @Test
    void predictionsFromManyThreadsAgreeWithOneThread() throws Exception {
        String[] features = FEATURES.of(new RoleContext("今年要新建学校20所。", List.of(), 2024, 0.7));
        SentenceRoleModel.Prediction expected = SentenceRoleModel.bundled().predict(features);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<SentenceRoleModel.Prediction>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                results.add(pool.submit(() -> SentenceRoleModel.bundled().predict(features)));
            }
            for (Future<SentenceRoleModel.Prediction> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
