package vn.safeschool.followup;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param attachmentMaxSize the largest file an answer may carry ({@code safeschool.followup.attachment-max-size})
 * @param correctiveHours   how long a school has to fix a failed criterion, unless its campaign says otherwise
 */
@ConfigurationProperties("safeschool.followup")
public record FollowUpProperties(@DefaultValue("10MB") DataSize attachmentMaxSize,
        @DefaultValue("48") int correctiveHours) {
}
