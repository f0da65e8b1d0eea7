package vn.safeschool.letter;

import java.io.ByteArrayOutputStream;
import java.util.List;

import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.openpdf.text.pdf.draw.LineSeparator;
import org.springframework.stereotype.Component;

/**
 * Prints a composed letter on A4 in the layout of Decree 30/2020/NĐ-CP (Appendix I): margins 20 mm top and bottom,
 * 30 mm left, 15 mm right; the issuer and the national name side by side, each over its short rule; number and
 * subject under the issuer, place and date in italics under the motto; "Kính gửi"; the body justified with its
 * first lines indented; "Nơi nhận" bottom left, the signature block bottom right. The per-unit list follows on a
 * page of its own ({@link AppendixTable}).
 */
@Component
class LetterPdf {

    static final float MM = 72f / 25.4f;
    private static final float WIDTH = PageSize.A4.getWidth() - 45 * MM;
    /** Wide enough, at 12 pt, for "SỞ GIÁO DỤC VÀ ĐÀO TẠO GIA LAI" beside "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM". */
    private static final float[] HEADER = {0.455f, 0.545f};

    private final LetterComposer words;

    LetterPdf(LetterComposer words) {
        this.words = words;
    }

    byte[] render(Letter letter) {
        LetterFonts fonts = LetterFonts.get();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 30 * MM, 15 * MM, 20 * MM, 20 * MM);
        PdfWriter.getInstance(document, out);
        document.addTitle(letter.subjectLine());
        document.addAuthor(letter.issuingBody());
        document.addCreator("SafeSchool");
        document.setDocumentLanguage("vi");
        document.open();
        document.add(header(letter, fonts));
        document.add(recipients(letter, fonts));
        for (String paragraph : letter.body()) {
            Paragraph p = new Paragraph(paragraph, fonts.regular(13));
            p.setAlignment(Element.ALIGN_JUSTIFIED);
            p.setFirstLineIndent(12.7f * MM);
            p.setLeading(0, 1.2f);
            p.setSpacingAfter(6);
            document.add(p);
        }
        document.add(closing(letter, fonts));
        document.newPage();
        new AppendixTable(words, fonts).addTo(document, letter);
        document.close();
        return out.toByteArray();
    }

    private PdfPTable header(Letter letter, LetterFonts fonts) {
        PdfPTable table = table(HEADER);
        PdfPCell issuer = cell(Element.ALIGN_CENTER);
        issuer.addElement(centered(letter.governingBody(), fonts.regular(12)));
        issuer.addElement(centered(letter.issuingBody(), fonts.bold(12)));
        issuer.addElement(rule(30, fonts));
        table.addCell(issuer);
        String motto = words.word("letter.doc.motto");
        PdfPCell nation = cell(Element.ALIGN_CENTER);
        nation.addElement(centered(words.word("letter.doc.nation"), fonts.bold(12)));
        nation.addElement(centered(motto, fonts.bold(13)));
        nation.addElement(rule(100 * fonts.bold.getWidthPoint(motto, 13) / (WIDTH * HEADER[1]), fonts));
        table.addCell(nation);
        PdfPCell number = cell(Element.ALIGN_CENTER);
        number.setPaddingTop(8);
        number.addElement(centered(letter.numberLine(), fonts.regular(13)));
        number.addElement(centered(letter.subjectLine(), fonts.regular(12)));
        table.addCell(number);
        PdfPCell date = cell(Element.ALIGN_CENTER);
        date.setPaddingTop(8);
        date.addElement(centered(letter.placeAndDate(), fonts.italic(13)));
        table.addCell(date);
        table.setSpacingAfter(14);
        return table;
    }

    private PdfPTable recipients(Letter letter, LetterFonts fonts) {
        PdfPTable table = table(new float[] {0.3f, 0.7f});
        PdfPCell label = cell(Element.ALIGN_RIGHT);
        label.setPaddingRight(4);
        Paragraph to = new Paragraph(words.word("letter.doc.to"), fonts.regular(13));
        to.setAlignment(Element.ALIGN_RIGHT);
        label.addElement(to);
        table.addCell(label);
        table.addCell(list(cell(Element.ALIGN_LEFT), letter.recipients(), fonts.regular(13),
                letter.recipients().size() > 1));
        table.setSpacingAfter(10);
        return table;
    }

    /** "Nơi nhận" at the bottom left, the signature at the bottom right, kept on one page. */
    private PdfPTable closing(Letter letter, LetterFonts fonts) {
        PdfPTable table = table(new float[] {0.45f, 0.55f});
        table.setKeepTogether(true);
        table.setSpacingBefore(10);
        PdfPCell copies = cell(Element.ALIGN_LEFT);
        copies.addElement(new Paragraph(words.word("letter.doc.copies"), fonts.boldItalic(12)));
        table.addCell(list(copies, letter.copiesTo(), fonts.regular(11), true));
        PdfPCell signature = cell(Element.ALIGN_CENTER);
        letter.signerTitle().forEach(line -> signature.addElement(centered(line, fonts.bold(13))));
        Paragraph name = centered(letter.signerName(), fonts.bold(13));
        name.setSpacingBefore(70);
        signature.addElement(name);
        table.addCell(signature);
        return table;
    }

    private static PdfPCell list(PdfPCell cell, List<String> items, Font font, boolean dashed) {
        for (String item : items) {
            cell.addElement(new Paragraph(dashed ? "- " + item : item, font));
        }
        return cell;
    }

    static PdfPTable table(float[] widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        return table;
    }

    static PdfPCell cell(int alignment) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(0);
        return cell;
    }

    static Paragraph centered(String text, Font font) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setLeading(0, 1.15f);
        return paragraph;
    }

    /** The short solid rule under the issuer and under the motto, as a percentage of the column. */
    private static Paragraph rule(float percent, LetterFonts fonts) {
        Paragraph paragraph = new Paragraph(7, "", fonts.regular(4));
        paragraph.add(new Chunk(new LineSeparator(0.6f, percent, null, Element.ALIGN_CENTER, 0)));
        return paragraph;
    }
}
