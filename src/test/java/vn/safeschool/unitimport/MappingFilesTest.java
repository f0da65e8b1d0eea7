package vn.safeschool.unitimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.safeschool.org.Restructuring.Action;
import vn.safeschool.org.Restructuring.Step;
import vn.safeschool.org.UnitKind;
import vn.safeschool.unitimport.MappingFiles.MappingRead;

/**
 * A reorganisation's mapping file read into steps — the words of a resolution in Vietnamese or English, headers in
 * any order and spelling — and every row it cannot read named, with nothing read from a file it refuses.
 */
class MappingFilesTest {

    private final MappingFiles files = new MappingFiles();

    @Test
    void vietnamese_actions_and_headers_in_any_order_and_case_become_steps_with_their_row_numbers() {
        MappingRead read = csv("""
                Ghi chú,cấp,TÊN MỚI,Mã đơn vị cấp trên mới,Mã mới,mã cũ,thao tac
                ,,,,,,
                xã mới,Xã,UBND xã Ia Ly,38,38X0401,,Thành lập
                ,,,,38X0401,3804,Chia tách
                ,,,38X0401,,38040001,Chuyển
                ,,,,38010002,38010001,SÁP NHẬP
                ,,Trường Tiểu học Mới,,,38010003,đổi tên
                ,,,,,3805,giai the
                ,,,,,3806,close
                """);

        assertThat(read.problems()).isEmpty();
        List<Step> steps = read.restructuring().steps();
        assertThat(steps).extracting(Step::line, Step::action).containsExactly(
                tuple(3, Action.CREATE), tuple(4, Action.SPLIT), tuple(5, Action.MOVE), tuple(6, Action.MERGE),
                tuple(7, Action.RENAME), tuple(8, Action.CLOSE), tuple(9, Action.CLOSE));
        assertThat(steps.getFirst()).isEqualTo(new Step(3, Action.CREATE, null, "38X0401", "38", "UBND xã Ia Ly",
                UnitKind.COMMUNE, null, null));
    }

    @Test
    void every_row_it_cannot_read_is_named_with_the_reason() {
        MappingRead read = csv("""
                Thao tác,Mã cũ,Mã mới,Tên mới,Cấp
                Nhảy,3801,,,
                Giải thể,"=HYPERLINK(""http://x"",""y"")",,,
                Đổi tên,<b>3802</b>,,,
                Thành lập,,X1,Xã Một,Tỉnh
                Đổi tên,3803,,%s,
                """.formatted("Tên ".repeat(70)));

        assertThat(read.readable()).isFalse();
        assertThat(read.problems()).extracting(p -> p.line() + " " + p.key()).containsExactly(
                "2 reorg.problem.bad-action", "3 import.problem.bad-code", "4 import.problem.bad-code",
                "5 reorg.problem.bad-kind", "6 import.problem.too-long");
        assertThat(read.problems().get(1).args()).containsExactly("=HYPERLINK(\"http://x\",\"y\")");
    }

    @Test
    void a_workbook_formula_is_a_problem_of_its_row_not_a_value() throws IOException {
        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Sắp xếp");
            write(sheet.createRow(0), List.of("Thao tác", "Mã cũ", "Mã mới"));
            write(sheet.createRow(1), List.of("Chuyển", "", ""));
            sheet.getRow(1).getCell(1).setCellFormula("\"38\"&\"01\"");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(sheet.getRow(1).getCell(1));
            workbook.write(out);
            xlsx = out.toByteArray();
        }

        MappingRead read = files.read("sap-xep.xlsx", xlsx);

        assertThat(read.problems()).extracting(p -> p.line() + " " + p.key()).containsExactly(
                "2 import.problem.formula");
    }

    @Test
    void a_file_that_is_not_utf8_of_another_type_too_large_or_without_the_action_column_is_refused_whole() {
        byte[] windows = "Thao tác,Mã cũ\nGiải thể,3801\n".getBytes(Charset.forName("windows-1258"));

        assertThat(files.read("sap-xep.csv", windows).problems()).extracting(p -> p.line() + " " + p.key())
                .containsExactly("0 import.error.not-utf8");
        assertThat(files.read("sap-xep.xls", new byte[] {1, 2}).problems().getFirst().key())
                .isEqualTo("import.error.file-type");
        assertThat(files.read("sap-xep.csv", new byte[(int) ImportService.MAX_BYTES + 1]).problems().getFirst()
                .key()).isEqualTo("import.error.too-large");
        assertThat(csv("Mã cũ,Tên mới\n3801,Phòng mới\n").problems().getFirst().key())
                .isEqualTo("import.error.missing-columns");
        assertThat(csv("Thao tác,Mã cũ\n,\n").problems().getFirst().key()).isEqualTo("import.error.no-rows");
    }

    @Test
    void the_template_reads_back_without_a_problem() {
        MappingRead read = files.read("mau.csv", files.template());

        assertThat(read.problems()).isEmpty();
        assertThat(read.restructuring().steps()).extracting(Step::action).containsExactly(Action.CREATE,
                Action.SPLIT, Action.MOVE, Action.MERGE, Action.RENAME, Action.RECODE, Action.CLOSE);
    }

    private MappingRead csv(String text) {
        return files.read("sap-xep.csv", text.getBytes(StandardCharsets.UTF_8));
    }

    private static void write(Row row, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            row.createCell(i).setCellValue(cells.get(i));
        }
    }
}
