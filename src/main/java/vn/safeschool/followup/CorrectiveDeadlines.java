package vn.safeschool.followup;

import org.springframework.stereotype.Component;

/** How many hours a campaign's schools have to fix a failed criterion: the campaign's own setting, or the default. */
@Component
class CorrectiveDeadlines {

    private final CorrectiveSettingRepository settings;
    private final int defaultHours;

    CorrectiveDeadlines(CorrectiveSettingRepository settings, FollowUpProperties properties) {
        this.settings = settings;
        this.defaultHours = properties.correctiveHours();
    }

    int hours(long campaignId) {
        return settings.findById(campaignId).map(CorrectiveSetting::correctiveHours).orElse(defaultHours);
    }
}
