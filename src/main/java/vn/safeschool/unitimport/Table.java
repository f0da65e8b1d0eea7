package vn.safeschool.unitimport;

import java.util.List;

/** A file's cells as text: the header row and the data rows, each with its number as a spreadsheet shows it. */
record Table(List<String> header, List<Line> lines) {

    record Line(int row, List<String> cells) {

        String cell(int index) {
            return index >= 0 && index < cells.size() ? Text.clean(cells.get(index)) : "";
        }

        boolean blank() {
            return cells.stream().allMatch(c -> Text.clean(c).isEmpty());
        }
    }
}
