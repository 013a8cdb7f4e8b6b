package io.github.govreport.extract.internal.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Ruled tables continued over page breaks. */
class TableJoinerTest {

    private static final List<Float> EDGES = List.of(50f, 90f, 130f, 300f, 400f);

    private static Block.Table table(List<String> header, List<List<String>> rows, List<Float> edges,
                                     List<List<String>> headerRows) {
        return new Block.Table(new Grid(0, 0, header, rows, true, edges, headerRows), List.of());
    }

    @Test
    void aTableOverThreePagesEndsUpWholeInTheFirst() {
        List<String> header = List.of("类", "款", "科目名称", "金额");
        Block.Table first = table(header, List.of(List.of("201", "", "一般公共服务支出", "2,106.66")), EDGES,
                List.of(header));
        Block.Table second = table(List.of(), List.of(List.of("208", "", "社会保障和就业支出", "326.72")), EDGES,
                List.of());
        // 合计 over 类, 款 and 科目名称 alone on the last page: some of the same rulings
        Block.Table third = table(List.of(), List.of(List.of("合计", "2,946.25")), List.of(50f, 300f, 400f),
                List.of());
        List<List<Block>> pages = TableJoiner.join(List.of(List.of(first), List.of(second), List.of(third)));
        assertThat(pages.get(1)).isEmpty();
        assertThat(pages.get(2)).isEmpty();
        Grid joined = ((Block.Table) pages.get(0).get(0)).grid();
        assertThat(joined.rows()).containsExactly(List.of("201", "", "一般公共服务支出", "2,106.66"),
                List.of("208", "", "社会保障和就业支出", "326.72"), List.of("", "", "合计", "2,946.25"));
    }

    @Test
    void rowsWithoutValuesAtTheTopOfTheNextPageUnderTheSameRulingsAreRows() {
        List<String> header = List.of("项目", "决算数");
        List<Float> edges = List.of(50f, 200f, 300f);
        Block.Table first = table(header, List.of(List.of("本年收入合计", "2,946.25")), edges, List.of(header));
        Block.Table second = table(List.of("使用非财政拨款结余", ""),
                List.of(List.of("年初结转和结余", "49.14")), edges, List.of(List.of("使用非财政拨款结余", "")));
        Grid joined = ((Block.Table) TableJoiner.join(List.of(List.of(first), List.of(second))).get(0).get(0)).grid();
        assertThat(joined.rows()).containsExactly(List.of("本年收入合计", "2,946.25"), List.of("使用非财政拨款结余", ""),
                List.of("年初结转和结余", "49.14"));
    }

    @Test
    void aNewTableUnderItsOwnTitleIsNoContinuation() {
        List<String> header = List.of("项目", "金额");
        List<Float> edges = List.of(50f, 200f, 300f);
        Block.Table first = table(header, List.of(List.of("收入合计", "13,377.11")), edges, List.of(header));
        Glyphs title = new Glyphs();
        title.at(50, 60, "收入预算总表");
        Block.Prose caption = new Block.Prose(title.lines());
        Block.Table second = table(List.of("项目", "合计"), List.of(List.of("收入总计", "13,377.11")), edges,
                List.of(List.of("项目", "合计")));
        List<List<Block>> pages = TableJoiner.join(List.of(List.of(first), List.of(caption, second)));
        assertThat(pages.get(1)).hasSize(2);
    }
}
