package vn.safeschool.letter;

import java.time.Instant;
import java.util.List;

import vn.safeschool.oversight.OverviewRow;
import vn.safeschool.oversight.UnitRollup;

/**
 * A composed letter, every placeholder filled from the data: what the preview shows and the PDF prints, in the
 * order of Decree 30/2020/NĐ-CP.
 *
 * @param issuingBody  the department's name in capitals, from the hierarchy
 * @param numberLine   "Số: 12/SGDĐT-VP"
 * @param subjectLine  "V/v …"
 * @param placeAndDate "Gia Lai, ngày 26 tháng 02 năm 2021"
 * @param appendixReference which letter the appendix goes with
 * @param asOf         the moment the numbers were taken at
 * @param asOfText     that moment as the letter writes it ("09h00 ngày 26/02/2021")
 * @param appendix     per district office and the direct units, for the attached list
 * @param total        the campaign's whole scope
 * @param scopeUnitId  the unit the numbers are of (the campaign's scope)
 */
public record Letter(String governingBody, String issuingBody, String numberLine, String subjectLine,
        String placeAndDate, List<String> recipients, List<String> body, List<String> signerTitle,
        String signerName, List<String> copiesTo, String appendixReference, Instant asOf, String asOfText,
        List<OverviewRow> appendix, UnitRollup total, long scopeUnitId) {

    public Letter {
        recipients = List.copyOf(recipients);
        body = List.copyOf(body);
        signerTitle = List.copyOf(signerTitle);
        copiesTo = List.copyOf(copiesTo);
        appendix = List.copyOf(appendix);
    }
}
