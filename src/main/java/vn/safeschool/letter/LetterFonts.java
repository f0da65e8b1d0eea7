package vn.safeschool.letter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.openpdf.text.Font;
import org.openpdf.text.pdf.BaseFont;

/**
 * Liberation Serif, from the openpdf-fonts-extra jar: the metrics of Times New Roman, which Decree 30/2020/NĐ-CP
 * prescribes, and every Vietnamese letter. Embedded (a subset) with Identity-H encoding, so the PDF shows and
 * copies its diacritics on any reader, installed fonts or not. Loaded once; a BaseFont serves many documents.
 */
final class LetterFonts {

    private static final String FOLDER = "liberation/";

    final BaseFont regular;
    final BaseFont bold;
    final BaseFont italic;
    final BaseFont boldItalic;

    private LetterFonts() {
        regular = load("LiberationSerif-Regular.ttf");
        bold = load("LiberationSerif-Bold.ttf");
        italic = load("LiberationSerif-Italic.ttf");
        boldItalic = load("LiberationSerif-BoldItalic.ttf");
    }

    private static final class Holder {
        static final LetterFonts FONTS = new LetterFonts();
    }

    static LetterFonts get() {
        return Holder.FONTS;
    }

    Font regular(float size) {
        return new Font(regular, size);
    }

    Font bold(float size) {
        return new Font(bold, size);
    }

    Font italic(float size) {
        return new Font(italic, size);
    }

    Font boldItalic(float size) {
        return new Font(boldItalic, size);
    }

    private static BaseFont load(String file) {
        try (InputStream in = LetterFonts.class.getClassLoader().getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("font " + FOLDER + file + " is not on the class path");
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, in.readAllBytes(),
                    null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
