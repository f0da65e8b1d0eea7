package vn.safeschool.base;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Shares of a total, computed from the counts with one decimal, rounded half up: 27/882 is 3.1 %, never the
 * hand-typed 3.6 % of the directive.
 */
public final class Shares {

    private Shares() {
    }

    /** The share in percent, one decimal: {@code percent(685, 882)} is 77.7. Zero when the total is zero. */
    public static BigDecimal percent(long part, long total) {
        if (total == 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP);
    }

    /** "77,7 %" in Vietnamese, "77.7%" in English. */
    public static String format(long part, long total, Locale locale) {
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(percent(part, total).movePointLeft(2));
    }
}
