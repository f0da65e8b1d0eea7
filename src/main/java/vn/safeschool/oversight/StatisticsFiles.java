package vn.safeschool.oversight;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
 * are numbers formatted as percentages, and a UTF-8 CSV with a byte-order mark so that Excel reads the diacritics;
 * each under a block that says which campaign, moment, filter and structure the numbers are of.
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

    static byte[] xlsx(List<List<String>> about, String officesSheet, List<String> officesHeader,
            List<StatisticsRow> offices, StatisticsRow total, String schoolsSheet, List<String> schoolsHeader,
            List<StatisticsRow> schools) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            Sheet first = workbook.createSheet(officesSheet);
            int r = about(first, about, styles.bold);
            header(first, r, officesHeader, styles.bold);
            int number = 1;
            for (StatisticsRow row : offices) {
                write(first.createRow(++r), number++, row, false, styles, null);
            }
            write(first.createRow(++r), null, total, false, styles, styles.bold);
            Sheet second = workbook.createSheet(schoolsSheet);
            r = about(second, about, styles.bold);
            header(second, r, schoolsHeader, styles.bold);
            for (int i = 0; i < schools.size(); i++) {
                write(second.createRow(r + 1 + i), i + 1, schools.get(i), true, styles, null);
            }
            widths(first, officesHeader.size());
            widths(second, schoolsHeader.size());
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Shares as the file's language writes them ("77,7" in Vietnamese, never "77.7"), counts as plain integers:
     * the CSV is read by people and by a spreadsheet set to the same language.
     */
    static byte[] csv(List<List<String>> about, List<String> header, List<StatisticsRow> rows, Locale language) {
        NumberFormat share = NumberFormat.getNumberInstance(language);
        share.setMinimumFractionDigits(1);
        share.setMaximumFractionDigits(1);
        share.setGroupingUsed(false);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(writer, CSVFormat.EXCEL)) {
            for (List<String> line : about) {
                csv.printRecord(CsvCells.row(line));
            }
            csv.println();
            csv.printRecord(CsvCells.row(header));
            for (int i = 0; i < rows.size(); i++) {
                StatisticsRow row = rows.get(i);
                List<Object> values = new ArrayList<>(List.of(i + 1, row.code(), row.name(),
                        row.office() == null ? "" : row.office(), row.type()));
                numbers(row).forEach(n -> values.add(n instanceof BigDecimal part ? share.format(part) : n));
                csv.printRecord(CsvCells.row(values));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The block above a sheet's table, label and value per line, a blank line after it; the table's header row. */
    private static int about(Sheet sheet, List<List<String>> about, CellStyle bold) {
        int r = 0;
        for (List<String> line : about) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < line.size(); c++) {
                row.createCell(c).setCellValue(line.get(c));
            }
            row.getCell(0).setCellStyle(bold);
        }
        return r + 1;
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

    private static void header(Sheet sheet, int at, List<String> header, CellStyle bold) {
        Row row = sheet.createRow(at);
        for (int c = 0; c < header.size(); c++) {
            row.createCell(c).setCellValue(header.get(c));
            row.getCell(c).setCellStyle(bold);
        }
        sheet.createFreezePane(0, at + 1);
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
