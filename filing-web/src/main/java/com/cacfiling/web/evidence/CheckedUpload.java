package com.cacfiling.web.evidence;

import java.io.IOException;

import org.springframework.web.multipart.MultipartFile;

/**
 * An uploaded file checked as evidence (the assessment's evidence, Step 1's documents, an obligation's proof): at most
 * 10 MB, and PNG, JPEG or PDF by its first bytes, whatever its name or declared type says.
 */
public record CheckedUpload(byte[] content, String contentType) {

    public static final long MAX_BYTES = 10L * 1024 * 1024;

    /** Why an upload was refused; each page words it for its own field. */
    public enum Refusal { TOO_LARGE, WRONG_TYPE }

    /** Thrown by {@link #of} with the reason. */
    public static final class Refused extends Exception {

        private final Refusal refusal;

        Refused(Refusal refusal) {
            super(refusal.name(), null, false, false);
            this.refusal = refusal;
        }

        public Refusal refusal() {
            return refusal;
        }
    }

    /** The file's bytes and sniffed type; an empty file is the caller's to refuse first (each says it differently). */
    public static CheckedUpload of(MultipartFile file) throws IOException, Refused {
        if (file.getSize() > MAX_BYTES) {
            throw new Refused(Refusal.TOO_LARGE);
        }
        byte[] content = file.getBytes();
        String contentType = ContentSniffer.sniff(content).orElseThrow(() -> new Refused(Refusal.WRONG_TYPE));
        return new CheckedUpload(content, contentType);
    }
}
