package vn.safeschool.reminder;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where a message points: stored as an in-application path (the inbox navigates to it), written into e-mails as an
 * absolute link starting with {@code safeschool.public-url}.
 */
@Component
class Links {

    private final String base;

    Links(@Value("${safeschool.public-url:http://localhost:8080}") String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** A school: its declaration form for the campaign; any other unit: its page. */
    static String pathFor(long unitId, boolean school, long campaignId) {
        return school ? "schools/" + unitId + "/declaration?campaign=" + campaignId : unitPage(unitId);
    }

    static String unitPage(long unitId) {
        return "units/" + unitId;
    }

    String absolute(String path) {
        return path.startsWith("http://") || path.startsWith("https://") ? path
                : base + (path.startsWith("/") ? "" : "/") + path;
    }
}
