package vn.safeschool.reorganisation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The demo's mapping file of Gia Lai's July 2025 arrangement, as shipped with the application. */
public final class DemoMappingFile {

    public static final String NAME = "sap-xep-gia-lai-2025.csv";

    private DemoMappingFile() {
    }

    public static byte[] bytes() {
        try (InputStream in = DemoMappingFile.class.getResourceAsStream("/demo/" + NAME)) {
            return java.util.Objects.requireNonNull(in, NAME).readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
