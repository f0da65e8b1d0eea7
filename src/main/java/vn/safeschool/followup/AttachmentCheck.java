package vn.safeschool.followup;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.springframework.stereotype.Component;
import vn.safeschool.base.RuleViolation;

/**
 * Lets through only the files an answer may carry — pdf, docx, xlsx, jpg, png — up to the configured size, judged
 * by their content, not only by their name: a renamed executable or a spreadsheet named .pdf is refused. The content
 * type stored is the one the content proves, never the browser's.
 */
@Component
class AttachmentCheck {

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    /** How many entries of an Office file are looked at for its main part before giving up. */
    private static final int ZIP_ENTRIES_LOOKED_AT = 200;

    private static final Map<String, String> CONTENT_TYPES = Map.of(
            "pdf", "application/pdf",
            "png", "image/png",
            "jpg", "image/jpeg",
            "jpeg", "image/jpeg",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final long maxBytes;

    AttachmentCheck(FollowUpProperties properties) {
        this.maxBytes = properties.attachmentMaxSize().toBytes();
    }

    /** The content type of an acceptable file; a {@link RuleViolation} saying why otherwise. */
    String contentTypeOf(String fileName, byte[] content) {
        if (content.length == 0) {
            throw new RuleViolation("followup.error.attachment-empty", fileName);
        }
        if (content.length > maxBytes) {
            throw new RuleViolation("followup.error.attachment-too-large", fileName, maxBytes / (1024 * 1024));
        }
        return typeOf(fileName, content);
    }

    /** The content type the file's content proves for its name; a {@link RuleViolation} when it proves none. */
    static String typeOf(String fileName, byte[] content) {
        String extension = extensionOf(fileName);
        String type = CONTENT_TYPES.get(extension);
        if (type == null || !contentIs(extension, content)) {
            throw new RuleViolation("followup.error.attachment-type", fileName);
        }
        return type;
    }

    private static boolean contentIs(String extension, byte[] content) {
        return switch (extension) {
            case "pdf" -> startsWith(content, PDF);
            case "png" -> startsWith(content, PNG);
            case "jpg", "jpeg" -> startsWith(content, JPEG);
            case "docx" -> startsWith(content, ZIP) && hasEntryUnder(content, "word/");
            case "xlsx" -> startsWith(content, ZIP) && hasEntryUnder(content, "xl/");
            default -> false;
        };
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }

    /** An Office Open XML package keeps its document under word/ (docx) or xl/ (xlsx); any zip does not. */
    private static boolean hasEntryUnder(byte[] content, String folder) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            for (int i = 0; i < ZIP_ENTRIES_LOOKED_AT && (entry = zip.getNextEntry()) != null; i++) {
                if (entry.getName().startsWith(folder)) {
                    return true;
                }
            }
            return false;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    static String extensionOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
