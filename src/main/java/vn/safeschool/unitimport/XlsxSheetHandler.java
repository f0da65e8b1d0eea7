package vn.safeschool.unitimport;

import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.jspecify.annotations.Nullable;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;

/**
 * POI's sheet handler for {@link XlsxSheetReader}, which also notes whether the cell being read has a formula, cached
 * value or not.
 */
final class XlsxSheetHandler extends XSSFSheetXMLHandler {

    private static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private final Cells cells;

    XlsxSheetHandler(XSSFReader reader, ReadOnlySharedStringsTable strings, XlsxSheetReader.RowHandler rows)
            throws IOException {
        this(reader, strings, new Cells(rows));
    }

    private XlsxSheetHandler(XSSFReader reader, ReadOnlySharedStringsTable strings, Cells cells)
            throws IOException {
        super(stylesOf(reader), null, strings, cells, new DataFormatter(), true);
        this.cells = cells;
    }

    private static org.apache.poi.xssf.model.@Nullable StylesTable stylesOf(XSSFReader reader)
            throws IOException {
        try {
            return reader.getStylesTable();
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes)
            throws SAXException {
        if (MAIN_NS.equals(uri) || uri == null || uri.isEmpty()) {
            if ("c".equals(localName)) {
                cells.startCell(attributes.getValue("r"));
            } else if ("f".equals(localName)) {
                cells.formula = true;
                cells.formulaOpen = true;
            }
        }
        super.startElement(uri, localName, qName, attributes);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        super.endElement(uri, localName, qName);
        if (MAIN_NS.equals(uri) || uri == null || uri.isEmpty()) {
            if ("f".equals(localName)) {
                cells.formulaOpen = false;
            } else if ("c".equals(localName)) {
                cells.endCell();
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (cells.formulaOpen) {
            cells.formulaText.append(ch, start, length);
        }
        super.characters(ch, start, length);
    }

    /** Gathers one row's cells and hands the row over at its end. */
    private static final class Cells implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final XlsxSheetReader.RowHandler rows;
        private final List<String> values = new ArrayList<>();
        private final BitSet formulas = new BitSet();
        private @Nullable String reference;
        private final StringBuilder formulaText = new StringBuilder();
        private boolean formula;
        private boolean formulaOpen;
        private boolean given;

        Cells(XlsxSheetReader.RowHandler rows) {
            this.rows = rows;
        }

        void startCell(@Nullable String ref) {
            reference = ref;
            formula = false;
            formulaText.setLength(0);
            given = false;
        }

        /** A formula with no cached value gets no call from POI: it must not pass for an empty cell. */
        void endCell() {
            if (formula && !given) {
                cell(reference, formulaText.toString(), null);
            }
        }

        @Override
        public void startRow(int rowNum) {
            values.clear();
            formulas.clear();
        }

        @Override
        public void endRow(int rowNum) {
            if (!values.isEmpty() && !rows.row(new XlsxSheetReader.Row(rowNum + 1, values, formulas))) {
                throw new Stop();
            }
        }

        @Override
        public void cell(@Nullable String ref, @Nullable String value, @Nullable XSSFComment comment) {
            given = true;
            int column = ref == null ? values.size() : new CellReference(ref).getCol();
            if (column >= XlsxSheetReader.MAX_COLUMNS) {
                return;
            }
            while (values.size() <= column) {
                values.add("");
            }
            String text = value == null ? "" : value;
            values.set(column, formula ? "=" + text : text);
            formulas.set(column, formula);
        }
    }

    /** Thrown through the parser to stop it; never leaves the reader. */
    static final class Stop extends RuntimeException {
        Stop() {
            super(null, null, false, false);
        }
    }
}
