package com.cacfiling.rules.text;

/**
 * Counts 字数 as Chinese filers see it in Word: every CJK character and every full-width or CJK punctuation mark
 * counts 1, every run of Latin letters or digits counts 1 (a word), any other visible symbol counts 1, and
 * whitespace counts 0. The web layer uses the same function for the live counter.
 */
public final class ZiCounter {

    /** The limit of the CAC form's algorithm introduction and risk-prevention explanation. */
    public static final int LIMIT = 200;

    private ZiCounter() {
    }

    public static int count(String text) {
        if (text == null) {
            return 0;
        }
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (isSpace(cp)) {
                inWord = false;
            }
            else if (isWordCharacter(cp)) {
                if (!inWord) {
                    count++;
                    inWord = true;
                }
            }
            else {
                inWord = false;
                count++;
            }
        }
        return count;
    }

    /** What a browser's {@code maxlength} counts: UTF-16 code units. */
    public static int rawLength(String text) {
        return text == null ? 0 : text.length();
    }

    private static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
    }

    /** Letters and digits that form words (Latin, Cyrillic, …), not ideographs or full-width forms. */
    private static boolean isWordCharacter(int cp) {
        if (!Character.isLetterOrDigit(cp) || (cp >= 0xFF00 && cp <= 0xFFEF)) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script != Character.UnicodeScript.HAN && script != Character.UnicodeScript.HIRAGANA
                && script != Character.UnicodeScript.KATAKANA && script != Character.UnicodeScript.HANGUL
                && script != Character.UnicodeScript.BOPOMOFO;
    }
}
