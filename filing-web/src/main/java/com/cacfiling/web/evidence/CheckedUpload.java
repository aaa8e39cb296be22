package com.cacfiling.web.evidence;

import java.io.IOException;

import org.springframework.web.multipart.MultipartFile;

/**
 * An uploaded file checked as evidence (the assessment's evidence, Step 1's documents, an obligation's proof): at most
 * 10 MB, and PNG, JPEG or PDF by its first bytes, whatever its name or declared type says.
 */
public record CheckedUpload(byte[] content, String contentType) {

    public static final long MAX_BYTES = 10L * 1024 * 1024;

    /**
     * Why an upload was refused, said at the field that took the file with {@link #messageKey()}: no file chosen, a
     * chosen file with nothing in it (found in a walk: a 0-byte PDF was told "choose a file"), too large, not a
     * PNG, JPEG or PDF; where a signed and stamped copy is asked, the portal's own unsigned PDF.
     */
    public enum Refusal {
        NONE, EMPTY, TOO_LARGE, WRONG_TYPE, UNSIGNED_PORTAL_COPY;

        public String messageKey() {
            return switch (this) {
                case NONE -> "upload.none";
                case EMPTY -> "upload.empty";
                case TOO_LARGE -> "upload.tooLarge";
                case WRONG_TYPE -> "upload.wrongType";
                case UNSIGNED_PORTAL_COPY -> "upload.unsignedPortalCopy";
            };
        }
    }

    /** Thrown by {@link #of} with the reason. */
    public static final class Refused extends Exception {

        private final Refusal refusal;

        public Refused(Refusal refusal) {
            super(refusal.name(), null, false, false);
            this.refusal = refusal;
        }

        public Refusal refusal() {
            return refusal;
        }
    }

    /** The file's bytes and sniffed type, or why it is refused. */
    public static CheckedUpload of(MultipartFile file) throws IOException, Refused {
        if (file == null || file.isEmpty() && (file.getOriginalFilename() == null
                || file.getOriginalFilename().isBlank())) {
            throw new Refused(Refusal.NONE);
        }
        if (file.isEmpty()) {
            throw new Refused(Refusal.EMPTY);
        }
        if (file.getSize() > MAX_BYTES) {
            throw new Refused(Refusal.TOO_LARGE);
        }
        byte[] content = file.getBytes();
        String contentType = ContentSniffer.sniff(content).orElseThrow(() -> new Refused(Refusal.WRONG_TYPE));
        return new CheckedUpload(content, contentType);
    }
}
