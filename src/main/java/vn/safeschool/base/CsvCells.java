package vn.safeschool.base;

/**
 * Text cells of the CSV files the application writes, made safe to open in a spreadsheet (OWASP, "CSV
 * Injection"): a cell that starts with {@code = + - @}, a tab or a carriage return would be read by Excel or
 * LibreOffice as a formula — {@code =HYPERLINK(...)}, {@code +cmd|' /C calc'!A0} — so it gets a leading single
 * quote, which the spreadsheet shows as text and hides. A unit named {@code -2+3} then reads {@code '-2+3} in a
 * text editor: the price of a name that no spreadsheet evaluates. Numbers are written as numbers, untouched.
 */
public final class CsvCells {

    private CsvCells() {
    }

    public static String text(String cell) {
        if (cell.isEmpty()) {
            return cell;
        }
        return switch (cell.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + cell;
            default -> cell;
        };
    }

    /** The row's values: each {@link CharSequence} through {@link #text}, anything else (a number) as it is. */
    public static java.util.List<Object> row(java.util.List<?> values) {
        return values.stream().map(v -> v instanceof CharSequence s ? (Object) text(s.toString()) : v).toList();
    }
}
