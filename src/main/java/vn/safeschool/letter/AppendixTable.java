package vn.safeschool.letter;

import java.awt.Color;
import java.text.NumberFormat;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import vn.safeschool.base.Shares;
import vn.safeschool.oversight.OverviewRow;

/**
 * The list attached to the letter: per district office (and the units directly under the department together),
 * how many institutions, how many of them Safe, At risk, Unsafe and Not declared, and the share declared — the
 * same rows as the statistics list's first sheet, with its totals row.
 */
final class AppendixTable {

    private static final List<String> COLUMNS = List.of("export.column.number", "export.column.name",
            "export.column.institutions", "export.column.safe", "export.column.at-risk", "export.column.unsafe",
            "export.column.not-declared", "export.column.completion");
    private static final float[] WIDTHS = {0.06f, 0.4f, 0.09f, 0.09f, 0.09f, 0.09f, 0.09f, 0.09f};
    private static final Color HEADER = new Color(0xE8, 0xE8, 0xE8);

    private final LetterComposer words;
    private final LetterFonts fonts;

    AppendixTable(LetterComposer words, LetterFonts fonts) {
        this.words = words;
        this.fonts = fonts;
    }

    void addTo(Document document, Letter letter) {
        document.add(LetterPdf.centered(words.word("letter.doc.appendix.title"), fonts.bold(13)));
        document.add(LetterPdf.centered(letter.appendixReference(), fonts.italic(12)));
        Paragraph asOf = LetterPdf.centered(words.word("letter.doc.appendix.as-of", letter.asOfText()),
                fonts.italic(12));
        asOf.setSpacingAfter(10);
        document.add(asOf);

        PdfPTable table = LetterPdf.table(WIDTHS);
        table.setHeaderRows(1);
        COLUMNS.forEach(key -> table.addCell(cell(words.word(key), fonts.bold(10), Element.ALIGN_CENTER, HEADER)));
        int number = 1;
        for (OverviewRow row : letter.appendix()) {
            table.addCell(cell(String.valueOf(number++), fonts.regular(10.5f), Element.ALIGN_CENTER, null));
            table.addCell(cell(words.name(row), fonts.regular(10.5f), Element.ALIGN_LEFT, null));
            numbers(table, row, fonts.regular(10.5f));
        }
        table.addCell(cell("", fonts.bold(10.5f), Element.ALIGN_CENTER, null));
        table.addCell(cell(words.word("export.total"), fonts.bold(10.5f), Element.ALIGN_LEFT, null));
        numbers(table, OverviewRow.of(List.of(letter.total())).getFirst(), fonts.bold(10.5f));
        document.add(table);
    }

    private static void numbers(PdfPTable table, OverviewRow row, Font font) {
        NumberFormat count = NumberFormat.getIntegerInstance(LetterComposer.LANGUAGE);
        for (long value : new long[] {row.institutions(), row.safe(), row.atRisk(), row.unsafe(),
                row.notDeclared()}) {
            table.addCell(cell(count.format(value), font, Element.ALIGN_RIGHT, null));
        }
        table.addCell(cell(Shares.format(row.declared(), row.institutions(), LetterComposer.LANGUAGE), font,
                Element.ALIGN_RIGHT, null));
    }

    private static PdfPCell cell(String text, Font font, int alignment, @Nullable Color background) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(alignment);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setPadding(3);
        cell.setBorderWidth(0.5f);
        if (background != null) {
            cell.setBackgroundColor(background);
        }
        return cell;
    }
}
