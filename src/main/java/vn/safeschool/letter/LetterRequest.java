package vn.safeschool.letter;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One letter to compose.
 *
 * @param asOf   the moment the numbers are taken at; null for now
 * @param number the letter's number, blank while the registry has not given one ("Số:    /SGDĐT-VP")
 * @param date   the date the letter bears
 */
public record LetterRequest(long campaignId, @Nullable Instant asOf, String number, LocalDate date,
        LetterFields fields) {

    public LetterRequest {
        number = number.strip();
    }
}
