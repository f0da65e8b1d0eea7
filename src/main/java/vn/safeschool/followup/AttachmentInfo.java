package vn.safeschool.followup;

/** A file attached to an answer, without its content. */
public record AttachmentInfo(long id, String fileName, String contentType, long sizeBytes) {
}
