package vn.safeschool.checklist;

import java.util.List;
import java.util.Locale;

public record ChecklistVersionInfo(long id, String code, int versionNo, String titleVi, String titleEn,
        StatusRule rule, List<CriterionInfo> criteria, long version) {

    public ChecklistVersionInfo {
        criteria = List.copyOf(criteria);
    }

    public String title(Locale locale) {
        return "en".equals(locale.getLanguage()) ? titleEn : titleVi;
    }
}
