package vn.safeschool.unitimport;

import java.util.BitSet;
import java.util.List;
import java.util.Locale;

/**
 * A file's cells as text: the header row and the data rows, each with its number as a spreadsheet shows it. The
 * readers stop after {@code maxLines + 1} data rows that are not blank, so {@code lines} is never longer.
 */
record Table(List<String> header, List<Line> lines) {

    /** An .xlsx (its first sheet) or a .csv file, refused whole when too large, of another type or unreadable. */
    static Table read(String fileName, byte[] content, long maxBytes, int maxLines) throws FileRejected {
        if (content.length > maxBytes) {
            throw new FileRejected("import.error.too-large", maxBytes / 1024 / 1024);
        }
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx")) {
            return XlsxTableReader.read(content, maxLines);
        }
        if (name.endsWith(".csv")) {
            return CsvTableReader.read(content, maxLines);
        }
        throw new FileRejected("import.error.file-type");
    }

    /** A data row; {@code formulas} marks the cells of a workbook that hold a formula rather than a value. */
    record Line(int row, List<String> cells, BitSet formulas) {

        Line(int row, List<String> cells) {
            this(row, cells, new BitSet());
        }

        String cell(int index) {
            return index >= 0 && index < cells.size() ? Text.clean(cells.get(index)) : "";
        }

        boolean formula(int index) {
            return index >= 0 && formulas.get(index);
        }

        boolean blank() {
            return cells.stream().allMatch(c -> Text.clean(c).isEmpty());
        }
    }
}
