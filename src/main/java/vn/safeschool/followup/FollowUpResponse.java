package vn.safeschool.followup;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The unit's answer: its explanation, the conclusions of its review, and optionally one file (the review's minutes,
 * say) as uploaded — name and bytes; the service checks its size and its type by content.
 */
public record FollowUpResponse(@Size(max = 10_000) String explanation, @Size(max = 10_000) String conclusions,
        @Nullable Upload attachment) {

    /** A file as the user uploaded it. */
    public record Upload(String fileName, byte[] content) {

        public Upload {
            content = content.clone();
        }

        @Override
        public byte[] content() {
            return content.clone();
        }
    }
}
