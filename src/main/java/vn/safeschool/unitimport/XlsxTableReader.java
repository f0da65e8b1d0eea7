package vn.safeschool.unitimport;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The first sheet of an .xlsx workbook as a {@link Table}, read streaming ({@link XlsxSheetReader}): the reading
 * stops one row past the limit, so a sheet of 300,000 rows costs what 20,001 do.
 */
final class XlsxTableReader {

    private XlsxTableReader() {
    }

    static Table read(byte[] bytes, int maxLines) throws FileRejected {
        List<Table.Line> lines = new ArrayList<>();
        List<List<String>> header = new ArrayList<>(1);
        int[] counted = {0};
        try {
            XlsxSheetReader.read(bytes, row -> {
                if (header.isEmpty()) {
                    if (row.cells().stream().anyMatch(s -> !s.isBlank())) {
                        header.add(row.cells());
                    }
                    return true;
                }
                Table.Line line = new Table.Line(row.number(), row.cells(), row.formulas());
                lines.add(line);
                if (!line.blank()) {
                    counted[0]++;
                }
                return counted[0] <= maxLines;
            });
        } catch (XlsxSheetReader.Unreadable e) {
            throw e.tooLarge()
                    ? new FileRejected("import.error.too-much-text", XlsxSheetReader.MAX_SHARED_STRINGS_BYTES >> 20)
                    : new FileRejected("import.error.unreadable-xlsx");
        }
        @Nullable List<String> head = header.isEmpty() ? null : header.getFirst();
        if (head == null) {
            throw new FileRejected("import.error.empty");
        }
        return new Table(head, lines);
    }
}
