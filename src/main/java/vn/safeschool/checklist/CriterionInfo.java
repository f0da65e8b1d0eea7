package vn.safeschool.checklist;

import java.util.Locale;

public record CriterionInfo(long id, int number, Phase phase, int position, String textVi, String textEn,
        boolean mandatory) {

    public String text(Locale locale) {
        return "en".equals(locale.getLanguage()) ? textEn : textVi;
    }
}
