package vn.safeschool.base.ui;

import java.io.IOException;
import java.io.InputStream;

import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.server.streams.InMemoryUploadCallback;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;

/**
 * An upload kept in memory that stops receiving at its size limit. Vaadin's in-memory handler reads the whole
 * request before the application sees a byte, and the browser's size check is the browser's: a client that skips
 * it could send hundreds of megabytes into the heap. This one refuses a declared size over the limit without
 * reading, reads at most one byte past the limit otherwise (a chunked request declares nothing), and leaves the
 * rest unread; the callbacks run in the UI, as with {@link UploadHandler#inMemory}.
 */
public final class BoundedUpload implements UploadHandler {

    private final long maxBytes;
    private final InMemoryUploadCallback accepted;
    private final SerializableConsumer<UploadMetadata> tooLarge;

    public BoundedUpload(long maxBytes, InMemoryUploadCallback accepted, SerializableConsumer<UploadMetadata> tooLarge) {
        if (maxBytes <= 0 || maxBytes >= Integer.MAX_VALUE) {
            throw new IllegalArgumentException("an in-memory upload limit must be between 1 byte and 2 GB");
        }
        this.maxBytes = maxBytes;
        this.accepted = accepted;
        this.tooLarge = tooLarge;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        UploadMetadata metadata = new UploadMetadata(event.getFileName(), event.getContentType(),
                event.getFileSize());
        byte[] bytes = null;
        if (event.getFileSize() <= maxBytes) {
            try (InputStream in = event.getInputStream()) {
                bytes = in.readNBytes((int) maxBytes + 1);
            }
        }
        if (bytes == null || bytes.length > maxBytes) {
            event.reject();
            event.getUI().access(() -> tooLarge.accept(metadata));
            return;
        }
        byte[] content = bytes;
        event.getUI().access(() -> {
            try {
                accepted.complete(metadata, content);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /** For a multipart request, whose parts the servlet container has already received. */
    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }
}
