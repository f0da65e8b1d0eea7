package vn.safeschool.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvCellsTest {

    @Test
    void a_cell_that_a_spreadsheet_would_take_for_a_formula_gets_a_leading_single_quote() {
        assertThat(List.of("=HYPERLINK(\"http://x\",\"y\")", "+cmd|' /C calc'!A0", "@SUM(A1)", "-2+3", "\t=1",
                "\r=1").stream().map(CsvCells::text).toList()).containsExactly("'=HYPERLINK(\"http://x\",\"y\")",
                        "'+cmd|' /C calc'!A0", "'@SUM(A1)", "'-2+3", "'\t=1", "'\r=1");
    }

    @Test
    void other_text_and_numbers_are_left_as_they_are() {
        assertThat(CsvCells.text("Trường Tiểu học A = B")).isEqualTo("Trường Tiểu học A = B");
        assertThat(CsvCells.text("")).isEmpty();
        assertThat(CsvCells.row(List.of("-1", -1L, new BigDecimal("-0.5"), "x"))).containsExactly("'-1", -1L,
                new BigDecimal("-0.5"), "x");
    }
}
