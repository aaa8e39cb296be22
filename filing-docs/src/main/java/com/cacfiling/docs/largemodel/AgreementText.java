package com.cacfiling.docs.largemodel;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * The text of an uploaded agreement or privacy policy, for the clause check: a Word file (.docx, read with POI) or a
 * plain-text file (UTF-8, or GB18030 as Chinese Windows saves it). Line ends become LF, as the form keeps them.
 */
public final class AgreementText {

    private AgreementText() {
    }

    public static String read(byte[] content) {
        if (content == null || content.length == 0) {
            throw new UnreadableSheetException("model.upload.empty", null);
        }
        String text;
        if (content.length > 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4) {
            try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content));
                    XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
                text = extractor.getText();
            }
            catch (IOException | RuntimeException notWord) {
                throw new UnreadableSheetException("model.agreement.unreadable", notWord);
            }
        }
        else {
            text = decode(content);
            if (text.indexOf('\u0000') >= 0) {
                throw new UnreadableSheetException("model.agreement.unreadable", null);
            }
        }
        String clean = text.replace("\r\n", "\n").replace('\r', '\n').replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "")
                .strip();
        if (clean.isEmpty()) {
            throw new UnreadableSheetException("model.upload.empty", null);
        }
        return clean;
    }

    private static String decode(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        }
        catch (CharacterCodingException notUtf8) {
            return new String(content, Charset.forName("GB18030"));
        }
    }
}
