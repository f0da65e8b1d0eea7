package vn.safeschool.followup;

/**
 * The answer form's check of a file as soon as it arrives, by its content (the same check the service makes when
 * the answer is sent): the user hears at once that a renamed file is refused, and can pick another.
 */
public final class AttachmentTypes {

    private AttachmentTypes() {
    }

    /** Nothing when the content is what the name says (pdf, docx, xlsx, jpg, png); a RuleViolation saying so if not. */
    public static void check(String fileName, byte[] content) {
        AttachmentCheck.typeOf(fileName, content);
    }
}
