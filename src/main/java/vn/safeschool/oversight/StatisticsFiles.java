package vn.safeschool.oversight;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import vn.safeschool.base.CsvCells;

/**
 * Writes the statistics list: an .xlsx of two sheets (per office with a totals row, per institution) whose shares
 * are numbers formatted as percentages, and a UTF-8 CSV with a byte-order mark so that Excel reads the diacritics.
 * Names go into the workbook as string cells, never formulas; into the CSV through {@link CsvCells}, so that a unit
 * named {@code =HYPERLINK(...)} is text in either.
 */
final class StatisticsFiles {

    /** The numeric columns after the unit's own: counts, each status with its share, late, stale, completion. */
    static final List<String> NUMBER_KEYS = List.of("institutions", "safe", "share", "at-risk", "share", "unsafe",
            "share", "not-declared", "share", "late", "stale", "completion");

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private StatisticsFiles() {
    }

    static byte[] xlsx(String officesSheet, List<String> officesHeader, List<StatisticsRow> offices,
            StatisticsRow total, String schoolsSheet, List<String> schoolsHeader, List<StatisticsRow> schools) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            Sheet first = workbook.createSheet(officesSheet);
            header(first, officesHeader, styles.bold);
            int r = 1;
            for (StatisticsRow row : offices) {
                write(first.createRow(r), r, row, false, styles, null);
                r++;
            }
            write(first.createRow(r), null, total, false, styles, styles.bold);
            Sheet second = workbook.createSheet(schoolsSheet);
            header(second, schoolsHeader, styles.bold);
            for (int i = 0; i < schools.size(); i++) {
                write(second.createRow(i + 1), i + 1, schools.get(i), true, styles, null);
            }
            widths(first, officesHeader.size());
            widths(second, schoolsHeader.size());
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] csv(List<String> header, List<StatisticsRow> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(writer, CSVFormat.EXCEL)) {
            csv.printRecord(CsvCells.row(header));
            for (int i = 0; i < rows.size(); i++) {
                StatisticsRow row = rows.get(i);
                List<Object> values = new ArrayList<>(List.of(i + 1, row.code(), row.name(),
                        row.office() == null ? "" : row.office(), row.type()));
                numbers(row).forEach(n -> values.add(n instanceof BigDecimal share ? share.toPlainString() : n));
                csv.printRecord(CsvCells.row(values));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Counts as Longs, shares as percentages (77.7) with one decimal. */
    private static List<Object> numbers(StatisticsRow row) {
        return List.of(row.institutions(), row.safe(), row.share(row.safe()), row.atRisk(), row.share(row.atRisk()),
                row.unsafe(), row.share(row.unsafe()), row.notDeclared(), row.share(row.notDeclared()), row.late(),
                row.stale(), row.completion());
    }

    private static void write(Row out, @Nullable Integer number, StatisticsRow row, boolean withOffice,
            Styles styles, @Nullable CellStyle emphasis) {
        int c = 0;
        if (number != null) {
            out.createCell(c).setCellValue(number);
        }
        c++;
        out.createCell(c++).setCellValue(row.code());
        out.createCell(c++).setCellValue(row.name());
        if (withOffice) {
            out.createCell(c++).setCellValue(row.office() == null ? "" : row.office());
        }
        out.createCell(c++).setCellValue(row.type());
        for (Object value : numbers(row)) {
            var cell = out.createCell(c++);
            if (value instanceof BigDecimal share) {
                cell.setCellValue(share.movePointLeft(2).doubleValue());
                cell.setCellStyle(emphasis == null ? styles.percent : styles.boldPercent);
            } else {
                cell.setCellValue(((Number) value).doubleValue());
                if (emphasis != null) {
                    cell.setCellStyle(emphasis);
                }
            }
        }
        if (emphasis != null) {
            for (int i = 0; i < c; i++) {
                if (out.getCell(i) != null && out.getCell(i).getCellStyle().getIndex() == 0) {
                    out.getCell(i).setCellStyle(emphasis);
                }
            }
        }
    }

    private static void header(Sheet sheet, List<String> header, CellStyle bold) {
        Row row = sheet.createRow(0);
        for (int c = 0; c < header.size(); c++) {
            row.createCell(c).setCellValue(header.get(c));
            row.getCell(c).setCellStyle(bold);
        }
        sheet.createFreezePane(0, 1);
    }

    private static void widths(Sheet sheet, int columns) {
        for (int c = 0; c < columns; c++) {
            sheet.setColumnWidth(c, (c == 2 || c == 3 ? 40 : 14) * 256);
        }
    }

    private static final class Styles {

        final CellStyle bold;
        final CellStyle percent;
        final CellStyle boldPercent;

        Styles(XSSFWorkbook workbook) {
            Font font = workbook.createFont();
            font.setBold(true);
            short format = workbook.createDataFormat().getFormat("0.0%");
            bold = workbook.createCellStyle();
            bold.setFont(font);
            percent = workbook.createCellStyle();
            percent.setDataFormat(format);
            boldPercent = workbook.createCellStyle();
            boldPercent.setDataFormat(format);
            boldPercent.setFont(font);
        }
    }
}
