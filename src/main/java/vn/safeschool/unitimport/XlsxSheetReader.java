package vn.safeschool.unitimport;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.jspecify.annotations.Nullable;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.AttributesImpl;

/**
 * The first sheet of an .xlsx workbook, read row by row with POI's event API: the sheet is parsed as it is
 * inflated, never built in memory, and the caller stops the reading when it has seen enough. Each cell comes as
 * Excel displays it (a numeric code keeps its digits); a formula comes as its text with the {@code =}, flagged, so
 * that no caller takes a formula for a value. The workbook's shared strings are read whole first (that is how the
 * format is made), up to {@link #MAX_SHARED_STRINGS_BYTES}; cells right of {@link #MAX_COLUMNS} are skipped.
 *
 * <pre>{@code
 * XlsxSheetReader.read(bytes, row -> {
 *     if (row.number() == 1) header = row.cells();   // 1 is the first row, as a spreadsheet numbers it
 *     else mapping.put(row.cell(0), row.cell(1));
 *     return true;                                    // false stops the reading
 * });
 * }</pre>
 */
public final class XlsxSheetReader {

    /** Columns A to IV; a sheet's further cells are not read. */
    public static final int MAX_COLUMNS = 256;
    /** The shared strings part, inflated; a larger one refuses the workbook ({@link Unreadable#tooLarge()}). */
    public static final long MAX_SHARED_STRINGS_BYTES = 64L * 1024 * 1024;

    /** A row: its number as a spreadsheet shows it (from 1), its cells ("" when empty), which hold a formula. */
    public record Row(int number, List<String> cells, BitSet formulas) {

        public Row {
            cells = List.copyOf(cells);
            formulas = (BitSet) formulas.clone();
        }

        /** The cell as displayed, "" past the row's last cell. */
        public String cell(int column) {
            return column >= 0 && column < cells.size() ? cells.get(column) : "";
        }

        /** Whether the cell holds a formula (its text, {@code =} first, is then {@link #cell}). */
        public boolean formula(int column) {
            return column >= 0 && formulas.get(column);
        }
    }

    /** Called for each row that has a cell, in order; {@code false} stops the reading there. */
    @FunctionalInterface
    public interface RowHandler {
        boolean row(Row row);
    }

    /** Not a workbook, a damaged one, one that inflates past POI's zip-bomb limits, or too many shared strings. */
    public static final class Unreadable extends Exception {

        private final boolean tooLarge;

        Unreadable(String message, @Nullable Throwable cause, boolean tooLarge) {
            super(message, cause);
            this.tooLarge = tooLarge;
        }

        public boolean tooLarge() {
            return tooLarge;
        }
    }

    private XlsxSheetReader() {
    }

    /** Reads a workbook held in memory (an upload); it is spooled to a temporary file, deleted afterwards. */
    public static void read(byte[] xlsx, RowHandler rows) throws Unreadable {
        Path file = null;
        try {
            file = Files.createTempFile("safeschool-sheet-", ".xlsx");
            Files.write(file, xlsx);
            read(file, rows);
        } catch (IOException e) {
            throw new Unreadable("cannot spool the workbook", e, false);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temporary file left behind is removed with the temporary directory
                }
            }
        }
    }

    /**
     * Reads a workbook file. Opened from a file, the package inflates each part only when it is read (opened from
     * a stream, POI would inflate every part into memory first).
     */
    public static void read(Path xlsx, RowHandler rows) throws Unreadable {
        try (OPCPackage pkg = OPCPackage.open(xlsx.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = sharedStrings(pkg);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                return;
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XlsxSheetHandler(reader, strings, rows));
                parser.parse(new InputSource(sheet));
            } catch (XlsxSheetHandler.Stop stop) {
                // the caller has seen enough
            }
        } catch (TooLarge e) {
            throw new Unreadable("shared strings over " + MAX_SHARED_STRINGS_BYTES + " bytes", e, true);
        } catch (Exception e) {
            // not a zip, not a workbook, a damaged one, a zip bomb: POI says so with a variety of exceptions
            throw new Unreadable(String.valueOf(e.getMessage()), e, false);
        }
    }

    private static ReadOnlySharedStringsTable sharedStrings(OPCPackage pkg) throws IOException, SAXException {
        List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        if (parts.isEmpty()) {
            return new BoundedSharedStrings(InputStream.nullInputStream());
        }
        try (InputStream in = new Bounded(parts.getFirst().getInputStream(), MAX_SHARED_STRINGS_BYTES)) {
            return new BoundedSharedStrings(in);
        }
    }

    /** POI's table, told no count: it would size its list by the file's own uniqueCount, which may be a lie. */
    private static final class BoundedSharedStrings extends ReadOnlySharedStringsTable {

        BoundedSharedStrings(InputStream in) throws IOException, SAXException {
            super(in, false);
        }

        @Override
        public void startElement(String uri, String localName, String name, Attributes attributes)
                throws SAXException {
            if ("sst".equals(localName)) {
                AttributesImpl none = new AttributesImpl(attributes);
                for (String count : new String[] {"count", "uniqueCount"}) {
                    int index = none.getIndex(count);
                    if (index >= 0) {
                        none.removeAttribute(index);
                    }
                }
                super.startElement(uri, localName, name, none);
            } else {
                super.startElement(uri, localName, name, attributes);
            }
        }
    }

    private static final class TooLarge extends IOException {
        TooLarge() {
            super("too large");
        }
    }

    private static final class Bounded extends FilterInputStream {

        private long left;

        Bounded(InputStream in, long limit) {
            super(in);
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) throws TooLarge {
            left -= n;
            if (left < 0) {
                throw new TooLarge();
            }
        }
    }
}
