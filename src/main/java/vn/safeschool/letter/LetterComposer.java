package vn.safeschool.letter;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import vn.safeschool.base.Shares;
import vn.safeschool.base.TemplateText;
import vn.safeschool.base.i18n.Translations;
import vn.safeschool.campaign.CampaignInfo;
import vn.safeschool.org.OrgUnitInfo;
import vn.safeschool.oversight.OverviewRow;
import vn.safeschool.oversight.RollupLevel;
import vn.safeschool.oversight.UnitRollup;

/**
 * Fills a letter's text with the numbers of one rollup and lays its parts out as the decree orders them. The
 * letter is a Vietnamese document whatever the user's language: its fixed words come from the Vietnamese
 * translations, its numbers are formatted the Vietnamese way (77,7%).
 */
@Component
class LetterComposer {

    static final Locale LANGUAGE = Translations.VIETNAMESE;
    /** How many lagging units {lowestUnits} names. */
    static final int LOWEST = 5;
    private static final BigDecimal COMPLETE = BigDecimal.valueOf(100);

    private final Translations translations;

    LetterComposer(Translations translations) {
        this.translations = translations;
    }

    Letter compose(LetterRequest request, CampaignInfo campaign, OrgUnitInfo issuer, RollupLevel level,
            Instant moment) {
        List<OverviewRow> rows = OverviewRow.of(level.children());
        Map<String, String> values = values(campaign, level.unit(), rows, moment);
        LetterFields fields = request.fields();
        String[] date = LetterDates.dayMonthYear(request.date());
        String number = request.number().isEmpty() ? "       " : request.number();
        return new Letter(fields.governingBody().toUpperCase(LANGUAGE), issuer.name().toUpperCase(LANGUAGE),
                word("letter.doc.number", number, fields.symbol()),
                word("letter.doc.subject", TemplateText.fill(fields.subject(), values)),
                word("letter.doc.place-date", fields.place(), date[0], date[1], date[2]),
                items(fields.recipients()), lines(TemplateText.fill(fields.body(), values)),
                lines(fields.signerTitle().toUpperCase(LANGUAGE)), fields.signerName(), items(fields.copiesTo()),
                word("letter.doc.appendix.reference", number + "/" + fields.symbol(),
                        LetterDates.day(request.date())),
                moment, values.get("asOf"), rows, level.unit(), campaign.scopeUnitId());
    }

    private Map<String, String> values(CampaignInfo campaign, UnitRollup total, List<OverviewRow> rows,
            Instant moment) {
        Map<String, String> values = new HashMap<>();
        values.put("campaign.number", campaign.docNumber());
        values.put("campaign.title", asContinuation(campaign.title()));
        values.put("campaign.issuedOn", LetterDates.day(campaign.issuedOn()));
        values.put("deadline", moment(campaign.deadline()));
        values.put("asOf", moment(moment));
        long all = total.institutions();
        values.put("total", count(all));
        count(values, "safe", total.safe(), all);
        count(values, "atRisk", total.atRisk(), all);
        count(values, "unsafe", total.unsafe(), all);
        count(values, "notDeclared", total.notDeclared(), all);
        values.put("late", count(total.late()));
        values.put("lowestUnits", lowest(rows));
        return values;
    }

    private static void count(Map<String, String> values, String name, long part, long all) {
        values.put(name, count(part));
        values.put(name + ".share", Shares.format(part, all, LANGUAGE));
    }

    /** The offices (and the direct units) not yet complete, lowest completion first. */
    private String lowest(List<OverviewRow> rows) {
        String named = rows.stream().filter(r -> r.institutions() > 0 && r.completion().compareTo(COMPLETE) < 0)
                .sorted(Comparator.comparing(OverviewRow::completion).thenComparing(this::name)).limit(LOWEST)
                .map(r -> name(r) + " (" + Shares.format(r.declared(), r.institutions(), LANGUAGE) + ")")
                .collect(Collectors.joining("; "));
        return named.isEmpty() ? word("letter.doc.none") : named;
    }

    String name(OverviewRow row) {
        return row.unit() == null ? word("oversight.direct-units") : row.unit().name();
    }

    private String moment(Instant instant) {
        String[] parts = LetterDates.moment(instant);
        return word("letter.doc.moment", parts[0], parts[1], parts[2]);
    }

    /** A title read after "về việc": "Triển khai …" becomes "triển khai …"; "COVID-19 …" stays. */
    private static String asContinuation(String title) {
        if (title.length() > 1 && Character.isUpperCase(title.charAt(0)) && Character.isLowerCase(title.charAt(1))) {
            return title.substring(0, 1).toLowerCase(LANGUAGE) + title.substring(1);
        }
        return title;
    }

    private static String count(long value) {
        return NumberFormat.getIntegerInstance(LANGUAGE).format(value);
    }

    /** One paragraph per non-blank line. */
    private static List<String> lines(String text) {
        return Arrays.stream(text.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** One item per line; the dash the letter prints before each is not part of it. */
    private static List<String> items(String text) {
        return lines(text).stream().map(s -> s.replaceFirst("^[-–•]\\s*", "")).filter(s -> !s.isEmpty())
                .toList();
    }

    String word(String key, Object... arguments) {
        return translations.getTranslation(key, LANGUAGE, arguments);
    }
}
