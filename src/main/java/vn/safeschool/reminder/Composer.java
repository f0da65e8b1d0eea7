package vn.safeschool.reminder;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import vn.safeschool.base.Dates;
import vn.safeschool.base.TemplateText;
import vn.safeschool.base.i18n.Translations;
import vn.safeschool.campaign.CampaignInfo;
import vn.safeschool.checklist.Assessment;
import vn.safeschool.checklist.SafetyStatus;

/** Writes a template out for one recipient, in their language, with the unit's and the campaign's facts. */
@Component
class Composer {

    private final Translations translations;
    private final Links links;

    Composer(Translations translations, Links links) {
        this.translations = translations;
        this.links = links;
    }

    /** The template written out for each recipient of a unit, in their language. */
    Outbox.UnitMessage message(CampaignInfo campaign, TemplateInfo template, UnitState unit,
            List<Recipients.Recipient> to) {
        String path = Links.pathFor(unit.id(), unit.school(), campaign.id());
        String link = links.absolute(path);
        Map<Locale, Map<String, String>> values = new HashMap<>();
        List<Outbox.RecipientMessage> messages = to.stream().map(r -> {
            Map<String, String> v = values.computeIfAbsent(r.locale(), locale -> values(campaign, unit, link, locale));
            return new Outbox.RecipientMessage(r.userId(), r.name(), r.email(), r.locale(),
                    subject(template, v, r.locale()), body(template, v, r.locale()));
        }).toList();
        return new Outbox.UnitMessage(unit.id(), unit.path(), unit.snapshot(), path, messages);
    }

    /**
     * A digest about many units for each recipient of one unit: {@code lines} writes the list in a language,
     * {@code extra} adds {count} and {threshold}.
     */
    Outbox.UnitMessage digest(CampaignInfo campaign, TemplateInfo template, UnitState unit,
            List<Recipients.Recipient> to, java.util.function.Function<Locale, String> lines,
            Map<String, String> extra) {
        String path = Links.unitPage(unit.id());
        List<Outbox.RecipientMessage> messages = to.stream().map(r -> {
            Map<String, String> v = campaignValues(campaign, unit.name(), links.absolute(path));
            v.putAll(extra);
            v.put("units", lines.apply(r.locale()));
            return new Outbox.RecipientMessage(r.userId(), r.name(), r.email(), r.locale(),
                    subject(template, v, r.locale()), body(template, v, r.locale()));
        }).toList();
        return new Outbox.UnitMessage(unit.id(), unit.path(), unit.snapshot(), path, messages);
    }

    /** The placeholders' values for a unit, in a language. */
    Map<String, String> values(CampaignInfo campaign, UnitState unit, String link, Locale locale) {
        Map<String, String> values = campaignValues(campaign, unit.name(), link);
        values.put("status", status(unit, locale));
        values.put("reason", reason(unit, locale));
        return values;
    }

    Map<String, String> campaignValues(CampaignInfo campaign, String unitName, String link) {
        Map<String, String> values = new HashMap<>();
        values.put("unit.name", unitName);
        values.put("campaign.number", campaign.docNumber());
        values.put("campaign.title", campaign.title());
        values.put("deadline", Dates.dateTime(campaign.deadline(), Translations.VIETNAMESE));
        values.put("link", link);
        values.put("status", "");
        values.put("reason", "");
        return values;
    }

    String subject(TemplateInfo template, Map<String, String> values, Locale locale) {
        return cut(TemplateText.fill(isEnglish(locale) ? template.subjectEn() : template.subjectVi(), values), 500);
    }

    String body(TemplateInfo template, Map<String, String> values, Locale locale) {
        return TemplateText.fill(isEnglish(locale) ? template.bodyEn() : template.bodyVi(), values);
    }

    String status(UnitState unit, Locale locale) {
        if (!unit.school()) {
            return translations.getTranslation("reminder.status.office", locale, unit.declared(),
                    unit.institutions(), unit.notDeclared(), unit.unsafe(), unit.atRisk());
        }
        SafetyStatus safety = unit.status() == null ? null : SafetyStatus.valueOf(unit.status());
        String status = translations.getTranslation(SafetyStatus.translationKeyOf(safety), locale);
        return safety != null && unit.late() ? status + " (" + translations.getTranslation("status.late", locale) + ")"
                : status;
    }

    private String reason(UnitState unit, Locale locale) {
        if (!unit.school()) {
            return "";
        }
        if (unit.status() == null) {
            return translations.getTranslation("reminder.reason.not-declared", locale);
        }
        List<Integer> missed = unit.missed().isBlank() ? List.of()
                : Arrays.stream(unit.missed().split(",")).map(String::strip).map(Integer::valueOf).toList();
        Assessment assessment = new Assessment(SafetyStatus.valueOf(unit.status()), unit.met(), unit.total(), missed);
        return translations.getTranslation(assessment.reasonKey(), locale, assessment.reasonArguments()) + ".";
    }

    private static boolean isEnglish(Locale locale) {
        return "en".equals(locale.getLanguage());
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
