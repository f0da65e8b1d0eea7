package vn.safeschool.followup.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadFormat;
import jakarta.validation.ConstraintViolationException;
import org.jspecify.annotations.Nullable;
import vn.safeschool.base.RuleViolation;
import vn.safeschool.base.ui.BoundedUpload;
import vn.safeschool.base.ui.Notifications;
import vn.safeschool.base.ui.Uploads;
import vn.safeschool.followup.AttachmentTypes;
import vn.safeschool.followup.FollowUpCaseInfo;
import vn.safeschool.followup.FollowUpResponse;
import vn.safeschool.followup.FollowUpService;

/**
 * The assignee unit's answer: its explanation, the conclusions of its review and, if it wants, one file. The upload
 * refuses other types and oversized files already in the browser, and a file whose content is not what its name says
 * as soon as it arrives; the service checks them again, by content, when the answer is sent.
 */
class RespondForm extends Composite<Div> {

    final TextArea explanation = new TextArea();
    final TextArea conclusions = new TextArea();
    final Upload upload;
    final Button send = new Button();
    private FollowUpResponse.@Nullable Upload file;

    RespondForm(FollowUpService followUps, FollowUpCaseInfo info, long maxBytes, Runnable done) {
        explanation.setId("respond-explanation");
        explanation.setLabel(getTranslation("followup.explanation"));
        explanation.setMaxLength(10_000);
        explanation.setWidthFull();
        conclusions.setId("respond-conclusions");
        conclusions.setLabel(getTranslation("followup.conclusions"));
        conclusions.setMaxLength(10_000);
        conclusions.setWidthFull();
        upload = new Upload(new BoundedUpload(maxBytes, (metadata, bytes) -> received(metadata.fileName(), bytes),
                metadata -> refused(getTranslation("followup.error.attachment-too-large", metadata.fileName(),
                        maxBytes / (1024 * 1024)))));
        Uploads.translated(upload);
        upload.setId("respond-upload");
        upload.setUploadFormat(UploadFormat.RAW);
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        upload.setAcceptedFileTypes(".pdf", ".docx", ".xlsx", ".jpg", ".jpeg", ".png");
        upload.setDropLabel(new Span(getTranslation("followup.upload.drop", maxBytes / (1024 * 1024))));
        upload.addFileRejectedListener(e -> refused(getTranslation("followup.error.attachment-type",
                e.getFileName())));
        upload.addFileRemovedListener(e -> file = null);
        send.setText(getTranslation("followup.respond.send"));
        send.setId("respond-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(click -> {
            try {
                followUps.respond(info.id(), info.version(), new FollowUpResponse(explanation.getValue(),
                        conclusions.getValue(), file));
            } catch (RuleViolation e) {
                Notifications.refused(e);
                return;
            } catch (ConstraintViolationException e) {
                Notifications.error(getTranslation("followup.error.too-long", 10_000));
                return;
            }
            Notifications.success(getTranslation("followup.respond.done"));
            done.run();
        });
        Div form = getContent();
        form.setId("respond-form");
        form.addClassName("ss-followup-form");
        form.add(explanation, conclusions, upload, send);
    }

    /** Judged at once by its content: a renamed file is refused now, not when the answer is sent. */
    private void received(String fileName, byte[] bytes) {
        try {
            AttachmentTypes.check(fileName, bytes);
        } catch (RuleViolation e) {
            refused(Notifications.text(e));
            return;
        }
        file = new FollowUpResponse.Upload(fileName, bytes);
    }

    /** Said, and the file taken off the list (no tick stays beside it), so that another can be chosen. */
    private void refused(String message) {
        file = null;
        upload.clearFileList();
        Notifications.error(message);
    }
}
