package vn.safeschool.followup;

/** Corrective items in the user's jurisdiction for a campaign, by state; {@code overdue} is part of {@code open}. */
public record CorrectiveSummary(long open, long overdue, long fixed, long closed) {
}
