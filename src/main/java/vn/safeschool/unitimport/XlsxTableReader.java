package vn.safeschool.unitimport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The first sheet of an .xlsx workbook, each cell as Excel displays it (so a numeric code keeps its digits). */
final class XlsxTableReader {

    private XlsxTableReader() {
    }

    static Table read(byte[] bytes) throws FileRejected {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new FileRejected("import.error.empty");
            }
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            List<String> header = null;
            List<Table.Line> lines = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : formatter.formatCellValue(cell));
                }
                if (header == null) {
                    if (cells.stream().anyMatch(s -> !s.isBlank())) {
                        header = cells;
                    }
                } else {
                    lines.add(new Table.Line(row.getRowNum() + 1, cells));
                }
            }
            if (header == null) {
                throw new FileRejected("import.error.empty");
            }
            return new Table(header, lines);
        } catch (IOException | RuntimeException e) {
            // not a zip, not a workbook, or a damaged one: POI says so with a variety of exceptions
            throw new FileRejected("import.error.unreadable-xlsx");
        }
    }
}
