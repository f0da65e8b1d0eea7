package vn.safeschool.followup;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** How long a campaign's schools have to fix a failed criterion; kept here, so the campaign knows nothing of it. */
@Entity
@Table(name = "follow_up_campaign_setting")
class CorrectiveSetting {

    @Id
    @Column(name = "campaign_id")
    private long campaignId;

    @Column(name = "corrective_hours")
    private int correctiveHours;

    @Version
    private long version;

    protected CorrectiveSetting() {
    }

    CorrectiveSetting(long campaignId, int correctiveHours) {
        this.campaignId = campaignId;
        this.correctiveHours = correctiveHours;
    }

    int correctiveHours() {
        return correctiveHours;
    }

    void change(int hours) {
        this.correctiveHours = hours;
    }
}
