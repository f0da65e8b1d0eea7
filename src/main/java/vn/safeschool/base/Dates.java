package vn.safeschool.base;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import vn.safeschool.base.i18n.Translations;

/**
 * How dates and moments are written, one format per language, for every view, grid, export, message, the letter
 * and the date pickers: Vietnamese as its offices write them, 25/02/2021 and 11:00 25/02/2021 (the time first, as
 * directive 307 states its deadline); English in ISO order, 2021-02-25 and 2021-02-25 11:00, which no reader takes
 * for 2 May. Moments are shown in Vietnam's time. (Fourteen patterns in two conventions were scattered before, and
 * the localized styles wrote "22/2/21" in Vietnamese and "2/22/21" in English.)
 */
public final class Dates {

    private static final String VI_DATE = "dd/MM/yyyy";
    private static final String EN_DATE = "yyyy-MM-dd";

    private Dates() {
    }

    /** The date pattern of the language, also the one its date pickers read and write. */
    public static String datePattern(Locale locale) {
        return vietnamese(locale) ? VI_DATE : EN_DATE;
    }

    public static String date(LocalDate date, Locale locale) {
        return date.format(DateTimeFormatter.ofPattern(datePattern(locale)));
    }

    public static String dateTime(LocalDateTime moment, Locale locale) {
        return moment.format(DateTimeFormatter.ofPattern(vietnamese(locale) ? "HH:mm " + VI_DATE : EN_DATE + " HH:mm"));
    }

    /** The moment in Vietnam's time. */
    public static String dateTime(Instant moment, Locale locale) {
        return dateTime(LocalDateTime.ofInstant(moment, Zones.VIETNAM), locale);
    }

    /** To the second, for the audit log, where two events often share a minute. */
    public static String dateTimeSeconds(Instant moment, Locale locale) {
        return LocalDateTime.ofInstant(moment, Zones.VIETNAM).format(DateTimeFormatter.ofPattern(
                vietnamese(locale) ? "HH:mm:ss " + VI_DATE : EN_DATE + " HH:mm:ss"));
    }

    /** Without the year, for a chart's axis within one campaign: "11:00 25/02", "02-25 11:00". */
    public static String dayAndTime(Instant moment, Locale locale) {
        return LocalDateTime.ofInstant(moment, Zones.VIETNAM).format(DateTimeFormatter.ofPattern(
                vietnamese(locale) ? "HH:mm dd/MM" : "MM-dd HH:mm"));
    }

    private static boolean vietnamese(Locale locale) {
        return Translations.supported(locale).equals(Translations.VIETNAMESE);
    }
}
