package vn.safeschool.declaration;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import vn.safeschool.checklist.Assessment;

public record DeclarationInfo(long id, long unitId, long campaignId, Assessment assessment, Instant submittedAt,
        @Nullable Long submittedBy, boolean late, long version) {
}
