package vn.safeschool.base.ui;

import java.util.List;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;

/**
 * Vaadin's own texts of an upload ("Upload File...", "Too Many Files.", "Drop file here") in the user's language,
 * for every upload of the application.
 */
public final class Uploads {

    private Uploads() {
    }

    /** The upload, with its buttons, hints and errors translated. */
    public static Upload translated(Upload upload) {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(text(upload, "upload.add-one"))
                .setMany(text(upload, "upload.add-many")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(text(upload, "upload.drop-one"))
                .setMany(text(upload, "upload.drop-many")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(text(upload, "upload.error.too-many"))
                .setFileIsTooBig(text(upload, "upload.error.too-big"))
                .setIncorrectFileType(text(upload, "upload.error.type")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(text(upload, "upload.status.connecting"))
                        .setStalled(text(upload, "upload.status.stalled"))
                        .setProcessing(text(upload, "upload.status.processing"))
                        .setHeld(text(upload, "upload.status.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(text(upload, "upload.remaining.prefix"))
                        .setUnknown(text(upload, "upload.remaining.unknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(text(upload, "upload.error.server-unavailable"))
                        .setUnexpectedServerError(text(upload, "upload.error.server"))
                        .setForbidden(text(upload, "upload.error.forbidden"))
                        .setFileTooLarge(text(upload, "upload.error.too-big"))));
        i18n.setFile(new UploadI18N.File().setRetry(text(upload, "upload.file.retry"))
                .setStart(text(upload, "upload.file.start")).setRemove(text(upload, "upload.file.remove")));
        i18n.setUnits(List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"));
        upload.setI18n(i18n);
        return upload;
    }

    private static String text(Upload upload, String key) {
        return upload.getTranslation(key);
    }
}
