package vn.safeschool.followup.ui;

import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import vn.safeschool.base.Shares;
import vn.safeschool.base.i18n.Translations;
import vn.safeschool.followup.CorrectiveItemInfo;
import vn.safeschool.followup.FollowUpCaseInfo;
import vn.safeschool.followup.FollowUpStatus;
import vn.safeschool.followup.FrozenNumbers;

/**
 * The labels the follow-up pages show, worded and marked the same everywhere: a case's status with its
 * "overdue" and "returned" marks, a corrective item's status, a case's frozen numbers, a failed criterion.
 */
final class FollowUpLabels {

    private FollowUpLabels() {
    }

    /** "Đang mở", with "quá hạn" and "bị trả lại 1 lần" marks where they apply. */
    static Component status(Component owner, FollowUpCaseInfo info) {
        Span status = new Span(owner.getTranslation("followup.status." + info.status().name()));
        status.addClassNames("ss-followup-status", "ss-followup-status-" + info.status().name().toLowerCase(
                Locale.ROOT));
        Span cell = badges(status);
        if (info.overdue()) {
            mark(cell, owner.getTranslation("followup.overdue"), "ss-followup-overdue");
        }
        if (info.returnedCount() > 0 && info.status() != FollowUpStatus.ACCEPTED) {
            mark(cell, owner.getTranslation("followup.returned-times", info.returnedCount()),
                    "ss-followup-returned");
        }
        return cell;
    }

    static Component itemStatus(Component owner, CorrectiveItemInfo item) {
        Span status = new Span(owner.getTranslation(item.closedAsSafe() ? "corrective.status.CLOSED-SAFE"
                : "corrective.status." + item.status().name()));
        status.addClassNames("ss-followup-status", "ss-followup-status-" + item.status().name().toLowerCase(
                Locale.ROOT));
        Span cell = badges(status);
        if (item.overdue()) {
            mark(cell, owner.getTranslation("followup.overdue"), "ss-followup-overdue");
        }
        return cell;
    }

    /** The frozen numbers in one line: "Hoàn thành 80,0 % (40/50) · Không an toàn 3 · Chưa khai báo 10 · ...". */
    static String numbers(Component owner, FrozenNumbers n) {
        Locale locale = locale();
        return owner.getTranslation("followup.numbers", Shares.format(n.declared(), n.institutions(), locale),
                n.declared(), n.institutions(), n.safe(), n.atRisk(), n.unsafe(), n.notDeclared(), n.late());
    }

    static String criterion(Component owner, CorrectiveItemInfo item) {
        return owner.getTranslation("corrective.criterion", item.criterion().number(),
                item.criterion().text(locale()));
    }

    private static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Translations.VIETNAMESE : ui.getLocale();
    }

    /** A status and the marks added to it, set apart by the stylesheet and by a space in the text itself. */
    private static Span badges(Span status) {
        Span cell = new Span(status);
        cell.addClassName("ss-badges");
        return cell;
    }

    private static void mark(Span cell, String text, String className) {
        Span flag = new Span(text);
        flag.addClassNames("ss-followup-flag", className);
        cell.add(new Text(" "), flag);
    }
}
