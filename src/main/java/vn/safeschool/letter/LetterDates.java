package vn.safeschool.letter;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

import vn.safeschool.base.Dates;
import vn.safeschool.base.Zones;
import vn.safeschool.base.i18n.Translations;

/** Dates and moments as Vietnamese administrative letters write them, in Vietnam's time. */
final class LetterDates {


    private LetterDates() {
    }

    /**
     * Decree 30/2020/NĐ-CP: a day below 10 and the months January and February take a leading zero, the other
     * months do not ("ngày 05 tháng 3 năm 2021", "ngày 26 tháng 02 năm 2021").
     */
    static String[] dayMonthYear(LocalDate date) {
        String day = String.format("%02d", date.getDayOfMonth());
        String month = date.getMonthValue() <= 2 ? String.format("%02d", date.getMonthValue())
                : String.valueOf(date.getMonthValue());
        return new String[] {day, month, String.valueOf(date.getYear())};
    }

    /** "22/02/2021". */
    static String day(LocalDate date) {
        return Dates.date(date, Translations.VIETNAMESE);
    }

    /** The hour, the minutes and the day of a moment in Vietnam: "09", "00", "26/02/2021". */
    static String[] moment(Instant moment) {
        ZonedDateTime local = moment.atZone(Zones.VIETNAM);
        return new String[] {String.format("%02d", local.getHour()), String.format("%02d", local.getMinute()),
                day(local.toLocalDate())};
    }
}
