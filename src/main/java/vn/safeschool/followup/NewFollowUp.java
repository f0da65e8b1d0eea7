package vn.safeschool.followup;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What the opener asks of the units: the type, the reason in words (the numbers are added from the data), the
 * action required and by when.
 */
public record NewFollowUp(
        long campaignId,
        @NotNull FollowUpType type,
        @NotBlank @Size(max = 2000) String reason,
        @NotBlank @Size(max = 2000) String requiredAction,
        @NotNull Instant dueAt) {
}
