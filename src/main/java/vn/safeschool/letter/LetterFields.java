package vn.safeschool.letter;

import java.text.Normalizer;

/**
 * The letter's own text, as its template keeps it and as the user edits it for one letter. {@code subject} and
 * {@code body} may hold placeholders ({@link Placeholders}); {@code recipients}, {@code body}, {@code signerTitle}
 * and {@code copiesTo} hold one item or paragraph per line. The subject is written without its "V/v".
 *
 * @param governingBody the body the issuer belongs to, printed above it ("UBND TỈNH GIA LAI")
 * @param place         the place before the date ("Gia Lai")
 * @param symbol        the symbol after the number ("SGDĐT-VP")
 */
public record LetterFields(String governingBody, String place, String symbol, String subject, String recipients,
        String body, String signerTitle, String signerName, String copiesTo) {

    /** Text typed on another keyboard may come decomposed; the PDF font's glyphs are the precomposed letters. */
    public LetterFields {
        governingBody = clean(governingBody);
        place = clean(place);
        symbol = clean(symbol);
        subject = clean(subject);
        recipients = clean(recipients);
        body = clean(body);
        signerTitle = clean(signerTitle);
        signerName = clean(signerName);
        copiesTo = clean(copiesTo);
    }

    public LetterFields withBody(String newBody) {
        return new LetterFields(governingBody, place, symbol, subject, recipients, newBody, signerTitle, signerName,
                copiesTo);
    }

    private static String clean(String text) {
        return Normalizer.normalize(text.replace("\r\n", "\n"), Normalizer.Form.NFC).strip();
    }
}
