package vn.safeschool.followup;

/** A file attached to an answer, for download. */
public record AttachmentFile(String fileName, String contentType, byte[] content) {

    public AttachmentFile {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
