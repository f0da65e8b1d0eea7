package vn.safeschool.campaign;

public enum CampaignStatus {
    OPEN,
    CLOSED,
    ARCHIVED
}
